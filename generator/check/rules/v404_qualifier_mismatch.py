"""A figure's or date's qualifier agrees with the quote's wording.

Why: "exceeded two billion US dollars" does not support an exact $2 billion, and
"mid-July 2019" is not plain July 2019. Over: more than, over, exceeded, above. About:
about, around, some, nearly. Up to: up to, as far as, within. A quote that leaves out
the qualifier before its figure ("402 kilometers away" where the article says "as far as
402 kilometers away") fails: the value must match the article, and the quote must show it.
One end of a range ("300-400 km") is no exact value, "400 ± 5 km" needs ``plus_minus: 5``,
"a dozen" is about 12, and "€6.56 + VAT" is not "at least".

Passing::

    value: {kind: money, amount: 2, scale: billion, currency: USD, qualifier: over}

Failing::

    value: {kind: money, amount: 2, scale: billion, currency: USD}   # exact
"""

from generator.check.values import value_rule

ID = "V404"
NAME = "qualifier-mismatch"
STAGE = "verify"
check = value_rule(ID)
