"""Every date hint, applied, passes and is true (issue 18: "until March", written in late
November, was advised as March of the same year, nine months wrong).

Each case is a wrong date value as an editor might write it; the check's V404/V405/V406
hint is applied to it as the editor would, and the fact is checked again: it must pass
(no date error) and hold the value the sentence states.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from factcheck_helpers import build

from generator.check.pipeline import check_project

DATE_CODES = {"V404", "V405", "V406"}
# (sentence, publication date, stance, wrong value, the true value)
CASES: list[tuple[str, str, str, dict[str, Any], dict[str, Any]]] = [
    ("The levy will apply until March, the ministry said.", "2018-11-26", "expected",
     {"date": "2018-03"}, {"date": "..", "end": "2019-03", "relative": "until March"}),
    ("The levy will apply until March, the ministry said.", "2018-11-26", "expected",
     {"date": "..", "end": "2018-03", "relative": "until March"},
     {"date": "..", "end": "2019-03", "relative": "until March"}),
    ("The plant reopened on Feb. 3 after a long strike.", "2018-11-12", "stated",
     {"date": "2019-02-03"}, {"date": "2018-02-03", "relative": "Feb. 3"}),
    ("The company will reopen the plant on Feb. 3, a spokesman said.", "2018-11-12",
     "expected", {"date": "2018-02-03"}, {"date": "2019-02-03", "relative": "Feb. 3"}),
    ("Talks are expected to resume in mid-February.", "2018-11-12", "expected",
     {"date": "2018-02", "qualifier": "mid"},
     {"date": "2019-02", "qualifier": "mid", "relative": "February"}),
    ("Talks in Geneva on Feb. 3.", "2018-11-12", "stated",
     {"date": "2019-02-03"}, {"date": "XXXX-02-03"}),
    ("Talks in Geneva on Feb. 3.", "2018-11-12", "stated",
     {"date": "2019-02-03", "relative": "Feb. 3"}, {"date": "XXXX-02-03"}),
    ("The vote is scheduled for Thursday.", "2018-11-12", "expected",
     {"date": "2018-11-08", "relative": "Thursday"},
     {"date": "2018-11-15", "relative": "Thursday"}),
    ("In a 2019 speech, he said the plant would close next year.", "2021-06-01", "expected",
     {"date": "2022", "relative": "next year"}, {"date": "2020", "relative": "next year"}),
    ("Jones likely won't be seated in Congress until January.", "2017-12-13", "possible",
     {"date": "..", "end": "2017-01", "relative": "until January"},
     {"date": "..", "end": "2018-01", "relative": "until January"}),
    ("At 2 a.m. EST Saturday, the center of the storm was about 35 miles from Myrtle Beach.",
     "2018-09-15", "stated",
     {"date": "2018-09-15", "relative": "Saturday", "time": "02:00", "zone": "EDT"},
     {"date": "2018-09-15", "relative": "Saturday", "time": "02:00", "zone": "EST"}),
    ("At 2 a.m. EST Saturday, the center of the storm was about 35 miles from Myrtle Beach.",
     "2018-09-15", "stated",
     {"date": "2018-09-15", "relative": "Saturday", "time": "02:00~", "zone": "EST"},
     {"date": "2018-09-15", "relative": "Saturday", "time": "02:00", "zone": "EST"}),
    # A weekday in a text updated after its first publication counts from the update
    # (the registry's 'updated:'): the text read is the Sunday update of a Saturday record.
    ("Tropical Storm Florence weakened to a tropical depression early Sunday.",
     "2018-09-15+2018-09-16", "stated",
     {"date": "2018-09-09", "qualifier": "early", "relative": "Sunday"},
     {"date": "2018-09-16", "qualifier": "early", "relative": "Sunday"}),
    # A time of day written the ISO way, its day relative, its zone as the offset.
    ("The further downgrading of what had been a powerful hurricane several days ago came "
     "in a 5 a.m. ET Sunday advisory from the National Hurricane Center.",
     "2018-09-15+2018-09-16", "stated",
     {"date": "2018-09-09T05:00:00-04:00", "relative": "5 a.m. ET Sunday"},
     {"date": "2018-09-16T05:00:00-04:00", "relative": "5 a.m. ET Sunday"}),
    ("The further downgrading of what had been a powerful hurricane several days ago came "
     "in a 5 a.m. ET Sunday advisory from the National Hurricane Center.",
     "2018-09-15+2018-09-16", "stated",
     {"date": "2018-09-16T05:00:00-05:00", "relative": "5 a.m. ET Sunday"},
     {"date": "2018-09-16T05:00:00-04:00", "relative": "5 a.m. ET Sunday"}),
    ("At 2 a.m. EST Saturday, the center of the storm was about 35 miles from Myrtle Beach.",
     "2018-09-14+2018-09-15", "stated",
     {"date": "2018-09-15T02:00:00-04:00", "relative": "Saturday"},
     {"date": "2018-09-15T02:00:00-05:00", "relative": "Saturday"}),
    ("At 2 a.m. EST Saturday, the center of the storm was about 35 miles from Myrtle Beach.",
     "2018-09-14", "stated",
     {"date": "2018-09-15T02:00:00-05:00", "relative": "Saturday"},
     {"date": "2018-09-08T02:00:00-05:00", "relative": "Saturday"}),
    # A time whose day only its paragraph states (here the paragraph is the sentence).
    ("The next high tide is at 4 p.m. (September 16, 2018)", "2018-09-14", "stated",
     {"date": "2018-09-14T16:00:00"}, {"date": "2018-09-16T16:00:00"}),
    ("The next high tide is at 4 p.m. (September 16, 2018)", "2018-09-14", "stated",
     {"date": "2018-09-16T16:00:00-04:00"}, {"date": "2018-09-16T16:00:00"}),
    # A weekday in a forecast of a news week resolves forward.
    ("The National Weather Service forecasts the river to reach flood stage at Manchester "
     "after 2 a.m. ET Sunday and crest Monday morning at 35.4 feet.", "2018-09-15",
     "expected", {"date": "2018-09-10", "relative": "Monday"},
     {"date": "2018-09-17", "relative": "Monday"}),
    # An interval that opens at a time of day, its day in the future of a news week.
    ("The National Weather Service forecasts the river to reach flood stage at Manchester "
     "after 2 a.m. ET Sunday and crest Monday morning at 35.4 feet.", "2018-09-15",
     "expected", {"date": "2018-09-09T02:00:00-04:00", "end": "..",
                  "relative": "after 2 a.m. ET Sunday"},
     {"date": "2018-09-16T02:00:00-04:00", "end": "..", "relative": "after 2 a.m. ET Sunday"}),
    ("The National Weather Service forecasts the river to reach flood stage at Manchester "
     "after 2 a.m. ET Sunday and crest Monday morning at 35.4 feet.", "2018-09-15",
     "expected", {"date": "2018-09-16T02:00:00-05:00", "end": "..",
                  "relative": "after 2 a.m. ET Sunday"},
     {"date": "2018-09-16T02:00:00-04:00", "end": "..", "relative": "after 2 a.m. ET Sunday"}),
    # A part of the day in the wording: the day is the weekday's.
    ("The storm will reach Columbia early Monday.", "2018-09-15", "expected",
     {"date": "2018-09-10", "relative": "early Monday"},
     {"date": "2018-09-17", "relative": "early Monday"}),
    ("The river crested later on Monday.", "2018-09-19", "stated",
     {"date": "2018-09-24", "relative": "later on Monday"},
     {"date": "2018-09-17", "relative": "later on Monday"}),
    ("Florence will weaken Monday morning, forecasters said.", "2018-09-15", "expected",
     {"date": "2018-09-10", "relative": "Monday morning"},
     {"date": "2018-09-17", "relative": "Monday morning"}),
    # The words around an interval (issue 18, OPEN.txt): "at the latest" closes it (USA
    # TODAY, the clause after the semicolon has no verb: "expects" dates it), a negated
    # "before" opens it at the bound (The Hill), "the end of the year" or "of the weekend"
    # is the period's last day (The Hill, Fox), "or so" hedges the end (USA TODAY).
    ("Alabama Secretary of State John Merrill said on CNN Tuesday night he expects to "
     "certify the election results the last week of December; at the latest, the first "
     "week of January.", "2017-12-13", "expected",
     {"date": "..", "end": "2017-01", "relative": "the first week of January"},
     {"date": "..", "end": "2018-01", "relative": "the first week of January"}),
    ("The Republican push for tax reform should not be affected, since McConnell had "
     "already indicated that the winner in Alabama would not be seated before the end of "
     "the year.", "2017-12-13", "expected",
     {"date": "..", "end": "2017-12-31", "relative": "before the end of the year"},
     {"date": "2017-12-31", "end": "..", "relative": "before the end of the year"}),
    ("More than 2 feet of rain over the course of 24 hours has fallen in some places in "
     "North Carolina, with forecasters calling for an additional 1½ feet by the end of the "
     "weekend.", "2018-09-15+2018-09-16", "expected",
     {"date": "..", "end": "2018-09-23", "relative": "by the end of the weekend"},
     {"date": "..", "end": "2018-09-16", "relative": "by the end of the weekend"}),
    ("Cailin Birch, global economist at The Economist Intelligence Unit, said she still "
     "expects the U.S. and China to reach a limited trade agreement in the next month or so "
     "because of the serious economic ramifications both countries will be dealing with "
     "otherwise.", "2019-05-13", "expected",
     {"date": "2019-05-13", "end": "2019-06-13", "relative": "in the next month or so"},
     {"date": "2019-05-13", "end": "2019-06-13", "end_qualifier": "about",
      "relative": "in the next month or so"}),
    ("The plant won't reopen before the end of the month, the company said.", "2019-05-13",
     "expected", {"date": "..", "end": "2019-05-31", "relative": "before the end of the month"},
     {"date": "2019-05-31", "end": "..", "relative": "before the end of the month"}),
    # "the middle of next week" is about that week's Wednesday (CNN; Fox's Sunday update)
    ("Then it will swing to the northeast in the middle of next week on a path to the "
     "Atlantic Ocean near Nova Scotia, where it will be an extratropical low with gale-force "
     "winds.", "2018-09-14", "expected",
     {"date": "2018-09-19", "relative": "in the middle of next week"},
     {"date": "2018-09-19", "qualifier": "about", "relative": "in the middle of next week"}),
    ("The hurricane center said the storm will eventually break up over the southern "
     "Appalachians and make a right hook to the northeast, its rainy remnants moving into the "
     "Mid-Atlantic states and New England by the middle of next week.",
     "2018-09-15+2018-09-16", "expected",
     {"date": "..", "end": "2018-09-26", "end_qualifier": "about",
      "relative": "by the middle of next week"},
     {"date": "..", "end": "2018-09-19", "end_qualifier": "about",
      "relative": "by the middle of next week"}),
    ("Talks will resume in the middle of next week.", "2019-05-13", "expected",
     {"date": "2019-05-15", "qualifier": "about", "relative": "in the middle of next week"},
     {"date": "2019-05-22", "qualifier": "about", "relative": "in the middle of next week"}),
    ("The levy will be lifted within the next year or so.", "2019-05-13", "expected",
     {"date": "2019-05-13", "end": "2020-06-13", "end_qualifier": "about",
      "relative": "within the next year or so"},
     {"date": "2019-05-13", "end": "2020-05-13", "end_qualifier": "about",
      "relative": "within the next year or so"}),
]
_SETTING = re.compile(
    r"\b(date|end_qualifier|end|relative|qualifier|time|zone): (?:\"([^\"]*)\"|([\w.-]+))")


def apply(hint: str, value: dict[str, Any]) -> dict[str, Any]:
    """The value after the editor follows ``hint``: each key it sets; a whole date form
    ("write date: ...") replaces the date keys; "remove 'zone:'" drops the zone."""
    settings = {key: quoted or bare for key, quoted, bare in _SETTING.findall(hint)}
    assert settings or "remove" in hint, f"the hint proposes nothing to apply: {hint}"
    fixed = dict(value)
    if not hint.startswith("set ") and "date" in settings:  # a whole value is proposed
        for key in ("date", "end", "relative", "qualifier"):
            fixed.pop(key, None)
    fixed.update(settings)
    if "remove 'zone:'" in hint:
        fixed.pop("zone", None)
    return fixed


def _check(root: Path, sentence: str, published: str, stance: str,
           value: dict[str, Any]) -> list[tuple[str, str]]:
    fact = {"id": "f", "source": "a.txt", "subject": "S", "property": "p", "quote": sentence,
            "value": {"kind": "date", **value}, "stance": stance}
    first, _, updated = published.partition("+")
    when = {"basis": "stated", "date": first, **({"updated": updated} if updated else {})}
    build(root, {"a.txt": sentence + "\n"}, {"facts/t.yml": f"facts:\n  - {json.dumps(fact)}\n"},
          {"a.txt": when})
    result = check_project(root)
    return [(p.code, p.hint or "") for p in result.report.errors if p.code in DATE_CODES]


@pytest.mark.parametrize(("sentence", "published", "stance", "wrong", "true"), CASES,
                         ids=[f"{c[0][:30]}-{json.dumps(c[3])}" for c in CASES])
def test_a_date_hint_applied_passes_and_is_true(tmp_path: Path, sentence: str, published: str,
                                                stance: str, wrong: dict[str, Any],
                                                true: dict[str, Any]) -> None:
    errors = _check(tmp_path / "wrong", sentence, published, stance, wrong)
    assert errors, "the wrong value passed"
    fixed = apply(errors[0][1], wrong)
    if fixed != true and _check(tmp_path / "step", sentence, published, stance, fixed):
        # One hint leads to the next (the year, then the qualifier): follow it once more.
        fixed = apply(_check(tmp_path / "step2", sentence, published, stance, fixed)[0][1],
                      fixed)
    assert fixed == true, (errors, fixed)
    assert _check(tmp_path / "fixed", sentence, published, stance, fixed) == []
