"""What the words around a relative wording do to it: a deadline ("at the latest, the
first week of January"), a negated "before" ("would not be seated before the end of the
year"), the end of a period as a boundary ("before the end of the year"), a hedge on the
far end ("in the next month or so"), and the weekday a day without a year is given with
("on Wednesday, September 26"), which tells which year it is.

Why apart: :mod:`generator.reading.relative_spans` reads the wording alone; these readings
need the quote's words around it (a limit phrase, a negation in the wording's clause),
read on tokens, never on the characters of a pattern.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Sequence

import generator.reading.lexicon as lx
from generator.reading.cue_scope import verb_negation
from generator.reading.normalise import normalise
from generator.reading.verbs import Token, tokenize

# "at the latest" closes an interval at the date beside it; "at the earliest" opens one.
_LIMITS = {"latest": "start", "earliest": "end"}
# Words that end the clause a "before" stands in, looking back from it: punctuation and the
# words that open another clause ("should not be affected, since ... would be seated").
_CLAUSE_EDGES = frozenset({",", ";", ":", "(", ")", "that", "which", "who", "whom", "since",
                           "because", "when", "while", "if", "and", "but", "or", "although"})
# The periods whose end bounds an interval ("before the end of the year").
_PERIODS = {"year": 0, "month": 1}
_WHICH = {"the": 0, "this": 0, "next": 1, "last": -1}
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# The hedge a wording may end with: its far end is approximate.
HEDGE_AFTER = ("or", "so")


def _words(text: str) -> list[str]:
    return [token.lower for token in tokenize(normalise(text))]


def _find(tokens: Sequence[Token], words: Sequence[str]) -> list[int]:
    """The token indexes where ``words`` stand in a row."""
    size = len(words)
    return [index for index in range(len(tokens) - size + 1)
            if [t.lower for t in tokens[index:index + size]] == list(words)]


def deadline(quote: str, phrase: str) -> str | None:
    """Which end of an interval "at the latest" or "at the earliest" beside ``phrase`` leaves
    open ("start" for a deadline, "end" for a first possible day), or None.

    The limit phrase must touch the wording, before it (a comma between is allowed) or
    after it: "at the latest, the first week of January", "by Friday at the latest"."""
    tokens = tokenize(normalise(quote))
    words = _words(phrase)
    if not words:
        return None
    for at in _find(tokens, words):
        before = [t.lower for t in tokens[max(0, at - 4):at] if t.lower != ","]
        after = [t.lower for t in tokens[at + len(words):at + len(words) + 4] if t.lower != ","]
        for limit, opened in _LIMITS.items():
            phrase_words = ["at", "the", limit]
            if before[-3:] == phrase_words or after[:3] == phrase_words:
                return opened
    return None


def negated_before(quote: str, phrase: str) -> bool:
    """True when ``phrase`` opens with "before" and a negation stands earlier in its own
    clause, in its verb group: "would not be seated before the end of the year" is seated at
    the end of the year or later. A negation in another clause ("should not be affected,
    since ... would be seated before ...") or of a noun ("Not a single poll showed ...")
    does not make it so."""
    return _negated_opening(quote, phrase, ("before",))


def negated_until(quote: str, phrase: str) -> bool:
    """True when ``phrase`` opens with "until" (or "till") and its clause's verb group is
    negated: "won't be seated in Congress until January" happens in January, a point; a
    plain "until January" is an interval that January closes."""
    return _negated_opening(quote, phrase, ("until", "till"))


def _negated_opening(quote: str, phrase: str, openers: tuple[str, ...]) -> bool:
    words = _words(phrase)
    if not words or words[0] not in openers:
        return False
    tokens = tokenize(normalise(quote))
    found = _find(tokens, words)
    if len(found) != 1:
        return False
    for index in range(found[0] - 1, -1, -1):
        word = tokens[index].lower
        if word in _CLAUSE_EDGES:
            return False
        if word in lx.NEGATIONS or word.endswith("n't"):
            return verb_negation(tokens, index)
    return False


def period_end(point: str, published: str) -> str | None:
    """The last day of the period "the end of the year" (this, next or last year or month)
    names, counted from ``published``, or the Sunday of "the end of the weekend"; None for
    any other wording or a date too coarse."""
    words = _words(point)
    if words == ["the", "end", "of", "the", "weekend"]:
        return _weekend_end(published)
    if len(words) != 5 or words[:3] != ["the", "end", "of"]:
        return None
    which, period = words[3], words[4]
    if which not in _WHICH or period not in _PERIODS:
        return None
    parts = [int(part) for part in published.split("-")]
    if len(parts) < 1 + _PERIODS[period]:
        return None
    if period == "year":
        return f"{parts[0] + _WHICH[which]:04d}-12-31"
    index = parts[0] * 12 + parts[1] - 1 + _WHICH[which]
    year, month = index // 12, index % 12 + 1
    return f"{year:04d}-{month:02d}-{calendar.monthrange(year, month)[1]:02d}"


def _weekend_end(published: str) -> str | None:
    """The Sunday of "the weekend" in a text of a Saturday or a Sunday (its own weekend);
    None on a weekday, where "the weekend" may be the one gone by or the one to come."""
    if published.count("-") != 2:
        return None
    day = dt.date.fromisoformat(published)
    if day.weekday() < 5:
        return None
    return (day + dt.timedelta(days=6 - day.weekday())).isoformat()


def unhedged(phrase: str) -> str | None:
    """``phrase`` without its closing "or so" ("in the next month or so" -> "in the next
    month"), or None when it carries no such hedge."""
    words = phrase.split()
    if len(words) > 2 and tuple(word.lower() for word in words[-2:]) == HEDGE_AFTER:
        return " ".join(words[:-2])
    return None


def weekday_before(quote: str, phrase: str) -> str | None:
    """The weekday written right before ``phrase`` (a comma between is allowed), in lower
    case: "wednesday" for "September 26" in "on Wednesday, September 26"; None where there
    is none or ``phrase`` stands in ``quote`` more than once."""
    tokens = tokenize(normalise(quote))
    found = _find(tokens, _words(phrase))
    if len(found) != 1:
        return None
    before = [t for t in tokens[max(0, found[0] - 2):found[0]] if t.lower != ","]
    if not before or before[-1].lower not in _WEEKDAYS or not before[-1].text[:1].isupper():
        return None
    return before[-1].lower


def weekday_of(day: str) -> str | None:
    """The weekday of an ISO day (YYYY-MM-DD), in lower case; None for a coarser date."""
    if day.count("-") != 2:
        return None
    return _WEEKDAYS[dt.date.fromisoformat(day).weekday()]


def week_middle(phrase: str) -> int | None:
    """The week "the middle of next week" names, as weeks from the publication's own (1 for
    next, 0 for this, -1 for last); None for any other wording. Its day is that week's
    Wednesday, and only about it: the value says so (qualifier ``about``)."""
    words = _words(phrase)
    if words[:1] == ["in"]:
        words = words[1:]
    if len(words) != 5 or words[:3] != ["the", "middle", "of"] or words[4] != "week":
        return None
    return {"next": 1, "this": 0, "last": -1}.get(words[3])
