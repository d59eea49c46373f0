"""An inferred publication date does not take its year from the article's own yearless day.

Why: a publication date's bounds must come from the text, with the reasoning written
down. An article that says "On November 12" without a year cannot be bounded by
"not before 12 November 2019": that assumes the very year the bound should establish,
and every date derived from it would inherit the guess. A bound whose day and month are
a yearless day of the article, and that the article never states with its year, is
refused, unless ``year_basis:`` says where the year was read instead: a catalogue's
record or the page's metadata gives the year, the text only the day ("March 11"), so the
year is not assumed from the day it dates.

Passing::

    published: {basis: inferred, not_before: "2019-07", reasoning: "Chemezov says all
      components have been delivered; deliveries began in mid-July 2019 (004)"}
    published: {basis: inferred, date: "2019-03-11", year_basis: catalogue, reasoning:
      "the dateline says 'March 11'; the catalogue's record gives 2019"}

Failing::

    published: {basis: inferred, not_before: "2019-11-12", reasoning: "after the Defense
      Minister's statement 'On November 12'"}   # the article gives no year for it
"""

from __future__ import annotations

from collections.abc import Iterator

from generator.base.report import Problem
from generator.check.context import Context
from generator.check.reporter import Reporter
from generator.reading import MONTH_NAMES, dates_in

ID = "R207"
NAME = "circular-publication-date"
STAGE = "verify"
report = Reporter(ID)


def check(context: Context) -> Iterator[Problem]:
    for entry in context.validated.sources:
        source = entry.model
        published = source.published
        view = context.articles.get(source.file)
        if published.basis != "inferred" or view is None or published.year_basis:
            continue  # a year read from a catalogue or the page's metadata is no guess
        for key in ("not_before", "date"):
            bound = getattr(published, key)
            if bound is None or bound.count("-") == 0:
                continue
            parts = [int(p) for p in bound.split("-")]
            year, month, day = parts[0], parts[1], parts[2] if len(parts) > 2 else None
            mentions = dates_in(view.plain)
            yearless = [m for m in mentions if m.year is None and m.month == month
                        and m.day == day]
            stated = [m for m in mentions if m.year == year and m.month == month
                      and m.day == day]
            if yearless and not stated:
                written = view.plain[yearless[0].start:yearless[0].end]
                day_words = f"{day} {MONTH_NAMES[month - 1]}" if day else MONTH_NAMES[month - 1]
                yield report(entry.at("published", key),
                             f"{key} {bound} takes its day from the article's own "
                             f"\"{written}\", which gives no year: the bound assumes the year "
                             f"{year} of {day_words}, the date it should establish",
                             "bound the date by what the text states with its year (write "
                             "the reasoning down); if a catalogue's record or the page's "
                             "metadata gives the year, say so with 'year_basis: catalogue' "
                             "(or page-metadata); else leave it unknown")
