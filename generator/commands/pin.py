"""``python -m generator pin``: record each article's sha256 in the registry.

This is the one command that writes pins into ``facts/``, and only when an editor runs it:
it rewrites the ``sha256:`` values in ``sources.yml`` in place (comments and layout kept),
so that a change to the evidence is a deliberate, reviewable diff. A new entry may leave
``sha256:`` out, or empty: pin writes it (the way in for an article added by hand).
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path
from typing import Any

from generator.base.atomic import write_text
from generator.base.report import Position, Problem
from generator.check.formats.text import line as problem_line
from generator.check.pipeline import FACTS_DIR, REGISTRY, sources_folder
from generator.load import PosDict, load_yaml_file
from generator.model.validate import Validated, validate_registry

# What an editor may leave in place of a pin for pin to fill: nothing, or an empty string.
_EMPTY_VALUES = ("", '""', "''", "~", "null")


def _about_the_pin(problem: Problem, entries: list[PosDict], path: str) -> bool:
    """True for a registry problem that pin itself mends: a pin missing, empty or malformed."""
    if problem.code == "S101" and "'sha256'" in problem.message:
        return True
    if problem.code != "S103":
        return False
    return any("sha256" in entry and Position(path, *entry.value_pos["sha256"])
               == problem.position for entry in entries)


def _entries(data: Any) -> list[PosDict]:
    sources = data.get("sources") if isinstance(data, dict) else None
    if not isinstance(sources, list):
        return []
    return [entry for entry in sources
            if isinstance(entry, PosDict) and isinstance(entry.get("file"), str)]


def _set_pin(lines: list[str], entry: PosDict, digest: str) -> str | None:
    """Write ``digest`` as the entry's pin in ``lines``; why not, where it cannot be done."""
    current = entry.get("sha256")
    if isinstance(current, str) and current:
        line_no, col = entry.value_pos["sha256"]
        line = lines[line_no - 1]
        at = line.find(current, col - 1)
        lines[line_no - 1] = line[:at] + digest + line[at + len(current):]
        return None
    if "sha256" in entry:
        line_no, col = entry.key_pos["sha256"]
        line = lines[line_no - 1]
        rest, _, comment = line[col - 1 + len("sha256:"):].partition(" #")
        if not line[col - 1:].startswith("sha256:") or rest.strip() not in _EMPTY_VALUES:
            return "write 'sha256:' on a line of its own, then run pin again"
        lines[line_no - 1] = (line[:col - 1] + f"sha256: {digest}"
                              + (f"  #{comment}" if comment else ""))
        return None
    line_no, col = entry.key_pos["file"]
    if not lines[line_no - 1][col - 1:].startswith("file:") or "{" in lines[line_no - 1]:
        return "add 'sha256:' on a line of its own under 'file:', then run pin again"
    lines.insert(line_no, " " * (col - 1) + f"sha256: {digest}")
    return None


def pin(root: Path, dry_run: bool = False) -> int:
    registry = root / FACTS_DIR / REGISTRY
    shown = f"{FACTS_DIR}/{REGISTRY}"
    document = load_yaml_file(registry, shown)
    validated = Validated()
    validate_registry(document, validated)
    entries = _entries(document.data)
    blocking = [p for p in validated.problems if not _about_the_pin(p, entries, shown)]
    if blocking:
        for problem in blocking:
            print(problem_line(problem), file=sys.stderr)
        return 1
    folder = sources_folder(root, validated)
    if folder.missing:
        print(f"{folder.declared_at or registry}: the sources folder {folder.display} "
              f"{folder.why}; nothing to pin", file=sys.stderr)
        return 1
    lines = registry.read_text(encoding="utf-8").split("\n")
    changed = failed = 0
    # From the last entry up, so that a line inserted for one pin moves no entry still to do.
    for entry in reversed(entries):
        name = entry["file"]
        at = Position(shown, *entry.value_pos["file"])
        if folder.unsafe_reason(name) or name not in folder.entries:
            print(f"{at}: skipped {name}: not a file in the sources folder", file=sys.stderr)
            continue
        article, why = folder.read(name)
        if article is None:
            print(f"{at}: skipped {name}: {why}", file=sys.stderr)
            continue
        digest = hashlib.sha256(article.data).hexdigest()
        current = entry.get("sha256")
        if digest == current:
            continue
        why_not = _set_pin(lines, entry, digest)
        if why_not is not None:
            print(f"{at}: error[R205] cannot write the pin of {name}; {why_not}", file=sys.stderr)
            failed += 1
            continue
        changed += 1
        was = f"{current[:12]}…" if isinstance(current, str) and current else "no pin"
        print(f"{at}: {name}: {was} → {digest[:12]}…")
    if changed and not dry_run:
        write_text(registry, "\n".join(lines))
    print(f"{changed} pin(s) {'would change' if dry_run else 'updated'}", file=sys.stderr)
    return 1 if failed else 0
