"""Build the currency and unit tables in ``generator/reading/data/`` from CLDR and pint.

Why: names, symbols and codes of currencies come from CLDR (through Babel), and names,
aliases and dimensions of units from pint's registry, so the checker does not keep hand
tables. Building pint's registry takes about a second, so the tables are generated once,
committed as JSON, and read cheaply at run time. ``tests/reading/test_tables.py`` fails
when they are out of step with the pinned libraries.

Regenerate with ``python -m generator.reading.tables`` after upgrading Babel or pint.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
from pathlib import Path
from typing import Any

DATA = Path(__file__).parent / "data"
# Currencies in use on this day in some territory; a fixed day keeps the table stable.
AS_OF = dt.date(2026, 1, 1)

# Spellings CLDR's English names leave out but English-language articles use.
EXTRA_CURRENCY_NAMES: dict[str, list[str]] = {
    "USD": ["U.S. dollar", "U.S. dollars", "American dollars"],
    "GBP": ["pound sterling", "pounds sterling", "sterling"],
    "CNY": ["renminbi", "yuan renminbi"],
    "RUB": ["rouble", "roubles", "Russian rouble", "Russian roubles"],
    "TRY": ["Turkish liras", "liras"],
}
# Symbols English-language articles write that CLDR gives to another currency only.
EXTRA_CURRENCY_SYMBOLS: dict[str, list[str]] = {"CAD": ["C$"]}
# A symbol or generic noun that several currencies share reads as one of them only by
# this policy, and only where the article gives no other context (see money.py).
DEFAULT_FOR_SHARED = {"$": "USD", "dollar": "USD", "dollars": "USD", "£": "GBP",
                      "pound": "GBP", "pounds": "GBP", "ruble": "RUB", "rubles": "RUB",
                      "rouble": "RUB", "roubles": "RUB", "cent": "USD", "cents": "USD"}

# The units the checker reads, by pint name (a prefix is allowed: "kilometer"), with the
# key a value writes in ``unit:`` where it is not pint's symbol.
UNIT_SELECTION: dict[str, str | None] = {
    "kilometer": None, "meter": None, "centimeter": None, "millimeter": None,
    "mile": None, "nautical_mile": None, "foot": None, "inch": None, "yard": None,
    "kilogram": None, "gram": None, "metric_ton": None, "ton": None, "long_ton": "long ton",
    "second": None, "minute": None, "hour": None, "day": "day", "week": None,
    "month": None, "year": "year", "percent": "percent",
    "degree_Celsius": None, "degree_Fahrenheit": None, "kelvin": None,
    "liter": None, "barrel": None, "gallon": None,
    "cubic_yard": "cubic yard", "cubic_foot": "cubic foot",
    "knot": None, "mile / hour": "mph", "kilometer / hour": "km/h", "meter / second": "m/s",
    "watt": None, "kilowatt": None, "megawatt": None, "gigawatt": None, "hectare": None,
}
# Symbols that are ordinary words or letters on their own ("in", "a", "K" for thousand).
UNSAFE_SYMBOLS = {"in", "a", "d", "l", "K", "L", "ℓ"}
# Words that name another unit than pint's alias does in news usage: "pound(s)" is read
# as money (GBP), so the mass unit keeps only its symbols "lb" and "lbs".
NOT_UNIT_WORDS = {"pound", "pounds"}
# English spellings pint's names leave out.
EXTRA_UNIT_WORDS = {"percent": ["per cent"]}
# Not in pint's registry: a speed ratio written before its number ("Mach 9").
EXTRA_UNITS: dict[str, dict[str, Any]] = {
    "mach": {"dimension": "[speed ratio]", "words": ["mach"], "symbols": [], "before": True},
    # A difference of two percentages, not a percent of anything: "rose 0.5 percentage
    # points". "points" alone is not one (index points): it is a counted noun.
    "percentage point": {"dimension": "[percentage difference]", "before": False,
                         "words": ["percentage point", "percentage points", "percent point",
                                   "percent points", "per cent point", "per cent points"],
                         "symbols": ["pp", "ppt"]},
}
# pint's own units for a compound, whose names and symbols count too ("kph", "mph").
COMPOUND_ALSO = {"kilometer / hour": "kilometer_per_hour", "mile / hour": "mile_per_hour"}
_IRREGULAR_PLURALS = {"foot": "feet", "inch": "inches", "century": "centuries"}
_NO_PLURAL = {"percent", "celsius", "fahrenheit", "mach", *_IRREGULAR_PLURALS.values()}
_NOT_A_WORD = re.compile(r"^(?:deg[a-z]|degree[a-z]|.)$")


def plural_of_name(name: str) -> str:
    """The plural of a unit's name: "metric tons", "kilometres per hour", "degrees celsius"."""
    if " per " in name:
        head, _, tail = name.partition(" per ")
        return f"{plural_of_name(head)} per {tail}"
    words = name.split(" ")
    at = 0 if words[0] == "degree" else len(words) - 1
    if (" an " in name or words[at].endswith("s") or words[at] in _NO_PLURAL
            or not re.search("[aeiou]", words[at])):
        return name  # already plural, uncounted, or an abbreviation ("kph", "hr")
    words[at] = plural(words[at])
    return " ".join(words)


