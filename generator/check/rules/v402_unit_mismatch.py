"""A quantity's unit is the unit the quote attaches to its number.

Why: km, kilometers and kilometres are one unit; metres are another; km/h is a speed;
a tonne (t, "metric tons") is not a ton (the short ton). Units are pint's. A count names
its thing in ``noun:`` (singular), which the quote may write in the plural after a few
adjectives: "four Patriot batteries" supports ``noun: battery``, not ``noun: launcher``.

Passing::

    value: {kind: quantity, amount: 30, unit: km, qualifier: up to}   # "up to 30 kilometers"

Failing::

    value: {kind: quantity, amount: 30, unit: m, qualifier: up to}
"""

from generator.check.values import value_rule

ID = "V402"
NAME = "unit-mismatch"
STAGE = "verify"
check = value_rule(ID)
