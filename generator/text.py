"""Normalisation of article text and quotes, and the tokenisers for numbers, money and dates.

The normalisation is deliberately small: it only removes differences that never change
meaning (how whitespace, quotes and dashes were typed, invisible characters, Unicode
composition). It never folds case, never maps to ASCII, never applies NFKC (which turns
"10⁶" into "106") and never drops a word, digit, sign or decimal point.
"""

from __future__ import annotations

import re
import unicodedata
from array import array
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from decimal import Decimal, InvalidOperation

# Characters deleted outright: soft hyphen, zero-width space/joiners, word joiner, BOM.
INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
# Characters mapped one-to-one onto a plain form.
QUOTE_AND_DASH_MAP = {
    **dict.fromkeys("\u2018\u2019\u201a\u201b\u2032", "'"),
    **dict.fromkeys("\u201c\u201d\u201e\u201f\u2033", '"'),
    **dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212", "-"),
}
_TRANSLATION = str.maketrans({**QUOTE_AND_DASH_MAP, **dict.fromkeys(INVISIBLE, None)})
_WHITESPACE_RUN = re.compile(r"\s+")


def normalise(text: str) -> str:
    """Return the searchable form of ``text`` (see the module docstring for what changes)."""
    text = unicodedata.normalize("NFC", text).translate(_TRANSLATION)
    return _WHITESPACE_RUN.sub(" ", text).strip()


