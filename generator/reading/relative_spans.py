"""Intervals relative to a publication date: "until March", "from Tuesday", "after
Christmas", "next week", "the first half of next year", "within two years".

An open end is "..": "until March" (written in November, in a clause to come) is
("..", next March), "since Tuesday" is (last Tuesday, ".."). The point inside the wording
is resolved by :func:`generator.reading.relative.relative_date`, with the direction its
clause gives; "since" always looks back.
"""

from __future__ import annotations

import datetime as dt
import re

from generator.reading.normalise import normalise
from generator.reading.relative import relative_date, relative_interval
from generator.reading.relative_bounds import period_end
from generator.reading.tense import Way
from generator.reading.times import day_of_wording

# The words that open one end of an interval, and which end they leave open.
OPEN_START = ("until", "till", "by", "before", "through")
OPEN_END = ("since", "from", "after", "starting")
_OPEN = re.compile(rf"^(?P<word>{'|'.join(OPEN_START + OPEN_END)})\s+(?:on\s+)?(?P<point>.+)$")
_PART = re.compile(r"^(?:in\s+)?the\s+(?P<nth>first|second|third|fourth|last)\s+"
                   r"(?P<part>half|quarter)\s+of\s+(?P<which>next|this|last)\s+year$")
_WEEK = re.compile(r"^(?:in\s+|during\s+)?(?P<which>next|this|last)\s+week$")
_NTH = {"first": 1, "second": 2, "third": 3, "fourth": 4}
SPAN_HELP = ("until, by, before, since, from or after <a relative date>; next, this or last "
             "week; the first or second half, or a quarter, of next, this or last year; "
             "within <n> days, weeks, months or years")


def relative_span(phrase: str, published: str,
                  way: Way | None = "back") -> tuple[tuple[str, str] | None, str]:
    """((start, end), "") with ".." for an open end, or (None, why)."""
    wording = " ".join(normalise(phrase).lower().split())
    if wording.startswith(("within ", "in the next ")):
        return relative_interval(phrase, published)
    opened = _OPEN.match(wording)
    if opened is not None:
        word, point = opened.group("word"), opened.group("point")
        way_of_point = "back" if word == "since" else way
        resolved, why = relative_date(point, published, way_of_point)
        weekday = day_of_wording(point)
        if resolved is None and weekday != point:
            # "by Thursday morning" (trial 6): the part of the day leaves the day Thursday
            resolved = relative_date(weekday, published, way_of_point)[0]
        if resolved is None and word in OPEN_START:
            # "before the end of the year": the period's last day bounds the interval
            resolved = period_end(point, published)
        if resolved is None:
            return None, why
        return (("..", resolved) if word in OPEN_START else (resolved, "..")), ""
    part = _PART.match(wording)
    if part is not None:
        year = int(published[:4]) + {"next": 1, "this": 0, "last": -1}[part.group("which")]
        pieces = 2 if part.group("part") == "half" else 4
        nth = pieces if part.group("nth") == "last" else _NTH[part.group("nth")]
        if nth > pieces:
            return None, f"a year has no {part.group('nth')} half"
        length = 12 // pieces
        first, last = (nth - 1) * length + 1, nth * length
        return (f"{year:04d}-{first:02d}", f"{year:04d}-{last:02d}"), ""
    week = _WEEK.match(wording)
    if week is not None:
        if published.count("-") < 2:
            return None, (f"'{phrase}' needs the publication day, but the registry gives only "
                          f"{published}")
        day = dt.date.fromisoformat(published)
        monday = day - dt.timedelta(days=day.weekday()) + dt.timedelta(
            weeks={"next": 1, "this": 0, "last": -1}[week.group("which")])
        return (monday.isoformat(), (monday + dt.timedelta(days=6)).isoformat()), ""
    return None, f"cannot read '{phrase}' as an interval; supported: {SPAN_HELP}"


def span_point(phrase: str) -> str | None:
    """The wording inside an open interval ("March" of "until March"), whose clause gives
    the direction; None when the phrase is no open interval."""
    opened = _OPEN.match(" ".join(normalise(phrase).split()).lower())
    if opened is None:
        return None
    return phrase.strip()[len(phrase.strip()) - len(opened.group("point")):]
