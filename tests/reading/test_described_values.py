"""A figure in a definite description after a plan's verb: the reader cannot tell whether
it is what the plan would do or the size of what the plan names, so a stated declaration
gets no stance proposed (issue 18: the Guardian's "plans to extend US tariffs to the
$300bn-plus of Chinese imports not currently targeted" was hinted 'expected', false for
the size of the untargeted imports).

The planned stance still passes (the plan's reading); the stated one is refused with a
message that names no stance and offers the editor's answer (stance_scope), which, given,
passes. Where the figure is no description ("another $300 billion"), the cue's stances
are proposed as before.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from factcheck_helpers import build, registry_text

from generator.base.report import Severity
from generator.check.pipeline import check_project

GUARDIAN = ("Trump has drawn up plans to extend US tariffs to the $300bn-plus of Chinese "
            "imports not currently targeted, while there were hints from Beijing that it "
            "would start to sell some of the US Treasury bonds it holds.")
GUARDIAN_QUOTE = ("Trump has drawn up plans to extend US tariffs to the $300bn-plus of Chinese "
                  "imports not currently targeted")
USD300 = {"kind": "money", "amount": 300, "scale": "billion", "currency": "USD",
          "qualifier": "at least"}
OWN = "The ministry plans to extend the levy to the 40,000 cars not yet taxed, officials said."
CARS = {"kind": "quantity", "amount": 40000, "noun": "car"}


def _errors(tmp_path_factory: pytest.TempPathFactory, sentence: str, quote: str,
            value: dict[str, Any], **keys: Any) -> list[tuple[str, str]]:
    root = tmp_path_factory.mktemp("described")
    articles = {"a.txt": sentence + "\n"}
    fact = {"id": "f", "source": "a.txt", "subject": "S", "property": "p", "quote": quote,
            "value": value, **keys}
    build(root, articles, {"facts/sources.yml": registry_text(
        {"a.txt": articles["a.txt"].encode()}),
        "facts/f.yml": f"facts:\n  - {json.dumps(fact, ensure_ascii=False)}\n"})
    return [(p.code, p.text) for p in check_project(root).report
            if p.severity is Severity.ERROR]


@pytest.mark.parametrize(("sentence", "quote", "value", "cue"), [
    (GUARDIAN, GUARDIAN_QUOTE, USD300, "plans"),
    (OWN, "The ministry plans to extend the levy to the 40,000 cars not yet taxed", CARS,
     "plans"),
])
def test_a_described_figure_declared_stated_gets_no_stance(
        tmp_path_factory: pytest.TempPathFactory, sentence: str, quote: str,
        value: dict[str, Any], cue: str) -> None:
    errors = _errors(tmp_path_factory, sentence, quote, value)
    assert [code for code, _ in errors] == ["V410"], errors
    text = errors[0][1]
    assert "cannot tell" in text and "stance: " not in text, text
    assert f"stance_scope: {{cue: {cue}" in text, text
    answered = _errors(tmp_path_factory, sentence, quote, value, stance_scope={
        "cue": cue, "reason": "the figure is the size of the things the plan names"})
    assert answered == []


def test_the_plans_stance_still_passes(tmp_path_factory: pytest.TempPathFactory) -> None:
    assert _errors(tmp_path_factory, GUARDIAN, GUARDIAN_QUOTE, USD300,
                   stance="expected") == []


def test_a_figure_that_is_no_description_gets_the_cues_stances(
        tmp_path_factory: pytest.TempPathFactory) -> None:
    sentence = ("Trump ordered U.S. Trade Representative Robert Lighthizer to begin the "
                "process of imposing tariffs on all remaining imports from China, a move that "
                "would affect another $300 billion worth of goods.")
    value = {"kind": "money", "amount": 300, "scale": "billion", "currency": "USD"}
    errors = _errors(tmp_path_factory, sentence, sentence, value)
    assert [code for code, _ in errors] == ["V410"], errors
    assert "stance: possible" in errors[0][1], errors[0][1]