@dataclass(frozen=True, slots=True)
class MappedText:
    """Normalised text plus, for every normalised character, where it came from.

    ``offsets[i]`` is where the original characters behind ``text[i]`` start and
    ``ends[i]`` where they end: "é" written as "e" plus a combining accent spans both.
    """

    text: str
    offsets: array  # type: ignore[type-arg]
    ends: array = field(default_factory=lambda: array("i"))  # type: ignore[type-arg]

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a half-open span of the normalised text back onto the original text."""
        if start >= end:
            at = self.offsets[start] if start < len(self.offsets) else 0
            return (at, at)
        if len(self.ends) == len(self.offsets):
            return self.offsets[start], self.ends[end - 1]
        return self.offsets[start], self.offsets[end - 1] + 1


def _composes(chunk: str, following: str) -> bool:
    """True when NFC would join ``following`` onto ``chunk`` (a mark, or e.g. Hangul jamo)."""
    if unicodedata.combining(following):
        return True
    if following.isascii() and chunk[-1:].isascii():
        return False  # the common case, and ASCII never composes with ASCII
    return unicodedata.normalize("NFC", chunk + following) != (
        unicodedata.normalize("NFC", chunk) + unicodedata.normalize("NFC", following))


_ASCII_PRINTABLE = frozenset(chr(c) for c in range(0x21, 0x7F))
_ASCII_RUN = re.compile(r"[!-~]+")
_SPACE_RUN = re.compile(r"\s+")


def normalise_mapped(original: str) -> MappedText:
    """Normalise like :func:`normalise`, keeping the way back to the original offsets.

    NFC is applied per run of characters that compose with each other, so offsets stay
    exact and the text is always exactly ``normalise(original)``: the article text that
    quotes are searched in and the offsets used to highlight them must agree.
    """
    out: list[str] = []
    offsets = array("i")
    ends = array("i")
    space_at = -1  # where a pending run of whitespace started, or -1
    i = 0
    n = len(original)
    while i < n:
        # Fast paths: a run of printable ASCII maps one to one; a run of whitespace becomes
        # one space. A run's last character goes the slow way when a non-ASCII character
        # follows, since that one may compose with it.
        run = _ASCII_RUN.match(original, i) or _SPACE_RUN.match(original, i)
        if run is not None:
            j = run.end()
            if j < n and not original[j].isascii():
                j -= 1
            if j > i:
                if original[i] in _ASCII_PRINTABLE:
                    if space_at >= 0:
                        out.append(" ")
                        offsets.append(space_at)
                        ends.append(space_at + 1)
                        space_at = -1
                    out.append(original[i:j])
                    offsets.extend(range(i, j))
                    ends.extend(range(i + 1, j + 1))
                elif space_at < 0 and out:
                    space_at = i
                i = j
                continue
        j = i + 1
        while j < n and _composes(original[i:j], original[j]):
            j += 1
        chunk = unicodedata.normalize("NFC", original[i:j]).translate(_TRANSLATION)
        for ch in chunk:
            if ch.isspace():  # what _WHITESPACE_RUN's \s matches
                if space_at < 0 and out:
                    space_at = i
                continue
            if space_at >= 0:
                out.append(" ")
                offsets.append(space_at)
                ends.append(space_at + 1)
                space_at = -1
            out.append(ch)
            offsets.append(i)
            ends.append(j)
        i = j
    return MappedText("".join(out), offsets, ends)


def find_all(haystack: str, needle: str) -> list[int]:
    """Every start offset of ``needle`` in ``haystack`` (overlapping matches included)."""
    found: list[int] = []
    start = haystack.find(needle)
    while start != -1:
        found.append(start)
        start = haystack.find(needle, start + 1)
    return found


def find_passages(haystack: str, passages: list[str]) -> list[tuple[int, int, str]]:
    """Every occurrence of each passage (normalised) in normalised ``haystack``."""
    return [(start, start + len(needle), passage)
            for passage in passages if (needle := normalise(passage))
            for start in find_all(haystack, needle)]


def find_whole(haystack: str, needle: str) -> list[int]:
    """Like :func:`find_all`, but a match may not start or end inside a word or number.

    "of 40" is in "of 400 kilometers" as a string, but not as words: a quote must not
    cut a token of its article in two.
    """
    if not needle:
        return []
    head, tail = needle[0].isalnum(), needle[-1].isalnum()
    end = len(needle)
    return [start for start in find_all(haystack, needle)
            if not (head and start > 0 and haystack[start - 1].isalnum())
            and not (tail and start + end < len(haystack) and haystack[start + end].isalnum())]


def word_count(text: str, enough: int | None = None) -> int:
    """Words as a reader counts them: "3.5" and "U.S." are one word each.

    With ``enough``, counting stops there: the caller only needs to know it is reached.
    """
    count = 0
    for token in text.split():
        if token.isalnum() or any(ch.isalnum() for ch in token):
            count += 1
            if count == enough:
                break
    return count


# ---------------------------------------------------------------------------------------
# Numbers

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

_WORD_NUMBER = "|".join(sorted((re.escape(w) for w in NUMBER_WORDS), key=len, reverse=True))
# Scale words and units that may be written onto the digits: "$3.5bn", "€5m", "400km".
ATTACHED = r"(?:bn|bln|mln|mn|tn|m|km|kg|mi|nmi|t)(?![\w])"
# A number token: digits with optional thousands separators and one decimal part, or a
# number word. Look-arounds stop "2012" yielding "12" and "$13.5" yielding "3.5".
NUMBER_PATTERN = (
    rf"(?<![\w.,:])(?:\d{{1,3}}(?:,\d{{3}})+|\d+)(?:\.\d+)?(?![.,:]\d)(?!(?!{ATTACHED})\w)"
    + rf"|(?<![\w-])(?:{_WORD_NUMBER})(?:-(?:one|two|three|four|five|six|seven|eight|nine))?"
    + r"(?:\s+hundred)?(?!\w)"
)
NUMBER_RE = re.compile(NUMBER_PATTERN, re.IGNORECASE)
_SCALE_PATTERN = "|".join(sorted(SCALE_WORDS, key=len, reverse=True))


def parse_number(token: str) -> Decimal | None:
    """Turn a number token ("3.5", "1,200", "two", "twenty-two") into a Decimal."""
    token = " ".join(token.split())
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
    return [v for v in values if v is not None]


# ---------------------------------------------------------------------------------------
# Qualifiers: words before a figure that change what it claims.

QUALIFIER_PHRASES: dict[str, str] = {
    "more than": "over", "over": "over", "exceeded": "over", "exceeds": "over",
    "exceeding": "over", "in excess of": "over", "above": "over", "upwards of": "over",
    "about": "about", "around": "about", "approximately": "about", "roughly": "about",
    "some": "about", "an estimated": "about", "nearly": "about", "almost": "about",
    "up to": "up to", "as far as": "up to", "as much as": "up to", "no more than": "up to",
    "not more than": "up to", "within": "up to", "at most": "up to", "as high as": "up to",
    "less than": "under", "fewer than": "under", "under": "under", "below": "under",
    "at least": "at least", "no less than": "at least", "not less than": "at least",
    "no fewer than": "at least", "a minimum of": "at least", "a maximum of": "up to",
    "not quite": "under", "just under": "under", "just over": "over",
    "~": "about", "≈": "about", "<": "under", "≤": "up to", ">": "over", "≥": "at least",
}
# Words that make a figure claim nothing: "not 400 km", "never exceeded two billion".
_NEGATION_BEFORE = re.compile(r"(?:^|\W)(?:not|never|nor|no)\s+$", re.IGNORECASE)
# A figure that is a rate ("$5 per share", "$2 billion a year") is not a sum or amount.
_RATE_AFTER = re.compile(
    r"\s*(?:per\b|/|an?\s+(?:share|year|month|week|day|hour|unit|piece|barrel|ton|tonne)\b)",
    re.IGNORECASE)
# One figure joined to the next by these alone is one end of a range: "$2bn-$3bn",
# "from 300 km to 400 km", "300 or 400 km".
_RANGE_JOINER = re.compile(r"\s*(?:-|–|—|to|and|or|/)\s*", re.IGNORECASE)
# Words after a figure that qualify it: "400 km or more", "50-plus".
_QUALIFIER_AFTER = re.compile(
    r"\s*(?:(or more|or above|or over|at least|-?plus\b|\+)|(or less|or fewer|or under|at most)"
    r"|(or so|or thereabouts))", re.IGNORECASE)
# A figure that is one end of a range ("300-400 km", "300 to 400 km") claims neither end.
_RANGE_BEFORE = re.compile(r"\d\s?(?:-|to|and)\s?$")
_RANGE_AFTER = re.compile(r"\s?(?:-|to)\s?\d")
DATE_QUALIFIERS = {"early": "early", "mid": "mid", "late": "late", "about": "about",
                   "around": "about", "circa": "about", "end of": "late",
                   "beginning of": "early", "middle of": "mid"}
_QUALIFIER_BEFORE = re.compile(
    r"(?:^|\W)(" + "|".join(sorted(map(re.escape, QUALIFIER_PHRASES), key=len, reverse=True))
    + r")\s*(?:the\s+)?(?:a\s+|an\s+)?(?:reported\s+|estimated\s+|record\s+|total\s+of\s+)?$",
    re.IGNORECASE,
)


def qualifier_start(text: str, start: int) -> int:
    """Where the qualifier before offset ``start`` begins (``start`` when there is none)."""
    window_start = max(0, start - 24)
    match = _QUALIFIER_BEFORE.search(text[window_start:start])
    return window_start + match.start(1) if match else start


def qualifier_before(text: str, start: int) -> str:
    """The qualifier standing right before offset ``start`` ("exact" when there is none)."""
    window = text[max(0, start - 24):start]
    match = _QUALIFIER_BEFORE.search(window)
    return QUALIFIER_PHRASES[match.group(1).lower()] if match else "exact"


def qualifier_around(text: str, start: int, number_end: int, end: int) -> str:
    """What the words around a figure claim: a qualifier, or a reading that supports no
    value at all: "range", "negated", "rate" or "plus or minus"."""
    if (_RANGE_BEFORE.search(text[max(0, start - 6):start])
            or _RANGE_AFTER.match(text, number_end) or _RANGE_AFTER.match(text, end)):
        return "range"
    if text[max(0, start - 1):start] == "±":
        return "plus or minus"
    begins = qualifier_start(text, start)
    if _NEGATION_BEFORE.search(text[max(0, begins - 12):begins]):
        return "negated"
    if _RATE_AFTER.match(text, end):
        return "rate"
    after = _QUALIFIER_AFTER.match(text, end)
    if after:
        return "at least" if after.group(1) else "up to" if after.group(2) else "about"
    return qualifier_before(text, start)


# ---------------------------------------------------------------------------------------
# Units and currencies: generic tables, not tied to any topic.

UNITS: dict[str, tuple[str, ...]] = {
    "km": ("km", "kilometer", "kilometers", "kilometre", "kilometres"),
    "m": ("m", "meter", "meters", "metre", "metres"),
    "mi": ("mi", "mile", "miles"),
    "nmi": ("nmi", "nautical mile", "nautical miles"),
    "kg": ("kg", "kilogram", "kilograms", "kilogramme", "kilogrammes", "kilo", "kilos"),
    "t": ("t", "tonne", "tonnes", "ton", "tons"),
    "s": ("s", "sec", "second", "seconds"),
    "min": ("min", "minute", "minutes"),
    "h": ("h", "hour", "hours"),
    "day": ("day", "days"),
    "week": ("week", "weeks"),
    "month": ("month", "months"),
    "year": ("year", "years"),
    "km/h": ("km/h", "kph", "kilometers per hour", "kilometres per hour"),
    "m/s": ("m/s", "meters per second", "metres per second"),
    "mach": ("mach",),
    "percent": ("%", "percent", "per cent"),
    "target": ("target", "targets"),
    "missile": ("missile", "missiles"),
    "system": ("system", "systems"),
    "battery": ("battery", "batteries"),
    "launcher": ("launcher", "launchers"),
    "aircraft": ("aircraft",),
    "unit": ("unit", "units"),
}
UNIT_ALIASES = {alias: unit for unit, aliases in UNITS.items() for alias in aliases}

CURRENCIES: dict[str, dict[str, tuple[str, ...]]] = {
    "USD": {"prefix": ("US$", "USD", "$"), "suffix": ("US dollars", "U.S. dollars", "dollars",
                                                      "USD", "dollar")},
    "GBP": {"prefix": ("£", "GBP"), "suffix": ("pounds sterling", "pounds", "GBP", "pound")},
    "EUR": {"prefix": ("€", "EUR"), "suffix": ("euros", "euro", "EUR")},
    "RUB": {"prefix": ("₽", "RUB"), "suffix": ("rubles", "roubles", "ruble", "rouble", "RUB")},
    # ¥ is yen as well as yuan, so only the words and the code count for CNY.
    "CNY": {"prefix": ("CNY",), "suffix": ("yuan", "CNY", "renminbi")},
    "TRY": {"prefix": ("₺", "TRY"), "suffix": ("Turkish lira", "lira", "TRY")},
}
CURRENCY_SYMBOLS = {"USD": "US$", "GBP": "£", "EUR": "€", "RUB": "₽", "CNY": "¥", "TRY": "₺"}


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


_PREFIXES = {p: code for code, forms in CURRENCIES.items() for p in forms["prefix"]}
_SUFFIXES = {s.lower(): code for code, forms in CURRENCIES.items() for s in forms["suffix"]}

# A figure: optional currency prefix, a number, optional scale, optional currency suffix.
FIGURE_RE = re.compile(
    rf"(?P<prefix>{_alternation(list(_PREFIXES))})?\s?"
    rf"(?P<number>{NUMBER_PATTERN})"
    rf"(?:[\s-]?(?P<scale>{_SCALE_PATTERN})(?!\w))?"
    rf"(?:[\s-]?(?P<suffix>{_alternation(list(_SUFFIXES))})(?!\w))?",
    re.IGNORECASE,
)
_UNIT_AFTER = re.compile(
    rf"[\s-]?(?P<unit>{_alternation(list(UNIT_ALIASES))})(?![\w/])"
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
_NUMBER_START = re.compile(rf"(?<![\d.,])\d|(?<![\w-])(?:{_WORD_NUMBER})(?!\w)", re.IGNORECASE)
_LONGEST_PREFIX = max(len(p) for p in _PREFIXES) + 1  # and the optional space


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
        currency = _PREFIXES.get(prefix) if prefix else None
        if currency is None and prefix and prefix.upper() in _PREFIXES:
            currency = _PREFIXES[prefix.upper()]
        if prefix and not prefix.isalpha() and not _is_word_start(text, match.start()):
            currency = None  # "A$", "C$", "HK$" are not US dollars
            prefix = None
        if suffix:
            currency = currency or _SUFFIXES.get(suffix.lower())
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
        if alike and _RANGE_JOINER.fullmatch(text, first.end, second.start):
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


_NAMED_NUMBER = re.compile(
    r"(?:#|\b(?:No|Nos|no|nos|Nr|nr)\.?\s?|\b(?:[Nn]umber|[Vv]ersion|[Mm]odel|[Rr]esolution|"
    r"[Ff]light|[Tt]ype|[Mm]ark|[Pp]roject|[Ll]aw|[Aa]rticle|[Ss]ection)\s|(?<![\w.])[A-Z]\s)$")


def _is_designation(text: str, start: int, prefix: str | None) -> bool:
    """True for the number in a name such as "S-400", "F-35", "No. 4" or "Resolution 1973".

    "S-400 systems" names a system; it does not count 400 of them.
    """
    if prefix is not None:
        return False
    if start >= 2 and text[start - 1] == "-" and text[start - 2].isalpha():
        return True
    return _NAMED_NUMBER.search(text, max(0, start - 12), start) is not None


def _is_word_start(text: str, index: int) -> bool:
    return index == 0 or not text[index - 1].isalnum()


# ---------------------------------------------------------------------------------------
# Dates

MONTHS = {
    name: number
    for number, names in enumerate(
        [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
         ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
         ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
         ("december", "dec")],
        start=1,
    )
    for name in names
}
MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December"]
_MONTH = r"(?P<month>" + "|".join(
    m.capitalize() + (r"\.?" if len(m) <= 4 and m != "may" else "")
    for m in sorted(MONTHS, key=len, reverse=True)
) + r")"
_DATE_QUALIFIER = (r"(?:(?P<qualifier>early|mid|late|end of|beginning of|middle of|about"
                   r"|around|circa)[\s-]+(?:in\s+)?)?")
DATE_RE = re.compile(
    _DATE_QUALIFIER
    + r"(?:"
    + rf"(?P<day1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH.replace('month', 'month1')}"
    + r"(?:,?\s+(?P<year1>\d{4}))?"
    + rf"|{_MONTH.replace('month', 'month2')}(?:\s+(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?(?!\d))?"
    + r"(?:,?\s+(?P<year2>\d{4}))?"
    + r"|(?P<year3>(?:1[89]|2[01])\d\d)"
    + r")(?![\w])",
)


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date as written: each part is None where the text does not give it."""

    year: int | None
    month: int | None
    day: int | None
    qualifier: str | None
    start: int
    end: int


