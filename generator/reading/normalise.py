"""The safe normalisation of article text and quotes, its offset map, and phrase search.

The normalisation is deliberately small: it only removes differences that never change
meaning (how whitespace, quotes and dashes were typed, invisible characters, Unicode
composition). It never folds case, never maps to ASCII, never applies NFKC (which turns
"10⁶" into "106") and never drops a word, digit, sign or decimal point.

An em dash is punctuation, never a hyphen: typed with no spaces ("by 2016—Colorado,")
it still parts the words, so it becomes a spaced dash (" - "), as "by 2016 — Colorado"
does. Mapped onto a bare "-", it glued "2016-Colorado" into one token and the name, the
figure and the clause end after it were lost (trial 5, #18).
"""

from __future__ import annotations

import re
import unicodedata
from array import array
from bisect import bisect_right
from dataclasses import dataclass, field

# Characters deleted outright: soft hyphen, zero-width space/joiners, word joiner, BOM.
INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
# Dashes that part words whatever the spacing: the em dash and the horizontal bar.
PARTING_DASHES = "\u2014\u2015"
# Characters mapped onto a plain form: one to one, but a parting dash to a spaced "-".
QUOTE_AND_DASH_MAP = {
    **dict.fromkeys("\u2018\u2019\u201a\u201b\u2032", "'"),
    **dict.fromkeys("\u201c\u201d\u201e\u201f\u2033", '"'),
    **dict.fromkeys("\u2010\u2011\u2012\u2013\u2212", "-"),
    **dict.fromkeys(PARTING_DASHES, " - "),
}
_TRANSLATION = str.maketrans({**QUOTE_AND_DASH_MAP, **dict.fromkeys(INVISIBLE, None)})
_REPLACED = {**QUOTE_AND_DASH_MAP, **dict.fromkeys(INVISIBLE, "")}
# The characters _TRANSLATION changes, found by one scan: str.translate looks every
# character up in a dict, five times slower on an article with few of them.
_TO_REPLACE = re.compile("[" + re.escape("".join(_REPLACED)) + "]")
_RUN_WITH_BREAK = re.compile(r"\s*[\r\n]\s*")  # a whole whitespace run that holds a break
_RUN_WITHOUT_BREAK = re.compile(r"[^\S\r\n]+")


def _translated(text: str) -> str:
    """``text`` in NFC with quotes and dashes plain and invisible characters gone."""
    text = unicodedata.normalize("NFC", text)
    return _TO_REPLACE.sub(lambda found: _REPLACED[found.group(0)], text)


def normalise(text: str) -> str:
    """Return the searchable form of ``text`` (see the module docstring for what changes)."""
    # str.split() splits on the characters \s matches (the same 29), and strips the ends.
    return " ".join(_translated(text).split())


def normalise_keeping_lines(text: str) -> str:
    """Like :func:`normalise`, at the same offsets, but a whitespace run that holds a line
    break becomes "\\n" instead of " " (the stance reader ends a clause there)."""
    text = _RUN_WITH_BREAK.sub("\n", _translated(text))
    return _RUN_WITHOUT_BREAK.sub(" ", text).strip()


