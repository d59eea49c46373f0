"""SARIF 2.1.0, so the problems can go to code scanning.

Rule metadata comes from the rule modules' docstrings (the same text as the site's
*Checker rules* page); each result carries its file, line and column. Columns count
characters (``unicodeCodePoints``), as the other formats do. Nothing in the log depends
on the time or the machine, so the same report gives the same bytes.
"""

from __future__ import annotations

import json
from typing import Any

from generator import __version__
from generator.base.report import Report

SARIF_SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"


def _rule(rule: Any) -> dict[str, Any]:
    doc = (rule.__doc__ or "").strip()
    summary, _, body = doc.partition("\n")
    return {
        "id": rule.ID,
        "name": rule.NAME,
        "shortDescription": {"text": summary.strip()},
        "fullDescription": {"text": doc},
        "help": {"text": body.strip() or summary.strip()},
        "properties": {"stage": rule.STAGE},
    }


def log(report: Report) -> dict[str, Any]:
    """The SARIF log as plain data."""
    from generator.check.rules import DOCUMENTED_RULES

    rules = sorted(DOCUMENTED_RULES, key=lambda rule: rule.ID)
    index = {rule.ID: position for position, rule in enumerate(rules)}
    results = []
    for problem in report:
        where = problem.position
        result: dict[str, Any] = {
            "ruleId": problem.code,
            "level": "error" if problem.severity == "error" else "warning",
            "message": {"text": problem.text},
            "locations": [{"physicalLocation": {
                "artifactLocation": {"uri": where.path, "uriBaseId": "%SRCROOT%"},
                "region": {"startLine": max(where.line, 1), "startColumn": max(where.col, 1)},
            }}],
        }
        if problem.code in index:
            result["ruleIndex"] = index[problem.code]
        if problem.fact_id:
            result["properties"] = {"fact": problem.fact_id}
        results.append(result)
    return {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "factsheet-generator",
                "version": __version__,
                "rules": [_rule(rule) for rule in rules],
            }},
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    }


def render(report: Report) -> str:
    return json.dumps(log(report), indent=2, ensure_ascii=False, sort_keys=True) + "\n"
