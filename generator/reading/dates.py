"""Calendar mentions: "September 12", "mid-July 2019", "2007", and words that shift them."""

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
