"""What every rule reads: the corpus, its articles read once, and memoised quote look-ups.

The rules take their context from here, and this module imports no rule, so a rule, the
coverage reader and the verify stage that runs them all depend on it and not on each
other.
"""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_left
from dataclasses import dataclass, field

from generator.load import Article, SourceFolder
from generator.model import Fact, Source
from generator.model.validate import Entry, Validated
from generator.reading import (
    Figure,
    MappedText,
    RunSpans,
    figures_in,
    normalise,
    normalise_mapped,
    run_spans,
)
from generator.reading.normalise import normalise_keeping_lines

# A quote longer than this (after normalisation) is refused by Q305 and never searched:
# the work of finding a quote, and of suggesting the closest passage, grows with its length.
MAX_QUOTE_CHARS = 2_000
# How many whole-word occurrences of a quote are kept: enough to warn that it is repeated
# (Q303) and to look for one whole reading of a figure it cuts (V401/V404).
MAX_OCCURRENCES = 100
# How many places where the quote's text stands (as whole words or not) are examined at
# most. A quote of one common word repeated, in an article full of that word, stands
# almost everywhere; past this bound the rest of the article is not searched.
MAX_CANDIDATES = 10_000
_LINE_END = re.compile("\r\n|\r|\n")
_NOT_ALNUM = re.compile(r"[\W_]")  # re's \w is exactly str.isalnum() plus "_"


def whole_occurrences(haystack: str, needle: str, limit: int = MAX_OCCURRENCES,
                      budget: int = MAX_CANDIDATES) -> tuple[list[int], int]:
    """Start offsets of ``needle`` in ``haystack`` as whole words, and the work done.

    A match may not start or end inside a word or number: "of 40" is in "of 400
    kilometers" as a string, but not as words. At most ``limit`` offsets are returned and
    at most ``budget`` candidate places examined (the second value), so the work is
    bounded by ``budget`` times the needle's length whatever the input.

    >>> whole_occurrences("of 400 km, of 40 km", "of 40")
    ([11], 2)
    """
    found: list[int] = []
    if not needle:
        return found, 0
    head, tail = needle[0].isalnum(), needle[-1].isalnum()
    end = len(needle)
    examined = 0
    start = haystack.find(needle)
    while start != -1 and examined < budget and len(found) < limit:
        examined += 1
        if head and start > 0 and haystack[start - 1].isalnum():
            # Inside a word: no whole match starts before the word ends.
            after = _NOT_ALNUM.search(haystack, start)
            start = haystack.find(needle, after.start()) if after else -1
            continue
        if not (tail and start + end < len(haystack) and haystack[start + end].isalnum()):
            found.append(start)
        start = haystack.find(needle, start + 1)
    return found, examined


@dataclass(slots=True)
class ArticleView:
    """An article with its normalised forms, computed on first use."""

    article: Article
    _mapped: MappedText | None = None
    _plain: str | None = None
    _line_ends: list[int] | None = None
    _sha256: str | None = None
    _spans: RunSpans | MappedText | None = None

    @property
    def plain(self) -> str:
        if self._plain is None:
            self._plain = normalise(self.article.text)
        return self._plain

    @property
    def mapped(self) -> MappedText:
        if self._mapped is None:
            self._mapped = normalise_mapped(self.article.text)
        return self._mapped

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """A span of :attr:`plain` as a span of the article's text (as :attr:`mapped` maps it).

        For an article of simple characters the map is kept per whitespace run, which
        costs a fraction of building :attr:`mapped` (coverage locates thousands of
        mentions this way).
        """
        if self._spans is None:
            spans = None if self._mapped else run_spans(self.article.text)
            # The map must describe exactly the text searched; else the full one is built.
            fits = spans is not None and spans.length == len(self.plain)
            self._spans = spans if spans is not None and fits else self.mapped
        return self._spans.original_span(start, end)

    def sha256(self) -> str:
        if self._sha256 is None:
            self._sha256 = hashlib.sha256(self.article.data).hexdigest()
        return self._sha256

    def line_of(self, offset: int) -> int:
        """The 1-based line of ``offset``, counting CR, LF and CRLF line ends alike."""
        if self._line_ends is None:
            self._line_ends = [m.start() for m in _LINE_END.finditer(self.article.text)]
        return bisect_left(self._line_ends, offset) + 1


