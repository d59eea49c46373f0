"""The sentence around a quote: what a page may show of an article it may not republish.

A quote may start or end inside a sentence; the excerpt is the whole sentence (or the
sentences) it stands in, never beyond the line: in a plain-text article a line break ends
a headline, a caption or a paragraph, so the excerpt never runs into the next one. A
sentence also ends after a stop inside closing quotation marks ('… so." If …'; see
references.sentences): an excerpt must not show the unquoted sentence after it.
"""

from __future__ import annotations

from generator.reading.references import sentences


def sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of ``text`` holding every sentence that ``start``..``end`` touches.

    >>> text = "Rain fell.\\nThe river rose 10 feet. Roads closed."
    >>> s, e = sentence_around(text, 16, 29)
    >>> text[s:e]
    'The river rose 10 feet.'
    >>> text = 'He said "we are ready." Experts doubt it.'
    >>> s, e = sentence_around(text, 8, 22)
    >>> text[s:e]
    'He said "we are ready."'
    """
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", max(end - 1, start))
    if line_end < 0:
        line_end = len(text)
    if line_end < end:  # the quote runs over a line break: keep its whole lines
        line_end = end
    line = text[line_start:line_end]
    first, last = start - line_start, end - line_start
    spans = [(s, e) for s, e in sentences(line) if s < max(last, first + 1) and e > first]
    if not spans:
        return start, end
    begin, finish = spans[0][0], spans[-1][1]
    return line_start + min(begin, first), line_start + max(finish, last)

