"""``new``: a minimal sheet that checks and builds as it stands, of no other topic."""

from __future__ import annotations

from pathlib import Path

from addtools import generator
from factcheck_helpers import no_traceback
from sitetools import build

# Words of the project's own sheet (and of the test sheet on a bridge): none may appear.
OTHER_TOPICS = ["S-400", "Turkey", "Russia", "missile", "Pentagon", "Kremlin", "NATO",
                "Patriot", "Northport", "TASS"]


def test_a_new_sheet_checks_and_builds(tmp_path: Path) -> None:
    created = generator("new", str(tmp_path / "sheet"))
    assert created.returncode == 0, created.stderr
    sheet = tmp_path / "sheet"
    written = sorted(str(p.relative_to(sheet)) for p in sheet.rglob("*") if p.is_file())
    assert written == ["README.md", "docs/.keep", "facts/overview.yml",
                       "facts/site.yml", "facts/sources.yml",
                       "facts/sources/001_how-this-sheet-began.txt", "mkdocs.yml"]
    checked = generator("check", "--root", str(sheet))
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "0 errors, 0 warnings; 1 facts from 1 sources" in checked.stderr
    built = build(sheet, tmp_path / "site")
    assert built.returncode == 0, built.stderr
    assert (tmp_path / "site" / "overview" / "index.html").is_file()


def test_a_new_sheet_holds_no_word_of_another_topic(tmp_path: Path) -> None:
    assert generator("new", str(tmp_path / "sheet"), "--title", "Harbour facts").returncode == 0
    text = "".join(p.read_text("utf-8") for p in (tmp_path / "sheet").rglob("*") if p.is_file())
    assert "Harbour facts" in text
    assert [word for word in OTHER_TOPICS if word.lower() in text.lower()] == []


def test_a_folder_in_use_is_refused_and_a_new_one_works(tmp_path: Path) -> None:
    (tmp_path / "used").mkdir()
    (tmp_path / "used" / "notes.txt").write_text("mine", "utf-8")
    refused = generator("new", str(tmp_path / "used"))
    assert refused.returncode == 1 and no_traceback(refused.stderr)
    assert "error[A811]" in refused.stderr and "give the name of a new folder" in refused.stderr
    assert (tmp_path / "used" / "notes.txt").read_text("utf-8") == "mine"
    assert generator("new", str(tmp_path / "fresh")).returncode == 0
