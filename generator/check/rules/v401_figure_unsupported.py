"""The number, and for money its scale word, stand in the quote as whole tokens.

Why: 40 is not supported by "400 kilometers", 3 not by "3.5", 3.5 not by "$13.5", 12 not
by "2012"; and billion is not million. Numbers may be written in words ("two billion")
or in odd forms ("$ 3.5 billion", "$3.4-billion", "$1.2bn", "USD3.5bn", "$2.174T", "one
and a half billion euros"). A range (``min:``/``max:``) needs both ends joined as a range
("300-400 km", "between 200 and 300 km", and "or" on one noun: "three or four weeks"):
"a 20% or 10% levy", each figure with its unit, is none. The figure must be
whole in the quote too: a quote that stops at "$3.5" where the article says "$3.5
billion" fails.

Passing::

    value: {kind: money, amount: 3.5, scale: billion, currency: USD}   # "$3.5 billion"

Failing::

    value: {kind: quantity, amount: 40, unit: km}   # quote says "400 kilometers"
"""

from generator.check.values import value_rule

ID = "V401"
NAME = "figure-unsupported"
STAGE = "verify"
check = value_rule(ID)
