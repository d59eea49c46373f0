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

import datetime as dt
from dataclasses import dataclass

from generator.model import DateValue, Published, Stance, is_plain_date
from generator.model.edtf import SEASONS, bounds_of, last_day


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
        # The year of either end is unknown, so the whole value floats: its latest day is
        # bounded by the article's date through its last end whose year is not stated
        # (an open end stays open). Never the digits of "..", which name no day.
        unknown = [d for d in (value.date, value.end) if d is not None and d.startswith("XXXX")]
        latest = (None if value.end == ".." else
                  _latest_before(unknown[-1], publication_span(published)))
        earliest = None
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
        day = parts[1] if len(parts) > 1 else last_day(year, month)
        try:
            candidate = dt.date(year, month, min(day, last_day(year, month)))
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
            if value.time is None:
                return f"since {describe_one(value.date, value.qualifier)}"
            zone = value.zone or (f"UTC{value.offset}" if value.offset else None)
            # an open end from a time of day ("after 2 a.m. ET Sunday"), past or to come
            return (f"from {describe_one(value.date, value.qualifier)}, "
                    f"{describe_time(value.time, zone)}")
        return (f"between {describe_one(value.date, value.qualifier)} and "
                f"{describe_one(value.end, value.end_qualifier)}")
    text = describe_one(value.date, value.qualifier)
    zone = value.zone or (f"UTC{value.offset}" if value.offset else None)
    return text if value.time is None else f"{text}, {describe_time(value.time, zone)}"


def describe_time(time: str, zone: str | None) -> str:
    """A time of day in words: "02:00 EST", "about 23:30", "midnight (24:00) local time"."""
    clock = time.rstrip("~")
    text = "midnight (24:00)" if clock == "24:00" else clock
    if time.endswith("~"):
        text = f"about {text}"
    if zone == "local":
        return f"{text} local time"
    return f"{text} {zone}" if zone else text


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


# The units a counted interval may count in, finest last ("within two years": year).
COUNTED_UNITS = ("year", "month", "week", "day")


def counted_unit(wording: str) -> str | None:
    """The unit a counted interval counts in, from its wording ("within two years")."""
    words = {word.strip(".,;:").lower().removesuffix("s") for word in wording.split()}
    return next((unit for unit in COUNTED_UNITS if unit in words), None)


def counted_interval(value: DateValue) -> bool:
    """True for an interval counted from the article's date in its own words ("within two
    years"), which is shown as those words as of that date, not as day bounds; an open
    end from a worked-out day ("after 2 a.m. ET Sunday") is not one."""
    return (value.relative is not None and value.end is not None
            and counted_unit(value.relative) is not None)
