"""Articles: the sources folder, read once, and each article's exact bytes and text."""

from __future__ import annotations

import os
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from generator.base.report import Position
from generator.load.files import ARTICLE_LIMIT, decode_utf8, open_regular

_BOM = b"\xef\xbb\xbf"
# Names, on this machine, the folder of a sheet whose registry has ``sources_dir:``: the
# articles the repository may not redistribute, wherever this checkout keeps them.
SOURCES_ENV = "FACTSHEET_SOURCES_DIR"


@dataclass(frozen=True, slots=True, init=False)
class Article:
    """An article's exact bytes and text (a leading byte-order mark removed from the text).

    The bytes are the text's UTF-8, after the byte-order mark if there was one: they are
    made again when asked for (to hash or compare them) rather than kept beside the text,
    which at 10,000 articles saved a tenth of the check's memory. Bytes that are not
    exactly that (an article made by hand) are kept as they are.
    """

    name: str
    text: str
    _bom: bool
    _other_bytes: bytes | None

    def __init__(self, name: str, data: bytes, text: str) -> None:
        bom = data.startswith(_BOM)
        try:
            derived: bytes | None = (_BOM if bom else b"") + text.encode("utf-8")
        except UnicodeEncodeError:  # a lone surrogate: not text read from a file
            derived = None
        object.__setattr__(self, "name", name)
        object.__setattr__(self, "text", text)
        object.__setattr__(self, "_bom", bom)
        object.__setattr__(self, "_other_bytes", None if derived == data else data)

    @property
    def data(self) -> bytes:
        """The article's bytes, exactly as read."""
        if self._other_bytes is not None:
            return self._other_bytes
        return (_BOM if self._bom else b"") + self.text.encode("utf-8")


@dataclass(slots=True)
class SourceFolder:
    """The sources folder: its regular entries, read once, and lookups that never escape it."""

    root: Path
    display: str
    entries: list[str] = field(default_factory=list)
    missing: bool = False
    why: str = "does not exist"
    # Named by the registry's ``sources_dir:`` (outside the sheet), and where it is named.
    external: bool = False
    declared_at: Position | None = None
    base: str = "relative to the sheet"  # how ``display`` is read, for messages
    _unsafe: dict[str, str | None] = field(default_factory=dict)

    @classmethod
    def scan(cls, root: Path, display: str) -> SourceFolder:
        folder = cls(root, display)
        if root.is_symlink() or root.parent.is_symlink():
            # A symlinked folder would make anything on the machine (/etc, /proc/self)
            # evidence that passes every per-file check inside it.
            folder.missing = True
            folder.why = "is reached through a symbolic link; it must be a real folder"
            return folder
        try:
            folder.entries = sorted(name for name in os.listdir(root) if not name.startswith("."))
        except OSError:
            folder.missing = True
        return folder

    def near_match(self, name: str) -> str | None:
        """An entry equal to ``name`` only when case and Unicode form are ignored."""
        wanted = unicodedata.normalize("NFC", name).casefold()
        for entry in self.entries:
            if entry != name and unicodedata.normalize("NFC", entry).casefold() == wanted:
                return entry
        return None

    def unsafe_reason(self, name: str) -> str | None:
        """Why ``name`` is not a plain file name inside this folder, or None (asked once)."""
        if name not in self._unsafe:
            self._unsafe[name] = self._unsafe_reason(name)
        return self._unsafe[name]

    def _unsafe_reason(self, name: str) -> str | None:
        if not name or name in (".", ".."):
            return "is not a file name"
        if "/" in name or "\\" in name or "\0" in name:
            return "is a path; name the file only, as it stands in the sources folder"
        if os.path.isabs(name):
            return "is an absolute path"
        target = self.root / name
        if target.is_symlink():
            real = Path(os.path.realpath(target))
            try:
                real.relative_to(os.path.realpath(self.root))
            except ValueError:
                return "is a symbolic link that leads out of the sources folder"
        return None

    def read(self, name: str) -> tuple[Article | None, str]:
        """Read an article; (None, why) when it cannot be evidence."""
        path = self.root / name
        if path.is_symlink():
            path = Path(os.path.realpath(path))
        data, why = open_regular(path, ARTICLE_LIMIT)
        if data is None:
            return None, why
        text, problem = decode_utf8(data, name)
        if text is None:
            return None, problem.message if problem else "cannot be read"
        return Article(name, data, text), ""
