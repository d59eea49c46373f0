"""A figure that is a rate is a rate in the value too, per the same thing.

Why: "$500 million per battery" is not a $500 million sum, "1,200 tonnes a day" not
1,200 tonnes; and "$1.17 billion a year earlier" is a total at another time, not a rate
per year. 'per:' names what the quote's rate is per, singular or plural, or a unit.

Passing::

    value: {kind: money, amount: 500, scale: million, currency: USD, per: battery}
    # "$500 million per battery"

Failing::

    value: {kind: money, amount: 500, scale: million, currency: USD}   # no per: battery
"""

from generator.check.values import value_rule

ID = "V408"
NAME = "rate-mismatch"
STAGE = "verify"
check = value_rule(ID)
