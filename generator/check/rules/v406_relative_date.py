"""A date derived from the publication date is derived correctly.

Why: relative wording ("on Tuesday", "last month", "next year", "earlier in the day", a
day without a year) is resolved against the article's registered publication date; the
checker redoes the arithmetic and refuses a derivation from an unknown date. A weekday,
month or day without a year points back in a clause gone by and forward in a clause to
come ("will reopen on Feb. 3", written in November, is next February); where its clause
says neither, the reader is unsure and the value is refused. "A day earlier" counts from
the quote's own date, not from publication. "Trump said ... two weeks ago" counts from
the day he spoke: where the sentence gives no day, the reader says so and proposes none.

Passing::

    value: {kind: date, date: "2018-12-18", relative: "on Tuesday"}   # published Wed 2018-12-19
    # "The levy will apply until March", published 2018-11-26:
    value: {kind: date, date: "..", end: "2019-03", relative: "until March"}

Failing::

    value: {kind: date, date: "2018-12-17", relative: "on Tuesday"}
    value: {kind: date, date: "..", end: "2018-03", relative: "until March"}   # nine months wrong
"""

from generator.check.values import value_rule

ID = "V406"
NAME = "relative-date"
STAGE = "verify"
check = value_rule(ID)
