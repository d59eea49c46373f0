"""Whose figure it is (V409): the subject of a verb of change ("Shanghai shed 0.2%"), a
name before a relative clause ("the Nasdaq, which ..., was down 3.4%"), names joined by
'and' ("Manila and Jakarta both down 1.6%") and the levy whose base a sum is ("lower
tariffs on a list of $60 billion"), a name with an "of" phrase whose comma joins its
adjectives ("the FTSE 250 index of medium-sized, more UK-focused companies, fell"), and a
name's number, which tells two names apart ("FTSE 100" is not "FTSE 250"). Real sentences
from the tariffs articles (their table cases are tariffs-17, -25, -58, -59, -63 and -80)
and our own; each V409 hint, applied, passes and is true."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from factcheck_helpers import build

from generator.check.pipeline import check_project
from generator.reading import figures_in, owners
from generator.reading.owners import names, names_among

HANG_SENG = ("The Hang Seng Index sank 1.7% while Shanghai shed 0.2% and Tokyo was off 0.7% "
             "at the break.")
NASDAQ = ("Standard & Poor's 500 index slipped 2.4%, while the tech-heavy Nasdaq, which has "
          "been the most vulnerable to trade tensions, was down 3.4% at the closing bell.")
MANILA = ("Sydney and Singapore each dropped more than one percentage point, with Manila and "
          "Jakarta both down 1.6%.")
DOW = ("With investors worried about the potential economic damage on all sides from the "
       "escalating trade war, the Dow Jones Industrial Average fell 617 points, or 2.4%, and "
       "the technology-heavy Nasdaq plunged 270 points, or 3.4%, its biggest drop of the year.")
ROUNDS = ("U.S. tariffs last year triggered retaliation by China, which imposed 25% levies on "
          "$50 billion worth of U.S. products including soybeans, beef and pork and lower "
          "tariffs on a list of $60 billion in goods.")

LONDON = ("In London, the blue-chip FTSE 100 fell 39 points, or 0.55%, to end Monday at 7,163, "
          "its lowest level since 13 March, while the FTSE 250 index of medium-sized, more "
          "UK-focused companies, fell more than 1.2% to a six-week low.")
TURNOUT = ("Amazing: turnout is at 72%-77% of '16 presidential race in heavily black "
           "counties, but just 55%-60% in rural white counties.")
RUSSELL = ("The S&P 500 rose 2%, while the Russell 2000 index of smaller, domestically focused "
           "companies, gained 3.1%.")


@pytest.mark.parametrize(("sentence", "expected"), [
    (HANG_SENG, {"1.7%": "Hang Seng Index", "0.2%": "Shanghai", "0.7%": "Tokyo"}),
    (NASDAQ, {"2.4%": "Standard & Poor's 500 index", "3.4%": "Nasdaq"}),
    (MANILA, {"1.6%": "Manila and Jakarta"}),
    (DOW, {"617": "Dow Jones Industrial Average", "270": "Nasdaq"}),
    (ROUNDS, {"$50 billion": "levies", "$60 billion": "lower tariffs"}),
    (LONDON, {"39": "FTSE 100", "1.2%": "FTSE 250 index"}),
    (RUSSELL, {"2%": "S&P 500", "3.1%": "Russell 2000 index"}),
    # USA TODAY (a tweet, Alabama): each side of ", but" owns its figures by its place
    (TURNOUT, {"72%": "heavily black counties", "77%": "heavily black counties",
               "55%": "rural white counties", "60%": "rural white counties"}),
    ("Turnout was 62% in Ohio, but 55% in Texas.", {"62%": "Ohio", "55%": "Texas"}),
    # one side without a figure, or a side that does not end with its place: no owner
    ("Turnout was 62% in Ohio, but fell in Texas.", {"62%": None}),
    ("Turnout was 62% in May, but 55% in the last days of a long and hot summer.",
     {"62%": None, "55%": None}),
    # an "of" phrase on no name: no owner
    ("The Dow, the index of blue chips, fell 2%.", {"2%": None}),
    ("Oil fell 2% after the report.", {"2%": "Oil"}),
    ("The death toll rose to 11.", {"11": None}),
    ("It fell 2% on Monday.", {"2%": None}),
])
def test_the_owner_of_each_figure(sentence: str, expected: dict[str, str | None]) -> None:
    found = figures_in(sentence)
    owned = {f.written: o for f, o in zip(found, owners(sentence, found), strict=True)}
    for written, owner in expected.items():
        assert owned.get(written, "absent") == owner, owned


def _errors(root: Path, sentence: str, subject: str, value: dict[str, Any]) -> list[str]:
    fact = {"id": "f", "source": "a.txt", "subject": subject, "property": "fall",
            "quote": sentence, "value": value}
    build(root, {"a.txt": sentence + "\n"},
          {"facts/t.yml": f"facts:\n  - {json.dumps(fact)}\n"})
    return [p.text for p in check_project(root).report.errors if p.code.startswith("V")]


PERCENT = {"kind": "quantity", "unit": "percent"}
# (sentence, subject, the figure claimed, the subject the hint names for it)
WRONG = [
    (HANG_SENG, "Shanghai", {**PERCENT, "amount": 1.7}, "Hang Seng Index"),
    (HANG_SENG, "Tokyo", {**PERCENT, "amount": 0.2}, "Shanghai"),
    (NASDAQ, "S&P 500", {**PERCENT, "amount": 3.4}, "Nasdaq"),
    (DOW, "Dow", {"kind": "quantity", "amount": 270, "noun": "point"}, "Nasdaq"),
    (MANILA, "Sydney", {**PERCENT, "amount": 1.6}, "Manila and Jakarta"),
    (LONDON, "FTSE 100", {**PERCENT, "amount": 1.2, "qualifier": "over"}, "FTSE 250 index"),
    (RUSSELL, "S&P 500", {**PERCENT, "amount": 3.1}, "Russell 2000 index"),
    (TURNOUT, "heavily black counties", {**PERCENT, "min": 55, "max": 60},
     "rural white counties"),
    ("Turnout was 62% in Ohio, but 55% in Texas.", "Ohio", {**PERCENT, "amount": 55}, "Texas"),
]


@pytest.mark.parametrize(("sentence", "subject", "value", "owner"), WRONG,
                         ids=[f"{w[1]}-{w[2].get('amount', w[2].get('min'))}" for w in WRONG])
def test_another_entitys_figure_is_refused_and_the_hint_applied_is_true(
        tmp_path: Path, sentence: str, subject: str, value: dict[str, Any],
        owner: str) -> None:
    errors = _errors(tmp_path / "wrong", sentence, subject, value)
    assert len(errors) == 1 and f"belongs to {owner} in the quote" in errors[0], errors
    assert "set 'subject:' to the entity that owns this one" in errors[0]
    assert _errors(tmp_path / "fixed", sentence, owner, value) == []


@pytest.mark.parametrize(("sentence", "subject", "value"), [
    (HANG_SENG, "Hang Seng", {**PERCENT, "amount": 1.7}),
    (NASDAQ, "S&P 500", {**PERCENT, "amount": 2.4}),
    (NASDAQ, "Nasdaq", {**PERCENT, "amount": 3.4}),
    (MANILA, "Jakarta", {**PERCENT, "amount": 1.6}),
    (LONDON, "FTSE 250", {**PERCENT, "amount": 1.2, "qualifier": "over"}),
    (TURNOUT, "heavily black counties", {**PERCENT, "min": 72, "max": 77}),
    (TURNOUT, "rural white counties", {**PERCENT, "min": 55, "max": 60}),
    (LONDON, "FTSE 100", {"kind": "quantity", "amount": 39, "noun": "point"}),
    (ROUNDS, "goods under 25% Chinese levies in 2018",
     {"kind": "money", "amount": 50, "scale": "billion", "currency": "USD"}),
])
def test_each_entitys_own_figure_passes(tmp_path: Path, sentence: str, subject: str,
                                        value: dict[str, Any]) -> None:
    assert _errors(tmp_path / "own", sentence, subject, value) == []


@pytest.mark.parametrize(("subject", "owner", "named"), [
    ("FTSE 100", "FTSE 250 index", False),
    ("FTSE 250", "FTSE 250 index", True),
    ("S&P 500", "Standard & Poor's 500 index", True),
    ("Roy Moore", "Moore", True),
    ("Russell 2000", "Russell", True),  # a number on one side only tells nothing apart
])
def test_a_names_number_tells_names_apart(subject: str, owner: str, named: bool) -> None:
    assert names(subject, owner) is named


@pytest.mark.parametrize(("subject", "owner", "rivals", "named"), [
    # the word both owners share tells nothing apart
    ("heavily black counties", "rural white counties",
     ["heavily black counties", "rural white counties"], False),
    ("heavily black counties", "heavily black counties",
     ["heavily black counties", "rural white counties"], True),
    ("black counties", "heavily black counties", ["heavily black counties"], True),
    ("Roy Moore", "Moore", ["Moore", "Jones"], True),
])
def test_a_subject_names_the_owner_its_own_words_tell_apart(
        subject: str, owner: str, rivals: list[str], named: bool) -> None:
    assert names_among(subject, owner, rivals) is named
