"""Words around a figure that change what it claims: qualifiers, ranges, negation, rates."""

from __future__ import annotations

import re

from generator.reading.nouns import STOP_WORDS
from generator.reading.numbers import NUMBER_WORDS

QUALIFIER_PHRASES: dict[str, str] = {
    "more than": "over", "greater than": "over", "over": "over", "exceeded": "over",
    "exceeds": "over", "exceeding": "over", "in excess of": "over", "above": "over",
    "upwards of": "over",
    "about": "about", "around": "about", "approximately": "about", "roughly": "about",
    "some": "about", "an estimated": "about", "nearly": "about", "almost": "about",
    "up to": "up to", "as far as": "up to", "as much as": "up to", "no more than": "up to",
    "as many as": "up to",
    "not more than": "up to", "within": "up to", "at most": "up to", "as high as": "up to",
    "less than": "under", "fewer than": "under", "under": "under", "below": "under",
    "at least": "at least", "no less than": "at least", "not less than": "at least",
    "no fewer than": "at least", "a minimum of": "at least", "a maximum of": "up to",
    "not quite": "under", "just under": "under", "just over": "over",
    "~": "about", "≈": "about", "<": "under", "≤": "up to", ">": "over", "≥": "at least",
}
# Words that make a figure claim nothing: "not 400 km", "never exceeded two billion".
_NEGATION_BEFORE = re.compile(r"(?:^|\W)(?:not|never|nor|no)\s+$", re.IGNORECASE)
# One figure joined to the next by these alone is one end of a range: "$2bn-$3bn",
# "from 300 km to 400 km", "300 or 400 km".
RANGE_JOINER = re.compile(r"\s*(?:-|–|—|to|and|or|/)\s*", re.IGNORECASE)
# Words after a figure that qualify it: "400 km or more", "50-plus".
_QUALIFIER_AFTER = re.compile(
    r"\s*(?:(or more|or above|or over|at least|-?plus\b(?! (?:or|minus))|(?<=\d)\+(?=\s+[a-z])"
    # "€6.56 + VAT" and "400 +/- 5" are not "at least"
    r"|\+(?![-/ ]*[A-Za-z\d]))|(or less|or fewer|or under|at most)"
    r"|(or so|or thereabouts))", re.IGNORECASE)
# A figure that is one end of a range ("300-400 km", "300 to 400 km") claims neither end.
_RANGE_BEFORE = re.compile(r"\d\s?(?:-|to|and)\s?$")
_RANGE_AFTER = re.compile(r"\s?(?:-|to)\s?\d")
DATE_QUALIFIERS = {"early": "early", "mid": "mid", "late": "late", "about": "about",
                   "around": "about", "circa": "about", "end of": "late",
                   "beginning of": "early", "middle of": "mid"}
# Words between a qualifier and its figure that leave the qualifier in force: "up to
# another 25 inches" is up to 25 inches (more), "about an additional 40".
BETWEEN_QUALIFIER_AND_FIGURE = ("reported", "estimated", "record", "total of", "another",
                                "additional", "further")
_QUALIFIER_BEFORE = re.compile(
    r"(?:^|\W)(" + "|".join(sorted(map(re.escape, QUALIFIER_PHRASES), key=len, reverse=True))
    + r")\s*(?:the\s+)?(?:a\s+|an\s+)?(?:(?:"
    + "|".join(re.escape(w).replace("\\ ", "\\s+") for w in BETWEEN_QUALIFIER_AND_FIGURE)
    + r")\s+)?$",
    re.IGNORECASE,
)


def _qualifier_match(text: str, start: int) -> tuple[int, str]:
    """Where the qualifier before offset ``start`` begins and what it reads as (``start``
    and "exact" when there is none)."""
    window_start = max(0, start - 24)
    match = _QUALIFIER_BEFORE.search(text[window_start:start])
    if match is None:
        return start, "exact"
    phrase = match.group(1).lower()
    tail = match.end(1) - match.start()
    if phrase in _PREPOSITIONS and _DETERMINER_AFTER.match(match.group(0), tail):
        return start, "exact"  # "concerned about the $18 billion": a preposition
    return window_start + match.start(1), QUALIFIER_PHRASES[phrase]


