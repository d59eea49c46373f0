"""``serve``'s incremental rebuild (:mod:`generator.check.incremental`): after each kind of
edit, what a process that built the sheet before publishes is what a cold build of the same
inputs publishes, byte for byte, and only the edited YAML file is composed again."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

import pytest
from sitetools import REPO, copy_project

from generator.check.formats.text import render as render_report
from generator.check.incremental import CheckMemo
from generator.site import render
from generator.site.generate import docs_folder, generate


def published(root: Path, memo: CheckMemo | None) -> dict[str, bytes]:
    """Everything the sheet publishes: the check's report, and each file of the docs folder."""
    generation = generate(root, True, memo=memo)
    out = {"report": render_report(generation.pageset.result.report).encode("utf-8")}
    if generation.ok:
        out.update(docs_folder(root, generation))
    return out


def cold(root: Path) -> dict[str, bytes]:
    render._EVIDENCE_CACHE.clear()  # a fresh process would start without it
    return published(root, None)


def replace_once(path: Path, old: str, new: str) -> None:
    text = path.read_text("utf-8")
    assert text.count(old) >= 1, old
    path.write_text(text.replace(old, new, 1), "utf-8")


def edit_value(root: Path) -> None:  # a value the quote does not state: the check refuses it
    replace_once(root / "facts" / "deals.yml", "amount: 2, scale: billion",
                 "amount: 3, scale: billion")


def edit_quote(root: Path) -> None:  # a shorter quote, still verbatim and still supporting
    replace_once(root / "facts" / "deals.yml",
                 'quote: "the contract with Turkey on the sales of S-400 Triumf systems exceeded '
                 'two billion US dollars"',
                 'quote: "S-400 Triumf systems exceeded two billion US dollars"')


def new_fact(root: Path) -> None:
    with (root / "facts" / "deals.yml").open("a", encoding="utf-8") as handle:
        handle.write(
            "\n  - id: contract-value-again\n"
            "    source: 002_23fc4c3bdc32fffa.txt\n"
            "    subject: S-400 contract\n"
            "    property: value\n"
            '    quote: "the contract with Turkey on the sales of S-400 Triumf systems exceeded '
            'two billion US dollars"\n'
            "    value: {kind: money, amount: 2, scale: billion, currency: USD, qualifier: over}\n"
            "    stance: reported\n")


def deleted_fact(root: Path) -> None:
    path = root / "facts" / "deals.yml"
    text = path.read_text("utf-8")
    start = text.index("  - id: contract-loan-currency\n")
    end = text.index("  - id: ", start + 1)
    path.write_text(text[:start] + text[end:], "utf-8")


def repinned_article(root: Path) -> None:
    from generator.commands.pin import pin

    article = root / "facts" / "sources" / "004_02d57c4907b5fe8b.txt"
    article.write_bytes(article.read_bytes() + b"\nA sentence added after the article.\n")
    assert pin(root) == 0


def site_title(root: Path) -> None:
    replace_once(root / "facts" / "site.yml", 'title: "S-400 and Turkey: a checked fact sheet"',
                 'title: "S-400 and Turkey: the checked fact sheet"')


EDITS: dict[str, Callable[[Path], None]] = {
    "value": edit_value, "quote": edit_quote, "new fact": new_fact,
    "deleted fact": deleted_fact, "article re-pinned": repinned_article, "site.yml": site_title}


@pytest.fixture()
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    monkeypatch.delenv("GITHUB_REPOSITORY", raising=False)
    return copy_project(REPO, tmp_path / "project")


@pytest.mark.parametrize("kind", list(EDITS))
def test_after_an_edit_the_incremental_build_is_the_cold_one(project: Path, kind: str) -> None:
    memo = CheckMemo()
    before = published(project, memo)
    assert before == cold(project), "a first build with a memo is a cold build"
    EDITS[kind](project)
    after = published(project, memo)
    expected = cold(project)
    assert after.keys() == expected.keys()
    for name in expected:
        assert after[name] == expected[name], name
    assert after != before, "the edit shows"
    # Only the edited YAML file is composed again (the registry, after a re-pin).
    assert memo.composed == 1


