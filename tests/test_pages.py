"""``python -m generator pages OUT``: the docs folder every engine builds, kept in step by
content hash, and ``python -m generator built``, which fails a build that skipped it."""

from __future__ import annotations

import hashlib
import html
import json
import re
import subprocess
from pathlib import Path

import pytest
import yaml
from sitetools import FIXTURES, REPO, build_with, copy_project, engine_command, tree_digest

from generator.__main__ import main
from generator.site.generate import MANIFEST, MARKER, write_folder

EPOCH = "1700000000"


@pytest.fixture()
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    monkeypatch.delenv("GITHUB_REPOSITORY", raising=False)
    return copy_project(FIXTURES / "other_topic", tmp_path / "project")


def mtimes(folder: Path) -> dict[str, int]:
    return {str(p.relative_to(folder)): p.stat().st_mtime_ns
            for p in sorted(folder.rglob("*")) if p.is_file()}


def pages(project: Path, out: Path, capsys: pytest.CaptureFixture[str]) -> str:
    capsys.readouterr()
    assert main(["pages", str(out), "--root", str(project)]) == 0
    return capsys.readouterr().err.splitlines()[-1]


def test_an_unchanged_second_run_rewrites_nothing(
        project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "docs"
    first = pages(project, out, capsys)
    assert first.startswith(f"{len(mtimes(out)) - 1} file(s) written, 0 removed")  # + manifest
    before = mtimes(out)
    assert pages(project, out, capsys).startswith("0 file(s) written, 0 removed")
    assert mtimes(out) == before, "not one file touched"


def test_one_fact_edit_rewrites_only_the_files_that_show_it(
        project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "docs"
    pages(project, out, capsys)
    before_bytes, before_times = tree_digest(out), mtimes(out)
    facts = project / "facts" / "structure.yml"
    text = facts.read_text("utf-8")
    edited = text.replace("    value: {kind: quantity, amount: 67, unit: m}\n",
                          "    value: {kind: quantity, amount: 67, unit: m}\n"
                          "    note: \"Measured by the harbour authority.\"\n", 1)
    assert edited != text
    facts.write_text(edited, "utf-8")
    summary = pages(project, out, capsys)
    after_times = mtimes(out)
    rewritten = {name for name in after_times if after_times[name] != before_times.get(name)}
    changed = {name for name, digest in tree_digest(out).items()
               if before_bytes.get(name) != digest}
    assert rewritten == changed, "every rewritten file changed, every changed one rewritten"
    assert summary.startswith(f"{len(changed - {MANIFEST})} file(s) written, 0 removed")
    assert {"structure/index.md", "facts.json", MARKER} <= changed
    # The note shows where the fact is; the history page, the stylesheet and the other
    # article's evidence page do not show it and are left alone.
    shown = html.unescape((out / "structure/index.md").read_text("utf-8"))
    assert "Measured by the harbour authority." in shown
    for untouched in ("history/index.md", "assets/factsheet.css",
                      "sources/a2-ledger.md"):
        assert (out / untouched).is_file(), untouched
        assert untouched not in rewritten, untouched
    assert len(rewritten) < len(after_times) // 2


def test_a_file_no_longer_generated_is_removed_and_a_foreign_one_kept(tmp_path: Path) -> None:
    out = tmp_path / "docs"
    first = write_folder(out, {"a.md": b"a", "sub/b.md": b"b"})
    assert first.written == ["a.md", "sub/b.md"]
    (out / "mine.txt").write_text("not generated", "utf-8")
    second = write_folder(out, {"a.md": b"a2"})
    assert (second.written, second.removed, second.kept) == (["a.md"], ["sub/b.md"], 0)
    assert not (out / "sub" / "b.md").exists()
    assert (out / "mine.txt").read_text("utf-8") == "not generated"
    assert json.loads((out / MANIFEST).read_text("utf-8")) == {
        "a.md": hashlib.sha256(b"a2").hexdigest()}


def test_a_file_changed_by_hand_is_written_again(tmp_path: Path) -> None:
    out = tmp_path / "docs"
    write_folder(out, {"a.md": b"generated"})
    (out / "a.md").write_bytes(b"edited by hand!")  # another size than the manifest's
    assert write_folder(out, {"a.md": b"generated"}).written == ["a.md"]
    assert (out / "a.md").read_bytes() == b"generated"


def test_pages_refuses_the_project_and_a_foreign_folder(
        project: Path, tmp_path: Path) -> None:
    before = tree_digest(project)
    foreign = tmp_path / "notes"
    foreign.mkdir()
    (foreign / "mine.txt").write_text("keep me", "utf-8")
    for out in (project, project / "facts", project / "docs", project / "docs" / "x", foreign):
        assert main(["pages", str(out), "--root", str(project)]) == 2, out
    assert tree_digest(project) == before
    assert (foreign / "mine.txt").read_text("utf-8") == "keep me"
    out = tmp_path / "docs"
    assert main(["pages", str(out), "--root", str(project), "--config",
                 str(out / "engine.yml")]) == 2, "the config may not lie in the docs folder"
    assert main(["pages", str(project / "build" / "docs"), "--root", str(project)]) == 0


def test_a_failed_fact_or_a_shadowed_page_writes_nothing(
        project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "docs"
    (project / "docs" / "index.md").write_text("# My own home page\n", "utf-8")
    assert main(["pages", str(out), "--root", str(project)]) == 1
    assert "docs/index.md is hand-written" in capsys.readouterr().err
    assert not out.exists()
    (project / "docs" / "index.md").unlink()
    facts = project / "facts" / "structure.yml"
    facts.write_text(facts.read_text("utf-8").replace("amount: 67,", "amount: 76,"), "utf-8")
    assert main(["pages", str(out), "--root", str(project)]) == 1
    assert "error[V401]" in capsys.readouterr().err
    assert not out.exists()


def test_the_engine_config_builds_the_folder_without_the_plugin(
        project: Path, tmp_path: Path) -> None:
    out, config_path = tmp_path / "build" / "docs", tmp_path / "build" / "engine.yml"
    assert main(["pages", str(out), "--root", str(project), "--config", str(config_path)]) == 0
    config = yaml.safe_load(config_path.read_text("utf-8"))
    assert config["docs_dir"] == "docs" and config["site_dir"] == "site"
    assert "factsheet" not in config["plugins"] and "search" in config["plugins"]
    assert config["site_name"] == "The Northport harbour bridge"  # from facts/site.yml
    assert config["use_directory_urls"] is False  # the offline plugin's setting
    assert config["extra_css"] == ["assets/factsheet.css"]
    assert config["extra_javascript"] == ["assets/factsheet.js"]
    for name in (*config["extra_css"], *config["extra_javascript"], "facts.json", MARKER,
                 "structure/index.md"):
        assert (out / name).is_file(), name
    home = (out / "index.md").read_text("utf-8")
    assert home.startswith('---\ntitle: "The Northport harbour bridge"\n---\n\n<h1')
    assert home.count("\n---\n") == 1, "one front matter, never shown as text"
    assert 'class="fs-page-meta"' in home, "the page carries its own footer"


def test_built_fails_when_the_engine_skipped_the_generator(
        project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Zensical runs no MkDocs plugin: built from the project's own mkdocs.yml it makes a
    site without the fact sheet, and says nothing. ``built`` says so, and fails."""
    out = tmp_path / "out"
    out.mkdir()
    assert main(["pages", str(out / "docs"), "--root", str(project)]) == 0
    (project / "docs" / "about.md").write_text("# About\n\nHand-written.\n", "utf-8")
    skipped = subprocess.run([*engine_command("zensical"), "-f", "mkdocs.yml"], cwd=project,
                             capture_output=True, text=True, timeout=300, check=False)
    assert skipped.returncode == 0, "the engine itself reports nothing"
    capsys.readouterr()
    assert main(["built", str(project / "site"), "--pages", str(out / "docs")]) == 1
    err = capsys.readouterr().err
    assert "built the site without the generated pages" in err
    assert "this site is not the fact sheet" in err
    # Another generation's site: the stamp differs.
    good = tmp_path / "good"
    good.mkdir()
    assert build_with("mkdocs", project, good).returncode == 0
    assert main(["built", str(good / "site"), "--pages", str(good / "docs")]) == 0
    marker = good / "site" / "factsheet-generated.html"
    marker.write_text(marker.read_text("utf-8").replace('generated="', 'generated="0'), "utf-8")
    assert main(["built", str(good / "site"), "--pages", str(good / "docs")]) == 1
    (good / "site" / "structure" / "index.html").unlink()
    assert main(["built", str(good / "site"), "--pages", str(good / "docs")]) == 1
    assert "structure/index.html is missing" in capsys.readouterr().err


def test_make_site_refuses_an_unknown_engine() -> None:
    done = subprocess.run(["make", "-s", "engine", "ENGINE=hugo"], cwd=REPO,
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode != 0
    assert "ENGINE=hugo is not one of: mkdocs properdocs zensical" in done.stderr


def test_search_evidence_false_keeps_evidence_pages_out_of_the_index(
        project: Path, tmp_path: Path) -> None:
    mkdocs = project / "mkdocs.yml"
    mkdocs.write_text(mkdocs.read_text("utf-8").replace(
        "  - factsheet", "  - factsheet:\n      search_evidence: false"), "utf-8")
    assert "search_evidence: false" in mkdocs.read_text("utf-8")
    out = tmp_path / "docs"
    assert main(["pages", str(out), "--root", str(project)]) == 0
    def front(path: str) -> str:
        return (out / path).read_text("utf-8").split("\n---\n\n", 1)[0]

    assert front("sources/a2-ledger.md").endswith("\nsearch:\n  exclude: true")
    for searched in ("sources/index.md", "structure/index.md", "index.md"):
        assert "exclude" not in front(searched), searched


def test_properdocs_builds_the_mkdocs_site_byte_for_byte(project: Path, tmp_path: Path) -> None:
    """ProperDocs is a drop-in fork of MkDocs 1.6: from the same folder and config it
    writes the same site, all but the generator tag, so the browser tests' fuller run on
    MkDocs holds for it."""
    built = {}
    for engine in ("mkdocs", "properdocs"):
        out = tmp_path / engine
        out.mkdir()
        assert build_with(engine, project, out).returncode == 0, engine
        built[engine] = out / "site"
    names = sorted(p.relative_to(built["mkdocs"]) for p in built["mkdocs"].rglob("*")
                   if p.is_file())
    assert names == sorted(p.relative_to(built["properdocs"])
                           for p in built["properdocs"].rglob("*") if p.is_file())
    differ = []
    for name in names:
        ours = (built["mkdocs"] / name).read_bytes()
        theirs = (built["properdocs"] / name).read_bytes()
        if ours != theirs:
            differ.append(str(name))
            tag = re.compile(rb'<meta name="generator" content="[^"]*">')
            assert b"ProperDocs" in theirs and tag.sub(b"", ours) == tag.sub(b"", theirs), name
    assert len(differ) < len(names), "the exports, assets and search index are identical"
