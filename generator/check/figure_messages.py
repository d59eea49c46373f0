"""What V402 and V408 say when a figure counts, measures or rates something else than the
value: the quote's thing named, and a hint that proposes only what the quote states.
A part of values.py's diagnosis, kept apart for its size."""

from __future__ import annotations

from itertools import pairwise

from generator.check.context import ArticleView
from generator.check.currency_reader import CurrencyReader
from generator.check.mismatch import Mismatch
from generator.model import Money, Quantity
from generator.reading import Figure, dimension, noun_written, singular_nouns
from generator.reading.figure_forms import before_ago
from generator.reading.lexicon import ELIDED_NOUNS


def listing(figures: list[Figure]) -> str:
    return ", ".join(f'"{f.written}"' for f in figures[:5]) or "no figures"


def thing_mismatch(scaled: list[Figure], value: Quantity | Money,
                    reader: CurrencyReader | None) -> Mismatch:
    if isinstance(value, Money):
        unclear = next((reader.ambiguity(f) for f in scaled if reader and reader.ambiguity(f)),
                       "")
        if unclear:
            return Mismatch("V403", f"currency: {unclear}", "a symbol several currencies use "
                            "supports no currency until the article's currency is declared")
        found = ", ".join(sorted({f.currency or "no currency" for f in scaled}))
        why = next((reader.why(f) for f in scaled if reader and reader.why(f)), "")
        return Mismatch("V403", f"currency: the quote gives {found} for {listing(scaled)}, "
                        f"the value says {value.currency}{why}",
                        "$, US dollars and USD are USD (unless the registry declares the "
                        "article's currency); £ and pounds are GBP; codes are ISO 4217")
    if value.noun is not None:
        seen = sorted({noun_written(f.counted) or f.unit or (
            f"a sum ({f.currency_written})" if f.currency_written else "nothing")
            for f in scaled})
        stated = sorted({noun for f in scaled if f.unit is None and f.currency is None
                         for noun in singular_nouns(f.counted)}, key=lambda n: (len(n), n))
        hint = (f"write the noun the quote counts, in the singular: "
                f"{' or '.join(repr(n) for n in stated[:3])}" if stated else
                "a count needs its noun in the quote: after the number ('50 cars', '220 of "
                "the jets'), before it ('the death toll rose to 11'), or in an earlier count "
                "of the sentence; extend the quote to the words that name what it counts, or, "
                "where an earlier sentence of its paragraph states the noun ('5 million "
                "people. 1 million are without power.'), copy those words into 'noun_from:'")
        elided = next((f.counted.written for f in scaled if f.counted.written.lower()
                       in ELIDED_NOUNS and not f.counted.nouns), None)
        if elided is not None:  # "nine others" (trial 6: the hint proposed 'other')
            hint = (f"'{elided}' leaves its noun out, and the reader does not take it from "
                    "a count before it (the others may be other things): quote from the "
                    "figure on and copy the words that count what it counts, before the "
                    "quote in its paragraph (for 'The five companies join nine others': 'The five "
                    "companies'), into 'noun_from:'")
        units = sorted({f.unit for f in scaled if f.unit is not None})
        if units and not stated:  # "2,000 cubic yards" measures; it counts nothing
            return Mismatch("V402", f"noun: the quote measures {listing(scaled)} in "
                            f"{', '.join(units)}, a unit; the value counts {value.noun}",
                            f"write 'unit: {units[0]}' instead of 'noun:'")
        return Mismatch("V402", f"noun: the quote counts {', '.join(seen)} for "
                        f"{listing(scaled)}, the value says {value.noun}", hint)
    found = ", ".join(sorted({f.unit or "no unit" for f in scaled}))
    assert value.unit is not None
    return Mismatch("V402", f"unit: the quote gives {found} for {listing(scaled)}, the "
                    f"value says {value.unit} ({dimension(value.unit)})",
                    "km, kilometers and kilometres are all 'km'; a tonne is 't', a ton 'ton'; "
                    "a counted thing is 'noun:'")


