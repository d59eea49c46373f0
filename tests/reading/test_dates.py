"""Calendar mentions (reading/dates.py)."""

from __future__ import annotations

import pytest

from generator.reading import (
    dates_in,
)

# ---------------------------------------------------------------------------------------
# Dates


def date_parts(text: str) -> list[tuple[int | None, int | None, int | None, str | None]]:
    return [(m.year, m.month, m.day, m.qualifier) for m in dates_in(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("On September 12, Erdogan said", [(None, 9, 12, None)]),
    ("began in mid-July 2019.", [(2019, 7, None, "mid")]),
    ("The order was placed in April 2018", [(2018, 4, None, None)]),
    ("23 July 2020", [(2020, 7, 23, None)]),
    # each end of "between A and B" is one end of a range (its reading keeps "late")
    ("between late 2019 and early 2020", [(2019, None, None, "range"),
                                          (2020, None, None, "range")]),
    ("went into service in 2007.", [(2007, None, None, None)]),
    ("on September 12, 2017, Ankara", [(2017, 9, 12, None)]),
    ("the 12th of September 2017", [(2017, 9, 12, None)]),
    ("Moscow, Russia May 9, 2018.", [(2018, 5, 9, None)]),
    ("Sept. 12", [(None, 9, 12, None)]),
])
def test_dates_in(text: str, expected: list[tuple[int | None, ...]]) -> None:
    assert date_parts(text) == expected


def test_dates_need_whole_tokens() -> None:
    assert date_parts("model 12007 and X2019") == []
    assert date_parts("a 400 kilometers range") == []


def test_date_mention_offsets_cover_the_words() -> None:
    text = "Deliveries began in mid-July 2019 and ended"
    [mention] = dates_in(text)
    assert text[mention.start:mention.end] == "mid-July 2019"



@pytest.mark.parametrize(("text", "expected"), [
    ("before July 2020", [(2020, 7, "before")]),
    ("since April 2018", [(2018, 4, "since")]),
    ("by the end of 2019", [(2019, None, "by")]),
    ("was not signed in 2016", [(2016, None, "not")]),
    ("the 2019-20 season", [(2019, None, "range")]),
    ("from 2015 to 2017", [(2015, None, "range"), (2017, None, "range")]),
    ("Between 2015 and 2017 the country bought", [(2015, None, "range"), (2017, None, "range")]),
    ("between March 2015 and May 2017", [(2015, 3, "range"), (2017, 5, "range")]),
    ("between spring 2019 and 2020", [(2019, None, "range"), (2020, None, "range")]),
    ("tested in 2015 and 2017", [(2015, None, None), (2017, None, None)]),
    ("between the army and 2017", [(2017, None, None)]),
    ("the 1990s", [(None, None, None)]),  # a decade (tests/test_chronology.py), not 1990
    ("at 2000 meters altitude", []),
    ("Resolution 1973 passed", []),
    ("Back in April 2018, they met", [(2018, 4, None)]),
    # Real (Space.com, 2019): the "by" is the agent's, the date has its own "in".
    ("nine others selected by CLPS in November 2018", [(2018, 11, None)]),
    ("never in 2019", [(2019, None, "never")]),
])
def test_dates_that_claim_something_else(
        text: str, expected: list[tuple[int, int | None, str | None]]) -> None:
    assert [(m.year, m.month, m.qualifier) for m in dates_in(text)] == expected

