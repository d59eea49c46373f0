"""Values in words, for messages, pages and exports: "up to 402 km", "mid-July 2019".

Kept out of the models themselves, so that the models need no calendar wording and the
chronology, which reads the models, is not imported by them.
"""

from __future__ import annotations

from generator.model import DateValue, Fact, Money, Quantity, Text, TextList, plain_number
from generator.model.chronology import describe_span
from generator.reading import CURRENCY_SYMBOLS, plural

_QUALIFIER_WORDS = {"exact": "", "over": "more than ", "about": "about ", "up to": "up to ",
                    "under": "less than ", "at least": "at least "}
# Units written as words, which take a plural ("3 tons", "2 percentage points"); the
# others are symbols ("5 km", "40 mph") or uncounted ("13 percent").
_PLURAL_UNITS = {"day", "week", "month", "year", "ton", "long ton", "percentage point"}
# Words an "about" value keeps from its quote: stricter than "about" (the figure is not
# reached), so showing "about" would loosen the text's hedge.
_STRICT_ABOUT = ("nearly", "almost")
# The other words that read as "about"; with one of them in the quote too, which word
# hedges the figure is not known, and "about" (what both allow) is shown.
_LOOSE_ABOUT = frozenset({"about", "around", "approximately", "roughly", "estimated", "~", "≈"})


def describe_date(value: DateValue) -> str:
    """A date in words, EDTF forms and intervals spelled out (see generator.model.chronology)."""
    return describe_span(value)


def _numbers(value: Quantity | Money) -> str:
    if value.min is not None and value.max is not None:
        return f"{plain_number(value.min)}-{plain_number(value.max)}"
    assert value.amount is not None
    text = plain_number(value.amount)
    return text if value.plus_minus is None else f"{text} ± {plain_number(value.plus_minus)}"


def describe_figure(value: Quantity | Money) -> str:
    """"up to 402 km", "300-400 km", "US$500 million per battery", "four launchers"."""
    scale = f" {value.scale}" if value.scale else ""
    per = f" per {value.per}" if value.per else ""
    words = _QUALIFIER_WORDS[value.qualifier]
    if isinstance(value, Money):
        symbol = CURRENCY_SYMBOLS.get(value.currency, value.currency + " ")
        sign = "-" if value.ends[0] < 0 else ""
        number = _numbers(value).removeprefix("-") if sign else _numbers(value)
        return f"{words}{sign}{symbol}{number}{scale}{per}"
    # "1 million people" and "1-2 days" are many; only a bare 1 is one
    many = value.amount != 1 or value.scale is not None
    thing = value.noun or value.unit or ""
    if many and (value.noun is not None or value.unit in _PLURAL_UNITS):
        thing = plural(thing)
    return f"{words}{_numbers(value)}{scale} {thing}{per}"


def describe_fact(fact: Fact) -> str:
    """The fact's value in words, keeping its quote's "nearly" or "almost" where the
    value reads it as "about" ("nearly a million people" is "nearly 1 million people",
    not the looser "about")."""
    text = describe(fact.value)
    value = fact.value
    if isinstance(value, Quantity | Money) and value.qualifier == "about":
        words = {word.strip(".,;:!?\"'()“”‘’").lower() for word in fact.quote.split()}
        strict = [word for word in _STRICT_ABOUT if word in words]
        if len(strict) == 1 and not words & _LOOSE_ABOUT:
            return strict[0] + text.removeprefix("about")
    return text


def describe(value: Quantity | Money | DateValue | Text | TextList) -> str:
    """The value in words: "up to 402 km", "more than US$2 billion", "mid-July 2019"."""
    if isinstance(value, Quantity | Money):
        return describe_figure(value)
    if isinstance(value, DateValue):
        return describe_date(value)
    if isinstance(value, Text):
        return value.text
    return ", ".join(value.items)