def dates_in(text: str) -> list[DateMention]:
    """Every calendar mention in ``text``: "September 12", "mid-July 2019", "2007"..."""
    mentions: list[DateMention] = []
    for match in DATE_RE.finditer(text):
        if match.start() > 0 and (text[match.start() - 1].isalnum()):
            continue
        groups = match.groupdict()
        if groups["year3"] and (_NOT_A_YEAR_AFTER.match(text, match.end())
                                or _NAMED_NUMBER.search(text, max(0, match.start() - 12),
                                                        match.start())):
            continue  # "the 1990s", "2000 meters", "Resolution 1973": not a year
        month_word = groups["month1"] or groups["month2"]
        month = MONTHS[month_word.rstrip(".").lower()] if month_word else None
        day = groups["day1"] or groups["day2"]
        year = groups["year1"] or groups["year2"] or groups["year3"]
        qualifier = groups["qualifier"]
        reading = DATE_QUALIFIERS[qualifier.lower()] if qualifier else None
        shifted = _date_shift(text, match.start(), match.end())
        mentions.append(
            DateMention(
                int(year) if year else None,
                month,
                int(day) if day else None,
                shifted or reading,
                match.start(),
                match.end(),
            )
        )
    return mentions


# A year followed by these is not a year: "the 1990s", "1990's", "2000 meters".
_NOT_A_YEAR_AFTER = re.compile(
    r"(?:'?s\b|\s*(?:" + "|".join(sorted((re.escape(a) for a in UNIT_ALIASES if len(a) > 1),
                                          key=len, reverse=True)) + r")\b)", re.IGNORECASE)
