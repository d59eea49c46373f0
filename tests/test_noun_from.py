"""``noun_from``: where an elided count's noun is stated. Checked against the article (the
same paragraph, before the quote, a figure counting the value's noun), shown on the
evidence page, counted in the check's summary line; docs/format.md's example passes.

The paragraphs are real (CNN and USA TODAY, 14 September 2018; Vox, 14 September 2018),
quoted from ../shared/real-articles/ as the sentences the facts need, not whole articles.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml
from factcheck_helpers import REPO, build, registry_text, run_cli

from generator.base.report import Severity
from generator.check.pipeline import check_project

CNN = ("In the besieged city of New Bern, rescuers had plucked more than 200 people from "
       "rising waters by midmorning Friday, but about 150 more had to wait as conditions "
       "worsened and a storm surge reached 10 feet, officials said. That number was down to "
       "40 later in the day.")
VOX = ("This storm is impacting 5 million people. 1 million are without power. Over a dozen "
       "people have already died.")
WAITING = {"kind": "quantity", "amount": 150, "noun": "person", "qualifier": "about"}
LATER = {"kind": "quantity", "amount": 40, "noun": "person"}


def _sheet(root: Path, article: str, quote: str, value: dict[str, Any],
           noun_from: str | None) -> Path:
    fact: dict[str, Any] = {"id": "f", "source": "a.txt", "subject": "Rescues",
                            "property": "people awaiting rescue", "quote": quote,
                            "value": value}
    if noun_from is not None:
        fact["noun_from"] = noun_from
    text = article + "\n"
    return build(root, {"a.txt": text}, {
        "facts/sources.yml": registry_text({"a.txt": text.encode()}),
        "facts/f.yml": f"facts:\n  - {json.dumps(fact, ensure_ascii=False)}\n",
        "facts/site.yml": SITE})


SITE = """title: "Rescues"
pages:
  - path: rescues
    title: "Rescues"
    kind: table
    files: [f.yml]
"""


def _errors(root: Path) -> list[str]:
    return [f"{p.code} {p.text}" for p in check_project(root).report
            if p.severity is Severity.ERROR]


@pytest.mark.parametrize(("article", "quote", "value", "noun_from"), [
    (CNN, "but about 150 more had to wait as conditions worsened", WAITING,
     "rescuers had plucked more than 200 people"),
    (CNN, "That number was down to 40 later in the day.", LATER,
     "rescuers had plucked more than 200 people"),
    (VOX, "1 million are without power.",
     {"kind": "quantity", "amount": 1, "scale": "million", "noun": "person"},
     "This storm is impacting 5 million people."),
])
def test_the_noun_stated_before_the_quote_supports_the_count(
        tmp_path: Path, article: str, quote: str, value: dict[str, Any], noun_from: str
) -> None:
    assert _errors(_sheet(tmp_path / "with", article, quote, value, noun_from)) == []
    without = _errors(_sheet(tmp_path / "without", article, quote, value, None))
    assert len(without) == 1 and without[0].startswith("V402 noun: the quote counts nothing")
    assert "'noun_from:'" in without[0]  # the hint names the key; it proposes no noun


@pytest.mark.parametrize(("article", "quote", "value", "noun_from", "says"), [
    # after the quote, not before it
    (VOX, "1 million are without power.",
     {"kind": "quantity", "amount": 1, "scale": "million", "noun": "person"},
     "Over a dozen people have already died.", "does not stand before the quote"),
    # another paragraph
    (CNN.replace("officials said. ", "officials said.\n"), "That number was down to 40 later",
     LATER, "rescuers had plucked more than 200 people", "does not stand before the quote"),
    # not in the article
    (CNN, "That number was down to 40 later", LATER, "rescuers had plucked 200 people",
     "is not in a.txt"),
    # a measure, not a count
    (CNN, "That number was down to 40 later", {"kind": "quantity", "amount": 40,
                                                "noun": "foot"},
     "a storm surge reached 10 feet", "counts nothing, not foot"),
    # the passage counts people; the value claims homes
    (VOX, "1 million are without power.",
     {"kind": "quantity", "amount": 1, "scale": "million", "noun": "home"},
     "This storm is impacting 5 million people.", "counts person, not home"),
])
def test_a_passage_that_does_not_state_the_noun_here_supports_nothing(
        tmp_path: Path, article: str, quote: str, value: dict[str, Any], noun_from: str,
        says: str) -> None:
    errors = _errors(_sheet(tmp_path / "s", article, quote, value, noun_from))
    assert len(errors) == 1 and errors[0].startswith("V402 noun_from:") and says in errors[0]


def test_a_figure_that_counts_its_own_noun_keeps_it(tmp_path: Path) -> None:
    """'more than 200 people' counts people; a noun_from naming feet changes nothing."""
    value = {"kind": "quantity", "amount": 200, "noun": "foot", "qualifier": "over"}
    errors = _errors(_sheet(tmp_path / "s", CNN + " Waves of 8 feet hit the pier.",
                            "rescuers had plucked more than 200 people from rising waters",
                            value, "In the besieged city of New Bern"))
    assert len(errors) == 1 and errors[0].startswith("V402 noun_from:")


def test_it_is_counted_in_the_summary_and_shown_on_the_evidence_page(tmp_path: Path) -> None:
    from generator.site.publish import build_pageset

    root = _sheet(tmp_path / "s", VOX, "1 million are without power.",
                  {"kind": "quantity", "amount": 1, "scale": "million", "noun": "person"},
                  "This storm is impacting 5 million people.")
    outcome = run_cli(root)
    assert outcome.returncode == 0, outcome.stdout + outcome.stderr
    assert "1 count with the noun stated before the quote (noun_from)" in outcome.stderr
    pageset = build_pageset(root)
    evidence = [p for p in pageset.pages if p.path == "sources/a.md"]
    assert len(evidence) == 1
    assert "what it counts is named earlier in the paragraph" in evidence[0].markdown
    assert "This storm is impacting 5 million people." in evidence[0].markdown


def test_the_docs_example_passes(tmp_path: Path) -> None:
    text = (REPO / "docs" / "format.md").read_text("utf-8")
    start = text.index("  - id: without-water\n")
    fact = yaml.safe_load(text[start:text.index("```", start)])[0]
    article = f"{fact['noun_from']} {fact['quote']}"
    assert _errors(_sheet(tmp_path / "d", article, fact["quote"], fact["value"],
                          fact["noun_from"])) == []
