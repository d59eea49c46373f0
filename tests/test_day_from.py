"""``day_from``: where the day of a time is stated when the time's sentence names none.

Checked against the article (the passage stands once in it, names one day, which is the
value's, and shares a word of the event with the quote), shown on the evidence page,
counted in the check's summary; each hint, applied, gives a true fact that passes; the
docs' example passes.

The sentences are real (USA TODAY, 14-15 September 2018, on Florence's landfall), quoted
from ../shared/real-articles/ as the sentences the facts need, not whole articles; the
trains sentences are our own.
"""

from __future__ import annotations

import html
import json
from pathlib import Path
from typing import Any

import pytest
import yaml
from factcheck_helpers import REPO, build, registry_text, run_cli

from generator.base.report import Severity
from generator.check.pipeline import check_project

DAY = "Since marching ashore Friday near Wilmington, North Carolina, as a hurricane"
USA_TODAY = (
    f"{DAY}, Florence has dumped up to 2 feet of rain in places.\n"
    "A family of three died when a tree fell on a house in Wilmington.\n"
    "The NHC said Florence went ashore near Wrightsville Beach, North Carolina, at 7:15 "
    "a.m. EDT with estimated maximum winds of 90 mph.\n")
TIME = ("The NHC said Florence went ashore near Wrightsville Beach, North Carolina, at 7:15 "
        "a.m. EDT with estimated maximum winds of 90 mph.")
LANDFALL = {"kind": "date", "date": "2018-09-14T07:15:00-04:00"}
# the early-Saturday update, as USA TODAY's text is (its record says 14 September)
PUBLISHED = {"a.txt": {"basis": "catalogue", "date": "2018-09-15"}}


def _sheet(root: Path, article: str, quote: str, value: dict[str, Any],
           day_from: str | None, published: dict[str, dict[str, str]] | None = None
           ) -> Path:
    fact: dict[str, Any] = {"id": "f", "source": "a.txt", "subject": "Florence",
                            "property": "landfall, time", "quote": quote, "value": value}
    if day_from is not None:
        fact["day_from"] = day_from
    when = published or PUBLISHED
    return build(root, {"a.txt": article}, {
        "facts/sources.yml": registry_text({"a.txt": article.encode()}, when),
        "facts/f.yml": f"facts:\n  - {json.dumps(fact, ensure_ascii=False)}\n",
        "facts/site.yml": SITE}, when)


SITE = """title: "Florence"
pages:
  - path: storm
    title: "The storm"
    kind: table
    files: [f.yml]
"""


def _errors(root: Path) -> list[tuple[str, str, str]]:
    return [(p.code, p.message, p.hint) for p in check_project(root).report
            if p.severity is Severity.ERROR]


def test_the_day_stated_elsewhere_supports_the_time(tmp_path: Path) -> None:
    assert _errors(_sheet(tmp_path / "with", USA_TODAY, TIME, LANDFALL, DAY)) == []
    without = _errors(_sheet(tmp_path / "without", USA_TODAY, TIME, LANDFALL, None))
    assert [code for code, _, _ in without] == ["V405"]
    assert "not its day" in without[0][1] and "set date" not in without[0][2]


@pytest.mark.parametrize(("published", "why"), [
    ({"basis": "catalogue", "date": "2018-09-14"}, "the record's day, a Friday"),
    ({"basis": "catalogue", "date": "2018-09-15"}, "the update's day, a Saturday"),
])
def test_a_weekday_is_worked_out_from_the_articles_date(tmp_path: Path,
                                                        published: dict[str, str],
                                                        why: str) -> None:
    """USA TODAY's record says 14 September, its text is the 15 September update: either
    way "Friday" is 14 September, which is what makes the landfall's day known."""
    root = _sheet(tmp_path / "s", USA_TODAY, TIME, LANDFALL, DAY, {"a.txt": published})
    assert _errors(root) == [], why


def test_a_wrong_day_is_refused_and_its_hint_gives_the_true_one(tmp_path: Path) -> None:
    wrong = {**LANDFALL, "date": "2018-09-15T07:15:00-04:00"}
    errors = _errors(_sheet(tmp_path / "wrong", USA_TODAY, TIME, wrong, DAY))
    assert len(errors) == 1 and errors[0][0] == "V406", errors
    assert errors[0][1].startswith(f'day_from: "{DAY}"')
    assert errors[0][2] == 'set date: "2018-09-14T07:15:00-04:00"'
    fixed = {**LANDFALL, "date": errors[0][2].split('"')[1]}
    assert _errors(_sheet(tmp_path / "fixed", USA_TODAY, TIME, fixed, DAY)) == []


