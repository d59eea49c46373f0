"""The site's nav, name and description come from facts/site.yml alone (issue 19):
every sheet builds with the same mkdocs.yml; docs pages reach the site only when the page
map names them; a hand-written nav is honoured with a note; "Last updated" is never
"unknown"."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from addtools import generator
from factcheck_helpers import no_traceback
from sitetools import REPO, build

from generator.commands.new import MKDOCS
from generator.model import Site
from generator.site.nav import plan_nav

EXAMPLE = REPO / "examples" / "hurricane-florence"


def test_every_sheet_has_the_same_mkdocs_yml(tmp_path: Path) -> None:
    assert generator("new", str(tmp_path / "sheet")).returncode == 0
    texts = {path: path.read_text("utf-8") for path in (
        REPO / "mkdocs.yml", EXAMPLE / "mkdocs.yml", MKDOCS, tmp_path / "sheet" / "mkdocs.yml")}
    assert len(set(texts.values())) == 1, [str(path) for path in texts]
    loaded = yaml.safe_load(texts[MKDOCS])
    assert "nav" not in loaded  # the nav comes from each sheet's site.yml


def _site(**extra: object) -> Site:
    return Site.model_validate({
        "title": "Harbour facts",
        "pages": [{"path": "ships", "title": "Ships & cargo", "kind": "table",
                   "files": ["ships.yml"]},
                  {"path": "timeline", "title": "Timeline", "kind": "timeline",
                   "files": ["timeline.yml"]}],
        **extra})


def test_the_nav_follows_the_page_map_with_page_titles_as_labels() -> None:
    generated = {"index.md": "Harbour facts", "ships/index.md": "Ships & cargo",
                 "timeline/index.md": "Timeline", "sources/index.md": "Sources",
                 "rules.md": "Checker rules"}
    hand = {"about.md": "How we work", "format.md": "Fact format", "draft.md": "Draft",
            "assets/map.png": "map.png"}
    plan = plan_nav(_site(rules_page=True, methodology="about.md",
                          editors={"title": "Editors", "pages": ["format.md"]}),
                    generated, hand)
    assert plan.nav == [
        {"Home": "index.md"}, {"Ships &amp; cargo": "ships/index.md"},
        {"Timeline": "timeline/index.md"}, {"Sources": "sources/index.md"},
        {"How we work": "about.md"},
        {"Editors": [{"Fact format": "format.md"}, {"Checker rules": "rules.md"}]}]
    assert plan.published == ["about.md", "format.md", "assets/map.png"]
    assert plan.left_off == ["draft.md"]
    assert plan.notes() == ["docs/draft.md is left off the site: facts/site.yml names no "
                            "such page; name it as methodology: or under editors: pages: "
                            "to publish it"]
    # Without editors: or rules_page, no editors' section; a hand-written nav keeps all.
    assert plan_nav(_site(), generated, hand).nav[-1] == {"Sources": "sources/index.md"}
    kept = plan_nav(_site(), generated, hand, hand_nav=True)
    assert kept.nav == [] and kept.published == list(hand) and kept.left_off == []


def _sheet(tmp_path: Path, title: str = "Harbour facts") -> Path:
    sheet = tmp_path / "sheet"
    assert generator("new", str(sheet), "--title", title).returncode == 0
    return sheet


def _site_yml(sheet: Path, extra: str) -> None:
    path = sheet / "facts" / "site.yml"
    text = path.read_text("utf-8")
    path.write_text(text.replace("home:\n", extra + "home:\n", 1), "utf-8")


def test_named_pages_are_published_and_the_rest_left_off_with_a_note(tmp_path: Path) -> None:
    sheet = _sheet(tmp_path)
    (sheet / "docs" / "about.md").write_text("# How this sheet is made\n\nBy hand.\n", "utf-8")
    (sheet / "docs" / "notes-to-self.md").write_text("# Draft notes\n\nPrivate.\n", "utf-8")
    _site_yml(sheet, "methodology: about.md\n")
    built = build(sheet, tmp_path / "site")
    assert built.returncode == 0, built.stderr
    assert (tmp_path / "site" / "about.html").is_file()
    assert not (tmp_path / "site" / "notes-to-self.html").exists()
    assert "docs/notes-to-self.md is left off the site" in built.stderr
    home = (tmp_path / "site" / "index.html").read_text("utf-8")
    assert "How this sheet is made" in home and "Overview" in home  # nav labels
    assert all("Private." not in page.read_text("utf-8")
               for page in (tmp_path / "site").rglob("*.html"))
    # The pages route writes the same nav into the engine's config.
    out = tmp_path / "build"
    pages = generator("pages", str(out / "docs"), "--root", str(sheet), "--config",
                      str(out / "engine.yml"))
    assert pages.returncode == 0, pages.stderr
    assert "note: docs/notes-to-self.md is left off the site" in pages.stderr
    engine = yaml.safe_load((out / "engine.yml").read_text("utf-8"))
    assert engine["nav"] == [{"Home": "index.md"}, {"Overview": "overview/index.md"},
                             {"Sources": "sources/index.md"},
                             {"How this sheet is made": "about.md"}]
    assert engine["site_name"] == "Harbour facts"
    assert not (out / "docs" / "notes-to-self.md").exists()


def test_a_hand_written_nav_is_honoured_with_a_note(tmp_path: Path) -> None:
    sheet = _sheet(tmp_path)
    (sheet / "docs" / "extra.md").write_text("# Extra\n\nKept by the nav.\n", "utf-8")
    config = sheet / "mkdocs.yml"
    config.write_text(config.read_text("utf-8") + "nav:\n  - Start: index.md\n"
                      "  - Extra: extra.md\n", "utf-8")
    built = build(sheet, tmp_path / "site")
    assert built.returncode == 0, built.stderr
    assert "mkdocs.yml has its own nav:, used as written" in built.stderr
    assert (tmp_path / "site" / "extra.html").is_file()
    home = " ".join((tmp_path / "site" / "index.html").read_text("utf-8").split())
    assert '<span class="md-ellipsis"> Start </span>' in home


@pytest.mark.parametrize(("extra", "message", "line"), [
    ("methodology: about.md\n", "the page map names docs/about.md, which does not exist", 4),
    ("methodology: how.md\neditors: {pages: [how.md]}\n",
     "docs/how.md is named twice in the page map", 5),
    ("editors: {pages: [rules.md]}\n", "rules.md is the generated rules reference", 4),
])
def test_a_missing_or_repeated_page_is_p602_at_its_place(
        tmp_path: Path, extra: str, message: str, line: int) -> None:
    sheet = _sheet(tmp_path)
    (sheet / "docs" / "how.md").write_text("# How\n\nText.\n", "utf-8")
    _site_yml(sheet, extra)
    checked = generator("check", "--root", str(sheet))
    assert checked.returncode == 1 and no_traceback(checked.stderr)
    found = [row for row in checked.stdout.splitlines() if "error[P602]" in row]
    assert len(found) == 1 and message in found[0], checked.stdout
    assert found[0].startswith(f"facts/site.yml:{line}:"), found[0]
    # The fix each hint names, applied, passes.
    _site_yml_fix(sheet, extra)
    fixed = generator("check", "--root", str(sheet))
    assert fixed.returncode == 0, fixed.stderr


def _site_yml_fix(sheet: Path, extra: str) -> None:
    path = sheet / "facts" / "site.yml"
    text = path.read_text("utf-8")
    fixes = {"methodology: about.md\n": "methodology: how.md\n",  # a page that exists
             "methodology: how.md\neditors: {pages: [how.md]}\n": "methodology: how.md\n",
             "editors: {pages: [rules.md]}\n": "rules_page: true\neditors: {pages: [rules.md]}\n"}
    path.write_text(text.replace(extra, fixes[extra], 1), "utf-8")


def test_outside_git_last_updated_is_left_out_with_a_note(tmp_path: Path) -> None:
    sheet = _sheet(tmp_path)
    env = {k: v for k, v in os.environ.items() if k != "SOURCE_DATE_EPOCH"}
    env["NO_MKDOCS_2_WARNING"] = "1"
    env["GIT_CEILING_DIRECTORIES"] = str(tmp_path)  # never the repository around tmp
    built = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-d",
                            str(tmp_path / "site")], cwd=sheet, env=env, capture_output=True,
                           text=True, timeout=300, check=False)
    assert built.returncode == 0, built.stderr
    assert "set SOURCE_DATE_EPOCH" in built.stderr
    page = (tmp_path / "site" / "overview" / "index.html").read_text("utf-8")
    assert "Cite this page:" in page
    assert "Last updated" not in page and "unknown" not in page
    dated = build(sheet, tmp_path / "dated", epoch="1700000000")
    assert "Last updated:</strong> 14 November 2023" in (
        tmp_path / "dated" / "overview" / "index.html").read_text("utf-8")
    assert "set SOURCE_DATE_EPOCH" not in dated.stderr


def test_the_documented_site_yml_keys_pass(tmp_path: Path) -> None:
    """docs/format.md's example of the site keys, in a new sheet, checks and builds."""
    text = (REPO / "docs" / "format.md").read_text("utf-8")
    section = text.split("### The site: name, description and nav", 1)[1]
    example = yaml.safe_load(section.split("```yaml\n", 1)[1].split("```", 1)[0])
    sheet = _sheet(tmp_path)
    site_path = sheet / "facts" / "site.yml"
    site = yaml.safe_load(site_path.read_text("utf-8"))
    assert set(example) <= {"title", "description", "methodology", "editors", "rules_page",
                            "licence"}
    site.update({key: value for key, value in example.items() if key != "title"})
    site_path.write_text(yaml.safe_dump(site, sort_keys=False, allow_unicode=True), "utf-8")
    for name in ("about.md", "format.md"):
        (sheet / "docs" / name).write_text(f"# {name[:-3].title()}\n\nBy hand.\n", "utf-8")
    checked = generator("check", "--root", str(sheet))
    assert checked.returncode == 0, checked.stdout + checked.stderr
    built = build(sheet, tmp_path / "site")
    assert built.returncode == 0, built.stderr
    assert (tmp_path / "site" / "rules.html").is_file()
    assert (tmp_path / "site" / "about.html").is_file()
