"""The whole of a partitive under a hedge supports no stance until the editor answers
(issue 18, the table's alabama-44, The Hill: "The party will control just 51 of the upper
chamber's 100 seats" accepted '100 seats the party will control' as expected). "will"
governs the part; the whole may be what the thing is now. The articles hold no other
partitive with a figure for its whole ("51 of ... 100"); these are our own sentences.
"""

from __future__ import annotations

import pytest
from factcheck_helpers import stance_doubt

THE_HILL = "The party will control just 51 of the upper chamber’s 100 seats."


@pytest.mark.parametrize(("text", "value"), [
    (THE_HILL, "100 seats"),
    ("The airline will buy 20 of the 50 jets.", "50 jets"),
    ("The airline could buy 20 of its 50 new jets, a source said.", "50 new jets"),
])
def test_the_whole_under_a_hedge_supports_no_stance(text: str, value: str) -> None:
    allowed, doubt = stance_doubt(text, value)
    assert allowed == frozenset() and "whole" in doubt


@pytest.mark.parametrize(("text", "value", "allowed"), [
    (THE_HILL, "51", {"expected"}),  # the part is what "will" governs
    ("The party controls 51 of the chamber’s 100 seats.", "100 seats", {"stated"}),
    ("The airline will buy 20 jets of 50 tonnes.", "50 tonnes", {"expected"}),
    ("The airline will buy all of the 50 jets.", "50 jets", {"expected"}),  # no count before
])
def test_the_rule_stays_narrow(text: str, value: str, allowed: set[str]) -> None:
    assert stance_doubt(text, value) == (frozenset(allowed), "")
