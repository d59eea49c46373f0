"""A machine-readable list of problems."""

from __future__ import annotations

import json

from generator.report import Report


def render(report: Report) -> str:
    rows = [
        {
            "path": p.position.path, "line": p.position.line, "col": p.position.col,
            "severity": str(p.severity), "code": p.code, "message": p.message, "hint": p.hint,
            "fact": p.fact_id,
        }
        for p in report
    ]
    return json.dumps(rows, indent=2, ensure_ascii=False) + "\n"
