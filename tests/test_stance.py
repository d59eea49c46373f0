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


# --- The structure the stance reader rests on (generator/reading/structure.py) ----------

def _clauses(sentence: str) -> list[tuple[str, str, str]]:
    from generator.reading.structure import parse

    parsed = parse(sentence)
    return [(clause.kind, clause.marker,
             " ".join(parsed.tokens[i].text for i in clause.tokens))
            for clause in parsed.clauses if clause.tokens]


def test_a_relative_clause_inside_a_subject_ends_at_the_main_verb() -> None:
    assert _clauses("A plan that would cap fees won easy approval Thursday.") == [
        ("main", "", "A plan won easy approval Thursday ."),
        ("relative", "that", "that would cap fees")]


def test_reported_speech_participles_and_reduced_relatives_are_clauses() -> None:
    kinds = [kind for kind, _, _ in _clauses(
        "The operator said it would also suspend sailings after the ferry sank on Sunday, "
        "killing 41 people.")]
    assert kinds == ["main", "complement", "subordinate", "participial"]
    assert _clauses("The Senate is expected to take up the bill, called the Clean Harbors "
                    "Act.")[-1] == ("relative", "called", "called the Clean Harbors Act .")


def test_who_speaks() -> None:
    from generator.reading.structure import parse

    kinds = {sentence: [a.kind for a in parse(sentence).attributions] for sentence in (
        "The deal is worth $2bn, people familiar with the matter said.",
        "Acme reported a loss of $7m.",
        "An earlier version of this story said 140 million.",
        "Peskov said the transactions should be seen as separate.",
        "The loan is in rubles, according to Hurriyet.")}
    assert list(kinds.values()) == [["anonymous"], ["self"], ["correction"], ["named"],
                                    ["hearsay"]]


def test_a_sentence_is_read_within_a_bounded_number_of_tokens() -> None:
    from generator.reading.structure import MAX_TOKENS, parse

    parsed = parse("will not " * 5_000 + "12 jets.")
    assert len(parsed.tokens) == MAX_TOKENS
    text = "the " * 50_000 + "12 jets will not fly."
    start = text.index("12")
    assert stance_of(text, start, start + 2).allowed == frozenset({"denied"})


def test_an_answer_sets_one_cue_aside_and_the_rest_still_govern() -> None:
    text = "The party will control just 51 of the upper chamber's 100 seats."
    start = text.index("100 seats")
    reading = stance_of(text, start, start + 9)
    assert reading.allowed == frozenset({"expected"})
    assert reading.without(frozenset({"will"})).allowed == frozenset({"stated"})
