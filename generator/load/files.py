"""Reading files safely: regular files only, under a size limit, UTF-8 or a clear error."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from generator.base.report import Problem
from generator.load.positions import problem

FACT_FILE_LIMIT = 16 * 1024 * 1024
ARTICLE_LIMIT = 2 * 1024 * 1024


def _size(limit: int) -> str:
    return f"{limit // (1024 * 1024)} MiB ({limit:,} bytes)"


def open_regular(path: Path, limit: int) -> tuple[bytes | None, str]:
    """Read a regular file of at most ``limit`` bytes; return (bytes, "") or (None, why)."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOFOLLOW", 0))
    except FileNotFoundError:
        return None, "does not exist"
    except OSError as error:
        if os.path.islink(path):
            return None, "is a symbolic link"
        return None, f"cannot be opened ({error.strerror})"
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            return None, "is a directory"
        if not stat.S_ISREG(info.st_mode):
            return None, "is not a regular file (a FIFO, socket or device)"
        if info.st_size > limit:
            return None, f"is {info.st_size:,} bytes, over the limit of {_size(limit)}"
        # Read what fstat promised (plus one byte, to see growth), then on in 1 MiB steps:
        # read(limit + 1) would allocate the whole limit for every small file.
        chunks = [os.read(fd, min(info.st_size, limit) + 1)]
        total = len(chunks[0])
        while chunks[-1] and total <= limit:
            chunks.append(os.read(fd, min(1 << 20, limit + 1 - total)))
            total += len(chunks[-1])
        if total > limit:
            return None, f"is over the limit of {_size(limit)}"
        return b"".join(chunks), ""
    finally:
        os.close(fd)


def _utf16(data: bytes) -> str:
    """"UTF-16 (little-endian)" or "(big-endian)" when the bytes are UTF-16, else "".

    By its byte-order mark, or, without one, by a NUL in every other byte of the start
    (ASCII text written as UTF-16), so the message names the encoding, not a bad byte.
    """
    if data.startswith(b"\xff\xfe"):
        return "UTF-16 (little-endian)"
    if data.startswith(b"\xfe\xff"):
        return "UTF-16 (big-endian)"
    head = data[: min(len(data), 512) & ~1]
    if len(head) >= 8:
        if head[1::2].count(0) == len(head) // 2 and head[0::2].count(0) == 0:
            return "UTF-16 (little-endian)"
        if head[0::2].count(0) == len(head) // 2 and head[1::2].count(0) == 0:
            return "UTF-16 (big-endian)"
    return ""


def decode_utf8(data: bytes, path: str) -> tuple[str | None, Problem | None]:
    """Decode UTF-8 (a byte-order mark is accepted); report a bad byte at its line and column."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    utf16 = _utf16(data)
    if utf16:
        return None, problem("Y005", path, (1, 1), f"the file is {utf16}, not UTF-8",
                             "save it as UTF-8 (in the editor's Save As or encoding menu)")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        before = data[: error.start]
        line = before.count(b"\n") + 1
        col = len(before[before.rfind(b"\n") + 1:].decode("utf-8", "replace")) + 1
        return None, problem(
            "Y005", path, (line, col),
            f"byte 0x{data[error.start]:02x} is not valid UTF-8",
            "save the file as UTF-8",
        )
    nul = text.find("\0")
    if nul != -1:
        line = text.count("\n", 0, nul) + 1
        col = nul - (text.rfind("\n", 0, nul) + 1) + 1
        return None, problem("Y005", path, (line, col), "the file holds a NUL byte: it is binary, "
                             "not text", "store plain UTF-8 text")
    return text, None


def read_text(path: Path, display: str, limit: int, code: str) -> tuple[str | None, Problem | None]:
    """Read a regular UTF-8 file under ``limit`` bytes, or say why not under ``code``."""
    data, why = open_regular(path, limit)
    if data is None:
        return None, problem(code, display, (1, 1), f"{display} {why}")
    return decode_utf8(data, display)