# Words before a date that make it something other than the date of the event.
_DATE_SHIFTERS = {"before", "after", "by", "until", "till", "through", "since", "not", "never",
                  "prior"}
_YEAR_RANGE_AFTER = re.compile(r"\s?(?:-|–|/|to|or)\s?\d{2,4}\b")
_YEAR_RANGE_BEFORE = re.compile(r"\b\d{4}\s?(?:-|–|/|to|or)\s?$")


def _date_shift(text: str, start: int, end: int) -> str | None:
    """How the words around a date change it: "before", "since"..., "range", or None."""
    if _YEAR_RANGE_AFTER.match(text, end) or _YEAR_RANGE_BEFORE.search(text, max(0, start - 8),
                                                                       start):
        return "range"
    words: list[str] = re.findall(r"[a-z]+", text[max(0, start - 24):start].lower())
    return next((word for word in words[-3:] if word in _DATE_SHIFTERS), None)


def contains_phrase(text: str, phrase: str) -> bool:
    """True when ``phrase`` stands in ``text`` as whole words (after normalisation)."""
    return bool(find_whole(text, normalise(phrase)))


# ---------------------------------------------------------------------------------------
# Dates relative to a publication date

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
SAME_DAY = {"today", "earlier in the day", "earlier today", "later in the day", "this morning",
            "this afternoon", "this evening", "tonight"}
