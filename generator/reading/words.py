"""Numbers written in words: "ninety-nine", "one hundred and five", "one and a half".

Why written here: text2num 3.1.0 and number-parser 0.3.2 both read the plain compounds,
but neither reads "one and a half billion", "a billion" or "two and a half", and
neither says where in the text a number starts and ends, which the checker needs to
find the currency, scale and unit around it.

A trailing scale word ("two billion", "sixteen thousand") is left to the figure reader,
which records it as the figure's scale; one inside a compound ("two thousand and
nineteen") is part of the number. "a"/"an" is one only before a scale word, "hundred" or
"dozen".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

UNITS_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
TENS_WORDS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
              "seventy": 70, "eighty": 80, "ninety": 90}
MULTIPLIERS = {"thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12}
FRACTIONS = {"a half": Decimal("0.5"), "a quarter": Decimal("0.25"),
             "three quarters": Decimal("0.75")}
_WORD = re.compile(r"[A-Za-z]+")
_GAP = re.compile(r"[ -]")


@dataclass(frozen=True, slots=True)
class WordNumber:
    """A number read from words, and where it ends in the text."""

    value: Decimal
    end: int
    loose: bool  # "a dozen" is a round count, not an exact twelve


def _words_from(text: str, at: int) -> list[tuple[str, int, int, str]]:
    """The words from ``at`` on (lower-cased, start, end, the gap before), at most twelve."""
    found: list[tuple[str, int, int, str]] = []
    position = at
    gap = ""
    while len(found) < 12:
        match = _WORD.match(text, position)
        if match is None:
            break
        found.append((match.group(0).lower(), match.start(), match.end(), gap))
        position = match.end()
        if position < len(text) and _GAP.match(text, position):
            gap = text[position]
            position += 1
        else:
            break
    return found


def read_words(text: str, at: int) -> WordNumber | None:
    """The number written in words at ``at``, or None when none starts there."""
    words = _words_from(text, at)
    if not words:
        return None
    index = 0
    first = words[0][0]
    if first == "a" and len(words) > 1 and words[1][0] == "half" and words[1][3] == " ":
        # "a half percentage point" (the figure reader starts here only before a unit)
        return WordNumber(Decimal("0.5"), words[1][2], loose=False)
    if first in ("a", "an"):
        if len(words) < 2 or words[1][0] not in {"hundred", "dozen", *MULTIPLIERS}:
            return None
        if words[1][0] == "dozen":
            return WordNumber(Decimal(12), words[1][2], loose=True)
        # "a hundred" is 100; "a billion" is one, and billion its scale.
        if words[1][0] == "hundred":
            return _compound(words, 1, Decimal(1))
        return WordNumber(Decimal(1), words[0][2], loose=False)
    if first == "dozen":
        return WordNumber(Decimal(12), words[0][2], loose=True)
    if first not in UNITS_WORDS and first not in TENS_WORDS:
        return None
    return _compound(words, index, None)


def _small(words: list[tuple[str, int, int, str]], index: int) -> tuple[int, int] | None:
    """A number below 100 at ``index``: (value, index after it). Tens and units join by a
    hyphen only: "thirty five" is two numbers."""
    if index >= len(words):
        return None
    word = words[index][0]
    if word in UNITS_WORDS:
        return UNITS_WORDS[word], index + 1
    if word in TENS_WORDS:
        value = TENS_WORDS[word]
        if (index + 1 < len(words) and words[index + 1][3] == "-"
                and words[index + 1][0] in UNITS_WORDS and UNITS_WORDS[words[index + 1][0]] < 10):
            return value + UNITS_WORDS[words[index + 1][0]], index + 2
        return value, index + 1
    return None


def _below_thousand(words: list[tuple[str, int, int, str]], index: int,
                    lead: Decimal | None) -> tuple[int, int] | None:
    """"one hundred and five", "ninety-nine", "hundred" (after "a"): (value, next index)."""
    if lead is not None:
        value, index = int(lead), index
    else:
        small = _small(words, index)
        if small is None:
            return None
        value, index = small
    if index < len(words) and words[index][0] == "hundred" and value < 10:
        value *= 100
        index += 1
        rest_at = index + 1 if index < len(words) and words[index][0] == "and" else index
        rest = _small(words, rest_at)
        if rest is not None:
            value, index = value + rest[0], rest[1]
    return value, index


def _compound(words: list[tuple[str, int, int, str]], index: int,
              lead: Decimal | None) -> WordNumber | None:
    total = 0
    part = _below_thousand(words, index, lead)
    if part is None:
        return None
    current, index = part
    end = words[index - 1][2]
    last_multiplier = 10**15
    while index < len(words) and words[index][0] in MULTIPLIERS:
        multiplier = MULTIPLIERS[words[index][0]]
        after = index + 1
        if after < len(words) and words[after][0] == "and":
            after += 1
        following = _below_thousand(words, after, None) if after < len(words) else None
        if multiplier >= last_multiplier:
            break
        if following is None or following[0] == 0:
            if total:  # "one million two hundred thousand": the last word is part of it
                total, current, end = total + current * multiplier, 0, words[index][2]
            break  # else a trailing scale word: "two billion" is 2 and its scale
        total += current * multiplier
        last_multiplier = multiplier
        current, index = following
        end = words[index - 1][2]
    value = Decimal(total + current)
    # "one and a half (billion)": the fraction joins the number before a scale word or noun.
    if index + 2 < len(words) and words[index][0] == "and":
        phrase = " ".join(w[0] for w in words[index + 1:index + 3])
        if phrase in FRACTIONS and total == 0:
            value += FRACTIONS[phrase]
            end = words[index + 2][2]
    return WordNumber(value, end, loose=False)


def in_words(value: int) -> str:
    """An integer below a million in words, as the reader reads them back (for tests)."""
    if value < 20:
        return next(w for w, n in UNITS_WORDS.items() if n == value)
    if value < 100:
        tens = next(w for w, n in TENS_WORDS.items() if n == value - value % 10)
        return tens + (f"-{in_words(value % 10)}" if value % 10 else "")
    if value < 1000:
        head = f"{in_words(value // 100)} hundred"
        return head + (f" and {in_words(value % 100)}" if value % 100 else "")
    head = f"{in_words(value // 1000)} thousand"
    rest = value % 1000
    if rest == 0:
        return head
    return head + (" and " if rest < 100 else " ") + in_words(rest)
