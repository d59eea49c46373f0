"""Figures: a number with its currency, scale, unit or noun, rate and qualifier, as written.

A figure is read outwards from its number: a sign and a currency before it ("-$5m",
"USD3.5bn", "Mach 9"), then a scale word, then a currency ("10 €", "100 Chinese yuan"),
a unit ("16,000 metric tons", "400 km/h") or the words that may hold a counted noun
("four Patriot batteries"), then a rate ("per battery", "a day"). Pairs of figures make a
range ("$2bn-$3bn", "between 200 and 300 km") or a plus-or-minus ("400 ± 5 km").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from decimal import Decimal

from generator.reading.designations import is_listed_designation
from generator.reading.figure_forms import (
    age_decade,
    age_decades_in_words,
    fraction_after,
    halves_of,
    inch_mark,
    is_decade,
    more_after,
    share_of_before,
    share_word_after,
    units_and_a_half,
)
from generator.reading.figure_type import Figure
from generator.reading.joins import antecedents, is_change, pair_up, shared_qualifiers
from generator.reading.money import (
    CURRENCIES,
    LONGEST_NAME_WORDS,
    NAMES,
    SHARED_SUBUNITS,
    SUBUNIT_FACTOR,
    SUBUNITS,
    SYMBOLS,
    resolve,
)
from generator.reading.numbers import (
    NAMED_NUMBER,
    NUMBER_WORDS,
    SCALE_WORDS,
    alternation,
    mixed_fraction_at,
)
from generator.reading.phrases import (
    NO_COUNT,
    NOTHING,
    Counted,
    age_unit,
    counted_after,
    counted_before,
    singular,
)
from generator.reading.qualifiers import over_as_across, qualifier_around
from generator.reading.tables import NOT_UNIT_WORDS
from generator.reading.units import (
    LONGEST_UNIT_WORDS,
    UNIT_SYMBOLS,
    UNIT_WORDS,
    UNITS_BEFORE,
)
from generator.reading.words import read_words

_SCALE_ABBREVIATIONS = [w for w in SCALE_WORDS if len(w) <= 3] + ["T"]
_ATTACHED = alternation(_SCALE_ABBREVIATIONS + [s for s in UNIT_SYMBOLS if s.isalnum()])
_DIGITS = re.compile(
    r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![.,:]\d)" + rf"(?!(?!(?:{_ATTACHED})(?!\w))\w)")
_WORD_START = alternation([w for w in NUMBER_WORDS if " " not in w and w != "dozen"])
_FIRST_LETTERS = "".join(sorted({word[0] for word in _WORD_START.split("|")} | {"a"}))
# Where a number can start: a digit, or a number word ("a"/"an" only before a scale word).
# A digit right after a digit starts no figure ("2012" does not hold "12"; no currency
# symbol ends in a digit), and the look-ahead lets the scan skip every other character
# at once rather than try each branch there.
_NUMBER_START = re.compile(
    rf"(?=[\d{_FIRST_LETTERS}])"
    rf"(?:(?<!\d)\d|(?<![\w-])(?:{_WORD_START})(?!\w)"
    r"|(?<![\w-])an? (?=(?:hundred|dozen|thousand|million|billion|trillion)\b)"
    # "a half percentage point": a half before a unit word is 0.5 of that unit
    rf"|(?<![\w-])a half (?=(?:{alternation(sorted(UNIT_WORDS))})\b))", re.IGNORECASE)
_SCALE_AFTER = re.compile(
    r"(?:[ -]?(?P<word>thousand|million|billion|trillion|bn|bln|mln|mn|tn|m|T)(?!\w))",
    re.IGNORECASE)
_CURRENCY_CODE_GLUED = re.compile(r"(?<![A-Za-z])[A-Z]{3}$")
_TOKEN = re.compile(r"[^\s\d,;:()\[\]]+")
_RATE = re.compile(
    r" ?(?:(?P<slash>/) ?|(?:per|each|a|an) )(?P<what>[A-Za-z][A-Za-z-]*)|(?P<each> each\b)",
    re.IGNORECASE)
_RATE_AFTER_A = {"share", "unit", "piece", "barrel", "head", "person", "year", "month", "week",
                 "day", "hour", "minute", "second", "ton", "tonne", "kilogram", "kilo"}
# Adverbs of rate and what they are per: "$5 billion annually" is per year.
RATE_ADVERBS = {"annually": "year", "per annum": "year", "yearly": "year", "each year": "year",
                "every year": "year", "monthly": "month", "each month": "month",
                "every month": "month", "weekly": "week", "each week": "week",
                "every week": "week", "daily": "day", "each day": "day", "every day": "day",
                "hourly": "h", "each hour": "h", "every hour": "h"}
_RATE_ADVERB = re.compile(r",? (" + "|".join(map(re.escape, RATE_ADVERBS)) + r")\b",
                          re.IGNORECASE)
_TIME_REFERENCE = re.compile(r" (?:earlier|later|ago|before|after|previously|prior)\b",
                             re.IGNORECASE)


def _number_at(text: str, at: int) -> tuple[Decimal, int, bool] | None:
    """The number starting at ``at``: (value, end, loose) or None."""
    if text[at].isdigit():
        mixed = mixed_fraction_at(text, at)
        if mixed is not None:  # "1½ feet"
            return mixed[0], mixed[1], False
        match = _DIGITS.match(text, at)
        if match is None:
            return None
        return Decimal(match.group(0).replace(",", "")), match.end(), False
    words = read_words(text, at)
    return None if words is None else (words.value, words.end, words.loose)


def _currency_before(text: str, at: int) -> tuple[str, int] | None:
    """A currency code or symbol right before ``at`` ("$", "US$", "USD 3", "USD3"): the
    written form and where it starts."""
    glued = _CURRENCY_CODE_GLUED.search(text, max(0, at - 3), at)
    if glued and glued.group(0) in CURRENCIES and _word_start(text, glued.start()):
        return glued.group(0), glued.start()
    end = at - 1 if at > 0 and text[at - 1] == " " else at
    if end == 0 or text[end - 1] not in _SYMBOL_LAST:
        return None
    for size in range(min(end, 4), 0, -1):
        written = text[end - size:end]
        if written not in SYMBOLS or not _word_start(text, end - size):
            continue
        if written.isalpha() and written not in CURRENCIES and (
                end == at or len(written) < 2 or not written[0].isupper()):
            continue  # "A400" is a designation; "kr 5" and "try 5" are not money
        return written, end - size
    return None


def _currency_after(text: str, at: int) -> tuple[str, int] | None:
    """A currency name, code or symbol right after ``at`` ("10 €", "100 Chinese yuan")."""
    position = at + 1 if text[at:at + 1] in (" ", "-") else at
    tokens = _tokens_after(text, position, _CURRENCY_FIRST)
    for count in range(len(tokens), 0, -1):
        written = text[position:tokens[count - 1][1]]
        if position > at and text[at] == "-" and written.lower() in NOT_UNIT_WORDS:
            return None  # "a 5,280-pound monument" weighs; a pound note is written otherwise
        if written.lower() in NAMES or written.lower() in SUBUNITS or \
                written.lower() in SHARED_SUBUNITS:
            return written, tokens[count - 1][1]
        if written in SYMBOLS and not (written.isalpha() and not written.isupper()):
            return written, tokens[count - 1][1]  # codes count in capitals: "5 try" is not lira
    return None


# The first word of every name a currency or unit can have: most words after a number
# begin none of them, and are passed over at the cost of one look-up.
_CURRENCY_FIRST = frozenset(
    [name.split(" ")[0] for name in [*NAMES, *SUBUNITS, *SHARED_SUBUNITS]]
    + [s.lower() for s in SYMBOLS])
_UNIT_FIRST = frozenset(
    [w.split(" ")[0] for w in UNIT_WORDS] + [s.split(" ")[0].lower() for s in UNIT_SYMBOLS])
_LONGEST = max(LONGEST_NAME_WORDS, LONGEST_UNIT_WORDS)
_SYMBOL_LAST = frozenset(symbol[-1] for symbol in SYMBOLS)
_BEFORE_LAST = frozenset(word[-1] for word in UNITS_BEFORE)


def _tokens_after(text: str, position: int, first: frozenset[str]) -> list[tuple[int, int]]:
    """The tokens from ``position`` (see _tokens), or none when the first begins no name."""
    found = _tokens(text, position, _LONGEST)
    head = next(found, None)
    if head is None or text[head[0]:head[1]].lower() not in first:
        return []
    return [head, *found]


def _tokens(text: str, position: int, limit: int) -> Iterator[tuple[int, int]]:
    """Up to ``limit`` space-separated tokens from ``position``: (start, end)."""
    for _ in range(limit):
        match = _TOKEN.match(text, position)
        if match is None:
            return
        token_end = match.end()
        abbreviation = text.count(".", match.start(), match.end()) > 1  # "U.S."
        while token_end > match.start() and text[token_end - 1] in ".,!?'\"-" and not (
                abbreviation and text[token_end - 1] == "."):
            token_end -= 1
        if token_end == match.start():
            return
        yield match.start(), token_end
        if token_end != match.end() or text[token_end:token_end + 1] != " ":
            return
        position = token_end + 1


def _unit_after(text: str, at: int) -> tuple[str, int] | None:
    """The unit right after ``at``: its key and where it ends ("400 km", "400-km", "400km")."""
    position = at + 1 if text[at:at + 1] in (" ", "-") else at
    tokens = _tokens_after(text, position, _UNIT_FIRST)
    for count in range(len(tokens), 0, -1):
        end = tokens[count - 1][1]
        written = text[position:end]
        key = UNIT_SYMBOLS.get(written) or UNIT_WORDS.get(written.lower())
        if key is not None and not (text[end:end + 1].isalnum()):
            return key, end
    return None


def _unit_before(text: str, at: int) -> tuple[str, int] | None:
    """A unit written before its number: "Mach 9"."""
    if at < 2 or text[at - 1] != " " or text[at - 2].lower() not in _BEFORE_LAST:
        return None
    match = re.search(r"([A-Za-z]+) $", text[max(0, at - 12):at])
    if match and match.group(1).lower() in UNITS_BEFORE:
        return UNITS_BEFORE[match.group(1).lower()], at - len(match.group(0))
    return None


def _figure_at(text: str, at: int) -> Figure | None:
    found = _number_at(text, at)
    if found is None:
        return None
    amount, number_end, loose = found
    if is_decade(text, at, number_end, amount):
        return age_decade(text, at, number_end, amount)
    if text[at].isalpha() and text[number_end:number_end + 1] == "-":
        fraction = fraction_after(text, at, number_end, amount)
        if fraction is not None:  # "three-fourths of what it was" is 75 percent
            return fraction
        if share_word_after(text, number_end):
            return None  # "one-third": a share with no exact percentage, no count of one
    before = _currency_before(text, at)
    if text[at].isdigit() and at > 0 and (text[at - 1].isalnum() or text[at - 1] in ".,:") and (
            before is None or before[1] + len(before[0]) != at):
        return None  # "2012" does not hold "12", nor "$13.5" "3.5"
    if before is None and is_designation(text, at):
        return None
    start = before[1] if before else at
    end = number_end
    scale = None
    scale_match = _SCALE_AFTER.match(text, number_end)
    if scale_match:
        word = scale_match.group("word")
        if word == "T" or word.lower() != "t":
            scale = "trillion" if word == "T" else SCALE_WORDS[word.lower()]
            end = scale_match.end()
    currency_written: str | None = before[0] if before else None
    currency_end: int | None = None
    if currency_written is None:
        after = _currency_after(text, end)
        if after is not None:
            currency_written, currency_end = after
    if scale in ("million", "trillion") and scale_match and scale_match.group("word") in (
            "m", "M", "T") and currency_written is None:
        scale, end = None, number_end  # "400 m" is metres, not millions
    unit = None
    counted = NO_COUNT
    options: tuple[str, ...]
    currency: str | None
    if currency_written is not None and currency_written.lower() in SUBUNITS:
        options = (SUBUNITS[currency_written.lower()],)
        currency = options[0]
        amount = amount * SUBUNIT_FACTOR  # "50 euro cents" is EUR 0.50
        end = currency_end or end
    elif currency_written is not None and currency_written.lower() in SHARED_SUBUNITS:
        options = NAMES[SHARED_SUBUNITS[currency_written.lower()]]
        currency = resolve(currency_written.lower(), options)
        amount = amount * SUBUNIT_FACTOR  # "10 cents" is 0.10 of the article's dollars
        end = currency_end or end
    elif currency_written is not None:
        options = SYMBOLS.get(currency_written) or NAMES.get(currency_written.lower(), ())
        currency = resolve(currency_written, options)
        if currency_end is not None:
            end = currency_end
    else:
        options, currency = (), None
        further = more_after(text, end)
        unit_found = (_unit_after(text, end) or _unit_before(text, at)
                      or age_unit(text, at, end, amount)
                      or (_unit_after(text, further) if further else None)
                      or inch_mark(text, end))
        if unit_found is not None:
            unit = unit_found[0]
            if unit_found[1] >= end:
                end = unit_found[1]
            else:
                start = unit_found[1]
        else:
            counted = counted_after(text, end, not (amount == 1 and scale is None))
            elided = counted.how == NOTHING and counted.written  # "nine others"
            if counted.how == NOTHING and further and not elided:
                counted = counted_after(text, further, True)  # "three more deaths"
            if counted.how == NOTHING and not elided:
                counted = counted_before(text, start)
            if counted.how == "partitive" and scale is None and amount % 1:
                # "15.36 percent Hispanic, and 7.3 of another race or ethnicity": a part
                # that is no whole number counts no one (its unit was left out)
                counted = NO_COUNT
    if not before and _minus_before(text, start):
        start -= 1  # "-5 percent" is minus five; "S-400" and "2018-19" are not signs
        amount = -amount
    elif before and text[start - 1:start] == "-" and _minus_before(text, start):
        start -= 1  # "-$5m"
        amount = -amount
    if text[at].isdigit() and _is_spaced_group(text, at, number_end):
        return None  # "1 200" could be 1,200 or two numbers: no figure either way
    if _in_word_run(text, at, number_end):
        return None  # "two dozen", "several hundred", "thirty five": not read piecemeal
    per, time_reference, rate_end = _rate(text, end, counted)
    words_end = rate_end or (counted.end if counted.how in ("noun", "partitive") else end)
    qualifier = qualifier_around(text, start, number_end, words_end)
    if qualifier == "range" and is_change(text, start):
        qualifier = qualifier_around(text, start, number_end, words_end, ranges=False)
    if qualifier == "over" and over_as_across(text, start, unit):
        qualifier = "across"  # "Mach 5 over 400 km", "over ten years": supports nothing
    if loose and qualifier == "exact":
        qualifier = "about"  # "a dozen" is a round count
    return Figure(amount, scale, currency, unit, qualifier, start, end, text[start:end],
                  currencies=options, currency_written=currency_written, counted=counted,
                  per=per, time_reference=time_reference)


def _rate(text: str, end: int, counted: Counted) -> tuple[str | None, str | None, int]:
    """What a figure is per ("per battery", "a day", "/h"), a time reference ("a year
    earlier") that is not a rate, and where the rate ends (0 when there is none)."""
    position = end
    if counted.how in ("noun", "partitive", "person"):
        position = counted.end
    adverb = _RATE_ADVERB.match(text, position)
    if adverb is not None:  # "$5 billion annually", "3 tonnes per annum", "40 daily"
        return RATE_ADVERBS[adverb.group(1).lower()], None, adverb.end()
    adjective = _rate_adjective(text, position)
    if adjective is not None:  # "$50 billion in annual purchases" is per year
        return adjective
    match = _RATE.match(text, position)
    if match is None:
        return None, None, 0
    if match.group("each"):
        return "each", None, match.end()
    what = match.group("what").lower()
    joiner = match.group(0).strip().split(" ")[0].lower()
    if joiner in ("a", "an"):
        if what not in _RATE_AFTER_A and what.rstrip("s") not in _RATE_AFTER_A:
            return None, None, 0
        later = _TIME_REFERENCE.match(text, match.end())
        if later is not None:
            return None, f"{match.group(0).strip()}{later.group(0)}", 0
    key = UNIT_SYMBOLS.get(match.group("what")) or UNIT_WORDS.get(what)
    if key is None and joiner == "per":  # "$490 per American household": its head noun
        phrase = counted_after(text, match.start("what") - 1, many=False)
        if phrase.how == "noun" and phrase.nouns:
            return _singular(phrase.nouns[0][0][-1]), None, phrase.end
    return key or _singular(what), None, match.end()


# Adjectives of rate on the thing a sum or amount is "in" or "of": "$50 billion in annual
# purchases", "$2 million of daily trading".
RATE_ADJECTIVES = {"annual": "year", "yearly": "year", "monthly": "month", "weekly": "week",
                   "daily": "day", "hourly": "h"}


def _rate_adjective(text: str, position: int) -> tuple[str | None, str | None, int] | None:
    """What "in annual purchases" after ``position`` makes the figure per, and where the
    two words end (None when they are not there)."""
    words = text[position:position + 32].split(" ")
    if len(words) < 4 or words[0] != "" or words[1].lower() not in ("in", "of"):
        return None
    per = RATE_ADJECTIVES.get(words[2].lower())
    if per is None or not words[3][:1].isalpha():
        return None
    return per, None, position + 1 + len(words[1]) + 1 + len(words[2])


def _singular(word: str) -> str:
    return singular(word)  # "per lives" is per life (the irregulars of data/plurals.json)


_DIGIT_SEPARATOR = re.compile(r"(?<=\d)[.,](?=\d)")


def figures_in(text: str, number_format: str = "decimal-point") -> list[Figure]:
    """Every number in ``text`` with its currency, scale, unit or noun, rate and qualifier.

    ``number_format`` "decimal-comma" reads "34,50 €" as 34.50 and "1.144.000 $" as
    1,144,000: the separators between digits swap places (the offsets do not move).
    """
    if number_format == "decimal-comma":
        swapped = _DIGIT_SEPARATOR.sub(lambda m: "." if m.group(0) == "," else ",", text)
        return [replace(f, written=text[f.start:f.end]) for f in figures_in(swapped)]
    figures: list[Figure] = []
    reached = 0
    for candidate in _NUMBER_START.finditer(text):
        at = candidate.start()
        if at < reached:
            continue
        figure = _figure_at(text, at)
        if figure is None:
            continue
        if share_of_before(text, figure.start):
            reached = figure.end
            continue
        figures.append(figure)
        reached = figure.end
    halves = [_unit_and_a_half(text, *found) for found in units_and_a_half(text)]
    halves += [Figure(Decimal(50), None, None, "percent",
                      qualifier_around(text, start, end, end), start, end, text[start:end])
               for start, end in halves_of(text)]  # "just over half of the rate"
    halves += age_decades_in_words(text)  # "in his thirties"
    if halves:
        figures = sorted([f for f in figures if not any(h.start <= f.start < h.end
                                                        for h in halves)] + halves,
                         key=lambda figure: figure.start)
    return shared_qualifiers(text, pair_up(text, antecedents(text, figures)))


def _unit_and_a_half(text: str, start: int, unit: str, end: int) -> Figure:
    """ "more than a year and a half": 1.5 of the unit, with its qualifier and rate."""
    per, time_reference, rate_end = _rate(text, end, NO_COUNT)
    qualifier = qualifier_around(text, start, end, rate_end or end)
    return Figure(Decimal("1.5"), None, None, unit, qualifier, start, end, text[start:end],
                  per=per, time_reference=time_reference)


_QUANTITY_WORDS = {"several", "few", "many", "half", "couple", "dozens", "hundreds", "thousands",
                   "tens", "scores", "dozen"}
_WORD_BEFORE = re.compile(r"([A-Za-z]+)[\s-]+$")
_WORD_AFTER = re.compile(r"[\s-]+([A-Za-z]+)")
_NUMBER_WORDS_ALONE = {w for w in NUMBER_WORDS if " " not in w} | {"thousand"}


def _in_word_run(text: str, start: int, end: int) -> bool:
    """True for a number next to other number words, which it is only part of."""
    before = _WORD_BEFORE.search(text, max(0, start - 16), start)
    if before and before.group(1).lower() in _NUMBER_WORDS_ALONE | _QUANTITY_WORDS:
        return True
    after = _WORD_AFTER.match(text, end)
    if after is None:
        return False
    hyphen = _WORD_AFTER.match(text, after.end())
    if text[after.end():after.end() + 1] == "-" and hyphen and (
            hyphen.group(1).lower() not in _NUMBER_WORDS_ALONE):
        return False  # "two five-gallon tanks": the second number is a measure
    word = after.group(1).lower()
    return word in _NUMBER_WORDS_ALONE - {"thousand"} or word in ("dozen", "hundred")


_GROUP_BEFORE = re.compile(r"(?<![\d.,])\d{1,3} $")
_GROUP_AFTER = re.compile(r" \d{3}(?![\d.,]?\d)")


def _is_spaced_group(text: str, start: int, end: int) -> bool:
    """True for either part of digits grouped by a space: "1 200"."""
    token = text[start:end]
    if not token.isdigit():
        return False
    if len(token) == 3 and _GROUP_BEFORE.search(text[max(0, start - 4):start]) and not (
            is_listed_designation(text, start)):
        return True
    # "roughly 400 737 Max jets" (trial 7): a model's number after a space ends no group
    return len(token) <= 3 and _GROUP_AFTER.match(text, end) is not None and not (
        is_listed_designation(text, end + 1))


def _minus_before(text: str, index: int) -> bool:
    return (index > 0 and text[index - 1] == "-" and (text[index].isdigit() or not text[
        index].isalnum()) and (index == 1 or text[index - 2].isspace()
                               or text[index - 2] in "([{\"“'‘/:"))


def is_designation(text: str, start: int) -> bool:
    """True for the number in a name such as "S-400", "F-35", "No. 4" or "Resolution 1973".

    "S-400 systems" names a system; it does not count 400 of them. The words that make
    one are data (:mod:`generator.reading.designations`): "Flight 302", "737 Max 8".
    """
    if is_listed_designation(text, start):
        return True
    if start >= 2 and text[start - 1] == "-" and text[start - 2].isalpha():
        return True
    if _ARTICLE_A.search(text, max(0, start - 6), start):
        return False  # "A 75 million euro contract": a sentence-initial article
    return NAMED_NUMBER.search(text, max(0, start - 12), start) is not None


_ARTICLE_A = re.compile(r"(?:^|[.!?:\n]\s*|[\"“‘(]\s*)A\s$")


def _word_start(text: str, index: int) -> bool:
    return index == 0 or not text[index - 1].isalnum()
