"""Dates relative to a publication date: "on Tuesday", "last month", "November 12"."""

from __future__ import annotations

import json
import re
from datetime import date as date_type
from pathlib import Path

from generator.reading.dates import MONTHS, dates_in
from generator.reading.normalise import normalise
from generator.reading.relative_bounds import week_middle
from generator.reading.tense import Way
from generator.reading.times import day_of_wording

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
SAME_DAY = {"today", "earlier in the day", "earlier today", "later in the day", "this morning",
            "this afternoon", "this evening", "tonight"}
RELATIVE_HELP = ("today, earlier in the day, yesterday, tomorrow, (on|last) <weekday>, "
                 "<weekday>'s, last/this/next month, last/this/next year, <Month> <day> or "
                 "<day> <Month> without a year, in <Month> without a year, a holiday "
                 "(Christmas, Thanksgiving...), in <n> days, weeks, months or years, the middle of "
                 "next, this or last week")
# Holidays a news text names without a year: (month, day), or (month, weekday, nth) for
# those that fall on a weekday of their month (nth -1: the last). Data, not code.
HOLIDAYS: dict[str, tuple[int, int] | tuple[int, int, int]] = {
    name: tuple(rule)
    for name, rule in json.loads((Path(__file__).parent / "data" / "holidays.json")
                                 .read_text("utf-8"))["holidays"].items()}


def relative_date(phrase: str, published: str,
                  way: Way | None = "back") -> tuple[str | None, str]:
    """Resolve ``phrase`` against an ISO publication date: (ISO date, "") or (None, why).

    ``way`` is the direction a wording without its own ("on Tuesday", "March", "Feb. 3",
    "Christmas", "in two years") points, read from its clause by
    :func:`generator.reading.tense.direction`: "back" (on or before publication), "forward"
    (on or after it), or None when the clause does not say, and then nothing is resolved.
    """
    try:
        return _relative_date(phrase, published, way)
    except (OverflowError, ValueError):
        return None, f"'{phrase}' from {published} falls outside the calendar"


def wording_of(phrase: str) -> str:
    """The phrase as the resolver reads it: lower case, one space, no "on"/"in", and a
    possessive weekday or holiday ("Tuesday's contest") without its "'s"."""
    wording = " ".join(normalise(phrase).lower().split())
    wording = wording.removeprefix("on ").removeprefix("in ") if not _IN_SPAN.match(
        wording) else wording
    return re.sub(r"['\u2019]s$", "", wording)


_IN_SPAN = re.compile(r"^in\s+(?:the\s+next\s+)?(\d{1,3}|[a-z-]+)\s+(day|week|month|year)s?$")


def points(phrase: str) -> bool:
    """True when ``phrase`` has no direction of its own: a weekday, a day or month without a
    year, a holiday, or "in <n> <units>"; its clause's tense must say which way it points."""
    wording = wording_of(phrase)
    if wording.startswith(("last ", "next ", "this ")):
        return False
    if wording in WEEKDAYS or wording in HOLIDAYS or _IN_SPAN.match(wording):
        return True
    if day_of_wording(wording) in WEEKDAYS:
        return True  # "Thursday morning" (trial 6) is Thursday, which points
    mentions = dates_in(wording.title())
    return (len(mentions) == 1 and mentions[0].year is None and mentions[0].month is not None
            and mentions[0].season is None)


