"""Each article's normalised text and its way back to the original, once per build.

The check locates quotes in an article's normalised text; the evidence page and the
annotation export both need those places as offsets of the original text. Building the
offset map is the costly part, so one :class:`ArticleMaps` is shared by every page and
export of a build. For simple text (see :func:`generator.reading.run_spans`) the map is
kept per whitespace run, a fraction of the work of the per-character map.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from generator.reading import MappedText, RunSpans, normalise, normalise_mapped, run_spans
from generator.verify import CheckResult, Highlight


@dataclass(slots=True)
class ArticleMap:
    """One article's normalised text and the offset map from it to the original."""

    plain: str
    spans: RunSpans | MappedText

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        return self.spans.original_span(start, end)


def map_article(text: str) -> ArticleMap:
    """The normalised text and its map: per whitespace run when the text allows it (and
    the map describes exactly the normalised text), else per character."""
    spans = run_spans(text)
    if spans is not None:
        plain = normalise(text)
        if spans.length == len(plain):
            return ArticleMap(plain, spans)
    mapped = normalise_mapped(text)
    return ArticleMap(mapped.text, mapped)


@dataclass(slots=True)
class ArticleMaps:
    """The maps of one checked fact sheet's articles, each built on first use."""

    result: CheckResult
    _maps: dict[str, ArticleMap] = field(default_factory=dict)
    _highlights: dict[str, list[Highlight]] = field(default_factory=dict)

    def of(self, name: str) -> ArticleMap:
        found = self._maps.get(name)
        if found is None:
            found = self._maps[name] = map_article(self.result.articles[name].text)
        return found

    def highlights(self, name: str) -> list[Highlight]:
        """The quotes in article ``name`` as spans of its original text, in the check's
        order (as :meth:`CheckResult.highlights_for` gives them)."""
        found = self._highlights.get(name)
        if found is None:
            located = self.result.located.get(name, [])
            article = self.of(name) if located else None
            found = self._highlights[name] = [
                Highlight(h.fact_id, *article.original_span(h.start, h.end))
                for h in located] if article else []
        return found
