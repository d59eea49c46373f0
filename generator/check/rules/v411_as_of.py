"""A reading's ``as_of:`` day and ``as_of_time:`` hour are ones its article gives for it.

Why: ``as_of:`` and ``as_of_time:`` put a reading at its day and hour, and two readings at
times that cannot overlap are a change over time, not a disagreement (rule C501 is
silent and the site says "a reading at another time is a change"). So an editor's guess
must not silence a real disagreement: the time must be one the article gives.

The day (``as_of:``) is the article's own date (its publication day, or the day of the
update the text is, for a claim that holds as the article is written), or a day the
quote's paragraph names: a date ("September 15, 2018" under an embedded tweet), or a
weekday ("at 11 p.m. Saturday") within a week of the article's date. A month or year
``as_of:`` is met by the article's date within it or by the paragraph's month or year.

The hour (``as_of_time:``) is a time of the quote or its paragraph ("By 11 p.m., the
storm's center was moving ... at 5 mph"; "It was moving at a paltry 5 mph." after "At 2
a.m. EST Saturday, the center of the storm was ..."), read as the date rules read times
(a.m. or p.m. needed). A time the article hedges ("about 11 p.m.") or a part of the day
("by midmorning Saturday", the words in ``generator/reading/data/day_parts.json``) is
written with a trailing ``~``; a time stated plainly without one. With no time there,
leave ``as_of_time:`` out: the reading then holds for its ``as_of:`` day.

Passing::

    quote: "By 11 p.m., the storm's center was moving west-southwest at 5 mph"
    as_of: "2018-09-14"                  # the article's date
    as_of_time: "23:00"

Failing::

    quote: "By 11 p.m., the storm's center was moving west-southwest at 5 mph"
    as_of: "2018-09-13"
    as_of_time: "22:00"
    # error[V411] as_of 2018-09-13 is neither the article's date (2018-09-14) nor a day
    #   the quote's paragraph names
    # error[V411] as_of_time 22:00 is not a time the quote's paragraph gives (it gives 23:00)
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from functools import cache
from pathlib import Path

from generator.base.report import Problem
from generator.check.context import Context
from generator.check.reporter import Reporter
from generator.model import Fact, Source
from generator.model.chronology import as_of_span
from generator.model.edtf import bounds_of
from generator.model.validate import Entry
from generator.reading import dates_in, find_whole, normalise
from generator.reading.times import times_in

ID = "V411"
NAME = "as-of"
STAGE = "verify"
report = Reporter(ID)


@cache
def day_parts() -> dict[str, str]:
    """Words for a part of the day, with the hour each is read as."""
    path = Path(__file__).parents[2] / "reading" / "data" / "day_parts.json"
    data = json.loads(path.read_text("utf-8"))
    return {word: hour for word, hour in data.items() if not word.startswith("_")}


def paragraph(context: Context, fact: Fact) -> str | None:
    """The article's paragraph that holds the quote (its first occurrence)."""
    text = context.lined_text(fact)
    starts = context.occurrences(fact)
    if text is None or not starts:
        return None
    start = text.rfind("\n", 0, starts[0]) + 1
    end = text.find("\n", starts[0] + len(context.quote(fact)))
    return text[start:end if end >= 0 else len(text)]


def times_given(text: str) -> list[str]:
    """The times ``text`` gives, as an ``as_of_time:`` writes them ("23:00", "10:00~")."""
    plain = normalise(text)
    found = [f"{m.time}{'~' if m.approximate else ''}" for m in times_in(plain)]
    lowered = plain.lower()
    found += [f"{hour}~" for word, hour in day_parts().items() if find_whole(lowered, word)]
    return sorted(set(found))


_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def article_days(source: Source | None) -> tuple[dt.date | None, dt.date | None] | None:
    """The first and last day the article's text may date from (its publication day, to
    its update's), None when its date is not known."""
    if source is None:
        return None
    published = source.published
    start = published.date or published.not_before
    if start is None:
        return None
    end = source.updated.date if source.updated is not None else published.date
    return bounds_of(start).earliest, bounds_of(end).latest if end else None


