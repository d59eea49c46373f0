"""An optional cache of each fact file's per-fact check, keyed by everything it depends on.

The key is the sha256 of: the checker's version (its own source files and the versions of
the libraries that read YAML, validate and compare text), the fact file's path and bytes,
the registry's bytes, and for every article the file cites, its bytes' sha256 or why it
cannot be read. Any change to one of them is a new key, so a cached result is never
stale; it is only a shortcut. Entries are JSON (never pickle), written atomically under
``.cache/factcheck/`` in the project (outside ``facts/``; git-ignored).

Turned on with ``check --cache`` or ``FACTCHECK_CACHE=1`` and off with ``--no-cache`` or
``FACTCHECK_CACHE=0``; off by default, so a check writes nothing unless asked to.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from functools import cache
from importlib import metadata
from pathlib import Path
from typing import Any

from generator.base.atomic import write_text
from generator.base.report import Position, Problem, Severity
from generator.check.context import Context
from generator.check.coverage import MentionSite
from generator.check.parallel import FileChecked
from generator.model import Fact
from generator.model.validate import Entry

CACHE_DIR = Path(".cache") / "factcheck"
VARIABLE = "FACTCHECK_CACHE"
_LIBRARIES = ("pydantic", "pydantic-core", "PyYAML", "rapidfuzz")


def wanted(flag: bool | None) -> bool:
    """The ``--cache``/``--no-cache`` flag if given, else ``FACTCHECK_CACHE``, else off."""
    if flag is not None:
        return flag
    return os.environ.get(VARIABLE, "").strip().lower() in ("1", "true", "yes", "on")


@cache
def checker_version() -> str:
    """A digest of the checker's own files and of the libraries whose behaviour it uses."""
    digest = hashlib.sha256()
    package = Path(__file__).resolve().parents[1]  # the whole generator package
    for path in sorted(package.rglob("*")):
        if path.is_file() and path.suffix in (".py", ".json"):
            digest.update(path.relative_to(package).as_posix().encode() + b"\0")
            digest.update(path.read_bytes() + b"\0")
    for name in _LIBRARIES:
        try:
            digest.update(f"{name}={metadata.version(name)}\0".encode())
        except metadata.PackageNotFoundError:
            digest.update(f"{name}=absent\0".encode())
    return digest.hexdigest()


def article_state(context: Context, name: str) -> str:
    """What a fact citing article ``name`` is checked against: its bytes' sha256, or why
    it cannot be read."""
    view = context.articles.get(name)
    return (view.sha256() if view is not None else
            context.unreadable.get(name) or context.folder.unsafe_reason(name)
            or ("registered" if name in context.sources else "unregistered"))


class MemoryStore:
    """Cache entries kept in memory across the builds of one process (``serve``).

    An entry not asked for or stored in the latest build is let go at the next, so the
    store holds one build's worth of entries however many edits it has seen.
    """

    def __init__(self) -> None:
        self.current: dict[str, dict[str, Any]] = {}
        self.previous: dict[str, dict[str, Any]] = {}
        self.hits = 0  # entries the latest build took from an earlier one

    def get(self, key: str) -> dict[str, Any] | None:
        found = self.current.get(key)
        if found is None:
            found = self.previous.get(key)
            if found is not None:
                self.current[key] = found
                self.hits += 1
        return found

    def put(self, key: str, entry: dict[str, Any]) -> None:
        self.current[key] = entry

    def next_build(self) -> None:
        """Start a new build: what the last one did not use is dropped."""
        self.previous, self.current = self.current, {}
        self.hits = 0


class ResultCache:
    """Per-fact-file results in ``root/.cache/factcheck``, one JSON file per key."""

    def __init__(self, root: Path, registry: bytes,
                 store: MemoryStore | None = None) -> None:
        self.folder = root / CACHE_DIR
        self.registry = hashlib.sha256(registry).hexdigest()
        self.hits = 0
        self.misses = 0
        # In memory instead of on disk (``serve``'s incremental check): the same keys, so
        # the same guarantee; entries live as long as the store.
        self.store = store

    def key(self, context: Context, display: str, data: bytes,
            entries: list[Entry[Fact]]) -> str:
        digest = hashlib.sha256()
        for part in (checker_version(), self.registry, display,
                     hashlib.sha256(data).hexdigest()):
            digest.update(part.encode() + b"\0")
        for name in sorted({entry.model.source for entry in entries}):
            digest.update(f"{name}\0{article_state(context, name)}\0".encode())
        return digest.hexdigest()

    def _read(self, key: str) -> dict[str, Any] | None:
        """The entry stored under ``key``, if there is one that says it is that key."""
        if self.store is not None:
            return self.store.get(key)
        try:
            stored = json.loads((self.folder / f"{key}.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        return stored if isinstance(stored, dict) and stored.get("key") == key else None

    def _write(self, key: str, entry: dict[str, Any]) -> None:
        if self.store is not None:
            self.store.put(key, {"key": key, **entry})
            return
        with contextlib.suppress(OSError):  # a cache that cannot be written only costs time
            write_text(self.folder / f"{key}.json", json.dumps({"key": key, **entry}))

    def get(self, key: str, count: int) -> FileChecked | None:
        stored = self._read(key)
        try:
            checked = _decode(stored) if stored is not None else None
        except (ValueError, KeyError, TypeError):
            checked = None
        if checked is None or len(checked.spans) != count:
            self.misses += 1
            return None
        self.hits += 1
        return checked

    def put(self, key: str, checked: FileChecked) -> None:
        self._write(key, _encode(checked))

    @staticmethod
    def _sites_key(article_sha256: str) -> str:
        return hashlib.sha256(f"{checker_version()}\0sites\0{article_sha256}".encode()
                              ).hexdigest()

    def sites(self, article_sha256: str) -> list[MentionSite] | None:
        """An article's figures and dates as coverage reads them, if stored."""
        stored = self._read(self._sites_key(article_sha256))
        if stored is None:
            return None
        try:
            return [MentionSite("date" if kind == "date" else "figure", int(start), int(end),
                                int(line), int(col), str(sentence))
                    for kind, start, end, line, col, sentence in stored["sites"]]
        except (ValueError, KeyError, TypeError):
            return None

    def put_sites(self, article_sha256: str, sites: list[MentionSite]) -> None:
        self._write(self._sites_key(article_sha256),
                    {"sites": [[s.kind, s.start, s.end, s.line, s.col, s.sentence]
                               for s in sites]})


def _encode(checked: FileChecked) -> dict[str, Any]:
    return {"problems": [[p.code, p.severity.value, p.position.path, p.position.line,
                          p.position.col, p.message, p.hint, p.fact_id]
                         for p in checked.problems],
            "spans": [list(span) if span else None for span in checked.spans],
            "supported": checked.supported}


def _decode(stored: dict[str, Any]) -> FileChecked:
    problems = [Problem(str(code), Severity(severity), Position(str(path), int(line), int(col)),
                        str(message), str(hint), None if fact_id is None else str(fact_id))
                for code, severity, path, line, col, message, hint, fact_id
                in stored["problems"]]
    spans = [None if span is None else (int(span[0]), int(span[1])) for span in stored["spans"]]
    supported = stored.get("supported")
    return FileChecked(problems, spans, None if supported is None
                       else [bool(flag) for flag in supported])
