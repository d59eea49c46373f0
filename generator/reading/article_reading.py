"""One reading of an article's figures and dates, as coverage counts them (issue 21 step 4).

An article is read here once per check: its words once (for the dates given relative to
its own day), its calendar dates and its figures once each, and the mentions that
coverage counts are taken from that reading. The check reads it in a child process or
takes the result from its cache, keyed by the article's sha256 and the checker's
version (``generator.check.cache``), never once per fact. What a quote's value rules
read stays apart on purpose: a quote is read as written, cut edges and all (V401).
"""

from __future__ import annotations

import bisect
import itertools
from dataclasses import dataclass
from typing import Literal

from generator.reading.dates import DateMention, dates_in
from generator.reading.figure_type import Figure
from generator.reading.figures import figures_in
from generator.reading.references import refers_back
from generator.reading.relative_mentions import relative_dates_in, words_of

Kind = Literal["figure", "date"]


@dataclass(frozen=True, slots=True)
class ArticleReading:
    """An article's calendar dates, relative dates and figures, each read once."""

    text: str
    dates: list[DateMention]
    relative: list[tuple[int, int]]
    figures: list[Figure]

    @classmethod
    def read(cls, text: str, number_format: str = "decimal-point") -> ArticleReading:
        """``text`` read as its registry entry says it writes numbers ("34,50 €")."""
        return cls(text, dates_in(text), relative_dates_in(text, words_of(text)),
                   figures_in(text, number_format))

    def mentions(self) -> list[tuple[Kind, int, int]]:
        """Dates (calendar and relative), then figures not part of a date, in reading order."""
        text = self.text
        found: list[tuple[Kind, int, int]] = [("date", d.start, d.end) for d in self.dates]
        calendar = sorted((start, end) for _, start, end in found)
        calendar_starts = [start for start, _ in calendar]
        reach = list(itertools.accumulate((end for _, end in calendar), max))
        opening = set(calendar_starts)
        for start, end in self.relative:
            # "Wednesday, September 26" is the calendar date, not a relative one besides
            # it; an overlap is found by bisection, as for the figures below.
            after = end + (2 if text[end:end + 2] == ", " else
                           1 if text[end:end + 1] == " " else 0)
            before = bisect.bisect_left(calendar_starts, end) - 1
            if after not in opening and (before < 0 or reach[before] <= start):
                found.append(("date", start, end))
        # A figure overlaps a date when some date starting before the figure ends also
        # ends after it starts: one bisection over the dates' starts and their running
        # furthest end.
        found.sort(key=lambda item: item[1])
        starts = [start for _, start, _ in found]
        furthest = list(itertools.accumulate((end for _, _, end in found), max))
        for figure in self.figures:
            if refers_back(text, figure.start, figure.end):
                continue  # "the two sides", "one of them": ordinary words, as E701 reads them
            before = bisect.bisect_left(starts, figure.end) - 1
            if before < 0 or furthest[before] <= figure.start:
                found.append(("figure", figure.start, figure.end))
        return sorted(found, key=lambda item: item[1])


def article_mentions(text: str, number_format: str = "decimal-point"
                     ) -> list[tuple[Kind, int, int]]:
    """The figures and dates of ``text`` that coverage counts (see :class:`ArticleReading`)."""
    return ArticleReading.read(text, number_format).mentions()
