"""The article's page inside a web archive: a WARC file (plain or gzipped) or a WACZ.

An archive holds many records (the page, its images, its scripts). The page is the one
HTML response, or the one whose address the editor names; several with none named is an
error that lists them, never a pick. Its record is kept byte for byte as the archive
stores it (a gzip member of a ``.warc.gz`` is a valid ``.warc.gz`` alone).
"""

from __future__ import annotations

import io
import json
import zipfile
from dataclasses import dataclass

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from generator.commands.ingest.page import PageError

ARCHIVE_LIMIT = 256 * 1024 * 1024
_HTML = ("text/html", "application/xhtml+xml")


@dataclass(frozen=True, slots=True)
class Capture:
    """One HTML response of an archive: its raw record, its page and when it was taken."""

    record: bytes
    suffix: str
    payload: bytes
    charset: str | None
    uri: str
    captured: str
    record_id: str


def _charset(content_type: str) -> str | None:
    for part in content_type.split(";")[1:]:
        key, _, value = part.strip().partition("=")
        if key.strip().lower() == "charset" and value.strip():
            return value.strip().strip("\"'")
    return None


def _same(a: str, b: str) -> bool:
    return a.rstrip("/") == b.rstrip("/")


def _captures(data: bytes, suffix: str) -> list[Capture]:
    found: list[Capture] = []
    stream = io.BytesIO(data)
    iterator = ArchiveIterator(stream)
    for record in iterator:
        if record.rec_type not in ("response", "resource"):
            continue
        headers = record.http_headers
        if record.rec_type == "response" and (headers is None
                                              or headers.get_statuscode() != "200"):
            continue
        content_type = (headers.get_header("Content-Type") if headers is not None
                        else record.rec_headers.get_header("Content-Type")) or ""
        if content_type.split(";")[0].strip().lower() not in _HTML:
            continue
        payload = record.content_stream().read()
        offset, length = iterator.get_record_offset(), iterator.get_record_length()
        found.append(Capture(
            record=data[offset:offset + length], suffix=suffix, payload=payload,
            charset=_charset(content_type),
            uri=record.rec_headers.get_header("WARC-Target-URI") or "",
            captured=record.rec_headers.get_header("WARC-Date") or "",
            record_id=record.rec_headers.get_header("WARC-Record-ID") or ""))
    return found


def _wacz(data: bytes) -> tuple[list[Capture], list[str]]:
    """The captures of every WARC in a WACZ, and the pages its ``pages.jsonl`` lists."""
    captures: list[Capture] = []
    pages: list[str] = []
    with zipfile.ZipFile(io.BytesIO(data)) as bundle:
        for info in bundle.infolist():
            if info.file_size > ARCHIVE_LIMIT:
                raise PageError(f"{info.filename} in the WACZ is larger than 256 MiB",
                                "export only the article's page from the archive")
            if info.filename.endswith((".warc", ".warc.gz")):
                suffix = ".warc.gz" if info.filename.endswith(".gz") else ".warc"
                captures.extend(_captures(bundle.read(info), suffix))
            elif info.filename == "pages/pages.jsonl":
                for line in bundle.read(info).decode("utf-8", "replace").splitlines():
                    try:
                        entry = json.loads(line)
                    except ValueError:
                        continue
                    if isinstance(entry, dict) and isinstance(entry.get("url"), str):
                        pages.append(entry["url"])
    return captures, pages


def find_capture(data: bytes, name: str, url: str | None) -> Capture:
    """The page of the archive ``name``: the HTML response at ``url``, or the only one."""
    pages: list[str] = []
    try:
        if name.lower().endswith(".wacz"):
            captures, pages = _wacz(data)
        else:
            captures = _captures(data, ".warc.gz" if data[:2] == b"\x1f\x8b" else ".warc")
    except (ArchiveLoadFailed, zipfile.BadZipFile, OSError, ValueError) as error:
        raise PageError(f"the archive cannot be read ({str(error).splitlines()[0][:120]})",
                        "check that the file is a complete WARC or WACZ download") from None
    if url is None and len(pages) == 1:
        url = pages[0]  # the WACZ names its one page
    chosen = [c for c in captures if _same(c.uri, url)] if url else captures
    if len(chosen) == 1:
        return chosen[0]
    addresses = sorted({c.uri for c in captures})
    listed = ", ".join(addresses[:5]) + (f" and {len(addresses) - 5} more"
                                         if len(addresses) > 5 else "")
    if not captures:
        raise PageError("the archive holds no web page (no HTML response with status 200)",
                        "capture the article's page itself, then add the new archive")
    if not chosen:
        raise PageError(f"the archive holds no page at {url}; it holds {listed}",
                        "give one of those addresses with --url")
    if url:  # the same address captured more than once
        raise PageError(f"the archive holds {len(chosen)} captures of {url}",
                        "export one capture of the page and add that archive")
    raise PageError(f"the archive holds {len(captures)} web pages: {listed}",
                    "name the article's page with --url ADDRESS")
