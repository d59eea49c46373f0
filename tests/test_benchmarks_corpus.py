"""The synthetic benchmark corpus is a clean fact sheet, covers every kind, and is reproducible.

``make bench`` measures the checker on corpora from :mod:`benchmarks.corpus`; the numbers
mean something only if the checker passes them, so that is what is tested here, on a small
corpus. No timings are asserted.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
FACTS, SOURCES = 60, 6


def generate(out: Path, seed: int = 0, facts: int = FACTS, sources: int = SOURCES) -> Path:
    subprocess.run(
        [sys.executable, "-m", "benchmarks.corpus", str(out), "--facts", str(facts),
         "--sources", str(sources), "--seed", str(seed)],
        cwd=ROOT, check=True, capture_output=True, text=True)
    return out


def tree(root: Path) -> dict[str, bytes | None]:
    """Every path under ``root`` with its bytes (None for a folder)."""
    return {path.relative_to(root).as_posix(): None if path.is_dir() else path.read_bytes()
            for path in sorted(root.rglob("*"))}


def all_facts(root: Path) -> list[dict[str, Any]]:
    facts: list[dict[str, Any]] = []
    for path in sorted((root / "facts").glob("*.yml")):
        if path.name not in ("sources.yml", "site.yml"):
            facts.extend(yaml.safe_load(path.read_text(encoding="utf-8"))["facts"])
    return facts


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return generate(tmp_path_factory.mktemp("bench") / "corpus")


def test_the_check_passes(corpus: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "generator", "check", "--root", str(corpus)],
        cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 errors" in result.stderr
    assert f"{FACTS} facts from {SOURCES} sources" in result.stderr


def test_every_value_kind_is_present(corpus: Path) -> None:
    facts = all_facts(corpus)
    assert len(facts) == FACTS
    kinds = {fact["value"]["kind"] for fact in facts}
    assert kinds == {"quantity", "money", "date", "text", "list"}
    assert any("relative" in fact["value"] for fact in facts), "no relative date"
    assert any(fact["value"].get("qualifier") for fact in facts), "no qualifier"
    assert {fact["source"] for fact in facts} == {
        path.name for path in (corpus / "facts" / "sources").iterdir()}


def test_timeline_facts_have_events_and_the_page_map_covers_every_file(corpus: Path) -> None:
    site = yaml.safe_load((corpus / "facts" / "site.yml").read_text(encoding="utf-8"))
    kinds = {page["kind"] for page in site["pages"]}
    assert kinds == {"table", "timeline"}
    placed = {name for page in site["pages"] for name in page["files"]}
    files = {p.name for p in (corpus / "facts").glob("*.yml")} - {"sources.yml", "site.yml"}
    assert placed == files
    timeline = next(page for page in site["pages"] if page["kind"] == "timeline")
    for name in timeline["files"]:
        facts = yaml.safe_load((corpus / "facts" / name).read_text(encoding="utf-8"))["facts"]
        assert all(fact.get("event") for fact in facts)


def test_articles_are_about_three_kilobytes(corpus: Path) -> None:
    sizes = [len(p.read_bytes()) for p in (corpus / "facts" / "sources").iterdir()]
    assert len(sizes) == SOURCES
    assert all(2_000 <= size <= 5_000 for size in sizes), sizes


def test_the_same_seed_gives_the_same_bytes(corpus: Path, tmp_path: Path) -> None:
    again = generate(tmp_path / "again")
    assert tree(again) == tree(corpus)


def test_another_seed_gives_another_corpus(corpus: Path, tmp_path: Path) -> None:
    other = generate(tmp_path / "other", seed=1)
    assert tree(other) != tree(corpus)
    assert tree(other).keys() != tree(corpus).keys()  # new articles, so new pinned names


def test_a_folder_that_is_not_a_corpus_is_never_replaced(tmp_path: Path) -> None:
    (tmp_path / "precious.txt").write_text("keep me", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "benchmarks.corpus", str(tmp_path), "--facts", "10",
         "--sources", "1"], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 2
    assert (tmp_path / "precious.txt").read_text(encoding="utf-8") == "keep me"


def strict_build(project: Path, site: Path) -> subprocess.CompletedProcess[str]:
    """``mkdocs build --strict`` without ``--quiet``, which would let warnings pass."""
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f",
         str(project / "mkdocs.yml"), "-d", str(site)],
        cwd=project, capture_output=True, text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})


def test_the_site_builds_strictly(corpus: Path, tmp_path: Path) -> None:
    result = strict_build(corpus, tmp_path / "site")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "WARNING" not in result.stderr
    assert (tmp_path / "site" / "projects" / "index.html").is_file()
    assert (tmp_path / "site" / "timeline" / "index.html").is_file()


def test_a_warning_fails_the_strict_build(corpus: Path, tmp_path: Path) -> None:
    """The build above would pass whatever it warned about if warnings did not fail it."""
    broken = tmp_path / "broken"
    shutil.copytree(corpus, broken)
    (broken / "docs").mkdir(exist_ok=True)
    (broken / "docs" / "notes.md").write_text("# Notes\n\nSee [a page](missing.md).\n",
                                              encoding="utf-8")
    result = strict_build(broken, tmp_path / "site")
    assert result.returncode == 1, result.stdout + result.stderr
    assert "WARNING" in result.stderr and "missing.md" in result.stderr


def test_the_runner_keeps_only_the_tail_of_a_child_output_and_every_code() -> None:
    """A check prints a line per problem; the runner must not hold it all (a new process
    inherits the peak memory of the one that starts it, so ours would show in each row)."""
    from benchmarks.run import KEPT_OUTPUT, measure

    script = ("import sys\nprint('f.yml:1:1: warning[C504] first')\n"
              "for n in range(100_000): print(f'f.yml:{n}:1: error[Q301] the quote is not "
              "in the article')\nprint('done', file=sys.stderr)")
    sample = measure([sys.executable, "-c", script])
    assert sample.returncode == 0
    assert sample.codes == {"C504", "Q301"}
    assert len(sample.stdout) <= KEPT_OUTPUT
    assert sample.stdout.rstrip().endswith("error[Q301] the quote is not in the article")
    assert sample.stderr.strip() == "done"
