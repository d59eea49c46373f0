"""Does a quote support a value? One diagnosis per fact, shared by the V4xx rules.

Each mismatch is named by the rule it breaks, most basic first: the number, then its
scale, unit or currency, then its qualifier.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from generator.model import DateValue, Fact, Money, Quantity, Text, TextList, plain_number
from generator.report import Problem
from generator.rules._util import Reporter
from generator.text import (
    MONTH_NAMES,
    Figure,
    contains_phrase,
    dates_in,
    relative_date,
)
from generator.validate import Entry
from generator.verify import Context


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
        return _figure(context.figures(entry.model), value)
    if isinstance(value, DateValue):
        return _date(context, entry, value)
    quote = context.quote(entry.model)
    items = [value.text] if isinstance(value, Text) else value.items if isinstance(value, TextList) else []
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
                        "'exceeded' and 'more than' are over; 'up to' and 'as far as' are up to; "
                        "'about' and 'some' are about")
    return None


def _date(context: Context, entry: Entry[Fact], value: DateValue) -> Mismatch | None:
    fact = entry.model
    quote = context.quote(fact)
    if value.relative is not None:
        return _relative(context, fact, value, quote)
    parts = [int(p) for p in value.date.split("-")]
    year, month, day = (parts + [None, None])[:3]
    mentions = dates_in(quote)
    matching = [m for m in mentions if m.year == year and (month is None or m.month == month)
                and (day is None or m.day == day)]
    if not matching:
        partial = [m for m in mentions if m.year is None and m.month == month
                   and (day is None or m.day == day)]
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
    return None


def _relative(context: Context, fact: Fact, value: DateValue, quote: str) -> Mismatch | None:
    assert value.relative is not None
    if not contains_phrase(quote, value.relative):
        return Mismatch("V406", f"the relative wording '{value.relative}' is not in the quote",
                        "copy the wording exactly from the quote")
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
