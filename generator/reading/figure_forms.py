"""Number forms read around a figure's digits or words: a fraction in words ("three-fourths"
is 75 percent, "half of the rate" 50), a decade ("in their 70s" is an age of 70-79 years;
"the 2020s" no figure), a word of addition between a number and its noun ("three more
deaths"), and the inch mark ('40-50"'). Each returns what figures.py needs, or None.
"""

from __future__ import annotations

from decimal import Decimal

from generator.reading.figure_type import Figure
from generator.reading.numbers import FRACTION_DENOMINATORS, NUMBER_WORDS
from generator.reading.qualifiers import qualifier_around
from generator.reading.units import UNIT_WORDS


def fraction_after(text: str, at: int, end: int, amount: Decimal) -> Figure | None:
    """ "three-fourths", "one-fifth": a share written in words, as the exact percentage it
    is (75, 20); None where the word after the hyphen is no denominator."""
    stop = end + 1
    while stop < len(text) and text[stop].isalpha():
        stop += 1
    denominator = FRACTION_DENOMINATORS.get(text[end + 1:stop].lower())
    if denominator is None or amount >= denominator or text[stop:stop + 1] == "-":
        return None
    share = amount * 100 / denominator
    qualifier = qualifier_around(text, at, stop, stop)
    return Figure(share, None, None, "percent", qualifier, at, stop, text[at:stop])


# Words that make the figure after "<word> of" only the whole a share is taken from.
SHARE_WORDS = frozenset(FRACTION_DENOMINATORS) | {"third", "thirds"}


def share_word_after(text: str, end: int) -> bool:
    """True where a fraction word is hyphened to the number ending at ``end``: "one-third",
    "two-thirds" (no exact percentage) are a share, not a count of one or two (trial 5:
    uncovered listed "one" of "nearly one-third of Europe's population")."""
    if text[end:end + 1] != "-":
        return False
    stop = end + 1
    while stop < len(text) and text[stop].isalpha():
        stop += 1
    return text[end + 1:stop].lower() in SHARE_WORDS


def share_of_before(text: str, start: int) -> bool:
    """True where a fraction word and "of" stand right before ``start``: "One half of one
    percent" states no 1 percent (trial 18: draft proposed it), so that figure supports
    nothing; the share itself is not read either (fail closed)."""
    words = text[max(0, start - 24):start].split()
    return (len(words) >= 2 and words[-1].lower() == "of"
            and words[-2].lower().strip("-") in SHARE_WORDS)


# Words before "half of" that make it a part of a period or a thing, not a share: "the
# first half of next year", "the other half of the state".
_NOT_A_SHARE = frozenset({"the", "a", "an", "and", "first", "second", "last", "latter",
                          "former", "other", "back", "front", "top", "bottom", "this", "that"})


def halves_of(text: str) -> list[tuple[int, int]]:
    """Each "half of" that is a share, as (where "half" starts, where it ends): "at just
    over half of the rate they did" is 50 percent of that rate. Not where the whole after
    "of" is itself a figure ("One half of one percent" is 0.5 percent, which the reader
    does not work out: fail closed), nor "the first half of next year"."""
    found: list[tuple[int, int]] = []
    lowered = text.lower()
    at = lowered.find("half of ")
    while at != -1:
        end = at + len("half")
        before = lowered[max(0, at - 16):at].split()
        whole = lowered[end + len(" of "):end + 40].split()
        starts_word = at == 0 or not lowered[at - 1].isalnum()
        whole_is_figure = bool(whole) and (whole[0][:1].isdigit() or whole[0] in NUMBER_WORDS)
        if starts_word and not (before and before[-1] in _NOT_A_SHARE) and whole \
                and not whole_is_figure:
            found.append((at, end))
        at = lowered.find("half of ", end)
    return found


# "a year and a half", "an hour and a half": one unit and a half of it.
_AND_A_HALF = " and a half"
_ONE_WORDS = ("a", "an", "one")


def units_and_a_half(text: str) -> list[tuple[int, str, int]]:
    """Each "a year and a half" ("an hour and a half", "one mile and a half") in ``text``:
    (where "a" starts, the unit, where "half" ends). The number is 1.5 of the unit, which
    stands between the two words of the number (trial 5: "more than a year and a half
    into the biggest trade war" had no figure)."""
    found: list[tuple[int, str, int]] = []
    at = text.find(_AND_A_HALF)
    while at != -1:
        end = at + len(_AND_A_HALF)
        words = text[max(0, at - 24):at].split(" ")
        if len(words) >= 2 and not text[end:end + 1].isalnum():
            unit, one = words[-1], words[-2]
            start = at - len(unit) - 1 - len(one)
            if one.lower() in _ONE_WORDS and unit.lower() in UNIT_WORDS and (
                    start == 0 or not text[start - 1].isalnum()):
                found.append((start, UNIT_WORDS[unit.lower()], end))
        at = text.find(_AND_A_HALF, end)
    return found


