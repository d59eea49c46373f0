"""A case name's "v." ends no sentence (issue 18, the table's alabama-53: in The
Atlantic's "since the Supreme Court's 2013 Shelby County v. Holder decision curtailing the
1965 Voting Rights Act", the sentence was cut at "v.", so the stance reader could not tell
where the clause opened by "that" ended, and refused the decision's year).
"""

from __future__ import annotations

import pytest

from generator.reading import normalise
from generator.reading.sentences import clause_around
from generator.reading.stance import stance_of

ATLANTIC = ("Their efforts immediately become a case study in a region that has, since the "
            "Supreme Court’s 2013 Shelby County v. Holder decision curtailing the 1965 Voting "
            "Rights Act, become a bastion of new voter-suppression laws, including new "
            "voter-identification laws.")


@pytest.mark.parametrize(("text", "value"), [
    (ATLANTIC, "2013"),
    ("In Brown v. Board of Education, decided in 1954, the court ended segregation.", "1954"),
])
def test_a_case_name_is_one_sentence(text: str, value: str) -> None:
    plain = normalise(text)
    start = plain.index(value)
    assert clause_around(plain, start, start + len(value)) == (0, len(plain))


def test_the_decision_year_is_read() -> None:
    plain = normalise(ATLANTIC)
    start = plain.index("2013")
    reading = stance_of(plain, start, start + 4, is_date=True)
    assert reading.allowed == frozenset({"stated"}) and not reading.doubt


def test_a_capital_v_and_a_word_ending_in_v_still_end_sentences() -> None:
    # "Kyiv." ends its sentence: only the word "v" is a case name's.
    text = "He moved to Kyiv. Then he left."
    assert clause_around(text, 0, 4) == (0, text.index("Kyiv.") + 5)
