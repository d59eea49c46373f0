"""Where an article gives a date relative to its own: "on Wednesday", "last month",
"next year", "yesterday", "two weeks ago", "earlier this week".

Coverage counts them like calendar dates (issue 20 M11): each is curated by a date fact
whose quote holds it, or dismissed with a reason. This module only finds them; what day
one means is :mod:`generator.reading.relative`'s business. Read word by word, with no
pattern: a weekday, a same-day word, "last"/"this"/"next" before a unit of time,
or a count of units before "ago".
"""

from __future__ import annotations

from generator.reading.numbers import NUMBER_WORDS
from generator.reading.relative import SAME_DAY, WEEKDAYS

_WEEKDAY_NAMES = frozenset(day.capitalize() for day in WEEKDAYS)
_DAY_WORDS = frozenset({"yesterday", "today", "tomorrow", "tonight"})
_BEFORE_WEEKDAY = frozenset({"on", "last", "this", "next", "early", "late"})
# "the past month" is a span of time before something, not a date: it is left out.
_WHICH = frozenset({"last", "this", "next"})
_UNITS = frozenset({"week", "month", "year", "weekend", "spring", "summer", "fall", "autumn",
                    "winter", "morning", "afternoon", "evening", "night", "decade"})
_AGO_UNITS = frozenset({"day", "days", "week", "weeks", "month", "months", "year", "years",
                        "decade", "decades"})
_LONGEST_SAME_DAY = max(len(phrase.split()) for phrase in SAME_DAY)


def _words(text: str) -> list[tuple[str, int, int]]:
    """Each word (letters, digits, an inner apostrophe or hyphen) and where it stands."""
    found, at = [], 0
    while at < len(text):
        if not text[at].isalnum():
            at += 1
            continue
        start = at
        while at < len(text) and (text[at].isalnum() or (
                text[at] in "'’-" and at + 1 < len(text) and text[at + 1].isalnum())):
            at += 1
        found.append((text[start:at], start, at))
    return found


def _count_word(word: str) -> bool:
    lowered = word.lower()
    return word.isdigit() or lowered in ("a", "an", "several", "few") or (
        lowered in NUMBER_WORDS)


def relative_dates_in(text: str) -> list[tuple[int, int]]:
    """Spans of the relative date wordings of ``text``, in reading order, none overlapping."""
    words = _words(text)
    spans: list[tuple[int, int]] = []
    index = 0
    while index < len(words):
        word, start, end = words[index]
        lowered = word.lower()
        found: tuple[int, int] | None = None
        for size in range(min(_LONGEST_SAME_DAY, len(words) - index), 1, -1):
            phrase = " ".join(w.lower() for w, _, _ in words[index:index + size])
            last = words[index + size - 1][2]
            if phrase in SAME_DAY and text[start:last].count(" ") == size - 1:
                found, index = (start, last), index + size - 1
                break
        if found is None:
            bare = word.removesuffix("'s").removesuffix("’s")
            following = words[index + 1] if index + 1 < len(words) else None
            if bare in _WEEKDAY_NAMES:
                before = words[index - 1] if index > 0 else None
                opens = before is not None and before[0].lower() in _BEFORE_WEEKDAY and (
                    text[before[2]:start] == " ")
                found = ((before[1] if opens and before is not None else start),
                         start + len(bare))
            elif (lowered in _DAY_WORDS or bare.lower() in _DAY_WORDS) and not (
                    bare.isupper()):  # "USA TODAY" is a newspaper's name
                found = (start, start + len(bare))
            elif lowered in _WHICH and following is not None and (
                    following[0].lower() in _UNITS) and text[end:following[1]] == " ":
                found, index = (start, following[2]), index + 1
            elif _count_word(word) and following is not None and (
                    following[0].lower() in _AGO_UNITS) and index + 2 < len(words) and (
                    words[index + 2][0].lower() == "ago"):
                found, index = (start, words[index + 2][2]), index + 2
        if found is not None:
            spans.append(found)
        index += 1
    return spans
