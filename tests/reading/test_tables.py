"""The committed currency and unit tables are what CLDR (Babel) and pint give today."""

from __future__ import annotations

from generator.reading import tables
from generator.reading.money import CURRENCIES, NAMES, SYMBOLS, resolve
from generator.reading.units import UNIT_SYMBOLS, UNIT_TABLE, UNIT_WORDS


def test_the_tables_are_in_step_with_the_pinned_libraries() -> None:
    """Fails after a Babel or pint upgrade: run ``python -m generator.reading.tables``."""
    for name, table in tables.tables().items():
        committed = (tables.DATA / name).read_text("utf-8")
        assert committed == tables.render(table), f"{name} is stale"


def test_every_active_iso_code_is_there_with_its_names_and_symbols() -> None:
    assert len(CURRENCIES) > 140
    for code in ("USD", "EUR", "GBP", "CNY", "TRY", "INR", "CAD", "RUB", "JPY", "CHF"):
        assert code in CURRENCIES
    assert NAMES["turkish lira"] == ("TRY",)
    assert NAMES["chinese yuan"] == ("CNY",)
    assert SYMBOLS["₺"] == ("TRY",) and SYMBOLS["€"] == ("EUR",)
    assert {"USD", "CAD", "AUD"} <= set(SYMBOLS["$"])
    assert {"INR", "PKR"} <= set(NAMES["rupees"])


def test_shared_forms_read_as_one_currency_only_by_the_policy() -> None:
    assert resolve("$", SYMBOLS["$"]) == "USD"
    assert resolve("dollars", NAMES["dollars"]) == "USD"
    assert resolve("£", SYMBOLS["£"]) == "GBP"
    assert resolve("¥", SYMBOLS["¥"]) is None  # yen or yuan
    assert resolve("rupees", NAMES["rupees"]) is None
    assert resolve("€", SYMBOLS["€"]) == "EUR"


def test_units_are_pints_with_their_dimensions() -> None:
    assert UNIT_WORDS["kilometre"] == UNIT_WORDS["kilometer"] == UNIT_SYMBOLS["km"] == "km"
    assert UNIT_TABLE["km/h"]["dimension"] == "[length] / [time]"
    assert UNIT_WORDS["tonne"] == "t" and UNIT_WORDS["ton"] == "ton"  # a tonne is not a ton
    assert UNIT_WORDS["metric tons"] == "t"
    assert UNIT_WORDS["feet"] == "ft" and UNIT_WORDS["nautical miles"] == "nmi"
    assert UNIT_SYMBOLS["°C"] == "°C" and UNIT_TABLE["°C"]["dimension"] == "[temperature]"
    assert "in" not in UNIT_SYMBOLS and "K" not in UNIT_SYMBOLS  # words and "5K" (thousand)
    assert "pounds" not in UNIT_WORDS  # money, GBP


def test_plurals() -> None:
    assert tables.plural("battery") == "batteries"
    assert tables.plural_of_name("metric ton") == "metric tons"
    assert tables.plural_of_name("kilometer per hour") == "kilometers per hour"
    assert tables.plural_of_name("degree celsius") == "degrees celsius"
    assert tables.plural_of_name("kph") == "kph"
