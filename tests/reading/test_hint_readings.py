"""The ten facts of the real-sentence table whose hints led to a falsehood (issue 18's hint
test, KNOWN_WRONG of 4 December), each read again by structure: where the reader can now
tell, its hint is true and, applied, passes; where it cannot, it says why and proposes no
stance. Each reading both ways: the table's real sentence (quoted from ../shared/
real-articles/, see tests/fixtures/reading/) and our own sentence where the cue does
govern the value, whose hint still names it.
"""

from __future__ import annotations

import json
import re
from typing import Any

import pytest
from factcheck_helpers import build, registry_text

from generator.base.report import Severity
from generator.check.pipeline import check_project
from generator.reading.cue_scope import refused_act, subject_description
from generator.reading.structure import parse

PCT = {"kind": "quantity", "unit": "percent"}
WORKERS = {"kind": "quantity", "amount": 300, "noun": "worker"}

# Reuters, 13 May 2019 (china-us-tariffs/)
TRANCHE = ("The comment period on the planned new tranche of U.S. duties - which covers 3,805 "
           "product categories - is much shorter than in previous rounds and could potentially "
           "leave Trump in a position to trigger those tariffs by the time he meets Xi.")
FAILING = ("Trump said his meeting with Xi could be fruitful as their trade dispute escalated "
           "after failing to reach agreement during high-level talks last week.")
WANG = ("The Chinese government’s top diplomat, State Councilor Wang Yi, said during a trip to "
        "Russia that China-U.S. talks were not a “one-way street” and needed to be conducted "
        "on the basis of equality, according to China’s Foreign Ministry.")
# Alabama Senate election, 12-13 December 2017 (alabama-senate-election-2017-12/)
MOLESTER = ("But the bigger picture is one in which the national party first refused to back "
            "an alleged child molester, then decided to do so after all, and then lost anyway.")
SESSIONS = ("A Democrat winning the special election for the seat to replace Attorney General "
            "Jeff Sessions was seen as just a remote possibility several months ago.")
BACKING = ("At one point, both the Republican National Committee (RNC) and the GOP’s Senate "
           "campaign arm, the NRSC, had said they would provide no backing for Moore because "
           "of the accusations of sexually predatory behavior against him.")
EXIT_POLLS = ("The Washington Post’s exit polls indicated that black voters would make up 28 "
              "percent of the voters, greater than their 26 percent share of the population.")


def _errors(tmp_path_factory: pytest.TempPathFactory, sentence: str, value: dict[str, Any],
            stance: str, subject: str = "S", answer: str = "") -> list[tuple[str, str]]:
    root = tmp_path_factory.mktemp("hint")
    articles = {"a.txt": sentence + "\n"}
    fact: dict[str, Any] = {"id": "f", "source": "a.txt", "subject": subject,
                            "property": "p", "quote": sentence, "value": value,
                            "stance": stance}
    if answer:
        fact["stance_scope"] = {"cue": answer, "reason": "the editor's reading"}
    build(root, articles, {"facts/sources.yml": registry_text(
        {"a.txt": articles["a.txt"].encode()}),
        "facts/f.yml": f"facts:\n  - {json.dumps(fact, ensure_ascii=False)}\n"})
    return [(p.code, p.text) for p in check_project(root).report
            if p.severity is Severity.ERROR]


def _text(text: str) -> dict[str, Any]:
    return {"kind": "text", "text": text}


# (sentence, value, subject, the wrong stance declared, the stances the sentence states)
HINTED: list[tuple[str, dict[str, Any], str, str, set[str]]] = [
    # a relative clause on a planned thing says what the plan would be
    (TRANCHE, {"kind": "quantity", "amount": 3805, "noun": "product category"},
     "planned tranche of US duties", "stated", {"expected"}),
    (TRANCHE, {"kind": "quantity", "amount": 3805, "noun": "product category"},
     "US duties", "stated", {"expected"}),
    ("The proposed levy - which covers 400 product categories - is under review.",
     {"kind": "quantity", "amount": 400, "noun": "product category"}, "levy", "stated",
     {"expected"}),
    ("The proposed levy, which covers 400 product categories, is under review.",
     {"kind": "quantity", "amount": 400, "noun": "product category"}, "levy", "stated",
     {"expected"}),
    # 'failing to' denies what follows it; a gerund's time clause under a past verb
    # takes no 'could' from the clause before
    (FAILING, _text("reach agreement"), "US-China talks", "stated", {"denied"}),
    ("Talks could resume after failing to reach agreement.",
     _text("failing to reach agreement"), "S", "stated", {"possible"}),
    # 'according to' still governs what was said
    ("Trade minister Ana Ruiz said exports fell 4%, according to the ministry.",
     {**PCT, "amount": 4}, "S", "stated", {"reported"}),
    # the other way of the doubts below: a refusal of a sum, a hedge of the whole subject,
    # a pluperfect saying with no moment since passed, a speaker who does not measure
    ("The company refused to pay $5 million to the workers.",
     {"kind": "money", "amount": 5, "scale": "million", "currency": "USD"}, "S", "stated",
     {"denied"}),
    ("A rise of 5 percent was seen as a remote possibility.", {**PCT, "amount": 5}, "S",
     "stated", {"possible"}),
    ("Officials had said the plant would hire 300 workers.", WORKERS, "S", "stated",
     {"expected", "possible"}),
    ("Officials indicated that the plant would hire 300 workers.", WORKERS, "S", "stated",
     {"expected", "possible"}),
]


