"""Times of day as written: "at 6:12 a.m. local time", "14:05 GMT", "11 p.m. Saturday",
"noon", "midnight Tuesday", with their zone where the text states one.

A time is read as HH:MM on a 24-hour clock. A 12-hour time needs its a.m. or p.m.; a
time written "11:30" with neither, and no zone that implies a 24-hour clock, is
ambiguous and is read as no time at all. "midnight" is 24:00, the end of the day it is
attached to (AP style: midnight belongs to the day that is ending). Words before a time
can make it approximate ("about", "shortly after") or a limit rather than the time of an
event ("by 11 p.m.", "until noon"): the mention keeps that word as its ``shift``.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from generator.reading.dates import dates_in
from generator.reading.normalise import normalise

# Zones as written, and the name a value gives them. "local time" is "local".
ZONES: dict[str, str] = {
    "utc": "UTC", "gmt": "GMT", "z": "UTC", "bst": "BST", "cet": "CET", "cest": "CEST",
    "eet": "EET", "eest": "EEST", "msk": "MSK", "ist": "IST", "jst": "JST", "kst": "KST",
    "aest": "AEST", "aedt": "AEDT", "edt": "EDT", "est": "EST", "et": "ET", "cdt": "CDT",
    "cst": "CST", "ct": "CT", "mdt": "MDT", "mst": "MST", "mt": "MT", "pdt": "PDT",
    "pst": "PST", "pt": "PT", "eastern time": "ET", "central time": "CT",
    "mountain time": "MT", "pacific time": "PT", "eastern daylight time": "EDT",
    "eastern standard time": "EST", "local time": "local", "local": "local"}
# Zones whose clock is read as 24-hour when no a.m. or p.m. is written ("14:05 GMT").
_TWENTY_FOUR_HOUR_ZONES = {"UTC", "GMT", "BST", "CET", "CEST", "EET", "EEST", "MSK", "IST",
                           "JST", "KST", "AEST", "AEDT", "local"}
_ZONE_RE = r"(?P<zone>" + "|".join(
    re.escape(z).replace(r"\ ", r"\s+") for z in sorted(ZONES, key=len, reverse=True)
    if z not in ("z", "local")) + r"|local(?=\s+time)\s+time|Z(?=\W|$))"
TIME_RE = re.compile(
    r"(?<![\w.:])(?:"
    r"(?P<hour>\d{1,2})(?:[:.](?P<minute>[0-5]\d))?\s*(?P<half>a\.?\s?m\.?|p\.?\s?m\.?)(?![a-z])"
    r"|(?P<hour24>[01]?\d|2[0-3])[:h](?P<minute24>[0-5]\d)(?![\d:])"
    r"|(?P<word>noon|midday|midnight)\b"
    r")(?:\s+(?:" + _ZONE_RE + r")\b)?", re.IGNORECASE)
_APPROXIMATE = re.compile(r"\b(?:about|around|approximately|roughly|circa|shortly\s+"
                          r"(?:before|after)|just\s+(?:before|after))\s+(?:at\s+)?$",
                          re.IGNORECASE)
_SHIFT = re.compile(r"\b(?P<shift>by|before|after|until|till|since|from|through|as\s+of)"
                    r"\s+$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class TimeMention:
    """A time of day as written: ``time`` "HH:MM" (24:00 for midnight), its zone as a
    value names it (None when unstated), whether it is hedged, and a limiting word."""

    time: str
    zone: str | None
    approximate: bool
    shift: str | None
    start: int
    end: int


def times_in(text: str) -> list[TimeMention]:
    """Every time of day in ``text`` that reads one way; an hour without a.m. or p.m. on a
    12-hour clock ("11:30") is left out, as it names two times."""
    found: list[TimeMention] = []
    for match in TIME_RE.finditer(text):
        zone_written = match.group("zone")
        zone = ZONES[" ".join(zone_written.lower().split())] if zone_written else None
        if match.group("word"):
            word = match.group("word").lower()
            time = "24:00" if word == "midnight" else "12:00"
        elif match.group("half"):
            hour, minute = int(match.group("hour")), int(match.group("minute") or 0)
            if not 1 <= hour <= 12:
                continue
            afternoon = match.group("half").lower().startswith("p")
            hour = hour % 12 + (12 if afternoon else 0)
            time = f"{hour:02d}:{minute:02d}"
        else:
            hour, minute = int(match.group("hour24")), int(match.group("minute24"))
            clock24 = hour >= 13 or (len(match.group("hour24")) == 2 and hour == 0) or (
                zone in _TWENTY_FOUR_HOUR_ZONES)
            if not clock24:
                continue  # "11:30" with no a.m. or p.m.: two times
            time = f"{hour:02d}:{minute:02d}"
        before = text[max(0, match.start() - 24):match.start()]
        shift = _SHIFT.search(before)
        approximate = _APPROXIMATE.search(before) is not None
        found.append(TimeMention(
            time, zone, approximate,
            None if approximate or shift is None else " ".join(shift.group("shift").split()),
            match.start(), match.end()))
    return found


# The UTC offset each zone's name means, in minutes; a US zone named without its season
# ("ET") is EDT while daylight time runs and EST otherwise. "local" names no offset.
FIXED_OFFSETS: dict[str, int] = {
    "UTC": 0, "GMT": 0, "BST": 60, "CET": 60, "CEST": 120, "EET": 120, "EEST": 180,
    "MSK": 180, "IST": 330, "JST": 540, "KST": 540, "AEST": 600, "AEDT": 660, "EDT": -240,
    "EST": -300, "CDT": -300, "CST": -360, "MDT": -360, "MST": -420, "PDT": -420,
    "PST": -480}
US_SEASONAL: dict[str, tuple[str, str]] = {
    "ET": ("EDT", "EST"), "CT": ("CDT", "CST"), "MT": ("MDT", "MST"), "PT": ("PDT", "PST")}


def _nth_sunday(year: int, month: int, nth: int) -> dt.date:
    """The nth Sunday of a month; nth -1 is its last."""
    if nth > 0:
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(6 - first.weekday()) % 7 + 7 * (nth - 1))
    last = dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
    return last - dt.timedelta(days=(last.weekday() + 1) % 7)


def _us_daylight(day: dt.date) -> set[bool]:
    """Whether US daylight time runs on ``day`` (both on the two days it starts and ends,
    whose early hours are in the other season): from 2007 the second Sunday of March to
    the first Sunday of November, before that the first Sunday of April to October's last."""
    if day.year >= 2007:
        start, end = _nth_sunday(day.year, 3, 2), _nth_sunday(day.year, 11, 1)
    else:
        start, end = _nth_sunday(day.year, 4, 1), _nth_sunday(day.year, 10, -1)
    if day in (start, end):
        return {True, False}
    return {start < day < end}


