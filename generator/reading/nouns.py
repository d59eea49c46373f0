"""Counted nouns: "50 cars", "eight launchers", "four Patriot batteries".

Why: a count may be of anything, so nouns are not a table. A value names its noun in
the singular; the quote may write it singular or plural, after at most a few adjectives
("Patriot", "new", "metric", a designation such as "S-400") that are not another
figure or a function word.
"""

from __future__ import annotations

import re

_IRREGULAR = {"foot": "feet", "inch": "inches", "man": "men", "woman": "women",
              "person": "people", "child": "children", "aircraft": "aircraft",
              "series": "series", "personnel": "personnel", "century": "centuries",
              "dead": "dead"}
# Words that end the run of adjectives before a noun: "5 of the cars" counts no cars.
_STOP = """a an the of and or but to in on at for from by with than as into onto over under
per each every is are was were be been being has have had will would can could may might
that which who whom whose this these those it its their his her our your my not no more
less most least about around nearly almost some any all also only just"""
STOP_WORDS = frozenset(_STOP.split())
# Adjectives allowed between a number and its noun.
MAX_ADJECTIVES = 3
_WORD_AFTER = re.compile(r"[ -]([A-Za-z][A-Za-z'-]*)")
# A designation after the number, read as one adjective: "four S-400 batteries", "two F-35A
# jets". Its digits belong to the name: they are no figure and no stop.
_DESIGNATION_AFTER = re.compile(r" ([A-Za-z][A-Za-z]*-?\d[\dA-Za-z]*(?:-[\dA-Za-z]+)*)(?![\w-])")


def plural(word: str) -> str:
    """The English plural: "battery" -> "batteries", "launcher" -> "launchers"."""
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"


def words_after(text: str, end: int) -> tuple[tuple[str, ...], int]:
    """The words that could hold a counted noun after a number ending at ``end``:
    lower-cased, at most ``MAX_ADJECTIVES`` + 1, stopping at a function word or a figure;
    and where the last of them ends."""
    found: list[str] = []
    position = end
    while len(found) <= MAX_ADJECTIVES:
        designation = _DESIGNATION_AFTER.match(text, position)
        if designation is not None:
            found.append(designation.group(1).lower())
            position = designation.end()
            continue
        match = _WORD_AFTER.match(text, position)
        if match is None:
            break
        word = match.group(1).lower()
        if word in STOP_WORDS:
            break
        found.append(word)
        position = match.end()
        if any(c.isdigit() for c in text[position:position + 1]):
            break
    return tuple(found), position


def counts(words: tuple[str, ...], noun: str) -> bool:
    """True when ``words`` (after a number) name ``noun``, singular or plural."""
    noun = noun.lower()
    forms = {noun, plural(noun)}
    return any(word in forms for word in words)


def noun_written(words: tuple[str, ...]) -> str | None:
    """The last of the words: the noun as the quote writes it, for messages."""
    return words[-1] if words else None
