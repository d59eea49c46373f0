"""The check again after an edit, in one long-lived process (``mkdocs serve``).

A :class:`CheckMemo` keeps, between builds, what the check of each input produced, keyed
by the content hashes of everything it depends on (:mod:`generator.check.cache`'s keys,
held in memory instead of on disk): each fact file's composed YAML (by its bytes), its
per-fact rules' verdicts (by the checker, the registry, the file and the articles it
cites) and each article's figures and dates (by the article's bytes). After one fact
edit, only that file is composed and run through the per-fact rules again, and only the
articles it cites are read for it; the rules that compare facts across files run on all
of them, as they must. The result is the cold check's, byte for byte
(``tests/test_incremental.py``).
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from generator.check.cache import MemoryStore
from generator.load import load_yaml_file
from generator.load.yaml_file import YamlDocument


class CheckMemo:
    """What one process remembers of its last check; safe to drop at any time."""

    def __init__(self) -> None:
        self.store = MemoryStore()
        self.documents: dict[str, tuple[str, YamlDocument]] = {}
        self.composed = 0  # fact files composed in the latest build (for tests and notes)
        self.used: set[str] = set()

    def next_build(self) -> None:
        """Start a build: what the last one did not use (a deleted file's) is let go."""
        self.store.next_build()
        self.documents = {name: known for name, known in self.documents.items()
                          if name in self.used}
        self.used = set()
        self.composed = 0

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

