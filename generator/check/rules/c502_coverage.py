"""Warn about a registered article that no fact cites.

Why: an article in the registry that supports nothing is either unfinished work or
should not be there. This is a warning.

Passing: every registered article is the source of at least one fact.

Failing::

    sources:
      - file: 005_unused.txt     # no fact has source: 005_unused.txt
    # warning[C502] no fact cites 005_unused.txt
"""

from __future__ import annotations

from collections.abc import Iterator

from generator.base.report import Problem, Severity
from generator.check.context import Context
from generator.check.reporter import Reporter

ID = "C502"
NAME = "coverage"
STAGE = "verify"
SEVERITY = Severity.WARNING
report = Reporter(ID, SEVERITY)


def uncited(context: Context) -> list[str]:
    cited = {entry.model.source for entry in context.validated.facts}
    return [name for name in context.sources if name not in cited]


def check(context: Context) -> Iterator[Problem]:
    for name in uncited(context):
        yield report(context.sources[name].at("file"), f"no fact cites {name}",
                     "add facts from it, or remove it from the registry")
