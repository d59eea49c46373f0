"""Counted nouns: their plural, and the function words that end a noun run.

Why: a count may be of anything, so nouns are not a table. A value names its noun in
the singular; the quote may write it singular or plural. What a number counts is read
in phrases.py; ``counts`` and ``noun_written`` are its interface for the checker.
"""

from __future__ import annotations

import json
from pathlib import Path

_PLURALS: dict[str, dict[str, str]] = json.loads(
    (Path(__file__).parent / "data" / "plurals.json").read_text("utf-8"))
# Singular -> plural where the rules below do not form it: "life" -> "lives", not "lifes".
_IRREGULAR = _PLURALS["irregular"]
# Plural -> singular for hints and values: the irregulars read backwards ("series" stays
# series, not "sery"), and plurals the rules would misread ("gases" is gas).
IRREGULAR_SINGULARS = {plural: singular for singular, plural in _IRREGULAR.items()
                       } | _PLURALS["singular_of"]
# Function words that end the run of words before a noun.
_STOP = """a an the of and or but to in on at for from by with than as into onto over under
per each every is are was were be been being has have had will would can could may might
that which who whom whose this these those it its their his her our your my not no more
less most least about around nearly almost some any all also only just"""
STOP_WORDS = frozenset(_STOP.split())


def plural(word: str) -> str:
    """The English plural: "battery" -> "batteries", "launcher" -> "launchers"; of a
    compound, its last word: "crew member" -> "crew members"."""
    head, space, last = word.rpartition(" ")
    if space:
        return f"{head} {plural(last)}"
    if word.lower() in _IRREGULAR:
        return _IRREGULAR[word.lower()]
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"
