"""facts.csv: one row per fact, every qualification of it in its own column."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from generator.reading.times import PARAGRAPH_DAY

COLUMNS = ["id", "subject", "property", "display", "stance", "value_json", "date_precision",
           "date_basis", "date_derived_from", "quote", "event", "note", "source", "publisher",
           "source_published", "source_published_not_before", "source_published_basis",
           "source_updated", "source_updated_basis", "source_relation", "evidence", "check",
           "variant_of", "conflicts_with", "preferred_value", "preferred_reason"]


def _csv_cell(value: Any) -> str:
    """Plain text for a spreadsheet; a leading = + - @ cannot start a formula."""
    text = "" if value is None else str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def _derived(date: dict[str, Any] | None) -> str:
    if date and date.get("basis") == "article-date":
        return str(date["mark"])
    if not date or "derived_from" not in date:
        return ""
    origin = date["derived_from"]
    counted = " (counted from it, in the unit of its wording)" if date.get("counted") else ""
    if origin.get("day_from") == "paragraph":
        return f"\u201c{origin['wording']}\u201d and {PARAGRAPH_DAY}"
    if origin.get("update_date"):
        return (f"\u201c{origin['wording']}\u201d and the update date "
                f"{origin['update_date']} ({origin['update_basis']}){counted}")
    return (f"\u201c{origin['wording']}\u201d and the publication date "
            f"{origin['publication_date']} ({origin['publication_basis']}){counted}")


def export_csv(rows: list[dict[str, Any]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(COLUMNS)
    for record in rows:
        date, preferred = record["date"], record["preferred_value"]
        published = record["source"]["published"] or {}
        updated = record["source"]["updated"] or {}
        relation, variant = record["source"]["relation"], record["variant_of"]
        writer.writerow([_csv_cell(v) for v in (
            record["id"], record["subject"], record["property"], record["display"],
            record["stance"], json.dumps(record["value"], ensure_ascii=False),
            date["precision"] if date else "", date["basis"] if date else "", _derived(date),
            record["quote"], record["event"], record["note"], record["source"]["file"],
            record["source"]["publisher"], published.get("date"),
            published.get("not_before"), published.get("basis"), updated.get("date"),
            updated.get("basis"),
            f"{relation['type']} {relation['source']}" if relation else "",
            record["evidence"], record["check"],
            f"{variant['id']} ({variant['relation']})" if variant else "",
            " ".join(f"{c['id']} ({c['display']})" for c in record["conflicts_with"]),
            f"{preferred['id']} ({preferred['display']})" if preferred else "",
            preferred["reason"] if preferred else "")])
    return buffer.getvalue()
