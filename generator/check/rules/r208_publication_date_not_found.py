"""A publication date that ``add`` could not read is looked for by an editor.

Why: dates are never guessed. When htmldate finds no date in a page's metadata or
markup (or the article came as plain text), ``add`` writes ``basis: not-found``, and the
entry may not pass until a person has read the page and said what it gives: a date it
states, or that it states none. Relative dates ("on Tuesday") are worked out from the
publication date, so an unread one would silently break them.

Passing::

    published: {basis: stated, date: "2024-05-04", reasoning: "The dateline says 4 May 2024."}
    published: {basis: unknown, reasoning: "The page gives no date anywhere."}

Failing::

    published: {basis: not-found, reasoning: "htmldate found no publication date"}
"""

from __future__ import annotations

from collections.abc import Iterator

from generator.base.report import Problem
from generator.check.context import Context
from generator.check.reporter import Reporter

ID = "R208"
NAME = "publication-date-not-found"
STAGE = "verify"
report = Reporter(ID)


def check(context: Context) -> Iterator[Problem]:
    for entry in context.validated.sources:
        if entry.model.published.basis != "not-found":
            continue
        original = entry.model.origin.file if entry.model.origin else None
        where = (f"facts/originals/{original}" if original
                 else f"the article {entry.model.file}")
        yield report(entry.at("published", "basis"),
                     f"no publication date was read for {entry.model.file}, and nobody has "
                     "looked for it yet",
                     f"look for it in {where} (dateline, byline, the page's footer) and "
                     "write 'basis: stated' with 'date: YYYY-MM-DD' (or YYYY-MM) and where "
                     "you read it as 'reasoning:'; if the page gives none, write "
                     "'basis: unknown' with your reasoning")
