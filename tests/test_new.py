"""``new``: a minimal sheet that checks and builds as it stands, of no other topic."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
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
    assert "0 errors, 0 warnings; 2 facts from 1 sources" in checked.stderr
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


TITLES = ["Boeing 787 deliveries, 2024", "COVID-19 in Lagos: 2020–2021", 'The "Big Dig": costs',
          "Apollo 11", "Hurricane Katrina (2005)", "#1 issue: housing", "yes", "Flight MH370",
          "Brexit & the NHS — £350m a week?", "It's 3% or 4% <maybe>"]


@pytest.mark.parametrize("title", TITLES)
def test_a_title_with_names_or_numbers_checks_clean(tmp_path: Path, title: str) -> None:
    """The title is quoted in YAML and backed by the note that states it (fact
    sheet-name), so E701 has nothing to refuse; the site shows it as written."""
    sheet = tmp_path / "sheet"
    assert generator("new", str(sheet), "--title", title).returncode == 0
    checked = generator("check", "--root", str(sheet))
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "0 errors, 0 warnings; 2 facts from 1 sources" in checked.stderr
    site = yaml.safe_load((sheet / "facts" / "site.yml").read_text("utf-8"))
    assert site["title"] == title
    facts = yaml.safe_load((sheet / "facts" / "overview.yml").read_text("utf-8"))["facts"]
    assert (facts[1]["id"], facts[1]["value"]) == ("sheet-name", {"kind": "text", "text": title})


def test_a_title_is_shown_escaped_on_the_built_site(tmp_path: Path) -> None:
    sheet = tmp_path / "sheet"
    title = "It's 3% or 4% <maybe>"
    assert generator("new", str(sheet), "--title", title).returncode == 0
    built = build(sheet, tmp_path / "site")
    assert built.returncode == 0, built.stderr
    page = (tmp_path / "site" / "index.html").read_text("utf-8")
    assert "<maybe>" not in page and "&lt;maybe&gt;" in page


def test_a_title_the_facts_do_not_back_is_still_refused(tmp_path: Path) -> None:
    """The sheet-name fact backs its own words only: another title naming a figure fails."""
    sheet = tmp_path / "sheet"
    assert generator("new", str(sheet), "--title", "Apollo 11").returncode == 0
    site = sheet / "facts" / "site.yml"
    site.write_text(site.read_text("utf-8").replace('title: "Apollo 11"',
                                                    'title: "Apollo 13"'), "utf-8")
    checked = generator("check", "--root", str(sheet))
    assert checked.returncode == 1 and "error[E701]" in checked.stdout
    assert 'title says "Apollo 13"' in checked.stdout


def test_the_note_names_its_facts_and_agrees_with_the_readme(tmp_path: Path) -> None:
    """Trial #19: the note said it held "a single fact" and told the editor to remove it,
    while the README (and the title's backing) keeps it; both now say the same."""
    sheet = tmp_path / "sheet"
    assert generator("new", str(sheet)).returncode == 0
    note = (sheet / "facts" / "sources" / "001_how-this-sheet-began.txt").read_text("utf-8")
    readme = (sheet / "README.md").read_text("utf-8")
    facts = yaml.safe_load((sheet / "facts" / "overview.yml").read_text("utf-8"))["facts"]
    quoting = [fact["id"] for fact in facts if fact["source"] == "001_how-this-sheet-began.txt"]
    assert quoting == ["sheet-started", "sheet-name"]
    assert all(fact_id in note for fact_id in quoting)
    assert "single fact" not in note and "remove this note" not in note
    assert "delete the fact sheet-started" in note
    assert "Keep this note and the fact sheet-name" in note
    assert "delete the fact `sheet-started`" in readme
    assert "Keep the note and `sheet-name`" in readme
