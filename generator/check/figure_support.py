"""Does one of the quote's figures say what a quantity or money value claims? The figure
reader's verdict on a value, most basic difference first (the number, then its scale,
unit or currency, rate, spread and qualifier). A part of values.py's diagnosis, kept
apart for its size (a pure move)."""

from __future__ import annotations

from generator.check.currency_reader import CurrencyReader
from generator.check.figure_messages import listing, rate_mismatch, thing_mismatch
from generator.check.mismatch import Mismatch
from generator.model import Money, Quantity, plain_number
from generator.reading import UNIT_ALIASES, Figure, counts, plural


def _same_numbers(figure: Figure, value: Quantity | Money) -> bool:
    if value.amount is not None:
        return figure.amount == value.amount
    return figure.low == value.min and figure.high == value.max and figure.amount == value.max


def _same_per(figure: Figure, value: Quantity | Money) -> bool:
    if value.per is None or figure.per is None:
        return value.per == figure.per
    wanted = value.per.lower()
    return figure.per in (wanted, UNIT_ALIASES.get(wanted), UNIT_ALIASES.get(value.per)) or (
        plural(figure.per) == wanted)


def _same_thing(figure: Figure, value: Quantity | Money) -> bool:
    if isinstance(value, Money):
        return figure.currency == value.currency
    if value.noun is not None:
        return figure.unit is None and figure.currency is None and counts(figure.counted,
                                                                          value.noun)
    return figure.unit == value.unit


def _same_qualifier(figure: Figure, value: Quantity | Money) -> bool:
    if value.amount is None:
        return figure.outer == value.qualifier
    return figure.qualifier == value.qualifier


def supports(figure: Figure, value: Quantity | Money) -> bool:
    """True when ``figure`` says exactly what ``value`` claims."""
    return (_same_numbers(figure, value) and figure.scale == value.scale
            and _same_thing(figure, value) and _same_per(figure, value)
            and figure.plus_minus == value.plus_minus and _same_qualifier(figure, value))


def _wanted(value: Quantity | Money) -> str:
    if value.amount is None:
        assert value.min is not None and value.max is not None
        return f"{plain_number(value.min)}-{plain_number(value.max)}"
    return plain_number(value.amount)


_QUALIFIER_HINT = ("'exceeded' and 'more than' are over; 'up to', 'as far as' and 'or less' "
                   "are up to; 'less than' and 'under' are under; 'at least' and 'or more' are "
                   "at least; 'about', 'some' and 'a dozen' are about; one end of a range such "
                   "as '300-400' supports no single value: write min: and max:")

_ACROSS_HINT = ("'over' here may mean 'across' (\"Mach 5 over 400 km\", \"over ten years\") as "
                "well as 'more than': the figure supports no value; quote a sentence that says "
                "'more than' or states the figure plainly")


def figure_mismatch(figures: list[Figure], value: Quantity | Money,
                    reader: CurrencyReader | None) -> Mismatch | None:
    """Why no figure of ``figures`` supports ``value`` (None when one does)."""
    wanted = _wanted(value)
    same = [f for f in figures if _same_numbers(f, value)]
    if not same:
        if value.amount is None:
            ends = [f for f in figures if f.amount in value.ends]
            joined = next((f.joined for f in ends if f.joined), None)
            if joined is not None:
                return Mismatch("V401", f"the range {wanted} does not stand in the quote: "
                                f"{listing(ends)} are the two sides of a {joined}, not the "
                                "ends of one range", "state each figure as a value of its own "
                                "(with 'as_of:' for the time each one holds)")
            found = (f"the quote has {listing(ends)} but not the range {wanted}" if ends else
                     f"the quote has {listing(figures)}")
            return Mismatch("V401", f"the range {wanted} does not stand in the quote ({found})",
                            "a range is two numbers joined by '-', 'to', 'between ... and', or "
                            "'or' on one noun ('three or four weeks'); two figures with a unit "
                            "each ('a 20% or 10% levy') are no range")
        sizes = [f for f in figures if value.amount < 0 and f.amount == -value.amount]
        if sizes:  # "The Hang Seng Index sank 1.7%" as -1.7 (trial 7): the quote states a size
            return Mismatch("V401", f"the quote writes no minus: {listing(sizes)} is a size, "
                            "its direction is in the words around it",
                            f"write the size the quote states (amount: "
                            f"{plain_number(-value.amount)}) and name the direction in "
                            "'property:' (a fall, a loss, a rise)")
        return Mismatch("V401", f"the number {wanted} does not stand in the quote as a whole "
                        f"number (the quote has {listing(figures)})",
                        "a number must match a whole token: 40 is not in '400', 3 not in '3.5'")
    if isinstance(value, Quantity):  # the unit first: "$3.5 billion" is no quantity
        things = [f for f in same if _same_thing(f, value)]
        if not things:
            return thing_mismatch(same, value, reader)
        same = things
    scaled = [f for f in same if f.scale == value.scale]
    if not scaled:
        return Mismatch("V401", f"scale: the quote says {listing(same)}, the value says "
                        f"{wanted} {value.scale or '(no scale)'}",
                        "set 'scale:' to the quote's word (thousand, million, billion, "
                        "trillion)")
    matching = [f for f in scaled if _same_thing(f, value)]
    if not matching:
        return thing_mismatch(scaled, value, reader)
    rated = [f for f in matching if _same_per(f, value)]
    if not rated:
        return rate_mismatch(matching, value)
    spread = [f for f in rated if f.plus_minus == value.plus_minus]
    if not spread:
        found = ", ".join(f"{plain_number(f.amount)} ± {plain_number(f.plus_minus)}"
                          if f.plus_minus is not None else plain_number(f.amount) for f in rated)
        return Mismatch("V404", f"plus or minus: the quote says {found}, the value says "
                        f"{wanted}" + (f" ± {plain_number(value.plus_minus)}"
                                       if value.plus_minus is not None else ""),
                        "write the quote's uncertainty in 'plus_minus:'")
    if not any(_same_qualifier(f, value) for f in spread):
        found = ", ".join(sorted({f.outer if value.amount is None else f.qualifier
                                  for f in spread}))
        if found == "alternative":  # "a 20% or 10% levy": it proposes no range either
            return Mismatch("V404", f"qualifier: the quote gives {listing(spread)} as one of "
                            "two figures joined by 'or': it supports neither alone, and "
                            "'A or B' is no range",
                            "quote a passage that states the figure alone, or leave it out")
        if found == "either":  # the reader cannot tell the qualifier: it names none
            return Mismatch("V404", f"qualifier: the quote joins two qualifiers with 'or' "
                            f"before {listing(spread)}, so it supports no single one",
                            "quote a passage that qualifies the figure one way, or leave "
                            "the figure out")
        hint = (_ACROSS_HINT if any(f.qualifier == "across" for f in spread)
                else _QUALIFIER_HINT)
        return Mismatch("V404", f"qualifier: the quote says {found} ({listing(spread)}), the "
                        f"value says {value.qualifier}", hint)
    return None
