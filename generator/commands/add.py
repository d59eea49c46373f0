"""``python -m generator add PATH…``: register articles from text, saved pages or archives.

For each input it stores the article text in ``facts/sources/`` and, for a page or an
archive, the raw bytes (the page, or the one WARC record) in ``facts/originals/``, then
appends a registry entry with both pins, the extractor's version and settings, and the
basis of every field. Nothing is guessed: a field the input does not give comes from
the command line or stops the command with what to do; a publication date that the
page's metadata does not give is written ``basis: not-found``, which the check refuses
until an editor has looked.
"""

from __future__ import annotations

import hashlib
import re
import sys
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from generator.base.atomic import write_bytes, write_text
from generator.base.report import Position, Problem, Severity
from generator.check.formats.text import line as problem_line
from generator.commands.ingest.archive import ARCHIVE_LIMIT, Capture, find_capture
from generator.commands.ingest.page import (
    DATES,
    EXTRACTOR,
    SETTINGS,
    Found,
    Page,
    PageError,
    decode,
    read_page,
)
from generator.commands.registry_text import Block, entry_text, insert_entry, item_indent, quoted
from generator.load import load_yaml_text
from generator.load.files import ARTICLE_LIMIT
from generator.model.validate import Validated, validate_registry

ORIGINALS_DIR = "originals"
_KINDS = {".txt": "text", ".html": "html", ".htm": "html", ".xhtml": "html", ".warc": "warc",
          ".warc.gz": "warc", ".wacz": "wacz"}


@dataclass(frozen=True, slots=True)
class Given:
    """What the editor says on the command line; it overrides the page (basis: editor)."""

    title: str | None = None
    publisher: str | None = None
    author: str | None = None
    language: str | None = None
    url: str | None = None
    republish: bool = False


class AddError(Exception):
    """One input that cannot be added: a code, what is wrong and what to do next."""

    def __init__(self, code: str, message: str, hint: str) -> None:
        super().__init__(message)
        self.code, self.hint = code, hint


def kind_of(path: Path) -> str | None:
    name = path.name.lower()
    return next((kind for suffix, kind in _KINDS.items() if name.endswith(suffix)), None)


def _read_input(path: Path, kind: str) -> bytes:
    limit = ARCHIVE_LIMIT if kind in ("warc", "wacz") else 16 * 1024 * 1024
    if not path.exists():
        raise AddError("A801", f"{path} does not exist", "check the path and the file's name")
    if not path.is_file():
        raise AddError("A801", f"{path} is not a regular file",
                       "give the saved page, archive or text file itself")
    if path.stat().st_size > limit:
        raise AddError("A801", f"{path} is larger than {limit // 2**20} MiB",
                       "save only the article's page")
    return path.read_bytes()


