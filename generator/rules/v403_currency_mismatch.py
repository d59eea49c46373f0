"""A sum's currency is the currency the quote gives.

Why: $, US$, US dollars and USD are USD; £ and pounds are GBP; rubles are RUB.

Passing::

    value: {kind: money, amount: 2.77, scale: billion, currency: GBP}   # "(£2.77 billion)"

Failing::

    value: {kind: money, amount: 2.77, scale: billion, currency: USD}
"""

from generator.rules._support import value_rule

ID = "V403"
NAME = "currency-mismatch"
STAGE = "verify"
check = value_rule(ID)
