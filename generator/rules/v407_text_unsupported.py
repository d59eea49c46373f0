"""A text value, or each item of a list, stands in the quote as written.

Why: a name is evidence only if the quote spells it, case included. A misspelt name
stays verbatim and the note says so.

Passing::

    value: {kind: list, items: [China, India]}   # "sold only to China and India"

Failing::

    value: {kind: list, items: [China, India, Algeria]}
"""

from generator.rules._support import value_rule

ID = "V407"
NAME = "text-unsupported"
STAGE = "verify"
check = value_rule(ID)
