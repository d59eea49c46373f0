"""Articles the repository may not redistribute: a sources folder outside the sheet
(``sources_dir:`` in the registry) and ``republish: false`` (the site shows the quoted
sentences only, and the exports carry no article text)."""

from __future__ import annotations

import hashlib
import html
import json
import re
import shutil
from pathlib import Path

import pytest
from sitetools import FIXTURES, build, copy_project, make_repository

from generator.__main__ import main
from generator.check.pipeline import check_project
from generator.exports import build_exports
from generator.site.publish import build_pageset

QUOTED = "The Northport harbour bridge opened to traffic on Sunday after four years of work."


def _outside(tmp_path: Path) -> tuple[Path, Path]:
    """The bridge sheet with its articles moved to ``<tmp>/shared/bridge`` and the
    registry naming that folder relative to the sheet (``<tmp>/repo/sheet``)."""
    sheet = copy_project(FIXTURES / "other_topic", tmp_path / "repo" / "sheet")
    shared = tmp_path / "shared" / "bridge"
    shutil.move(sheet / "facts" / "sources", shared)
    registry = sheet / "facts" / "sources.yml"
    registry.write_text("sources_dir: ../../shared/bridge\n" + registry.read_text("utf-8"),
                        "utf-8")
    return sheet, shared


def _errors(root: Path) -> list[str]:
    return [f"{p.position}: {p.code} {p.message}; {p.hint}"
            for p in check_project(root).report.errors]


def test_a_sheet_reads_its_articles_from_a_folder_outside_it(tmp_path: Path) -> None:
    sheet, shared = _outside(tmp_path)
    result = check_project(sheet)
    assert result.ok, _errors(sheet)
    assert sorted(result.articles) == ["a1_harbour.txt", "a2_ledger.txt"]
    assert not (sheet / "facts" / "sources").exists()
    # Another sheet's files in the shared folder are not this sheet's business (R204
    # still reports them in a sheet's own facts/sources).
    (shared / "CATALOGUE.md").write_text("# other articles\n", "utf-8")
    assert check_project(sheet).ok


def test_a_missing_outside_folder_is_one_clear_error_at_its_key(tmp_path: Path) -> None:
    sheet, shared = _outside(tmp_path)
    shutil.rmtree(shared)
    problems = check_project(sheet).report.errors
    r204 = [p for p in problems if p.code == "R204"]
    assert len(r204) == 1
    problem = r204[0]
    assert (problem.position.path, problem.position.line, problem.position.col) == (
        "facts/sources.yml", 1, 14)
    assert "../../shared/bridge" in problem.message
    assert str((tmp_path / "shared" / "bridge").resolve()) in problem.message
    assert "put the articles there" in problem.hint and "sources_dir" in problem.hint
    # The hint, applied: the articles put back where the registry says they are.
    shutil.copytree(FIXTURES / "other_topic" / "facts" / "sources", shared)
    assert check_project(sheet).ok


def test_a_wrong_path_is_fixed_by_correcting_sources_dir(tmp_path: Path) -> None:
    sheet, _ = _outside(tmp_path)
    registry = sheet / "facts" / "sources.yml"
    text = registry.read_text("utf-8")
    registry.write_text(text.replace("../../shared/bridge", "../shared/bridge", 1), "utf-8")
    assert any(p.code == "R204" and "../shared/bridge" in p.message
               for p in check_project(sheet).report.errors)
    registry.write_text(text, "utf-8")
    assert check_project(sheet).ok


def test_an_absolute_or_empty_sources_dir_is_refused(tmp_path: Path) -> None:
    sheet, shared = _outside(tmp_path)
    registry = sheet / "facts" / "sources.yml"
    text = registry.read_text("utf-8")
    for written, words in ((str(shared), "absolute path"), ('""', "must be a folder path"),
                           ("[a, b]", "must be a folder path")):
        registry.write_text(text.replace("../../shared/bridge", written, 1), "utf-8")
        found = [p for p in check_project(sheet).report.errors if p.code == "S103"]
        assert found and words in found[0].message, (written, _errors(sheet))
        assert found[0].position.line == 1
        assert "relative to the sheet" in found[0].hint


