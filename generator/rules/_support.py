"""Does a quote support a value? One diagnosis per fact, shared by the V4xx rules.

Each mismatch is named by the rule it breaks, most basic first: the number, then its
scale, unit or currency, then its qualifier.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from typing import TypeVar

from generator.model import DateValue, Fact, Money, Quantity, Text, TextList, plain_number
from generator.reading import (
    MONTH_NAMES,
    DateMention,
    Figure,
    contains_phrase,
    dates_in,
    figures_in,
    relative_context,
    relative_date,
)
from generator.report import Problem
from generator.rules._util import Reporter
from generator.validate import Entry
from generator.verify import ArticleView, Context

M = TypeVar("M", Figure, DateMention)


@dataclass(frozen=True, slots=True)
class Mismatch:
    code: str
    message: str
    hint: str = ""


def _listing(figures: list[Figure]) -> str:
    return ", ".join(f'"{f.written}"' for f in figures[:5]) or "no figures"


def diagnose(context: Context, entry: Entry[Fact]) -> Mismatch | None:
    key = ("support", entry.model.id)
    if key not in context.memo:
        context.memo[key] = _diagnose(context, entry)
    result = context.memo[key]
    return result if isinstance(result, Mismatch) else None


def _diagnose(context: Context, entry: Entry[Fact]) -> Mismatch | None:
    value = entry.model.value
    if isinstance(value, Quantity | Money):
        return _figure(context.figures(entry.model), value) or _figure_cut(context, entry, value)
    if isinstance(value, DateValue):
        return _date(context, entry, value)
    quote = context.quote(entry.model)
    items = ([value.text] if isinstance(value, Text)
             else value.items if isinstance(value, TextList) else [])
    missing = [item for item in items if not contains_phrase(quote, item)]
    if missing:
        return Mismatch("V407", f"the text {', '.join(repr(m) for m in missing)} does not stand "
                        "in the quote", "copy the name exactly as the quote spells it (case "
                        "included); note a misspelling in 'note:'")
    return None


def _figure(figures: list[Figure], value: Quantity | Money) -> Mismatch | None:
    wanted = plain_number(value.amount)
    same = [f for f in figures if f.amount == value.amount]
    if not same:
        return Mismatch("V401", f"the number {wanted} does not stand in the quote as a whole "
                        f"number (the quote has {_listing(figures)})",
                        "a number must match a whole token: 40 is not in '400', 3 not in '3.5'")
    if isinstance(value, Money):
        scaled = [f for f in same if f.scale == value.scale]
        if not scaled:
            return Mismatch("V401", f"scale: the quote says {_listing(same)}, the value says "
                            f"{wanted} {value.scale or '(no scale)'}",
                            "set 'scale:' to the quote's word (thousand, million, billion)")
        matching = [f for f in scaled if f.currency == value.currency]
        if not matching:
            found = ", ".join(sorted({f.currency or "no currency" for f in scaled}))
            return Mismatch("V403", f"currency: the quote gives {found} for {_listing(scaled)}, "
                            f"the value says {value.currency}",
                            "$, US dollars and USD are USD; £ and pounds are GBP")
    else:
        matching = [f for f in same if f.unit == value.unit]
        if not matching:
            found = ", ".join(sorted({f.unit or "no unit" for f in same}))
            return Mismatch("V402", f"unit: the quote gives {found} for {_listing(same)}, the "
                            f"value says {value.unit}",
                            "km, kilometers and kilometres are all 'km'")
    if not any(f.qualifier == value.qualifier for f in matching):
        found = ", ".join(sorted({f.qualifier for f in matching}))
        return Mismatch("V404", f"qualifier: the quote says {found} ({_listing(matching)}), the "
                        f"value says {value.qualifier}",
                        "'exceeded' and 'more than' are over; 'up to', 'as far as' and 'or less' "
                        "are up to; 'less than' and 'under' are under; 'at least' and "
                        "'or more' are "
                        "at least; 'about' and 'some' are about; a range such as '300-400' "
                        "supports no single value")
    return None


def _date(context: Context, entry: Entry[Fact], value: DateValue) -> Mismatch | None:
    fact = entry.model
    quote = context.quote(fact)
    from generator.rules import _dates  # EDTF forms and intervals (issue 10)

    if _dates.is_extended(value):
        return _dates.extended_date(context, fact, value)
    if value.relative is not None:
        return _relative(context, fact, value, quote)
    parts = [int(p) for p in value.date.split("-")]
    year, month, day = [*parts, None, None][:3]
    mentions = dates_in(quote)
    matching = [m for m in mentions if m.year == year and (month is None or m.month == month)
                and (day is None or m.day == day)]
    if not matching:
        partial = [m for m in mentions if m.year is None and m.month == month
                   and m.month is not None and (day is None or m.day == day)]
        asserted = " ".join(str(p) for p in (day, MONTH_NAMES[month - 1] if month else None, year)
                            if p is not None)
        hint = (f"the year is not in the quote: if it comes from the publication date, add "
                f"relative: \"{quote[partial[0].start:partial[0].end]}\"" if partial else
                "every part of the date the fact asserts (year, month, day) must be in the quote")
        return Mismatch("V405", f"the quote does not give the date {asserted}", hint)
    if not any(m.qualifier == value.qualifier for m in matching):
        found = ", ".join(sorted({m.qualifier or "none" for m in matching}))
        return Mismatch("V404", f"qualifier: the quote's date has {found}, the value says "
                        f"{value.qualifier or 'none'}",
                        "set 'qualifier:' to early, mid, late or about as the quote says")
    qualified = [m for m in matching if m.qualifier == value.qualifier]
    return _dates.uncertainty(qualified, value) or _date_cut(context, entry, qualified)


# ---------------------------------------------------------------------------------------
# A quote is a window on its article. A figure or date that the window cuts short reads
# differently in the article: "$3.5" is "$3.5 billion", "30 kilometers" is "up to 30
# kilometers", "July 2019" is "mid-July 2019". The value must match the whole reading, and
# the quote must hold all of it.

_CUT_HINT = "extend the quote so that it holds the whole figure, with the words before it"


# The article is read only around the quote: a figure or date that the quote's edges
# could cut is never longer than this.
_MARGIN = 56  # _CONTEXT and a little more


def _near(view: ArticleView, at: int, to: int, scan: Callable[[str], list[M]]) -> list[M]:
    """What ``scan`` finds in the article around ``at``..``to``, overlapping that span."""
    low = max(0, at - _MARGIN)
    found = scan(view.plain[low:min(len(view.plain), to + _MARGIN)])
    return [replace(g, start=g.start + low, end=g.end + low) for g in found
            if g.start + low < to and at < g.end + low]


# No qualifier, scale, unit, currency or date part reaches further from a figure than this.
_CONTEXT = 48


def _well_inside(start: int, end: int, length: int) -> bool:
    """True when a span of the quote has enough of the quote around it to read it alone."""
    return start >= _CONTEXT and length - end >= _CONTEXT


def _excerpt(view: ArticleView, start: int, end: int) -> str:
    return view.plain[max(0, start - 24):end].lstrip()


def _figure_cut(context: Context, entry: Entry[Fact], value: Quantity | Money) -> Mismatch | None:
    fact = entry.model
    view = context.article_for(fact)
    starts = context.occurrences(fact)
    if view is None or not starts:
        return None  # Q301 reports it
    length = len(context.quote(fact))
    wanted = (value.amount, getattr(value, "scale", None), getattr(value, "currency", None),
              getattr(value, "unit", None), value.qualifier)
    cut: tuple[Figure, Figure | None] | None = None
    for figure in context.figures(fact):
        if (figure.amount, figure.scale, figure.currency, figure.unit, figure.qualifier) != wanted:
            continue
        if _well_inside(figure.start, figure.end, length):
            return None  # the quote holds all the words that could change how it reads
        for start in starts:
            at, to = start + figure.start, start + figure.end
            over = _near(view, at, to, figures_in)
            whole = [g for g in over if g.start >= start and g.end <= start + length and (
                g.amount, g.scale, g.currency, g.unit, g.qualifier) == wanted]
            if whole:
                return None
            cut = cut or (figure, over[0] if over else None)
    if cut is None:  # pragma: no cover - _figure found a matching figure
        return None
    figure, reading = cut
    if reading is None:
        return Mismatch("V401", f"the article does not read \"{figure.written}\" as a figure "
                        "where the quote stands", _CUT_HINT)
    if (reading.amount, reading.scale, reading.currency, reading.unit) == wanted[:4]:
        return Mismatch("V404", f"qualifier: the quote leaves out the words before "
                        f"\"{figure.written}\"; the article reads "
                        f"\"{_excerpt(view, reading.start, reading.end)}\", which is "
                        f"{reading.qualifier}, not {value.qualifier}", _CUT_HINT)
    return Mismatch("V401", f"the quote cuts the figure short: it has \"{figure.written}\", "
                    f"the article reads \"{view.plain[reading.start:reading.end]}\"", _CUT_HINT)


def _date_cut(context: Context, entry: Entry[Fact], mentions: list[DateMention]) -> Mismatch | None:
    fact = entry.model
    view = context.article_for(fact)
    starts = context.occurrences(fact)
    if view is None or not starts or not mentions:
        return None
    length = len(context.quote(fact))

    def parts(m: DateMention) -> tuple[int | None, int | None, int | None, str | None]:
        return (m.year, m.month, m.day, m.qualifier)

    cut: tuple[DateMention, DateMention | None] | None = None
    for mention in mentions:
        if _well_inside(mention.start, mention.end, length):
            return None
        for start in starts:
            at, to = start + mention.start, start + mention.end
            over = _near(view, at, to, dates_in)
            if any(g.start >= start and g.end <= start + length and parts(g) == parts(mention)
                   for g in over):
                return None
            cut = cut or (mention, over[0] if over else None)
    assert cut is not None
    mention, reading = cut
    quoted = context.quote(fact)[mention.start:mention.end]
    if reading is None:
        return Mismatch("V405", f"the article does not read \"{quoted}\" as a date where the "
                        "quote stands", "extend the quote so that it holds the whole date")
    article = view.plain[reading.start:reading.end]
    if parts(reading)[:3] == parts(mention)[:3]:
        return Mismatch("V404", f"qualifier: the quote leaves out the words before \"{quoted}\"; "
                        f"the article reads \"{article}\"",
                        "extend the quote so that it holds the whole date")
    return Mismatch("V405", f"the quote cuts the date short: it has \"{quoted}\", the article "
                    f"reads \"{article}\"", "extend the quote so that it holds the whole date")


def _relative(context: Context, fact: Fact, value: DateValue, quote: str) -> Mismatch | None:
    assert value.relative is not None
    if not contains_phrase(quote, value.relative):
        return Mismatch("V406", f"the relative wording '{value.relative}' is not in the quote",
                        "copy the wording exactly from the quote")
    shifted = relative_context(quote, value.relative)
    if shifted is not None:
        return Mismatch("V406", f"'{value.relative}' cannot be read on its own here: {shifted}",
                        "put the whole wording in 'relative:' if it is supported, or state "
                        "the date as the quote gives it")
    source = context.sources.get(fact.source)
    if source is None:
        return None  # R201 reports it
    published = source.model.published
    if published.date is None:
        return Mismatch("V406", f"'{value.relative}' is relative, but the publication date of "
                        f"{fact.source} is {published.basis}",
                        "a date cannot be derived from an unknown publication date")
    resolved, why = relative_date(value.relative, published.date)
    if resolved is None:
        return Mismatch("V406", why, "state the date as the quote does, or correct 'relative:'")
    if resolved != value.date:
        return Mismatch("V406", f"'{value.relative}' from the publication date {published.date} "
                        f"is {resolved}, not {value.date}", f"set date: \"{resolved}\"")
    if value.qualifier is not None and not contains_phrase(
            quote, f"{value.qualifier} {value.relative}") and not contains_phrase(
            quote, f"{value.qualifier}-{value.relative}"):
        return Mismatch("V404", f"qualifier: the quote does not say '{value.qualifier}' before "
                        f"'{value.relative}'", "remove 'qualifier:' or quote the word that says it")
    return None


def value_rule(code: str) -> Callable[[Context], Iterator[Problem]]:
    """The check() of a V4xx rule: the facts whose diagnosis names ``code``."""
    report = Reporter(code)

    def check(context: Context) -> Iterator[Problem]:
        for entry in context.validated.facts:
            mismatch = diagnose(context, entry)
            if mismatch is not None and mismatch.code == code:
                yield report(entry.at("value"), mismatch.message, mismatch.hint, entry.model.id)

    return check
