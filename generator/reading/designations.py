"""Numbers that name rather than count (data/designations.json): "Flight 302", "FTSE 100",
"737 Max 8", "787-9", "Image 1 of 2".

A designation is no figure: coverage does not ask an editor to account for it and E701
does not ask a fact to back it. Both ask :func:`generator.reading.figures.is_designation`
(which asks this module, then the names of :data:`generator.reading.numbers.NAMED_NUMBER`),
so they agree. Read by
words, with no pattern: the word before the number, the word after it, a hyphen.
"""

from __future__ import annotations

import json
from pathlib import Path

_DATA = json.loads((Path(__file__).parent / "data" / "designations.json").read_text("utf-8"))
BEFORE: frozenset[str] = frozenset(_DATA["before"])
MODELS: frozenset[str] = frozenset(_DATA["models"])
MODEL_AFTER: frozenset[str] = frozenset(_DATA["model_after"])
COUNTERS: frozenset[str] = frozenset(_DATA["counters"])
COUNTED_AFTER: frozenset[str] = frozenset(_DATA["counted_after"])
# "a 20-seater truck", "an 18-wheeler": the hyphened word names one thing by its number
NUMBERED_NAMES: frozenset[str] = frozenset(_DATA["numbered_names"])
_WORD_CHARS = "&'’-"


def _digits_end(text: str, start: int) -> int:
    end = start
    while end < len(text) and text[end].isdigit():
        end += 1
    return end


def _word_before(text: str, at: int) -> tuple[str, int]:
    """The word ending just before ``at`` (one space between), and where it starts."""
    end = at
    if end > 0 and text[end - 1] == " ":
        end -= 1
    start = end
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] in _WORD_CHARS):
        start -= 1
    return text[start:end], start


def _word_after(text: str, at: int) -> str:
    """The word starting just after ``at`` (glued, or after one space)."""
    start = at + 1 if text[at:at + 1] == " " else at
    end = start
    while end < len(text) and text[end].isalpha():
        end += 1
    return text[start:end]


def _is_model(text: str, start: int, end: int) -> bool:
    """A model number where its context says so: a maker before it, a model word after it
    or a variant joined by a hyphen ("Boeing 787", "737 Max", "787-9")."""
    if text[start:end] not in MODELS:
        return False
    before, _ = _word_before(text, start)
    if before in BEFORE and start > 0 and text[start - 1] == " ":
        return True
    if text[end:end + 1] == "-" and text[end + 1:end + 2].isdigit():
        return True
    return _word_after(text, end) in MODEL_AFTER


def is_listed_designation(text: str, start: int) -> bool:
    """True when the digits at ``start`` are a label, not a count or amount."""
    end = _digits_end(text, start)
    if end == start or (start > 0 and text[start - 1].isalnum()):
        return False
    if _is_model(text, start, end):
        return True
    if start >= 2 and text[start - 1] == "-" and text[start - 2].isdigit():
        head = start - 1
        while head > 0 and text[head - 1].isalnum():
            head -= 1
        name = text[head:start - 1]
        digits = head
        while not name[digits - head:].isdigit():
            digits += 1
        # "787-9", "A350-900": the variant of a model; "2017-18" is no model
        return _is_model(text, digits, start - 1) or not name.isdigit()
    before, word_start = _word_before(text, start)
    if start > 0 and text[start - 1] == " " and (before in BEFORE or before in COUNTERS):
        return True
    # "Image 1 of 2": the total of a counter is a label too, unless what it counts
    # follows it: "Hide Caption 1 of 72 Photos" counts 72 photos.
    if before == "of" and word_start >= 2 and _word_after(text, end) not in COUNTED_AFTER:
        number_end = word_start - 1
        number_start = number_end
        while number_start > 0 and text[number_start - 1].isdigit():
            number_start -= 1
        if number_start < number_end:
            counter, _ = _word_before(text, number_start)
            return counter in COUNTERS
    return False
