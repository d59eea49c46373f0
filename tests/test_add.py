"""``add``: articles from text, saved pages and WARC files, registered with their basis.

Each entry it writes checks clean; re-adding the same bytes changes nothing; the same
article from other bytes is refused; every error names its fix, and the fix works.
"""

from __future__ import annotations

import functools
import gzip
import hashlib
import json
import re
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml
from addtools import REPO, article_html, generator, saved_pages, write_warc
from factcheck_helpers import no_traceback
from warcio.archiveiterator import ArchiveIterator

PAGES = saved_pages()


def _needs_pages(test: Any) -> Any:
    """The saved pages live outside the repository (../shared, as CI has them): a test that
    needs them fails, never skips, where they are missing, so a green run always read them."""
    def run(*args: Any, **kwargs: Any) -> Any:
        assert (PAGES / "GROUND-TRUTH.yml").is_file(), f"the shared saved pages are not at {PAGES}"
        return test(*args, **kwargs)
    return functools.wraps(test)(run)


needs_pages = _needs_pages
LINE = re.compile(r"^\S.*:\d+:\d+: error\[[A-Z]\d{3}\] [^;]+; .+$")


@pytest.fixture
def sheet(tmp_path: Path) -> Path:
    result = generator("new", str(tmp_path / "sheet"))
    assert result.returncode == 0, result.stderr
    return tmp_path / "sheet"


def registry(root: Path) -> dict[str, dict[str, object]]:
    loaded = yaml.safe_load((root / "facts" / "sources.yml").read_text("utf-8"))
    return {entry["file"]: entry for entry in loaded["sources"]}


def check(root: Path) -> str:
    result = generator("check", "--root", str(root))
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


def errors_of(result_stderr: str) -> list[str]:
    return [line for line in result_stderr.splitlines() if "error[" in line]


def test_a_saved_page_is_registered_with_the_basis_of_every_field(sheet: Path,
                                                                  tmp_path: Path) -> None:
    page = tmp_path / "library.html"
    page.write_bytes(article_html(modified="2024-05-06"))
    result = generator("add", str(page), "--root", str(sheet))
    assert result.returncode == 0, result.stderr
    name = "002_elmbrook-library-reopens-after-renovation.txt"
    entry = registry(sheet)[name]
    assert entry["publisher"] == "Elmbrook Courier" and entry["language"] == "en"
    assert entry["title"] == "Elmbrook library reopens after renovation"
    assert entry["author"] == "Ada Lindqvist"
    assert entry["url"] == "https://courier.example/library-reopens"
    assert entry["published"]["basis"] == "page-metadata"  # type: ignore[index]
    assert entry["published"]["date"] == "2024-05-04"  # type: ignore[index]
    assert entry["updated"] == {"basis": "page-metadata", "date": "2024-05-06",
                                "reasoning": entry["updated"]["reasoning"]}  # type: ignore[index]
    assert entry["republish"] is False
    origin = entry["origin"]
    assert isinstance(origin, dict)
    assert origin["basis"] == {"title": "page-metadata", "publisher": "page-metadata",
                               "author": "page-metadata", "language": "page-metadata",
                               "url": "page-metadata"}
    assert origin["extractor"].startswith("trafilatura ") and origin["settings"]
    stored = sheet / "facts" / "originals" / origin["file"]
    assert stored.read_bytes() == page.read_bytes()
    assert origin["sha256"] == hashlib.sha256(page.read_bytes()).hexdigest()
    text = (sheet / "facts" / "sources" / name).read_text("utf-8")
    assert text.startswith("Elmbrook library reopens after renovation\n")
    assert text.count("Elmbrook library reopens") == 1 and "The town library" in text
    assert "All rights reserved" not in text and "Home" not in text
    assert entry["sha256"] == hashlib.sha256(text.encode()).hexdigest()
    check(sheet)
    # The editors' JSON Schema accepts what add writes, as their editor will read it.
    schema = json.loads((REPO / "generator" / "schema" / "sources.schema.json").read_text())
    loaded = yaml.safe_load((sheet / "facts" / "sources.yml").read_text("utf-8"))
    jsonschema.validate(loaded, schema)


def test_the_registry_keeps_the_editors_comments_and_layout(sheet: Path, tmp_path: Path) -> None:
    path = sheet / "facts" / "sources.yml"
    before = path.read_text("utf-8").replace("sources:\n", "# kept, as written\nsources:\n")
    path.write_text(before, "utf-8")
    page = tmp_path / "library.html"
    page.write_bytes(article_html())
    assert generator("add", str(page), "--root", str(sheet)).returncode == 0
    after = path.read_text("utf-8")
    assert after.startswith(before.rstrip("\n"))
    assert not list(path.parent.glob(".sources.yml.*"))  # the atomic write left nothing


def test_re_adding_the_same_bytes_changes_nothing(sheet: Path, tmp_path: Path) -> None:
    page = tmp_path / "library.html"
    page.write_bytes(article_html())
    assert generator("add", str(page), "--root", str(sheet)).returncode == 0
    facts = sheet / "facts"
    before = {p: p.read_bytes() for p in facts.rglob("*") if p.is_file()}
    again = generator("add", str(page), "--root", str(sheet))
    assert again.returncode == 0
    assert "already registered as 002_" in again.stderr and "nothing changed" in again.stderr
    assert {p: p.read_bytes() for p in facts.rglob("*") if p.is_file()} == before


