"""A quote is at most 2,000 characters long (after normalisation).

Why: a quote is the sentence or two that state the fact, and checking it costs time that
grows with its length; a pasted page would keep the check busy and proves nothing more.
A quote over the limit is not searched in its article at all.

Passing::

    quote: "The S-400 can engage targets at a distance of 400 kilometers"

Failing::

    quote: "The S-400 can engage targets … (the whole article, 9,400 characters)"
    # error[Q305] the quote is 9,400 characters long; at most 2,000 are checked
"""

from __future__ import annotations

from collections.abc import Iterator

from generator.base.report import Problem
from generator.check.context import MAX_QUOTE_CHARS, Context
from generator.check.reporter import Reporter

ID = "Q305"
NAME = "quote-too-long"
STAGE = "verify"
report = Reporter(ID)


def check(context: Context) -> Iterator[Problem]:
    for entry in context.validated.facts:
        length = len(context.quote(entry.model))
        if length > MAX_QUOTE_CHARS:
            yield report(entry.at("quote"),
                         f"the quote is {length:,} characters long; at most "
                         f"{MAX_QUOTE_CHARS:,} are checked",
                         "quote only the sentence that states the fact", entry.model.id)