def rate_mismatch(matching: list[Figure], value: Quantity | Money) -> Mismatch:
    if value.per is not None:
        reference = next((f.time_reference for f in matching if f.time_reference), None)
        if reference:
            return Mismatch("V408", f"rate: '{reference}' is a time reference, not a rate; the "
                            f"value says per {value.per}", "remove 'per:': the figure is a "
                            "total at another time")
        found = ", ".join(sorted({f"per {f.per}" if f.per else "no rate" for f in matching}))
        return Mismatch("V408", f"rate: the quote gives {found} for {listing(matching)}, the "
                        f"value says per {value.per}", "set 'per:' to what the quote's rate "
                        "is per ('per battery', 'a day', '/h')")
    rates = sorted({f.per or "" for f in matching})
    return Mismatch("V408", f"rate: the quote gives {listing(matching)} per "
                    f"{', '.join(rates)}; the value gives no rate",
                    f"add 'per: {rates[0]}': a rate is not a total")


_EXCERPT_WORDS = 4  # words shown either side of a figure the quote cuts
_EXCERPT_REACH = 96  # and no further than this


def excerpt(view: ArticleView, start: int, end: int) -> str:
    """The figure at ``start``..``end`` with whole words either side ("…the remaining
    $300 billion or so in…"), never a word cut in two; "…" where the text goes on."""
    text = view.plain
    begin, words = start, 0
    while begin > 0 and words <= _EXCERPT_WORDS and start - begin < _EXCERPT_REACH:
        begin -= 1
        if text[begin].isspace() and not text[begin - 1:begin].isspace():
            words += 1
    if begin > 0:
        begin += 1  # after the space that ends the count
    stop, words = end, 0
    while stop < len(text) and words <= _EXCERPT_WORDS and stop - end < _EXCERPT_REACH:
        if text[stop].isspace() and not text[stop - 1].isspace():
            words += 1
            if words > _EXCERPT_WORDS:
                break
        stop += 1
    shown = " ".join(text[begin:stop].split())
    return ("…" if begin > 0 else "") + shown + ("…" if stop < len(text.rstrip()) else "")


def time_gone_by(quote: str, figures: list[Figure], value: Quantity | Money) -> Mismatch | None:
    """V401 for a duration read from "two weeks ago": a count of units before "ago" dates a
    time gone by; it measures nothing (trial 3: "a trip to Beijing two weeks ago" passed as
    a stated duration of 2 weeks)."""
    if not isinstance(value, Quantity) or value.unit is None:
        return None
    for figure in figures:
        if before_ago(quote, figure.end) and figure.unit == value.unit \
                and figure.amount == value.amount:
            return Mismatch("V401", f"\"{figure.written} ago\" is a time gone by, not a "
                            f"duration", "state it as a date with relative: \""
                            f"{figure.written} ago\" if the sentence dates it, or leave it out")
    return None


def spaced_group(quote: str, figures: list[Figure], value: Quantity | Money) -> Mismatch | None:
    """V401 where the number claimed is in digits grouped by a space ("1 200 tickets"), which
    the reader leaves unread (1,200 or two numbers): say so, not "the quote has no figures"."""
    if value.amount is None or any(f.amount == value.amount for f in figures):
        return None
    words = [w.strip(".,;:()\"'") for w in quote.split()]
    for first, second in pairwise(words):
        whole = str(int(value.amount)) if value.amount % 1 == 0 else ""
        if first.isdigit() and len(first) <= 3 and second.isdigit() and len(second) == 3 and (
                whole in (first, second, first + second)) and not any(
                f.amount == int(first) for f in figures):  # "400 737 Max": the 400 was read
            return Mismatch("V401", f'"{first} {second}" is digits grouped by a space: it may '
                            f"be {first},{second} or two numbers, so it supports no figure",
                            "quote a sentence that writes the number with a comma or in words")
    return None