# "about" and "around" before a determiner are prepositions: "about the $18 billion".
_PREPOSITIONS = frozenset({"about", "around", "over", "under", "above", "below", "within"})
_DETERMINER_AFTER = re.compile(r"\s+(?:the|a|an)\s", re.IGNORECASE)


def qualifier_start(text: str, start: int) -> int:
    """Where the qualifier before offset ``start`` begins (``start`` when there is none)."""
    return _qualifier_match(text, start)[0]


def qualifier_before(text: str, start: int) -> str:
    """The qualifier standing right before offset ``start`` ("exact" when there is none)."""
    return _qualifier_match(text, start)[1]


# Units of time: "over ten years" may mean "across ten years" as well as "more than".
DURATION_UNITS = frozenset({"year", "month", "week", "day", "hour", "minute", "second"})
_OVER_LOOKBACK = 3  # words between an earlier figure and "over": "1 200 missiles over"


def _qualifier_or(text: str, begins: int) -> bool:
    """A qualifier before ``begins`` joined to the one there by "or": "close to or more
    than 90 percent", "about or under 5%"; not "fell 39 points, or more than 0.5%" (a
    second expression of the figure before, whose qualifier is its own)."""
    head = text[max(0, begins - 24):begins].rstrip().lower()
    if not head.endswith(" or"):
        return False
    words = head[:-3].rstrip().split()
    if not words or words[-1].endswith(","):
        return False
    last = words[-1]
    two = " ".join(words[-2:])
    return last in ("to", "at") or last in QUALIFIER_PHRASES or two in QUALIFIER_PHRASES


def over_as_across(text: str, start: int, unit: str | None) -> bool:
    """True when a bare "over" before the figure at ``start`` may be the preposition
    ("Mach 5 over 400 km", "1 200 missiles over ten years"), not the qualifier: it follows
    another figure in the same clause, or introduces a duration."""
    begins = qualifier_start(text, start)
    if not re.fullmatch(r"over\s*", text[begins:start], re.IGNORECASE):
        return False
    if unit in DURATION_UNITS:
        return True
    for token in reversed(text[max(0, begins - 48):begins].split()[-_OVER_LOOKBACK:]):
        word = token.strip("\"'()").lower()
        if any(c.isdigit() for c in word) or word in NUMBER_WORDS:
            return True
        if word in STOP_WORDS or token[-1:] in ",.;:!?":
            return False
    return False


_OF_THING = re.compile(r"\s+of\s+[A-Za-z]+(?:\s+[A-Za-z]+)?(?=\s+or\s)", re.IGNORECASE)


def _after_of(text: str, end: int) -> int:
    """Where "of rain" after "10 inches" ends, so that "10 inches of rain or more" reads as
    at least ten inches (``end`` when no such words follow)."""
    match = _OF_THING.match(text, end)
    return match.end() if match else end


def qualifier_around(text: str, start: int, number_end: int, end: int,
                     ranges: bool = True) -> str:
    """What the words around a figure claim: a qualifier, or a reading that supports no
    value at all: "range", "negated", "plus or minus" or "either" (two qualifiers joined
    by "or": "close to or more than 90 percent"). A rate is read apart (figures.py).
    ``ranges`` False: the figure is one end of a change, whose "to" joins no range."""
    if ranges and (_RANGE_BEFORE.search(text[max(0, start - 6):start])
            or _RANGE_AFTER.match(text, number_end) or _RANGE_AFTER.match(text, end)):
        return "range"
    if text[max(0, start - 1):start] == "±":
        return "plus or minus"
    begins, before = _qualifier_match(text, start)  # searched once for both
    if _NEGATION_BEFORE.search(text[max(0, begins - 12):begins]):
        return "negated"
    if before != "exact" and _qualifier_or(text, begins):
        return "either"  # "close to or more than 90 percent": no single qualifier
    after = (_QUALIFIER_AFTER.match(text, number_end) if text[number_end:number_end + 1] == "+"
             else None) or _QUALIFIER_AFTER.match(text, end) or _QUALIFIER_AFTER.match(
        text, _after_of(text, end))
    if after:
        return "at least" if after.group(1) else "up to" if after.group(2) else "about"
    return before