def _relative_date(phrase: str, published: str, way: Way | None) -> tuple[str | None, str]:
    """The arithmetic behind :func:`relative_date`.

    A weekday, a holiday or a day without a year means the latest such day on or before
    publication ("last <weekday>" strictly before) when it points back, the earliest on or
    after it when it points forward. Precision follows the wording.
    """
    import datetime as dt

    wording = wording_of(phrase)
    parts = published.split("-")
    needs = {"day": 3, "month": 2, "year": 1}

    def need(precision: str) -> str | None:
        if len(parts) < needs[precision]:
            return (f"'{phrase}' needs the publication {precision}, but the registry gives only "
                    f"{published}")
        return None

    def shift_month(year: int, month: int, delta: int) -> str:
        index = year * 12 + (month - 1) + delta
        return f"{index // 12:04d}-{index % 12 + 1:02d}"

    year = int(parts[0])
    if wording in {"last year", "this year", "next year"}:
        return str(year + {"last": -1, "this": 0, "next": 1}[wording.split()[0]]), ""
    if wording in {"last month", "this month", "next month"}:
        if (why := need("month")) is not None:
            return None, why
        return shift_month(year, int(parts[1]),
                           {"last": -1, "this": 0, "next": 1}[wording.split()[0]]), ""
    if wording in SAME_DAY or wording in ("yesterday", "tomorrow"):
        if (why := need("day")) is not None:
            return None, why
        day = dt.date.fromisoformat(published)
        step = {"yesterday": -1, "tomorrow": 1}.get(wording, 0)
        return (day + dt.timedelta(days=step)).isoformat(), ""
    middle = week_middle(wording)
    if middle is not None:  # "the middle of next week": that week's Wednesday, about
        if (why := need("day")) is not None:
            return None, why
        day = dt.date.fromisoformat(published)
        monday = day - dt.timedelta(days=day.weekday()) + dt.timedelta(weeks=middle)
        return (monday + dt.timedelta(days=2)).isoformat(), ""
    ago = _AGO.match(wording)
    if ago is not None:
        return _ago(phrase, published, ago.group(1), ago.group(2))
    week_of = _WEEK_OF.match(wording)
    if week_of is not None:  # "the last week of December": the month, early or late
        wording = week_of.group(1)
    this_month = _THIS_MONTH.match(wording)
    if this_month is not None:  # "this June": the month of the publication's own year
        return f"{year:04d}-{MONTHS[this_month.group(1).rstrip('.')]:02d}", ""
    strictly_before = wording.startswith("last ")
    bare = wording.removeprefix("last ")
    if not strictly_before and points(phrase) and way is None:
        # Unsure which way it points: that matters only when the two readings differ
        # (a dateline's own day is the same day both ways).
        looking_back = _relative_date(phrase, published, "back")
        if looking_back[0] is not None and looking_back == _relative_date(
                phrase, published, "forward"):
            return looking_back
        return None, (f"the clause does not say whether '{phrase}' is before or after "
                      f"publication")
    forward = way == "forward" and not strictly_before
    if bare in WEEKDAYS:
        if (why := need("day")) is not None:
            return None, why
        day = dt.date.fromisoformat(published)
        if forward:
            return (day + dt.timedelta(days=(WEEKDAYS.index(bare) - day.weekday()) % 7)
                    ).isoformat(), ""
        back = (day.weekday() - WEEKDAYS.index(bare)) % 7
        if back == 0 and strictly_before:
            back = 7
        return (day - dt.timedelta(days=back)).isoformat(), ""
    span = _IN_SPAN.match(wording)
    if span is not None:
        return _in_span(phrase, published, span.group(1), span.group(2), forward)
    if wording in HOLIDAYS:
        if (why := need("day")) is not None:
            return None, why
        return _nearest(phrase, dt.date.fromisoformat(published), HOLIDAYS[wording], forward)
    mentions = dates_in(phrase if phrase[:1].isupper() else phrase.title())
    if len(mentions) == 1 and mentions[0].year is None and mentions[0].month is not None:
        mention, month = mentions[0], mentions[0].month
        if mention.day is None:
            if (why := need("month")) is not None:
                return None, why
            if forward:
                return f"{year if month >= int(parts[1]) else year + 1:04d}-{month:02d}", ""
            return f"{year if month <= int(parts[1]) else year - 1:04d}-{month:02d}", ""
        if (why := need("day")) is not None:
            return None, why
        return _nearest(phrase, dt.date.fromisoformat(published), (month, mention.day), forward)
    return None, f"cannot read '{phrase}' as a relative date; supported: {RELATIVE_HELP}"


_AGO = re.compile(r"^(\d{1,3}|[a-z-]+)\s+(day|week|month|year)s?\s+ago$")
_MONTH_WORDS = "|".join(sorted((re.escape(m) for m in MONTHS), key=len, reverse=True))
_THIS_MONTH = re.compile(rf"^this\s+({_MONTH_WORDS})\.?$")
_WEEK_OF = re.compile(rf"^the\s+(?:first|last)\s+week\s+of\s+((?:{_MONTH_WORDS})\.?)$")
# The qualifier a wording carries in itself: "the last week of December" is late December.
WORDING_QUALIFIERS = {"the first week of": "early", "the last week of": "late"}


