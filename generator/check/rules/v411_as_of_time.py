"""A reading's ``as_of_time:`` is a time its article gives for it.

Why: ``as_of_time:`` puts a reading at its hour, and two readings at different hours are
a change over time, not a disagreement (rule C501 is silent and the site says "a reading
at another time is a change"). So the hour must be one the article states for the
reading, in the quote or its paragraph ("By 11 p.m., the storm's center was moving ... at
5 mph"; "It was moving at a paltry 5 mph." after "At 2 a.m. EST Saturday, the center of
the storm was ..."), read as the date rules read times (a.m. or p.m. needed). A time the
article hedges ("about 11 p.m.") or a part of the day ("by midmorning Saturday", the
words in ``generator/reading/data/day_parts.json``) is written with a trailing ``~``; a
time stated plainly is written without one. Otherwise an editor's guess would silence a
real disagreement. With no time in the paragraph, leave ``as_of_time:`` out: the
reading then holds for its ``as_of:`` day.

Passing::

    quote: "By 11 p.m., the storm's center was moving west-southwest at 5 mph"
    as_of: "2018-09-14"
    as_of_time: "23:00"

Failing::

    quote: "By 11 p.m., the storm's center was moving west-southwest at 5 mph"
    as_of: "2018-09-14"
    as_of_time: "22:00"
    # error[V411] as_of_time 22:00 is not a time the quote's paragraph gives (it gives 23:00)
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from functools import cache
from pathlib import Path

from generator.base.report import Problem
from generator.check.context import Context
from generator.check.reporter import Reporter
from generator.model import Fact
from generator.reading import find_whole, normalise
from generator.reading.normalise import normalise_keeping_lines
from generator.reading.times import times_in

ID = "V411"
NAME = "as-of-time"
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
    view = context.article_for(fact)
    starts = context.occurrences(fact)
    if view is None or not starts:
        return None
    text = normalise_keeping_lines(view.article.text)
    if len(text) != len(view.plain):
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


def check(context: Context) -> Iterator[Problem]:
    for entry in context.validated.facts:
        fact = entry.model
        if fact.as_of_time is None:
            continue
        text = paragraph(context, fact)
        if text is None:
            continue  # the quote is not found: Q301 says so
        given = times_given(text)
        if fact.as_of_time in given:
            continue
        where = entry.at("as_of_time")
        if not given:
            yield report(where, f"as_of_time {fact.as_of_time} is not a time the quote's "
                         "paragraph gives: it gives no time of day", "remove 'as_of_time:' "
                         "(the reading then holds for its as_of: day), or quote the passage "
                         "that times it", fact.id)
            continue
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
