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


@pytest.mark.parametrize(("sentence", "claims"), [
    ("Last month, though, Moore was hit with multiple allegations that he initiated sexual "
     "encounters with teenagers when he was a young attorney in the 1970s.", 1),
    ("Rumours that 40 ships sank spread on Monday.", 1),
    # Fox, 12 December 2017: the claim's clause without "that" ("allegations he pursued")
    # is a claim; the relative clause on "accusations that have ..." is not.
    ("Moore has faced multiple allegations he pursued romantic relationships with teenage "
     "girls while he was in his thirties -- accusations that have dramatically shaken up "
     "the race.", 1),
    # USA TODAY, 13 December 2017 (trial 18: "in his 30s" was accepted as stated).
    ("Some prominent Republicans, including Alabama's Republican Sen. Richard Shelby, "
     "suggested it was better to write in somebody else than to vote for Moore, who was "
     "tainted by allegations he had romantically pursued and sexually assaulted girls in "
     "their teens when he was in his 30s.", 1),
    ("Accusations that have shaken up the race kept coming.", 0),
])
def test_a_claim_nouns_that_clause(sentence: str, claims: int) -> None:
    kinds = _kinds(sentence)
    assert kinds.count(("complement", "that", True)) == claims, kinds
