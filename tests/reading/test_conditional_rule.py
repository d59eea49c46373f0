"""An "if" clause in the present on a clause in the present, neither hedged nor past,
states a rule in force, not a possibility (issue 18, National Review's "State law calls
for an automatic recount ... if a candidate wins by not more than 0.5 percent": read as
a possibility, the hint offered 'possible'; the real sentence is in the stance table).
A modal or a past tense anywhere in the two clauses keeps the possibility, and so does a
main clause that provides nothing (a verb of provision or a law as its subject is needed):
"If talks fail, tariffs rise to 25%" is a forecast, not a rule.
"""

from __future__ import annotations

import pytest

from generator.reading import normalise
from generator.reading.stance import stance_of


@pytest.mark.parametrize(("sentence", "value", "stated"), [
    ("State law requires a recount if a candidate wins by 0.5 percent or less.",
     "0.5 percent", True),
    ("The rules allow a recount if a candidate wins by 0.5 percent or less.", "0.5 percent",
     True),
    # A forecast in the present is no rule: without a verb of provision or a law as
    # subject, the "if" keeps its possibility.
    ("If talks fail, tariffs rise to 25% on Friday.", "25%", False),
    ("Prices rise by 10 percent if the storm hits the refineries.", "10 percent", False),
    ("A recount takes place if a candidate wins by 0.5 percent or less.", "0.5 percent",
     False),
    ("A recount will take place if a candidate wins by 0.5 percent or less.", "0.5 percent",
     False),
    ("A recount would take place if a candidate won by 0.5 percent.", "0.5 percent", False),
    # USA TODAY, 14 September 2018: "they'd" is "they would"
    ("Plus, they’d be there in the morning if first responders needed them, with 40 boats.",
     "40 boats", False),
])
def test_a_rule_in_the_present(sentence: str, value: str, stated: bool) -> None:
    text = normalise(sentence)
    start = text.index(value)
    allowed = stance_of(text, start, start + len(value)).allowed
    assert ("stated" in allowed) is stated, allowed