def test_the_same_article_from_other_bytes_is_refused_by_hash(sheet: Path,
                                                              tmp_path: Path) -> None:
    page = tmp_path / "library.html"
    page.write_bytes(article_html())
    assert generator("add", str(page), "--root", str(sheet)).returncode == 0
    archive = write_warc(tmp_path / "library.warc.gz",
                         [("https://courier.example/library-reopens", article_html(),
                           "text/html; charset=utf-8")])
    refused = generator("add", str(archive), "--root", str(sheet))
    assert refused.returncode == 1 and no_traceback(refused.stderr)
    [line] = errors_of(refused.stderr)
    assert LINE.match(line) and "error[A805]" in line and "002_elmbrook" in line
    # The hint: remove the registered entry and its files first; then it is added.
    text = (sheet / "facts" / "sources.yml").read_text("utf-8")
    (sheet / "facts" / "sources.yml").write_text(text[:text.index("\n  - file: 002_")] + "\n",
                                                 "utf-8")
    for old in (sheet / "facts").rglob("002_*"):
        old.unlink()
    assert generator("add", str(archive), "--root", str(sheet)).returncode == 0
    check(sheet)


def test_a_warc_written_with_warcio_gives_its_page_record_and_capture_time(
        sheet: Path, tmp_path: Path) -> None:
    image = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
    archive = write_warc(tmp_path / "capture.warc.gz", [
        ("https://courier.example/library-reopens", article_html(url=None), "text/html"),
        ("https://courier.example/photo.png", image, "image/png")])
    result = generator("add", str(archive), "--root", str(sheet))
    assert result.returncode == 0, result.stderr
    entry = next(e for name, e in registry(sheet).items() if name.startswith("002_"))
    origin = entry["origin"]
    assert isinstance(origin, dict)
    assert origin["format"] == "warc" and origin["captured"] == "2024-05-05T08:15:00Z"
    assert origin["record"].startswith("<urn:uuid:")
    assert entry["url"] == "https://courier.example/library-reopens"
    assert origin["basis"]["url"] == "archive-record"
    stored = sheet / "facts" / "originals" / origin["file"]
    assert origin["file"].endswith(".warc.gz")
    records = list(ArchiveIterator(stored.open("rb")))
    assert [r.rec_headers.get_header("WARC-Record-ID") for r in records] == [origin["record"]]
    assert gzip.decompress(stored.read_bytes()).startswith(b"WARC/1.")
    check(sheet)


def test_an_archive_of_several_pages_names_them_and_url_picks_one(sheet: Path,
                                                                   tmp_path: Path) -> None:
    archive = write_warc(tmp_path / "two.warc", [
        ("https://courier.example/library-reopens", article_html(), "text/html"),
        ("https://courier.example/other", article_html(title="Elmbrook market opens",
                                                       url=None), "text/html")])
    refused = generator("add", str(archive), "--root", str(sheet))
    assert refused.returncode == 1 and no_traceback(refused.stderr)
    [line] = errors_of(refused.stderr)
    assert LINE.match(line) and "https://courier.example/other" in line and "--url" in line
    chosen = generator("add", str(archive), "--url", "https://courier.example/other",
                       "--root", str(sheet))
    assert chosen.returncode == 0, chosen.stderr
    assert "002_elmbrook-market-opens.txt" in registry(sheet)
    check(sheet)


def test_a_text_file_needs_its_title_and_publisher_and_a_date(sheet: Path,
                                                              tmp_path: Path) -> None:
    text = tmp_path / "notes.txt"
    text.write_text("\n\n".join(["Library reopens", *article_text_paragraphs()]), "utf-8")
    refused = generator("add", str(text), "--root", str(sheet))
    assert refused.returncode == 1 and no_traceback(refused.stderr)
    [line] = errors_of(refused.stderr)
    assert LINE.match(line) and "error[A804]" in line and "--title" in line
    # Every missing field in the one message, so one more run is enough (the hint applied).
    assert "--publisher" in line and "--language" in line
    added = generator("add", str(text), "--title", "Library reopens", "--publisher",
                      "Elmbrook Courier", "--language", "en", "--root", str(sheet))
    assert added.returncode == 0, added.stderr
    assert "R208" in added.stderr  # no date was read: the check will say what to write
    entry = registry(sheet)["002_library-reopens.txt"]
    assert entry["published"]["basis"] == "not-found"  # type: ignore[index]
    assert entry["origin"]["basis"]["title"] == "editor"  # type: ignore[index]
    assert_date_hint_fixes(sheet, "002_library-reopens.txt")


def test_a_page_without_a_date_is_never_given_one(sheet: Path, tmp_path: Path) -> None:
    page = tmp_path / "undated.html"
    page.write_bytes(article_html(published=None, url=None))
    result = generator("add", str(page), "--root", str(sheet))
    assert result.returncode == 0, result.stderr
    name = "002_elmbrook-library-reopens-after-renovation.txt"
    published = registry(sheet)[name]["published"]
    assert isinstance(published, dict)
    assert published["basis"] == "not-found" and "date" not in published
    assert_date_hint_fixes(sheet, name)


