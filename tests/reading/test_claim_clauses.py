"""The "that" clause of a noun of claiming is what the claim says: second-hand (issue 18,
Fox's "Moore was hit with multiple allegations that he initiated sexual encounters with
teenagers when he was a young attorney in the 1970s": the decade is the allegations', and
the hint offered to remove 'stance: reported'; the real sentence is in the stance table).
A relative "that" after such a noun ("accusations that have dramatically shaken up the
race") describes the accusations, and quotes nobody.
"""

from __future__ import annotations

import pytest

from generator.reading import normalise
from generator.reading.structure import parse


def _kinds(sentence: str) -> list[tuple[str, str, bool]]:
    parsed = parse(normalise(sentence))
    return [(c.kind, c.marker, c.speaker is not None) for c in parsed.clauses]


@pytest.mark.parametrize(("sentence", "claim"), [
    ("Last month, though, Moore was hit with multiple allegations that he initiated sexual "
     "encounters with teenagers when he was a young attorney in the 1970s.", True),
    ("Rumours that 40 ships sank spread on Monday.", True),
    # Fox, 12 December 2017: a relative clause on the noun
    ("Moore has faced multiple allegations he pursued romantic relationships with teenage "
     "girls while he was in his thirties -- accusations that have dramatically shaken up "
     "the race.", False),
])
def test_a_claim_nouns_that_clause(sentence: str, claim: bool) -> None:
    kinds = _kinds(sentence)
    assert (("complement", "that", True) in kinds) is claim, kinds
