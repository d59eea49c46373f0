"""Hostile inputs finish with clear errors, and the work they cost is bounded by a count.

Each input comes from :mod:`benchmarks.hostile` (``make bench`` times them at the issue's
sizes). The bounds are counts of calls or characters, never the clock: a quadratic
algorithm would exceed them by orders of magnitude at these sizes.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import rapidfuzz.fuzz
import rapidfuzz.process

from benchmarks import hostile
from generator.check import context
from generator.check.context import (
    MAX_CANDIDATES,
    MAX_OCCURRENCES,
    MAX_QUOTE_CHARS,
    whole_occurrences,
)
from generator.check.pipeline import check_project
from generator.check.rules import c501_conflict, q301_quote_not_found
from generator.check.rules import e701_free_text_unbacked as e701
from generator.model import validate


def project(tmp_path: Path, kind: str, size: int) -> Path:
    root = tmp_path / kind
    hostile.KINDS[kind](root, size)
    return root


def counting(monkeypatch: pytest.MonkeyPatch, owner: object, name: str,
             weigh: Callable[..., int] = lambda *a, **k: 1) -> list[int]:
    """Wrap ``owner.name`` so that each call adds ``weigh(*args)`` to the returned list."""
    original = getattr(owner, name)
    calls: list[int] = []

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        calls.append(weigh(*args, **kwargs))
        return original(*args, **kwargs)

    monkeypatch.setattr(owner, name, wrapper)
    return calls


def test_agreeing_facts_are_compared_once_each(tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    size = 3_000  # every pair would be 4.5 million comparisons
    calls = counting(monkeypatch, c501_conflict, "comparable")
    result = check_project(project(tmp_path, "agreeing", size))
    assert len(result.validated.facts) == size
    assert not [p for p in result.report if p.code == "C501"]
    assert result.conflicts == []
    assert len(calls) == size


@pytest.mark.parametrize(("values", "disagree"), [
    ([("a", 400), ("b", 400), ("a", 400)], False),
    ([("a", 400), ("a", 402)], False),  # one article's own account
    ([("a", 400), ("b", 402)], True),
    ([("a", 400), ("a", 402), ("b", 400)], True),
    ([("a", 400), ("b", 400), ("b", 402), ("a", 402)], True),
])
def test_grouping_by_value_finds_the_same_disagreements_as_every_pair(
        tmp_path: Path, values: list[tuple[str, int]], disagree: bool) -> None:
    article = f"{hostile.SENTENCE} It can reach 402 kilometers, some say.\n".encode()
    facts = [hostile._fact(i, f"{source}.txt", hostile.SENTENCE.rstrip(".") if amount == 400
                           else "It can reach 402 kilometers, some say",
                           f"{{kind: quantity, amount: {amount}, unit: km}}", prop="range")
             for i, (source, amount) in enumerate(values)]
    root = tmp_path / "p"
    hostile._write(root, {"a.txt": article, "b.txt": article}, facts)
    result = check_project(root)
    assert bool(result.conflicts) is disagree, [p.text for p in result.report]


def test_a_quote_over_the_limit_is_refused_and_never_searched(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    aligned = counting(monkeypatch, rapidfuzz.fuzz, "partial_ratio_alignment")
    searched = counting(monkeypatch, context, "whole_occurrences")
    result = check_project(project(tmp_path, "long-quote", 160_000))
    assert [(p.code, p.position.line) for p in result.report] == [("Q305", 6)]
    assert "160,000 characters long; at most 2,000" in next(iter(result.report)).text
    assert aligned == [] and searched == []


def test_a_long_quote_not_found_costs_at_most_the_article_length_times_the_quote(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    aligned = counting(monkeypatch, rapidfuzz.fuzz, "partial_ratio_alignment",
                       lambda a, b, **_: len(a) * len(b))
    windows = counting(monkeypatch, rapidfuzz.process, "extractOne",
                       lambda q, choices, **_: len(q) * sum(map(len, choices)))
    root = project(tmp_path, "near-quote", 6)
    article = len((root / "facts" / "sources" / "a.txt").read_bytes())
    result = check_project(root)
    problems = list(result.report)
    assert [p.code for p in problems] == ["Q301"] * 6
    assert not any("100% similar" in p.text for p in problems)
    assert "closest passage in a.txt line 1" in problems[0].text
    assert "budget for suggestions is spent" in problems[-1].text
    spent = sum(windows) + sum(aligned)
    # The windows scan the article once per quote; the fine alignment covers 3 windows.
    assert spent <= q301_quote_not_found.SUGGESTION_BUDGET + 4 * MAX_QUOTE_CHARS * article
    assert len(windows) <= q301_quote_not_found.SUGGESTION_BUDGET // (
        MAX_QUOTE_CHARS * article // 2)


def test_looking_for_invisible_characters_reads_only_those_beyond_ascii(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each quote not found asks whether an invisible character is why; the article (2 MB
    in the benchmark) is not walked a character at a time for each of them."""
    from generator.check.rules import y008_hidden_text

    looked = counting(monkeypatch, y008_hidden_text, "_invisible")
    root = project(tmp_path, "near-quote", 6)
    text = (root / "facts" / "sources" / "a.txt").read_text(encoding="utf-8")
    quotes = (root / "facts" / "hostile.yml").read_text(encoding="utf-8")
    beyond = sum(1 for c in text if not c.isascii())
    assert [p.code for p in check_project(root).report] == ["Q301"] * 6
    assert len(looked) <= 6 * beyond + sum(1 for c in quotes if not c.isascii())
    assert len(text) > 100 * max(1, len(looked))


