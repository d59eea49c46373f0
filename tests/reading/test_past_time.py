"""A past time right after the value ("the Department of Agriculture's $12 billion plan
last year") dates it in the past: a modal governing the clause around it does not reach
it (issue 18, Newsmax's "A new aid program would be the second round of assistance ...,
after the Department of Agriculture's $12 billion plan last year": the hint offered
'expected' or 'possible'; the real sentence is in the stance table, the mirror of "a
future time after the value").
"""

from __future__ import annotations

import pytest

from generator.reading import normalise
from generator.reading.stance import stance_of


@pytest.mark.parametrize(("sentence", "value", "stances"), [
    ("The new fund would double the ministry's $5 billion program last year.",
     "$5 billion", {"stated"}),
    ("The new fund would double the ministry's $5 billion program a year ago.",
     "$5 billion", {"stated"}),
    # no past time: the modal governs
    ("The new fund would double the ministry's $5 billion program.", "$5 billion",
     {"expected", "possible"}),
])
def test_a_past_time_after_the_value(sentence: str, value: str, stances: set[str]) -> None:
    text = normalise(sentence)
    start = text.index(value)
    assert set(stance_of(text, start, start + len(value)).allowed) == stances
