"""What a template needs to show a fact: its view, the page's citation numbers, the
publication date in words. Shared by the renderer and the Python fragments it calls.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from markupsafe import Markup

from generator.base.escape import relative_url, slug, text_fragment_url
from generator.model import DateValue, Fact, Source
from generator.model.describe import describe_date
from generator.model.validate import Entry

STANCE_LABELS = {"stated": "", "reported": "reportedly", "expected": "expected",
                 "possible": "possibly", "denied": "denied"}


@dataclass(slots=True)
class FactView:
    """What a template needs to show one fact, computed once."""

    entry: Entry[Fact]
    source: Source
    display: str
    wording: str
    evidence_page: str
    directory_urls: bool = True
    conflict: bool = False

    @property
    def fact(self) -> Fact:
        return self.entry.model

    @property
    def anchor(self) -> Markup:
        return Markup(slug(self.fact.id))

    @property
    def quote_anchor(self) -> Markup:
        return Markup(f"q-{slug(self.fact.id)}")

    @property
    def stance(self) -> str:
        return self.fact.stance

    @property
    def publisher(self) -> str:
        return self.source.publisher

    def cite(self, from_page: str) -> Markup:
        return relative_url(from_page, self.evidence_page, self.quote_anchor, self.directory_urls)

    @property
    def original_link(self) -> str | None:
        return text_fragment_url(self.source.url, self.fact.quote) if self.source.url else None

    @property
    def stance_label(self) -> str:
        """The source's stance in words, shown beside the value: "reportedly", "expected"."""
        return STANCE_LABELS[self.fact.stance]

    @property
    def published(self) -> str:
        return published_words(self.source)

    @property
    def derived(self) -> str:
        value = self.fact.value
        if isinstance(value, DateValue) and value.relative:
            return (f"worked out from “{value.relative}” and the day the article was "
                    f"published, {published_words(self.source)}")
        return ""


@dataclass(slots=True)
class Citations:
    """Numbers a page's citations in reading order; one number per fact on a page."""

    numbers: dict[str, int] = field(default_factory=dict)

    def number(self, view: FactView) -> int:
        return self.numbers.setdefault(view.fact.id, len(self.numbers) + 1)


@lru_cache(maxsize=1 << 12)  # a few hundred publication dates, shown on every citation
def _date_words(date: str) -> str:
    return describe_date(DateValue(kind="date", date=date))


def published_words(source: Source) -> str:
    """When the article appeared, and how we know, in a reader's words."""
    published = source.published
    if published.date and published.basis == "stated":
        return _date_words(published.date)
    if published.date and published.basis == "catalogue":
        return f"{_date_words(published.date)}, from the collection's records"
    if published.date:
        return f"{_date_words(published.date)}, worked out from the text"
    if published.not_before:
        return f"not before {_date_words(published.not_before)}, worked out from the text"
    return "date not known"
