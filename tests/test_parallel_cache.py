"""Checking fact files in parallel, or from the cache, gives exactly the serial result.

The corpus comes from :mod:`benchmarks.corpus` and is then broken in the ways editors
break fact sheets (wrong quotes and values, an id used in two files, a quote cut short,
an edited article), so that the report holds problems of many rules in many files.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from generator.check import parallel
from generator.check.cache import CACHE_DIR, ResultCache
from generator.check.pipeline import check_project
from generator.check.verify import CheckResult

ROOT = Path(__file__).resolve().parent.parent


def generate(out: Path, facts: int = 400, sources: int = 40) -> Path:
    subprocess.run([sys.executable, "-m", "benchmarks.corpus", str(out), "--facts", str(facts),
                    "--sources", str(sources), "--seed", "3"],
                   cwd=ROOT, check=True, capture_output=True)
    return out


def split(root: Path, parts: int = 4) -> None:
    """Cut the big fact file into several, so that there are files to share out."""
    path = root / "facts" / "specs-0001.yml"
    head, *facts = path.read_text(encoding="utf-8").split("\n  - id: ")
    size = len(facts) // parts + 1
    for number in range(parts):
        chunk = facts[number * size:(number + 1) * size]
        (root / "facts" / f"specs-part{number}.yml").write_text(
            head + "".join(f"\n  - id: {fact}" for fact in chunk), encoding="utf-8")
    path.unlink()
    site = root / "facts" / "site.yml"
    text = site.read_text(encoding="utf-8")
    names = ", ".join(f"specs-part{n}.yml" for n in range(parts))
    site.write_text(re.sub(r"specs-0001\.yml", names, text), encoding="utf-8")


def break_facts(root: Path) -> None:
    facts = root / "facts"
    first = facts / "specs-part0.yml"
    text = first.read_text(encoding="utf-8")
    text = text.replace("is designed to last", "is designed to survive", 1)  # Q301
    text = re.sub(r"amount: (\d+), unit", lambda m: f"amount: {int(m[1]) + 1}, unit", text,
                  count=2)  # V401
    first.write_text(text, encoding="utf-8")
    second = facts / "specs-part1.yml"
    ident = re.search(r"- id: (\S+)", first.read_text(encoding="utf-8"))
    assert ident is not None
    text = second.read_text(encoding="utf-8")
    second.write_text(re.sub(r"- id: \S+", f"- id: {ident[1]}", text, count=1),
                      encoding="utf-8")  # S104 across files
    third = facts / "specs-part2.yml"
    third.write_text(third.read_text(encoding="utf-8").replace("quote: \"", "quote: \"x", 1),
                     encoding="utf-8")  # cut inside a word


def signature(result: CheckResult) -> tuple[Any, ...]:
    report = [(p.code, p.severity, str(p.position), p.text, p.fact_id) for p in result.report]
    return (report, result.located, result.failed_facts, result.conflicts, result.uncited,
            [e.model.id for e in result.validated.facts], result.validated.fact_files,
            sorted(result.articles), result.coverage.mentions, result.coverage.stale)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = generate(tmp_path_factory.mktemp("parallel") / "corpus")
    split(root)
    break_facts(root)
    return root


def forks(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Let the runner fork even in small files, and count the forks."""
    monkeypatch.setattr(parallel, "MIN_FORKED_FACTS", 1)
    monkeypatch.setattr(parallel, "MIN_FORKED_ARTICLES", 1)
    monkeypatch.setattr(parallel, "can_fork", lambda: sys.platform.startswith("linux"))
    counted: list[int] = []
    original = os.fork

    def counting() -> int:
        pid = original()
        if pid:
            counted.append(pid)
        return pid

    monkeypatch.setattr(parallel.os, "fork", counting)
    return counted