@dataclass(frozen=True, slots=True)
class MappedText:
    """Normalised text plus, for every normalised character, where it came from.

    ``offsets[i]`` is where the original characters behind ``text[i]`` start and
    ``ends[i]`` where they end: "é" written as "e" plus a combining accent spans both.
    """

    text: str
    offsets: array  # type: ignore[type-arg]
    ends: array = field(default_factory=lambda: array("i"))  # type: ignore[type-arg]

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a half-open span of the normalised text back onto the original text."""
        if start >= end:
            at = self.offsets[start] if start < len(self.offsets) else 0
            return (at, at)
        if len(self.ends) == len(self.offsets):
            return self.offsets[start], self.ends[end - 1]
        return self.offsets[start], self.offsets[end - 1] + 1


# whitespace other than one plain space, or a parting dash with the whitespace around it
_ODD_SPACE_OR_DASH = re.compile(r"\s*[\u2014\u2015]\s*|[^\S ]\s*| \s+")


@dataclass(frozen=True, slots=True)
class RunSpans:
    """The offset map of :class:`MappedText` for simple text, kept per whitespace run.

    In text whose every character is its own normalised character (ASCII, Latin letters,
    typed quotes and dashes, currency signs: see :func:`run_spans`), :func:`normalise`
    only changes lengths where it collapses or strips whitespace. Between two such places
    the offsets shift by a constant: ``shifts[k]`` holds from normalised offset
    ``starts[k]`` on. A few ints per line instead of two per character, built by one
    regular-expression scan instead of a loop over characters.
    """

    starts: list[int]
    shifts: list[int]
    length: int  # of the normalised text

    def _at(self, index: int) -> int:
        return index + self.shifts[bisect_right(self.starts, index) - 1]

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """The same span as :meth:`MappedText.original_span` gives."""
        if start >= end:
            at = self._at(start) if 0 <= start < self.length else 0
            return (at, at)
        return self._at(start), self._at(end - 1) + 1


def _stands_alone(char: str) -> bool:
    """True for a character that normalises to one character and composes with nothing.

    Below U+0300 (Latin, IPA, spacing modifiers) and in U+2000-U+23FF (punctuation,
    currency, letterlike and technical symbols) no character is a combining mark or the
    second half of a composition; the combining marks for symbols (U+20D0-U+20FF) and the
    invisible characters that are deleted are left out. A parting dash (three characters
    once normalised) stands alone too: :func:`run_spans` maps it with its spaces.
    """
    code = ord(char)
    if char in INVISIBLE:
        return False
    return code < 0x0300 or (0x2000 <= code < 0x2400 and not 0x20D0 <= code < 0x2100)


def run_spans(original: str) -> RunSpans | None:
    """The offset map of ``original`` per whitespace run (see :class:`RunSpans`).

    None when some character of ``original`` may not stand alone: :func:`normalise_mapped`
    maps such text.
    """
    if not original.isascii() and not all(map(_stands_alone, set(original))):
        return None
    lead = len(original) - len(original.lstrip())
    end = len(original.rstrip())
    if end <= lead:
        return RunSpans([0], [0], 0)
    if original[lead] in PARTING_DASHES or original[end - 1] in PARTING_DASHES:
        return None  # a dash at an end loses a space to the strip: the full map has it
    starts, shifts, shift = [0], [lead], lead
    last = -1
    for run in _ODD_SPACE_OR_DASH.finditer(original, lead, end):
        space = run.start() - shift  # the normalised offset of the (first) space left
        dash = next((at for at in range(run.start(), run.end())
                     if original[at] in PARTING_DASHES), None)
        if dash is None:
            shift = run.end() - (space + 1)
            starts.append(space + 1)
            shifts.append(shift)
            continue
        if run.start() == last:
            return None  # two dashes in one run ("——"): the full map has them
        last = run.end()
        # " - ": the space before maps where the run starts, the dash and the space
        # after both onto the dash (as normalise_mapped maps them), then the next word.
        starts += [space + 1, space + 2, space + 3]
        shift = run.end() - (space + 3)
        shifts += [dash - (space + 1), dash - (space + 2), shift]
    return RunSpans(starts, shifts, end - shift)


def _composes(chunk: str, following: str) -> bool:
    """True when NFC would join ``following`` onto ``chunk`` (a mark, or e.g. Hangul jamo)."""
    if unicodedata.combining(following):
        return True
    if following.isascii() and chunk[-1:].isascii():
        return False  # the common case, and ASCII never composes with ASCII
    return unicodedata.normalize("NFC", chunk + following) != (
        unicodedata.normalize("NFC", chunk) + unicodedata.normalize("NFC", following))


_ASCII_PRINTABLE = frozenset(chr(c) for c in range(0x21, 0x7F))
_ASCII_RUN = re.compile(r"[!-~]+")
_SPACE_RUN = re.compile(r"\s+")


def normalise_mapped(original: str) -> MappedText:
    """Normalise like :func:`normalise`, keeping the way back to the original offsets.

    NFC is applied per run of characters that compose with each other, so offsets stay
    exact and the text is always exactly ``normalise(original)``: the article text that
    quotes are searched in and the offsets used to highlight them must agree.
    """
    out: list[str] = []
    offsets = array("i")
    ends = array("i")
    space_at = -1  # where a pending run of whitespace started, or -1
    i = 0
    n = len(original)
    while i < n:
        # Fast paths: a run of printable ASCII maps one to one; a run of whitespace becomes
        # one space. A run's last character goes the slow way when a non-ASCII character
        # follows, since that one may compose with it.
        run = _ASCII_RUN.match(original, i) or _SPACE_RUN.match(original, i)
        if run is not None:
            j = run.end()
            if j < n and not original[j].isascii():
                j -= 1
            if j > i:
                if original[i] in _ASCII_PRINTABLE:
                    if space_at >= 0:
                        out.append(" ")
                        offsets.append(space_at)
                        ends.append(space_at + 1)
                        space_at = -1
                    out.append(original[i:j])
                    offsets.extend(range(i, j))
                    ends.extend(range(i + 1, j + 1))
                elif space_at < 0 and out:
                    space_at = i
                i = j
                continue
        j = i + 1
        while j < n and _composes(original[i:j], original[j]):
            j += 1
        chunk = unicodedata.normalize("NFC", original[i:j]).translate(_TRANSLATION)
        for ch in chunk:
            if ch.isspace():  # what normalise's str.split() splits on
                if space_at < 0 and out:
                    space_at = i
                continue
            if space_at >= 0:
                out.append(" ")
                offsets.append(space_at)
                ends.append(space_at + 1)
                space_at = -1
            out.append(ch)
            offsets.append(i)
            ends.append(j)
        i = j
    return MappedText("".join(out), offsets, ends)


def find_all(haystack: str, needle: str) -> list[int]:
    """Every start offset of ``needle`` in ``haystack`` (overlapping matches included)."""
    found: list[int] = []
    start = haystack.find(needle)
    while start != -1:
        found.append(start)
        start = haystack.find(needle, start + 1)
    return found


def find_passages(haystack: str, passages: list[str]) -> list[tuple[int, int, str]]:
    """Every occurrence of each passage (normalised) in normalised ``haystack``."""
    return [(start, start + len(needle), passage)
            for passage in passages if (needle := normalise(passage))
            for start in find_all(haystack, needle)]


def find_whole(haystack: str, needle: str) -> list[int]:
    """Like :func:`find_all`, but a match may not start or end inside a word or number.

    "of 40" is in "of 400 kilometers" as a string, but not as words: a quote must not
    cut a token of its article in two.
    """
    if not needle:
        return []
    head, tail = needle[0].isalnum(), needle[-1].isalnum()
    end = len(needle)
    return [start for start in find_all(haystack, needle)
            if not (head and start > 0 and haystack[start - 1].isalnum())
            and not (tail and start + end < len(haystack) and haystack[start + end].isalnum())]


def word_count(text: str, enough: int | None = None) -> int:
    """Words as a reader counts them: "3.5" and "U.S." are one word each.

    With ``enough``, counting stops there: the caller only needs to know it is reached.
    """
    count = 0
    for token in text.split():
        if token.isalnum() or any(ch.isalnum() for ch in token):
            count += 1
            if count == enough:
                break
    return count


def contains_phrase(text: str, phrase: str) -> bool:
    """True when ``phrase`` stands in ``text`` as whole words (after normalisation)."""
    return bool(find_whole(text, normalise(phrase)))
