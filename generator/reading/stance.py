"""How the clause around a value puts it: stated, reported, expected, possible or denied.

Why: a figure can stand in a quote and still not be claimed. "The Kremlin denied reports
of a $4bn order" claims no $4bn; "could reach 1,500 kilometres" is a possibility; "not
compatible" does not support "compatible". The reading stays inside the clause: in
"Russia said it could not confirm reports, but the deal is worth $2bn" the $2bn is stated.

Scopes, kept simple and failing closed:

- a denial verb ("denied", "rejected") and the words of modality, expectation and
  attribution govern the rest of their clause;
- a negation ("not", "never", "no", "cannot", "but not") governs the next few words;
- the adjectives "possible" and "potential" qualify their noun, not a figure before it:
  "a possible $3.5 billion sale" is a possible sale whose value is stated;
- "but", "despite" and a comma before "and", "while", "although"... start a new clause;
- a trailing attribution (", officials said") governs the clause it ends;
- "reportedly", "according to", "allegedly" make a claim second-hand (stance: reported); a
  named speaker's "X said" allows "reported" and accepts "stated";
- an attribution verb right before a date ("said on Tuesday") dates the saying: it does
  not make the date second-hand.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Each cue and the stance it gives. Lower-case matching, whole words.
STANCE_CUES: dict[str, tuple[str, ...]] = {
    "denied": ("denied", "denies", "deny", "denying", "rejected", "rejects", "refuted",
               "refutes", "dismissed", "dismisses", "disputed", "disputes"),
    "possible": ("could", "may", "might", "would", "possibly", "potentially", "perhaps",
                 "maybe", "if", "unless", "whether"),
    "expected": ("will", "'ll", "shall", "expected", "expects", "expect", "expecting",
                 "is to", "are to", "was to", "were to", "is due", "are due", "was due",
                 "plans to", "plan to", "planned", "planning", "scheduled", "set to",
                 "going to", "intends to", "intend to", "aims to", "forecast", "projected"),
    "reported": ("reportedly", "reported", "reports", "according to", "claimed", "claims",
                 "claiming", "allegedly", "alleged", "purportedly", "purported", "it was said",
                 "is said to", "are said to", "was said to", "were said to", "unconfirmed",
                 "rumoured", "rumored"),
    # A named speaker's words: the outlet states that X said it. Declaring "reported" is
    # right, "stated" is accepted (the quote shows who speaks).
    "attributed": ("said", "says", "say", "saying", "told", "tells", "warned", "warning",
                   "warns", "warnings", "argued", "arguing", "argues", "stated", "announced",
                   "quoted", "added"),
}
_NEGATIONS = ("not", "never", "no", "nor", "neither", "cannot", "can't", "won't", "n't",
              "no longer")
_NOT_A_NEGATION_AFTER = re.compile(r"\s+(?:only|just|least|less|more|fewer|later|earlier)\b",
                                   re.IGNORECASE)
# A negation reaches this many words past itself: "did not exceed $1 billion", "not
# compatible", "but not to Saudi Arabia"; not "no obstacles to ... of S-400 Triumph".
NEGATION_REACH = 5


def _alternation(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len,
                                                                          reverse=True))


_CUE_RE = re.compile(
    r"(?<![\w'])(?:" + "|".join(f"(?P<{kind}>{_alternation(words)})"
                                for kind, words in STANCE_CUES.items())
    + rf"|(?P<negation>{_alternation(_NEGATIONS)}))(?![\w'])"
    r"|(?P<contracted>\w+n't)(?![\w'])",
    re.IGNORECASE)
# Where a clause ends: a sentence end, a line break, or a coordinating conjunction.
_BOUNDARY = re.compile(
    r"(?<!\b[A-Z])(?<!\b(?:Mr|Ms|Dr|No|St|Jr|Sr))[.!?;:](?=\s|$|[\"”’])|\n"
    r"|,\s*(?=(?:but|and|while|whereas|although|though|yet|so|however)\b)"
    r"|\s(?=(?:but|despite)\b)", re.IGNORECASE)
_RIGHT_AFTER_SAYING = re.compile(r"^\s*(?:(?:on|in|at|last|this|earlier|late|early)\s*)?$",
                                 re.IGNORECASE)
# ", officials said." / ", Haberturk TV said on Friday" / ", said Pilpson, director of ...":
# an attribution that ends the clause, or a verb of saying followed by the speaker's name.
_TRAILING_ATTRIBUTION = re.compile(
    r"[^,]*,\s*(?:(?:[\w'’.-]+\s+){0,6}?(?P<cue>said|says|told|reported|claimed|denied|"
    r"added)(?:\s+[\w'’.-]+){0,3}\s*$"
    r"|(?P<verb>said|says|told|added|reported|claimed|denied)\s+[A-Z])", re.IGNORECASE)
_STRENGTH = {"denied": 4, "possible": 3, "expected": 3, "reported": 2, "attributed": 1}


@dataclass(frozen=True, slots=True)
class Cue:
    """A cue word as written, the stance it gives, and where it stands in the text."""

    word: str
    stance: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class StanceReading:
    """What the clause makes of a value: the cues that govern it and the stances they allow."""

    cues: tuple[Cue, ...]
    clause_start: int
    clause_end: int

    @property
    def allowed(self) -> frozenset[str]:
        """The declared stances that agree with the cues (fail closed: denial first)."""
        kinds = {cue.stance for cue in self.cues}
        if "denied" in kinds:
            return frozenset({"denied"})
        hedges = kinds & {"expected", "possible"}
        if any(cue.word.lower() == "would" for cue in self.cues):
            hedges.add("expected")  # "said the deliveries would begin": a reported "will"
        if hedges:
            return frozenset(hedges)
        if "reported" in kinds:
            return frozenset({"reported"})
        if "attributed" in kinds:
            return frozenset({"stated", "reported"})
        return frozenset({"stated"})

    def strongest(self) -> Cue | None:
        """The cue a message should name: the one that decides what the clause allows."""
        if not self.cues:
            return None
        return max(self.cues, key=lambda cue: (_STRENGTH[cue.stance], -cue.start))


# A clause is read at most this far on either side of its value: the work per value is
# bounded however long the article's sentences are (a real clause is far shorter).
CLAUSE_REACH = 400


def with_line_breaks(original: str) -> str:
    """The normalised text of ``original`` with its line breaks kept, at the same offsets:
    a headline, a dateline and a caption are clauses of their own."""
    from generator.reading.normalise import normalise_keeping_lines

    return normalise_keeping_lines(original)


def clause_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause of ``text`` that holds ``start``..``end`` (at most CLAUSE_REACH on each
    side of it)."""
    clause_start = max(0, start - CLAUSE_REACH)
    for match in _BOUNDARY.finditer(text, clause_start, start):
        clause_start = match.end()
    following = _BOUNDARY.search(text, end, min(len(text), end + CLAUSE_REACH))
    return clause_start, following.start() if following else min(len(text), end + CLAUSE_REACH)


