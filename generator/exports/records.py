"""Every fact as plain data, with what qualifies it: stance, date basis, notes, conflicts."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from generator.check.verify import CheckResult
from generator.model import DateValue, Fact, Source, precision_of
from generator.model.describe import describe
from generator.reading.references import ExportedFact, export_free_text

SOURCES_DIR = "sources"


def _json_value(value: Any) -> Any:
    if isinstance(value, Decimal):
        return float(value) if value != value.to_integral_value() else int(value)
    return value


def date_basis(fact: Fact, source: Source | None) -> dict[str, Any] | None:
    """How the date is known: stated by the quote, or derived from its wording and the
    publication date (whose own basis is stated, catalogue or inferred)."""
    value = fact.value
    if not isinstance(value, DateValue):
        return None
    record: dict[str, Any] = {"precision": precision_of(value.date), "qualifier": value.qualifier,
                              "basis": "derived" if value.relative else "stated"}
    if value.relative:
        published = source.published if source else None
        record["derived_from"] = {
            "wording": value.relative,
            "publication_date": published.date if published else None,
            "publication_basis": published.basis if published else None,
        }
    return record


def records(result: CheckResult) -> list[dict[str, Any]]:
    """Every fact as plain data, for the exports."""
    sources = {entry.model.file: entry.model for entry in result.validated.sources}
    facts = {entry.model.id: entry.model for entry in result.validated.facts}
    groups = {fact_id: group for group in result.conflicts for fact_id in group}
    works = {e.model.id: e.model for e in result.validated.references}

    def lookup(fact_id: str) -> ExportedFact | None:
        fact = facts.get(fact_id)
        if fact is None or fact_id in result.failed_facts:
            return None
        return ExportedFact(describe(fact.value), fact.stance)

    def text(value: str | None) -> str | None:
        return None if value is None else export_free_text(value, lookup, works)

    rows = []
    for entry in result.validated.facts:
        fact = entry.model
        source = sources.get(fact.source)
        group = [other for other in groups.get(fact.id, []) if other != fact.id]
        evidence = f"{SOURCES_DIR}/{source.slug}/#q-{fact.id}" if source else None
        preferred = next((facts[i] for i in groups.get(fact.id, []) if facts[i].preferred), None)
        rows.append({
            "id": fact.id,
            "subject": fact.subject,
            "property": fact.property,
            "value": {k: _json_value(v) for k, v in fact.value.model_dump().items()
                      if v is not None},
            "display": describe(fact.value),
            "stance": fact.stance,
            "date": date_basis(fact, source),
            "quote": fact.quote,
            "event": text(fact.event),
            "note": text(fact.note),
            "preferred": text(fact.preferred),
            "source": {
                "file": fact.source,
                "publisher": source.publisher if source else None,
                "title": source.title if source else None,
                "published": source.published.model_dump(exclude_none=True) if source else None,
                "url": source.url if source else None,
                "evidence": evidence,
            },
            "evidence": evidence,
            "check": "failed" if fact.id in result.failed_facts else "passed",
            "conflicts_with": [{"id": other, "display": describe(facts[other].value),
                                "source": facts[other].source} for other in group],
            "preferred_value": None if preferred is None else {
                "id": preferred.id, "display": describe(preferred.value),
                "reason": text(preferred.preferred)},
            "defined_at": f"{entry.path}:{entry.at('id').line}",
        })
    return rows
