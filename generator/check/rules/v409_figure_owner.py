"""A figure the sentence gives to another entity supports nothing for this subject.

Why: in "Chile's $80m order and Peru's $120m", the $80m is Chile's. A fact on Peru that
claims $80m quotes a true figure of the wrong owner. The reader names a figure's owner
only where the sentence does: a possessive ("Peru's $120m", "Peru's order of $120m"), the
subject of a verb of having or winning ("Jones had 49.9 percent") or of change ("Shanghai
shed 0.2%", "Manila and Jakarta both down 1.6%"), the levy whose base a sum is ("lower
tariffs on a list of $60 billion"), or an apposition to an owned figure ("Moore's 650,436,
48.4 percent"). The rule fails only where the subject
owns another figure of the quote and the claimed one is owned by someone else; a subject
the quote does not name as an owner is left alone.

Passing::

    subject: Peru
    quote: "Chile's $80m order and Peru's $120m were signed"
    value: {kind: money, amount: 120, scale: million, currency: USD}

Failing::

    subject: Peru
    quote: "Chile's $80m order and Peru's $120m were signed"
    value: {kind: money, amount: 80, scale: million, currency: USD}
"""

from generator.check.values import value_rule

ID = "V409"
NAME = "figure-owner"
STAGE = "verify"
check = value_rule(ID)
