"""Figures read together: ranges, changes, tallies, plus-or-minus, and bare counts that
take the noun of the count before them.

"X to Y" is a range only when both ends measure one thing at one time ("a range of 300
to 400 km", "between 200 and 300 km"). After a verb of change ("rose 4% to 287p", "fell
from $880 billion in 2016 to $912 billion", "raised the order from 8 to 11 ships") the
two figures are a change: each end is stated on its own, and no range is. A descending
pair after a verb of voting or winning ("passed 301-122", "won 64%-36%", "had 50.7
percent to 49.2 percent") is a tally: each side is stated on its own, and no range is.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace

import generator.reading.lexicon as lx
from generator.reading.figure_type import Figure
from generator.reading.phrases import NOTHING, Counted
from generator.reading.qualifiers import RANGE_JOINER, qualifier_before

_SENTENCE_END = re.compile(r"[.!?]\s|\n")
_NAME_BEFORE = re.compile(r"(?<![.!?:;\"“(])\s*\b[A-Z][A-Za-z]*\s$")


def antecedents(text: str, figures: list[Figure]) -> list[Figure]:
    """A bare count takes the noun of the count before it in its sentence: "Jones received
    671,151 votes, to Moore's 650,436", "with 3,900 more on order". A year ("in 2016") or a
    number after a name ("Highway 18", "Category 4") counts nothing."""
    last: Figure | None = None
    linked = list(figures)
    for index, figure in enumerate(figures):
        if figure.unit is not None or figure.currency_written is not None:
            continue
        if figure.counted.how != NOTHING:
            last = figure
            continue
        if figure.counted.written.lower() in lx.ELIDED_NOUNS:
            continue  # "two soldiers and nine others": the others need not be soldiers
        if last is None or _SENTENCE_END.search(text, last.end, figure.start):
            continue
        written = text[figure.start:figure.end]
        if (written.isdigit() and len(written) == 4 and figure.scale is None) or (
                _NAME_BEFORE.search(text, max(0, figure.start - 24), figure.start)
                and not _POSSESSIVE_BEFORE.search(text, max(0, figure.start - 24), figure.start)):
            continue
        linked[index] = replace(figure, counted=Counted(
            "antecedent", last.counted.nouns, last.counted.written, figure.end))
    return linked


_POSSESSIVE_BEFORE = re.compile(r"(?:'s|’s|s'|s’)\s$")

# What joins the items of a list: "at least 4,200 homes and 300 businesses".
_LIST_JOINERS = (" and ", ", ", ", and ", " or ", ", or ")
_SHARED_QUALIFIERS = frozenset({"over", "about", "up to", "under", "at least"})


def shared_qualifiers(text: str, figures: list[Figure]) -> list[Figure]:
    """A qualifier before the first item of a list of counts or measures governs every
    item: "at least 4,200 homes and 300 businesses" is at least 300 businesses. An item
    with a qualifier of its own keeps it ("about 40 homes and at most 3 shops")."""
    shared = list(figures)
    for index in range(1, len(shared)):
        first, item = shared[index - 1], shared[index]
        if first.qualifier not in _SHARED_QUALIFIERS or item.qualifier != "exact":
            continue
        nouns = first.counted.how == "noun" and item.counted.how == "noun"
        units = first.unit is not None and item.unit is not None
        end = first.counted.end if nouns else first.end
        if (nouns or units) and text[end:item.start] in _LIST_JOINERS:
            shared[index] = replace(item, qualifier=first.qualifier)
    return shared


_PLUS_MINUS = re.compile(r" ?(?:±|\+/-|\+-|plus or minus) ?", re.IGNORECASE)

_CONVERSION = re.compile(r" ?\(")

# Verbs and adverbs of change: a "to" after them ends a change, it does not join a range.
_CHANGE_WORDS_TEXT = """rose rise rises rising risen fell fall falls falling fallen
increased increase increases increasing decreased decrease decreases decreasing grew grow
grows growing grown dropped drop drops dropping climbed climb climbs climbing jumped jump
jumps jumping raised raise raises raising cut cuts cutting lowered lower lowers lowering
reduced reduce reduces reducing boosted boost boosts boosting expanded expand expands
shrank shrink shrinks shrunk slipped slip slips declined decline declines declining surged
surge surges soared soar soars plunged plunge plunges tumbled tumble tumbles went go goes
going gone up down added adding widened narrowed slid slide slides edged hiked hike hikes
doubled tripled swelled swell revised upgraded downgraded lift lifts lifted lifting
bring brings brought bringing push pushes pushed pushing trim trims trimmed trimming
slash slashes slashed slashing"""
CHANGE_WORDS = frozenset(_CHANGE_WORDS_TEXT.split())
# Verbs and nouns of a vote or a contest: a descending pair after them is a tally.
_TALLY_WORDS_TEXT = """won win wins winning beat beats defeated defeat passed pass
passes approved approve rejected reject vote votes voted voting tally margin score had has
have led leads lead lost lose carried split"""
TALLY_WORDS = frozenset(_TALLY_WORDS_TEXT.split())
# Tallies of a vote count votes.
_VOTE_WORDS_TEXT = """passed pass passes approved approve rejected reject vote votes
voted voting carried split"""
VOTE_WORDS = frozenset(_VOTE_WORDS_TEXT.split())
_CLAUSE_LOOKBACK = 60
_CUE_WORDS = 8  # how many words back a verb of change or voting may stand
_FROM_LOOKBACK = 120  # "increase <its object> from X to Y": the object may be long
_FROM_CUE_WORDS = 14
_CLAUSE_EDGE = re.compile(r"[.;:!?]\s|,\s(?:and|but|while)\s|\bbut\b", re.IGNORECASE)
_WORDS = re.compile(r"[A-Za-z]+")


def _cue_before(text: str, start: int, words: frozenset[str],
                lookback: int = _CLAUSE_LOOKBACK, last: int = _CUE_WORDS) -> str | None:
    """The last of ``words`` before ``start`` in its clause (a few words back), or None."""
    low = max(0, start - lookback)
    window = text[low:start]
    edges = [edge.end() for edge in _CLAUSE_EDGE.finditer(window)]
    if edges:
        window = window[edges[-1]:]
    found = [w.lower() for w in _WORDS.findall(window)][-last:]
    return next((w for w in reversed(found) if w in words), None)


def is_change(text: str, start: int) -> bool:
    """True when a verb of change governs the figure at ``start``: "rose 4% to 287p".
    After "from" the verb's object stands between ("increase the average efficiency of
    multi-junction devices from 23% to 35%", pv magazine, issue 18 trial 7), so the verb
    may stand further back in its clause."""
    if text[max(0, start - 5):start].lower() == "from ":
        return _cue_before(text, start, CHANGE_WORDS, _FROM_LOOKBACK,
                           _FROM_CUE_WORDS) is not None
    return _cue_before(text, start, CHANGE_WORDS) is not None


def pair_up(text: str, figures: list[Figure]) -> list[Figure]:
    """Mark both ends of "$2bn-$3bn", "from 300 km to 400 km" or "300 or 400 km" as a
    range, and give "400 ± 5 km" its plus-or-minus; two figures of a change or a tally
    are marked as such and each stands on its own."""
    marked = list(figures)
    for index in range(len(figures) - 1):
        first, second = marked[index], marked[index + 1]
        if _PLUS_MINUS.fullmatch(text, first.end, second.start):
            marked[index] = replace(first, plus_minus=second.amount,
                                    unit=first.unit or second.unit,
                                    counted=_either(first.counted, second.counted))
            marked[index + 1] = replace(second, qualifier="plus or minus")
            continue
        if _CONVERSION.fullmatch(text, first.end, second.start) and second.qualifier == "exact":
            # "up to 240 km/h (150 mph)": the conversion keeps its figure's qualifier
            marked[index + 1] = replace(second, qualifier=first.qualifier, outer=first.outer)
            continue
        if _is_year(text, first) or _is_year(text, second):
            continue  # "$880 billion in 2016 to $912 billion": a year joins nothing
        bare = [f.unit is None and f.currency is None for f in (first, second)]
        alike = (first.unit, first.currency) == (second.unit, second.currency) or any(bare)
        joiner = RANGE_JOINER.fullmatch(text, first.end, second.start)
        if not (alike and joiner):
            continue
        word = joiner.group(0).strip().lower()
        lead = text[max(0, first.start - 8):first.start].lower()
        between = lead.endswith("between ")
        shared = {"scale": first.scale or second.scale,
                  "currency": first.currency or second.currency,
                  "currencies": first.currencies or second.currencies,
                  "currency_written": first.currency_written or second.currency_written,
                  "unit": first.unit or second.unit,
                  "counted": _either(first.counted, second.counted)}
        joined = _joined(text, first, second, word)
        if joined is not None:
            ends = [_as_end(f, shared, joined, text) for f in (first, second)]
            marked[index], marked[index + 1] = ends[0], ends[1]
            continue
        bounded = (word in ("-", "–", "—", "to") or (word == "and" and between)
                   or (word == "or" and _one_noun(text, first, second))) and (
            first.amount < second.amount)
        outer = qualifier_before(text, first.start - (8 if between else 0))
        low, high = (first.amount, second.amount) if bounded else (None, None)
        # "a 20% or 10% levy": alternatives, each with its own unit, no range either
        joined_as = "alternative" if word == "or" and not bounded else "range"
        marked[index] = replace(first, qualifier=joined_as, outer=outer, low=low, high=high,
                                **shared)  # type: ignore[arg-type]
        marked[index + 1] = replace(second, qualifier=joined_as, outer=outer, low=low,
                                    high=high, **shared)  # type: ignore[arg-type]
    return marked


_YEAR_BEFORE = re.compile(r"\b(?:in|of|since|by|until|during|for)\s$", re.IGNORECASE)


def _one_noun(text: str, first: Figure, second: Figure) -> bool:
    """"three or four weeks", "300 or 400 passengers": two numbers on one noun or unit,
    the first bare, are a span (issue 18, trial 3: Reuters' "in three or four weeks").
    Each with its own unit ("a 20% or 10% levy") or after "either" they are alternatives."""
    if first.unit is not None or first.currency_written is not None or first.scale:
        return False
    return not text[max(0, first.start - 7):first.start].lower().endswith("either ")


def _is_year(text: str, figure: Figure) -> bool:
    """A bare four-digit number after "in", "since"...: a year, not a quantity."""
    written = text[figure.start:figure.end]
    return (figure.unit is None and figure.currency_written is None and figure.scale is None
            and len(written) == 4 and written.isdigit()
            and _YEAR_BEFORE.search(text, max(0, figure.start - 7), figure.start) is not None)


def _joined(text: str, first: Figure, second: Figure, word: str) -> str | None:
    """"change" or "tally" when two figures joined by ``word`` are no range, else None."""
    if word in ("to", "-", "–", "—") and is_change(text, first.start):
        return "change"
    if word in ("to", "-", "–", "—") and first.amount > second.amount and _cue_before(
            text, first.start, TALLY_WORDS) is not None:
        return "tally"
    return None


def _as_end(figure: Figure, shared: Mapping[str, object], joined: str, text: str) -> Figure:
    """One figure of a change or a tally, with what the pair shares; its own qualifier."""
    counted = figure.counted
    if counted.how == NOTHING and isinstance(shared["counted"], Counted):
        counted = shared["counted"]
    if joined == "tally" and counted.how == NOTHING and _cue_before(
            text, figure.start, VOTE_WORDS):
        counted = Counted("tally", ((("votes",),),), "votes", figure.end)
    qualifier = "exact" if figure.qualifier == "range" else figure.qualifier
    return replace(figure, qualifier=qualifier, joined=joined, counted=counted,
                   scale=figure.scale or shared["scale"],  # type: ignore[arg-type]
                   unit=figure.unit or shared["unit"],  # type: ignore[arg-type]
                   currency=figure.currency or shared["currency"],  # type: ignore[arg-type]
                   currencies=figure.currencies or shared["currencies"],  # type: ignore[arg-type]
                   currency_written=(figure.currency_written
                                     or shared["currency_written"]))  # type: ignore[arg-type]


def _either(first: Counted, second: Counted) -> Counted:
    return first if first.how != NOTHING else second
