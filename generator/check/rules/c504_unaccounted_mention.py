"""Warn about a figure or date in an article that no fact curates and no one dismissed.

Why: the fact sheet should account for every figure and date its articles state. Each is
curated (it stands in the quote of a checked fact) or dismissed in the registry with a
reason, by ``passage:``, ``sentence:`` or ``pattern:`` (words with ``{number}``); dates
relative to the article's day ("on Friday") count too. ``python -m generator uncovered``
lists the rest by sentence, and ``--skeleton`` drafts their dismissals. A dismissal whose
words are not in the article, or take in no figure or date, is reported too. These are warnings; an
article that no fact cites at all gets C502's one warning instead.

Passing::

    sources:
      - file: 000_reuters.txt
        dismissed:
          - passage: "Russia May 9, 2018."
            reason: "photo caption of another event"

Failing::

    sources:
      - file: 000_reuters.txt      # no fact quotes "May 9, 2018" and nothing dismisses it
    # warning[C504] 000_reuters.txt:8: the date "May 9, 2018" is neither curated nor dismissed
"""

from __future__ import annotations

from collections.abc import Iterator

from generator.base.report import Position, Problem, Severity
from generator.check.context import Context
from generator.check.coverage import coverage
from generator.check.reporter import Reporter, shorten
from generator.check.rules import c502_coverage

ID = "C504"
NAME = "unaccounted-mention"
STAGE = "verify"
SEVERITY = Severity.WARNING
report = Reporter(ID, SEVERITY)


def check(context: Context) -> Iterator[Problem]:
    found = coverage(context)
    folder = context.folder.display
    uncited = set(c502_coverage.uncited(context))
    for mention in found.mentions:
        if mention.status != "unaccounted" or mention.source in uncited:
            continue
        yield report(Position(f"{folder}/{mention.source}", mention.line, mention.col),
                     f'the {mention.kind} "{mention.written}" is neither curated nor dismissed '
                     f"({shorten(mention.sentence, 80)})",
                     "add a fact that quotes it, or dismiss it under the source's "
                     "'dismissed:' in facts/sources.yml with a reason (python -m generator "
                     "uncovered --skeleton drafts the entries)")
    for name, index, why in found.stale:
        entry = context.sources.get(name)
        if entry is not None:
            key = entry.model.dismissed[index].key
            yield report(entry.at("dismissed", index, key),
                         f"the dismissal of {name} is stale: {why}",
                         f"copy the {key} verbatim from the article, or remove the dismissal")