def plural(word: str) -> str:
    """The English plural of a unit or noun word: "kilometre" -> "kilometres"."""
    if word in _IRREGULAR_PLURALS:
        return _IRREGULAR_PLURALS[word]
    if word.endswith(("s", "x", "ch", "sh")):
        return word + "es"
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"


def _currencies() -> dict[str, Any]:
    import babel
    from babel import localedata
    from babel.core import Locale
    from babel.numbers import get_currency_name, get_currency_symbol, get_territory_currencies

    english = Locale("en")
    codes: set[str] = set()
    by_territory: dict[str, list[str]] = {}
    for territory in map(str, english.territories):
        if territory.isalpha() and len(territory) == 2:
            found = get_territory_currencies(territory, AS_OF, tender=True)
            by_territory[territory] = found
            codes.update(found)
    symbols: dict[str, set[str]] = {code: set() for code in codes}
    for identifier in sorted(localedata.locale_identifiers()):
        locale = Locale.parse(identifier)
        for code in by_territory.get(locale.territory or "", []):
            symbol = locale.currency_symbols.get(code)
            if symbol:
                symbols[code].add(symbol)
    table: dict[str, Any] = {}
    for code in sorted(codes):
        names = {get_currency_name(code, locale="en"),
                 get_currency_name(code, count=1, locale="en"),
                 get_currency_name(code, count=2, locale="en"),
                 *EXTRA_CURRENCY_NAMES.get(code, [])}
        written = {s for s in symbols[code] | {get_currency_symbol(code, "en")}
                   | set(EXTRA_CURRENCY_SYMBOLS.get(code, []))
                   if s != code and not any(c.isspace() or c.isdigit() for c in s)
                   and not (s.isascii() and s.isalpha() and len(s) < 2)}
        table[code] = {"name": get_currency_name(code, locale="en"),
                       "names": sorted({n.lower() for n in names if n and n != code}),
                       "symbols": sorted(written)}
    return {"babel": babel.__version__, "as_of": AS_OF.isoformat(),
            "default_for_shared": DEFAULT_FOR_SHARED, "currencies": table}


def _units() -> dict[str, Any]:
    import pint

    registry: Any = pint.UnitRegistry()
    table: dict[str, Any] = {}
    for name, key in UNIT_SELECTION.items():
        if "/" in name:
            numerator, denominator = (part.strip() for part in name.split("/"))
            top = _unit_words(registry, numerator)
            bottom = _unit_words(registry, denominator)
            words = {f"{plural(w)} per {b}" for w in top["names"] for b in bottom["names"]}
            symbols = {f"{s}/{b}" for s in top["symbols"] for b in bottom["symbols"]}
            if bottom["names"] & {"hour"}:
                words |= {f"{plural(w)} an hour" for w in top["names"]}
            if name in COMPOUND_ALSO:
                also = _unit_words(registry, COMPOUND_ALSO[name])
                words |= also["names"]
                symbols |= also["symbols"]
        else:
            found = _unit_words(registry, name)
            words, symbols = set(found["names"]), found["symbols"]
        dimension = str(registry.get_dimensionality(name.replace(" ", "")))
        words = {w.lower() for w in words if not _NOT_A_WORD.match(w.lower())}
        words |= {plural_of_name(w) for w in words}
        words -= NOT_UNIT_WORDS
        words |= set(EXTRA_UNIT_WORDS.get(key or "", []))
        unit_key = key or _symbol(registry, name)
        table[unit_key] = {"pint": name, "dimension": dimension,
                           "words": sorted(words),
                           "symbols": sorted(symbols - UNSAFE_SYMBOLS), "before": False}
    table.update(EXTRA_UNITS)
    return {"pint": pint.__version__, "units": table}


def _symbol(registry: Any, name: str) -> str:
    return str(registry.get_symbol(name))


def _unit_words(registry: Any, name: str) -> dict[str, set[str]]:
    """Names and symbols of a pint unit, prefixed ones included ("kilometre", "km")."""
    ((prefix, base, _),) = registry.parse_unit_name(name)
    definition = registry._units[base]
    bases = {definition.name, *definition.aliases}
    base_symbol = definition.symbol
    if prefix:
        pre = registry._prefixes[prefix]
        names = {prefix + b for b in bases}
        symbols = {pre.symbol + base_symbol} if base_symbol else set()
    else:
        names, symbols = bases, ({base_symbol} if base_symbol else set())
    return {"names": {n.replace("_", " ") for n in names if not n.startswith("_")},
            "symbols": {s for s in symbols if s and "_" not in s}}


def tables() -> dict[str, dict[str, Any]]:
    """Both tables as they would be written, for the sync test and the command."""
    return {"currencies.json": _currencies(), "units.json": _units()}


def render(table: dict[str, Any]) -> str:
    return json.dumps(table, indent=1, sort_keys=True, ensure_ascii=False) + "\n"


def main() -> int:
    DATA.mkdir(exist_ok=True)
    for name, table in tables().items():
        (DATA / name).write_text(render(table), "utf-8")
        print(f"wrote {DATA / name}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
