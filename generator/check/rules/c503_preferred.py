"""At most one value per subject and property is preferred.

Why: ``preferred:`` ranks one value above the others that conflict with it; two
preferred values say nothing.

Passing::

    preferred: "TASS quotes the manufacturer's figure; Press TV converts 250 miles"

Failing: two facts on S-400 / range that both carry ``preferred:``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from generator.base.report import Position, Problem
from generator.check.context import Context
from generator.check.reporter import Reporter

ID = "C503"
NAME = "preferred"
STAGE = "verify"
report = Reporter(ID)


def check(context: Context) -> Iterator[Problem]:
    preferred: dict[tuple[str, str], list[tuple[str, Position]]] = defaultdict(list)
    for entry in context.validated.facts:
        if entry.model.preferred:
            preferred[(entry.model.subject, entry.model.property)].append(
                (entry.model.id, entry.at("preferred")))
    for (subject, prop), marked in preferred.items():
        for fact_id, position in marked[1:]:
            yield report(position, f"{subject} / {prop} already has a preferred value "
                         f"({marked[0][0]})", "keep 'preferred:' on one fact only", fact_id)
