"""No key outside the format, with a suggestion for a typo.

Why: a misspelt ``qoute:`` would otherwise be ignored while the fact looks fine.

Passing::

    quote: "The S-400 can engage targets at a distance of 400 kilometers"

Failing::

    qoute: "The S-400 can engage targets at a distance of 400 kilometers"
    # error[S102] unknown key 'qoute'; did you mean 'quote'?
"""

ID = "S102"
NAME = "unknown-key"
STAGE = "validate"
