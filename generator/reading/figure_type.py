"""The figure a reader finds: a number as it stands in a text, with what is attached to it."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from generator.reading.phrases import NO_COUNT, Counted


@dataclass(frozen=True, slots=True)
class Figure:
    """A number as it stands in a text, with what is attached to it.

    ``currency`` is the currency the written form reads as on its own; ``currencies``
    every currency it can name ("$" names USD, CAD, AUD...), for the checker to narrow
    with the article's declared currency. ``low``/``high`` are the ends of the range a
    figure belongs to, ``per`` the thing a rate is per, ``plus_minus`` its uncertainty.
    """

    amount: Decimal
    scale: str | None
    currency: str | None
    unit: str | None
    qualifier: str
    start: int
    end: int
    written: str
    currencies: tuple[str, ...] = ()
    currency_written: str | None = None
    counted: Counted = NO_COUNT
    per: str | None = None
    time_reference: str | None = None
    low: Decimal | None = None
    high: Decimal | None = None
    outer: str = "exact"
    plus_minus: Decimal | None = None
    joined: str | None = None  # "change" or "tally": one of two figures that are no range
