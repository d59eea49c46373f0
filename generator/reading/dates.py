"""Calendar mentions: "September 12", "mid-July 2019", "2007", "spring 2019", "the 2010s",
the words that shift them ("by 2020", "since 2015") and the ranges they form ("between
late 2019 and early 2020", "2019-20")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from generator.reading.numbers import NAMED_NUMBER
from generator.reading.qualifiers import DATE_QUALIFIERS
from generator.reading.units import UNIT_ALIASES

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
    # Every date starts with a digit, a month's capital or a qualifier's first letter: the
    # look-ahead lets the scan pass over every other character at once.
    r"(?=[\dJFMASONDembalc])"
    + _DATE_QUALIFIER
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
    """A date as written: each part is None where the text does not give it.

    ``qualifier`` is what the date claims on its own: the shift ("before", "by", "range")
    when there is one, else the reading of its qualifier word (early, mid, late, about).
    ``reading`` keeps that word's reading and ``shift`` the shift, each on its own.
    """

    year: int | None
    month: int | None
    day: int | None
    qualifier: str | None
    start: int
    end: int
    reading: str | None = None
    shift: str | None = None
    season: int | None = None
    decade: int | None = None
    uncertain: str | None = None


def dates_in(text: str) -> list[DateMention]:
    """Every calendar mention in ``text``: "September 12", "mid-July 2019", "2007"..."""
    mentions: list[DateMention] = []
    for match in DATE_RE.finditer(text):
        if match.start() > 0 and (text[match.start() - 1].isalnum()):
            continue
        groups = match.groupdict()
        if groups["year3"] and (_NOT_A_YEAR_AFTER.match(text, match.end())
                                or NAMED_NUMBER.search(text, max(0, match.start() - 12),
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
                reading=reading,
                shift=shifted,
                uncertain=_uncertain_before(text, match.start()),
            )
        )
    periods = _periods_in(text)
    if periods:  # the year of "spring 2019" is part of the season, not a mention of its own
        mentions = [m for m in mentions
                    if not any(p.start <= m.start and m.end <= p.end for p in periods)]
    return sorted([*mentions, *periods], key=lambda m: (m.start, m.end))


SEASON_WORDS = {"spring": 21, "summer": 22, "autumn": 23, "fall": 23, "winter": 24}
_PERIOD_RE = re.compile(
    _DATE_QUALIFIER
    + r"(?:(?:the\s+)?(?P<season>spring|summer|autumn|fall|winter)(?:\s+of)?\s+"
    r"(?P<season_year>(?:1[89]|2[01])\d\d)(?!\w)"
    r"|the\s+(?P<decade>(?:1[89]|2[01])\d0)'?s\b)", re.IGNORECASE)
# Words up to three words before a date that make it a guess: "probably in 2019",
# "possibly May 2018", "was probably placed in 2016".
_UNCERTAIN_BEFORE = re.compile(
    r"\b(possibly|probably|perhaps|likely|apparently|presumably|maybe|believed|thought)"
    r"(?:\s+[\w'-]+){0,3}?\s*$", re.IGNORECASE)


def _uncertain_before(text: str, start: int) -> str | None:
    match = _UNCERTAIN_BEFORE.search(text[max(0, start - 40):start])
    return match.group(1).lower() if match else None


# The characters that re's IGNORECASE takes for an ASCII letter (İ ı ſ K): the quick test
# in _may_hold_period cannot see them, so a text holding one is always scanned.
_FOLDS_TO_ASCII = "\u0130\u0131\u017f\u212a"


def _may_hold_period(text: str) -> bool:
    """False only when ``text`` holds no season word and no "0s": no period can match, and
    the scan (the dearest part of reading an article's dates) is skipped."""
    if not text.isascii() and any(character in text for character in _FOLDS_TO_ASCII):
        return True
    lowered = text.lower()
    return "0s" in lowered or "0's" in lowered or any(word in lowered for word in SEASON_WORDS)


def _periods_in(text: str) -> list[DateMention]:
    """Seasons ("spring 2019", "the summer of 2019") and decades ("the 2010s")."""
    found: list[DateMention] = []
    if not _may_hold_period(text):
        return found
    for match in _PERIOD_RE.finditer(text):
        if match.start() > 0 and text[match.start() - 1].isalnum():
            continue
        qualifier = match.group("qualifier")
        reading = DATE_QUALIFIERS[qualifier.lower()] if qualifier else None
        shifted = _date_shift(text, match.start(), match.end())
        if match.group("season"):
            found.append(DateMention(
                int(match.group("season_year")), None, None, shifted or reading,
                match.start(), match.end(), reading=reading, shift=shifted,
                season=SEASON_WORDS[match.group("season").lower()],
                uncertain=_uncertain_before(text, match.start())))
        else:
            found.append(DateMention(
                None, None, None, shifted or reading, match.start(), match.end(),
                reading=reading, shift=shifted, decade=int(match.group("decade")),
                uncertain=_uncertain_before(text, match.start())))
    return found


@dataclass(frozen=True, slots=True)
class DateRange:
    """Two dates that the text joins into one interval, or one date with an open end.

    ``first`` is None for an open start ("by 2020"), ``last`` None for an open end
    ("since 2015").
    """

    first: DateMention | None
    last: DateMention | None
    start: int
    end: int


# "between A and B", "from A to B", "A to B", "A-B", "A until B".
_RANGE_GAP = re.compile(r"\s*(?:-|–|—|to|until|till|through|and)\s*$", re.IGNORECASE)
_SHORT_END_YEAR = re.compile(r"\s?[-–/]\s?(\d{2})(?!\d)")
OPEN_START_SHIFTS = {"by", "before", "until", "till", "through", "prior"}
OPEN_END_SHIFTS = {"since", "after"}


def date_ranges_in(text: str) -> list[DateRange]:
    """The intervals the text gives: joined pairs of dates, and dates with an open end."""
    mentions = dates_in(text)
    ranges: list[DateRange] = []
    paired: set[int] = set()
    for index, first in enumerate(mentions):
        short = _SHORT_END_YEAR.match(text, first.end)
        if (first.year is not None and first.month is None and first.season is None
                and short is not None):
            century = first.year // 100 * 100
            last = DateMention(century + int(short.group(1)), None, None, "range",
                               short.start(1), short.end(1), shift="range")
            ranges.append(DateRange(first, last, first.start, last.end))
            paired.add(index)
            continue
        if index + 1 >= len(mentions):
            continue
        last = mentions[index + 1]
        gap = text[first.end:last.start]
        if not gap.strip() or not _RANGE_GAP.fullmatch(gap):
            continue
        if gap.strip().lower() == "and" and not re.search(r"\bbetween\s+$",
                                                          text[max(0, first.start - 9):
                                                               first.start], re.IGNORECASE):
            continue  # "in 2015 and 2019" names two dates, not the years between
        ranges.append(DateRange(first, last, first.start, last.end))
        paired.update((index, index + 1))
    for index, mention in enumerate(mentions):
        if index in paired:
            continue
        if mention.shift in OPEN_START_SHIFTS:
            ranges.append(DateRange(None, mention, mention.start, mention.end))
        elif mention.shift in OPEN_END_SHIFTS:
            ranges.append(DateRange(mention, None, mention.start, mention.end))
    return sorted(ranges, key=lambda r: (r.start, r.end))


# A year followed by these is not a year: "the 1990s", "1990's", "2000 meters".
_NOT_A_YEAR_AFTER = re.compile(
    r"(?:'?s\b|\s*(?:" + "|".join(sorted((re.escape(a) for a in UNIT_ALIASES if len(a) > 1),
                                          key=len, reverse=True)) + r")\b)", re.IGNORECASE)
# Words before a date that make it something other than the date of the event.
_DATE_SHIFTERS = {"before", "after", "by", "until", "till", "through", "since", "not", "never",
                  "prior"}
# A preposition that gives the date itself ("in November 2018"): a shifter before it does
# not reach the date, except a negation ("not in 2019").
_OWN_PREPOSITIONS = {"in", "on", "at", "during", "of"}
_NEGATING = {"not", "never"}
_YEAR_RANGE_AFTER = re.compile(r"\s?(?:-|–|/|to|or)\s?\d{2,4}\b")
_YEAR_RANGE_BEFORE = re.compile(r"\b\d{4}\s?(?:-|–|/|to|or)\s?$")


# "between 2015 and 2017", "between late 2019 and early 2020": each end is one end of a range.
_BETWEEN_BEFORE_FIRST = re.compile(r"\bbetween\s+$", re.IGNORECASE)
_AND_AFTER_FIRST = re.compile(r"\s+and\s+", re.IGNORECASE)
_BETWEEN_BEFORE_LAST = re.compile(r"\bbetween\s+(?P<first>\S.{0,40}?)\s+and\s+$",
                                  re.IGNORECASE)


def _between(text: str, start: int, end: int) -> bool:
    """True for either date of "between A and B"."""
    after = _AND_AFTER_FIRST.match(text, end)
    if (after and _BETWEEN_BEFORE_FIRST.search(text, max(0, start - 9), start)
            and (DATE_RE.match(text, after.end()) or _PERIOD_RE.match(text, after.end()))):
        return True
    before = _BETWEEN_BEFORE_LAST.search(text, max(0, start - 60), start)
    return before is not None and any(
        pattern.fullmatch(before.group("first")) for pattern in (DATE_RE, _PERIOD_RE))


def _date_shift(text: str, start: int, end: int) -> str | None:
    """How the words around a date change it: "before", "since"..., "range", or None."""
    if _YEAR_RANGE_AFTER.match(text, end) or _YEAR_RANGE_BEFORE.search(text, max(0, start - 8),
                                                                       start):
        return "range"
    if _between(text, start, end):
        return "range"
    words: list[str] = re.findall(r"[a-z]+", text[max(0, start - 24):start].lower())
    own_preposition = False
    for word in reversed(words[-3:]):
        if word in _DATE_SHIFTERS:
            # "selected by CLPS in November 2018": the date has its own "in"; a "by" further
            # back belongs to the agent, not the date. A negation still reaches it.
            return None if own_preposition and word not in _NEGATING else word
        own_preposition = own_preposition or word in _OWN_PREPOSITIONS
    return None
