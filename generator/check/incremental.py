"""The check again after an edit, in one long-lived process (``mkdocs serve``).

A :class:`CheckMemo` keeps, between builds, what the check of each input produced, keyed
by the content hashes of everything it depends on (:mod:`generator.check.cache`'s keys,
held in memory instead of on disk): each YAML file's composed document (by its bytes:
the registry, the page map and each fact file), each fact file's
per-fact rules' verdicts (by the checker, the registry, the file and the articles it
cites), each fact's own verdicts within a changed file (by the same, with the fact's
loaded YAML and every position in it in place of the file) and each article's figures and
dates (by the article's bytes). After one fact edit, only that file is composed, only the
facts whose YAML changed (or moved) go through the per-fact rules again, and only the
articles they cite are read for them; the rules that compare facts across files run on
all of them, as they must. The result is the cold check's, byte for byte
(``tests/test_incremental.py``).
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from generator.base.report import Problem
from generator.check.cache import MemoryStore, article_state, checker_version
from generator.check.context import Context
from generator.check.parallel import FileChecked, check_file
from generator.load import load_yaml_file
from generator.load.positions import PosDict, PosList
from generator.load.yaml_file import YamlDocument
from generator.model import Fact
from generator.model.validate import Entry

# One fact's verdicts: its problems, where its quote stands, whether it is supported.
Verdict = tuple[list[Problem], tuple[int, int] | None, bool]


class CheckMemo:
    """What one process remembers of its last check; safe to drop at any time."""

    def __init__(self) -> None:
        self.store = MemoryStore()
        self.documents: dict[str, tuple[str, YamlDocument]] = {}
        self.verdicts: dict[str, dict[str, Verdict]] = {}  # by fact file, then fact key
        self.composed = 0  # YAML files composed in the latest build (for tests and notes)
        self.rechecked = 0  # facts through the per-fact rules in the latest build
        self.used: set[str] = set()

    def next_build(self) -> None:
        """Start a build: what the last one did not use (a deleted file's) is let go."""
        self.store.next_build()
        self.documents = {name: known for name, known in self.documents.items()
                          if name in self.used}
        self.verdicts = {name: known for name, known in self.verdicts.items()
                         if name in self.used}
        self.used = set()
        self.composed = self.rechecked = 0

    def load(self, path: Path, display: str) -> YamlDocument:
        """``path`` composed, or the document composed from the same bytes last time."""
        try:
            data = path.read_bytes()
        except OSError:
            return load_yaml_file(path, display)  # says why, as a cold check would
        digest = hashlib.sha256(data).hexdigest()
        self.used.add(display)
        known = self.documents.get(display)
        if known is not None and known[0] == digest:
            return known[1]
        document = load_yaml_file(path, display)
        self.composed += 1
        self.documents[display] = (digest, document)
        return document

    def check_file(self, context: Context, entries: list[Entry[Fact]],
                   registry: str) -> FileChecked:
        """The per-fact rules on a changed file: only on the facts not seen unchanged."""
        if not entries:
            return check_file(context, entries)
        keys = [self._fact_key(context, entry, registry) for entry in entries]
        known = self.verdicts.get(entries[0].path, {})
        missing = [entry for entry, key in zip(entries, keys, strict=True) if key not in known]
        self.rechecked += len(missing)
        fresh = check_file(context, missing) if missing else FileChecked([], [], [])
        by_fact = _split(fresh, missing)
        if by_fact is None:  # a problem no single fact owns: the file is checked whole
            self.rechecked += len(entries) - len(missing)
            return check_file(context, entries)
        kept: dict[str, Verdict] = {}  # this file's facts now: the others are let go
        for entry, key in zip(entries, keys, strict=True):
            kept[key] = by_fact[entry.model.id] if entry.model.id in by_fact else known[key]
        self.verdicts[entries[0].path] = kept
        checked = FileChecked([], [], [])
        for key in keys:
            problems, span, supported = kept[key]
            checked.problems.extend(problems)
            checked.spans.append(span)
            assert checked.supported is not None
            checked.supported.append(supported)
        return checked

    @staticmethod
    def _fact_key(context: Context, entry: Entry[Fact], registry: str) -> str:
        digest = hashlib.sha256()
        for part in (checker_version(), registry, entry.path, entry.model.source,
                     article_state(context, entry.model.source)):
            digest.update(part.encode() + b"\0")
        _fingerprint(entry.node, digest)
        return digest.hexdigest()


def _split(checked: FileChecked, entries: list[Entry[Fact]]) -> dict[str, Verdict] | None:
    """Each fact's share of a check of ``entries``, or None if a problem names no fact."""
    verdicts: dict[str, Verdict] = {}
    flags = checked.supported or [False] * len(entries)
    for entry, span, supported in zip(entries, checked.spans, flags, strict=True):
        verdicts[entry.model.id] = ([], span, supported)
    for problem in checked.problems:
        if problem.fact_id not in verdicts:
            return None
        verdicts[problem.fact_id][0].append(problem)
    return verdicts if checked.supported is not None else None


def _fingerprint(node: Any, digest: Any) -> None:
    """Feed ``digest`` the loaded YAML of a fact: every key, value and position."""
    if isinstance(node, PosDict):
        digest.update(b"{" + node.packed() + repr(sorted(node.commented)).encode())
        for key, value in node.items():
            digest.update(repr(key).encode() + b":")
            _fingerprint(value, digest)
        digest.update(b"}")
    elif isinstance(node, PosList):
        digest.update(b"[" + node.packed() + repr(sorted(node.commented)).encode())
        for value in node:
            _fingerprint(value, digest)
        digest.update(b"]")
    else:
        digest.update(f"{type(node).__name__}={node!r};".encode())
