"""A text value, or each item of a list, stands in the quote as written.

Why: a name is evidence only if the quote spells it, case included. A misspelt name
stays verbatim and the note says so. An item matches whole tokens: a hyphen joins a
designation into one, so "F" is not in "F-35". A bare number ("100") is a figure, not a
name: write it as a quantity, which the figure reader checks.

Passing::

    value: {kind: list, items: [China, India]}   # "sold only to China and India"

Failing::

    value: {kind: list, items: [China, India, Algeria]}
"""

from generator.check.values import value_rule

ID = "V407"
NAME = "text-unsupported"
STAGE = "verify"
check = value_rule(ID)