def _ago(phrase: str, published: str, count_word: str, unit: str) -> tuple[str | None, str]:
    """"two weeks ago": the publication date moved back, at the unit's precision."""
    import datetime as dt

    count = int(count_word) if count_word.isdigit() else _COUNT_WORDS.get(count_word)
    if count is None:
        return None, f"cannot read '{count_word}' as a number of {_SPAN_UNITS[unit]}"
    parts = [int(p) for p in published.split("-")]
    if unit == "year":
        return f"{parts[0] - count:04d}", ""
    if unit == "month":
        if len(parts) < 2:
            return None, (f"'{phrase}' needs the publication month, but the registry gives "
                          f"only {published}")
        index = parts[0] * 12 + parts[1] - 1 - count
        return f"{index // 12:04d}-{index % 12 + 1:02d}", ""
    if len(parts) < 3:
        return None, (f"'{phrase}' needs the publication day, but the registry gives only "
                      f"{published}")
    days = count * (7 if unit == "week" else 1)
    return (dt.date.fromisoformat(published) - dt.timedelta(days=days)).isoformat(), ""


def _holiday_day(rule: tuple[int, int] | tuple[int, int, int], year: int) -> date_type | None:
    """The day of a holiday in ``year``: (month, day), or (month, weekday, nth) with a
    negative nth counted from the month's end (Thanksgiving, Memorial Day)."""
    import datetime as dt

    if len(rule) == 2:
        try:
            return dt.date(year, rule[0], rule[1])
        except ValueError:
            return None  # 29 February in a common year
    month, weekday, nth = rule
    first = dt.date(year, month, 1)
    if nth > 0:
        return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))
    last = (dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1))
    return last - dt.timedelta(days=(last.weekday() - weekday) % 7 + 7 * (-nth - 1))


def _nearest(phrase: str, day: date_type, rule: tuple[int, int] | tuple[int, int, int],
             forward: bool) -> tuple[str | None, str]:
    """The nearest day that ``rule`` names, on or after ``day`` (forward) or on or before."""
    years = (day.year, day.year + 1) if forward else (day.year, day.year - 1)
    for year in years:
        candidate = _holiday_day(rule, year)
        if candidate is not None and (candidate >= day if forward else candidate <= day):
            return candidate.isoformat(), ""
    if len(rule) == 2 and rule == (2, 29):
        return None, f"'{phrase}' is 29 February, which the next or last year does not have"
    return None, f"'{phrase}' is not a calendar day"


def _in_span(phrase: str, published: str, count_word: str, unit: str,
             forward: bool) -> tuple[str | None, str]:
    """"in two years" to come: the publication date moved on, at the unit's precision."""
    import datetime as dt

    if not forward:
        return None, (f"'{phrase}' in a clause gone by counts back over a span ('the first "
                      f"rise in two years'), not to a date")
    count = int(count_word) if count_word.isdigit() else _COUNT_WORDS.get(count_word)
    if count is None:
        return None, f"cannot read '{count_word}' as a number of {_SPAN_UNITS[unit]}"
    parts = [int(p) for p in published.split("-")]
    if unit == "year":
        return f"{parts[0] + count:04d}", ""
    if unit == "month":
        if len(parts) < 2:
            return None, f"'{phrase}' needs the publication month, but the registry gives " \
                         f"only {published}"
        index = parts[0] * 12 + parts[1] - 1 + count
        return f"{index // 12:04d}-{index % 12 + 1:02d}", ""
    if len(parts) < 3:
        return None, f"'{phrase}' needs the publication day, but the registry gives only " \
                     f"{published}"
    days = count * (7 if unit == "week" else 1)
    return (dt.date.fromisoformat(published) + dt.timedelta(days=days)).isoformat(), ""


_SPAN_UNITS = {"day": "days", "week": "weeks", "month": "months", "year": "years"}
_COUNT_WORDS = {"one": 1, "a": 1, "an": 1, "two": 2, "three": 3, "four": 4, "five": 5,
                "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
                "twelve": 12, "eighteen": 18, "twenty-four": 24}
