"""A quantity's unit is the unit the quote attaches to its number.

Why: km, kilometers and kilometres are one unit; metres are another.

Passing::

    value: {kind: quantity, amount: 30, unit: km, qualifier: up to}   # "up to 30 kilometers"

Failing::

    value: {kind: quantity, amount: 30, unit: m, qualifier: up to}
"""

from generator.rules._support import value_rule

ID = "V402"
NAME = "unit-mismatch"
STAGE = "verify"
check = value_rule(ID)
