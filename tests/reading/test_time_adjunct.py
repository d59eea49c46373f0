"""A value in a time phrase of a negated clause ("prior to", "before", "after", "since")
dates what is denied; it is not itself denied, and the reader cannot tell that it is
stated either, so it supports no stance and says why (issue 18, trial #18: on The Hill's
"Not a single public poll showed Jones leading Moore prior to the Washington Post's
explosive story ... Nov. 9" the check accepted the story's date as `denied`, and the site
showed "9 November 2017 denied"). The editor's answer (`stance_scope` on "Not", with a
reason) settles it, as for every doubt of scope.
"""

from __future__ import annotations

import pytest
from factcheck_helpers import stance_doubt

THE_HILL = ("Not a single public poll showed Jones leading Moore prior to the Washington "
            "Post's explosive story quoting Moore's accusers on the record Nov. 9.")


@pytest.mark.parametrize(("sentence", "value"), [
    (THE_HILL, "Nov. 9"),
    ("Not one flight left the airport before the storm's landfall on Friday.", "Friday"),
    ("Nobody has seen him since the meeting on 3 March.", "3 March"),
])
def test_a_time_phrase_of_a_denial_supports_no_stance(sentence: str, value: str) -> None:
    allowed, doubt = stance_doubt(sentence, value)
    assert allowed == frozenset()
    assert "time phrase" in doubt


@pytest.mark.parametrize(("sentence", "value", "allowed"), [
    # No negation: the time phrase is stated.
    ("Public polls showed Jones leading Moore prior to the Washington Post's story on "
     "Nov. 9.", "Nov. 9", {"stated"}),
    # The value before the time phrase is what the negation governs.
    ("Not a single poll showed Jones leading by 5 points before the story.", "5 points",
     {"denied"}),
])
def test_the_rule_stays_narrow(sentence: str, value: str, allowed: set[str]) -> None:
    assert stance_doubt(sentence, value) == (frozenset(allowed), "")