def test_the_corpus_has_problems_of_many_rules_in_many_files(corpus: Path) -> None:
    result = check_project(corpus)
    codes = {p.code for p in result.report}
    assert {"Q301", "V401", "S104"} <= codes, codes
    assert len({p.position.path for p in result.report}) >= 3


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="forks only on Linux")
@pytest.mark.parametrize("jobs", [2, 3])
def test_parallel_output_is_the_serial_output(corpus: Path, jobs: int,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    serial = signature(check_project(corpus))
    counted = forks(monkeypatch)
    assert signature(check_project(corpus, jobs=jobs)) == serial
    # Four specs parts and the timeline, and the articles' readings in jobs - 1 children.
    assert len(counted) == 5 + jobs - 1


def test_a_child_that_dies_is_redone_here(corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    serial = signature(check_project(corpus))
    forks(monkeypatch)
    monkeypatch.setattr(parallel.pickle, "dumps", lambda *a, **k: 1 / 0)  # fails in the child
    assert signature(check_project(corpus, jobs=2)) == serial


def test_small_input_is_checked_in_this_process(corpus: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    counted = forks(monkeypatch)
    monkeypatch.setattr(parallel, "MIN_FORKED_FACTS", 10_000)
    monkeypatch.setattr(parallel, "MIN_FORKED_ARTICLES", 10_000)
    check_project(corpus, jobs=2)
    assert counted == []


def copy_of(corpus: Path, tmp_path: Path) -> Path:
    """A copy of the corpus that a test may edit and cache in."""
    root = tmp_path / "copy"
    shutil.copytree(corpus, root)
    return root


def hits(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    found: list[bool] = []
    original = ResultCache.get

    def get(self: ResultCache, key: str, count: int) -> Any:
        result = original(self, key, count)
        found.append(result is not None)
        return result

    monkeypatch.setattr(ResultCache, "get", get)
    return found


def test_a_warm_cache_gives_the_cold_result_on_a_mutated_corpus(
        corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = copy_of(corpus, tmp_path)
    found = hits(monkeypatch)
    cold = signature(check_project(root, cache=True))
    assert found == [False] * 5 and (root / CACHE_DIR).is_dir()
    found.clear()
    assert signature(check_project(root, cache=True)) == cold
    assert found == [True] * 5
    # Mutate: a fact file, an article one file cites (its pin now fails), the registry.
    part = root / "facts" / "specs-part3.yml"
    part.write_text(part.read_text(encoding="utf-8").replace("quote: \"", "quote: \"y", 2),
                    encoding="utf-8")
    cited = re.search(r"source: (\S+)", (root / "facts" / "timeline-0001.yml").read_text(
        encoding="utf-8"))
    assert cited is not None
    article = root / "facts" / "sources" / cited[1]
    article.write_text(article.read_text(encoding="utf-8").replace(" the ", " a ", 3),
                       encoding="utf-8")
    changed = {"specs-part3.yml", "timeline-0001.yml"} | {
        path.name for path in (root / "facts").glob("specs-part*.yml")
        if f"source: {cited[1]}" in path.read_text(encoding="utf-8")}
    files = [f"specs-part{n}.yml" for n in range(4)] + ["timeline-0001.yml"]
    found.clear()
    warm = signature(check_project(root, cache=True))
    assert found == [name not in changed for name in files]
    assert len(changed) < len(files)
    assert warm == signature(check_project(root))
    registry = root / "facts" / "sources.yml"
    registry.write_text(registry.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    found.clear()
    assert signature(check_project(root, cache=True, jobs=2)) == signature(check_project(root))
    assert found == [False] * 5


def test_a_corrupt_cache_entry_is_a_miss(corpus: Path, tmp_path: Path) -> None:
    root = copy_of(corpus, tmp_path)
    cold = signature(check_project(root, cache=True))
    for entry in (root / CACHE_DIR).iterdir():
        entry.write_text('{"key": "nope", "problems": [], "spans": []}', encoding="utf-8")
    assert signature(check_project(root, cache=True)) == cold


def test_the_cache_is_off_unless_asked_and_the_flag_wins(corpus: Path, tmp_path: Path) -> None:
    root = copy_of(corpus, tmp_path)
    environment = {k: v for k, v in os.environ.items() if k != "FACTCHECK_CACHE"}

    def run(*args: str, **env: str) -> None:
        subprocess.run([sys.executable, "-m", "generator", "check", "--root", str(root), *args],
                       cwd=ROOT, capture_output=True, env={**environment, **env}, check=False)

    run()
    assert not (root / ".cache").exists()
    run("--no-cache", FACTCHECK_CACHE="1")
    assert not (root / ".cache").exists()
    run(FACTCHECK_CACHE="1")
    articles = len(list((root / "facts" / "sources").iterdir()))
    assert len(list((root / CACHE_DIR).iterdir())) == 5 + articles  # files, then articles


def reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Count the articles whose figures and dates are read (not taken from the cache)."""
    import generator.check.coverage

    found: list[str] = []
    original = generator.check.coverage.read_sites

    def read_sites(view: Any, number_format: str = "decimal-point") -> Any:
        found.append(view.article.name)
        return original(view, number_format)

    monkeypatch.setattr(generator.check.coverage, "read_sites", read_sites)
    return found


def test_the_articles_readings_are_cached_per_article(
        corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = copy_of(corpus, tmp_path)
    read = reads(monkeypatch)
    cold = signature(check_project(root, cache=True))
    articles = sorted(path.name for path in (root / "facts" / "sources").iterdir())
    assert sorted(read) == articles
    read.clear()
    assert signature(check_project(root, cache=True)) == cold
    assert read == []
    article = root / "facts" / "sources" / articles[1]
    article.write_text(article.read_text(encoding="utf-8").replace(" the ", " a ", 3),
                       encoding="utf-8")
    assert signature(check_project(root, cache=True)) == signature(check_project(root))
    assert read == [articles[1], *articles]  # the edited one, then all of them uncached
    for entry in (root / CACHE_DIR).iterdir():  # a corrupt entry is read again, not trusted
        entry.write_text('{"key": "nope", "sites": [["date", 0, 1, 1, 1, "x"]]}',
                         encoding="utf-8")
    read.clear()
    assert signature(check_project(root, cache=True)) == signature(check_project(root))
    assert len(read) == 2 * len(articles)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="forks only on Linux")
def test_a_forked_map_keeps_the_order_and_redoes_a_failed_child(
        monkeypatch: pytest.MonkeyPatch) -> None:
    counted = forks(monkeypatch)
    here = os.getpid()

    def square_or_die(number: int) -> int:
        if number == 7 and os.getpid() != here:
            os._exit(3)  # this child dies; its chunk is redone in this process
        return number * number

    # Ten items in at most ``children`` chunks: 0 forks none, 3 forks 3 (4 + 4 + 2), and
    # 20 forks one per item.
    for children, forked in ((0, 0), (1, 1), (3, 3), (20, 10)):
        counted.clear()
        work = parallel.ForkedMap(square_or_die, list(range(10)), children)
        assert len(counted) == forked
        assert work.results() == [n * n for n in range(10)]
    counted.clear()
    assert parallel.ForkedMap(square_or_die, [], 2).results() == []
    assert counted == []
