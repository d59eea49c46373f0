"""Where a new clause opens inside a sentence that reads as one (trial 6, issue 18).

Why: a hedge governs its own clause. Read as one clause, "dumped about 2 inches ... on
Tuesday and more was expected Wednesday" lent its "expected" to the 2 inches; "In a letter
calling for the meeting, CPUC President Marybel Batjer said" lent "calling for" to her
title; "told US media this month that its forces are likely to remain" put "this month"
among the words told. These tests find the opening; the structure reader opens the clause.
"""

from __future__ import annotations

import generator.reading.lexicon as lx
from generator.reading.verbs import LOOKAHEAD, Token, is_participle, is_verb

# The words that open the subject of a clause after "and" ("and more was expected").
_SUBJECT_LEADS = lx.DETERMINERS | lx.PRONOUNS | frozenset({
    "more", "most", "many", "much", "few", "fewer", "less", "several", "others"})
# Auxiliaries that carry a clause's tense ("more was expected"), not "be" or "been".
_FINITE_AUXILIARIES = (lx.BE | lx.HAVE | lx.MODALS) - {"be", "been", "being", "having", "'s"}


def fronted_participle(tokens: list[Token], index: int) -> bool:
    """A participle after the noun of a fronted phrase ("In a letter calling for ...,"):
    the sentence opens with a preposition and a comma ends the phrase before any verb (the
    caller knows the clause has no verb yet)."""
    if index < 2 or tokens[0].lower not in lx.PREPOSITIONS or not is_participle(tokens[index]):
        return False
    previous = tokens[index - 1]
    if not previous.lower.isalpha() or previous.lower in lx.DETERMINERS \
            or previous.lower in lx.PREPOSITIONS:
        return False
    for probe in range(index + 1, min(len(tokens), index + LOOKAHEAD)):
        if tokens[probe].lower == ",":
            return True
        if tokens[probe].lower in (";", ":", "(", ")", '"') or is_verb(tokens, probe):
            return False
    return False


def subject_then_auxiliary(tokens: list[Token], start: int) -> bool:
    """A short subject ("more", "20", "the ship") and then a finite auxiliary ("was",
    "were", "has", "will"): after a clause's verb, "and" opens a clause of its own."""
    if start >= len(tokens) or not (tokens[start].lower in _SUBJECT_LEADS
                                    or tokens[start].text[:1].isdigit()):
        return False  # "Ships won't pass and trucks will wait": left as one clause
    for index in range(start, min(len(tokens), start + 4)):
        word = tokens[index].lower
        if index > start and word in _FINITE_AUXILIARIES:
            return True
        if not (word.isalnum() or word[:1].isdigit()) or word in lx.PREPOSITIONS \
                or word in lx.RELATIVES or word in lx.SUBORDINATORS \
                or word in _FINITE_AUXILIARIES or is_verb(tokens, index):
            return False
    return False


def recipient_then_that(tokens: list[Token], index: int, limit: int) -> int:
    """The "that" after the one told ("told US media this month that"): the words between
    are no verb and no break; else ``index``."""
    for probe in range(index, limit):
        word = tokens[probe].lower
        if word == "that":
            return probe if probe > index else index
        if not word.isalnum() or is_verb(tokens, probe) or word in lx.RELATIVES:
            return index
    return index
