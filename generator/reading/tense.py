"""Which way a date without a year points: back from the publication date, or forward.

Why: written on 12 November, "the plant closed on Feb. 3" is last February and "the plant
will close on Feb. 3" is next February. The tense of the verb that governs the date
decides, so the reader finds the date's clause and reads its verb group:

- the clause is the stretch of the sentence between clause boundaries (punctuation that
  ends a clause, a subordinating word such as "that", "which", "when", and the words
  after a verb of saying, which start the reported clause);
- a clause with no verb of its own (a fronted "On Tuesday," or a trailing ", early
  Sunday") takes the verbs of its neighbour: the clause before it, or the one after when
  it opens the sentence; one whose verb is in the present ("are racing to get a tax cut
  passed before Christmas, and their majority has already been wobbly") has a verb of its
  own, which dates nothing, and takes no neighbour's;
- a future cue ("will", "would", "is to", "expected", "scheduled", "forecasts", "next")
  points forward, a past cue (a past-tense verb, "has" or "had" with a participle,
  "ago") points back; both, or neither, and the reading is unsure: it says why and
  supports nothing, it never guesses.

This is a reader of verb groups, not a parser: it is meant for the date's own clause, and
refuses where that clause is not plain.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from typing import Literal

Way = Literal["back", "forward"]

# Words that make a clause's event a thing to come (the date then points forward).
FUTURE_WORDS = frozenset({
    "will", "'ll", "won't", "wont", "shall", "would", "wouldn't", "expected", "expects",
    "expect", "expecting", "scheduled", "due", "slated", "planned", "plans", "plan",
    "planning", "intends", "intend", "aims", "aim", "hopes", "hope", "forecast", "forecasts",
    "forecasting", "predicted", "predicts", "poised", "upcoming", "coming", "next",
    "tomorrow", "wants", "want", "seeks", "seek"})
# Modals that make a forecast or a duty of a bare verb after them ("should ease"); with
# "have" after them they look back ("should have known") and point neither way here.
FORECAST_MODALS = frozenset({"should", "shouldn't"})
# Words after which "to" makes a future: "is to meet", "are set to vote".
_TO_FUTURE = frozenset({"is", "are", "am", "was", "were", "set", "going", "due", "likely"})
# Past-tense forms that do not end in -ed (the common ones in news copy; not those that
# are also present forms or adjectives: hit, put, shut, cut, set).
PAST_WORDS = frozenset({
    "was", "were", "had", "did", "didn't", "wasn't", "weren't", "hadn't", "said", "told",
    "went", "came", "made", "took", "gave", "left", "fell", "rose", "began", "brought",
    "caught", "found", "got", "held", "kept", "knew", "led", "lost", "met", "paid", "ran",
    "saw", "sent", "spent", "stood", "struck", "thought", "won", "wrote", "became", "broke",
    "chose", "drove", "flew", "grew", "sank", "spoke", "swept", "tore", "threw", "ago",
    "earlier", "last", "previously", "already", "sought", "fought", "bought", "built",
    "felt", "heard", "meant", "sold", "taught", "understood", "woke"})
# Verbs in the present: a clause that has one has a verb of its own, which dates nothing.
_PRESENT_VERBS = frozenset({"is", "are", "am", "isn't", "aren't", "does", "doesn't"})
# Verbs whose past is their bare form: past where a singular subject comes before and an
# object after ("A gauge of global stocks shed a further 1.9% on Monday": a present would
# be "sheds"); never after a plural or a pronoun that takes the bare present.
SAME_FORM_PAST = frozenset({"shed", "cut", "hit", "set", "put", "let", "cost", "spread",
                            "hurt", "quit", "split", "shut", "slit", "burst", "cast"})
_SINGULAR_LEADS = frozenset({"a", "an", "this", "that", "each", "every", "he", "she", "it"})
_OBJECT_LEADS = frozenset({"a", "an", "the", "its", "their", "his", "her", "some", "more",
                           "another", "about", "nearly", "almost", "over", "roughly"})
# Participles after "has"/"have" (present perfect): the event is past.
_PERFECT = frozenset({"has", "have", "hasn't", "haven't", "'ve"})
_BE_OR_MODAL = frozenset({"be", "been", "being", "is", "are", "am", "will", "would", "can",
                          "could", "may", "might", "must", "should", "to", "not", "'s"})
# Words ending in -ed that are not past tenses.
_NOT_PAST_ED = frozenset({"need", "feed", "speed", "seed", "bed", "red", "shed", "hundred",
                          "indeed", "proceed", "exceed", "succeed", "breed", "greed", "weed",
                          "bleed", "reed", "deed", "steed", "heed", "embed", "naked", "wicked",
                          "sacred", "beloved", "aged", "alleged", "so-called", "injured",
                          "united", "related", "based", "limited", "detailed", "advanced",
                          "armed"})
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those", "its", "their",
                          "his", "her", "our", "my", "your", "some", "many", "more", "most"})
# Verbs of saying: the words after them are the reported clause, with a tense of its own.
SAYING = frozenset({"said", "says", "say", "told", "tells", "announced", "announces",
                    "reported", "reports", "added", "adds", "warned", "warns", "stated",
                    "states", "confirmed", "confirms", "noted", "notes", "predicted",
                    "forecasts", "forecast", "expects", "expected", "claimed", "claims"})
SAYING_PAST = frozenset({"said", "told", "announced", "reported", "added", "warned", "stated",
                         "confirmed", "noted", "claimed", "tweeted", "wrote"})
# Words that open a new clause.
_OPENERS = frozenset({"that", "which", "who", "whom", "whose", "when", "while", "because",
                      "although", "though", "but", "unless", "if", "whereas", "where", "and",
                      "or", "as"})
_BREAK = re.compile(r"[;:!?()\u2014\u2013]|\.(?=\s|$)|,|\s-\s|\"|\u201c|\u201d")
_WORD = re.compile(r"[\w'\u2019]+(?:-[\w'\u2019]+)*")


@dataclass(frozen=True, slots=True)
class Direction:
    """Which way a date points (None: unsure), and the words that say so or the doubt."""

    way: Way | None
    why: str


@dataclass(frozen=True, slots=True)
class _Clause:
    start: int
    end: int
    future: tuple[str, ...]
    past: tuple[str, ...]
    present: str = ""  # a verb in the present ("are racing"): the clause is not verbless

    @property
    def tensed(self) -> bool:
        return bool(self.future or self.past)


def _cues(words: list[str]) -> tuple[list[str], list[str]]:
    future: list[str] = []
    past: list[str] = []
    for index, word in enumerate(words):
        before = words[index - 1] if index else ""
        after = words[index + 1] if index + 1 < len(words) else ""
        if word in FUTURE_WORDS and not (word == "would" and after == "have"):
            future.append(word)
        elif word in FORECAST_MODALS and after not in ("have", "'ve", "not", "n't"):
            # "The weather should ease by Thursday morning" (trial 6): a forecast, not a
            # verbless clause that borrows the past of the speaker's "said" after it
            future.append(word)
        elif word == "to" and before in _TO_FUTURE and after not in ("the", "a", "an", ""):
            future.append(f"{before} to")
        elif word == "since" and len(after) > 4 and after.endswith("ing"):
            past.append(f"since {after}")  # "since marching ashore Friday": it has happened
        elif word in _PERFECT and index + 1 < len(words) and (
                words[index + 1].endswith("ed") or words[index + 1] in PAST_WORDS
                or words[index + 1] in ("been", "done", "gone", "seen", "taken", "given")):
            past.append(f"{word} {words[index + 1]}")
        elif _same_form_past(words, index) or (word in PAST_WORDS and word != "last") or (
                len(word) > 4 and word.endswith("ed") and word not in _NOT_PAST_ED
                and before not in _BE_OR_MODAL and before not in _DETERMINERS
                and before not in _PERFECT and not _causative(words, index)):
            past.append(word)
    return future, past


def _same_form_past(words: list[str], index: int) -> bool:
    """"shed", "cut" as a past: a singular subject before, an object after."""
    after = words[index + 1] if index + 1 < len(words) else ""
    return words[index] in SAME_FORM_PAST and _singular_subject(words[:index]) and (
        after in _OBJECT_LEADS or after[:1].isdigit())


def _singular_subject(subject: list[str]) -> bool:
    """The words before a verb are one singular subject: "a gauge of global stocks", "the
    index", "it" (the head is the word before "of", or the last word)."""
    if not subject or any(word in _OPENERS or word in _BE_OR_MODAL or word in _PERFECT
                          for word in subject):
        return False
    if subject[0] in _SINGULAR_LEADS:
        return True
    head = subject[subject.index("of") - 1] if "of" in subject[1:] else subject[-1]
    return subject[0] == "the" and head.isalpha() and not head.endswith("s")


