"""Warn when a quote occurs more than once in its article.

Why: the evidence page highlights the first occurrence; a longer quote points at the one
the editor meant. This is a warning, not an error.

Passing: a quote that occurs once.

Failing::

    quote: "Kremlin presses on with Turkey missile contract"   # headline, printed twice
    # warning[Q303] the quote occurs 2 times in 000_4400e936463cdc0a.txt (lines 3, 7)
"""

from __future__ import annotations

from collections.abc import Iterator

from generator.base.report import Problem, Severity
from generator.check.context import MAX_OCCURRENCES, Context
from generator.check.reporter import Reporter

ID = "Q303"
NAME = "quote-repeated"
STAGE = "verify"
SEVERITY = Severity.WARNING
report = Reporter(ID, SEVERITY)
LISTED_LINES = 10  # a quote found everywhere lists the first few lines, not thousands


def check(context: Context) -> Iterator[Problem]:
    for entry in context.validated.facts:
        starts = context.occurrences(entry.model)
        if len(starts) > 1:
            view = context.article_for(entry.model)
            assert view is not None
            lines = ", ".join(str(view.line_of(view.mapped.offsets[s]))
                              for s in starts[:LISTED_LINES])
            more = ", …" if len(starts) > LISTED_LINES else ""
            times = (f"at least {len(starts)}" if len(starts) >= MAX_OCCURRENCES
                     else str(len(starts)))
            yield report(entry.at("quote"),
                         f"the quote occurs {times} times in {entry.model.source} "
                         f"(lines {lines}{more})",
                         "lengthen it so it points at one passage; the first is highlighted",
                         entry.model.id)
