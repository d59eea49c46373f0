"""Who speaks a value's words, where the stance reader (``stance.py``) needs more than
the attribution: a name of the speaker is the writer's, and a "would" in someone's words
is not always an expectation.

Why apart: each rule reads one parsed sentence (``structure.Sentence``) and the cues
already found; the stance reader asks them, as it asks ``cue_scope``.
"""

from __future__ import annotations

from collections.abc import Collection

import generator.reading.lexicon as lx
from generator.reading.stance_cues import Cue
from generator.reading.structure import Sentence


def names_speaker(s: Sentence, inside: Collection[int], clause: int) -> bool:
    """The value (tokens ``inside``) is a name (every word capitalised) in the subject of
    its clause's verb of saying: "The Chinese government's top diplomat, State Councilor
    Wang Yi, said ..., according to China's Foreign Ministry". "according to" governs what
    was said; who said it is named by the writer."""
    if clause < 0 or not s.clauses[clause].verbs or not inside:
        return False
    verb = s.tokens[s.clauses[clause].verbs[0]]
    words = [s.tokens[i].text for i in sorted(inside)]
    return verb.lower in lx.SAY_VERBS and max(inside) < s.clauses[clause].verbs[0] \
        and any(not a.whole_sentence and a.start == verb.start for a in s.attributions) \
        and any(w.isalpha() for w in words) \
        and all(w[:1].isupper() for w in words if w.isalpha())


def words_then(s: Sentence, clause: int, cues: list[Cue]) -> str:
    """A "would" in someone's words that the reader cannot read as an expectation: words
    said at a moment since passed ("At one point, ... had said they would provide no
    backing for Moore"), or a measurer's findings ("exit polls indicated that black voters
    would make up 28 percent", their projection or their estimate of what they measured).
    The doubt says why, or is empty."""
    would = next((c for c in cues if c.word.lower() in lx.ALSO_EXPECTED
                  and c.stance in ("expected", "possible")), None)
    speaker = next((s.clauses[c].speaker for c in s.chain(clause)
                    if s.clauses[c].speaker is not None), None)
    if would is None or speaker is None:
        return ""
    said = s.attributions[speaker]
    verb = next((i for i, t in enumerate(s.tokens) if t.start == said.start), None)
    if verb is None:
        return ""
    opening = " ".join(t.lower for t in s.tokens[:verb])
    moment = next((t for t in lx.SUPERSEDED_TIMES if opening.startswith(t)), None)
    if verb > 0 and s.tokens[verb - 1].lower == "had" and moment is not None:
        return (f"'{would.word}' is the future of words said at a moment since passed "
                f"('{moment} ... had {said.verb}'): the reader cannot tell whether it "
                "came about")
    if any(word.lower() in lx.MEASURERS for word in said.speaker.split()):
        return (f"'{would.word}' stands in what {said.speaker} {said.verb}: the reader "
                "cannot tell whether it is their projection or their estimate of what "
                "they measured")
    return ""
