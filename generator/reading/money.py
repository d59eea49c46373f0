"""Currencies: ISO 4217 codes, symbols and names, from CLDR (data/currencies.json).

Why: the table is CLDR's, built by ``generator/reading/tables.py`` with Babel, so every
currency in use has its code, its English names and the symbols its own locales write.
A symbol or noun several currencies share ("$", "dollars", "¥", "kr", "rupees") names
each of them; it reads as one only by the policy in the table ("$" and "dollars" are
USD, "£" and "pounds" GBP) and only where the article declares no other currency.
"""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

_TABLE: dict[str, Any] = json.loads(
    (Path(__file__).parent / "data" / "currencies.json").read_text("utf-8"))
CURRENCIES: dict[str, dict[str, Any]] = _TABLE["currencies"]
DEFAULT_FOR_SHARED: dict[str, str] = _TABLE["default_for_shared"]


def _index() -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]:
    symbols: dict[str, set[str]] = {}
    names: dict[str, set[str]] = {}
    for code, entry in CURRENCIES.items():
        symbols.setdefault(code, set()).add(code)
        for symbol in entry["symbols"]:
            symbols.setdefault(symbol, set()).add(code)
        for name in entry["names"]:
            names.setdefault(name, set()).add(code)
            # the noun alone ("dollars", "lira", "rupees") names every currency it ends
            last = name.rsplit(" ", 1)[-1]
            if last != name and last not in CURRENCIES:
                names.setdefault(last, set()).add(code)
    return ({k: tuple(sorted(v)) for k, v in symbols.items()},
            {k: tuple(sorted(v)) for k, v in names.items()})


# What each written form can mean: "$" -> (AUD, CAD, ..., USD); "€" -> (EUR,); "TRY" -> (TRY,)
SYMBOLS, NAMES = _index()
LONGEST_SYMBOL = max(len(s) for s in SYMBOLS)
LONGEST_NAME_WORDS = max(name.count(" ") + 1 for name in NAMES)


# Hundredths written as a unit of their own; CLDR has no names for them, so they are kept
# here: "50 euro cents" is EUR 0.50.
SUBUNITS = {"euro cent": "EUR", "euro cents": "EUR", "eurocent": "EUR", "eurocents": "EUR",
            "us cent": "USD", "us cents": "USD", "u.s. cents": "USD"}
SUBUNIT_FACTOR = Decimal("0.01")
# A hundredth of each currency its unit word names: "10 cents" is 0.10 of the "dollars"
# currencies, and reads as USD by the same policy, where the article names no other.
SHARED_SUBUNITS = {"cent": "dollar", "cents": "dollars"}


def _display(code: str) -> str:
    symbols = [s for s in CURRENCIES[code]["symbols"] if SYMBOLS[s] == (code,)]
    if code == "USD":
        return "US$"
    return min(symbols, key=len) if symbols else code + " "


CURRENCY_SYMBOLS = {code: _display(code) for code in CURRENCIES}


def resolve(written: str, options: tuple[str, ...]) -> str | None:
    """The currency a form reads as on its own: its only code, or the policy's default."""
    if len(options) == 1:
        return options[0]
    default = DEFAULT_FOR_SHARED.get(written) or DEFAULT_FOR_SHARED.get(written.lower())
    return default if default in options else None


def currency_name(code: str) -> str:
    return str(CURRENCIES[code]["name"]) if code in CURRENCIES else code
