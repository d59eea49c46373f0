"""Every value has the type and form the format gives it.

Why: a value of the wrong kind cannot be checked. This covers wrong types, values outside
a fixed list (units, currencies, qualifiers), impossible dates such as ``2017-02-30``,
ids that are not slugs, and a date's precision that disagrees with its form.

Passing::

    value: {kind: date, date: "2017-09-12"}

Failing::

    value: {kind: date, date: "2017-02-30"}
    # error[S103] facts.0.value.date.date: 2017-02-30 is not a calendar date
"""

ID = "S103"
NAME = "wrong-type"
STAGE = "validate"
