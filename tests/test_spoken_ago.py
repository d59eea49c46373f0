"""A count of days or weeks "ago" in a speaker's words counts from the day they spoke
(issue 18: the hint for Reuters's "Trump said ... a trip to Beijing two weeks ago", a text
of 14 May reporting Monday 13 May, proposed the dateline's count, a day wrong).

Where the sentence gives no day to count from, the reader says it cannot tell and proposes
no date; in the narration, or where the sentence dates something (the anchored readings
decide then), "ago" counts from the publication date as before.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from factcheck_helpers import build

from generator.check.anchors import spoken_ago
from generator.check.pipeline import check_project

# Reuters, 14 May 2019 (../shared/real-articles/china-us-tariffs-2019-05/05_reuters_*)
REUTERS = ("Speaking several hours later at a dinner gathering at the White House, Trump said "
           "it should be clear in “three or four weeks” if a U.S. trade delegation’s trip to "
           "Beijing two weeks ago was successful.")


def _errors(root: Path, sentence: str, quote: str, date: str, relative: str,
            published: str = "2019-05-14") -> list[tuple[str, str]]:
    fact = {"id": "f", "source": "a.txt", "subject": "S", "property": "p", "quote": quote,
            "value": {"kind": "date", "date": date, "relative": relative}}
    build(root, {"a.txt": sentence + "\n"}, {"facts/t.yml": f"facts:\n  - {json.dumps(fact)}\n"},
          {"a.txt": {"basis": "stated", "date": published}})
    return [(p.code, p.text) for p in check_project(root).report.errors]


@pytest.mark.parametrize("date", ["2019-04-29", "2019-04-30"])
def test_a_speakers_ago_proposes_no_date(tmp_path: Path, date: str) -> None:
    errors = _errors(tmp_path, REUTERS, "a U.S. trade delegation’s trip to Beijing two weeks "
                     "ago", date, "two weeks ago")
    assert [code for code, _ in errors] == ["V406"], errors
    text = errors[0][1]
    assert "the day they spoke" in text and "set date" not in text, text
    assert "2019-04" not in text, text  # no date proposed


def test_the_narrations_ago_counts_from_the_dateline(tmp_path: Path) -> None:
    sentence = "The delegation's trip to Beijing two weeks ago ended without a deal."
    assert _errors(tmp_path / "right", sentence, sentence, "2019-04-30", "two weeks ago") == []
    wrong = _errors(tmp_path / "wrong", sentence, sentence, "2019-04-29", "two weeks ago")
    assert [code for code, _ in wrong] == ["V406"]
    assert 'set date: "2019-04-30"' in wrong[0][1]


def test_the_reading_itself() -> None:
    assert spoken_ago(REUTERS, "two weeks ago") is not None
    # the saying is dated in the sentence: not this rule's to decide
    assert spoken_ago("The mayor said on Monday the storm hit two days ago.",
                      "two days ago") is None
    # months and years are not counted in days: the dateline's month is the speaker's
    assert spoken_ago("Trump said the talks began two months ago.", "two months ago") is None
