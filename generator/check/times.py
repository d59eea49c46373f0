"""Does a quote support a date value's time of day and zone? Part of V404/V405.

"At 2 a.m. EST Saturday" supports ``{date: "2018-09-15", relative: "Saturday", time:
"02:00", zone: EST}``: the time as the quote gives it (a.m. or p.m. read, on a 24-hour
clock), hedged where the quote hedges it ("about 11:30 p.m." is "23:30~"), with the zone
the quote states and no other. "By 11 p.m." is a limit or an as-of, not the time of an
event; "11:30" with no a.m. or p.m. names two times and supports neither. Where the quote
gives several times, the value's must stand next to its day.
"""

from __future__ import annotations

import re

from generator.check.mismatch import Mismatch
from generator.model import DateValue
from generator.reading import dates_in, find_whole, normalise
from generator.reading.times import TimeMention, times_in

_GAP = re.compile(r"^[\s,]*(?:(?:on|at|of|in\s+the)\s+)?(?:(?:morning|afternoon|evening|night)"
                  r"\s*(?:,\s*)?(?:at\s+)?)?[\s,]*$", re.IGNORECASE)


def _written(mention: TimeMention) -> str:
    zone = f" {mention.zone}" if mention.zone else ""
    return f"{mention.time}{'~' if mention.approximate else ''}{zone}"


def _day_spans(plain: str, value: DateValue) -> list[tuple[int, int]]:
    """Where the value's day stands in the quote: its relative wording, or its date."""
    if value.relative is not None:
        needle = normalise(value.relative)
        return [(start, start + len(needle)) for start in find_whole(plain, needle)]
    parts = value.date.split("-")
    month, day = int(parts[1]), int(parts[2])
    return [(m.start, m.end) for m in dates_in(plain) if m.month == month and m.day == day]


def _next_to(plain: str, mention: TimeMention, days: list[tuple[int, int]]) -> bool:
    for start, end in days:
        gap = plain[mention.end:start] if start >= mention.end else plain[end:mention.start]
        if _GAP.fullmatch(gap):
            return True
    return False


def time_of_day(quote: str, value: DateValue) -> Mismatch | None:
    """The V404/V405 diagnosis of ``value``'s time and zone, or None when supported."""
    assert value.time is not None
    plain = normalise(quote)
    mentions = times_in(plain)
    wanted = value.time.rstrip("~")
    points = [m for m in mentions if m.shift is None]
    same = [m for m in points if m.time == wanted]
    if not same:
        limits = [m for m in mentions if m.time == wanted]
        if limits:
            return Mismatch("V405", f"'{limits[0].shift} {plain[limits[0].start:limits[0].end]}'"
                            " is a limit or an as-of, not the time of an event",
                            "leave the time out, or quote a passage that gives the time itself")
        found = ", ".join(f"\"{plain[m.start:m.end]}\" ({_written(m)})" for m in points)
        return Mismatch("V405", f"the quote does not give the time {wanted}"
                        + (f"; it gives {found}" if found else ""),
                        "write the time as HH:MM on a 24-hour clock (7:15 p.m. is 19:15); a "
                        "time without a.m. or p.m. ('11:30') is not read")
    if len(points) > 1:
        days = _day_spans(plain, value)
        beside = [m for m in same if _next_to(plain, m, days)]
        if not beside:
            return Mismatch("V405", f"the quote gives several times, and {wanted} does not "
                            "stand next to the value's day", "quote the passage where the time "
                            "and its day stand together ('at 2 a.m. Saturday')")
        same = beside
    if not any(m.approximate == value.time.endswith("~") for m in same):
        written = plain[same[0].start:same[0].end]
        return Mismatch("V404", f"qualifier: the quote's time reads \"{written}\"" + (
            ", hedged" if same[0].approximate else ", not hedged") + f"; the value says "
            f"{value.time}", f"set time: \"{_written(same[0]).split()[0]}\"")
    if not any(m.zone == value.zone for m in same):
        zone = same[0].zone
        return Mismatch("V405", f"time zone: the quote gives {zone or 'no zone'}, the value "
                        f"says {value.zone or 'none'}",
                        f"set zone: {zone}" if zone else "remove 'zone:'")
    return None
