"""A relative clause on the object of "advised", "urged", "told" ends at its own verb: the
"to" after it is the advice (issue 18, USA TODAY's "Authorities advised residents who have
not evacuated to go to the highest point in their homes, call 911 for help, ...": the
negation of "evacuated" was read over the advice, and the hint offered 'denied'; the real
sentence is in the stance table). A relative whose verb takes the "to" itself ("who
agreed to pay") keeps it.
"""

from __future__ import annotations

import pytest

from generator.reading import normalise
from generator.reading.structure import parse


def _clause_of(sentence: str, word: str) -> tuple[str, str]:
    parsed = parse(normalise(sentence))
    index = next(i for i, t in enumerate(parsed.tokens) if t.text == word)
    clause = parsed.clauses[parsed.clause_of[index]]
    return clause.kind, clause.marker


@pytest.mark.parametrize(("sentence", "word", "kind"), [
    ("Authorities advised residents who have not evacuated to go to the highest point in "
     "their homes, call 911 for help.", "911", "main"),
    ("Officials urged drivers who had stopped to leave the road.", "leave", "main"),
    # the relative's own verb takes the "to": it stays in the relative
    ("Officials urged drivers who agreed to leave the road at once.", "leave", "relative"),
    # no verb of advice: the relative keeps its words
    ("Officials thanked drivers who had stopped to help the crews.", "help", "relative"),
])
def test_the_advice_is_the_parents(sentence: str, word: str, kind: str) -> None:
    assert _clause_of(sentence, word)[0] == kind
