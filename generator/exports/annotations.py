"""A W3C Web Annotation collection (JSON-LD): one annotation per checked fact.

Each annotation targets ``sources/<article file>``, the article text as served beside the
pages, byte for byte the registered file. Its TextPositionSelector counts Unicode code
points from the start of that text; its TextQuoteSelector holds the quote exactly as the
article writes it, with a prefix and suffix long enough that it matches one place only.

An article that may not be republished (``republish: false``) is not served: its
annotations target the original's URL (else ``urn:sha256:`` of the pinned text), with a
TextQuoteSelector whose prefix and suffix are the rest of the quote's own sentence and no
more, so the export carries nothing of the article that its pages do not show.

Its bodies keep everything that qualifies the fact, as the pages do: the value with its
stance and, for a worked-out date, how it was worked out ("describing"); the stance and
the date basis as tags ("tagging"); the editor's note and the reason a value is preferred,
references expanded with their marks and editor's knowledge marked ("commenting").
"""

from __future__ import annotations

from typing import Any

from generator.check.article_maps import ArticleMaps
from generator.check.verify import CheckResult
from generator.exports.records import records
from generator.reading.excerpts import sentence_around

ARTICLE_TEXT_DIR = "sources"
_CONTEXT = 32  # characters of prefix and suffix to start with


def unique_context(text: str, start: int, end: int) -> tuple[str, str]:
    """A prefix and suffix around ``text[start:end]`` that make it occur exactly once.

    Starts at 32 characters each side and doubles until unique (or the whole text).
    """
    size = _CONTEXT
    while True:
        prefix, suffix = text[max(0, start - size):start], text[end:end + size]
        whole = prefix + text[start:end] + suffix
        if text.find(whole) == text.rfind(whole) or (start - size <= 0 and end + size >= len(text)):
            return prefix, suffix
        size *= 2


def _text(value: str, purpose: str) -> dict[str, str]:
    return {"type": "TextualBody", "purpose": purpose, "format": "text/plain", "language": "en",
            "value": value}


def bodies(record: dict[str, Any]) -> list[dict[str, str]]:
    """What an annotation says of one exported fact (a :func:`records` row): nothing the
    row qualifies is left out."""
    description = (f"{record['subject']} / {record['property']}: {record['display']}"
                   f" ({record['stance']})")
    if record["date"] and record["date"].get("mark"):
        description += f"; {record['date']['mark']}"
    found = [_text(description, "describing"), _text(f"stance: {record['stance']}", "tagging")]
    if record["date"]:
        found.append(_text(f"date basis: {record['date']['basis']}", "tagging"))
    if record["note"]:
        found.append(_text(record["note"], "commenting"))
    if record["preferred"]:
        found.append(_text(f"Preferred: {record['preferred']}", "commenting"))
    return found


def annotation_collection(result: CheckResult, maps: ArticleMaps | None = None,
                          rows: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """Every checked fact as an annotation on its article, in one collection. ``rows``
    are the facts as :func:`records` exports them, made here when not given."""
    maps = maps or ArticleMaps(result)
    exported = {row["id"]: row for row in (rows if rows is not None else records(result))}
    items: list[dict[str, Any]] = []
    sources = {entry.model.file: entry.model for entry in result.validated.sources}
    for name in sorted(result.articles):
        text = result.articles[name].text
        source = sources.get(name)
        served = source is None or source.republish
        for highlight in sorted(maps.highlights(name), key=lambda h: (h.start, h.fact_id)):
            record = exported[highlight.fact_id]
            if served:
                prefix, suffix = unique_context(text, highlight.start, highlight.end)
                target = {"source": f"{ARTICLE_TEXT_DIR}/{name}", "selector": [
                    {"type": "TextQuoteSelector", "exact": text[highlight.start:highlight.end],
                     "prefix": prefix, "suffix": suffix},
                    {"type": "TextPositionSelector", "start": highlight.start,
                     "end": highlight.end}]}
            else:  # not served: the original's address, and the quote's own sentence only
                assert source is not None
                start, end = sentence_around(text, highlight.start, highlight.end)
                target = {"source": source.url or f"urn:sha256:{source.sha256}", "selector": [
                    {"type": "TextQuoteSelector", "exact": text[highlight.start:highlight.end],
                     "prefix": text[start:highlight.start], "suffix": text[highlight.end:end]}]}
            items.append({
                "id": f"facts.json#{record['id']}",
                "type": "Annotation",
                "motivation": "describing",
                "body": bodies(record),
                "target": target,
            })
    return {
        "@context": "http://www.w3.org/ns/anno.jsonld",
        "id": "annotations.jsonld",
        "type": "AnnotationCollection",
        "label": "Every checked fact, anchored in its article",
        "total": len(items),
        "first": {"id": "annotations.jsonld#page1", "type": "AnnotationPage", "startIndex": 0,
                  "items": items},
    }
