"""Who a figure belongs to, where the sentence says so.

A figure is owned by an entity the sentence names for it, in three forms only:

- a possessive before it: "Chile's $80m order", "Moore's 650,436", "the upper chamber's
  100 seats" (at most a few words between: "Peru's new $120m");
- a possessive and "of": "Peru's order of $120m";
- the name that is the subject of a verb of having or winning right before it: "Jones
  had 49.9 percent", "Jones received 671,151 votes";
- the name that is the subject of a verb of change right before it: "Shanghai shed 0.2%",
  "the Nasdaq, which ..., was down 3.4%", "Manila and Jakarta both down 1.6%"
  (:mod:`generator.reading.mover_owners`);
- the levy whose base it is: "25% levies on $50 billion" and "lower tariffs on a list of
  $60 billion" are two rounds;

- the group a share names in a list of shares: "65 percent were white, 11.9 percent were
  black, 15.36 percent Hispanic" (trial 5: 15.36 percent is not the black participants');

and a figure in apposition to an owned one ("Moore's 650,436, 48.4 percent") shares its
owner. Anything else has no owner: the reading does not guess. The checker (rule V409)
refuses a fact whose subject owns another figure of the quote while the figure it claims
is owned by someone else: "Chile's $80m order and Peru's $120m" gives Peru $120m, not $80m.
"""

from __future__ import annotations

import re

import generator.reading.lexicon as lx
from generator.reading.figure_type import Figure
from generator.reading.mover_owners import levy_owner, mover_owner
from generator.reading.place_owners import contrast_places
from generator.reading.qualifiers import qualifier_start
from generator.reading.verbs import tokenize

# Verbs whose subject owns the figure after them: "Jones had 49.9 percent".
HAVING_VERBS = ("would have", "will have", "had", "has", "have", "received", "won", "got",
                "took", "earned", "polled", "garnered", "secured", "captured", "gets", "wins",
                "receives", "takes")
_NAME = r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}"
_POSSESSIVE = re.compile(
    rf"(?:\b(?:the\s+)?(?P<owner>(?:{_NAME})|[a-z]+(?:\s+[a-z]+)?)(?:'s|’s|'|’))"
    r"(?P<of>\s+[a-z-]+(?:\s+[a-z-]+){0,2}\s+of)?(?:\s+[a-z-]+){0,2}\s*$")
_SUBJECT = re.compile(
    rf"(?:^|[^\w'’])(?P<owner>{_NAME})\s+(?:{'|'.join(HAVING_VERBS)})(?:\s+[a-z-]+){{0,2}}\s*$")
_LOOKBACK = 64
_STOP_OWNERS = frozenset({"it", "its", "their", "his", "her", "this", "that", "there"})


def owners(text: str, figures: list[Figure]) -> list[str | None]:
    """The owner the sentence names for each figure (None where it names none)."""
    found: list[str | None] = []
    for index, figure in enumerate(figures):
        owner = _owner(text, figure)
        before = figures[index - 1] if index > 0 else None
        if owner is None and before is not None and found[index - 1] is not None and (
                _in_apposition(text[max(before.end, before.counted.end):figure.start])):
            owner = found[index - 1]
        found.append(owner if owner is not None else _share_group(text, figure))
    places = contrast_places(text, figures)  # "72%-77% ... in heavily black counties, but"
    return [owner if owner is not None else place
            for owner, place in zip(found, places, strict=True)]


def _in_apposition(gap: str) -> bool:
    """The words between two figures that make the second restate the first: a comma
    ("Moore's 650,436, 48.4 percent") or ", or" ("the FTSE 100 fell 39 points, or 0.55%":
    trial 7, the 0.55% had no owner, so the FTSE 250 could claim it)."""
    words = gap.replace(",", " , ").split()
    return words in ([","], [",", "or"])


_COPULAS = frozenset({"were", "was", "are", "is"})
_ITEM_ENDS = frozenset({",", ".", ";", "and"})


