"""A registry entry as YAML text, and where it goes in ``sources.yml``.

The registry is the editors' file: their comments, order and layout are theirs. So an
entry is added as text after the last source, never by loading and dumping the whole
file, and the result is validated before it replaces the old file.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

# Characters that a YAML double-quoted scalar must not hold raw: a reader could take
# them for line breaks, or not see them at all.
_ESCAPE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff]")


def quoted(text: str) -> str:
    """``text`` as a YAML double-quoted scalar (JSON's string form, which YAML reads)."""
    return _ESCAPE.sub(lambda m: f"\\u{ord(m.group()):04x}",
                       json.dumps(text, ensure_ascii=False))


@dataclass(slots=True)
class Block:
    """A mapping written as indented ``key: value`` lines, each with an optional comment."""

    lines: list[tuple[str, str | Block, str]] = field(default_factory=list)

    def add(self, key: str, value: str | Block | None, comment: str = "") -> None:
        if value is not None:
            self.lines.append((key, value, comment))

    def render(self, indent: str) -> list[str]:
        out: list[str] = []
        for key, value, comment in self.lines:
            note = f"  # {comment}" if comment else ""
            if isinstance(value, Block):
                out.append(f"{indent}{key}:{note}")
                out.extend(value.render(indent + "  "))
            else:
                out.append(f"{indent}{key}: {value}{note}")
        return out


def entry_text(entry: Block, indent: str = "  ") -> str:
    """One list item of ``sources:``, ``indent`` being where its ``-`` stands."""
    body = entry.render(indent + "  ")
    first = body[0][len(indent) + 2:]
    return "\n".join([f"{indent}- {first}", *body[1:]]) + "\n"


_TOP_KEY = re.compile(r"[^\s#-][^:]*:(\s|$)")


def item_indent(text: str) -> str:
    """The indentation of the items under ``sources:`` (two spaces when there are none)."""
    lines = text.split("\n")
    inside = False
    for line in lines:
        if line.startswith("sources:"):
            inside = True
            continue
        if inside and line.lstrip().startswith("- "):
            return line[:len(line) - len(line.lstrip())]
        if inside and _TOP_KEY.match(line):
            break
    return "  "


def insert_entry(text: str, entry: str) -> str | None:
    """``text`` with ``entry`` after the last item of ``sources:``; None when the file has
    no block ``sources:`` list to add to."""
    lines = text.split("\n")
    start = next((i for i, line in enumerate(lines)
                  if re.match(r"sources:\s*(\[\s*\])?\s*(#.*)?$", line)), None)
    if start is None:
        return None
    if "[" in lines[start]:  # an empty flow list: ``sources: []``
        lines[start] = "sources:"
    end = next((i for i in range(start + 1, len(lines)) if _TOP_KEY.match(lines[i])),
               len(lines))

    def skippable(line: str) -> bool:
        # Before another key, its lead-in comments stay with it; at the end of the
        # file, only blank lines are left after the new entry.
        return not line.strip() or (end < len(lines) and line.lstrip().startswith("#"))

    last = end
    while last > start + 1 and skippable(lines[last - 1]):
        last -= 1
    added = entry.rstrip("\n").split("\n")
    blank = [""] if last > start + 1 else []
    rest = lines[last:] if end < len(lines) else [""]
    if end < len(lines) and (not rest or rest[0].strip()):
        rest = ["", *rest]
    return "\n".join([*lines[:last], *blank, *added, *rest])
