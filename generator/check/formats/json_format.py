"""A machine-readable list of problems."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from generator.base.report import Problem, Report


def _row(p: Problem) -> dict[str, Any]:
    return {
        "path": p.position.path, "line": p.position.line, "col": p.position.col,
        "severity": str(p.severity), "code": p.code, "message": p.message, "hint": p.hint,
        "fact": p.fact_id,
    }


def chunks(report: Report) -> Iterator[str]:
    """``json.dumps`` of the rows with ``indent=2``, a row at a time: the same text.

    Each row is dumped on its own and indented one level more; a JSON string never holds
    a raw line break, so every line break is the indentation's.
    """
    first = True
    for problem in report:
        row = json.dumps(_row(problem), indent=2, ensure_ascii=False)
        yield ("[\n  " if first else ",\n  ") + row.replace("\n", "\n  ")
        first = False
    yield "[]\n" if first else "\n]\n"


def render(report: Report) -> str:
    return "".join(chunks(report))
