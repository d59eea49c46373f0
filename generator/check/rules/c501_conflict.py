"""Warn where sources disagree: same subject and property, different values.

Why: real disagreements between outlets (one gives 400 km, another 402 km) are kept as
they are, listed by the check and shown side by side on the site. An editor may mark one
value ``preferred:`` with a reason, as Wikidata does with ranks. This is a warning.
Claims are compared, not strings: values the editor marks with one ``claim:`` name agree,
and values whose ``as_of:`` times cannot overlap are a change over time. So a warning on
the corpus means a real disagreement.

Compatible values agree: a hedge that keeps its number ("about 6" and "6", "up to 13%"
and "13%", "at least 19" and "19"), bounds that admit each other ("about 5,200" and "more
than 5,000", "617" and "more than 600", "almost 2,500" and "2,493", "at least 11" and "at
least 14"), dates that can name one day ("late June 2019" and "June 2019", "June 2019" and
"1 June 2019"), one name in two spellings of its number ("Category 1", "category one")
and one count in two nouns ("35 nations", "35 countries"); counts are compared whatever
their noun ("19 staff members" against "22 UN staff" warns). Readings at different times
(``as_of:`` with ``as_of_time:``) are a change over time. Each fact is shown disagreeing
only with the values it cannot agree with. An article that rewrites, translates,
republishes or updates another (its registry ``relation:``) counts as one source with it:
its different wording is a variant (an update's, its later reading). A fact
that declares ``rendering: {of: <fact>, relation: translation}`` (transliteration,
translation, unit conversion, rounding, spelling) renders that fact's value: a variant.

Passing: two sources that give the same value, or one source only; or::

    - {id: compat-reuters, ..., value: {kind: text, text: not compatible},
       claim: nato-incompatible}
    - {id: compat-rewrite, ..., value: {kind: text, text: not in line with NATO defenses},
       claim: nato-incompatible}

or a rendering::

    - {id: name-tass, ..., value: {kind: text, text: S-400 Triumf}}
    - {id: name-ria, ..., value: {kind: text, text: S-400 Triumph},
       rendering: {of: name-tass, relation: translation}}

Failing::

    - {id: range-tass, subject: S-400, property: range,
       value: {kind: quantity, amount: 400, unit: km}}
    - {id: range-presstv, subject: S-400, property: range,
       value: {kind: quantity, amount: 402, unit: km}}
    # warning[C501] sources disagree on S-400 / range: 400 km (range-tass), 402 km (range-presstv)
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

from generator.base.report import Problem, Severity
from generator.check.context import Context
from generator.check.reporter import Reporter
from generator.model import DateValue, Fact, Money, Published, Quantity, Source, Text, TextList
from generator.model.chronology import as_of_span, span_of
from generator.model.describe import describe
from generator.model.validate import Entry
from generator.reading.numbers import NUMBER_WORDS

ID = "C501"
NAME = "conflict"
STAGE = "verify"
SEVERITY = Severity.WARNING
report = Reporter(ID, SEVERITY)


# Qualifiers that keep their number among the values they allow: "about 6", "up to 13%"
# and "at least 19" are compatible with 6, 13% and 19. "over" and "under" exclude it.
INCLUSIVE = frozenset({"exact", "about", "up to", "at least"})
# Registry relations that make an article no independent source: it counts as one with the
# article it rewrites, translates or republishes (its differences are variants).
DERIVED = {"rewrite-of": "rewrite", "translation-of": "translation",
           "republication-of": "republication", "update-of": "update"}
# "about 6" admits values within this share of 6 either way ("nearly", "almost" and
# "roughly" read as "about"): wide enough for a rounded figure, narrow enough that 20 mi
# and 35 mi stay apart.
ABOUT = Decimal("0.1")
# An extent: the lowest and highest value a figure admits, each with whether it is open
# (None: no bound). "more than 600" is (600, True, None, False).
Extent = tuple[Decimal | None, bool, Decimal | None, bool]
# A time a reading held, as its first and last minute (None: open).
Moment = tuple[dt.datetime | None, dt.datetime | None]


def comparable(fact: Fact) -> tuple[Any, ...]:
    """A value reduced to what it claims, so compatible claims compare equal.

    A hedge that keeps its number ("about", "up to", "at least", a ±) does not change the
    claim; the counted noun is wording ("35 nations", "35 countries"), since subject and
    property say what is counted.
    """
    value = fact.value
    if isinstance(value, Quantity | Money):
        qualifier = "inclusive" if value.qualifier in INCLUSIVE else value.qualifier
        if value.min is not None:
            qualifier = value.qualifier  # a range: its words are part of the claim
        measure = value.unit if isinstance(value, Quantity) else value.currency
        return (value.kind, *(e * value.factor for e in value.ends), measure, value.per,
                qualifier)
    if isinstance(value, DateValue):
        return ("date", value.date, value.qualifier, value.end, value.end_qualifier)
    if isinstance(value, Text):
        return ("text", spoken(value.text))
    if isinstance(value, TextList):
        return ("list", tuple(sorted(value.items)))
    raise TypeError(value)  # pragma: no cover


def dimension(fact: Fact) -> tuple[str | None, ...]:
    """What a value is measured in: values of different dimensions do not contradict.
    Counts of one subject and property are one dimension, whatever noun each counts with
    ("19 staff members", "22 UN staff")."""
    value = fact.value
    if isinstance(value, Quantity):
        return ("quantity", value.unit or "count", value.per)
    if isinstance(value, Money):
        return ("money", value.currency, value.per)
    return (value.kind,)


def origin(file: str, sources: dict[str, Source]) -> str:
    """The article ``file`` counts as: itself, or the one it rewrites, translates or
    republishes (followed through the registry, at most once per article)."""
    seen = {file}
    while file in sources and (relation := sources[file].relation) is not None \
            and relation.type in DERIVED and relation.source not in seen:
        file = relation.source
        seen.add(file)
    return file


def renders(entries: list[Entry[Fact]]) -> dict[str, str]:
    """Each fact of one subject and property that renders another (``rendering:``), with
    the fact it comes to in the end (bounded by the group's size)."""
    ids = {e.model.id: e.model for e in entries}
    root: dict[str, str] = {}
    for entry in entries:
        fact, steps = entry.model, 0
        while fact.rendering is not None and fact.rendering.of in ids and steps < len(ids):
            fact, steps = ids[fact.rendering.of], steps + 1
        if fact.id != entry.model.id:
            root[entry.model.id] = fact.id
    return root


def spoken(text: str) -> str:
    """Text as compared: case folded, number words as digits ("category one" is "category
    1"), spacing collapsed."""
    words = text.casefold().split()
    return " ".join(str(NUMBER_WORDS[w]) if NUMBER_WORDS.get(w, 100) < 100 else w
                    for w in words)


def extent(fact: Fact, published: Published | None) -> Extent | None:
    """The values a figure or date admits, for telling compatible claims apart; None for
    text, which compares by its words only."""
    value = fact.value
    if isinstance(value, DateValue):
        span = span_of(value, published)
        if span.year_unknown:
            return (None, False, None, False)
        return (_ordinal(span.earliest), False, _ordinal(span.latest), False)
    if not isinstance(value, Quantity | Money):
        return None
    ends = [e * value.factor for e in value.ends]
    low, high = ends[0], ends[-1]
    if value.plus_minus is not None:
        low, high = low - value.plus_minus * value.factor, high + value.plus_minus * value.factor
    qualifier = value.qualifier
    if qualifier == "about":
        slack = max(abs(low), abs(high)) * ABOUT
        return (low - slack, False, high + slack, False)
    if qualifier == "over":
        return (low, True, None, False)
    if qualifier == "at least":
        return (low, False, None, False)
    if qualifier == "under":
        return (None, False, high, True)
    return (low, False, high, False)  # exact, and "up to": the highest it reaches


def _ordinal(day: dt.date | None) -> Decimal | None:
    return None if day is None else Decimal(day.toordinal())


def compatible(one: Extent | None, other: Extent | None) -> bool:
    """True when some value lies in both extents (text: never, unless equal by key)."""
    if one is None or other is None:
        return False
    return _below(one, other) and _below(other, one)


def _below(one: Extent, other: Extent) -> bool:
    """``one`` starts no later than ``other`` ends."""
    low, low_open, _, _ = one
    _, _, high, high_open = other
    if low is None or high is None:
        return True
    return low < high or (low == high and not (low_open or high_open))


def moment(fact: Fact) -> Moment:
    """When a reading held: its ``as_of`` day, narrowed to ``as_of_time`` when given."""
    if fact.as_of is None:
        return (None, None)
    span = as_of_span(fact.as_of)
    if span.year_unknown:
        return (None, None)
    first = None if span.earliest is None else dt.datetime.combine(span.earliest, dt.time.min)
    last = None if span.latest is None else dt.datetime.combine(span.latest, dt.time.max)
    if fact.as_of_time is not None and first is not None and span.earliest == span.latest:
        hours, minutes = (int(p) for p in fact.as_of_time.rstrip("~").split(":"))
        at = first + dt.timedelta(hours=hours, minutes=minutes)
        # "about 10:00" ("midmorning") is any time within an hour and a half of it
        slack = dt.timedelta(minutes=90 if fact.as_of_time.endswith("~") else 0)
        return (at - slack, at + slack)
    return (first, last)


def _at_once(one: Moment, other: Moment) -> bool:
    starts_after = one[0] is not None and other[1] is not None and one[0] > other[1]
    ends_before = one[1] is not None and other[0] is not None and one[1] < other[0]
    return not (starts_after or ends_before)


def _disagree(entries: list[Entry[Fact]], sources: dict[str, Source]) -> bool:
    """True when two independent sources give incompatible values of the same dimension."""
    return bool(disagreements(entries, sources))


def disagreements(entries: list[Entry[Fact]],
                  sources: dict[str, Source]) -> dict[str, list[str]]:
    """Each fact of one subject and property with the facts it disagrees with.

    "$3.5 billion" and "£2.77 billion" for one sale are the same claim in two currencies;
    two values from one article, or from an article and its rewrite or update, are that
    article's own account (variants), not a disagreement; a rendering (``rendering:``) is
    the value it renders. The facts are grouped by dimension, then by claim (the value,
    or the ``claim:`` name its editor gave it), so agreeing facts cost one comparison
    each; only facts of different claims are compared in pairs: from different sources,
    with values that admit no common value, at times that may overlap.
    """
    root = renders(entries)
    by_id = {e.model.id: e for e in entries}
    by_dimension: dict[tuple[str | None, ...], list[Entry[Fact]]] = defaultdict(list)
    for entry in entries:
        by_dimension[dimension(by_id[root.get(entry.model.id, entry.model.id)].model)].append(
            entry)
    found: dict[str, list[str]] = {}
    for group in by_dimension.values():
        for fact_id, others in _values_disagree(group, root, by_id, sources).items():
            found.setdefault(fact_id, []).extend(others)
    return found


def _values_disagree(entries: list[Entry[Fact]], root: dict[str, str],
                     by_id: dict[str, Entry[Fact]],
                     sources: dict[str, Source]) -> dict[str, list[str]]:
    """One dimension: the facts of each claim against those of every other claim."""
    values = {e.model.id: comparable(e.model) for e in entries}
    named = {values[e.model.id]: e.model.claim for e in entries if e.model.claim}
    claims: dict[Any, list[Fact]] = defaultdict(list)
    shown: dict[str, Fact] = {}
    for entry in entries:
        fact = by_id[root.get(entry.model.id, entry.model.id)].model
        value = values.get(fact.id) or comparable(fact)
        label = fact.claim or named.get(value)
        claims[("claim", label) if label else value].append(entry.model)
        shown[entry.model.id] = fact
    groups = list(claims.values())
    found: dict[str, list[str]] = {}
    if len(groups) < 2:
        return found
    origins = {f.id: origin(f.source, sources) for facts in groups for f in facts}
    if len(set(origins.values())) < 2:
        return found
    extents = {f.id: extent(shown[f.id], _published(shown[f.id], sources))
               for facts in groups for f in facts}
    moments = {f.id: moment(f) for facts in groups for f in facts}
    for index, facts in enumerate(groups):
        for others in groups[index + 1:]:
            for fact in facts:
                for other in others:
                    if origins[fact.id] == origins[other.id] \
                            or compatible(extents[fact.id], extents[other.id]) \
                            or not _at_once(moments[fact.id], moments[other.id]):
                        continue
                    found.setdefault(fact.id, []).append(other.id)
                    found.setdefault(other.id, []).append(fact.id)
    return found


def _published(fact: Fact, sources: dict[str, Source]) -> Published | None:
    source = sources.get(fact.source)
    return None if source is None else source.published


def _grouped(context: Context) -> list[list[Entry[Fact]]]:
    return _found(context)[0]


def _found(context: Context) -> tuple[list[list[Entry[Fact]]], dict[str, list[str]]]:
    """The conflicting groups (one subject and property each) and, for each fact in them,
    the facts it disagrees with."""
    key = ("conflict", "groups")
    if key not in context.memo:
        by_claim: dict[tuple[str, str], list[Entry[Fact]]] = defaultdict(list)
        for entry in context.validated.facts:
            by_claim[(entry.model.subject, entry.model.property)].append(entry)
        sources = _registry(context)
        groups, pairs = [], {}
        for entries in by_claim.values():
            found = disagreements(entries, sources)
            if found:
                groups.append(entries)
                pairs.update(found)
        context.memo[key] = (groups, pairs)
    return context.memo[key]  # type: ignore[return-value]


def _registry(context: Context) -> dict[str, Source]:
    return {name: entry.model for name, entry in context.sources.items()}


def origins(context: Context) -> dict[str, str]:
    """Each registered article and the article it counts as (itself, or the one it
    rewrites, translates or republishes): the renderer counts independent sources so."""
    sources = _registry(context)
    return {name: origin(name, sources) for name in sources}


def variants(context: Context) -> dict[str, tuple[str, str]]:
    """Facts that render another fact's value, with that fact and the relation in words:
    a declared ``rendering:`` ("translation"), or a different value in an article that
    rewrites, translates or republishes the other's article ("the rewrite's wording")."""
    sources = _registry(context)
    by_claim: dict[tuple[str, str], list[Entry[Fact]]] = defaultdict(list)
    for entry in context.validated.facts:
        by_claim[(entry.model.subject, entry.model.property)].append(entry)
    found: dict[str, tuple[str, str]] = {}
    for entries in by_claim.values():
        ids = {e.model.id for e in entries}
        in_article: dict[str, list[Fact]] = defaultdict(list)
        for entry in entries:
            in_article[entry.model.source].append(entry.model)
        for entry in entries:
            fact = entry.model
            if fact.rendering is not None and fact.rendering.of in ids:
                found[fact.id] = (fact.rendering.of, rendering_words(fact))
                continue
            relation = sources[fact.source].relation if fact.source in sources else None
            if relation is None or relation.type not in DERIVED or relation.type == "update-of":
                continue  # an update's different value is its later reading, not a wording
            for other in in_article.get(origin(fact.source, sources), []):
                if comparable(other) != comparable(fact) and not (
                        fact.claim and fact.claim == other.claim):
                    found[fact.id] = (other.id, f"the {DERIVED[relation.type]}'s wording")
                    break
    return found


def disagreeing(context: Context) -> dict[str, list[str]]:
    """Each fact in a conflict with the facts it disagrees with (not those it agrees with:
    "at least 11 people" is not shown against "at least 11 deaths")."""
    return {fact_id: sorted(set(others)) for fact_id, others in _found(context)[1].items()}


def rendering_words(fact: Fact) -> str:
    """How a fact renders another, in words, with the editor's hedge: "translation",
    "probably a unit conversion"."""
    assert fact.rendering is not None
    relation = fact.rendering.relation
    return f"probably a {relation}" if fact.rendering.probably else relation


def groups(context: Context) -> list[list[str]]:
    """The conflicting groups as lists of fact ids, for the renderer and the exports."""
    return [[e.model.id for e in entries] for entries in _grouped(context)]


def check(context: Context) -> Iterator[Problem]:
    for entries in _grouped(context):
        first = entries[0]
        listing = "; ".join(f"{describe(e.model.value)} ({e.model.id}, {e.model.source})"
                            for e in entries)
        preferred = [e.model.id for e in entries if e.model.preferred]
        hint = (f"preferred: {preferred[0]}" if preferred else
                "keep both if the outlets really disagree; mark one 'preferred:' with a reason")
        yield report(first.at("property"),
                     f"sources disagree on {first.model.subject} / {first.model.property}: "
                     f"{listing}",
                     hint)
