"""When "today" dates no day (trial 5): the reader refuses it rather than give the
publication day.

Why: "today" is the dateline's day only in the writer's own account of an event. In
someone's quoted words it is the day they spoke ("... the economic conditions we're
experiencing today," said in a speech last week), and beside a present state it means
nowadays ("Today, plague infections are rare, but they do happen."): neither is the
publication day, and the reader proposes no other.
"""

from __future__ import annotations

import generator.reading.lexicon as lx
from generator.reading.normalise import find_whole, normalise
from generator.reading.verbs import Token, tokenize

_PRESENT_BE = frozenset({"is", "are", "am", "'re", "remain", "remains"})
# "Today, stocks are down": a day's move, not a state of the times.
_MOVES = frozenset({"up", "down", "higher", "lower", "open", "closed", "off", "flat"})
_BOUNDARIES = frozenset({",", ";", ":", ".", "!", "?", "(", ")"})


def today_doubt(sentence: str, phrase: str, before: str = "") -> str | None:
    """Why "today" in ``sentence`` dates no day, or None (it is the dateline's day).
    ``before``: the paragraph up to the end of the quote, whose quotation marks say
    whether the last "today" in it is someone's words."""
    if " ".join(normalise(phrase).lower().split()) != "today":
        return None
    opened = normalise(before or sentence)
    said = find_whole(opened.lower(), "today")
    if said and opened[:said[-1]].count('"') % 2:
        return ("'today' stands in quoted words: it is the day they were spoken, not "
                "necessarily the publication day, and the quote does not say which day")
    plain = normalise(sentence)
    starts = find_whole(plain.lower(), "today")
    if len(starts) != 1:
        return None
    tokens = tokenize(plain)
    at = next(i for i, t in enumerate(tokens) if t.start == starts[0])
    if at + 1 < len(tokens) and tokens[at + 1].lower not in _BOUNDARIES:
        return None  # "Today is ...", "today announced": the day itself
    if at != 0 or len(tokens) < 3 or tokens[1].lower != ",":
        return None  # only a fronted "Today," opens a general present
    words = [tokens[i].lower for i in _chunk(tokens, 2)]
    if not words or words[0] in lx.DETERMINERS:
        return None  # a general present's subject is bare: "plague infections", not "the storm"
    for index, word in enumerate(words[:-1]):
        following = words[index + 1]
        if word in _PRESENT_BE and following.isalpha() and not following.endswith(
                ("ing", "ed")) and following not in lx.NEGATIONS and following != "to" \
                and following not in _MOVES:
            return (f"'today' beside a present state ('{word} {following}') means nowadays: "
                    "it dates no day")
        if word in lx.MODALS or word in lx.HAVE or word in ("was", "were"):
            return None
    return None


def _chunk(tokens: list[Token], at: int) -> list[int]:
    """The token indices between the boundaries around ``at``."""
    low = at
    while low > 0 and tokens[low - 1].lower not in _BOUNDARIES:
        low -= 1
    high = at
    while high + 1 < len(tokens) and tokens[high + 1].lower not in _BOUNDARIES:
        high += 1
    return list(range(low, high + 1))
