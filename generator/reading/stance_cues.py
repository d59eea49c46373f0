"""What the stance reader (``stance.py``) hands on: the cue words that govern a value and
the reading they make, with the stances it allows.

Why apart: the rules that read a sentence (``stance.py``) and the data they produce are
two concerns; the checker (V410) and draft use the reading, not the reader.
"""

from __future__ import annotations

from dataclasses import dataclass

import generator.reading.lexicon as lx
from generator.reading.normalise import normalise

_STRENGTH = {"correction": 6, "doubt": 6, "value word": 5, "denied": 4, "possible": 3,
             "expected": 3, "reported": 2, "attributed": 1}


# Why a plan word before a relative clause governs its value: the editor who names the
# plan word in the subject ("planned tranche") still declares the expectation.
PLANNED_WHY = "the planned thing the clause describes"


@dataclass(frozen=True, slots=True)
class Cue:
    """A word that governs the value, the stance it gives, and where it stands."""

    word: str
    stance: str
    start: int
    end: int
    why: str = ""  # "a provision of the bill", "the value's own word", ...


@dataclass(frozen=True, slots=True)
class StanceReading:
    """What the sentence makes of a value: the cues that govern it, the stances they
    allow, and the span of its governing clause (for messages)."""

    cues: tuple[Cue, ...]
    clause_start: int
    clause_end: int
    # Another reading the value also has (a figure heading a relative clause): either holds.
    other: tuple[Cue, ...] | None = None
    doubt: str = ""  # the structure is unclear: supports nothing, and says why

    @property
    def allowed(self) -> frozenset[str]:
        """The declared stances that agree with the cues (fail closed: denial first)."""
        if self.doubt:
            return frozenset()
        allowed = allowed_by(self.cues)
        return allowed | allowed_by(self.other) if self.other is not None else allowed

    def strongest(self) -> Cue | None:
        """The cue a message should name: the one that decides what the clause allows."""
        if not self.cues:
            return None
        return max(self.cues, key=lambda cue: (_STRENGTH[cue.stance], -cue.start))

    def without(self, words: frozenset[str],
                answered: frozenset[str] | None = None) -> StanceReading:
        """The reading with the editor's answered cues taken out (``stance_scope``), and
        the value words the fact names (``words``; ``answered``, where given, are the
        answers alone: a plan word before a relative clause yields only to an answer)."""
        answers = words if answered is None else answered

        def kept(cue: Cue) -> bool:
            return cue_key(cue.word) not in (answers if cue.why == PLANNED_WHY else words)

        keep = tuple(c for c in self.cues if kept(c))
        other = None if self.other is None else tuple(c for c in self.other if kept(c))
        # An answered cue settles the doubt it raised ("which verb governs the value").
        doubt = "" if len(keep) < len(self.cues) else self.doubt
        return StanceReading(keep, self.clause_start, self.clause_end, other, doubt)


def cue_key(word: str) -> str:
    """A cue word as the answer to a doubt compares it: case, spacing and how its quotes
    and apostrophes were typed do not matter ("won’t" answers "won't", "Will" "will")."""
    return " ".join(normalise(word).lower().split())


def allowed_by(cues: tuple[Cue, ...]) -> frozenset[str]:
    kinds = {cue.stance for cue in cues}
    if kinds & {"correction", "value word"}:
        return frozenset()
    if "denied" in kinds:
        return frozenset({"denied"})
    hedges = kinds & {"expected", "possible"}
    if any(cue.word.lower() in lx.ALSO_EXPECTED for cue in cues):
        hedges.add("expected")  # "said the deliveries would begin": a reported "will"
    if "reported" in kinds and hedges and all(
            cue.word.lower() in lx.DELIBERATIONS for cue in cues
            if cue.stance in ("expected", "possible")):
        hedges.add("reported")  # "reported that Beijing was considering": either hedge
    if hedges:
        return frozenset(hedges)
    if "reported" in kinds:
        return frozenset({"reported"})
    if "attributed" in kinds:
        return frozenset({"stated", "reported"})
    return frozenset({"stated"})
