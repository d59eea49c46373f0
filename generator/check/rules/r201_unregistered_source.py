"""A fact's source names an article in the registry.

Why: a fact whose source is not registered has no evidence. A name that matches only when
case or Unicode form is ignored is refused too, with the exact name to use.

Passing::

    source: 002_23fc4c3bdc32fffa.txt

Failing::

    source: 002_23FC4C3BDC32FFFA.txt
    # error[R201] source '002_23FC4C3BDC32FFFA.txt' is not in the registry;
    #   did you mean '002_23fc4c3bdc32fffa.txt'?
"""

from __future__ import annotations

import difflib
from collections.abc import Iterator

from generator.base.report import Problem
from generator.check.context import Context
from generator.check.reporter import Reporter

ID = "R201"
NAME = "unregistered-source"
STAGE = "verify"
report = Reporter(ID)


def check(context: Context) -> Iterator[Problem]:
    registered = [name for name in context.sources if not context.folder.unsafe_reason(name)]
    for entry in context.validated.facts:
        name = entry.model.source
        if name in context.sources or context.folder.unsafe_reason(name):
            continue
        if name in context.validated.invalid_sources:
            yield report(entry.at("source"), f"source '{name}' has a registry entry with errors",
                         f"fix the entry for {name} in sources.yml first", entry.model.id)
            continue
        close = context.folder.near_match(name) or next(
            iter(difflib.get_close_matches(name, registered, n=1, cutoff=0.5)), None)
        hint = f"did you mean '{close}'?" if close else "register the article in sources.yml first"
        yield report(entry.at("source"),
                      f"source '{name}' is not in the registry", hint, entry.model.id)