def test_pin_and_uncovered_use_the_outside_folder(tmp_path: Path,
                                                  capsys: object) -> None:
    sheet, shared = _outside(tmp_path)
    article = shared / "a1_harbour.txt"
    article.write_bytes(article.read_bytes() + b"A correction was appended.\n")
    assert any(p.code == "R205" for p in check_project(sheet).report.errors)
    assert main(["pin", "--root", str(sheet)]) == 0
    digest = hashlib.sha256(article.read_bytes()).hexdigest()
    assert digest in (sheet / "facts" / "sources.yml").read_text("utf-8")
    assert check_project(sheet).ok
    main(["uncovered", "--root", str(sheet)])
    out = capsys.readouterr().out  # type: ignore[attr-defined]
    assert "../../shared/bridge/a1_harbour.txt:" in out


def quoted_sentences(sheet: Path, name: str, article: str) -> list[str]:
    """The sentences of ``article`` that the sheet's checked facts quote."""
    from generator.reading.excerpts import sentence_around

    found = []
    for entry in check_project(sheet).validated.facts:
        if entry.model.source == name:
            start = article.index(entry.model.quote)
            s, e = sentence_around(article, start, start + len(entry.model.quote))
            found.append(article[s:e])
    return found


def _not_republished(sheet: Path, url: bool = True) -> None:
    registry = sheet / "facts" / "sources.yml"
    text = registry.read_text("utf-8").replace(
        "    sha256: 954b07b3", "    republish: false\n"
        + ('    url: "https://gazette.example/bridge"\n'
           '    archive_url: "https://archive.example/2021/gazette.example/bridge"\n'
           if url else "") + "    sha256: 954b07b3", 1)
    registry.write_text(text, "utf-8")


def test_an_article_that_may_not_be_republished_shows_only_quoted_sentences(
        tmp_path: Path) -> None:
    sheet, shared = _outside(tmp_path)
    _not_republished(sheet)
    pageset = build_pageset(sheet)
    assert pageset.result.ok, _errors(sheet)
    page = next(p for p in pageset.pages if p.path == "sources/a1-harbour.md")
    text = (shared / "a1_harbour.txt").read_text("utf-8")
    assert QUOTED in page.html
    assert 'id="full-text"' not in page.html and 'id="quoted-sentences"' in page.html
    shown = html.unescape(page.html)
    assert 'href="https://gazette.example/bridge"' in shown
    assert 'href="https://archive.example/2021/gazette.example/bridge"' in shown
    assert 'id="q-opening"' in page.html  # the fact's way in to its quote still lands
    unquoted = [line for line in text.splitlines() if line.strip() and line not in QUOTED
                and not any(line in p.html for p in pageset.pages if p.path == page.path)]
    assert unquoted, "the fixture article holds sentences no fact quotes"
    assert "sources/a1_harbour.txt" not in pageset.assets
    assert "sources/a2_ledger.txt" in pageset.assets  # republish: true (the default)


def test_its_sentences_are_shown_whole_and_nothing_beyond() -> None:
    from generator.reading.excerpts import sentence_around

    text = ("Storm hits coast\nOfficials said 5 people died. Gov. Roy Cooper said more rain "
            "is coming. Another sentence.\nA caption")
    quote = "5 people died"
    start = text.index(quote)
    s, e = sentence_around(text, start, start + len(quote))
    assert text[s:e] == "Officials said 5 people died."
    quote = "Roy Cooper said more rain"
    start = text.index(quote)
    s, e = sentence_around(text, start, start + len(quote))
    assert text[s:e] == "Gov. Roy Cooper said more rain is coming."
    quote = "Another sentence.\nA caption"  # a quote over a line break keeps both lines
    start = text.index(quote)
    assert sentence_around(text, start, start + len(quote)) == (start, len(text))


