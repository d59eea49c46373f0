"""Each part of a date that the fact asserts stands in the quote.

Why: "April 2018" supports 2018-04 but not 2018-04-05; "September 12" gives no year,
so the year must be derived from the publication date (see V406).

Passing::

    value: {kind: date, date: "2020-07-23"}   # "23 July 2020"

Failing::

    value: {kind: date, date: "2017-09-12"}   # quote says only "On September 12"
"""

from generator.check.values import value_rule

ID = "V405"
NAME = "date-unsupported"
STAGE = "verify"
check = value_rule(ID)