@dataclass(slots=True)
class Context:
    """What every rule may read. Rules add nothing here but through the memo helpers."""

    validated: Validated
    folder: SourceFolder
    sources: dict[str, Entry[Source]] = field(default_factory=dict)
    articles: dict[str, ArticleView] = field(default_factory=dict)
    unreadable: dict[str, str] = field(default_factory=dict)
    memo: dict[tuple[str, str], object] = field(default_factory=dict)
    _figures: dict[str, list[Figure]] = field(default_factory=dict)
    _quotes: dict[str, str] = field(default_factory=dict)
    _occurrences: dict[tuple[str, str], list[int]] = field(default_factory=dict)

    def article_for(self, fact: Fact) -> ArticleView | None:
        return self.articles.get(fact.source)

    def lined_text(self, fact: Fact) -> str | None:
        """The fact's article normalised with its line breaks kept (so its paragraphs show),
        read once per article; None where it does not align with the plain text."""
        view = self.article_for(fact)
        if view is None:
            return None
        key = ("lined-text", fact.source)
        if key not in self.memo:
            text = normalise_keeping_lines(view.article.text)
            self.memo[key] = text if len(text) == len(view.plain) else None
        found = self.memo[key]
        return found if isinstance(found, str) else None

    def quote(self, fact: Fact) -> str:
        cached = self._quotes.get(fact.quote)
        if cached is None:
            plain = normalise(fact.quote)
            # Most quotes are already plain: the fact's own string is kept, not a copy.
            cached = self._quotes[fact.quote] = fact.quote if plain == fact.quote else plain
        return cached

    def figures(self, fact: Fact) -> list[Figure]:
        quote = self.quote(fact)
        number_format = self.number_format(fact)
        key = quote if number_format == "decimal-point" else f"{number_format}\n{quote}"
        cached = self._figures.get(key)
        if cached is None:
            cached = self._figures[key] = figures_in(quote, number_format)
        return cached

    def number_format(self, fact: Fact) -> str:
        """How the fact's article writes numbers (its registry entry's ``number_format``)."""
        source = self.sources.get(fact.source)
        return source.model.number_format if source is not None else "decimal-point"

    def occurrences(self, fact: Fact) -> list[int]:
        """Start offsets of the quote in the article's plain normalised text.

        A match that starts or ends inside a word or number of the article does not count.
        A quote over :data:`MAX_QUOTE_CHARS` is not searched (Q305 refuses it); at most
        :data:`MAX_OCCURRENCES` are listed. Memoised: several rules ask.
        """
        article = self.article_for(fact)
        quote = self.quote(fact)
        if article is None or len(quote) > MAX_QUOTE_CHARS:
            return []
        key = (fact.source, quote)
        cached = self._occurrences.get(key)
        if cached is None:
            cached = self._occurrences[key] = whole_occurrences(article.plain, quote)[0]
        return cached


def new_context(validated: Validated, folder: SourceFolder) -> Context:
    """The rules' shared view: the registry's articles read once, before any fact file."""
    context = Context(validated, folder)
    _read_registered(context)
    return context


def first_span(context: Context, fact: Fact) -> tuple[int, int] | None:
    """Where the first whole occurrence of the fact's quote stands, if it is found."""
    starts = context.occurrences(fact)
    return (starts[0], starts[0] + len(context.quote(fact))) if starts else None


def _read_registered(context: Context) -> None:
    """Read each registered article once; remember why one cannot be evidence."""
    folder = context.folder
    present = set(folder.entries)
    for entry in context.validated.sources:
        name = entry.model.file
        if name in context.sources:
            continue  # reported by the registry rule
        context.sources[name] = entry
        if folder.unsafe_reason(name) is not None or name not in present:
            continue
        article, why = folder.read(name)
        if article is None:
            context.unreadable[name] = why
        else:
            context.articles[name] = ArticleView(article)
