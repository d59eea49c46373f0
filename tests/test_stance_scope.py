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


def _sheet(root: Path, answered: bool, sentence: str = SENTENCE, answer: str = ANSWER
           ) -> Path:
    """The other-topic sheet, its clearance quoted from ``sentence`` (by default one whose
    'will' governs the ships' passing, not the deck's height)."""
    shutil.copytree(OTHER_TOPIC, root)
    article = root / "facts" / "sources" / "a1_harbour.txt"
    old = article.read_bytes()
    new = old + f"\n{sentence}\n".encode()
    article.write_bytes(new)
    registry = root / "facts" / "sources.yml"
    registry.write_text(registry.read_text("utf-8").replace(sha256(old), sha256(new)),
                        encoding="utf-8")
    facts = root / "facts" / "structure.yml"
    text = facts.read_text("utf-8")
    old_fact = ('    quote: "the deck stands 67 metres above the water"\n'
                '    value: {kind: quantity, amount: 67, unit: m}\n')
    assert old_fact in text
    facts.write_text(text.replace(old_fact, f'    quote: "{sentence[:-1]}"\n'
                                  '    value: {kind: quantity, amount: 67, unit: m}\n'
                                  + (answer if answered else "")), encoding="utf-8")
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


# Two cue words, neither governing the deck's height; the article types its apostrophe
# curly ("won’t"), the editor may type it straight: the answer names the word either way.
TWO_CUES = "Ships won’t pass and trucks will wait under the bridge’s 67-metre deck."


def _hint(result_text: str) -> str:
    """The stance_scope the V410 message proposes, with a reason written in."""
    proposed = result_text.split("answer with ", 1)[1].split(" (a list", 1)[0]
    return "    " + proposed.replace("reason: ...", 'reason: "the deck height is stated"') + "\n"


@pytest.mark.parametrize("apostrophe", ["'", "’"])
def test_each_hint_applied_leads_to_a_list_of_answers_that_passes(tmp_path: Path,
                                                                 apostrophe: str) -> None:
    first = check_project(_sheet(tmp_path / "none", False, TWO_CUES, ""))
    doubt = [p for p in first.report if p.code == "V410"]
    assert len(doubt) == 1 and "'won't' makes this a denial" in doubt[0].text
    answer = _hint(doubt[0].text).replace("won't", f"won{apostrophe}t")
    assert answer.startswith("    stance_scope: {cue: won")
    second = check_project(_sheet(tmp_path / "one", True, TWO_CUES, answer))
    doubt = [p for p in second.report if p.code == "V410"]
    assert len(doubt) == 1 and "'will' makes this an expectation" in doubt[0].text
    answers = _hint(doubt[0].text)
    assert answers.startswith("    stance_scope: [{cue: won") and "{cue: will" in answers
    third = check_project(_sheet(tmp_path / "two", True, TWO_CUES, answers))
    assert [p.text for p in third.report if p.code in ("V410", "S103", "Y002")] == []


def test_an_answer_in_a_list_that_answers_no_doubt_is_an_error(tmp_path: Path) -> None:
    answers = ('    stance_scope:\n      - {cue: won’t, reason: "the ships"}\n'
               '      - {cue: will, reason: "the trucks"}\n'
               '      - {cue: may, reason: "no such word"}\n')
    result = check_project(_sheet(tmp_path / "sheet", True, TWO_CUES, answers))
    found = [p for p in result.report if p.code == "V410"]
    assert len(found) == 1 and "stance_scope answers 'may'" in found[0].text


def test_several_answers_are_each_listed_in_the_fact_diff(tmp_path: Path) -> None:
    base = _sheet(tmp_path / "base", False, TWO_CUES, "")
    answers = ('    stance_scope: [{cue: won’t, reason: "the ships"}, '
               '{cue: will, reason: "the trucks"}]\n')
    head = _sheet(tmp_path / "head", True, TWO_CUES, answers)
    outcome = run_cli(base, str(base), str(head), "--format", "json", command="diff")
    assert outcome.returncode in (0, 1), outcome.stderr
    assert json.loads(outcome.stdout)["stance_answers"] == [
        {"id": "clearance-a1", "change": "added", "cue": "will", "reason": "the trucks"},
        {"id": "clearance-a1", "change": "added", "cue": "won’t", "reason": "the ships"}]


DOCS = Path(__file__).resolve().parents[1] / "docs" / "format.md"


def test_the_docs_list_example_passes(tmp_path: Path) -> None:
    """The list example of docs/format.md, checked against its own quote and value."""
    import yaml

    text = DOCS.read_text("utf-8")
    start = text.index("  - id: deck-height\n")
    fact = yaml.safe_load(text[start:text.index("```", start)])[0]
    assert fact["value"] == {"kind": "quantity", "amount": 67, "unit": "m"}  # as _sheet's
    lines = "".join(f"    {line}\n" for line in yaml.safe_dump(
        {"stance_scope": fact["stance_scope"]}, allow_unicode=True, width=1000).splitlines())
    result = check_project(_sheet(tmp_path / "sheet", True, fact["quote"], lines))
    assert [p.text for p in result.report if p.code.startswith(("V", "S", "Y"))] == []


@pytest.mark.parametrize("written", ["will", "[won't, will]"])
def test_a_bare_word_is_refused_with_the_form_and_the_form_applied_passes(
        tmp_path: Path, written: str) -> None:
    result = check_project(_sheet(tmp_path / "bare", True, TWO_CUES,
                                  f"    stance_scope: {written}\n"))
    refused = [p for p in result.report if p.code == "S103"]
    assert refused and all("an answer is a mapping {cue: <word>, reason: <why>}" in p.text
                           for p in refused)
    answers = []
    for problem in refused:
        form = problem.text.split("write stance_scope: ", 1)[1].split(" with your reason")[0]
        answers.append(form.replace('"..."', '"the deck height is stated"'))
    fixed = answers[0] if len(answers) == 1 else f"[{', '.join(answers)}]"
    result = check_project(_sheet(tmp_path / "fixed", True, TWO_CUES,
                                  f"    stance_scope: {fixed}\n"))
    left = [p.text for p in result.report if p.code.startswith(("S", "V"))]
    # one word answered leaves the other cue's doubt, and names it; both answered pass
    assert left == [] if len(answers) == 2 else (
        len(left) == 1 and "'won't' makes this a denial" in left[0])
