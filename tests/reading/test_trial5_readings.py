"""What the fifth new-user trial met (issue 18) on saved pages nobody had used (the NYT on
the US-China trade war, Newsweek on cannabis, Smithsonian on plague): hints and readings
that published what the text does not state. Each real sentence is proved verbatim in
its saved page (../shared/saved-pages/, never copied here) and checked both ways; each
hint touched, applied as an editor would, yields a true fact that passes, and where the
reader cannot tell, it refuses and proposes no stance.
"""

from __future__ import annotations

import json
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from factcheck_helpers import build, real_articles

from generator.base.report import Problem, Severity
from generator.check.pipeline import check_project

NYT = "03_nytimes.html"  # published 2019-11-18
NEWSWEEK = "05_newsweek.html"  # published 2019-11-13
SMITHSONIAN = "06_smithsonian.html"  # published 2019-11-18

REMOVED = ("Mr. Trump continues to give mixed signals about whether he actually wants a deal "
           "and if any of his tariffs on $360 billion worth of Chinese goods will ever be "
           "removed.")
REMAIN = ("The most recent twists in the China trade talks have left firms uncertain whether "
          "a 15 percent tariff that the Trump administration had planned to impose Dec. 15 on "
          "another $160 billion of goods, including smartphones, laptops and footwear, would "
          "go into effect — or whether a 15 percent tariff imposed on consumer goods in "
          "September would remain.")
INTO = ("But more than a year and a half into the biggest trade war in modern history, "
        "Mr. Trump’s approach has not yet produced the grand finale he hoped for.")
EXPORTS = ("Even if American negotiators secure better market access for beef, pork, dairy "
           "and genetically modified products, Washington-based analysts who have done the "
           "calculations say they have difficulty figuring out how the United States could "
           "increase its agricultural exports to China to much more than $30 billion a year, "
           "without diverting trade from elsewhere.")
USD = {"kind": "money", "currency": "USD", "scale": "billion"}
PCT = {"kind": "quantity", "unit": "percent"}


def page_text(name: str) -> str:
    """A saved page's text, tags taken out and spaces made single."""
    class Text(HTMLParser):
        def __init__(self) -> None:
            super().__init__()
            self.parts: list[str] = []

        def handle_data(self, data: str) -> None:
            self.parts.append(data)

    parser = Text()
    parser.feed((real_articles().parent / "saved-pages" / name).read_text("utf-8"))
    return " ".join("".join(parser.parts).split())


def _check(tmp_path: Path, page: str, sentences: list[str], published: str,
           facts: list[dict[str, Any]]) -> dict[str, list[Problem]]:
    """Each fact's errors, checked against the page's ``sentences`` (each proved verbatim
    in the saved page) as the article a.txt."""
    text = page_text(page)
    for sentence in sentences:
        assert sentence in text, sentence
    entries = [json.dumps({"id": f"f{i}", "source": "a.txt", "subject": "s",
                           "property": "p", **fact}, ensure_ascii=False)
               for i, fact in enumerate(facts)]
    root = build(tmp_path, {"a.txt": " ".join(sentences) + "\n"},
                 {"facts/x.yml": "facts:\n" + "".join(f"  - {e}\n" for e in entries)},
                 {"a.txt": {"basis": "stated", "date": published}})
    found: dict[str, list[Problem]] = {f"f{i}": [] for i in range(len(facts))}
    for problem in check_project(root).report:
        if problem.severity is Severity.ERROR and problem.fact_id in found:
            found[problem.fact_id].append(problem)
    return found


@pytest.mark.parametrize(("sentence", "quote", "value"), [
    (REMOVED, "if any of his tariffs on $360 billion worth of Chinese goods will ever be "
     "removed", {**USD, "amount": 360}),
    (REMAIN, "a 15 percent tariff imposed on consumer goods in September would remain",
     {**PCT, "amount": 15}),
])
def test_a_figure_of_what_would_remain_or_be_removed_is_in_force(
        tmp_path: Path, sentence: str, quote: str, value: dict[str, Any]) -> None:
    # "if"/"whether" and the modal govern the removal or the staying, not the figure
    found = _check(tmp_path, NYT, [sentence], "2019-11-18", [
        {"quote": quote, "value": value},
        {"quote": quote, "value": value, "stance": "expected"},
        {"quote": quote, "value": value, "stance": "possible"}])
    assert found["f0"] == []
    for wrong in ("f1", "f2"):
        [problem] = found[wrong]
        assert problem.code == "V410"
        # the hint, applied (no stance: stated), is f0, which passes
        assert "remove 'stance:'" in problem.hint and "declare" not in problem.hint


def test_our_own_removals_and_continuations() -> None:
    from generator.reading import stance_of

    def allowed(text: str, value: str) -> list[str]:
        at = text.index(value)
        return sorted(stance_of(text, at, at + len(value)).allowed)

    assert allowed("It is unclear whether the 10% levy will be lifted.", "10%") == ["stated"]
    assert allowed("Nobody knows if the 10% levy would stay.", "10%") == ["stated"]
    # the figure after the verb is what would remain: hedged
    assert allowed("It is unclear whether the levy will remain at 10%.", "10%") != ["stated"]
    # a new levy "would take effect": hedged; and an "if approved" keeps its condition
    assert "stated" not in allowed("Officials said a 10% levy would take effect.", "10%")
    assert "stated" not in allowed("If approved, a 10% levy would remain until 2025.", "10%")


def test_elapsed_time_into_a_war_is_outside_the_negation(tmp_path: Path) -> None:
    quote = "more than a year and a half into the biggest trade war in modern history"
    text = {"kind": "text", "text": "more than a year and a half"}
    found = _check(tmp_path, NYT, [INTO], "2019-11-18", [
        {"quote": quote, "value": text},
        {"quote": quote, "value": text, "stance": "denied"}])
    assert found["f0"] == []
    [problem] = found["f1"]
    assert problem.code == "V410" and "denied" not in problem.hint


def test_a_value_fronted_before_a_negated_clause_supports_nothing() -> None:
    # our own: "In 2018" may date the failure to pay; the reader cannot tell
    from generator.reading import stance_of
    text = "In 2018, the company did not pay any taxes."
    reading = stance_of(text, 3, 7, is_date=True)
    assert reading.allowed == frozenset()
    assert "before the subject of a clause that 'not' negates" in reading.doubt


def test_a_modal_in_an_indirect_question_is_asked_not_claimed(tmp_path: Path) -> None:
    quote = ("how the United States could increase its agricultural exports to China to "
             "much more than $30 billion a year")
    value = {**USD, "amount": 30, "qualifier": "over", "per": "year"}
    found = _check(tmp_path, NYT, [EXPORTS], "2019-11-18", [
        {"quote": quote, "value": value, "stance": stance}
        for stance in ("possible", "stated", "expected", "reported")])
    for fact in found.values():
        [problem] = fact
        assert problem.code == "V410"
        assert "asked, not claimed" in problem.message
        assert "stance: " not in problem.hint.split(";")[0]
