"""Which figures and dates of each article the fact sheet accounts for.

Every figure and date that the reader (:mod:`generator.reading`) finds in an article is
either *curated* (it stands inside the quote of a checked fact), *dismissed* (inside a
registered furniture passage or a ``dismissed:`` passage, with its reason), or
*unaccounted*. Rule C504 warns on each unaccounted mention; ``python -m generator
uncovered`` lists them; the home page states the counts.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import Literal

from generator.check.context import ArticleView, Context
from generator.check.dismissals import dismissal_spans
from generator.model import Fact
from generator.model.validate import Entry
from generator.reading import find_passages
from generator.reading.article_reading import article_mentions
from generator.reading.references import sentences

# What the counts take in, said wherever they are stated, so they claim no more or less.
COUNTED = ("dates given relative to the article's own day, such as “on Friday” or "
           "“next year”, included")


@dataclass(frozen=True, slots=True)
class ArticleMention:
    """One figure or date of an article and how the fact sheet accounts for it."""

    source: str
    kind: Literal["figure", "date"]
    written: str
    line: int
    col: int
    sentence: str
    status: Literal["curated", "dismissed", "unaccounted"]
    why: str  # the fact ids, or the dismissal's reason


@dataclass(slots=True)
class Coverage:
    """The counts the home page states, and every mention for ``uncovered``."""

    mentions: list[ArticleMention] = field(default_factory=list)
    stale: list[tuple[str, int, str]] = field(default_factory=list)  # source, dismissal, why

    def count(self, status: str) -> int:
        return sum(1 for mention in self.mentions if mention.status == status)

    @property
    def summary(self) -> str:
        """The editor's count (``uncovered``): what is left to account for."""
        total, curated = len(self.mentions), self.count("curated")
        dismissed, left = self.count("dismissed"), self.count("unaccounted")
        text = (f"{curated} of {total} figures and dates in the articles curated ({COUNTED}), "
                f"{dismissed} dismissed with reasons")
        return text + (f", {left} not yet accounted for" if left else "")

    @property
    def reader_summary(self) -> str:
        """The reader's count (the home page), in a reader's words: how much of what the
        articles state the facts quote, and what became of the rest."""
        total, curated = len(self.mentions), self.count("curated")
        dismissed, left = self.count("dismissed"), self.count("unaccounted")
        text = (f"The articles state {_number_of(total, 'figure or date', 'figures and dates')}"
                f", counting dates such as “on Friday” that are given relative to the article’s "
                f"own day. {_capital(_number_of(curated, 'stands', 'stand'))} in the quotes "
                f"of the facts shown here (one quote may hold several)")
        if dismissed:
            text += (f"; the editors set {_number_of(dismissed, 'other', 'others')} aside, "
                     "each with a reason recorded in the sheet")
        if left:
            text += f", and {_number_of(left, 'has', 'have')} not yet been reviewed"
        return text + "."


def _number_of(count: int, one: str, many: str) -> str:
    return f"{count} {one if count == 1 else many}"


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def checked_facts(context: Context) -> list[Entry[Fact]]:
    """The facts whose quote stands in its article and supports its value.

    The same verdict as the Q301 and V4xx rules, computed here (memoised) because rules
    that read it may run before those rules report.
    """
    key = ("checked-facts", "")
    if key not in context.memo:
        from generator.check.values import diagnose

        context.memo[key] = [entry for entry in context.validated.facts
                             if context.occurrences(entry.model)
                             and diagnose(context, entry) is None]
    found = context.memo[key]
    assert isinstance(found, list)
    return found


def seed_checked_facts(context: Context, found: list[Entry[Fact]]) -> None:
    """Give :func:`checked_facts` its answer, as judged where the per-fact rules ran."""
    context.memo[("checked-facts", "")] = found


def coverage(context: Context) -> Coverage:
    """Every figure and date of every readable article, with its status (memoised)."""
    key = ("coverage", "")
    if key not in context.memo:
        context.memo[key] = _coverage(context)
    result = context.memo[key]
    assert isinstance(result, Coverage)
    return result


