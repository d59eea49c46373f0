"""Quoted words end at their closing mark: the telling after it ('," Trump told reporters
on Monday') is a clause of its own, which a hedge or a negation inside the quotation does
not govern (issue 18: Reuters's '"There can be some retaliation but it can't be very
substantial," Trump told reporters on Monday' was refused as a denial of the Monday, and
the hint offered 'denied').

The quoted words keep their speaker: a value inside them is still the speaker's.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from factcheck_helpers import build, registry_text

from generator.base.report import Severity
from generator.check.pipeline import check_project

# USA TODAY, 12 December 2017 (../shared/real-articles/alabama-senate-election-2017-12/)
MOORE = ("“I’m not talking about the accusers today,” Moore said after arriving at his polling "
         "location in Gallant, Alabama, on Tuesday.")
# Reuters, 14 May 2019
TRUMP = ("“There can be some retaliation but it can’t be very substantial,” Trump told "
         "reporters on Monday during a meeting with Hungarian Prime Minister Viktor Orban.")
OWN = "“We will not reopen the bridge,” the mayor said at the 40-metre bridge."


def _errors(tmp_path_factory: pytest.TempPathFactory, sentence: str, quote: str,
            value: dict[str, Any], stance: str | None = None) -> list[str]:
    root = tmp_path_factory.mktemp("telling")
    articles = {"a.txt": sentence + "\n"}
    fact: dict[str, Any] = {"id": "f", "source": "a.txt", "subject": "S", "property": "p",
                            "quote": quote, "value": value}
    if stance:
        fact["stance"] = stance
    build(root, articles, {"facts/sources.yml": registry_text(
        {"a.txt": articles["a.txt"].encode()}),
        "facts/f.yml": f"facts:\n  - {json.dumps(fact, ensure_ascii=False)}\n"})
    return [p.code for p in check_project(root).report if p.severity is Severity.ERROR]


@pytest.mark.parametrize(("sentence", "quote", "value"), [
    (MOORE, "Moore said after arriving at his polling location in Gallant, Alabama",
     {"kind": "text", "text": "polling location in Gallant, Alabama"}),
    (TRUMP, "Trump told reporters on Monday during a meeting with Hungarian Prime Minister "
     "Viktor Orban", {"kind": "text", "text": "Hungarian Prime Minister Viktor Orban"}),
    (OWN, OWN, {"kind": "quantity", "amount": 40, "unit": "m"}),
])
def test_the_telling_is_not_governed_by_the_quotation(
        tmp_path_factory: pytest.TempPathFactory, sentence: str, quote: str,
        value: dict[str, Any]) -> None:
    assert _errors(tmp_path_factory, sentence, quote, value) == []
    assert _errors(tmp_path_factory, sentence, quote, value, "denied") == ["V410"]


def test_the_quoted_words_keep_their_hedge(tmp_path_factory: pytest.TempPathFactory) -> None:
    sentence = "“We will reopen the 40-metre bridge on Friday,” the mayor said."
    value = {"kind": "quantity", "amount": 40, "unit": "m"}
    assert _errors(tmp_path_factory, sentence, sentence, value, "expected") == []
    assert _errors(tmp_path_factory, sentence, sentence, value) == ["V410"]