def offsets_of(zone: str, day: str) -> frozenset[str]:
    """The UTC offsets ("-04:00") that ``zone`` as written can mean on ``day``
    (YYYY-MM-DD); none for "local", which names no offset."""
    if zone in US_SEASONAL:
        summer, winter = US_SEASONAL[zone]
        names = {summer if daylight else winter
                 for daylight in _us_daylight(dt.date.fromisoformat(day))}
    else:
        names = {zone}
    return frozenset(_written_offset(FIXED_OFFSETS[name]) for name in names
                     if name in FIXED_OFFSETS)


def _written_offset(minutes: int) -> str:
    sign = "-" if minutes < 0 else "+"
    return f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


# Words that place an event within its day ("early Sunday", "Monday morning", "later on
# Monday"): the day is the weekday; they say nothing of which day it is.
PART_OF_DAY_BEFORE = ("early", "late", "later", "earlier", "later on", "earlier on")
PART_OF_DAY_AFTER = ("morning", "afternoon", "evening", "night", "overnight")
WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                  "sunday")


def names_no_day(time: str | None, wording: str | None) -> bool:
    """True for a timed value whose wording is only its time ("at 4 p.m."): its day is the
    one day its paragraph states (rule V405), not one worked out from the article's date,
    and its marks must say so."""
    return time is not None and wording is not None and not day_of_wording(wording)


PARAGRAPH_DAY = "the one day its paragraph states"


def day_of_wording(wording: str) -> str:
    """The day a relative wording names, its time and part of day taken out: "5 a.m. ET
    Sunday" and "Sunday morning" are "Sunday", "later on Monday" is "on Monday" read as
    "Monday"; a wording with no weekday left is returned as it is."""
    plain = normalise(wording)
    words: list[str] = []
    last = 0
    for mention in times_in(plain):
        before = plain[last:mention.start].split()
        if before and before[-1].lower() in ("at", "by", "around", "about"):
            before.pop()
        words += before
        last = mention.end
    words += plain[last:].split()
    words = [w.strip(",") for w in words if w.strip(",")]
    lower = [w.lower() for w in words]
    weekdays = [i for i, w in enumerate(lower) if w.rstrip("'s") in WEEKDAY_NAMES]
    if len(weekdays) != 1:
        return " ".join(words)
    at = weekdays[0]
    tail = lower[at + 1:]
    head = " ".join(lower[:at])
    if tail and not all(w in PART_OF_DAY_AFTER for w in tail):
        return " ".join(words)
    if head and head not in PART_OF_DAY_BEFORE and head.removesuffix(" on") not in \
            PART_OF_DAY_BEFORE and head != "on":
        return " ".join(words)
    return words[at] if head != "on" else f"{words[at - 1]} {words[at]}"


def day_wording(passage: str) -> tuple[str | None, str | None, str]:
    """The one day the passage names: (its date YYYY-MM-DD, or None; its weekday as written,
    or None; why there is none). A full date wins over a weekday beside it."""
    plain = normalise(passage)
    days = {f"{m.year:04d}-{m.month:02d}-{m.day:02d}" for m in dates_in(plain)
            if m.year is not None and m.month is not None and m.day is not None
            and m.shift is None}
    weekdays = [w.strip(",.;:") for w in plain.split()
                if w.strip(",.;:").lower().removesuffix("'s") in WEEKDAY_NAMES]
    if len(days) == 1:
        return next(iter(days)), None, ""
    if len(days) > 1:
        return None, None, f"names {len(days)} days"
    if len({w.lower() for w in weekdays}) == 1:
        return None, weekdays[0].removesuffix("'s"), ""
    if weekdays:
        return None, None, f"names {len(set(weekdays))} weekdays"
    return None, None, "names no day"