RELATIVE_HELP = ("today, earlier in the day, yesterday, (on|last) <weekday>, last/this/next "
                 "month, last/this/next year, <Month> <day> or <day> <Month> without a year, "
                 "in <Month> without a year")


def relative_date(phrase: str, published: str) -> tuple[str | None, str]:
    """Resolve ``phrase`` against an ISO publication date: (ISO date, "") or (None, why)."""
    try:
        return _relative_date(phrase, published)
    except (OverflowError, ValueError):
        return None, f"'{phrase}' from {published} falls outside the calendar"


def _relative_date(phrase: str, published: str) -> tuple[str | None, str]:
    """The arithmetic behind :func:`relative_date`.

    A weekday or a day without a year means the latest such day on or before publication
    ("last <weekday>" means strictly before). Precision follows the wording.
    """
    import datetime as dt

    wording = " ".join(normalise(phrase).lower().split())
    wording = wording.removeprefix("on ").removeprefix("in ")
    parts = published.split("-")
    needs = {"day": 3, "month": 2, "year": 1}

    def need(precision: str) -> str | None:
        if len(parts) < needs[precision]:
            return (f"'{phrase}' needs the publication {precision}, but the registry gives only "
                    f"{published}")
        return None

    def shift_month(year: int, month: int, delta: int) -> str:
        index = year * 12 + (month - 1) + delta
        return f"{index // 12:04d}-{index % 12 + 1:02d}"

    year = int(parts[0])
    if wording in {"last year", "this year", "next year"}:
        return str(year + {"last": -1, "this": 0, "next": 1}[wording.split()[0]]), ""
    if wording in {"last month", "this month", "next month"}:
        if (why := need("month")) is not None:
            return None, why
        return shift_month(year, int(parts[1]),
                           {"last": -1, "this": 0, "next": 1}[wording.split()[0]]), ""
    strictly_before = wording.startswith("last ")
    bare = wording.removeprefix("last ")
    if wording in SAME_DAY or wording == "yesterday" or bare in WEEKDAYS:
        if (why := need("day")) is not None:
            return None, why
        day = dt.date.fromisoformat(published)
        if wording == "yesterday":
            return (day - dt.timedelta(days=1)).isoformat(), ""
        if wording in SAME_DAY:
            return day.isoformat(), ""
        back = (day.weekday() - WEEKDAYS.index(bare)) % 7
        if back == 0 and strictly_before:
            back = 7
        return (day - dt.timedelta(days=back)).isoformat(), ""
    mentions = dates_in(phrase if phrase[:1].isupper() else phrase.title())
    if len(mentions) == 1 and mentions[0].year is None and mentions[0].month is not None:
        mention, month = mentions[0], mentions[0].month
        if mention.day is None:
            if (why := need("month")) is not None:
                return None, why
            back_year = year if month <= int(parts[1]) else year - 1
            return f"{back_year:04d}-{month:02d}", ""
        if (why := need("day")) is not None:
            return None, why
        day = dt.date.fromisoformat(published)
        for candidate_year in (day.year, day.year - 1):
            try:
                candidate = dt.date(candidate_year, month, mention.day)
            except ValueError:
                continue
            if candidate <= day:
                return candidate.isoformat(), ""
        return None, f"'{phrase}' is not a calendar day"
    return None, f"cannot read '{phrase}' as a relative date; supported: {RELATIVE_HELP}"


