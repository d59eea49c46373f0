"""``draft``'s guess at a fact's subject and property, from the quote's words.

Why apart: a guess is a question of which capitalised words name something. The first
capitalised words of a sentence often name nothing ("The", "My", "According", "On
November", "Despite Mr"): trial 5 got those as subjects. Where the quote's first
capitalised words are such, the guess is "TODO subject", for the editor to write.
"""

from __future__ import annotations

from typing import Any

import generator.reading.lexicon as lx
from generator.reading import MONTHS, plural
from generator.reading.relative import WEEKDAYS

TODO_SUBJECT = "TODO subject"
# Capitalised words that name nothing by themselves: function words at a sentence's start,
# titles before a name ("Mr" is cut from "Mr. Trump" at its dot), months and weekdays.
_NOT_NAMES = (lx.DETERMINERS | lx.PRONOUNS | lx.PREPOSITIONS | frozenset(lx.SUBORDINATORS)
              | frozenset(MONTHS) | frozenset(WEEKDAYS)
              | frozenset({"according", "and", "but", "or", "so", "yet", "i", "mr", "mrs",
                           "ms", "dr", "today", "yesterday", "tomorrow"}))
# Units whose quantity is a length of time: the property "duration" ("h" is no property).
_DURATIONS = frozenset({"s", "min", "h", "day", "week", "month", "year"})


def _capitalised_runs(quote: str) -> list[list[str]]:
    """Runs of capitalised words ("The Pentagon", "Despite Mr"), each ended by punctuation
    ("Mr." at its dot, "Trump's" at its possessive) or by a word in lower case."""
    runs: list[list[str]] = []
    current: list[str] = []
    for raw in quote.split():
        word = raw.lstrip("\"'\u201c\u2018(")
        core = word.rstrip("\"'\u201d\u2019),;:.!?")
        core = core.removesuffix("'s").removesuffix("\u2019s")
        if word != raw and current:
            runs.append(current)
            current = []
        if not (core[:1].isupper() and core.replace("-", "").replace(".", "").isalnum()):
            if current:
                runs.append(current)
                current = []
            continue
        current.append(core)
        if core != word:
            runs.append(current)
            current = []
    if current:
        runs.append(current)
    return runs


def guess_subject(quote: str, subjects: list[str]) -> str:
    """A section's subject the quote names; else the first capitalised words if they name
    something ("The Pentagon"), never a sentence's opening word ("The", "My")."""
    for subject in subjects:
        if subject and subject in quote:
            return subject
    runs = _capitalised_runs(quote)
    first = runs[0] if runs else []
    at = next((i for i, word in enumerate(first) if word.lower() not in _NOT_NAMES), None)
    if at is None:
        return TODO_SUBJECT
    if at > 0 and first[at - 1].lower() == "the":
        at -= 1  # "The Pentagon"
    return " ".join(first[at:])


def guess_property(value: dict[str, Any]) -> str:
    if value["kind"] in ("text", "list"):
        return "description"
    if value["kind"] == "money":
        return "value"
    if value["kind"] == "date":
        return "date"
    if "noun" in value:
        return f"number of {plural(str(value['noun']))}"
    unit = str(value.get("unit", ""))
    if unit in _DURATIONS:
        return "duration"
    return {"km": "range", "m": "altitude", "t": "weight", "kg": "weight"}.get(
        unit, "TODO property" if unit in ("", "percent") else unit)
