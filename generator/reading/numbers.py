"""Number tokens: digits, number words and scale words, and numbers that are names."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

NUMBER_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "a dozen": 12, "dozen": 12,
}
SCALE_WORDS = {
    "thousand": "thousand", "million": "million", "mln": "million", "mn": "million",
    "m": "million",
    "billion": "billion", "bn": "billion", "bln": "billion", "trillion": "trillion",
    "tn": "trillion",
}
SCALE_FACTORS = {
    None: Decimal(1), "thousand": Decimal(10) ** 3, "million": Decimal(10) ** 6,
    "billion": Decimal(10) ** 9, "trillion": Decimal(10) ** 12,
}

WORD_NUMBER_PATTERN = "|".join(sorted((re.escape(w) for w in NUMBER_WORDS), key=len, reverse=True))
# Scale words and units that may be written onto the digits: "$3.5bn", "€5m", "400km".
ATTACHED = r"(?:bn|bln|mln|mn|tn|m|km|kg|mi|nmi|t)(?![\w])"
# A number token: digits with optional thousands separators and one decimal part, or a
# number word. Look-arounds stop "2012" yielding "12" and "$13.5" yielding "3.5".
NUMBER_PATTERN = (
    rf"(?<![\w.,:])(?:\d{{1,3}}(?:,\d{{3}})+|\d+)(?:\.\d+)?(?![.,:]\d)(?!(?!{ATTACHED})\w)"
    + rf"|(?<![\w-])(?:{WORD_NUMBER_PATTERN})(?:-(?:one|two|three|four|five|six|seven|eight|nine))?"
    + r"(?:\s+hundred)?(?!\w)"
)
NUMBER_RE = re.compile(NUMBER_PATTERN, re.IGNORECASE)
SCALE_PATTERN = "|".join(sorted(SCALE_WORDS, key=len, reverse=True))


def parse_number(token: str) -> Decimal | None:
    """Turn a number token ("3.5", "1,200", "two", "twenty-two", "one hundred and five")
    into a Decimal."""
    token = " ".join(token.split())
    from generator.reading.words import MULTIPLIERS, read_words

    words = read_words(token, 0) if token[:1].isalpha() else None
    if words is not None:
        rest = token[words.end:].strip().lower()
        if not rest:
            return words.value
        if rest in MULTIPLIERS:  # "one thousand": a scale word ends the token
            return words.value * MULTIPLIERS[rest]
    lowered = token.lower()
    if lowered.endswith(" hundred"):
        base = parse_number(lowered.removesuffix(" hundred"))
        return None if base is None else base * 100
    if lowered in NUMBER_WORDS:
        return Decimal(NUMBER_WORDS[lowered])
    if "-" in lowered:
        tens, _, unit = lowered.partition("-")
        if tens in NUMBER_WORDS and unit in NUMBER_WORDS:
            return Decimal(NUMBER_WORDS[tens] + NUMBER_WORDS[unit])
    try:
        return Decimal(token.replace(",", ""))
    except InvalidOperation:
        return None


def numbers_in(text: str) -> list[Decimal]:
    """Every whole number token in ``text``; a number inside a larger token is not one."""
    values = (parse_number(m.group(0)) for m in NUMBER_RE.finditer(text))
    return [v for v in values if v is not None] + [v for v, _, _ in mixed_fractions(text)]


# Vulgar fractions with an exact decimal: "1½ feet" is 1.5 feet. Thirds and sixths have
# none, so a value cannot state them; they are left unread (no figure supports them).
VULGAR_FRACTIONS = {"½": Decimal("0.5"), "¼": Decimal("0.25"), "¾": Decimal("0.75"),
                    "⅛": Decimal("0.125"), "⅜": Decimal("0.375"), "⅝": Decimal("0.625"),
                    "⅞": Decimal("0.875")}


# Denominators of a fraction written in words ("three-fourths", "one-fifth") whose share
# is an exact percentage; thirds, sixths, sevenths and ninths have none and stay unread.
FRACTION_DENOMINATORS = {"half": 2, "halves": 2, "quarter": 4, "quarters": 4, "fourth": 4,
                         "fourths": 4, "fifth": 5, "fifths": 5, "eighth": 8, "eighths": 8,
                         "tenth": 10, "tenths": 10}


def mixed_fraction_at(text: str, at: int) -> tuple[Decimal, int] | None:
    """The number "1½" starting at ``at`` (digits, then a vulgar fraction, then no letter or
    digit): its value and where it ends; None for anything else."""
    end = at
    while end < len(text) and text[end].isdigit():
        end += 1
    fraction = VULGAR_FRACTIONS.get(text[end:end + 1])
    if end == at or fraction is None or text[end + 1:end + 2].isalnum():
        return None
    return Decimal(text[at:end]) + fraction, end + 1


def mixed_fractions(text: str) -> list[tuple[Decimal, int, int]]:
    """Every "1½" in ``text``: (value, start, end)."""
    found = []
    for index, char in enumerate(text):
        if char in VULGAR_FRACTIONS and index and text[index - 1].isdigit():
            start = index
            while start and text[start - 1].isdigit():
                start -= 1
            if start and (text[start - 1].isalnum() or text[start - 1] in ".,"):
                continue  # "A1½" or "2.1½" is no number
            read = mixed_fraction_at(text, start)
            if read is not None:
                found.append((read[0], start, read[1]))
    return found


NAMED_NUMBER = re.compile(
    r"(?:#|\b(?:No|Nos|no|nos|Nr|nr)\.?\s?|\b(?:[Nn]umber|[Vv]ersion|[Mm]odel|[Rr]esolution|"
    r"[Ff]light|[Tt]ype|[Mm]ark|[Pp]roject|[Ll]aw|[Aa]rticle|[Ss]ection|[Cc]ategory|[Hh]ighway|"
    r"[Rr]oute|[Ii]nterstate|[Pp]hase|[Cc]hapter)\s|(?<![\w.])[A-Z]\s)$")


def alternation(words: list[str]) -> str:
    """A regex alternation of ``words``, longest first, so the longest form wins."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))
