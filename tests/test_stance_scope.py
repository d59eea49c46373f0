"""The editor's answer to a wrong doubt (``stance_scope``): shown on the evidence page,
listed in the fact diff, counted in the check's summary line."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from factcheck_helpers import REPO, run_cli, sha256

from generator.check.pipeline import check_project

OTHER_TOPIC = REPO / "tests" / "fixtures" / "other_topic"
SENTENCE = "Ships will pass under the bridge's 67-metre deck."
REASON = "the deck's height is the bridge's; 'will' governs the ships passing under it"
ANSWER = f'    stance_scope: {{cue: will, reason: "{REASON}"}}\n'


def _sheet(root: Path, answered: bool) -> Path:
    """The other-topic sheet, its clearance quoted from a sentence whose 'will' governs
    the ships' passing, not the deck's height."""
    shutil.copytree(OTHER_TOPIC, root)
    article = root / "facts" / "sources" / "a1_harbour.txt"
    old = article.read_bytes()
    new = old + f"\n{SENTENCE}\n".encode()
    article.write_bytes(new)
    registry = root / "facts" / "sources.yml"
    registry.write_text(registry.read_text("utf-8").replace(sha256(old), sha256(new)),
                        encoding="utf-8")
    facts = root / "facts" / "structure.yml"
    text = facts.read_text("utf-8")
    old_fact = ('    quote: "the deck stands 67 metres above the water"\n'
                '    value: {kind: quantity, amount: 67, unit: m}\n')
    assert old_fact in text
    facts.write_text(text.replace(old_fact, f'    quote: "{SENTENCE[:-1]}"\n'
                                  '    value: {kind: quantity, amount: 67, unit: m}\n'
                                  + (ANSWER if answered else "")), encoding="utf-8")
    return root


def test_without_the_answer_the_doubt_is_an_error_that_names_the_answer(tmp_path: Path
                                                                          ) -> None:
    result = check_project(_sheet(tmp_path / "sheet", answered=False))
    found = [p for p in result.report if p.code == "V410"]
    assert len(found) == 1
    assert "'will' makes this an expectation" in found[0].text
    assert "stance_scope: {cue: will" in found[0].text


def test_the_answer_passes_and_is_counted_in_the_summary(tmp_path: Path) -> None:
    root = _sheet(tmp_path / "sheet", answered=True)
    outcome = run_cli(root)
    assert outcome.returncode == 0, outcome.stdout + outcome.stderr
    assert "1 stance doubt answered by the editors (stance_scope)" in outcome.stderr


def test_the_reason_is_shown_on_the_evidence_page(tmp_path: Path) -> None:
    from generator.site.publish import build_pageset

    pageset = build_pageset(_sheet(tmp_path / "sheet", answered=True))
    assert pageset.result.ok
    evidence = [p for p in pageset.pages if p.path.startswith("sources/")
                and "a1" in p.path]
    assert len(evidence) == 1
    assert "does not govern this value" in evidence[0].markdown
    assert "the deck&#39;s height" in evidence[0].markdown or \
        "the deck's height" in evidence[0].markdown


@pytest.mark.parametrize("output", ["json", "markdown"])
def test_the_answer_is_listed_in_the_fact_diff(tmp_path: Path, output: str) -> None:
    base = _sheet(tmp_path / "base", answered=False)
    head = _sheet(tmp_path / "head", answered=True)
    outcome = run_cli(base, str(base), str(head), "--format", output, command="diff")
    assert outcome.returncode in (0, 1), outcome.stderr
    if output == "json":
        answers = json.loads(outcome.stdout)["stance_answers"]
        assert answers == [{"id": "clearance-a1", "change": "added", "cue": "will",
                            "reason": REASON}]
    else:
        assert "### Answers to the stance reader: 1" in outcome.stdout
        assert "**added** clearance-a1" in outcome.stdout
