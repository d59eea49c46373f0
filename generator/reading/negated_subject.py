"""The subject of a negated clause (trial 6, issue 18).

Why: draft proposed {1 station, stance: denied} for "One Napa County reporting station
hasn't seen a measurable drop of rain"; what the negation denies is the rain, not the
station the clause is said of.
"""

from __future__ import annotations

from collections.abc import Sequence

import generator.reading.lexicon as lx
from generator.reading.verbs import Token

# Auxiliaries of an active verb group that a negation can stand on ("hasn't seen", "did
# not vote", "won't attend"); "were never delivered" is a passive, "is not" a copula.
_ACTIVE_AUXILIARIES = (lx.HAVE | lx.DO | lx.MODALS) - {"having"}


def subject_outside_negation(tokens: Sequence[Token], negation: int, first: int, last: int,
                             subject: Sequence[int]) -> bool:
    """"One Napa County reporting station hasn't seen a measurable drop of rain" (trial 6):
    a figure in the subject of an active clause, before its negated auxiliary, counts what
    the clause is said of; the negation denies the predicate (the rain), not the station.
    A passive or a copula ("Two radars were never delivered") keeps the denial."""
    if not (last < negation and first in subject and last in subject):
        return False
    word = tokens[negation].lower.replace("\u2019", "'")
    if word.endswith("n't"):
        stem = {"won't": "will", "can't": "can", "shan't": "shall"}.get(word, word[:-3])
        auxiliary = stem if stem in _ACTIVE_AUXILIARIES else ""
    elif word in ("not", "never") and negation > 0:
        auxiliary = tokens[negation - 1].lower
    else:
        return False
    if auxiliary not in _ACTIVE_AUXILIARIES:
        return False
    if first and tokens[first - 1].lower in lx.PREPOSITIONS:
        return False  # "In 2018, the company did not pay": a fronted time, not the subject
    if any(tokens[i].lower in (",", ";", ":", "(", ")") for i in range(last + 1, negation)):
        return False
    index = negation + 1
    while index < len(tokens) and tokens[index].lower in lx.NEGATED_ADVERBS:
        index += 1
    verb = tokens[index].lower if index < len(tokens) else ""
    after = tokens[index + 1] if index + 1 < len(tokens) else None
    # the verb takes an object ("seen a measurable drop"): what is denied is the verb's
    # hold on its object; an intransitive ("12 jets will not fly") is left as it was
    return verb.isalpha() and verb not in lx.BE and after is not None and (
        after.lower in lx.DETERMINERS or after.text[:1].isdigit())