@pytest.mark.parametrize(("sentence", "value", "subject", "wrong", "true"), HINTED,
                         ids=[f"hinted-{i}" for i in range(len(HINTED))])
def test_the_hint_names_only_true_stances_and_each_applied_passes(
        tmp_path_factory: pytest.TempPathFactory, sentence: str, value: dict[str, Any],
        subject: str, wrong: str, true: set[str]) -> None:
    errors = _errors(tmp_path_factory, sentence, value, wrong, subject)
    assert [code for code, _ in errors] == ["V410"], errors
    proposed = set(re.findall(r"stance: (\w+)", errors[0][1]))
    assert proposed == true, errors[0][1]
    for stance in proposed:
        assert _errors(tmp_path_factory, sentence, value, stance, subject) == [], stance


# Correct facts in their natural form that the checker refused, or offered a false stance,
# and our own the other way: a relative clause on a thing in force, or on a former one
# (a value word, not a plan), states what it says
NATURAL: list[tuple[str, dict[str, Any], str]] = [
    (TRANCHE, {"kind": "quantity", "amount": 3805, "noun": "product category"}, "expected"),
    (FAILING, _text("failing to reach agreement"), "stated"),
    (WANG, _text("State Councilor Wang Yi"), "stated"),
    ("Trade minister Ana Ruiz said exports fell 4%, according to the ministry.",
     _text("Ana Ruiz"), "stated"),
    ("The current tranche of U.S. duties - which covers 5,700 product categories - took "
     "effect in May.", {"kind": "quantity", "amount": 5700, "noun": "product category"},
     "stated"),
    ("The former plant, which employs 300 workers, closed.", WORKERS, "stated"),
]


@pytest.mark.parametrize(("sentence", "value", "stance"), NATURAL)
def test_a_correct_fact_in_its_natural_form_passes(
        tmp_path_factory: pytest.TempPathFactory, sentence: str, value: dict[str, Any],
        stance: str) -> None:
    subject = "planned tranche of US duties" if sentence == TRANCHE else "S"
    assert _errors(tmp_path_factory, sentence, value, stance, subject) == []


# (sentence, value, declared stance, the cue an answer names, words the message gives)
UNSURE: list[tuple[str, dict[str, Any], str, str, str]] = [
    (MOLESTER, _text("an alleged child molester"), "stated", "refused",
     "'refused' denies the act 'to back'"),
    (SESSIONS, _text("Attorney General Jeff Sessions"), "stated", "possibility",
     '"the seat to replace Attorney General Jeff Sessions", a description'),
    (BACKING, _text("no backing for Moore"), "stated", "would",
     "('at one point ... had said')"),
    (EXIT_POLLS, {**PCT, "amount": 28}, "reported", "would",
     "what The Washington Post's exit polls indicated"),
    ("At one point, officials had said the plant would hire 300 workers.", WORKERS,
     "stated", "would", "a moment since passed"),
    ("A survey indicated that the plant would hire 300 workers.", WORKERS, "stated",
     "would", "their projection or their estimate"),
]


@pytest.mark.parametrize(("sentence", "value", "stance", "cue", "why"), UNSURE,
                         ids=[f"unsure-{i}" for i in range(len(UNSURE))])
def test_where_the_reader_cannot_tell_it_says_why_and_proposes_no_stance(
        tmp_path_factory: pytest.TempPathFactory, sentence: str, value: dict[str, Any],
        stance: str, cue: str, why: str) -> None:
    """Still an error, with its reason; no 'stance: ...' offered. The editor who reads the
    cue as not governing the value answers it (stance_scope), and the fact then passes."""
    errors = _errors(tmp_path_factory, sentence, value, stance)
    assert [code for code, _ in errors] == ["V410"], errors
    assert why in errors[0][1], errors[0][1]
    assert "declare it" not in errors[0][1], errors[0][1]
    assert re.findall(r"stance: (\w+)", errors[0][1]) == [], errors[0][1]
    if stance == "stated":
        assert _errors(tmp_path_factory, sentence, value, stance, answer=cue) == []


def test_the_readers_of_doubt_by_their_words() -> None:
    assert subject_description(SESSIONS, SESSIONS.index("Attorney"),
                               SESSIONS.index(" was")) == \
        "the seat to replace Attorney General Jeff Sessions"
    rise = "The 5 percent rise was seen as a remote possibility."
    assert subject_description(rise, rise.index("5"), rise.index(" rise")) is None
    refused = MOLESTER.index("refused")
    assert refused_act(MOLESTER, refused, refused + 7, MOLESTER.index("an alleged"),
                       "an alleged child molester") == "to back"
    pay = "The company refused to pay $5 million to the workers."
    assert refused_act(pay, pay.index("refused"), pay.index("refused") + 7,
                       pay.index("$"), "$5 million") is None


@pytest.mark.parametrize(("sentence", "verbs"), [
    (TRANCHE, ["covers", "is", "could", "meets"]),
    # our own: after "which" a plural noun before its verb is no verb
    ("It is unclear which products will be hit.", ["is", "will", "be", "hit"]),
    ("The plant, which employs 300 workers, closed.", ["employs", "closed"]),
])
def test_a_present_verb_after_a_relative_pronoun(sentence: str, verbs: list[str]) -> None:
    parsed = parse(sentence)
    found = sorted(i for clause in parsed.clauses for i in clause.verbs)
    assert [parsed.tokens[i].text for i in found] == verbs
