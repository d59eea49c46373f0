"""Where a date value lies in the calendar: its earliest and latest day, and how sure.

Why: a date is as precise as its evidence and no more. "2019" is any day of 2019, "late
2019" is September to December, "between late 2019 and early 2020" runs from September
2019 to April 2020, "by 2020" has no start, and "On November 12" in an article whose year
is unknown has no year at all. Ordering and drawing come from these bounds, never from
the digits of the date alone, so "late 2019" sorts after "mid-July 2019".

The semantics are those of EDTF (ISO 8601-2); the qualifiers early, mid and late are this
project's, read as thirds of the period they qualify.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from generator.model import DateValue, Published, Stance, is_plain_date

# Seasons in EDTF: 21 spring, 22 summer, 23 autumn, 24 winter (northern hemisphere, as in
# the articles); winter runs from December into the next year.
SEASONS = {21: ("spring", 3, 5), 22: ("summer", 6, 8), 23: ("autumn", 9, 11),
           24: ("winter", 12, 14)}
# Thirds of a year (months) and of a month (days) that early, mid and late name.
_YEAR_THIRDS = {"early": (1, 4), "mid": (5, 8), "late": (9, 12)}
_MONTH_THIRDS = {"early": (1, 10), "mid": (11, 20), "late": (21, 31)}


@dataclass(frozen=True, slots=True)
class Span:
    """A date value's place in the calendar. ``None`` is an open (unknown) end."""

    earliest: dt.date | None
    latest: dt.date | None
    approximate: bool = False
    uncertain: bool = False
    year_unknown: bool = False
    interval: bool = False
    stance: Stance = "stated"

    @property
    def expected(self) -> bool:
        """True when the source does not say it happened: expected, possible or denied."""
        return self.stance in ("expected", "possible", "denied")

    @property
    def open_start(self) -> bool:
        return self.earliest is None

    @property
    def open_end(self) -> bool:
        return self.latest is None

    def sort_key(self) -> tuple[int, int, int]:
        """Year-unknown dates last; then by earliest day, then by latest (open ends outward)."""
        first = self.earliest or self.latest
        last = self.latest or self.earliest
        return (int(self.year_unknown), first.toordinal() if first else 0,
                last.toordinal() if last else 0)

    def overlaps(self, other: Span) -> bool:
        """True when the two spans may share a day (an open end reaches everything)."""
        if self.year_unknown or other.year_unknown:
            return True
        starts_after = (self.earliest is not None and other.latest is not None
                        and self.earliest > other.latest)
        ends_before = (self.latest is not None and other.earliest is not None
                       and self.latest < other.earliest)
        return not (starts_after or ends_before)


@dataclass(frozen=True, slots=True)
class Bounds:
    """The days a single EDTF date (no interval) can name, and its flags."""

    earliest: dt.date
    latest: dt.date
    approximate: bool = False
    uncertain: bool = False
    year_unknown: bool = False


def _last_day(year: int, month: int) -> int:
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
        day_last = min(day_last, _last_day(2000, month))
        return Bounds(dt.date(1, month, day_first), dt.date(9999, month, day_last),
                      approximate, uncertain, year_unknown=True)
    if plain.endswith("X"):  # a decade: 201X
        decade = int(plain[:3]) * 10
        first, last = dt.date(decade, 1, 1), dt.date(decade + 9, 12, 31)
        return Bounds(*_third(first, last, qualifier, "decade"), approximate, uncertain)
    parts = [int(p) for p in plain.split("-")]
    year = parts[0]
    if len(parts) == 2 and parts[1] in SEASONS:
        _, start_month, end_month = SEASONS[parts[1]]
        end_year, end_month = year + (end_month - 1) // 12, (end_month - 1) % 12 + 1
        first = dt.date(year, start_month, 1)
        last = dt.date(end_year, end_month, _last_day(end_year, end_month))
        return Bounds(first, last, approximate, uncertain)
    if len(parts) == 1:
        first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
        return Bounds(*_third(first, last, qualifier, "year"), approximate, uncertain)
    month = parts[1]
    if len(parts) == 2:
        first, last = dt.date(year, month, 1), dt.date(year, month, _last_day(year, month))
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
                dt.date(first.year, high, _last_day(first.year, high)))
    if period == "month":
        low, high = _MONTH_THIRDS[qualifier]
        return (first.replace(day=low),
                first.replace(day=min(high, _last_day(first.year, first.month))))
    low_year = first.year + {"early": 0, "mid": 3, "late": 7}[qualifier]
    high_year = first.year + {"early": 3, "mid": 6, "late": 9}[qualifier]
    return dt.date(low_year, 1, 1), dt.date(high_year, 12, 31)


