"""A date with its time written the ISO way ("2018-09-16T05:00:00-04:00"), and what the
zone a quote states means as an offset on the value's day."""

from __future__ import annotations

import pytest

from generator.model import DateValue
from generator.model.datetime_form import split_datetime
from generator.reading.times import offsets_of


@pytest.mark.parametrize(("written", "parts"), [
    ("2018-09-16T05:00:00-04:00", ("2018-09-16", "05:00", "-04:00")),
    ("2018-09-16T16:00:00", ("2018-09-16", "16:00", None)),
    ("2018-09-13T24:00:00", ("2018-09-13", "24:00", None)),
    ("2018-09-13T23:30:00~", ("2018-09-13", "23:30~", None)),
    ("2019-05-13T14:05Z", ("2019-05-13", "14:05", "+00:00")),
])
def test_the_iso_form_is_read_as_day_time_and_offset(written: str,
                                                     parts: tuple[str, ...]) -> None:
    assert split_datetime(written) == parts
    value = DateValue(kind="date", date=written)
    assert (value.date, value.time, value.offset) == parts


@pytest.mark.parametrize(("written", "says"), [
    ("2018-09-14T07:15:30", "gives seconds"),
    ("2018-09-14T7:15", "is not a date with a time"),
    ("2018-09-14T25:00", "is not a time of day"),
    ("2018-09-14T07:15-4", "is not a UTC offset"),
])
def test_other_forms_are_refused_saying_what_to_write(written: str, says: str) -> None:
    with pytest.raises(ValueError, match=says):
        split_datetime(written)


def test_the_time_is_not_given_twice() -> None:
    with pytest.raises(ValueError, match="the time is given twice"):
        DateValue(kind="date", date="2018-09-16T05:00", time="05:00")


@pytest.mark.parametrize(("zone", "day", "offsets"), [
    ("ET", "2018-09-16", {"-04:00"}),  # daylight time
    ("ET", "2018-12-16", {"-05:00"}),
    ("ET", "2018-11-04", {"-04:00", "-05:00"}),  # the day daylight time ends
    ("ET", "2005-10-16", {"-04:00"}),  # the older rule: October's last Sunday
    ("ET", "2005-11-01", {"-05:00"}),
    ("EST", "2018-09-15", {"-05:00"}),  # as written, even in summer
    ("GMT", "2019-05-13", {"+00:00"}),
    ("local", "2018-02-03", set()),
])
def test_a_zone_is_the_offset_it_has_that_day(zone: str, day: str, offsets: set[str]) -> None:
    assert offsets_of(zone, day) == offsets