def slug(text: str, words: int = 6) -> str:
    """A file-name slug of at most ``words`` words of ``text``, in ASCII."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    parts = re.findall(r"[a-z0-9]+", ascii_text.lower())[:words]
    return "-".join(parts)[:48].strip("-")


def next_name(taken: set[str], title: str, fallback: str) -> str:
    """``NNN_slug``: one more than the highest number in use, and a name nobody has."""
    numbers = [int(m.group(1)) for name in taken if (m := re.match(r"(\d+)_", name))]
    number = max(numbers, default=0) + 1
    stem = slug(title) or slug(fallback) or "article"
    while any(name.startswith(f"{number:03d}_{stem}.") for name in taken):
        number += 1
    return f"{number:03d}_{stem}"


@dataclass(slots=True)
class Reading:
    """One input, read: its text, metadata and what to store."""

    text: str
    kind: str
    raw: bytes
    suffix: str
    page: Page | None = None
    capture: Capture | None = None


def _read(path: Path, kind: str, data: bytes, given: Given) -> Reading:
    if kind == "text":
        try:
            text = decode(data) if data else ""
        except PageError as error:
            raise AddError("A803", str(error).replace("the page", f"{path.name}"),
                           "save the text as UTF-8 and add it again") from None
        if not text.strip():
            raise AddError("A803", f"{path} holds no text", "add the file that holds the article")
        return Reading(text=text if text.endswith("\n") else text + "\n", kind=kind, raw=data,
                       suffix=".txt")
    try:
        capture = find_capture(data, path.name, given.url) if kind in ("warc", "wacz") else None
        html = decode(capture.payload, capture.charset) if capture else decode(data)
        latest = capture.captured[:10] if capture and capture.captured else None
        page = read_page(html, url=capture.uri if capture else given.url, latest=latest)
    except PageError as error:
        raise AddError("A802", str(error), error.hint) from None
    if capture is not None:
        return Reading(text=page.text, kind=kind, raw=capture.record, suffix=capture.suffix,
                       page=page, capture=capture)
    return Reading(text=page.text, kind=kind, raw=data, suffix=".html", page=page)


def _field(given: str | None, found: Found | None, option: str) -> tuple[str | None, str, str]:
    """A field's value, its basis and where it was read (the required ones are known to be
    there: :func:`_all_required_given` runs first)."""
    if given is not None:
        return given, "editor", f"given with {option}"
    if found is not None:
        return found.value, "page-metadata", found.where
    return None, "", ""


def _all_required_given(path: Path, given: Given, page: Page | None) -> None:
    """One A804 naming every required field the file does not give, so a plain-text
    article needs one more run, not one per field (a trial user met title, then
    language, one run each)."""
    fields = (("--title", "title", given.title, page.title if page else None),
              ("--publisher", "publisher or site name", given.publisher,
               page.publisher if page else None),
              ("--language", "language (such as en or en-GB)", given.language,
               page.language if page else None))
    missing = [(option, what) for option, what, mine, found in fields
               if mine is None and found is None]
    if missing:
        raise AddError("A804", f"{path.name} gives no " + ", no ".join(w for _, w in missing),
                       "give " + ", ".join(f'{o} "…"' for o, _ in missing)
                       + " and add the file again")


def build_entry(name: str, path: Path, reading: Reading, given: Given) -> Block:
    """The registry entry for one reading, every field with its basis."""
    page, capture = reading.page, reading.capture
    _all_required_given(path, given, page)
    title = _field(given.title, page.title if page else None, "--title")
    publisher = _field(given.publisher, page.publisher if page else None, "--publisher")
    author = _field(given.author, page.author if page else None, "--author")
    language = _field(given.language, page.language if page else None, "--language")
    url_found = page.url if page else None
    if url_found is None and capture is not None and capture.uri:
        url_found = Found(capture.uri, "the archive record's WARC-Target-URI")
    url = _field(given.url, url_found, "--url")
    url_basis = "archive-record" if url[2].startswith("the archive") else url[1]
    entry = Block()
    entry.add("file", f"{name}.txt")
    entry.add("publisher", quoted(publisher[0] or ""), publisher[2])
    entry.add("title", quoted(title[0] or ""), title[2])
    entry.add("author", quoted(author[0]) if author[0] else None, author[2])
    entry.add("language", language[0], language[2])
    entry.add("published", _published(reading))
    if page is not None and page.updated:
        updated = Block()
        updated.add("basis", "page-metadata")
        updated.add("date", quoted(page.updated))
        updated.add("reasoning", quoted(f"{DATES} read the date of the last update from the "
                                        "page's metadata and markup."))
        entry.add("updated", updated)
    entry.add("url", quoted(url[0]) if url[0] else None, url[2])
    entry.add("republish", "true" if given.republish else "false",
              "" if given.republish else "another outlet's article: quotes only on the site")
    entry.add("sha256", hashlib.sha256(reading.text.encode("utf-8")).hexdigest())
    origin = Block()
    origin.add("file", f"{name}{reading.suffix}" if page is not None else None)
    origin.add("sha256", hashlib.sha256(reading.raw).hexdigest(), "of the stored raw bytes")
    origin.add("format", reading.kind)
    origin.add("input", quoted(path.name))
    if page is not None:
        origin.add("extractor", quoted(EXTRACTOR))
        origin.add("settings", quoted(SETTINGS))
        origin.add("dates", quoted(f"{DATES}, metadata and markup only"))
    if capture is not None:
        origin.add("captured", quoted(capture.captured) if capture.captured else None,
                   "WARC-Date")
        origin.add("record", quoted(capture.record_id) if capture.record_id else None)
    basis = Block()
    for key, found in (("title", title), ("publisher", publisher), ("author", author),
                       ("language", language), ("url", url)):
        if found[0] is not None:
            basis.add(key, url_basis if key == "url" else found[1])
    origin.add("basis", basis)
    entry.add("origin", origin)
    return entry


def _published(reading: Reading) -> Block:
    published = Block()
    page = reading.page
    if page is not None and page.published:
        published.add("basis", "page-metadata")
        published.add("date", quoted(page.published))
        published.add("reasoning", quoted(f"{DATES} read the first-published date from the "
                                          "page's metadata and markup."))
        return published
    published.add("basis", "not-found")
    if page is None:
        why = "a text file carries no metadata: no date was read"
    else:
        why = f"{DATES} found no publication date in the page's metadata or markup"
        if page.suggested:
            why += (f"; its search of the page's text suggests {page.suggested}, "
                    "which nobody has confirmed")
    published.add("reasoning", quoted(why + "."))
    return published


def _problem(code: str, where: str, message: str, hint: str,
             severity: Severity = Severity.ERROR, line: int = 1, col: int = 1) -> Problem:
    return Problem(code, severity, Position(where, line, col), message, hint)


def _registry(root: Path) -> tuple[str, Validated] | Problem:
    path = root / "facts" / "sources.yml"
    if not path.is_file():
        return _problem("A806", "facts/sources.yml", "there is no registry facts/sources.yml",
                        "run the command in the sheet's folder or give --root; "
                        "'python -m generator new DIR' starts a sheet")
    text = path.read_text(encoding="utf-8")
    validated = Validated()
    validate_registry(load_yaml_text(text, "facts/sources.yml"), validated)
    return text, validated


def add(root: Path, paths: list[Path], given: Given) -> int:
    """Add each of ``paths``; print one line per article added or problem found."""
    loaded = _registry(root)
    if isinstance(loaded, Problem):
        print(problem_line(loaded), file=sys.stderr)
        return 1
    text, validated = loaded
    if validated.problems:
        for problem in validated.problems:
            print(problem_line(problem), file=sys.stderr)
        print("the registry has problems: fix them first ('python -m generator check' lists "
              "them), then add the articles again", file=sys.stderr)
        return 1
    if given.url and len(paths) > 1:
        print(problem_line(_problem("A807", "--url", "--url names one page, but several "
                                    "inputs are given", "add each archive by itself with its "
                                    "own --url")), file=sys.stderr)
        return 2
    by_text = {entry.model.sha256: entry.model.file for entry in validated.sources}
    by_raw = dict(by_text)
    for entry in validated.sources:
        if entry.model.origin is not None:
            by_raw[entry.model.origin.sha256] = entry.model.file
    sources = root / "facts" / "sources"
    taken = {entry.model.file for entry in validated.sources}
    taken |= {p.name for p in sources.iterdir()} if sources.is_dir() else set()
    failed = False
    for path in paths:
        try:
            text = _add_one(root, path, given, text, by_text, by_raw, taken)
        except AddError as error:
            print(problem_line(_problem(error.code, str(path), str(error), error.hint)),
                  file=sys.stderr)
            failed = True
    return 1 if failed else 0


def _add_one(root: Path, path: Path, given: Given, registry: str, by_text: dict[str, str],
             by_raw: dict[str, str], taken: set[str]) -> str:
    kind = kind_of(path)
    if kind is None:
        raise AddError("A802", f"{path.name} is not a kind of file add reads",
                       "give a .txt, .html, .warc, .warc.gz or .wacz file")
    data = _read_input(path, kind)
    raw_hash = hashlib.sha256(data).hexdigest()
    if raw_hash in by_raw:
        print(f"{path}: already registered as {by_raw[raw_hash]}; nothing changed",
              file=sys.stderr)
        return registry
    reading = _read(path, kind, data, given)
    if len(reading.text.encode("utf-8")) > ARTICLE_LIMIT:
        raise AddError("A803", f"the article text of {path.name} is over the 2 MiB limit",
                       "save only the article's own page")
    digest = hashlib.sha256(reading.text.encode("utf-8")).hexdigest()
    record_hash = hashlib.sha256(reading.raw).hexdigest()
    if digest in by_text or record_hash in by_raw:
        same = by_text.get(digest) or by_raw[record_hash]
        raise AddError("A805", f"{path.name} holds the same article as {same}, which is "
                       f"already registered (sha256 {digest[:12]}…)",
                       "cite the registered article; to replace it, remove its entry and "
                       "files first")
    title = reading.page.title.value if reading.page and reading.page.title else ""
    name = next_name(taken, given.title or title, path.name.split(".")[0])
    entry = build_entry(name, path, reading, given)
    new_registry = insert_entry(registry, entry_text(entry, item_indent(registry)))
    if new_registry is None:
        raise AddError("A806", "facts/sources.yml has no 'sources:' list to add to",
                       "add a line 'sources:' at the end of facts/sources.yml")
    check = Validated()
    validate_registry(load_yaml_text(new_registry, "facts/sources.yml"), check)
    if check.problems:  # a bug, not the editor's doing: refuse rather than write it
        raise AddError("A899", f"the entry for {path.name} would not validate: "
                       f"{check.problems[0].message}", "report this as a bug")
    if reading.page is not None:
        write_bytes(root / "facts" / ORIGINALS_DIR / f"{name}{reading.suffix}", reading.raw)
    write_text(root / "facts" / "sources" / f"{name}.txt", reading.text)
    write_text(root / "facts" / "sources.yml", new_registry)
    taken.add(f"{name}.txt")
    by_text[digest] = by_raw[raw_hash] = f"{name}.txt"
    _report(path, name, reading, new_registry)
    return new_registry


def _report(path: Path, name: str, reading: Reading, registry: str) -> None:
    page = reading.page
    print(f"{path}: added facts/sources/{name}.txt"
          + (f" (original in facts/{ORIGINALS_DIR}/{name}{reading.suffix})" if page else ""),
          file=sys.stderr)
    if page is None or page.published is None:
        at = registry.index("basis: not-found", registry.index(f"file: {name}.txt"))
        at += len("basis: ")
        line = registry.count("\n", 0, at) + 1
        col = at - registry.rfind("\n", 0, at)
        print(problem_line(_problem(
            "R208", "facts/sources.yml", f"no publication date was read for {name}.txt",
            "look for it in the page and write it there; 'python -m generator check' says "
            "how", Severity.WARNING, line, col)), file=sys.stderr)
