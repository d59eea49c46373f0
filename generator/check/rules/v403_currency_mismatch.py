"""A sum's currency is the currency the quote gives.

Why: $, US$, US dollars and USD are USD; £ and pounds are GBP; rubles are RUB; every
ISO 4217 code, its CLDR names and symbols count ("100 Chinese yuan", "10 €", "1 ₺"). A
symbol several currencies share supports none of them where the article leaves it
open: "$" in an article that also names Canadian dollars, "¥", "rupees". The registry's
``currency:`` for the article then says which one it is, and the message says so.

Passing::

    value: {kind: money, amount: 2.77, scale: billion, currency: GBP}   # "(£2.77 billion)"

Failing::

    value: {kind: money, amount: 2.77, scale: billion, currency: USD}
"""

from generator.check.values import value_rule

ID = "V403"
NAME = "currency-mismatch"
STAGE = "verify"
check = value_rule(ID)
