"""What the seventh new-user trial met (issue 18) beyond its draft and stance hints: a
figure restated after ", or" that had no owner (the Guardian on the FTSE, 13 May 2019),
so another index could claim it. Each real sentence is proved verbatim in its article
(../shared/real-articles/, never copied here) and checked both ways; each hint, applied
as an editor would, yields a true fact that passes.
"""

from __future__ import annotations

from pathlib import Path

from factcheck_helpers import errors_by_fact, page_errors, real_articles

from generator.base.report import Problem

GUARDIAN = "china-us-tariffs-2019-05/04_guardian_6RfuVxZW1tUkhfMH.txt"
LONDON = ("the blue-chip FTSE 100 fell 39 points, or 0.55%, to end Monday at 7,163, its "
          "lowest level since 13 March, while the FTSE 250 index of medium-sized, more "
          "UK-focused companies, fell more than 1.2% to a six-week low")
PERCENT = {"kind": "quantity", "unit": "percent"}


def _guardian(tmp_path: Path, facts: list[dict[str, object]]) -> dict[str, list[Problem]]:
    text = " ".join((real_articles() / GUARDIAN).read_text("utf-8").split())
    assert LONDON in text
    return errors_by_fact(tmp_path, "In London, " + LONDON + ".\n", "2019-05-13", facts)


def test_a_figure_restated_after_or_is_its_owners(tmp_path: Path) -> None:
    found = _guardian(tmp_path, [
        {"subject": "FTSE 250", "quote": LONDON, "value": {**PERCENT, "amount": 0.55}},
        {"subject": "FTSE 100", "quote": LONDON, "value": {**PERCENT, "amount": 0.55}},
        {"subject": "FTSE 250", "quote": LONDON,
         "value": {**PERCENT, "amount": 1.2, "qualifier": "over"}}])
    [wrong] = found["f0"]
    assert wrong.code == "V409" and '"0.55%" belongs to FTSE 100' in wrong.message
    assert "set 'subject:' to the entity that owns this one" in wrong.message + wrong.hint
    assert found["f1"] == []  # the hint applied: the FTSE 100's 0.55%, true
    assert found["f2"] == []


def test_our_own_restatement_after_or(tmp_path: Path) -> None:
    text = "Oil fell $2, or 3%, while Gold rose 1%.\n"
    quote = "Oil fell $2, or 3%, while Gold rose 1%"
    found = errors_by_fact(tmp_path, text, "2019-05-13", [
        {"subject": "Gold", "quote": quote, "value": {**PERCENT, "amount": 3}},
        {"subject": "Oil", "quote": quote, "value": {**PERCENT, "amount": 3}},
        {"subject": "Gold", "quote": quote, "value": {**PERCENT, "amount": 1}}])
    [wrong] = found["f0"]
    assert wrong.code == "V409" and '"3%" belongs to Oil' in wrong.message
    assert found["f1"] == [] and found["f2"] == []


HANG_SENG = "The Hang Seng Index sank 1.7% while Shanghai shed 0.2% and Tokyo was off 0.7%"


def test_a_fall_told_by_its_verb_is_its_size(tmp_path: Path) -> None:
    """format.md: `amount` is the number as the quote writes it; a fall its words tell is
    its size, with the direction in `property:` (trial 7 wrote -1.7 from the old line
    'negative for a loss or a fall' and met a message that named no way out)."""
    text = " ".join((real_articles() / GUARDIAN).read_text("utf-8").split())
    assert HANG_SENG in text
    quote = "The Hang Seng Index sank 1.7%"
    found = errors_by_fact(tmp_path, HANG_SENG + ".\n", "2019-05-13", [
        {"subject": "Hang Seng Index", "property": "change", "quote": quote,
         "value": {**PERCENT, "amount": -1.7}},
        {"subject": "Hang Seng Index", "property": "fall", "quote": quote,
         "value": {**PERCENT, "amount": 1.7}}])
    [signed] = found["f0"]
    assert signed.code == "V401" and 'writes no minus: "1.7%" is a size' in signed.message
    assert "amount: 1.7" in signed.hint and "'property:'" in signed.hint
    assert found["f1"] == []  # the hint applied: a fall of 1.7%, true


def test_our_own_written_minus_is_negative(tmp_path: Path) -> None:
    text = "Exports showed growth of -5 percent in March, and imports fell 3 percent.\n"
    found = errors_by_fact(tmp_path, text, "2019-05-13", [
        {"quote": "Exports showed growth of -5 percent",
         "value": {**PERCENT, "amount": -5}},
        {"quote": "imports fell 3 percent", "value": {**PERCENT, "amount": -3}},
        {"quote": "imports fell 3 percent", "property": "fall",
         "value": {**PERCENT, "amount": 3}}])
    assert found["f0"] == []
    [signed] = found["f1"]
    assert signed.code == "V401" and "amount: 3)" in signed.hint
    assert found["f2"] == []


CNBC = "01_cnbc.html"  # published 2019-11-18
FLEET = "Its fleet of roughly 400 737 Max jets around the world have been grounded since March."


def test_a_count_before_a_models_number_is_read(tmp_path: Path) -> None:
    """"400 737" was read as a number grouped by a space (400,737 or two numbers), so the
    quote had no figure; "737 Max" is a listed model, so its number ends no group."""
    found = page_errors(tmp_path, CNBC, [FLEET], "2019-11-18", [
        {"quote": FLEET, "value": {"kind": "quantity", "amount": 400, "noun": "jet",
                                   "qualifier": "about"}},
        {"quote": FLEET, "value": {"kind": "quantity", "amount": 400, "noun": "jet"}},
        {"quote": FLEET, "value": {"kind": "quantity", "amount": 737, "noun": "jet"}}])
    assert found["f0"] == []
    [exact] = found["f1"]  # "roughly" is about: the hint, applied, is f0
    assert exact.code == "V404" and 'the quote says about ("400")' in exact.message
    [model] = found["f2"]  # the model's number counts no jets; the message names the 400
    assert model.code == "V401" and 'the quote has "400"' in model.message


def test_our_own_spaced_groups_stay_unread(tmp_path: Path) -> None:
    found = errors_by_fact(tmp_path, "The club sold 1 200 tickets to 300 737 Max pilots.\n",
                           "2019-05-13", [
        {"quote": "The club sold 1 200 tickets",
         "value": {"kind": "quantity", "amount": 1200, "noun": "ticket"}},
        {"quote": "to 300 737 Max pilots",
         "value": {"kind": "quantity", "amount": 300, "noun": "pilot"}}])
    [grouped] = found["f0"]  # the message names what it read, not "no figures"
    assert grouped.code == "V401" and '"1 200" is digits grouped by a space' in grouped.message
    assert found["f1"] == []
