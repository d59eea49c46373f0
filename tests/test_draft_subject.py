"""``draft``'s subject and property guesses (trial 5, #18): a sentence's opening words
("My", "The", "According", "On November", "Despite Mr") name nothing, so the guess is
"TODO subject", which the check refuses until the editor writes one; a duration's property
is "duration", not its unit ("h")."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from factcheck_helpers import build

from generator.check.pipeline import check_project
from generator.commands.draft_subject import TODO_SUBJECT, guess_property, guess_subject


@pytest.mark.parametrize("quote", [
    # Real openings of the trial's quotes: The New York Times and Smithsonian, November 2019.
    "\u201cMy people had $20 billion done,\u201d Mr. Trump recounted",
    "The first two illnesses were confirmed on November 12.",
    "According to the Centers for Disease Control and Prevention, an average of seven",
    "On November 16, a third case of plague was reported in a 55-year-old man",
    "Despite Mr. Trump\u2019s Oct. 11 announcement that the United States and China had",
    "While Mr. Trump canceled an increase in tariffs planned for Oct. 15",
    "In 2003, authorities there were accused of concealing the true extent",
    # Our own
    "Today, 40 people were rescued.",
])
def test_a_sentences_opening_words_are_no_subject(quote: str) -> None:
    assert guess_subject(quote, []) == TODO_SUBJECT


@pytest.mark.parametrize(("quote", "subject"), [
    ("The Pentagon said on Tuesday that the U.S. State Department had approved", "The Pentagon"),
    ("Reuters reported 26 cases and 11 deaths", "Reuters"),
    ("The S-400 can engage targets at a distance of 400 kilometers", "The S-400"),
])
def test_a_name_that_opens_the_quote_is_still_guessed(quote: str, subject: str) -> None:
    assert guess_subject(quote, []) == subject
    # a page's subject the quote names comes first
    assert guess_subject(quote, ["Patriot offer", subject]) == subject


def test_a_duration_is_a_duration_and_a_percentage_left_to_the_editor() -> None:
    assert guess_property({"kind": "quantity", "amount": 1.5, "unit": "h"}) == "duration"
    assert guess_property({"kind": "quantity", "amount": 1.5, "unit": "year"}) == "duration"
    assert guess_property({"kind": "quantity", "amount": 400, "unit": "km"}) == "range"
    assert guess_property({"kind": "quantity", "amount": 15, "unit": "percent"}).startswith(
        "TODO")


def test_the_check_refuses_a_todo_subject_or_property(tmp_path: Path) -> None:
    sentence = "Rescuers found 12 people on Friday."
    facts = [{"id": f"f{i}", "source": "a.txt", "subject": subject, "property": prop,
              "quote": sentence, "value": {"kind": "quantity", "amount": 12, "noun": "person"}}
             for i, (subject, prop) in enumerate([(TODO_SUBJECT, "rescued"),
                                                  ("Rescue", "TODO property"),
                                                  ("Rescue", "rescued")])]
    root = build(tmp_path, {"a.txt": sentence},
                 {"facts/x.yml": "facts:\n" + "".join(f"  - {json.dumps(f)}\n" for f in facts)},
                 {"a.txt": {"basis": "stated", "date": "2019-11-18"}})
    errors = [p for p in check_project(root).report.errors if p.code == "S103"]
    assert len(errors) == 2 and all("in place of TODO" in p.text for p in errors)
    assert {p.position.line for p in errors} == {2, 3}
    # at the field itself, in the editor's words (pydantic's "Value error" label dropped)
    assert [p.text.split(":", 1)[0] for p in errors] == ["subject", "property"]
    assert not any("Value error" in p.text for p in errors)
