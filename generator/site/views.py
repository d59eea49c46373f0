"""What a template needs to show a fact: its view, the page's citation numbers, the
publication date in words. Shared by the renderer and the Python fragments it calls.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from markupsafe import Markup

from generator.base.escape import relative_url, slug, text_fragment_url
from generator.model import DateValue, Fact, Source, Updated
from generator.model.chronology import counted_interval
from generator.model.describe import describe_date
from generator.model.validate import Entry
from generator.reading.times import PARAGRAPH_DAY, day_wording, names_no_day

DERIVED_MARK = "date worked out"
ARTICLE_DATE_MARK = "the article's date"
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
    # the fact whose value this one renders, and how ("translation", "the rewrite's wording")
    variant_of: tuple[str, str] | None = None
    # the facts that render this one's value, each with how
    variants: list[tuple[str, str]] = field(default_factory=list)

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
    def stance_label(self) -> str:
        """The source's stance in words, shown beside the value: "reportedly", "expected"."""
        return STANCE_LABELS[self.fact.stance]

    @property
    def published(self) -> str:
        return published_words(self.source)

    @property
    def derived(self) -> str:
        value = self.fact.value
        if isinstance(value, DateValue) and self.fact.day_from:
            elsewhere = (f"worked out from another sentence of the article, "
                         f"“{self.fact.day_from}”, which the editor reads as telling of the "
                         "same event")
            weekday = day_wording(self.fact.day_from)[1]
            return f"{elsewhere}, and the day the article was {self._dated_as()}" \
                if weekday else elsewhere
        if isinstance(value, DateValue) and names_no_day(value.time, value.relative):
            return f"worked out from “{value.relative}” and {PARAGRAPH_DAY}"
        if isinstance(value, DateValue) and value.relative:
            return f"worked out from “{value.relative}” and the day the article was " \
                f"{self._dated_as()}"
        return ""

    def _dated_as(self) -> str:
        if self.source.updated:
            return f"last updated, {updated_words(self.source.updated)}"
        return f"published, {published_words(self.source)}"

    @property
    def dated_by_article(self) -> str:
        """Set when the quote dates the claim only by its article's date (a dateline)."""
        if self.fact.date_basis == "article":
            return (f"the article's own date, {published_words(self.source)}: the claim was "
                    "made on or before that day")
        return ""

    @property
    def marks(self) -> tuple[str, ...]:
        """What the reader must see beside the value wherever it appears: the source's
        stance in words and, for a worked-out date, that it was worked out. The renderer
        writes them, so no editor can forget them."""
        return tuple(word for word in (
            self.stance_label, DERIVED_MARK if self.derived else "",
            ARTICLE_DATE_MARK if self.dated_by_article else "") if word)

    @property
    def marked(self) -> str:
        """The value with its marks, as plain text: "more than US$2 billion (reportedly)"."""
        return f"{self.display} ({', '.join(self.marks)})" if self.marks else self.display


def shown_value(fact: Fact, source: Source, described: str) -> str:
    """The value as the reader sees it, no more precise than its evidence.

    ``described`` is the value in words. A date counted from the article's date ("within
    two years") is shown with its own words and the day it is counted from, not as day
    bounds the sentence does not give (it may count from an earlier day); a date the quote
    gives only by the article's dateline is the latest day the claim can have been made.
    """
    value = fact.value
    if isinstance(value, DateValue) and counted_interval(value):
        return f"{value.relative}, as of {published_words(source)}"
    if isinstance(value, DateValue) and fact.date_basis == "article":
        return f"on or before {described}"
    return described


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
    """When the article appeared (and, if given, was last updated), and how we know, in a
    reader's words."""
    first = _first_published_words(source)
    if source.updated is None:
        return first
    return f"{first}; updated {_date_words(source.updated.date)}"


def updated_words(updated: Updated) -> str:
    """The day a copy was last updated, and how we know, in a reader's words."""
    return _dated_words(updated.date, updated.basis)


def _dated_words(date: str, basis: str) -> str:
    if basis == "catalogue":
        return f"{_date_words(date)}, from the collection's records"
    if basis == "page-metadata":
        return f"{_date_words(date)}, as the page's metadata gives it"
    if basis == "stated":
        return _date_words(date)
    return f"{_date_words(date)}, worked out from the text"


def _first_published_words(source: Source) -> str:
    published = source.published
    if published.date:
        return _dated_words(published.date, published.basis)
    if published.not_before:
        return f"not before {_date_words(published.not_before)}, worked out from the text"
    return "date not known"
