"""Dates relative to a publication date: "on Tuesday", "last month", "November 12"."""

from __future__ import annotations

import re

from generator.reading.dates import dates_in
from generator.reading.normalise import normalise

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
SAME_DAY = {"today", "earlier in the day", "earlier today", "later in the day", "this morning",
            "this afternoon", "this evening", "tonight"}
RELATIVE_HELP = ("today, earlier in the day, yesterday, (on|last) <weekday>, last/this/next "
                 "month, last/this/next year, <Month> <day> or <day> <Month> without a year, "
                 "in <Month> without a year")


def relative_date(phrase: str, published: str) -> tuple[str | None, str]:
    """Resolve ``phrase`` against an ISO publication date: (ISO date, "") or (None, why)."""
    try:
        return _relative_date(phrase, published)
    except (OverflowError, ValueError):
        return None, f"'{phrase}' from {published} falls outside the calendar"


def _relative_date(phrase: str, published: str) -> tuple[str | None, str]:
    """The arithmetic behind :func:`relative_date`.

    A weekday or a day without a year means the latest such day on or before publication
    ("last <weekday>" means strictly before). Precision follows the wording.
    """
    import datetime as dt

    wording = " ".join(normalise(phrase).lower().split())
    wording = wording.removeprefix("on ").removeprefix("in ")
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
    strictly_before = wording.startswith("last ")
    bare = wording.removeprefix("last ")
    if wording in SAME_DAY or wording == "yesterday" or bare in WEEKDAYS:
        if (why := need("day")) is not None:
            return None, why
        day = dt.date.fromisoformat(published)
        if wording == "yesterday":
            return (day - dt.timedelta(days=1)).isoformat(), ""
        if wording in SAME_DAY:
            return day.isoformat(), ""
        back = (day.weekday() - WEEKDAYS.index(bare)) % 7
        if back == 0 and strictly_before:
            back = 7
        return (day - dt.timedelta(days=back)).isoformat(), ""
    mentions = dates_in(phrase if phrase[:1].isupper() else phrase.title())
    if len(mentions) == 1 and mentions[0].year is None and mentions[0].month is not None:
        mention, month = mentions[0], mentions[0].month
        if mention.day is None:
            if (why := need("month")) is not None:
                return None, why
            back_year = year if month <= int(parts[1]) else year - 1
            return f"{back_year:04d}-{month:02d}", ""
        if (why := need("day")) is not None:
            return None, why
        day = dt.date.fromisoformat(published)
        for candidate_year in (day.year, day.year - 1):
            try:
                candidate = dt.date(candidate_year, month, mention.day)
            except ValueError:
                continue
            if candidate <= day:
                return candidate.isoformat(), ""
        return None, f"'{phrase}' is not a calendar day"
    return None, f"cannot read '{phrase}' as a relative date; supported: {RELATIVE_HELP}"


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

    wording = " ".join(normalise(phrase).lower().split())
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
# The future makes a weekday or a month without a year point forward, not back.
_FUTURE = re.compile(r"\b(?:will|would|shall|expected|due|planned|plans?|scheduled|to be|"
                     r"going to)\b", re.IGNORECASE)


def _points_back(wording: str) -> bool:
    """True for wording resolved backwards from publication: a weekday, a day or month."""
    bare = wording.lower().removeprefix("on ").removeprefix("in ").removeprefix("last ")
    return bare in WEEKDAYS or bool(dates_in(wording if wording[:1].isupper() else wording.title()))


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
        future = _FUTURE.search(clause) if _points_back(needle) else None
        if future is not None:
            reasons.append(f"'{future.group(0)}' makes '{needle}' a date to come")
            continue
        if needle.lower() == "today" and match.group(0)[:1].isupper() and clause.strip():
            reasons.append("'Today' in the middle of a sentence is a name")
            continue
        return None
    return reasons[0] if reasons else None