# "in his 30s", "in their 70s": an age decade, the years 30 to 39 of a person's age.
_AGE_DECADE_OWNERS = ("his", "her", "their")


def is_decade(text: str, at: int, end: int, amount: Decimal) -> bool:
    """True for "70s", "1990s", "2020s": a decade written with digits and a plural "s"
    (never seconds: "the early 2020s" is a time, not 2,020 seconds)."""
    return (text[at].isdigit() and text[end:end + 1] == "s"
            and not text[end + 1:end + 2].isalnum() and amount % 10 == 0
            and "." not in text[at:end] and amount >= 10)


def age_decade(text: str, at: int, end: int, amount: Decimal) -> Figure | None:
    """ "in his 30s" is an age of 30 to 39 years (min: 30, max: 39, unit: year); any other
    decade ("the 1990s", "the early 2020s", "in his early 30s") is no figure: a calendar
    decade is a date, and a part of a decade no range the text states."""
    words = text[max(0, at - 12):at].split()
    if amount > 90 or len(words) < 2 or words[-2].lower() != "in" or (
            words[-1].lower() not in _AGE_DECADE_OWNERS):
        return None
    return Figure(amount + 9, None, None, "year", "range", at, end + 1, text[at:end + 1],
                  low=amount, high=amount + 9)


# Decades of a person's age written in words: "in his thirties" is 30 to 39 years.
_DECADE_WORDS = {"twenties": 20, "thirties": 30, "forties": 40, "fifties": 50,
                 "sixties": 60, "seventies": 70, "eighties": 80, "nineties": 90}
assert all(word.endswith("ties") for word in _DECADE_WORDS)  # age_decades_in_words' guard


def age_decades_in_words(text: str) -> list[Figure]:
    """Each "in his thirties" ("in her forties", "in their seventies"): an age of 30 to 39
    years, as "in his 30s" is; a part of one ("in his early thirties") or a decade of
    anything else ("the sixties") is no figure."""
    found: list[Figure] = []
    if "ties" not in text and "TIES" not in text:
        return found  # every decade word ends so: most texts hold none (one scan, in C)
    start = 0
    words = text.split(" ")
    for index, word in enumerate(words):
        stripped = word.rstrip(".,;:!?)\u201d\"'")
        low = _DECADE_WORDS.get(stripped.lower())
        if low is not None and index >= 2 and words[index - 2].lower() == "in" and \
                words[index - 1].lower() in _AGE_DECADE_OWNERS:
            at = start
            found.append(Figure(Decimal(low + 9), None, None, "year", "range", at,
                                at + len(stripped), stripped, low=Decimal(low),
                                high=Decimal(low + 9)))
        start += len(word) + 1
    return found


# Words between a number and its noun or unit that add to an earlier count: "three more
# deaths", "at least two more days", "another 40 additional cases" (lower case).
_MORE_WORDS = ("more", "additional", "further")


def more_after(text: str, end: int) -> int:
    """Where a word of _MORE_WORDS right after the number ``end`` ends (0 when none)."""
    if text[end:end + 1] != " ":
        return 0
    for word in _MORE_WORDS:
        stop = end + 1 + len(word)
        if text[end + 1:stop] == word and text[stop:stop + 1] == " ":
            return stop
    return 0


# The inch mark: '40-50" rainfall totals'; the double prime is one always, a straight
# double quote only glued to a digit, followed by a space, and not closing a quotation
# (an even number of double quotes before it).
_DOUBLE_PRIME = "\u2033"


def inch_mark(text: str, end: int) -> tuple[str, int] | None:
    mark = text[end:end + 1]
    if not mark or not text[end - 1:end].isdigit():
        return None
    if mark == _DOUBLE_PRIME or (mark == '"' and text[end + 1:end + 2] == " "
                                  and text.count('"', 0, end) % 2 == 0):
        return "in", end + 1
    return None


def before_ago(text: str, end: int) -> bool:
    """True when the figure ending at ``end`` counts units before "ago" ("two weeks ago",
    "three days ago."): a time gone by, which measures no duration."""
    return [word.strip(",.;:") for word in text[end:].split(maxsplit=1)[:1]] == ["ago"]