def _overlaps(first: dt.date, last: dt.date, days: tuple[dt.date | None, dt.date | None]
              ) -> bool:
    return (days[0] is None or last >= days[0]) and (days[1] is None or first <= days[1])


def paragraph_names(text: str, first: dt.date, last: dt.date,
                    days: tuple[dt.date | None, dt.date | None] | None) -> bool:
    """True when ``text`` names the span first..last: a date at its precision, or for one
    day its weekday, within a week of the article's date."""
    plain = normalise(text)
    for mention in dates_in(plain):
        if mention.year not in (None, first.year) or (mention.year is None and first != last):
            continue
        if first == last and (mention.month, mention.day) == (first.month, first.day):
            return True
        one_month = first.replace(day=1) == last.replace(day=1)
        if one_month and first != last and mention.month == first.month and mention.day is None:
            return True
        if first.year == last.year and first.month == 1 and (last.month, last.day) == (12, 31) \
                and mention.month is None and mention.year == first.year:
            return True
    if first != last:
        return False
    week = days is None or _overlaps(first - dt.timedelta(days=7),
                                     first + dt.timedelta(days=7), days)
    words = {word.strip(".,;:!?'’s").lower() for word in plain.split()}
    return week and _WEEKDAYS[first.weekday()] in words


def _day_problem(context: Context, fact: Fact, text: str | None) -> str | None:
    """Why ``as_of:`` is not a day the article gives for the reading, or None."""
    assert fact.as_of is not None
    span = as_of_span(fact.as_of)
    if span.year_unknown or span.earliest is None or span.latest is None:
        return None  # C501 cannot place it, so it silences nothing
    entry = context.sources.get(fact.source)
    days = article_days(entry.model if entry is not None else None)
    if days is not None and _overlaps(span.earliest, span.latest, days):
        return None
    if text is not None and paragraph_names(text, span.earliest, span.latest, days):
        return None
    if days is None:
        return f"as_of {fact.as_of} is not a day the quote's paragraph names, and the " \
               "article's date is not known"
    first, last = (day.isoformat() if day else "" for day in days)
    shown = first if first == last else f"{first or 'earlier'} to {last or 'later'}"
    return f"as_of {fact.as_of} is neither the article's date ({shown}) nor a day the " \
           "quote's paragraph names"


def check(context: Context) -> Iterator[Problem]:
    for entry in context.validated.facts:
        fact = entry.model
        if fact.as_of is None:
            continue
        text = paragraph(context, fact)
        if text is None and not context.occurrences(fact):
            continue  # the quote is not found: Q301 says so
        day = _day_problem(context, fact, text)
        if day is not None:
            yield report(entry.at("as_of"), day, "set as_of: to the day the article gives "
                         "for this reading (its own date, or a day its paragraph names), or "
                         "remove 'as_of:' and 'as_of_time:' (the reading is then compared "
                         "with every other)", fact.id)
        if fact.as_of_time is None or text is None:
            continue
        yield from _time_problems(entry, fact, text)


def _time_problems(entry: Entry[Fact], fact: Fact, text: str) -> Iterator[Problem]:
    assert fact.as_of_time is not None
    given = times_given(text)
    if fact.as_of_time in given:
        return
    where = entry.at("as_of_time")
    if not given:
        yield report(where, f"as_of_time {fact.as_of_time} is not a time the quote's "
                     "paragraph gives: it gives no time of day", "remove 'as_of_time:' "
                     "(the reading then holds for its as_of: day), or quote the passage "
                     "that times it", fact.id)
        return
    shown = ", ".join(given)
    same_hour = [t for t in given if t.rstrip("~") == fact.as_of_time.rstrip("~")]
    hint = (f"set as_of_time: \"{same_hour[0]}\" ('~' where the article hedges the "
            "time or names a part of the day)" if same_hour else
            f"if the reading is the one at {given[0]}, set as_of_time: \"{given[0]}\"; "
            "otherwise remove 'as_of_time:'" if len(given) == 1 else
            f"set as_of_time: to the time the article gives for this reading ({shown}), "
            "or remove it")
    yield report(where, f"as_of_time {fact.as_of_time} is not a time the quote's "
                 f"paragraph gives (it gives {shown})", hint, fact.id)