def publication_span(published: Published | None) -> Span:
    """What is known of an article's publication date: a day, a period, or a lower bound."""
    if published is None:
        return Span(None, None)
    if published.date is not None:
        bounds = bounds_of(published.date)
        return Span(bounds.earliest, bounds.latest)
    if published.not_before is not None:
        return Span(bounds_of(published.not_before).earliest, None)
    return Span(None, None)


def span_of(value: DateValue, published: Published | None = None,
            stance: Stance = "stated") -> Span:
    """The calendar span of a date value; ``published`` bounds a date whose year is unknown.

    A day or month without a year happened on or before the article's publication, so its
    latest possible day is the latest such day on or before the latest publication day.
    """
    start = None if value.date == ".." else bounds_of(value.date, value.qualifier)
    end = (start if value.end is None else
           None if value.end == ".." else bounds_of(value.end, value.end_qualifier))
    marked = [b for b in (start, end) if b is not None]
    year_unknown = any(b.year_unknown for b in marked)
    earliest = start.earliest if start is not None else None
    latest = end.latest if end is not None else None
    if year_unknown:
        earliest, latest = None, _latest_before(value.date, publication_span(published))
    return Span(earliest, latest,
                approximate=any(b.approximate for b in marked),
                uncertain=any(b.uncertain for b in marked),
                year_unknown=year_unknown, interval=value.end is not None, stance=stance)


def _latest_before(date: str, publication: Span) -> dt.date | None:
    """The latest day "XXXX-MM[-DD]" can be, given the article's latest publication day."""
    if publication.latest is None:
        return None
    parts = [int(p) for p in date.rstrip("~?%").split("-")[1:]]
    month = parts[0]
    for year in (publication.latest.year, publication.latest.year - 1):
        day = parts[1] if len(parts) > 1 else _last_day(year, month)
        try:
            candidate = dt.date(year, month, min(day, _last_day(year, month)))
        except ValueError:  # pragma: no cover - month checked by the model
            continue
        if candidate <= publication.latest:
            return candidate
    return None  # pragma: no cover - one of two consecutive years always fits


def sort_key(value: DateValue, published: Published | None = None) -> tuple[int, int, int]:
    """The order of date values on the timeline: by the interval they name."""
    return span_of(value, published).sort_key()


def as_of_span(as_of: str) -> Span:
    """The span of an ``as_of:`` date (one EDTF date)."""
    bounds = bounds_of(as_of)
    return Span(bounds.earliest, bounds.latest, bounds.approximate, bounds.uncertain,
                bounds.year_unknown)


def describe_span(value: DateValue) -> str:
    """The value in words, with EDTF forms spelled out: "12 November (year not stated)"."""
    if value.end is not None:
        if value.date == "..":
            return f"by {describe_one(value.end, value.end_qualifier)}"
        if value.end == "..":
            return f"since {describe_one(value.date, value.qualifier)}"
        return (f"between {describe_one(value.date, value.qualifier)} and "
                f"{describe_one(value.end, value.end_qualifier)}")
    return describe_one(value.date, value.qualifier)


def describe_one(date: str, qualifier: str | None) -> str:
    """One EDTF date in words: "mid-July 2019", "spring 2019", "the 2010s", "about 2007"."""
    from generator.reading import MONTH_NAMES

    flags = date[len(date.rstrip("~?%")):]
    plain = date.rstrip("~?%")
    if plain.startswith("XXXX-"):
        parts = [int(p) for p in plain.split("-")[1:]]
        month = MONTH_NAMES[parts[0] - 1]
        text = f"{parts[1]} {month}" if len(parts) > 1 else month
        text = f"{text} (year not stated)"
    elif plain.endswith("X"):
        text = f"the {plain[:3]}0s"
    elif not is_plain_date(plain):
        year, season = plain.split("-")
        text = f"{SEASONS[int(season)][0]} {year}"
    else:
        parts = [int(p) for p in plain.split("-")]
        if len(parts) == 3:
            text = f"{parts[2]} {MONTH_NAMES[parts[1] - 1]} {parts[0]}"
        elif len(parts) == 2:
            text = f"{MONTH_NAMES[parts[1] - 1]} {parts[0]}"
        else:
            text = str(parts[0])
    if qualifier == "mid":
        text = f"mid-{text}"
    elif qualifier:
        text = f"{qualifier} {text}"
    if "~" in flags or "%" in flags:
        text = f"about {text}" if qualifier != "about" else text
    if "?" in flags or "%" in flags:
        text = f"{text} (uncertain)"
    return text
