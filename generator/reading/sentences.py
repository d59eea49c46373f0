"""Where a sentence ends, and the sentence around a value: the span the stance reader
(``stance.py``) parses.

Why apart: finding a sentence is a question of marks and abbreviations ("U.S.", "2 a.m.
ET"), not of stance; the list-item reader and the checker's messages use it too.
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_left
from collections.abc import Iterator

from generator.reading.lexicon import MONTH_ABBREVIATIONS

# A sentence is read at most this far on either side of its value: the work per value is
# bounded however long the article's sentences are (a real sentence is far shorter).
CLAUSE_REACH = 400
# Where a sentence ends: its end mark, or a line break; not a dot after an initial or a
# title ("U.S.", "Mr."). The mark is found first, the word before it checked after: a
# pattern that tests the word at every character would cost far more.
_END_MARK = re.compile(r"[.!?](?=\s|$|[\"'])|\n")
_NOT_AN_END = re.compile(r"(?:\b[A-Z]|\b(?:Mr|Ms|Dr|No|St|Jr|Sr|Lt|vs|v|Gen|Sen|Rep|Gov|Col|Mrs"
                         r"|Capt))\Z")


def _sentence_ends(text: str, low: int, high: int) -> Iterator[int]:
    """Where sentences end in ``text[low:high]``: the offset just past each end."""
    return (mark.end() for mark in _END_MARK.finditer(text, low, high)
            if mark.group() != "." or not (
                _NOT_AN_END.search(text, max(0, mark.start() - 5), mark.start())
                or _time_goes_on(text, mark.start()) or _day_follows(text, mark.start())))


def _day_follows(text: str, dot: int) -> bool:
    """"impose Dec. 15 on another $160 billion": the dot of a month written short ends no
    sentence before the day's number; before a word it may ("planned for Dec. He said")."""
    before = text[max(0, dot - 5):dot].split()
    if not before or before[-1] not in MONTH_ABBREVIATIONS:
        return False
    following = text[dot + 1:dot + 4].split()
    return bool(following) and following[0][:1].isdigit()


def _time_goes_on(text: str, dot: int) -> bool:
    """"after 2 a.m. ET Sunday and crest": a time's "a.m." before its zone or a word in
    lower case ends no sentence; before a capitalised word it may."""
    if text[max(0, dot - 3):dot].lower() not in ("a.m", "p.m"):
        return False
    following = text[dot + 1:dot + 12].split()
    word = following[0].strip(",;") if following else ""
    return bool(word) and (word.isupper() or word[:1].islower())


def with_line_breaks(original: str) -> str:
    """The normalised text of ``original`` with its line breaks kept, at the same offsets:
    a headline, a dateline and a caption are sentences of their own."""
    from generator.reading.normalise import normalise_keeping_lines

    return normalise_keeping_lines(original)


def clause_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence of ``text`` that holds ``start``..``end`` (at most CLAUSE_REACH on each
    side of it)."""
    low = window = max(0, start - CLAUSE_REACH)
    for low in _sentence_ends(text, window, start):  # noqa: B007 (the last one is kept)
        pass
    reach = min(len(text), end + CLAUSE_REACH)
    high = next(_sentence_ends(text, end, reach), reach)
    while low < start and text[low].isspace():
        low += 1
    return low, high


class SentenceEnds:
    """Where every sentence of one text ends, found once (issue 21, one reading per article).

    The stance reader asks for the sentence around each of an article's quoted values;
    with the ends found once, each answer is two bisections instead of a scan of the 400
    characters on either side. :meth:`clause_around` gives exactly what
    :func:`clause_around` gives (``tests/test_stance.py`` compares them on real articles).
    """

    def __init__(self, text: str) -> None:
        self.text = text
        # Offsets just past each end, as machine integers: one list per article is kept.
        self.ends = array("q", _sentence_ends(text, 0, len(text)))

    def clause_around(self, start: int, end: int) -> tuple[int, int]:
        text, ends = self.text, self.ends
        window = max(0, start - CLAUSE_REACH)
        before = bisect_left(ends, start + 1) - 1  # the last end whose mark is before start
        low = ends[before] if before >= 0 and ends[before] > window else window
        # The scan of the window stops at ``start``: a mark right before it ends a sentence
        # there even when the text goes on ("3.5" quoted from its "5"), as the scan reads it.
        if start > window and next(_sentence_ends(text, start - 1, start), None) is not None:
            low = start
        reach = min(len(text), end + CLAUSE_REACH)
        after = bisect_left(ends, end + 1)  # the first end whose mark is at or after end
        high = ends[after] if after < len(ends) and ends[after] <= reach else reach
        while low < start and text[low].isspace():
            low += 1
        return low, high


def sentence_words(text: str, start: int, end: int, ends: SentenceEnds | None,
                   limit: int = 100) -> str:
    """The words of the sentence around ``start``..``end``, for a message that names a cue
    of another sentence (cut to ``limit`` characters)."""
    low, high = (clause_around(text, start, end) if ends is None or ends.text is not text
                 else ends.clause_around(start, end))
    words = " ".join(text[low:high].split())
    return words if len(words) <= limit else words[:limit - 1].rstrip() + "…"