def test_a_quote_longer_than_its_article_is_not_called_identical(tmp_path: Path) -> None:
    article = f"{hostile.SENTENCE}\n".encode()
    quote = hostile.SENTENCE + " And it was sold to Turkey for two billion dollars."
    root = tmp_path / "p"
    hostile._write(root, {"a.txt": article},
                   [hostile._fact(0, "a.txt", quote, '{kind: text, text: "Turkey"}')])
    problem = next(iter(check_project(root).report))
    assert problem.code == "Q301"
    assert "100% similar" not in problem.text and "% similar" in problem.text


@pytest.mark.parametrize("kind", ["registry-numbers", "hex-amounts"])
def test_invalid_entries_report_each_and_build_one_set_per_file(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kind: str) -> None:
    size = 2_000
    calls = counting(monkeypatch, validate, "refused_positions")
    result = check_project(project(tmp_path, kind, size))
    code = "S103" if kind == "registry-numbers" else "Y004"
    assert len([p for p in result.report if p.code == code]) == size
    assert len(calls) <= 3  # the registry, the page map, one fact file


def test_a_common_word_quoted_over_and_over_is_searched_within_a_budget(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    size = 40
    original = context.whole_occurrences
    work: list[int] = []

    def measured(haystack: str, needle: str, *args: Any) -> tuple[list[int], int]:
        found, count = original(haystack, needle, *args)
        work.append(count)
        return found, count

    monkeypatch.setattr(context, "whole_occurrences", measured)
    result = check_project(project(tmp_path, "common-word", size))
    repeated = [p for p in result.report if p.code == "Q303"]
    assert len(repeated) == size
    assert f"at least {MAX_OCCURRENCES} times" in repeated[0].text
    assert len(work) == size  # once per quote, however many rules ask
    assert max(work) <= MAX_CANDIDATES


@pytest.mark.parametrize(("haystack", "needle", "found", "most"), [
    ("a" * 200_000, "a" * 1_000, [], 2),  # one huge word: skipped whole
    ("the " * 100_000, "the the the", list(range(0, 4 * MAX_OCCURRENCES, 4)), MAX_OCCURRENCES),
    ("xthe " * 100_000, "the xthe", [], MAX_CANDIDATES),
    ("of 400 km, of 40 km", "of 40", [11], 2),
])
def test_whole_occurrences_stop_at_their_bounds(haystack: str, needle: str, found: list[int],
                                                most: int) -> None:
    starts, examined = whole_occurrences(haystack, needle)
    assert starts == found
    assert examined <= most


def test_a_run_on_article_full_of_figures_is_read_in_bounded_work(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Coverage (C504) places each of thousands of mentions in its "sentence": with no
    sentence break the line is one sentence, and copying it whole per mention was quadratic."""
    from generator.check import coverage
    from generator.check.rules import c504_unaccounted_mention

    root = project(tmp_path, "figure-article", 60_000)
    tidied = counting(monkeypatch, c504_unaccounted_mention, "shorten",
                      lambda text, *a, **k: len(text))
    placed: list[int] = []
    original = coverage._Locator.__call__

    def locate(self: Any, start: int, end: int) -> tuple[int, int, str]:
        found = original(self, start, end)
        placed.append(len(found[2]))
        return found

    monkeypatch.setattr(coverage._Locator, "__call__", locate)
    result = check_project(root)
    mentions = [p for p in result.report.warnings if p.code == "C504"]
    assert len(mentions) > 1_000 and not result.report.errors
    assert len(placed) >= len(mentions)
    assert max(placed) <= coverage.SENTENCE_WINDOW  # never the whole 60 kB line
    assert max(tidied) <= coverage.SENTENCE_WINDOW  # messages quote the window, not the line


def test_shorten_never_tidies_more_than_it_can_show() -> None:
    from generator.check.reporter import shorten

    class Whole(str):
        def split(self, *args: Any, **kwargs: Any) -> list[str]:
            raise AssertionError("the whole text was split")

    text = Whole("word " * 200_000)
    assert shorten(text, 40) == ("word " * 8).strip()[:39].rstrip() + "…"
    assert shorten("a  b\n c") == "a b c"


def test_each_free_text_is_read_once_per_check(tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    # A property or event is written on many facts ("contract signed"): E701 reads each
    # text once per check, not once per fact that carries it.
    root = tmp_path / "corpus"
    subprocess.run([sys.executable, "-m", "benchmarks.corpus", str(root), "--facts", "300",
                    "--sources", "30", "--seed", "0"], cwd=Path(__file__).parent.parent,
                   check=True, capture_output=True)
    texts: list[str] = []
    counting(monkeypatch, e701, "analyse", lambda text, *_: texts.append(text) or 1)
    result = check_project(root)
    carried = [text for entry in result.validated.facts for key in e701.FACT_FIELDS
               if (text := getattr(entry.model, key))]
    assert len(set(carried)) < len(carried)  # the corpus repeats texts, as sheets do
    assert set(carried) <= set(texts)  # every fact's text is read
    assert len(texts) == len(set(texts))  # and each one once
