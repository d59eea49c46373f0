"""``draft`` over the whole real corpus: given only each fact's source and quote, it
proposes a fact that passes the check with the value the corpus holds, or says why not."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from factcheck_helpers import REPO, run_cli

from generator.check.pipeline import check_project
from generator.commands.draft import TEXT_BY_HAND, WHY_NO_READING, draft
from generator.model import Text, TextList

CORPUS = check_project(REPO)
FACTS = [entry.model for entry in CORPUS.validated.facts]


def plain(value: dict[str, Any]) -> dict[str, Any]:
    out = {}
    for key, item in value.items():
        if item is None or (key == "qualifier" and item == "exact"):
            continue
        if isinstance(item, Decimal | int) and not isinstance(item, bool):
            item = Decimal(item).normalize()
        out[key] = item
    return out


@pytest.mark.parametrize("fact", FACTS, ids=[fact.id for fact in FACTS])
def test_draft_reproduces_every_fact_or_says_why_not(fact: Any) -> None:
    outcome = draft(REPO, fact.source, fact.quote)
    held = plain(fact.value.model_dump())
    proposed = [plain(value) for value in outcome.passing]
    if isinstance(fact.value, Text | TextList):
        # A name is not read out of a sentence: the draft says why (or proposes a figure or
        # date of the same quote); given the words, it verifies and proposes that value.
        assert held not in proposed
        assert outcome.passing or outcome.problem == WHY_NO_READING, outcome
        words = draft(REPO, fact.source, fact.quote,
                      text=getattr(fact.value, "text", None),
                      items=getattr(fact.value, "items", None))
        assert [plain(value) for value in words.passing] == [held], words
        return
    assert not outcome.problem, outcome.problem
    assert held in proposed, (held, proposed, outcome.failing)


def test_the_corpus_is_covered() -> None:
    """Every figure and date of the corpus is drafted; only names are left to the editor."""
    kinds = [type(fact.value).__name__ for fact in FACTS]
    assert len(FACTS) >= 70 and {"Quantity", "Money", "DateValue"} <= set(kinds)


def test_command_prints_a_fact_that_passes_and_the_other_readings(tmp_path: Any) -> None:
    quote = ("The S-400 can engage targets at a distance of 400 kilometers and at an altitude "
             "of up to 30 kilometers")
    result = run_cli(REPO, "002_23fc4c3bdc32fffa.txt", quote, command="draft")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "    value: {kind: quantity, amount: 400, unit: km}\n" in out
    assert "  - id: s-400-range-tass\n" in out
    assert "line 21" in out
    assert "# also found: up to 30 km" in out
    assert TEXT_BY_HAND in out
    # The printed fact, pasted into a fact file, passes the check.
    facts = "facts:\n" + "".join(line + "\n" for line in out.splitlines()
                                 if not line.startswith("#"))
    project = tmp_path / "p"
    (project / "facts" / "sources").mkdir(parents=True)
    for name in ("sources.yml",):
        (project / "facts" / name).write_text((REPO / "facts" / name).read_text("utf-8"), "utf-8")
    for article in (REPO / "facts" / "sources").iterdir():
        (project / "facts" / "sources" / article.name).write_bytes(article.read_bytes())
    (project / "facts" / "new.yml").write_text(facts, encoding="utf-8")
    assert check_project(project).ok


def test_a_quote_not_in_the_article_shows_the_closest_passage() -> None:
    result = run_cli(REPO, "002_23fc4c3bdc32fffa.txt",
                     "The S-400 can engage targets at a distance of 40 kilometers",
                     command="draft")
    assert result.returncode == 1
    assert "closest passage at line 21" in result.stderr
    assert "400 kilometers" in result.stderr


def test_a_text_value_is_verified_by_the_check() -> None:
    quote = "(NATO reporting name: SA-21 Growler)"
    good = run_cli(REPO, "002_23fc4c3bdc32fffa.txt", quote, "--text", "SA-21 Growler",
                   command="draft")
    assert good.returncode == 0, good.stderr
    assert "    value: {kind: text, text: \"SA-21 Growler\"}\n" in good.stdout
    wrong = run_cli(REPO, "002_23fc4c3bdc32fffa.txt", quote, "--text", "SA-21 Gowler",
                    command="draft")
    assert wrong.returncode == 1
    assert "V407" in wrong.stderr
    listed = run_cli(REPO, "003_8d6345f2eb6ec426.txt",
                     "It had previously been sold only to China and India.",
                     "--item", "China", "--item", "India", command="draft")
    assert listed.returncode == 0, listed.stderr
    assert "value: {kind: list, items: [China, India]}" in listed.stdout


@pytest.mark.parametrize("quote", ["", "   ", "\t\n"])
def test_an_empty_quote_is_a_usage_error(quote: str) -> None:
    result = run_cli(REPO, "002_23fc4c3bdc32fffa.txt", quote, command="draft")
    assert result.returncode == 2, result.stderr
    assert "the quote is empty" in result.stderr
    assert "closest passage" not in result.stderr
