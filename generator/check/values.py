"""Does a quote support a value? One diagnosis per fact, shared by the V4xx rules.

Each mismatch is named by the rule it breaks, most basic first: the number, then its
scale, unit or currency, then its qualifier.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import replace
from functools import partial
from typing import TypeVar

from generator.base.report import Problem
from generator.check import dates as _dates  # EDTF forms and intervals (issue 10)
from generator.check.anchors import spoken_ago
from generator.check.context import ArticleView, Context
from generator.check.currency_reader import CurrencyReader, currency_reader
from generator.check.date_owner import date_owner, other_sentence, paragraph_to_quote, text_owner
from generator.check.day_from import day_from_mismatch, day_question
from generator.check.figure_messages import (
    excerpt,
    listing,
    spaced_group,
    time_gone_by,
)
from generator.check.figure_support import figure_mismatch, supports
from generator.check.mismatch import Mismatch
from generator.check.noun_from import borrow, borrowed_noun
from generator.check.reporter import Reporter
from generator.check.times import (
    paragraph_day,
    quote_gives_day,
    sentence_of,
    time_of_day,
    timed,
    timed_interval,
)
from generator.model import DateValue, Fact, Money, Quantity, Text, TextList
from generator.model.validate import Entry
from generator.reading import (
    MONTH_NAMES,
    Counted,
    DateMention,
    Figure,
    contains_phrase,
    dates_in,
    figures_in,
    find_whole,
    names_among,
    normalise,
    owners,
    relative_context,
)
from generator.reading.lexicon import PREDICATE_LINKS
from generator.reading.nowadays import today_doubt
from generator.reading.phrases import LOOKBACK, WINDOW
from generator.reading.times import day_of_wording

M = TypeVar("M", Figure, DateMention)


def diagnose(context: Context, entry: Entry[Fact]) -> Mismatch | None:
    key = ("support", entry.model.id)
    if key not in context.memo:
        context.memo[key] = _diagnose(context, entry)
    result = context.memo[key]
    return result if isinstance(result, Mismatch) else None


def _diagnose(context: Context, entry: Entry[Fact]) -> Mismatch | None:
    value = entry.model.value
    if isinstance(value, Quantity | Money):
        reader = currency_reader(context, entry.model) if isinstance(value, Money) else None
        figures = context.figures(entry.model)
        if reader is not None:
            figures = [reader.read(f) for f in figures]
        noun = borrowed_noun(context, entry.model, value) if isinstance(value, Quantity) \
            else None
        if isinstance(noun, Mismatch):
            return noun
        if noun is not None:  # "1 million are without power": the noun of noun_from
            figures = borrow(figures, noun)
        return (time_gone_by(context.quote(entry.model), figures, value)
                or spaced_group(context.quote(entry.model), figures, value)
                or figure_mismatch(figures, value, reader)
                or _figure_cut(context, entry, value, reader, noun)
                or _owner(context.quote(entry.model), figures, value, entry.model.subject))
    if isinstance(value, DateValue):
        return _date(context, entry, value)
    quote = context.quote(entry.model)
    items = ([value.text] if isinstance(value, Text)
             else value.items if isinstance(value, TextList) else [])
    numbers = [item for item in items if _BARE_NUMBER.fullmatch(item)]
    missing = [item for item in items if item not in numbers and not _stands_whole(quote, item)]
    if missing:
        return Mismatch("V407", f"the text {', '.join(repr(m) for m in missing)} does not stand "
                        "in the quote", "copy the name exactly as the quote spells it (case "
                        "included), as whole tokens ('F' is not in 'F-35'); note a misspelling "
                        "in 'note:'")
    if numbers:
        return Mismatch("V407", f"the text {', '.join(repr(m) for m in numbers)} is a bare "
                        "number, which a text value cannot check", "use a quantity: state a "
                        "number as {kind: quantity, amount: ..., unit: or noun: ...} (or money) "
                        "so that the figure reader checks its unit, scale and qualifier")
    return text_owner(quote, value.text, entry.model.subject) if isinstance(value, Text) \
        else None


def _owner(quote: str, figures: list[Figure], value: Quantity | Money,
           subject: str) -> Mismatch | None:
    """V409: the figure the value claims is owned by another entity than the subject,
    which owns a figure of its own in the quote ("Chile's $80m order and Peru's $120m")."""
    owned = owners(quote, figures)
    rivals = [o for o in owned if o is not None]
    claimed = [(f, o) for f, o in zip(figures, owned, strict=True) if supports(f, value)]
    if claimed and all(o is None for _, o in claimed):
        return other_sentence(quote, [f for f, _ in claimed], subject)
    if not claimed or any(o is None or names_among(subject, o, rivals) for _, o in claimed):
        return None
    own = [f for f, o in zip(figures, owned, strict=True)
           if o is not None and names_among(subject, o, rivals)]
    if not own:
        return None
    figure, owner = claimed[0]
    return Mismatch("V409", f"\"{figure.written}\" belongs to {owner} in the quote, not to "
                    f"{subject}, whose figure there is {listing(own)}",
                    f"state the figure the quote gives {subject}, or set 'subject:' to the "
                    "entity that owns this one")


_BARE_NUMBER = re.compile(r"\s*[-+−]?\s*\d[\d.,\s]*%?\s*")


def _stands_whole(quote: str, item: str) -> bool:
    """True when ``item`` stands in ``quote`` as whole tokens: "F" is not in "F-35", nor
    "35" in it; a hyphen joins a designation into one token."""
    needle = normalise(item)
    for start in find_whole(quote, needle):
        end = start + len(needle)
        joined_before = start >= 2 and quote[start - 1] == "-" and quote[start - 2].isalnum()
        joined_after = quote[end:end + 1] == "-" and quote[end + 1:end + 2].isalnum()
        if not (joined_before or joined_after):
            return True
    return False


_DATE_RANGE_HINT = ("one end of a range ('between 2015 and 2017', 'from 2015 to 2017') "
                    "supports no single date: write the interval, date: 2015 with end: 2017")


def _date(context: Context, entry: Entry[Fact], value: DateValue) -> Mismatch | None:
    fact = entry.model
    quote = context.quote(fact)
    if fact.day_from is not None:
        return _day_from(context, entry, value)
    if value.time is not None and (at_time := time_of_day(quote, value)) is not None:
        return at_time
    if value.time is not None:
        days = day_of_wording(value.relative) if value.relative is not None else ""
        if value.relative is not None and not contains_phrase(quote, value.relative):
            return Mismatch("V406", f"the relative wording '{value.relative}' is not in the "
                            "quote", "copy the wording exactly from the quote")
        if days and value.end is not None:  # "after 2 a.m. ET Sunday": "after Sunday"
            return timed(timed_interval(context, fact, value, days), value)
        if days:  # the day is relative: "5 a.m. ET Sunday" is read as "Sunday"
            return timed(_relative(context, fact, value.model_copy(update={"relative": days}),
                                    quote), value)
        elif not quote_gives_day(quote, value.date):
            return paragraph_day(context, fact, value)
        else:
            value = value.model_copy(update={"relative": None})
    if value.relative is not None:
        lead, _, rest = value.relative.partition(" ")
        if lead.lower() in ("early", "late") and rest and contains_phrase(quote, value.relative) \
                and _dates.wording_qualifier(value.relative) is None:
            # "early next year" (trial 6): the period of "next year", whose qualifier the
            # value must then say as the quote does ("early" before "next year")
            value = value.model_copy(update={"relative": rest})
    if _dates.is_extended(value):
        return _dates.extended_date(context, fact, value)
    if value.relative is not None and (bound := _dates.limit_point(context, fact, value)):
        return bound
    if value.relative is not None:
        days = day_of_wording(value.relative)
        if days != normalise(value.relative) and days and contains_phrase(quote, value.relative):
            # "early Monday", "Monday morning": the day is the weekday's
            value = value.model_copy(update={"relative": days})
        return _relative(context, fact, value, quote) or date_owner(quote, value, fact.subject)
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
        hint = (_dates.relative_advice(context, fact, quote, partial[0]) if partial else
                "every part of the date the fact asserts (year, month, day) must be in the quote")
        return Mismatch("V405", f"the quote does not give the date {asserted}", hint)
    if not any(m.qualifier == value.qualifier for m in matching):
        found = ", ".join(sorted({m.qualifier or "none" for m in matching}))
        return Mismatch("V404", f"qualifier: the quote's date has {found}, the value says "
                        f"{value.qualifier or 'none'}",
                        _DATE_RANGE_HINT if "range" in found else _dates.open_interval_hint(
                            matching, value.date) or
                        "set 'qualifier:' to early, mid, late or about as the quote says")
    qualified = [m for m in matching if m.qualifier == value.qualifier]
    return _dates.uncertainty(qualified, value) or _date_cut(context, entry, qualified)


def _day_from(context: Context, entry: Entry[Fact], value: DateValue) -> Mismatch | None:
    """A time whose day another passage of the article gives (``day_from:``): the quote
    gives the time, the passage the day, each checked as a quote is."""
    fact = entry.model
    unfit = day_from_mismatch(context, fact, value)
    if unfit is not None:
        return unfit
    at_time = time_of_day(context.quote(fact), value)
    if at_time is not None:
        return at_time
    if quote_gives_day(context.quote(fact), value.date):
        return Mismatch("V405", "day_from: the quote gives the day itself",
                        "remove 'day_from:'")
    question, day = day_question(fact, value)
    found = timed(_date(context, replace(entry, model=question), day), value)
    if found is None:
        return None
    return replace(found, message=f"day_from: \"{fact.day_from}\": {found.message}")


# ---------------------------------------------------------------------------------------
# A quote is a window on its article. A figure or date that the window cuts short reads
# differently in the article: "$3.5" is "$3.5 billion", "30 kilometers" is "up to 30
# kilometers", "July 2019" is "mid-July 2019". The value must match the whole reading, and
# the quote must hold all of it.

_CUT_HINT = "extend the quote so that it holds the whole figure, with the words around it"


# The article is read only around the quote: a figure or date that the quote's edges
# could cut is never longer than this.
# The words a count reads on either side of its number ("jets, executives of both companies
# announced" is an attribution only when "announced" is read too), and a little more.
_MARGIN = max(WINDOW, LOOKBACK) + 8


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


def _figure_cut(context: Context, entry: Entry[Fact], value: Quantity | Money,
                reader: CurrencyReader | None, noun: Counted | None = None) -> Mismatch | None:
    fact = entry.model
    view = context.article_for(fact)
    starts = context.occurrences(fact)
    if view is None or not starts:
        return None  # Q301 reports it
    length = len(context.quote(fact))

    def read(found: list[Figure]) -> list[Figure]:
        found = borrow(found, noun) if noun is not None else found
        return [reader.read(f) for f in found] if reader is not None else found

    cut: tuple[Figure, Figure | None] | None = None
    for figure in read(context.figures(fact)):
        if not supports(figure, value):
            continue
        if _well_inside(figure.start, figure.end, length):
            return None  # the quote holds all the words that could change how it reads
        for start in starts:
            at, to = start + figure.start, start + figure.end
            over = read(_near(view, at, to, partial(figures_in,
                                                    number_format=context.number_format(fact))))
            whole = [g for g in over if g.start >= start and g.end <= start + length
                     and supports(g, value)]
            if whole:
                return None
            cut = cut or (figure, over[0] if over else None)
    if cut is None:  # pragma: no cover - _figure found a matching figure
        return None
    figure, reading = cut
    if reading is None:
        return Mismatch("V401", f"the article does not read \"{figure.written}\" as a figure "
                        "where the quote stands", _CUT_HINT)
    if (reading.amount, reading.scale, reading.currency, reading.unit) == (
            figure.amount, figure.scale, figure.currency, figure.unit):
        # What the article's words make of the figure: a qualifier, a noun, a rate...
        differs = figure_mismatch([reading], value, reader) or Mismatch(
            "V404", f"qualifier: the article's figure is {reading.qualifier}")
        return Mismatch(differs.code, f"the quote leaves out words next to "
                        f"\"{figure.written}\" that change it: the article reads "
                        f"\"{excerpt(view, reading.start, reading.end)}\"; there, "
                        f"{differs.message.replace('the quote', 'the article')}", _CUT_HINT)
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
    # Wording the quote lacks gives no reason here, so the order of the two checks is free.
    shifted = relative_context(quote, value.relative)
    if shifted is not None:
        return Mismatch("V406", f"'{value.relative}' cannot be read on its own here: {shifted}",
                        "put the whole wording in 'relative:' if it is supported, or state "
                        "the date as the quote gives it")
    nowadays = today_doubt(sentence_of(context, fact) or quote, value.relative,
                           paragraph_to_quote(context, fact))
    if nowadays is not None:
        return Mismatch("V406", f"'{value.relative}' dates no day here: {nowadays}",
                        "leave the date out; a day the text gives for it elsewhere may be "
                        "quoted instead")
    published = _dates.relative_basis(context, fact, quote, value.relative, "a date")
    if not isinstance(published, str):
        return published
    spoken = spoken_ago(sentence_of(context, fact) or quote, value.relative)
    if spoken is not None:
        return Mismatch("V406", spoken, "leave the date out, or extend the quote to the words "
                        "that date the saying")
    resolved, why, unsure = _dates.relative_point(quote, value.relative, published)
    if resolved is None and unsure and quote.split(" ", 1)[0].lower() in PREDICATE_LINKS:
        # The quote is a window on its sentence: a quote that continues a predicate ("and
        # crest Monday morning") is dated by that predicate's verb, outside the quote.
        sentence = sentence_of(context, fact)
        if sentence is not None and len(find_whole(sentence, normalise(value.relative))) == 1:
            resolved, why, unsure = _dates.relative_point(sentence, value.relative, published)
    if resolved is None:
        return Mismatch("V406", why, unsure or "state the date as the quote does, or correct "
                        "'relative:'")
    if resolved != value.date:
        how = f" ({why})" if why else ""
        return Mismatch("V406", f"'{value.relative}'{how} from "
                        f"{_dates.anchor_name(context, fact)} {published} "
                        f"is {resolved}, not {value.date}", f"set date: \"{resolved}\"")
    own = _dates.wording_qualifier(value.relative)
    if own is not None or value.qualifier is None:
        if value.qualifier == own:
            return None
        return Mismatch("V404", f"qualifier: '{value.relative}' is {own or 'unqualified'}, the "
                        f"value says {value.qualifier or 'none'}",
                        f"set qualifier: {own}" if own else "remove 'qualifier:'")
    if not contains_phrase(
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
