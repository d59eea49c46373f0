"""Where each dismissal of the registry stands in its article's normalised text.

A ``passage`` or ``sentence`` stands wherever its words (normalised) do; a ``pattern``
stands wherever its words do with any number at each ``{number}`` ("Image {number} of
{number}" holds "Image 3 of 72"). Matched by plain string search, word by word, with no
regular expression, so an editor's pattern means only what it says.
"""

from __future__ import annotations

from generator.model import PATTERN_NUMBER, Dismissal
from generator.reading import find_passages, normalise
from generator.reading.numbers import NUMBER_WORDS

_NUMBER_WORDS = frozenset(word for word in NUMBER_WORDS if " " not in word)


def dismissal_spans(text: str, dismissal: Dismissal) -> list[tuple[int, int]]:
    """The spans of ``text`` (normalised) the dismissal covers."""
    if dismissal.pattern is None:
        return [(start, end) for start, end, _ in find_passages(text, [dismissal.words])]
    return pattern_spans(text, dismissal.pattern)


def _number_end(text: str, at: int) -> int:
    """Where a number starting at ``at`` ends (``at`` when none starts there): digits with
    inner separators ("1,200", "3.5"), or one number word ("seven")."""
    end = at
    while end < len(text) and (text[end].isdigit() or (
            text[end] in ",." and end > at and end + 1 < len(text) and text[end + 1].isdigit())):
        end += 1
    if end > at:
        return end
    while end < len(text) and text[end].isalpha():
        end += 1
    return end if text[at:end].lower() in _NUMBER_WORDS else at


def _match_at(text: str, at: int, pieces: list[str]) -> int | None:
    """Where the pattern's pieces, a number between each two, end when they start at
    ``at``; None when they do not stand there."""
    position = at
    for index, piece in enumerate(pieces):
        if index:
            end = _number_end(text, position)
            if end == position:
                return None
            position = end
        if not text.startswith(piece, position):
            return None
        position += len(piece)
    return position


def pattern_spans(text: str, pattern: str) -> list[tuple[int, int]]:
    """Every place the words of ``pattern`` stand in ``text``, whole words only."""
    pieces = normalise(pattern.replace(PATTERN_NUMBER, "\0")).split("\0")
    if pieces[0]:
        starts = _occurrences(text, pieces[0])
    else:  # the pattern opens with a number: every number of the text may start it
        starts = [at for at in range(len(text)) if (at == 0 or not text[at - 1].isalnum())
                  and _number_end(text, at) > at]
    spans = []
    for start in starts:
        end = _match_at(text, start, pieces)
        if end is None or (start > 0 and text[start].isalnum() and text[start - 1].isalnum()):
            continue
        if end < len(text) and text[end - 1].isalnum() and text[end].isalnum():
            continue
        spans.append((start, end))
    return spans


def _occurrences(text: str, needle: str) -> list[int]:
    found, at = [], text.find(needle)
    while at >= 0:
        found.append(at)
        at = text.find(needle, at + 1)
    return found
