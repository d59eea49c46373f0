"""A passive "reported" before a named place records where a thing happened; it quotes
nobody (issue 18, the BBC's "All five deaths were reported in North Carolina:", read as
hearsay: the hint offered 'reported'; the real sentence is in the stance table). "It was
reported that ...", "are reported to be ..." stay second-hand.
"""

from __future__ import annotations

import pytest

from generator.reading import normalise
from generator.reading.stance import stance_of


@pytest.mark.parametrize(("sentence", "value", "stances"), [
    ("Three new cases were confirmed in Ohio on Friday.", "Three", {"stated"}),
    ("Two deaths were recorded at Wilmington.", "Two", {"stated"}),
    ("It was reported that three ships sank.", "three", {"reported"}),
    ("Almost 800 people are reported to be without power.", "800", {"reported"}),
])
def test_a_passive_reported_before_a_place(sentence: str, value: str,
                                           stances: set[str]) -> None:
    text = normalise(sentence)
    start = text.index(value)
    assert set(stance_of(text, start, start + len(value)).allowed) == stances