@pytest.mark.parametrize(("article", "value", "day_from", "says"), [
    # not in the article
    (USA_TODAY, LANDFALL, "Since marching ashore Friday near Wilmington as a storm",
     "is not in a.txt"),
    # a day of another event: no word of the landfall is shared
    (USA_TODAY.replace("A family of three died", "On Friday a family of three died"),
     LANDFALL, "On Friday a family of three died", "shares no word of the event"),
    # names no day
    (USA_TODAY, LANDFALL, "A family of three died when a tree fell", "names no day"),
    # two weekdays: which is the event's is not known
    (USA_TODAY.replace("in places.", "in places by Sunday."), LANDFALL,
     f"{DAY}, Florence has dumped up to 2 feet of rain in places by Sunday",
     "names 2 weekdays"),
    # a value that is no time of day
    (USA_TODAY, {"kind": "date", "date": "2018-09-14"}, DAY, "is for a time of day"),
])
def test_a_passage_that_does_not_give_the_events_day_supports_nothing(
        tmp_path: Path, article: str, value: dict[str, Any], day_from: str, says: str
) -> None:
    errors = _errors(_sheet(tmp_path / "s", article, TIME, value, day_from))
    assert len(errors) == 1 and errors[0][0] == "V405", errors
    assert errors[0][1].startswith("day_from:") and says in errors[0][1], errors


def test_a_quote_that_gives_its_day_needs_no_passage(tmp_path: Path) -> None:
    """Our own: the quote names its day, so day_from: would only hide which one counts."""
    article = ("Trains stopped on Friday, when the line flooded.\n"
               "The line flooded at 6 a.m. on Saturday, September 15, 2018.\n")
    errors = _errors(_sheet(
        tmp_path / "s", article, "The line flooded at 6 a.m. on Saturday, September 15, 2018.",
        {"kind": "date", "date": "2018-09-15T06:00"}, "Trains stopped on Friday, when the "
        "line flooded."))
    assert errors == [("V405", "day_from: the quote gives the day itself",
                       "remove 'day_from:'")]


def test_it_is_counted_in_the_summary_and_shown_on_the_evidence_page(tmp_path: Path) -> None:
    from generator.site.publish import build_pageset

    root = _sheet(tmp_path / "s", USA_TODAY, TIME, LANDFALL, DAY)
    outcome = run_cli(root)
    assert outcome.returncode == 0, outcome.stdout + outcome.stderr
    assert "1 time with its day stated elsewhere in its article (day_from)" in outcome.stderr
    pageset = build_pageset(root)
    evidence = [p for p in pageset.pages if p.path == "sources/a.md"]
    assert len(evidence) == 1
    shown = html.unescape(evidence[0].markdown)
    assert "its day is named elsewhere in the article" in shown and DAY in shown
    storm = html.unescape(next(p for p in pageset.pages if p.path == "storm/index.md").markdown)
    assert "14 September 2018, 07:15 UTC-04:00" in storm and "date worked out" in storm
    assert f"worked out from another sentence of the article, “{DAY}”" in storm


def test_it_is_listed_in_the_fact_diff(tmp_path: Path) -> None:
    base = _sheet(tmp_path / "base", USA_TODAY, TIME, {**LANDFALL, "date": "2018-09-14"},
                  None)
    head = _sheet(tmp_path / "head", USA_TODAY, TIME, LANDFALL, DAY)
    outcome = run_cli(base, str(base), str(head), "--format", "json", command="diff")
    assert outcome.returncode in (0, 1), outcome.stderr
    assert json.loads(outcome.stdout)["day_readings"] == [
        {"id": "f", "change": "added", "passage": DAY}]
    shown = run_cli(base, str(base), str(head), command="diff")
    assert f"the day from “{DAY}”, read by the editor as the same event" in shown.stdout


def test_the_docs_example_passes(tmp_path: Path) -> None:
    text = (REPO / "docs" / "format.md").read_text("utf-8")
    start = text.index("  - id: landfall-time\n")
    fact = yaml.safe_load(text[start:text.index("```", start)])[0]
    article = (f"{fact['day_from']}, the storm has cut power to thousands.\n"
               f"{fact['quote']}\n")
    published = {"a.txt": {"basis": "stated", "date": "2021-09-11"}}
    assert _errors(_sheet(tmp_path / "d", article, fact["quote"], fact["value"],
                          fact["day_from"], published)) == []
    wrong = {**fact["value"], "date": "2021-09-11T07:15:00-04:00"}
    assert _errors(_sheet(tmp_path / "w", article, fact["quote"], wrong, fact["day_from"],
                          published))
