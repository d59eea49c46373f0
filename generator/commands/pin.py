"""``python -m generator pin``: record each article's sha256 in the registry.

This is the one command that writes into ``facts/``, and only when an editor runs it: it
rewrites the ``sha256:`` values in ``sources.yml`` in place (comments and layout kept),
so that a change to the evidence is a deliberate, reviewable diff.
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

from generator.base.atomic import write_text
from generator.check.formats.text import line as problem_line
from generator.check.pipeline import FACTS_DIR, REGISTRY, SOURCES_DIR
from generator.load import SourceFolder, load_yaml_file
from generator.model.validate import Validated, validate_registry


def pin(root: Path, dry_run: bool = False) -> int:
    registry = root / FACTS_DIR / REGISTRY
    validated = Validated()
    validate_registry(load_yaml_file(registry, f"{FACTS_DIR}/{REGISTRY}"), validated)
    if validated.problems:
        for problem in validated.problems:
            print(problem_line(problem), file=sys.stderr)
        return 1
    folder = SourceFolder.scan(root / FACTS_DIR / SOURCES_DIR, f"{FACTS_DIR}/{SOURCES_DIR}")
    lines = registry.read_text(encoding="utf-8").split("\n")
    changed = 0
    for entry in validated.sources:
        name = entry.model.file
        if folder.unsafe_reason(name) or name not in folder.entries:
            print(f"{entry.at('file')}: skipped {name}: not a file in the sources folder",
                  file=sys.stderr)
            continue
        article, why = folder.read(name)
        if article is None:
            print(f"{entry.at('file')}: skipped {name}: {why}", file=sys.stderr)
            continue
        digest = hashlib.sha256(article.data).hexdigest()
        if digest == entry.model.sha256:
            continue
        position = entry.at("sha256")
        line = lines[position.line - 1]
        lines[position.line - 1] = line.replace(entry.model.sha256, digest, 1)
        changed += 1
        print(f"{position}: {name}: {entry.model.sha256[:12]}… → {digest[:12]}…")
    if changed and not dry_run:
        write_text(registry, "\n".join(lines))
    print(f"{changed} pin(s) {'would change' if dry_run else 'updated'}", file=sys.stderr)
    return 0