def test_the_memo_skips_the_unchanged_files_per_fact_rules(project: Path) -> None:
    memo = CheckMemo()
    published(project, memo)
    edit_quote(project)
    assert _digest(published(project, memo)) == _digest(cold(project))
    # specs.yml's and timeline.yml's verdicts, and the five articles' figures and dates.
    assert memo.store.hits == 2 + 5
    assert memo.composed == 1


def test_an_edit_undone_is_the_first_build_again(project: Path) -> None:
    memo = CheckMemo()
    first = published(project, memo)
    path = project / "facts" / "specs.yml"
    original = path.read_bytes()
    path.write_bytes(original + b"\n# a comment\n")
    published(project, memo)
    path.write_bytes(original)
    assert published(project, memo) == first


def _digest(files: dict[str, bytes]) -> dict[str, str]:
    return {name: hashlib.sha256(data).hexdigest() for name, data in files.items()}


def test_in_a_changed_file_only_the_changed_facts_are_checked_again(project: Path) -> None:
    memo = CheckMemo()
    published(project, memo)
    # A note changed on one fact, on the same line: every other fact keeps its key.
    replace_once(project / "facts" / "deals.yml",
                 'note: "Sergei Chemezov, Director General of Rostec',
                 'note: "Sergei Chemezov, the Director General of Rostec')
    assert published(project, memo) == cold(project)
    assert memo.composed == 1
    assert memo.rechecked == 1
    # A line added above a fact moves it and every fact after it: they are checked again.
    replace_once(project / "facts" / "deals.yml", "  - id: contract-advance-payment\n",
                 "  # moved\n  - id: contract-advance-payment\n")
    assert published(project, memo) == cold(project)
    in_file = (project / "facts" / "deals.yml").read_text("utf-8").count("\n  - id: ")
    assert 1 < memo.rechecked < in_file
    # Another file's edit next: its facts' verdicts were kept while deals.yml changed.
    replace_once(project / "facts" / "specs.yml", "the quote keeps its spelling.",
                 "the quote keeps its own spelling.")
    assert published(project, memo) == cold(project)
    assert memo.rechecked == 1


def test_serve_rebuilds_the_site_a_cold_build_makes(project: Path, tmp_path: Path) -> None:
    """MkDocs as serve runs it (the plugin kept, with its memo and compiled templates):
    after an edit, every file of the site is the one a cold ``mkdocs build`` writes."""
    import subprocess
    import sys

    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    from generator.site.incremental import TemplateCode

    config_file = str(project / "mkdocs.yml")
    served = tmp_path / "served"
    started = load_config(config_file=config_file, site_dir=str(served))
    started.plugins.on_startup(command="serve", dirty=False)
    plugin = started.plugins["factsheet"]
    try:
        build(load_config(config_file=config_file, site_dir=str(served)))
        assert isinstance(plugin.templates, TemplateCode) and plugin.templates.stored
        edit_quote(project)
        build(load_config(config_file=config_file, site_dir=str(served)))
        assert plugin.memo is not None and plugin.memo.composed == 1
    finally:  # MkDocs keeps the plugin for the whole process: later builds are not serve's
        started.plugins.on_startup(command="build", dirty=False)
    cold_site = tmp_path / "cold"
    subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q", "-f", config_file, "-d",
                    str(cold_site)], check=True, cwd=project)
    files = {p.relative_to(cold_site).as_posix() for p in cold_site.rglob("*") if p.is_file()}
    assert files == {p.relative_to(served).as_posix() for p in served.rglob("*") if p.is_file()}
    for name in sorted(files):
        assert (served / name).read_bytes() == (cold_site / name).read_bytes(), name
