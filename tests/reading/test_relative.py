"""Dates relative to a publication date (reading/relative.py)."""

from __future__ import annotations

import pytest

from generator.reading import (
    relative_context,
    relative_date,
)

# Relative dates

@pytest.mark.parametrize(("phrase", "published", "expected"), [
    # 2018-12-19 was a Wednesday
    ("on Tuesday", "2018-12-19", "2018-12-18"),
    ("Tuesday", "2018-12-19", "2018-12-18"),
    ("on Wednesday", "2018-12-19", "2018-12-19"),
    ("last Wednesday", "2018-12-19", "2018-12-12"),
    ("on Thursday", "2018-12-19", "2018-12-13"),
    ("yesterday", "2018-12-19", "2018-12-18"),
    ("earlier in the day", "2018-12-19", "2018-12-19"),
    ("Earlier in the day", "2017-12-30", "2017-12-30"),
    ("today", "2020-07-23", "2020-07-23"),
    ("last month", "2018-12-19", "2018-11"),
    ("last month", "2019-01-02", "2018-12"),
    ("next month", "2018-12-19", "2019-01"),
    ("this month", "2018-12", "2018-12"),
    ("next year", "2018-12-19", "2019"),
    ("last year", "2018", "2017"),
    ("September 12", "2017-12-30", "2017-09-12"),
    ("On September 12", "2017-12-30", "2017-09-12"),
    ("12 September", "2017-12-30", "2017-09-12"),
    ("December 31", "2017-12-30", "2016-12-31"),
    ("in September", "2017-12-30", "2017-09"),
    ("in December", "2017-01-30", "2016-12"),
])
def test_relative_date(phrase: str, published: str, expected: str) -> None:
    assert relative_date(phrase, published) == (expected, "")


@pytest.mark.parametrize(("phrase", "published", "why"), [
    ("on Tuesday", "2018", "needs the publication day"),
    ("on Tuesday", "2018-12", "needs the publication day"),
    ("earlier in the day", "2018", "needs the publication day"),
    ("September 12", "2017", "needs the publication day"),
    ("last month", "2018", "needs the publication month"),
    ("in September", "2017", "needs the publication month"),
    ("a fortnight ago", "2018-12-19", "cannot read"),
])
def test_relative_date_refuses(phrase: str, published: str, why: str) -> None:
    resolved, reason = relative_date(phrase, published)
    assert resolved is None
    assert why in reason



@pytest.mark.parametrize(("quote", "phrase"), [
    ("Over the last year Turkey paid the bill", "last year"),
    ("on September 12 two years ago", "September 12"),
    ("On Tuesday, July 2, the first missiles arrived", "On Tuesday"),
    ("as reported by Russia Today on its site", "Today"),
])
def test_relative_wording_that_cannot_stand_alone(quote: str, phrase: str) -> None:
    assert relative_context(quote, phrase) is not None


def test_relative_wording_that_stands_alone() -> None:
    expected = "with deliveries expected to begin next year despite"
    assert relative_context(expected, "next year") is None
    opened = "The bridge opened on Sunday after four years of work"
    assert relative_context(opened, "on Sunday") is None


def test_relative_dates_outside_the_calendar_are_refused() -> None:
    assert relative_date("yesterday", "0001-01-01")[0] is None



@pytest.mark.parametrize(("quote", "phrase", "published", "expected"), [
    # A clause to come points forward (these were refused before issue 18).
    ("Moscow will deliver the first missiles on Friday, officials said.", "on Friday",
     "2018-12-19", "2018-12-21"),
    ("The deliveries will start in September, Rostec said.", "in September", "2018-12-19",
     "2019-09"),
    ("The deliveries started in September, Rostec said.", "in September", "2018-12-19",
     "2018-09"),
])
def test_a_clause_to_come_resolves_forward(quote: str, phrase: str, published: str,
                                           expected: str) -> None:
    from generator.check.dates import relative_point

    assert relative_context(quote, phrase) is None
    assert relative_point(quote, phrase, published)[0] == expected