def assert_date_hint_fixes(sheet: Path, name: str) -> None:
    """R208 refuses a date nobody has looked for; its hint, applied, passes the check."""
    failed = generator("check", "--root", str(sheet))
    assert failed.returncode == 1 and no_traceback(failed.stderr)
    [line] = [row for row in failed.stdout.splitlines() if "error[R208]" in row]
    assert LINE.match(line) and name in line
    assert "basis: stated" in line and "basis: unknown" in line
    path = sheet / "facts" / "sources.yml"
    text = path.read_text("utf-8")
    start = text.index(f"file: {name}")
    at = text.index("basis: not-found", start)
    end = text.index("\n", text.index("reasoning:", at))
    indent = " " * (at - text.rindex("\n", 0, at) - 1)
    fixed = (f'basis: stated\n{indent}date: "2024-05-04"\n{indent}reasoning: "The page\'s '
             f'dateline says 4 May 2024."')
    path.write_text(text[:at] + fixed + text[end:], "utf-8")
    check(sheet)


def article_text_paragraphs() -> list[str]:
    from addtools import PARAGRAPHS

    return PARAGRAPHS


@pytest.mark.parametrize(("args", "code"), [
    (["missing.html"], "A801"),
    (["page.pdf"], "A802"),
    (["empty.html"], "A802"),
])
def test_errors_are_one_line_each_with_what_to_do(sheet: Path, tmp_path: Path,
                                                  args: list[str], code: str) -> None:
    (tmp_path / "page.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / "empty.html").write_bytes(b"<html><body><nav>Home</nav></body></html>")
    result = generator("add", *[str(tmp_path / a) for a in args], "--root", str(sheet))
    assert result.returncode == 1 and no_traceback(result.stderr)
    [line] = errors_of(result.stderr)
    assert LINE.match(line) and f"error[{code}]" in line
    assert "^" not in line and "\\d" not in line and "[a-z" not in line


def test_a_usage_error_exits_2(sheet: Path) -> None:
    result = generator("add", "--root", str(sheet))
    assert result.returncode == 2 and no_traceback(result.stderr)


@needs_pages
def test_every_saved_page_is_added_and_checks_clean(sheet: Path) -> None:
    truth = yaml.safe_load((PAGES / "GROUND-TRUTH.yml").read_text("utf-8"))["pages"]
    pages = [PAGES / entry["file"] for entry in truth]
    result = generator("add", *map(str, pages), "--root", str(sheet))
    # One page declares no language: it alone is refused, and the hint adds it.
    [line] = errors_of(result.stderr)
    assert result.returncode == 1 and LINE.match(line) and "07_aljazeera.html" in line
    assert "error[A804]" in line and "--language" in line
    again = generator("add", str(PAGES / "07_aljazeera.html"), "--language", "en",
                      "--root", str(sheet))
    assert again.returncode == 0, again.stderr
    entries = {e["origin"]["input"]: e for name, e in registry(sheet).items()  # type: ignore[index]
               if not name.startswith("001_")}
    assert len(entries) == len(truth)
    for expected in truth:
        entry = entries[expected["file"]]
        assert entry["published"] == {"basis": "page-metadata", "date": expected["published"],
                                      "reasoning": entry["published"]["reasoning"]}  # type: ignore[index]
        assert entry["republish"] is False and entry["url"] == expected["url"]
    check(sheet)
    # The pages stay where they are: nothing of them is in the repository.
    assert not any(p.name in {q.name for q in pages} for p in Path(__file__).parent.rglob("*"))


@needs_pages
def test_the_extraction_benchmark_meets_its_floor() -> None:
    from benchmarks.extraction import measure

    scores = measure(PAGES)
    assert sum(s.f1 for s in scores) / len(scores) >= 0.95
    assert all(s.date_right for s in scores)
    assert sum(s.publisher_agrees != "wrong" for s in scores) >= 7


def test_the_reader_is_told_how_each_date_is_known() -> None:
    from generator.model import Source
    from generator.site.views import published_words

    base = {"file": "a.txt", "publisher": "P", "title": "T", "language": "en",
            "sha256": "0" * 64}
    read = Source.model_validate({**base, "published": {"basis": "page-metadata",
                                                        "date": "2024-05-04"},
                                  "updated": {"basis": "page-metadata", "date": "2024-05-06"}})
    assert published_words(read) == ("4 May 2024, as the page's metadata gives it; "
                                      "updated 6 May 2024")
    assert read.republish is True  # the default for entries written by hand
    with pytest.raises(ValueError, match="dated before the first publication"):
        Source.model_validate({**base, "published": {"basis": "stated", "date": "2024-05-04"},
                               "updated": {"basis": "stated", "date": "2024-05-01"}})
    with pytest.raises(ValueError, match="cannot have a date"):
        Source.model_validate({**base, "published": {"basis": "not-found",
                                                     "date": "2024-05-04"}})