def _share_group(text: str, figure: Figure) -> str | None:
    """A share in a list of a population's groups: "65 percent were white, 11.9 percent
    were black, 15.36 percent Hispanic" gives each share its group (the one word after it,
    a "were" between or left out, then the item's end). Only an item of a list: the
    figure opens the sentence or follows a comma or "and"."""
    if figure.unit != "percent":
        return None
    before = text[:qualifier_start(text, figure.start)].rstrip().split()
    if before and before[-1] not in ("and",) and not before[-1].endswith(","):
        return None
    words = tokenize(text[figure.end:figure.end + 48])
    if words and words[0].lower in _COPULAS:
        words = words[1:]
    if not words or not words[0].lower.isalpha() or (
            len(words) > 1 and words[1].lower not in _ITEM_ENDS):
        return None  # (a quote may end at the group)
    return words[0].text


def possessive_owner(text: str, start: int) -> str | None:
    """The name whose possessive stands right before ``start`` ("Mr. Trump's Oct. 11
    announcement": Mr. Trump), or None."""
    owner = _owner_before(text, start, (_POSSESSIVE,))
    words = owner.split() if owner is not None else []
    while len(words) > 1 and (words[0].lower() in lx.PREPOSITIONS or words[0].lower()
                              in lx.SUBORDINATORS or words[0].lower() in lx.COORDINATORS):
        words = words[1:]  # "Despite Mr. Trump's": Mr. Trump
    return " ".join(words) or None


def _owner(text: str, figure: Figure) -> str | None:
    start = qualifier_start(text, figure.start)
    found = _owner_before(text, start, (_POSSESSIVE, _SUBJECT))
    # "the Nasdaq ... was down 3.4%", "Shanghai shed 0.2%"; "lower tariffs on $60 billion"
    return found or mover_owner(text[:start]) or levy_owner(text[:start])


def _owner_before(text: str, start: int, patterns: tuple[re.Pattern[str], ...]) -> str | None:
    low = max(0, start - _LOOKBACK)
    window = text[low:start]
    cut = max(window.rfind(ch) for ch in ",;:()")
    if cut >= 0:
        window = window[cut + 1:]
    if any(ch.isdigit() for ch in window):
        window = window[max(i for i, ch in enumerate(window) if ch.isdigit()) + 1:]
    for pattern in patterns:
        match = pattern.search(window)
        if match is not None and match.group("owner").lower() not in _STOP_OWNERS:
            return match.group("owner")
    return None


_WORD = re.compile(r"[A-Za-z][\w-]*")


def names(subject: str, owner: str) -> bool:
    """True when a fact's ``subject`` names ``owner``: they share a name word ("Roy Moore"
    and "Moore", "Peru" and "Peru"), case-blind, "the" and the like apart."""
    ignore = {"the", "a", "an", "of", "and", "index", "average"}
    numbers = {w for w in subject.split() if w.isdigit()}
    theirs = {w for w in owner.split() if w.isdigit()}
    if numbers and theirs and not numbers & theirs:
        return False  # "FTSE 100" does not name "FTSE 250": the number is the name's
    words = {w.lower() for w in _WORD.findall(subject)} - ignore
    if words & ({w.lower() for w in _WORD.findall(owner)} - ignore):
        return True
    return any(_initials_of(word, owner) for word in subject.split() if "&" in word)


def names_among(subject: str, owner: str, rivals: list[str]) -> bool:
    """:func:`names`, where the quote's other owners (``rivals``) may share words with
    ``owner``: a subject that names several counts only the words that tell ``owner``
    apart ("heavily black counties" names "heavily black counties", not "rural white
    counties", though both are counties)."""
    if not names(subject, owner):
        return False
    others = [rival for rival in rivals if rival != owner]
    if not any(names(subject, rival) for rival in others):
        return True
    ignore = {"the", "a", "an", "of", "and", "index", "average"}
    shared = {w.lower() for w in _WORD.findall(subject)} & {
        w.lower() for w in _WORD.findall(owner)}
    theirs = {w.lower() for rival in others for w in _WORD.findall(rival)}
    return bool(shared - theirs - ignore)


def _initials_of(short: str, owner: str) -> bool:
    """"S&P" names "Standard & Poor's 500 index": its letters are the initials of the
    capitalised words joined by '&'."""
    letters = [part.upper() for part in short.split("&")]
    initials = [word[0] for word in owner.split() if word[:1].isupper()]
    return len(letters) > 1 and all(len(x) == 1 for x in letters) and any(
        initials[i:i + len(letters)] == letters for i in range(len(initials)))