# Words that change what a relative wording means when they stand right before it:
# "next Tuesday", "the day before yesterday", "until March", "by September 12".
_SHIFTING_WORDS = {"next", "last", "this", "coming", "following", "previous", "past", "every",
                   "each", "before", "after", "until", "till", "since", "by", "from", "through",
                   "the", "that"}
_YEAR_OR_SHIFT_AFTER = re.compile(
    r",?\s+(?:(?:of\s+)?\d{4}(?!\d)|(?:next|last|this|of next|of last|of that|of the)\s+"
    r"(?:year|month|week)|(?:\w+\s+){0,2}(?:ago|later)\b"
    r"|(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"\s+\d)", re.IGNORECASE)
# The future makes a weekday or a month without a year point forward, not back.
_FUTURE = re.compile(r"\b(?:will|would|shall|expected|due|planned|plans?|scheduled|to be|"
                     r"going to)\b", re.IGNORECASE)


def _points_back(wording: str) -> bool:
    """True for wording resolved backwards from publication: a weekday, a day or month."""
    bare = wording.lower().removeprefix("on ").removeprefix("in ").removeprefix("last ")
    return bare in WEEKDAYS or bool(dates_in(wording if wording[:1].isupper() else wording.title()))


def relative_context(quote: str, phrase: str) -> str | None:
    """Why ``phrase`` cannot be read on its own where it stands in ``quote``, or None.

    "Tuesday" in "next Tuesday", "yesterday" in "the day before yesterday" and "March" in
    "March 2015" mean something else than the wording alone; the checker refuses them
    rather than derive a wrong date.
    """
    needle = normalise(phrase)
    pattern = (r"(?<!\w)" if needle[:1].isalnum() else "") + re.escape(needle) + (
        r"(?!\w)" if needle[-1:].isalnum() else "")
    reasons = []
    for match in re.finditer(pattern, quote):
        before = re.findall(r"[\w']+", quote[max(0, match.start() - 30):match.start()].lower())
        if before and before[-1] in _SHIFTING_WORDS:
            reasons.append(f"'{before[-1]} {needle}' is not '{needle}'")
            continue
        after = _YEAR_OR_SHIFT_AFTER.match(quote, match.end())
        if after:
            reasons.append(f"the quote goes on '{needle}{after.group(0)}'")
            continue
        clause = re.split(r"[.;!?]", quote[:match.start()])[-1]
        future = _FUTURE.search(clause) if _points_back(needle) else None
        if future is not None:
            reasons.append(f"'{future.group(0)}' makes '{needle}' a date to come")
            continue
        if needle.lower() == "today" and match.group(0)[:1].isupper() and clause.strip():
            reasons.append("'Today' in the middle of a sentence is a name")
            continue
        return None
    return reasons[0] if reasons else None
