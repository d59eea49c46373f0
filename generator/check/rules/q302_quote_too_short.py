"""A quote is long enough to anchor: at least four words.

Why: "400 kilometers" occurs in many articles and proves nothing about which sentence
states the fact. Four words pin a passage down.

Passing::

    quote: "at a distance of 400 kilometers"

Failing::

    quote: "400 kilometers"
    # error[Q302] the quote has 2 words; at least 4 are needed to anchor it
"""

from __future__ import annotations

from collections.abc import Iterator

from generator.base.report import Problem
from generator.check.context import Context
from generator.check.reporter import Reporter
from generator.reading import word_count

ID = "Q302"
NAME = "quote-too-short"
STAGE = "verify"
MIN_WORDS = 4
report = Reporter(ID)


def check(context: Context) -> Iterator[Problem]:
    for entry in context.validated.facts:
        words = word_count(context.quote(entry.model), enough=MIN_WORDS)
        if words < MIN_WORDS:
            yield report(entry.at("quote"),
                         f"the quote has {words} word{'s' if words != 1 else ''}; at least "
                         f"{MIN_WORDS} are needed to anchor it",
                         "quote more of the sentence around the figure", entry.model.id)
