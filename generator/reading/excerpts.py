"""The sentence around a quote: what a page may show of an article it may not republish.

A quote may start or end inside a sentence; the excerpt is the whole sentence (or the
sentences) it stands in, never beyond the line: in a plain-text article a line break ends
a headline, a caption or a paragraph, so the excerpt never runs into the next one. A
sentence also ends after a stop inside a closing quotation mark ('… so." If …'), which
the reader's splitter does not cut at: an excerpt must not show the unquoted sentence
after it.
"""

from __future__ import annotations

from generator.reading.references import sentences


def sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of ``text`` holding every sentence that ``start``..``end`` touches.

    >>> text = "Rain fell.\\nThe river rose 10 feet. Roads closed."
    >>> s, e = sentence_around(text, 16, 29)
    >>> text[s:e]
    'The river rose 10 feet.'
    """
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", max(end - 1, start))
    if line_end < 0:
        line_end = len(text)
    if line_end < end:  # the quote runs over a line break: keep its whole lines
        line_end = end
    line = text[line_start:line_end]
    first, last = start - line_start, end - line_start
    spans = [(s, e) for s, e in _quoted_ends(line, sentences(line))
             if s < max(last, first + 1) and e > first]
    if not spans:
        return start, end
    begin, finish = spans[0][0], spans[-1][1]
    return line_start + min(begin, first), line_start + max(finish, last)


_CLOSERS = frozenset("\"'\u201d\u2019")


def _quoted_ends(line: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` cut again after each stop closed by quotation marks and followed by a
    space and a capital or an opening mark: 'so." If it …' is two sentences.

    >>> line = 'He said "we are ready." Experts doubt it.'
    >>> [line[s:e] for s, e in _quoted_ends(line, [(0, len(line))])]
    ['He said "we are ready."', 'Experts doubt it.']
    """
    cut: list[tuple[int, int]] = []
    for begin, end in spans:
        at = begin
        while at < end:
            if line[at] in ".!?" and at + 1 < end and line[at + 1] in _CLOSERS:
                close = at + 1
                while close < end and line[close] in _CLOSERS:
                    close += 1
                after = close
                while after < end and line[after] == " ":
                    after += 1
                if after > close and after < end and (
                        line[after].isupper() or line[after] in "\"\u201c\u2018"):
                    cut.append((begin, close))
                    begin = after
                at = after
                continue
            at += 1
        cut.append((begin, end))
    return cut
