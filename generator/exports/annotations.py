"""A W3C Web Annotation collection (JSON-LD): one annotation per checked fact.

Each annotation targets ``sources/<article file>``, the article text as served beside the
pages, byte for byte the registered file. Its TextPositionSelector counts Unicode code
points from the start of that text; its TextQuoteSelector holds the quote exactly as the
article writes it, with a prefix and suffix long enough that it matches one place only.
"""

from __future__ import annotations

from typing import Any

from generator.check.article_maps import ArticleMaps
from generator.check.verify import CheckResult
from generator.model.describe import describe

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


def annotation_collection(result: CheckResult,
                          maps: ArticleMaps | None = None) -> dict[str, Any]:
    """Every checked fact as an annotation on its article, in one collection."""
    maps = maps or ArticleMaps(result)
    facts = {entry.model.id: entry.model for entry in result.validated.facts}
    items: list[dict[str, Any]] = []
    for name in sorted(result.articles):
        text = result.articles[name].text
        for highlight in sorted(maps.highlights(name), key=lambda h: (h.start, h.fact_id)):
            fact = facts[highlight.fact_id]
            prefix, suffix = unique_context(text, highlight.start, highlight.end)
            items.append({
                "id": f"facts.json#{fact.id}",
                "type": "Annotation",
                "motivation": "describing",
                "body": {"type": "TextualBody", "format": "text/plain", "language": "en",
                         "value": f"{fact.subject} / {fact.property}: {describe(fact.value)}"
                                  f" ({fact.stance})"},
                "target": {
                    "source": f"{ARTICLE_TEXT_DIR}/{name}",
                    "selector": [
                        {"type": "TextQuoteSelector", "exact": text[highlight.start:highlight.end],
                         "prefix": prefix, "suffix": suffix},
                        {"type": "TextPositionSelector", "start": highlight.start,
                         "end": highlight.end},
                    ],
                },
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
