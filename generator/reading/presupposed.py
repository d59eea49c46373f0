"""Where a hedge or a negation in a value's clause does not reach the value because the
clause presupposes it, or where the reader cannot tell (trial 5, on the NYT's trade war
article).

Why apart: ``stance.py`` finds the clause that governs a value and its cue words; these
rules say, from the clause's shape alone, which of those cues concern something else:

- a figure in the subject of a predicate that presupposes its subject in place ("whether a
  15 percent tariff imposed on consumer goods in September would remain"; "if any of his
  tariffs on $360 billion worth of Chinese goods will ever be removed"): the modal, the
  clause's "if" or "whether" and a negation after the value govern the staying or the
  removal; the figure describes what is in force (``presupposed_subject``);
- a duration before "into" in a phrase fronted before the subject ("more than a year and a
  half into the biggest trade war in modern history, Mr. Trump's approach has not yet
  produced ..."): elapsed time, outside the negation of the clause after it; any other
  value fronted before a negated clause's subject ("In 2018, the firm did not pay") may
  date what is denied, and the reader cannot tell (``fronted_phrase``);
- a modal in an indirect question ("difficulty figuring out how the United States could
  increase its exports ... to much more than $30 billion a year") is asked about, not
  claimed: supports nothing (``asked_modal``); "explained how ... could" claims it.
"""

from __future__ import annotations

from collections.abc import Sequence

import generator.reading.lexicon as lx
from generator.reading.verbs import Token

_POSSIBLE_MODALS = lx.MODALS - {"should", "must", "can", "cannot", "can't", "shouldn't",
                                "mustn't"}


def presupposed_subject(tokens: Sequence[Token], clause: Sequence[int], first: int,
                        last: int) -> int | None:
    """The index of the modal after the value whose predicate presupposes the value's
    noun phrase (a continuation or a passive removal), or None."""
    modal = next((i for i in clause if i > last and tokens[i].lower in lx.MODALS), None)
    if modal is None or any(tokens[i].lower in lx.MODALS or tokens[i].lower in (",", ";")
                            for i in clause if first > i > clause[0]):
        return None
    index, passive = modal + 1, False
    while index < len(tokens) and tokens[index].lower in lx.PRESUPPOSITION_GAP:
        passive = passive or tokens[index].lower == "be"
        index += 1
    if index >= len(tokens):
        return None
    word = tokens[index].lower
    if word in lx.CONTINUATIONS and not passive:
        return modal
    return modal if word in lx.REMOVALS and passive else None


def fronted_phrase(tokens: Sequence[Token], clause: Sequence[int], first: int, last: int,
                   negation: int) -> str:
    """A value in a phrase before the clause's subject, ended by a comma, with the
    negation after the comma: "into" after a duration is elapsed time ("elapsed"); any
    other such value may date what is denied ("doubt"); else "" (the negation reaches)."""
    if not clause or first < clause[0] or negation < last:
        return ""
    comma = next((i for i in clause if last < i < negation and tokens[i].lower == ","), None)
    if comma is None or any(tokens[i].lower in lx.MODALS or tokens[i].lower in lx.BE
                            or tokens[i].lower in lx.HAVE for i in clause if i < comma):
        return ""
    after = [tokens[i].lower for i in range(last + 1, min(len(tokens), last + 3))]
    if lx.ELAPSED_INTO in after[:2] and any(tokens[i].lower in lx.DURATION_WORDS
                                            for i in range(first, min(len(tokens), last + 2))):
        return "elapsed"
    return "doubt"


def asked_modal(tokens: Sequence[Token], marker: str, clause: Sequence[int],
                first: int) -> str:
    """A modal before the value in an indirect question ("how ... could increase ... to
    much more than $30 billion"): the doubt says why, or is empty."""
    if marker.lower() not in lx.QUESTION_WORDS or not clause or clause[0] == 0:
        return ""
    asking = tokens[clause[0] - 1].lower
    if asking not in lx.QUESTION_PREDICATES and asking not in lx.ASKING_BEFORE_HOW:
        return ""  # "explained how the firm could save $5m" claims the possibility
    modal = next((i for i in clause if i < first and tokens[i].lower in _POSSIBLE_MODALS),
                 None)
    if modal is None:
        return ""
    return (f"the value stands in a question ('{marker} ... {tokens[modal].text}'): what "
            f"'{tokens[modal].text}' says is asked, not claimed, and the reader cannot tell "
            "what the text holds true")


def unreached(tokens: Sequence[Token], clause: Sequence[int], marker: str, first: int,
              last: int, cues: Sequence[tuple[int, str]]) -> tuple[set[int], str]:
    """Of the value's clause's cues (token index, stance), those that concern what the
    clause presupposes (a subject's figure under "would remain"; a fronted "a year and a
    half into"), and a doubt where a value fronted before a negated clause's subject may
    date the denial."""
    drop: set[int] = set()
    modal = presupposed_subject(tokens, clause, first, last)
    if modal is not None:
        own = clause[0] if lx.SUBORDINATORS.get(marker) == "condition" else modal
        drop |= {i for i, stance in cues
                 if i >= 0 and (i in (modal, own) or (stance == "denied" and i > last))}
    doubt = ""
    for negation in [i for i, stance in cues if stance == "denied" and i not in drop]:
        reach = fronted_phrase(tokens, clause, first, last, negation)
        if reach == "elapsed":
            drop.add(negation)
        elif reach == "doubt":
            doubt = (f"the value stands in a phrase before the subject of a clause that "
                     f"'{tokens[negation].text}' negates; the reader cannot tell if the "
                     "denial reaches it")
    return drop, doubt


def change_start(text: str, tokens: Sequence[Token], first: int, hedged: bool) -> str:
    """A doubt for the figure a change starts from, under a hedge ("Seoul expects producers
    to increase the efficiency ... from 23% to 35%", trial 7): the hedge governs the change
    and its end; the start is where things stand, which the sentence presupposes rather
    than states. The reader cannot tell, so it supports nothing (the editor may answer)."""
    from generator.reading.joins import is_change

    if not hedged or first < 1 or tokens[first - 1].lower != "from":
        return ""
    ahead = [t.lower for t in tokens[first + 1:first + 5]]
    if "to" not in ahead or not is_change(text, tokens[first].start):
        return ""
    return ("the value is where a change 'from ... to ...' starts: the hedge governs the "
            "change and its end, and the start is only presupposed, so the reader cannot "
            "tell its stance")
