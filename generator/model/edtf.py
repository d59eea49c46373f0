"""The days one EDTF date string can name: plain dates, seasons, decades, early/mid/late.

Pure calendar arithmetic on the date's text, with no model: the models validate intervals
with it, and ``chronology`` builds a value's span from it.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

# Seasons in EDTF: 21 spring, 22 summer, 23 autumn, 24 winter (northern hemisphere, as in
# the articles); winter runs from December into the next year.
SEASONS = {21: ("spring", 3, 5), 22: ("summer", 6, 8), 23: ("autumn", 9, 11),
           24: ("winter", 12, 14)}
# Thirds of a year (months) and of a month (days) that early, mid and late name.
_YEAR_THIRDS = {"early": (1, 4), "mid": (5, 8), "late": (9, 12)}
_MONTH_THIRDS = {"early": (1, 10), "mid": (11, 20), "late": (21, 31)}


@dataclass(frozen=True, slots=True)
class Bounds:
    """The days a single EDTF date (no interval) can name, and its flags."""

    earliest: dt.date
    latest: dt.date
    approximate: bool = False
    uncertain: bool = False
    year_unknown: bool = False


_FIRST_LEAP, _LAST_LEAP = 4, 9996  # the first and last leap years of the calendar


def last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def bounds_of(date: str, qualifier: str | None = None) -> Bounds:
    """The first and last day that ``date`` (one EDTF date, not "..") can name.

    A year not stated (XXXX-11-12) is bounded here by year 1 and 9999 and flagged; the
    caller narrows it with what is known of the article's date (see :func:`span_of`).
    """
    marks = re.search(r"[~?%]*$", date)
    flags = marks.group(0) if marks else ""
    plain = date[: len(date) - len(flags)]
    approximate = "~" in flags or "%" in flags or qualifier == "about"
    uncertain = "?" in flags or "%" in flags
    if plain.startswith("XXXX-"):
        parts = [int(p) for p in plain.split("-")[1:]]
        month = parts[0]
        day_first, day_last = (parts[1], parts[1]) if len(parts) > 1 else (1, 31)
        day_last = min(day_last, last_day(2000, month))
        # 29 February needs a leap year at either bound: years 1 and 9999 are not leap
        # ("XXXX-02" crashed the build); 4 and 9996 are the nearest that are.
        low = 1 if (month, day_first) != (2, 29) else _FIRST_LEAP
        high = 9999 if (month, day_last) != (2, 29) else _LAST_LEAP
        return Bounds(dt.date(low, month, day_first), dt.date(high, month, day_last),
                      approximate, uncertain, year_unknown=True)
    if plain.endswith("X"):  # a decade: 201X
        decade = int(plain[:3]) * 10
        # The first decade, 000X, has no year 0 in the calendar: it starts in year 1.
        first, last = dt.date(max(decade, 1), 1, 1), dt.date(decade + 9, 12, 31)
        return Bounds(*_third(first, last, qualifier, "decade"), approximate, uncertain)
    parts = [int(p) for p in plain.split("-")]
    year = parts[0]
    if len(parts) == 2 and parts[1] in SEASONS:
        _, start_month, end_month = SEASONS[parts[1]]
        end_year, end_month = year + (end_month - 1) // 12, (end_month - 1) % 12 + 1
        first = dt.date(year, start_month, 1)
        last = dt.date(end_year, end_month, last_day(end_year, end_month))
        return Bounds(first, last, approximate, uncertain)
    if len(parts) == 1:
        first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
        return Bounds(*_third(first, last, qualifier, "year"), approximate, uncertain)
    month = parts[1]
    if len(parts) == 2:
        first, last = dt.date(year, month, 1), dt.date(year, month, last_day(year, month))
        return Bounds(*_third(first, last, qualifier, "month"), approximate, uncertain)
    day = dt.date(year, month, parts[2])
    return Bounds(day, day, approximate, uncertain)


def _third(first: dt.date, last: dt.date, qualifier: str | None,
           period: str) -> tuple[dt.date, dt.date]:
    """The early, mid or late part of a period (the whole period for none or "about")."""
    if qualifier not in ("early", "mid", "late"):
        return first, last
    if period == "year":
        low, high = _YEAR_THIRDS[qualifier]
        return (dt.date(first.year, low, 1),
                dt.date(first.year, high, last_day(first.year, high)))
    if period == "month":
        low, high = _MONTH_THIRDS[qualifier]
        return (first.replace(day=low),
                first.replace(day=min(high, last_day(first.year, first.month))))
    base = first.year - first.year % 10  # the decade's first year (0 for 000X)
    low_year = max(1, base + {"early": 0, "mid": 3, "late": 7}[qualifier])
    high_year = base + {"early": 3, "mid": 6, "late": 9}[qualifier]
    return dt.date(low_year, 1, 1), dt.date(high_year, 12, 31)
