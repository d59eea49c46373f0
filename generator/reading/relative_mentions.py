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
# The same-day phrases of more than one word, by their first word ("earlier today").
_SAME_DAY_OPENERS = frozenset(phrase.split()[0] for phrase in SAME_DAY if " " in phrase)
_LONGEST_SAME_DAY = max(len(phrase.split()) for phrase in SAME_DAY)


# What may join two runs of letters and digits into one word: "don't", "Jean-Luc".
_JOINERS = frozenset("'’-")
Word = tuple[str, int, int]


def words_of(text: str) -> list[Word]:
    """Each word (letters, digits, an inner apostrophe or hyphen) and where it stands.

    No word holds a space, so the text is cut at spaces first and only the pieces that
    are not a plain word are read a character at a time (most are plain words).
    """
    found: list[Word] = []
    at = 0
    for piece in text.split(" "):
        if piece.isalnum():
            found.append((piece, at, at + len(piece)))
        elif piece:
            found.extend((word, start + at, end + at) for word, start, end in _scan(piece))
        at += len(piece) + 1
    return found


def _scan(text: str) -> list[Word]:
    """:func:`words_of` of a text, a character at a time."""
    found: list[Word] = []
    start, size = -1, len(text)
    for at, char in enumerate(text):
        if char.isalnum():
            if start < 0:
                start = at
        elif start >= 0:
            if char in _JOINERS and at + 1 < size and text[at + 1].isalnum():
                continue
            found.append((text[start:at], start, at))
            start = -1
    if start >= 0:
        found.append((text[start:], start, size))
    return found


def _count_word(word: str, lowered: str) -> bool:
    return word.isdigit() or lowered in ("a", "an", "several", "few") or (
        lowered in NUMBER_WORDS)


def relative_dates_in(text: str, words: list[Word] | None = None) -> list[tuple[int, int]]:
    """Spans of the relative date wordings of ``text``, in reading order, none overlapping.

    ``words`` is :func:`words_of` of ``text`` when the caller has it already.
    """
    words = words_of(text) if words is None else words
    lowers = [word.lower() for word, _, _ in words]
    spans: list[tuple[int, int]] = []
    index = 0
    while index < len(words):
        word, start, end = words[index]
        lowered = lowers[index]
        found: tuple[int, int] | None = None
        sizes = (range(min(_LONGEST_SAME_DAY, len(words) - index), 1, -1)
                 if lowered in _SAME_DAY_OPENERS else ())
        for size in sizes:
            phrase = " ".join(lowers[index:index + size])
            last = words[index + size - 1][2]
            if phrase in SAME_DAY and text[start:last].count(" ") == size - 1:
                found, index = (start, last), index + size - 1
                break
        if found is None:
            bare = word.removesuffix("'s").removesuffix("’s")
            following = words[index + 1] if index + 1 < len(words) else None
            if bare in _WEEKDAY_NAMES:
                before = words[index - 1] if index > 0 else None
                opens = before is not None and lowers[index - 1] in _BEFORE_WEEKDAY and (
                    text[before[2]:start] == " ")
                found = ((before[1] if opens and before is not None else start),
                         start + len(bare))
            elif (lowered in _DAY_WORDS or bare.lower() in _DAY_WORDS) and not (
                    bare.isupper()):  # "USA TODAY" is a newspaper's name
                found = (start, start + len(bare))
            elif lowered in _WHICH and following is not None and (
                    lowers[index + 1] in _UNITS) and text[end:following[1]] == " ":
                found, index = (start, following[2]), index + 1
            elif _count_word(word, lowered) and following is not None and (
                    lowers[index + 1] in _AGO_UNITS) and index + 2 < len(words) and (
                    lowers[index + 2] == "ago"):
                found, index = (start, words[index + 2][2]), index + 2
        if found is not None:
            spans.append(found)
        index += 1
    return spans
