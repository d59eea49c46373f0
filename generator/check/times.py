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
from dataclasses import replace

from generator.check import dates as _dates
from generator.check.context import Context
from generator.check.mismatch import Mismatch
from generator.model import DateValue, Fact
from generator.reading import dates_in, find_whole, normalise
from generator.reading.relative_spans import relative_span, span_point
from generator.reading.times import TimeMention, offsets_of, times_in

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
    if value.end == "..":  # "after 2 a.m. Sunday": the time opens the interval
        points = [m for m in mentions if m.shift in ("after", "since", "from")]
        if not any(m.time == wanted for m in points):
            return Mismatch("V405", f"the quote does not open an interval at {wanted} "
                            "('after 2 a.m.', 'since 11 p.m.')", "write the time the quote "
                            "gives after 'after', 'since' or 'from', or leave 'end:' out")
        mentions = points
    points = [m for m in mentions if m.shift is None or value.end == ".."]
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
    if value.offset is not None:
        return _offset(same, value)
    if not any(m.zone == value.zone for m in same):
        zone = same[0].zone
        return Mismatch("V405", f"time zone: the quote gives {zone or 'no zone'}, the value "
                        f"says {value.zone or 'none'}",
                        f"set zone: {zone}" if zone else "remove 'zone:'")
    return None


def _offset(same: list[TimeMention], value: DateValue) -> Mismatch | None:
    """A time written with its UTC offset ("2018-09-16T05:00:00-04:00"): the quote must
    state a zone that has that offset on the value's day ("5 a.m. ET" in September)."""
    assert value.offset is not None and value.time is not None
    day = value.date
    if day.startswith("XXXX"):
        return Mismatch("V405", f"the offset {value.offset} depends on the day, which the "
                        "value does not give", "write the zone the quote states as 'zone:'")
    zones = [m.zone for m in same if m.zone is not None]
    if value.zone is not None:
        zones = [z for z in zones if z == value.zone]
    if any(value.offset in offsets_of(zone, day) for zone in zones):
        return None
    written = f"{day}T{value.time.rstrip('~')}:00"
    hedge = "~" if value.time.endswith("~") else ""
    if not zones:
        stated = f"the quote gives no zone{' ' + value.zone if value.zone else ''}"
        return Mismatch("V405", f"time zone: {stated}, the value says the offset "
                        f"{value.offset}", f"write the time without an offset: set date: "
                        f"\"{written}{hedge}\"")
    if all(zone == "local" for zone in zones):
        return Mismatch("V405", "time zone: the quote gives local time, which names no "
                        f"offset; the value says {value.offset}",
                        f"set date: \"{written}{hedge}\", zone: local")
    zone = next(z for z in zones if z != "local")
    offsets = sorted(offsets_of(zone, day))
    return Mismatch("V405", f"time zone: the quote gives {zone}, which on {day} is "
                    f"{' or '.join(offsets)}; the value says {value.offset}",
                    f"set date: \"{written}{offsets[0]}{hedge}\"" if len(offsets) == 1 else
                    "the zone's offset that day depends on the hour: set date: " + " or ".join(
                        f"\"{written}{o}{hedge}\"" for o in offsets))


def paragraph_day(context: Context, fact: Fact, value: DateValue) -> Mismatch | None:
    """A time whose day the quote does not give takes the single day its paragraph states
    ("The next high tide is at 4 p.m. ... September 16, 2018"); with none, or several, the
    reader cannot tell the day and supports nothing."""
    wanted = tuple(int(p) for p in value.date.split("-")) if value.date[:1].isdigit() else ()
    text = context.lined_text(fact)
    starts = context.occurrences(fact)
    days: set[tuple[int, int, int]] = set()
    if text is not None and starts:
        start = text.rfind("\n", 0, starts[0]) + 1
        end = text.find("\n", starts[0])
        paragraph = text[start:end if end >= 0 else len(text)]
        days = {(m.year, m.month, m.day) for m in dates_in(paragraph)
                if m.year is not None and m.month is not None and m.day is not None
                and m.shift is None}
    if len(days) == 1 and next(iter(days)) == wanted:
        return None
    time = value.time or ""
    if len(days) == 1:
        year, month, day = next(iter(days))
        return Mismatch("V405", f"the quote gives the time {time} but not its day; its "
                        f"paragraph states one day, {year:04d}-{month:02d}-{day:02d}, not "
                        f"{value.date}", f"set date: \"{year:04d}-{month:02d}-{day:02d}T"
                        f"{time.rstrip('~')}:00{value.offset or ''}{time[5:]}\"")
    found = "no day" if not days else f"{len(days)} days"
    return Mismatch("V405", f"the quote gives the time {time} but not its day, and its "
                    f"paragraph states {found}, so the day is not known",
                    "extend the quote to the words that give the day ('Saturday', 'on 14 "
                    "September') and name them in relative:, or copy the article's words "
                    "that give this event's day into 'day_from:', or leave the time out")


def timed(found: Mismatch | None, value: DateValue) -> Mismatch | None:
    """A day's hint for a value with a time of day, written with its time: applying
    'set date: "2018-09-16"' would drop the time the value states."""
    if found is None or value.time is None:
        return found
    before, marker, rest = found.hint.partition('set date: "')
    day, quote_mark, after = rest.partition('"')
    if not marker or not quote_mark or len(day) != 10:
        return found
    time = value.time.rstrip("~")
    written = f"{day}T{time}:00{value.offset or ''}{'~' if value.time.endswith('~') else ''}"
    return replace(found, hint=f'{before}{marker}{written}"{after}')


def timed_interval(context: Context, fact: Fact, value: DateValue, days: str
                    ) -> Mismatch | None:
    """An interval that opens at a time ("after 2 a.m. ET Sunday"): its day is read from
    the day words ("after Sunday") the way an interval's is, from the anchor date."""
    assert value.relative is not None
    quote = context.quote(fact)
    published = _dates.relative_basis(context, fact, quote, value.relative, "an interval")
    if not isinstance(published, str):
        return published
    point = span_point(days)
    way = _dates.way_of(quote, point) if point is not None else None
    resolved, why = relative_span(days, published, way.way if way is not None else "back")
    if resolved is None:
        if way is not None and way.way is None:
            return Mismatch("V406", f"'{value.relative}' has no year, and {way.why}: the "
                            "reader cannot tell whether it is before or after publication",
                            _dates.unsure_hint(days))
        return Mismatch("V406", why, "state the interval as the quote does, or correct "
                        "'relative:'")
    if (value.date, value.end) != resolved:
        how = f" ({way.why})" if way is not None and way.why else ""
        return Mismatch("V406", f"'{value.relative}'{how} from "
                        f"{_dates.anchor_name(context, fact)} {published} opens on "
                        f"{resolved[0]}, not {value.date}", f"set date: \"{resolved[0]}\"")
    return None


def quote_gives_day(quote: str, day: str) -> bool:
    """True when a date of the quote gives the day YYYY-MM-DD, with or without its year."""
    if not day[:1].isdigit():
        return False
    year, month, date = (int(p) for p in day.split("-"))
    return any(m.month == month and m.day == date and m.year in (None, year)
               for m in dates_in(quote))


sentence_of = _dates.sentence_of  # where it lived first; values imports it here
