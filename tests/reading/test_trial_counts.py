"""Counts the new-user trials (#18, #19) wrote in their natural form and the checker
refused (V402): each sentence of tests/fixtures/counts/ with ``check:`` facts, run
through the whole checker. A pass fact raises no error; a fail fact (a wrong noun) one.

Found in the trials: "30 Boeing 787 jets" read "Boeing" (the model number ended the
noun); "18 Northern and central California counties" stopped at "California" (the "and"
counted as a modifier); "about 14,000 or so votes" counted nothing; "30 of Boeing's
787-9 Dreamliner jets, executives of both companies announced" joined "executives" to the
jets; "affected nearly 2.5 million people and outraged local officials" read the second
verb's object as counted with the people.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from sentence_table import Case, Fact, Outcome, run_table

TABLE = Path(__file__).resolve().parents[1] / "fixtures" / "counts" / "real_sentences.yml"
CHECKED: list[dict[str, Any]] = [case for case in yaml.safe_load(
    TABLE.read_text("utf-8"))["cases"] if "check" in case]


def _case(number: int, raw: dict[str, Any]) -> Case:
    name = f"trial-{number}"
    facts = tuple(Fact(id=f"{name}-f{index}", value=fact["value"], quote=fact["quote"],
                       subject="Trial subject", property="count " + "abcdefghij"[index],
                       stance=fact.get("stance"), expect=fact["expect"], why="",
                       needs=None, stance_scope=fact.get("stance_scope"))
                  for index, fact in enumerate(raw["check"]))
    return Case(name=name, sentence=raw["sentence"], article=raw.get("article", ""),
                published="2019-11-20", family="count-case", facts=facts)


CASES = [_case(number, raw) for number, raw in enumerate(CHECKED, start=1)]


@pytest.fixture(scope="module")
def outcomes(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Outcome]:
    return run_table(CASES, tmp_path_factory.mktemp("trial-counts"))


def test_the_trials_counts_are_in_the_table() -> None:
    assert len(CASES) >= 4
    for case in CASES:
        assert {fact.expect for fact in case.facts} == {"pass", "fail"}, case.sentence
        assert all(fact.quote in case.sentence for fact in case.facts), case.sentence


@pytest.mark.parametrize("case", CASES, ids=[case.sentence[:40] for case in CASES])
def test_a_trial_count_reads_right(case: Case, outcomes: dict[str, Outcome]) -> None:
    assert outcomes[case.name].wrong() == [], outcomes[case.name].errors


def _proposed(message: str) -> list[str]:
    """The nouns a V402 message proposes: "...in the singular: 'jet' or '787 jet'"."""
    marker = "in the singular: "
    if marker not in message:
        return []
    return [part.strip().strip("'") for part in message.split(marker, 1)[1].split(" or ")]


def test_each_noun_hint_applied_passes(outcomes: dict[str, Outcome],
                                       tmp_path: Path) -> None:
    """A wrong noun's hint proposes what the quote counts; applied, the fact passes."""
    applied: list[Case] = []
    for case in CASES:
        for fact in case.facts:
            for code, message in outcomes[case.name].errors[fact.id]:
                for number, noun in enumerate(_proposed(message) if code == "V402" else []):
                    fixed = Fact(id=f"{fact.id}-n{number}", value={**fact.value, "noun": noun},
                                 quote=fact.quote, subject="Trial subject",
                                 property=f"hint {'abcdefghij'[number]}", stance=fact.stance,
                                 expect="pass", why="", needs=None,
                                 stance_scope=fact.stance_scope)
                    applied.append(Case(name=f"{fact.id}-n{number}", sentence=case.sentence,
                                        article=case.article, published=case.published,
                                        family=case.family, facts=(fixed,)))
    assert len(applied) >= 3
    checked = run_table(applied, tmp_path)
    assert {case.name: checked[case.name].errors for case in applied
            if checked[case.name].wrong()} == {}