# "to get a massive tax cut passed": a participle after "get" names a result wanted or
# got, not a past tense of its own.
_CAUSATIVE = frozenset({"get", "gets", "getting", "got"})


def _causative(words: list[str], index: int) -> bool:
    """True for an -ed word that completes a "get ... passed" within five words."""
    return any(word in _CAUSATIVE for word in words[max(0, index - 6):index - 1])


def _clauses(sentence: str) -> list[_Clause]:
    """The sentence cut at clause boundaries, each piece with its tense cues."""
    cuts = {0, len(sentence)}
    for match in _BREAK.finditer(sentence):
        cuts.update((match.start(), match.end()))
    for match in _WORD.finditer(sentence):
        word = match.group(0).lower().replace("\u2019", "'")
        if word in _OPENERS:
            cuts.add(match.start())
        elif word in SAYING:
            cuts.add(match.end())
    edges = sorted(cuts)
    pieces: list[_Clause] = []
    for start, end in itertools.pairwise(edges):
        words = [w.lower().replace("\u2019", "'") for w in _WORD.findall(sentence[start:end])]
        if not words:
            continue
        future, past = _cues(words)
        present = next((w for w in words if w in _PRESENT_VERBS), "")
        pieces.append(_Clause(start, end, tuple(future), tuple(past), present))
    return pieces


