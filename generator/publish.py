"""Everything a build publishes from one check: pages, exports and safe titles.

Shared by the MkDocs plugin and ``python -m generator render`` so both publish the same.
"""

from __future__ import annotations

import csv
import html
import io
import json
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from generator.model import Fact, Source, describe
from generator.pipeline import check_project
from generator.render import EXPORT_CSV, EXPORT_JSON, SOURCES_DIR, RenderedPage, render_site
from generator.report import Position, Problem, Severity
from generator.verify import CheckResult


@dataclass(slots=True)
class PageSet:
    result: CheckResult
    pages: list[RenderedPage] = field(default_factory=list)
    assets: dict[str, str] = field(default_factory=dict)
    titles: dict[str, str] = field(default_factory=dict)


def safe_title(title: str) -> str:
    """A title for MkDocs themes, which print titles unescaped (and ``striptags`` them).

    HTML-escape; ``striptags`` unescapes again inside ``<title>``, where only a closing
    ``</`` could break out, so a zero-width space keeps ``<`` and ``/`` apart.
    """
    return html.escape(" ".join(title.split()), quote=True).replace("&lt;/", "&lt;\u200b/")


def build_pageset(root: Path, directory_urls: bool = True) -> PageSet:
    """Check the fact sheet under ``root``; when it passes, render all it publishes."""
    result = check_project(root)
    pageset = PageSet(result)
    site = result.validated.site
    if site is None and result.ok:
        result.report.problems.append(Problem(
            "P601", Severity.ERROR, Position("facts/site.yml"), "the page map is missing",
            "create facts/site.yml with a title and pages"))
    if not result.ok or site is None:
        return pageset
    pageset.pages = render_site(result, site.model, site.path, directory_urls)
    pageset.pages.append(rules_page())
    pageset.titles = {page.path: safe_title(page.title) for page in pageset.pages}
    rows = records(result)
    pageset.assets = {EXPORT_JSON: export_json(rows), EXPORT_CSV: export_csv(rows)}
    return pageset


def rules_page() -> RenderedPage:
    """The rules reference, written from the rule modules' docstrings."""
    from generator.rules import DOCUMENTED_RULES

    parts = ["# Checker rules\n",
             "Every problem is reported as `path:line:col: severity[CODE] message; hint`. "
             "The codes are stable.\n"]
    for rule in sorted(DOCUMENTED_RULES, key=lambda r: r.ID):
        doc = (rule.__doc__ or "").strip()
        summary, _, body = doc.partition("\n")
        parts.append(f"## {rule.ID} {rule.NAME} {{ #{rule.ID.lower()} }}\n")
        parts.append(f"**{summary.strip()}** (enforced while: {rule.STAGE})\n")
        fenced = body.strip().replace("::\n", ":\n\n```yaml")
        parts.append(fenced.replace("\n\n```yaml\n\n", "\n\n```yaml\n") + "\n")
    markdown = "\n".join(_close_fences(part) for part in parts)
    return RenderedPage("rules.md", markdown, "generator/rules/__init__.py", "Checker rules")


def _close_fences(text: str) -> str:
    """Turn reStructuredText literal blocks (``::`` + indented) into fenced Markdown."""
    if "```yaml" not in text:
        return text
    out: list[str] = []
    in_block = False
    for line in text.split("\n"):
        if line.startswith("```yaml"):
            in_block = True
            out.append(line)
            continue
        if in_block and line and not line.startswith("    "):
            out.append("```")
            in_block = False
        out.append(line[4:] if in_block and line.startswith("    ") else line)
    if in_block:
        out.append("```")
    return "\n".join(out)


def _json_value(value: Any) -> Any:
    if isinstance(value, Decimal):
        return float(value) if value != value.to_integral_value() else int(value)
    return value


def fact_record(fact: Fact, source: Source | None, result: CheckResult, conflicts: list[str],
                file: str, line: int) -> dict[str, Any]:
    value = {k: _json_value(v) for k, v in fact.value.model_dump().items() if v is not None}
    return {
        "id": fact.id,
        "subject": fact.subject,
        "property": fact.property,
        "value": value,
        "display": describe(fact.value),
        "quote": fact.quote,
        "event": fact.event,
        "note": fact.note,
        "preferred": fact.preferred,
        "source": {
            "file": fact.source,
            "publisher": source.publisher if source else None,
            "title": source.title if source else None,
            "published": source.published.model_dump(exclude_none=True) if source else None,
            "url": source.url if source else None,
            "evidence": f"{SOURCES_DIR}/{source.slug}/#q-{fact.id}" if source else None,
        },
        "check": "failed" if fact.id in result.failed_facts else "passed",
        "conflicts_with": [other for other in conflicts if other != fact.id],
        "defined_at": f"{file}:{line}",
    }


def records(result: CheckResult) -> list[dict[str, Any]]:
    """Every fact as plain data, for the exports."""
    sources = {entry.model.file: entry.model for entry in result.validated.sources}
    groups = {fact_id: group for group in result.conflicts for fact_id in group}
    return [fact_record(e.model, sources.get(e.model.source), result, groups.get(e.model.id, []),
                        e.path, e.at("id").line) for e in result.validated.facts]


def export_json(rows: list[dict[str, Any]]) -> str:
    return json.dumps({"facts": rows}, indent=2, ensure_ascii=False) + "\n"


def _csv_cell(value: Any) -> str:
    """Plain text for a spreadsheet; a leading = + - @ cannot start a formula."""
    text = "" if value is None else str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def export_csv(rows: list[dict[str, Any]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["id", "subject", "property", "display", "value_json", "quote", "source",
                     "publisher", "evidence", "check", "conflicts_with"])
    for record in rows:
        writer.writerow([_csv_cell(v) for v in (
            record["id"], record["subject"], record["property"], record["display"],
            json.dumps(record["value"], ensure_ascii=False), record["quote"],
            record["source"]["file"], record["source"]["publisher"], record["source"]["evidence"],
            record["check"], " ".join(record["conflicts_with"]))])
    return buffer.getvalue()
