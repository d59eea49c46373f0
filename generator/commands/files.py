"""Atomic writes of stored bytes (a saved page, an archive record), beside atomic text."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from generator.base.atomic import write_text

__all__ = ["write_bytes", "write_text"]


def write_bytes(path: Path, data: bytes) -> None:
    """Write ``data`` through a temporary file in the same folder and a rename, so a reader
    never sees half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