def _coverage(context: Context) -> Coverage:
    quoted: dict[str, list[tuple[int, int, str]]] = {}
    for entry in checked_facts(context):
        fact = entry.model
        length = len(context.quote(fact))
        for start in context.occurrences(fact):
            quoted.setdefault(fact.source, []).append((start, start + length, fact.id))
    result = Coverage()
    for name in sorted(context.articles):
        view = context.articles[name]
        source = context.sources.get(name)
        dismissed: list[tuple[int, int, str]] = []
        placed: list[list[tuple[int, int]]] = []  # each dismissal's spans, in order
        if source is not None:
            model = source.model
            dismissed += [(s, e, "page furniture (registered)")
                          for s, e, _ in find_passages(view.plain, model.furniture)]
            for index, dismissal in enumerate(model.dismissed):
                spans = dismissal_spans(view.plain, dismissal)
                if not spans:
                    result.stale.append((name, index, f"its {dismissal.key} is not in the "
                                         "article"))
                dismissed += [(s, e, dismissal.reason) for s, e in spans]
                placed.append(spans)
        used: set[int] = set()
        status: Literal["curated", "dismissed", "unaccounted"]
        sites = article_sites(context, name)
        for site in sites:
            start, end = site.start, site.end
            curated = sorted({fid for s, e, fid in quoted.get(name, []) if s <= start and end <= e})
            # A dismissal that takes in part of a mention dismisses it: the reader may
            # read the same words as a longer mention in one place than in another.
            reasons = [(s, why) for s, e, why in dismissed if s < end and start < e]
            if curated:
                status, why = "curated", " ".join(curated)
            elif reasons:
                status, why = "dismissed", reasons[0][1]
                used.update(s for s, _ in reasons)
            else:
                status, why = "unaccounted", ""
            # Where a curated mention stands is never shown: its fact says so.
            line, col, sentence = ((0, 0, "") if status == "curated"
                                   else (site.line, site.col, site.sentence))
            result.mentions.append(ArticleMention(name, site.kind, view.plain[start:end], line,
                                                  col, sentence, status, why))
        for index, spans in enumerate(placed):
            if spans and not any(s in used for s, _ in spans) and not any(
                    s < m.end and m.start < e for s, e in spans for m in sites):
                assert source is not None
                key = source.model.dismissed[index].key
                result.stale.append((name, index, f"its {key} holds no figure or date"))
    return result


@dataclass(frozen=True, slots=True)
class MentionSite:
    """A figure or date of an article, where it stands, whatever the facts say of it.

    It depends on the article's text alone, so it is read once per article (in a child
    process, or taken from the cache) and the facts decide its status afterwards.
    """

    kind: Literal["figure", "date"]
    start: int  # in the article's normalised text
    end: int
    line: int  # in the article as written
    col: int
    sentence: str


def read_sites(view: ArticleView, number_format: str = "decimal-point") -> list[MentionSite]:
    """Every figure and date of one article, with its line, column and sentence; figures
    read as the registry says the article writes numbers ("34,50 €" with a decimal comma)."""
    mentions = article_mentions(view.plain, number_format)
    where = _Locator(view) if mentions else None
    sites = []
    for kind, start, end in mentions:
        assert where is not None
        sites.append(MentionSite(kind, start, end, *where(start, end)))
    return sites


def article_sites(context: Context, name: str) -> list[MentionSite]:
    """:func:`read_sites` of article ``name``, read on first use unless seeded."""
    key = ("mention-sites", name)
    if key not in context.memo:
        context.memo[key] = read_sites(context.articles[name],
                                       article_number_format(context, name))
    found = context.memo[key]
    assert isinstance(found, list)
    return found


def article_number_format(context: Context, name: str) -> str:
    """How article ``name`` writes numbers: its registry entry's ``number_format``."""
    source = context.sources.get(name)
    return source.model.number_format if source is not None else "decimal-point"


def read_sites_of(item: tuple[ArticleView, str]) -> list[MentionSite]:
    """:func:`read_sites` of (article, number format): one argument, for a forked map."""
    return read_sites(*item)


def seed_article_sites(context: Context, name: str, sites: list[MentionSite]) -> None:
    """Give :func:`article_sites` what was read elsewhere (a child process, the cache)."""
    context.memo[("mention-sites", name)] = sites


# At most this many characters of a mention's sentence are kept to show it: a line with no
# sentence break would otherwise be copied whole for every mention on it.
SENTENCE_WINDOW = 400


class _Locator:
    """Line, column and sentence of spans of one article's plain text, its maps built once."""

    def __init__(self, view: ArticleView) -> None:
        self.view = view
        self.text = view.article.text
        self.starts = [0] + [m.end() for m in re.finditer(r"\r\n|\r|\n", self.text)]
        self.lines: dict[int, tuple[str, list[tuple[int, int]]]] = {}  # a line's sentences
        # Each sentence shown once, however many mentions it holds (memory at 100k facts).
        self.shown: dict[tuple[int, int, int], str] = {}

    def __call__(self, start: int, end: int) -> tuple[int, int, str]:
        original, _ = self.view.original_span(start, end)  # its map built on first use
        index = bisect.bisect_right(self.starts, original) - 1
        line_start = self.starts[index]
        line_end = self.starts[index + 1] if index + 1 < len(self.starts) else len(self.text)
        if index not in self.lines:
            line_text = self.text[line_start:line_end].rstrip("\r\n")
            self.lines[index] = (line_text, sentences(line_text))
        line_text, spans = self.lines[index]
        offset = original - line_start
        begin, end_ = next(((s, e) for s, e in spans if s <= offset < e), (0, len(line_text)))
        if end_ - begin > SENTENCE_WINDOW:  # a run-on "sentence": the words around the mention
            begin = max(begin, offset - SENTENCE_WINDOW // 3)
            end_ = min(end_, begin + SENTENCE_WINDOW)
        key = (index, begin, end_)
        if key not in self.shown:
            self.shown[key] = " ".join(line_text[begin:end_].split())
        return index + 1, offset + 1, self.shown[key]
