"""Currencies: codes, symbols and the words that name them."""

from __future__ import annotations

CURRENCIES: dict[str, dict[str, tuple[str, ...]]] = {
    "USD": {"prefix": ("US$", "USD", "$"), "suffix": ("US dollars", "U.S. dollars", "dollars",
                                                      "USD", "dollar")},
    "GBP": {"prefix": ("£", "GBP"), "suffix": ("pounds sterling", "pounds", "GBP", "pound")},
    "EUR": {"prefix": ("€", "EUR"), "suffix": ("euros", "euro", "EUR")},
    "RUB": {"prefix": ("₽", "RUB"), "suffix": ("rubles", "roubles", "ruble", "rouble", "RUB")},
    # ¥ is yen as well as yuan, so only the words and the code count for CNY.
    "CNY": {"prefix": ("CNY",), "suffix": ("yuan", "CNY", "renminbi")},
    "TRY": {"prefix": ("₺", "TRY"), "suffix": ("Turkish lira", "lira", "TRY")},
}
CURRENCY_SYMBOLS = {"USD": "US$", "GBP": "£", "EUR": "€", "RUB": "₽", "CNY": "¥", "TRY": "₺"}

PREFIXES = {p: code for code, forms in CURRENCIES.items() for p in forms["prefix"]}
SUFFIXES = {s.lower(): code for code, forms in CURRENCIES.items() for s in forms["suffix"]}
