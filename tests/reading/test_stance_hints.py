"""V410's hint proposes only stances the sentence states, and each one, applied, passes.

Real sentences from ../shared/real-articles/ (quoted, not copied whole), each with a fact
declared in a wrong stance: the hint must name only stances of the sentence's true set
(where one stance fits, only that one), and each stance it names, written into the fact,
must pass. Sentences whose correct fact once drew a false hint (a toll read as a claim,
"don't kick in for 2½ weeks" hinted 'denied') pass in their natural form.
"""

from __future__ import annotations

import json
import re
from typing import Any

import pytest
from factcheck_helpers import build, registry_text

from generator.base.report import Severity
from generator.check.pipeline import check_project

PCT = {"kind": "quantity", "unit": "percent"}
# (sentence, value, the wrong stance declared, the stances the sentence states)
HINTED: list[tuple[str, dict[str, Any], str, set[str]]] = [
    ("Duties of 5% to 25% will take effect on June 1 on about 5,200 American products, "
     "including batteries, spinach and coffee, China's Finance Ministry said.",
     {**PCT, "min": 5, "max": 25}, "stated", {"expected"}),
    ("China’s Ministry of Finance said the new tariffs would impact $60 billion in U.S. "
     "imports and would range from 5% to 25%.",
     {**PCT, "min": 5, "max": 25}, "denied", {"expected", "possible"}),
    ("The U.S. Trade Representative’s office said later it planned to hold a public hearing "
     "next month on the possibility of imposing duties of up to 25% on a further $300 "
     "billion worth of imports from China.",
     {**PCT, "amount": 25, "qualifier": "up to"}, "expected", {"possible"}),
    ("Trump has threatened to extend tariffs to the remaining $300 billion or so in Chinese "
     "tariffs that haven't been targeted yet, but told reporters Monday: \"I have not made "
     "that decision yet.\"",
     {"kind": "money", "amount": 300, "scale": "billion", "currency": "USD",
      "qualifier": "about"}, "denied", {"possible"}),
    ("Also possible are storm surges of up to 7 feet and possible tornadoes.",
     {"kind": "quantity", "amount": 7, "unit": "ft", "qualifier": "up to"}, "stated",
     {"possible"}),
    ("The National Weather Service forecasts the river to reach flood stage at Manchester "
     "after 2 a.m. ET Sunday and crest Monday morning at 35.4 feet.",
     {"kind": "quantity", "amount": 35.4, "unit": "ft"}, "stated", {"expected"}),
    # the example sheet's last refused facts (issue 18): a model's output, an opening
    # "That's" under the sentence before's "could", and "and that" after a saying
    ("40-50\" rainfall totals beginning to show up in higher-res guidance as the event "
     "begins to unfold.",
     {"kind": "quantity", "min": 40, "max": 50, "unit": "in"}, "stated", {"expected"}),
    ("Meteorologist Ryan Maue, of weathermodels.com, calculated that Florence could dump a "
     "staggering 18 trillion gallons of rain over a week on North Carolina, South Carolina, "
     "Virginia, Georgia, Tennessee, Kentucky and Maryland. That's enough to fill the "
     "Chesapeake Bay or cover the entire state of Texas with nearly 4 inches of water.",
     {"kind": "quantity", "amount": 4, "unit": "in", "qualifier": "about"}, "stated",
     {"possible"}),
    ("Lenoir County spokesman Bryan Hanks said a 78-year-old man was electrocuted in the "
     "rain while trying to connect extension cords for a generator and that another man, "
     "77, died after he went outside to check on his hunting dogs and was blown down.",
     {"kind": "quantity", "amount": 77, "unit": "year"}, "possible", {"stated", "reported"}),
    ("Another man, 81, died Friday while trying to evacuate Wayne County, North Carolina, "
     "and a husband and wife were killed in a house fire, according to the medical "
     "examiner’s office.",
     {"kind": "quantity", "amount": 81, "unit": "year"}, "stated", {"reported"}),
]
# Correct facts in their natural form (stated) that the checker once refused.
NATURAL: list[tuple[str, dict[str, Any]]] = [
    ("Since marching ashore Friday near Wilmington, North Carolina, as a hurricane, "
     "Florence had claimed five lives, caused widespread flooding and knocked out power to "
     "nearly 900,000 homes.",
     {"kind": "quantity", "amount": 900000, "noun": "home", "qualifier": "about"}),
    ("Federal officials had said midweek they weren't concerned about that facility or five "
     "other nuclear plants in the storm's path, calling them \"hardened.\"",
     {"kind": "quantity", "amount": 5, "noun": "plant"}),
]


def _errors(tmp_path_factory: pytest.TempPathFactory, sentence: str,
            value: dict[str, Any], stance: str) -> list[tuple[str, str]]:
    root = tmp_path_factory.mktemp("hint")
    articles = {"a.txt": sentence + "\n"}
    fact = {"id": "f", "source": "a.txt", "subject": "S", "property": "p",
            "quote": sentence, "value": value, "stance": stance}
    build(root, articles, {"facts/sources.yml": registry_text(
        {"a.txt": articles["a.txt"].encode()}),
        "facts/f.yml": f"facts:\n  - {json.dumps(fact, ensure_ascii=False)}\n"})
    return [(p.code, p.text) for p in check_project(root).report
            if p.severity is Severity.ERROR]


@pytest.mark.parametrize(("sentence", "value", "wrong", "true"), HINTED,
                         ids=[f"{case[2]}-{i}" for i, case in enumerate(HINTED)])
def test_the_hint_names_only_true_stances_and_each_applied_passes(
        tmp_path_factory: pytest.TempPathFactory, sentence: str, value: dict[str, Any],
        wrong: str, true: set[str]) -> None:
    errors = _errors(tmp_path_factory, sentence, value, wrong)
    assert [code for code, _ in errors] == ["V410"], errors
    proposed = set(re.findall(r"stance: (\w+)", errors[0][1]))
    assert proposed == true, errors[0][1]
    for stance in proposed:
        assert _errors(tmp_path_factory, sentence, value, stance) == [], stance


@pytest.mark.parametrize(("sentence", "value"), NATURAL)
def test_a_correct_fact_in_its_natural_form_passes(
        tmp_path_factory: pytest.TempPathFactory, sentence: str, value: dict[str, Any]
        ) -> None:
    stance = "reported" if "officials had said" in sentence else "stated"
    assert _errors(tmp_path_factory, sentence, value, stance) == []


def test_the_message_quotes_the_clause_that_holds_the_value(
        tmp_path_factory: pytest.TempPathFactory) -> None:
    """Fox's Wayne County sentence, its age declared stated: the message names the
    'according to' that governs it and quotes the age's own clause, not the house fire's."""
    sentence = HINTED[-1][0]
    [(code, text)] = _errors(tmp_path_factory, sentence, HINTED[-1][1], "stated")
    assert code == "V410" and "according" in text
    assert 'the clause reads "Another man, 81, died Friday while trying to evacuate Wayne ' \
        'County, North Carolina,"' in text and "house fire" not in text
