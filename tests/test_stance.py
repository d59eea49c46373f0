"""The stance reader (generator/reading/stance.py): each cue, its scope, and its bounds."""

from __future__ import annotations

import pytest

from generator.reading import stance_of
from generator.reading.stance import CLAUSE_REACH, clause_around


def _allowed(text: str, value: str, *, is_date: bool = False) -> set[str]:
    start = text.index(value)
    return set(stance_of(text, start, start + len(value), is_date=is_date).allowed)


@pytest.mark.parametrize(("text", "value", "allowed"), [
    ("The Kremlin denied reports of a $4bn follow-on order.", "$4bn", {"denied"}),
    ("An upgraded version could reach 1,500 kilometres.", "1,500 kilometres", {"possible"}),
    ("The systems are not compatible with NATO air defences.", "compatible", {"denied"}),
    ("The systems are not compatible with NATO air defences.", "not compatible", {"stated"}),
    ("It was sold only to China and India, but not to Saudi Arabia.", "Saudi Arabia",
     {"denied"}),
    ("It was sold only to China and India, but not to Saudi Arabia.", "India", {"stated"}),
    ("The payment did not exceed $1 billion.", "$1 billion", {"denied"}),
    ("Russia said it could not confirm reports, but the deal is worth $2bn.", "$2bn",
     {"stated"}),
    ("Deliveries will begin next year.", "next year", {"expected"}),
    ("Deliveries are expected to begin in 2019.", "2019", {"expected"}),
    ("The plan is to deliver in 2019.", "2019", {"expected"}),
    ("The Kremlin said the deliveries would begin in July.", "July", {"expected", "possible"}),
    ("If approved, the sale may be worth $3bn.", "$3bn", {"possible"}),
    ("The military reportedly walked out of a $3.4-billion contract.", "$3.4-billion",
     {"reported"}),
    ("According to Hurriyet, the loan is in rubles.", "rubles", {"reported"}),
    ("The loan is in rubles, Hurriyet said.", "rubles", {"stated", "reported"}),
    ("The Pentagon said on Tuesday that the sale was approved.", "on Tuesday", {"stated"}),
    ("Moscow sees no obstacles to Turkey's acquisition of an additional batch of S-400 "
     "Triumph systems.", "S-400 Triumph", {"stated"}),
    ("Not only China but also India bought it.", "India", {"stated"}),
    ("It was designed in May 2018.", "2018", {"stated"}),
    ("Headline: sales may grow\n23 July 2020", "23 July 2020", {"stated"}),
])
def test_cues_and_their_scope(text: str, value: str, allowed: set[str]) -> None:
    is_date = value in {"on Tuesday", "next year", "2019", "July", "2018", "23 July 2020"}
    assert _allowed(text, value, is_date=is_date) == allowed


def test_the_clause_is_read_within_a_bounded_reach() -> None:
    text = "the " * 500_000 + "value " + "the " * 500_000  # 4 MB, no clause boundary
    start = text.index("value")
    low, high = clause_around(text, start, start + 5)
    assert start - low <= CLAUSE_REACH and high - (start + 5) <= CLAUSE_REACH