def stance_of(text: str, start: int, end: int, *, is_date: bool = False) -> StanceReading:
    """Read the cues that govern the value at ``start``..``end`` of ``text``."""
    clause_start, clause_end = clause_around(text, start, end)
    cues: list[Cue] = []
    for match in _CUE_RE.finditer(text, clause_start, start):
        kind = match.lastgroup or ""
        word = match.group(0)
        if kind in ("negation", "contracted"):
            if _NOT_A_NEGATION_AFTER.match(text, match.end()):
                continue  # "not only", "no less than", "no later than"
            if len(re.findall(r"[\w'’$£€.-]+", text[match.end():start])) > NEGATION_REACH:
                continue
            cues.append(Cue(word, "denied", match.start(), match.end()))
            continue
        if kind == "possible" and word == "May":
            continue  # the month
        if (kind == "attributed" and is_date
                and _RIGHT_AFTER_SAYING.match(text[match.end():start])):
            continue  # "said on Tuesday": the date of the saying
        cues.append(Cue(word, kind, match.start(), match.end()))
    trailing = _TRAILING_ATTRIBUTION.match(text, end, clause_end)
    if trailing:
        group = "cue" if trailing.group("cue") else "verb"
        word = trailing.group(group).lower()
        stance = ("denied" if word == "denied" else "reported" if word in ("reported", "claimed")
                  else "attributed")
        cues.append(Cue(trailing.group(group), stance, trailing.start(group),
                        trailing.end(group)))
    return StanceReading(tuple(cues), clause_start, clause_end)


STANCE_WORDS = {"denied": "a denial", "possible": "a possibility", "expected": "an expectation",
                "reported": "second-hand", "attributed": "someone's words",
                "stated": "stated as fact"}