def _verdict(clause: _Clause) -> Direction:
    if clause.future and not clause.past:
        return Direction("forward", f"'{clause.future[0]}' makes it a date to come")
    if clause.past and not clause.future:
        return Direction("back", f"'{clause.past[0]}' makes it a date gone by")
    return Direction(None, f"its clause has both '{clause.future[0]}' (to come) and "
                     f"'{clause.past[0]}' (gone by)")


# A date right after a verb of saying dates the saying: "said on Monday he would meet".
_SAID_BEFORE = re.compile(r"\b(" + "|".join(sorted(SAYING_PAST, key=len, reverse=True))
                          + r")(?:\s+(?:on|in|at|early|late|last|this|during))*\s*$",
                          re.IGNORECASE)


# Words between a saying, its outlet and its day: "said on CNN Tuesday night".
_OUTLET_JOINS = frozenset({"on", "in", "to"})
_DAY_JOINS = frozenset({"on", "early", "late", "last", "this", "during"})


def _said_on_outlet(words: list[str]) -> str:
    """The saying verb of "said on CNN" right before a date, or "": the date is the day of
    the saying (trial 18: "said on CNN Tuesday night he expects" was read as a Tuesday to
    come, and V406 proposed 19 December)."""
    index = len(words) - 1
    while index >= 0 and words[index].lower() in _DAY_JOINS:
        index -= 1
    names = 0
    while index >= 0 and words[index][:1].isupper() and names < 3:
        index, names = index - 1, names + 1
    if not names or index < 1 or words[index].lower() not in _OUTLET_JOINS:
        return ""
    verb = words[index - 1].lower()
    return verb if verb in SAYING_PAST else ""


# The words of a bare time phrase around its date ("On September 12,", "early Sunday"):
# such a phrase is an adverbial of the clause beside it, not words someone said.
_TIME_PHRASE_WORDS = frozenset({"on", "in", "at", "by", "early", "late", "later", "earlier",
                                "morning", "afternoon", "evening", "night", "the", "of"})


def _has_words(sentence: str, low: int, start: int, end: int, high: int) -> bool:
    """True where the date's clause holds words besides a bare time phrase."""
    around: list[str] = _WORD.findall(sentence[low:start]) + _WORD.findall(sentence[end:high])
    return any(word.lower() not in _TIME_PHRASE_WORDS for word in around)


def _attribution(sentence: str, pieces: list[_Clause], index: int) -> str:
    """The verb of saying of a trailing attribution (", said Mark Quinlan", ", he said."):
    the piece opens with it, or ends with it and no words follow; else ""."""
    piece = pieces[index]
    words: list[str] = [str(w).lower().replace("\u2019", "'")
                        for w in _WORD.findall(sentence[piece.start:piece.end])]
    if words[0] in SAYING_PAST and piece.past == (words[0],) and not piece.future:
        return words[0]
    if words[-1] in SAYING_PAST and piece.past == (words[-1],) and not piece.future \
            and index == len(pieces) - 1:
        return words[-1]
    return ""


def direction(sentence: str, start: int, end: int) -> Direction:
    """Which way the date written at ``sentence[start:end]`` points, read from its clause."""
    said = _SAID_BEFORE.search(sentence, max(0, start - 40), start)
    if said is not None:
        return Direction("back", f"'{said.group(1)}' dates the saying, which is gone by")
    on_air = _said_on_outlet(sentence[max(0, start - 60):start].split())
    if on_air:
        return Direction("back", f"'{on_air}' dates the saying, which is gone by")
    pieces = _clauses(sentence)
    inside = [i for i, piece in enumerate(pieces) if piece.start < end and start < piece.end]
    if not inside:
        return Direction(None, "the date stands in no clause")
    own = [pieces[i] for i in inside if pieces[i].tensed]
    if own:
        merged = _Clause(own[0].start, own[-1].end,
                         tuple(w for p in own for w in p.future),
                         tuple(w for p in own for w in p.past))
        return _verdict(merged)
    first, last = inside[0], inside[-1]
    present = [piece.present for i in inside if (piece := pieces[i]).present]
    if present:
        # "Republicans are racing to get a massive tax cut passed before Christmas, and
        # their majority has already been wobbly": a verb in the present says neither
        # way, and the next clause's tense is not its own
        return Direction(None, f"its clause's verb '{present[0]}' is in the present, which "
                         "says neither")
    # A clause without a verb of its own leans on the clause before it; at the head of a
    # sentence ("On Tuesday, ..."), on the clause after it.
    for index in [*range(first - 1, -1, -1), *range(last + 1, len(pieces))]:
        teller = _attribution(sentence, pieces, index) if index > last and _has_words(
            sentence, pieces[first].start, start, end, pieces[last].end) else ""
        if teller:
            # "The weather should ease by Thursday morning, ..., said Mark Quinlan" (trial
            # 6): the trailing "said" is the speaker's and dates the saying; the words
            # said before it keep a tense of their own, which this clause does not show
            return Direction(None, f"the '{teller}' after it dates the saying, not the words "
                             "said")
        if pieces[index].tensed:
            return _verdict(pieces[index])
    return Direction(None, "no verb in the sentence says whether it is past or to come")
