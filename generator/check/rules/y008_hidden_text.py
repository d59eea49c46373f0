"""No published field and no file name holds text that displays otherwise than it reads.

Why: bidirectional control characters (U+202A–U+202E, U+2066–U+2069) are invisible and
reorder what a reader sees: a title can show "2 billion" while it holds "noillib 2", and
the same text reaches the site and the exports. A file name with a line break or another
control character breaks every listing it appears in. Both are refused, with the
character named, rather than published.

Passing::

    title: "S-400 deal"

Failing::

    title: "S-400 \\u202edeal"
    # error[Y008] 'title' holds the invisible bidirectional control character U+202E
    #   (RIGHT-TO-LEFT OVERRIDE) at character 7; delete it: it makes the text display in
    #   another order than it is written
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from typing import Any

from generator.base.report import Position, Problem
from generator.check.context import Context
from generator.check.reporter import Reporter
from generator.load import PosDict, PosList
from generator.reading import INVISIBLE

ID = "Y008"
NAME = "hidden-text"
STAGE = "verify"
report = Reporter(ID)

BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")
_NAME_CONTROLS = re.compile("[\x00-\x1f\x7f\x85\u2028\u2029\u202a-\u202e\u2066-\u2069]")
_HINT = "delete it: it makes the text display in another order than it is written"


def describe(character: str) -> str:
    """U+202E (RIGHT-TO-LEFT OVERRIDE)."""
    return f"U+{ord(character):04X} ({unicodedata.name(character, 'an unnamed character')})"


def _strings(node: Any, where: tuple[int, int], key: str) -> Iterator[tuple[str, tuple[int, int],
                                                                            str]]:
    """Every text value under ``node`` with its position and the key it stands under."""
    stack: list[tuple[Any, tuple[int, int], str]] = [(node, where, key)]
    while stack:
        value, at, name = stack.pop()
        if isinstance(value, str):
            yield value, at, name
        elif isinstance(value, PosDict):
            stack.extend((value[k], value.value_pos[k], k) for k in reversed(list(value)))
        elif isinstance(value, PosList):
            stack.extend((item, value.item_pos[i], name)
                         for i, item in reversed(list(enumerate(value))))


def _holds_a_control(node: Any) -> bool:
    """True when some text under ``node`` holds a bidirectional control: looked for first
    without positions, which only an entry that holds one needs (almost none do)."""
    stack = [node]
    while stack:
        value = stack.pop()
        if isinstance(value, str):
            if BIDI_CONTROLS.search(value):
                return True
        elif isinstance(value, PosDict):
            stack.extend(value.values())
        elif isinstance(value, PosList):
            stack.extend(value)
    return False


def check(context: Context) -> Iterator[Problem]:
    validated = context.validated
    entries: list[Any] = [*validated.sources, *validated.facts]
    if validated.site is not None:
        entries.append(validated.site)
    for entry in entries:
        if not _holds_a_control(entry.node):
            continue
        for text, (line, col), key in _strings(entry.node, entry.node.start, ""):
            found = BIDI_CONTROLS.search(text)
            if found:
                yield report(Position(entry.path, line, col),
                             f"'{key}' holds the invisible bidirectional control character "
                             f"{describe(found.group())} at character {found.start() + 1}",
                             _HINT, getattr(entry.model, "id", None) if entry in
                             validated.facts else None)
    folder = context.folder
    for name in folder.entries:
        found = _NAME_CONTROLS.search(name)
        if found:
            shown = name.encode("unicode_escape").decode("ascii")
            kind = ("a line break" if found.group() in "\n\r\x85\u2028\u2029"
                    else f"the control character {describe(found.group())}")
            yield report(Position(f"{folder.display}/{shown}"),
                         f"the file name holds {kind}",
                         "rename the file to letters, digits, '.', '_' and '-'")


def _invisible(character: str) -> bool:
    return unicodedata.category(character) == "Cf" or character in INVISIBLE


# No ASCII character is invisible (format characters and INVISIBLE are all beyond it), so
# only the others are looked at: an article of 2 MB is passed over at the regex's speed.
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def _invisibles(text: str) -> list[str]:
    """The invisible characters of ``text``, each once, in the order they first stand."""
    return list(dict.fromkeys(c for c in _NON_ASCII.findall(text) if _invisible(c)))


def invisible_difference(quote: str, text: str) -> str | None:
    """The invisible character that alone keeps ``quote`` from standing in ``text``.

    Both in normalised form. None when no invisible character is the reason. Each kind of
    invisible character is tried once, so the work is bounded by the kinds present.
    """
    for character in _invisibles(quote):
        if quote.replace(character, "") in text.replace(character, ""):
            return f"the quote holds the invisible character {describe(character)}"
    for character in _invisibles(text):
        if quote in text.replace(character, ""):
            return (f"the article holds the invisible character {describe(character)} "
                    "inside the passage")
    return None
