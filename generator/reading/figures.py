"""Figures: a number with its currency, scale, unit and qualifier, as it stands in a text."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from decimal import Decimal

from generator.reading.money import CURRENCIES, PREFIXES, SUFFIXES
from generator.reading.numbers import (
    NAMED_NUMBER,
    NUMBER_PATTERN,
    NUMBER_WORDS,
    SCALE_PATTERN,
    SCALE_WORDS,
    WORD_NUMBER_PATTERN,
    alternation,
    parse_number,
)
from generator.reading.qualifiers import RANGE_JOINER, qualifier_around
from generator.reading.units import UNIT_ALIASES

# A figure: optional currency prefix, a number, optional scale, optional currency suffix.
FIGURE_RE = re.compile(
    rf"(?P<prefix>{alternation(list(PREFIXES))})?\s?"
    rf"(?P<number>{NUMBER_PATTERN})"
    rf"(?:[\s-]?(?P<scale>{SCALE_PATTERN})(?!\w))?"
    rf"(?:[\s-]?(?P<suffix>{alternation(list(SUFFIXES))})(?!\w))?",
    re.IGNORECASE,
)
_UNIT_AFTER = re.compile(
    rf"[\s-]?(?P<unit>{alternation(list(UNIT_ALIASES))})(?![\w/])"
    # "400 miles per hour" is a speed, not a distance.
    r"(?!\s+(?:per|an?\s+(?:hour|minute|second|day|week|month|year))\b)", re.IGNORECASE
)


@dataclass(frozen=True, slots=True)
class Figure:
    """A number as it stands in a text, with what is attached to it."""

    amount: Decimal
    scale: str | None
    currency: str | None
    unit: str | None
    qualifier: str
    start: int
    end: int
    written: str


# Where a number can start: a digit, or a number word. FIGURE_RE is tried only there (and
# up to a currency prefix before it), not at every position of the text.
_NUMBER_START = re.compile(rf"(?<![\d.,])\d|(?<![\w-])(?:{WORD_NUMBER_PATTERN})(?!\w)",
                           re.IGNORECASE)
_LONGEST_PREFIX = max(len(p) for p in PREFIXES) + 1  # and the optional space


def _figure_matches(text: str) -> Iterator[re.Match[str]]:
    """The matches ``FIGURE_RE.finditer(text)`` gives, found from number starts."""
    end = 0
    for candidate in _NUMBER_START.finditer(text):
        at = candidate.start()
        if at < end:
            continue
        for start in range(max(end, at - _LONGEST_PREFIX), at + 1):
            match = FIGURE_RE.match(text, start)
            if match is not None and match.start("number") == at:
                yield match
                end = match.end()
                break


def figures_in(text: str) -> list[Figure]:
    """Every number in ``text`` with its currency, scale, unit and qualifier."""
    figures: list[Figure] = []
    for match in _figure_matches(text):
        amount = parse_number(match.group("number"))
        if amount is None or _is_designation(text, match.start("number"), match.group("prefix")):
            continue
        prefix, suffix = match.group("prefix"), match.group("suffix")
        # Currency codes count only in capitals: "try 5 times" is not Turkish lira, nor
        # "5 rub" roubles. Words ("dollars", "pounds") may take any case.
        if prefix and prefix.isalpha() and (
                prefix != prefix.upper() or not _is_word_start(text, match.start())):
            prefix = None
        if suffix and suffix.upper() in CURRENCIES and suffix != suffix.upper():
            suffix = None
        currency = PREFIXES.get(prefix) if prefix else None
        if currency is None and prefix and prefix.upper() in PREFIXES:
            currency = PREFIXES[prefix.upper()]
        if prefix and not prefix.isalpha() and not _is_word_start(text, match.start()):
            currency = None  # "A$", "C$", "HK$" are not US dollars
            prefix = None
        if suffix:
            currency = currency or SUFFIXES.get(suffix.lower())
        scale = match.group("scale")
        scale_name = SCALE_WORDS.get(scale.lower()) if scale else None
        if scale and scale.lower() == "m" and currency is None:
            scale_name = None  # "400 m" is metres, not millions
        end = match.end() if suffix or not match.group("suffix") else (
            match.end("scale") if scale else match.end("number"))
        unit = None
        if currency is None:
            unit_match = _UNIT_AFTER.match(text, match.end("number"))
            if unit_match:
                unit = UNIT_ALIASES.get(unit_match.group("unit")) or UNIT_ALIASES.get(
                    unit_match.group("unit").lower()
                )
                end = unit_match.end()
                scale_name = None
        start = match.start("prefix") if prefix else match.start("number")
        if not prefix and _minus_before(text, start):
            start -= 1  # "-5 percent" is minus five; "S-400" and "2018-19" are not signs
            amount = -amount
        if _is_spaced_group(text, match.start("number"), match.end("number")):
            continue  # "1 200" could be 1,200 or two numbers: no figure either way
        if _in_word_run(text, match.start("number"), match.end("number")):
            continue  # "two dozen", "several hundred", "thirty five": not read piecemeal
        qualifier = qualifier_around(text, start, match.end("number"), end)
        figures.append(Figure(amount, scale_name, currency, unit, qualifier, start, end,
                              text[start:end]))
    return _mark_ranges(text, figures)


def _mark_ranges(text: str, figures: list[Figure]) -> list[Figure]:
    """Mark both ends of "$2bn-$3bn", "from 300 km to 400 km" or "300 or 400 km" as a range."""
    marked = list(figures)
    for index in range(len(figures) - 1):
        first, second = figures[index], figures[index + 1]
        alike = (first.unit, first.currency) == (second.unit, second.currency) or (
            first.unit is None and first.currency is None)
        if alike and RANGE_JOINER.fullmatch(text, first.end, second.start):
            marked[index] = replace(marked[index], qualifier="range")
            marked[index + 1] = replace(marked[index + 1], qualifier="range")
    return marked


_QUANTITY_WORDS = {"several", "few", "many", "half", "couple", "dozens", "hundreds", "thousands",
                   "tens", "scores"}
_WORD_BEFORE = re.compile(r"([A-Za-z]+)[\s-]+$")
_WORD_AFTER = re.compile(r"[\s-]+([A-Za-z]+)")


def _in_word_run(text: str, start: int, end: int) -> bool:
    """True for a number next to other number words, which it is only part of."""
    before = _WORD_BEFORE.search(text, max(0, start - 16), start)
    if before and before.group(1).lower() in NUMBER_WORDS.keys() | _QUANTITY_WORDS:
        return True
    if before and before.group(1).lower() == "and":  # "one hundred and fifty"
        earlier = _WORD_BEFORE.search(text, max(0, before.start() - 16), before.start())
        if earlier and earlier.group(1).lower() in NUMBER_WORDS:
            return True
    after = _WORD_AFTER.match(text, end)
    if after is None:
        return False
    word = after.group(1).lower()
    if word == "and":
        following = _WORD_AFTER.match(text, after.end())
        return following is not None and following.group(1).lower() in NUMBER_WORDS
    return word in NUMBER_WORDS


_GROUP_BEFORE = re.compile(r"(?<![\d.,])\d{1,3} $")
_GROUP_AFTER = re.compile(r" \d{3}(?![\d.,]?\d)")


def _is_spaced_group(text: str, start: int, end: int) -> bool:
    """True for either part of digits grouped by a space: "1 200"."""
    token = text[start:end]
    if not token.isdigit():
        return False
    if len(token) == 3 and _GROUP_BEFORE.search(text[max(0, start - 4):start]):
        return True
    return len(token) <= 3 and _GROUP_AFTER.match(text, end) is not None


def _minus_before(text: str, index: int) -> bool:
    return (index > 0 and text[index - 1] == "-" and text[index].isdigit()
            and (index == 1 or not (text[index - 2].isalnum() or text[index - 2] in "-.,")))


def _is_designation(text: str, start: int, prefix: str | None) -> bool:
    """True for the number in a name such as "S-400", "F-35", "No. 4" or "Resolution 1973".

    "S-400 systems" names a system; it does not count 400 of them.
    """
    if prefix is not None:
        return False
    if start >= 2 and text[start - 1] == "-" and text[start - 2].isalpha():
        return True
    return NAMED_NUMBER.search(text, max(0, start - 12), start) is not None


def _is_word_start(text: str, index: int) -> bool:
    return index == 0 or not text[index - 1].isalnum()