def test_its_annotations_target_the_original_with_its_sentence_only(tmp_path: Path) -> None:
    sheet, _ = _outside(tmp_path)
    _not_republished(sheet)
    result = check_project(sheet)
    exports = build_exports(result)
    items = json.loads(exports["annotations.jsonld"])["first"]["items"]
    ours = [i for i in items if i["id"] == "facts.json#opening"]
    assert len(ours) == 1
    target = ours[0]["target"]
    assert target["source"] == "https://gazette.example/bridge"
    (selector,) = target["selector"]
    whole = selector["prefix"] + selector["exact"] + selector["suffix"]
    assert whole == QUOTED
    others = [i for i in items if i["target"]["source"] == "sources/a2_ledger.txt"]
    assert others and all(len(i["target"]["selector"]) == 2 for i in others)
    # Without a URL the target names the pinned text by its hash.
    sheet2, _ = _outside(tmp_path / "second")
    _not_republished(sheet2, url=False)
    items = json.loads(build_exports(check_project(sheet2))["annotations.jsonld"])[
        "first"]["items"]
    source = next(i for i in items if i["id"] == "facts.json#opening")["target"]["source"]
    assert re.fullmatch(r"urn:sha256:[0-9a-f]{64}", source)


def test_the_built_site_and_its_search_index_hold_only_the_quoted_sentences(
        tmp_path: Path) -> None:
    sheet, shared = _outside(tmp_path)
    _not_republished(sheet)
    out = tmp_path / "out"
    result = build(sheet, out)
    assert result.returncode == 0, result.stderr
    built = "\n".join(p.read_text("utf-8", errors="replace") for p in out.rglob("*")
                      if p.is_file() and p.suffix in (".html", ".json", ".jsonld", ".csv",
                                                      ".txt", ".xml"))
    article = (shared / "a1_harbour.txt").read_text("utf-8")
    shown = quoted_sentences(sheet, "a1_harbour.txt", article)
    assert QUOTED in shown and QUOTED in built
    hidden = [sentence for line in article.splitlines()[1:]  # [0]: the registry's title
              for sentence in re.split(r"(?<=[.!?])\s+", line.strip())
              if len(sentence.split()) >= 4 and not any(sentence in s for s in shown)]
    assert hidden, "the fixture article holds sentences no fact quotes"
    for sentence in hidden:
        assert sentence not in built, sentence
    assert not (out / "sources" / "a1_harbour.txt").exists()
    assert (out / "sources" / "a2_ledger.txt").exists()


def test_a_path_from_the_repository_root_holds_wherever_the_sheet_sits(
        tmp_path: Path) -> None:
    """``sources_dir_from: repository``: the same path for a sheet at any depth."""
    sheet, _ = _outside(tmp_path)
    make_repository(tmp_path / "repo")
    registry = sheet / "facts" / "sources.yml"
    text = registry.read_text("utf-8").replace(
        "sources_dir: ../../shared/bridge\n",
        "sources_dir: ../shared/bridge\nsources_dir_from: repository\n", 1)
    registry.write_text(text, "utf-8")
    assert check_project(sheet).ok, _errors(sheet)
    deeper = tmp_path / "repo" / "sheets" / "2024" / "bridge"
    shutil.move(sheet, deeper)
    assert check_project(deeper).ok, _errors(deeper)
    # Outside any repository the path has nothing to start from: R204 says so, at the key.
    alone = tmp_path / "alone" / "bridge"
    shutil.move(deeper, alone)
    r204 = [p for p in check_project(alone).report.errors if p.code == "R204"]
    assert len(r204) == 1 and "is in no git repository" in r204[0].message
    assert r204[0].position.line == 1 and "FACTSHEET_SOURCES_DIR" in r204[0].message


def test_the_environment_names_this_machine_s_folder(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """FACTSHEET_SOURCES_DIR wins over the registry's path, absolute or not; a wrong one is
    R204 naming the variable, and unsetting it reads ``sources_dir:`` again."""
    sheet, shared = _outside(tmp_path)
    moved = tmp_path / "elsewhere" / "articles"
    shutil.move(shared, moved)
    assert any(p.code == "R204" for p in check_project(sheet).report.errors)
    monkeypatch.setenv("FACTSHEET_SOURCES_DIR", str(moved))
    assert check_project(sheet).ok, _errors(sheet)
    monkeypatch.setenv("FACTSHEET_SOURCES_DIR", str(tmp_path / "nowhere"))
    r204 = [p for p in check_project(sheet).report.errors if p.code == "R204"]
    assert len(r204) == 1 and "named by FACTSHEET_SOURCES_DIR" in r204[0].message
    assert "or unset it" in r204[0].hint
    # A sheet that keeps its articles in facts/sources ignores the variable.
    own = copy_project(FIXTURES / "other_topic", tmp_path / "own")
    assert check_project(own).ok, _errors(own)
