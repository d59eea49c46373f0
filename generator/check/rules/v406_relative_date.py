"""A date derived from the publication date is derived correctly.

Why: relative wording ("on Tuesday", "last month", "next year", "earlier in the day", a
day without a year) is resolved against the article's registered publication date; the
checker redoes the arithmetic and refuses a derivation from an unknown date.

Passing::

    value: {kind: date, date: "2018-12-18", relative: "on Tuesday"}   # published Wed 2018-12-19

Failing::

    value: {kind: date, date: "2018-12-17", relative: "on Tuesday"}
"""

from generator.check.values import value_rule

ID = "V406"
NAME = "relative-date"
STAGE = "verify"
check = value_rule(ID)
