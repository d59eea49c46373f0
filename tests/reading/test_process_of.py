"""A process begun governs what it names after "of": expected, not done (issue 18,
USA TODAY's "The U.S. Trade Representative's Office also has started the process of
levying tariffs on another $325 billion in Chinese goods": the correct 'expected' was
refused and the hint offered to remove it; the real sentence is in the stance table).
"in the process of" is an action under way, and stays as it was read (Reuters's Peskov
sentence in the stance table); what stands before "process" is not reached.
"""

from __future__ import annotations

import pytest

from generator.reading import normalise
from generator.reading.stance import stance_of


@pytest.mark.parametrize(("sentence", "value", "stances"), [
    ("The ministry began the process of closing 40 schools.", "40", {"expected"}),
    ("The ministry closed 12 hospitals and began the process of closing 40 schools.", "12",
     {"stated"}),
    ("The ministry is in the process of closing 40 schools.", "40", {"stated"}),
])
def test_the_process_of(sentence: str, value: str, stances: set[str]) -> None:
    text = normalise(sentence)
    start = text.index(value)
    assert set(stance_of(text, start, start + len(value)).allowed) == stances
