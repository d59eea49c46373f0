"""A negation before "until" and the value denies only the time before it (issue 18, Fox's
"Jones likely won't be seated in Congress until January": the hint offered 'denied'; the
real sentence is in tests/fixtures/stance/sentences.yml). The value is when it will
happen: the modal's stance; a negation that is no modal, or one that does not stand
before "until", is read as before.
"""

from __future__ import annotations

import pytest

from generator.reading import normalise
from generator.reading.stance import stance_of


@pytest.mark.parametrize(("sentence", "value", "stances"), [
    ("The bridge won't reopen until March.", "until March", {"expected"}),
    ("The bridge will not reopen until March, the ministry said.", "until March",
     {"expected"}),
    # no modal: what did not happen until the date happened then
    ("The bridge did not reopen until March.", "until March", {"stated"}),
    # the negation governs what stands before "until"
    ("The bridge won't reopen in March.", "in March", {"denied"}),
    # "not ... before" in the verb group: from the bound on (The Hill, issue 18's alabama-83)
    ("McConnell had already indicated that the winner in Alabama would not be seated before "
     "the end of the year.", "before the end of the year", {"expected", "possible"}),
    ("The bridge won't reopen before March.", "before March", {"expected"}),
    ("The bridge did not reopen before March.", "before March", {"stated"}),
])
def test_not_until(sentence: str, value: str, stances: set[str]) -> None:
    text = normalise(sentence)
    start = text.index(value)
    assert set(stance_of(text, start, start + len(value), is_date=True).allowed) == stances
