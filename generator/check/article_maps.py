"""Each article's normalised text and its way back to the original, once per build.

The check locates quotes in an article's normalised text; the evidence page and the
annotation export both need those places as offsets of the original text. Building the
offset map is the costly part, so one :class:`ArticleMaps` is shared by every page and
export of a build. The map is :class:`generator.check.context.ArticleView`'s, the check's own:
per whitespace run for simple text, a fraction of the work of the per-character map.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from generator.check.context import ArticleView
from generator.check.verify import CheckResult, Highlight


@dataclass(slots=True)
class ArticleMaps:
    """The maps of one checked fact sheet's articles, each built on first use."""

    result: CheckResult
    _maps: dict[str, ArticleView] = field(default_factory=dict)
    _highlights: dict[str, list[Highlight]] = field(default_factory=dict)

    def of(self, name: str) -> ArticleView:
        """The article's view: its normalised text, and the map back to the original that
        the check uses (per whitespace run where that is exact), built on first use."""
        found = self._maps.get(name)
        if found is None:
            found = self._maps[name] = ArticleView(self.result.articles[name])
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
