"""The stance reader on a table of real sentences (tests/fixtures/stance/sentences.yml).

Each case names a value in a sentence and the exact set of stances the sentence allows:
every stance in the set passes and every other one is refused, so each family is tested
both ways. A case quoted from a real article is read twice: in the sentence alone, and in
the whole article (read from the shared folder), where the sentence must stand verbatim.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from factcheck_helpers import real_articles

from generator.reading import normalise
from generator.reading.stance import stance_of, with_line_breaks

REPO = Path(__file__).resolve().parents[2]
TABLE = REPO / "tests" / "fixtures" / "stance" / "sentences.yml"
CASES: list[dict[str, Any]] = yaml.safe_load(TABLE.read_text("utf-8"))["cases"]
FAMILIES = {"cue-after", "neighbour-clause", "self-report", "implicit-negation", "wish",
            "anonymous-source", "correction", "value-word", "provision", "stated",
            "ambiguous", "answered"}
STANCES = {"stated", "reported", "expected", "possible", "denied"}


def _allowed(text: str, value: str, is_date: bool, answer: str | None = None) -> set[str]:
    """The stances the sentence allows; with an editor's answer, once it is set aside
    (and then the true stance must have been refused without it: the doubt was real)."""
    start = text.index(value)
    reading = stance_of(text, start, start + len(value), is_date=is_date)
    if answer is None:
        return set(reading.allowed)
    answered = set(reading.without(frozenset({answer})).allowed)
    assert not answered <= set(reading.allowed), "the answer answers no doubt"
    return answered


def _article(source: str) -> str:
    path = REPO / source if source.startswith("facts/") else real_articles() / source
    return path.read_text("utf-8")


def test_the_table_covers_every_family_with_real_sentences() -> None:
    assert {case["family"] for case in CASES} == FAMILIES
    real = [case for case in CASES if case["source"] != "issue-18"]
    assert len(real) >= len(CASES) // 2
    for case in CASES:
        assert set(case["stances"]) <= STANCES, case


@pytest.mark.parametrize("case", CASES, ids=[f"{c['family']}:{c['value']}" for c in CASES])
def test_the_sentence_alone(case: dict[str, Any]) -> None:
    sentence, value = normalise(case["sentence"]), normalise(str(case["value"]))
    assert _allowed(sentence, value, case.get("date", False), case.get("answer")) == \
        set(case["stances"]), case.get("why", "")


@pytest.mark.parametrize("case", [c for c in CASES if c["source"] != "issue-18"],
                         ids=[f"{c['family']}:{c['value']}" for c in CASES
                              if c["source"] != "issue-18"])
def test_the_sentence_in_its_article(case: dict[str, Any]) -> None:
    text = with_line_breaks(_article(case["source"]))
    flat = text.replace("\n", " ")
    sentence = normalise(case["sentence"])
    assert sentence in flat, f"not verbatim in {case['source']}"
    at = flat.index(sentence) + sentence.index(normalise(str(case["value"])))
    end = at + len(normalise(str(case["value"])))
    reading = stance_of(text, at, end, is_date=case.get("date", False))
    if case.get("answer"):
        reading = reading.without(frozenset({case["answer"]}))
    assert set(reading.allowed) == set(case["stances"]), case.get("why", "")


def test_a_sentence_without_any_cue_word_reads_the_same_unparsed() -> None:
    """The reader skips parsing a sentence with no cue word: on every figure of every real
    article, the full reading of such a sentence has no cue and no doubt either."""
    import re

    from generator.reading import stance as module
    from generator.reading.structure import parse

    skipped = 0
    for path in sorted(real_articles().glob("*/*.txt")):
        text = with_line_breaks(path.read_text("utf-8"))
        for figure in re.finditer(r"\d+", text):
            low, high = module.clause_around(text, figure.start(), figure.end())
            if module._ANY_CUE.search(text, low, high):
                continue
            skipped += 1
            full = module._Reader(parse(text[low:high]), low, figure.start() - low,
                                  figure.end() - low, False).read()
            assert not full.cues and not full.doubt, text[low:high]
    assert skipped > 50


@pytest.mark.parametrize("item", ["25% tariffs on 2,493 items from current 10%",
                                  "20% tariffs on 1,078 items from current 10%",
                                  "10% tariffs on 974 items from current 5%"])
def test_the_items_of_a_list_take_the_hedge_of_its_lead_in(item: str) -> None:
    """Bloomberg lists the new rates on lines of their own under "China's retaliatory
    tariffs will be imposed at the following levels:": each item is expected, as its
    lead-in says, not stated; alone (no lead-in) the same line is stated."""
    text = with_line_breaks(_article("china-us-tariffs-2019-05/01_bloomberg_vdB8nhl5FFgz4VMT.txt"))
    assert "will be imposed at the following levels:" in text
    at = text.index(item)
    assert set(stance_of(text, at, at + 3).allowed) == {"expected"}
    assert set(stance_of(item, 0, 3).allowed) == {"stated"}


def test_a_line_after_a_sentence_is_no_list_item() -> None:
    """The lead-in must end with a colon on the line before the items: a line after a
    full sentence keeps its own reading."""
    text = "The tariffs will be imposed next month.\n\n25% tariffs on 2,493 items\n"
    at = text.index("25%")
    assert set(stance_of(text, at, at + 3).allowed) == {"stated"}