_WITHIN = re.compile(r"^(?:within|in the next)\s+(?:the\s+next\s+)?(\d{1,3}|[a-z-]+)\s+"
                     r"(day|week|month|year)s?$")


def relative_interval(phrase: str, published: str) -> tuple[tuple[str, str] | None, str]:
    """"within two years" from a publication date: ((start, end), "") or (None, why).

    The interval starts at the publication date and ends the same number of units later,
    at the publication date's precision (a year-only date gives whole years).
    """
    import datetime as dt

    words = normalise(phrase).lower().split()
    if len(words) == 4 and words[0] in ("in", "within") and words[1:3] == ["the", "next"]:
        words.insert(3, "one")  # "in the next month": one month
    wording = " ".join(words)
    match = _WITHIN.match(wording)
    if match is None:
        return None, f"cannot read '{phrase}' as an interval; supported: within <n> days, " \
                     "weeks, months or years"
    count_word, unit = match.groups()
    count = int(count_word) if count_word.isdigit() else _COUNT_WORDS.get(count_word)
    if count is None:
        return None, f"cannot read '{count_word}' as a number of {_SPAN_UNITS[unit]}"
    parts = [int(p) for p in published.split("-")]
    needs = {"day": 3, "week": 3, "month": 2, "year": 1}[unit]
    if len(parts) < needs:
        return None, (f"'{phrase}' needs the publication {unit if unit != 'week' else 'day'}, "
                      f"but the registry gives only {published}")
    try:
        if unit in ("day", "week"):
            day = dt.date.fromisoformat(published)
            end = day + dt.timedelta(days=count * (7 if unit == "week" else 1))
            return (published, end.isoformat()), ""
        months = count * (12 if unit == "year" else 1)
        if len(parts) == 1:
            return (published, f"{parts[0] + count:04d}"), ""
        index = parts[0] * 12 + parts[1] - 1 + months
        year, month = index // 12, index % 12 + 1
        if len(parts) == 2:
            return (published, f"{year:04d}-{month:02d}"), ""
        last = (dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)).day
        return (published, f"{year:04d}-{month:02d}-{min(parts[2], last):02d}"), ""
    except (OverflowError, ValueError):
        return None, f"'{phrase}' from {published} falls outside the calendar"


# Words that change what a relative wording means when they stand right before it:
# "next Tuesday", "the day before yesterday", "until March", "by September 12".
_SHIFTING_WORDS = {"next", "last", "this", "coming", "following", "previous", "past", "every",
                   "each", "before", "after", "until", "till", "since", "by", "from", "through",
                   "the", "that"}
_YEAR_OR_SHIFT_AFTER = re.compile(
    r",?\s+(?:(?:of\s+)?\d{4}(?!\d)|(?:next|last|this|of next|of last|of that|of the)\s+"
    r"(?:year|month|week)|(?:\w+\s+){0,2}(?:ago|later)\b"
    r"|(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"\s+\d)", re.IGNORECASE)
def relative_context(quote: str, phrase: str) -> str | None:
    """Why ``phrase`` cannot be read on its own where it stands in ``quote``, or None.

    "Tuesday" in "next Tuesday", "yesterday" in "the day before yesterday" and "March" in
    "March 2015" mean something else than the wording alone; the checker refuses them
    rather than derive a wrong date.
    """
    needle = normalise(phrase)
    pattern = (r"(?<!\w)" if needle[:1].isalnum() else "") + re.escape(needle) + (
        r"(?!\w)" if needle[-1:].isalnum() else "")
    reasons = []
    for match in re.finditer(pattern, quote):
        before = re.findall(r"[\w']+", quote[max(0, match.start() - 30):match.start()].lower())
        if before and before[-1] in _SHIFTING_WORDS:
            reasons.append(f"'{before[-1]} {needle}' is not '{needle}'")
            continue
        after = _YEAR_OR_SHIFT_AFTER.match(quote, match.end())
        if after:
            reasons.append(f"the quote goes on '{needle}{after.group(0)}'")
            continue
        clause = re.split(r"[.;!?]", quote[:match.start()])[-1]
        if needle.lower() == "today" and match.group(0)[:1].isupper() and clause.strip():
            reasons.append("'Today' in the middle of a sentence is a name")
            continue
        return None
    return reasons[0] if reasons else None
