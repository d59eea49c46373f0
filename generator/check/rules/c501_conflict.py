"""Warn where sources disagree: same subject and property, different values.

Why: real disagreements between outlets (one gives 400 km, another 402 km) are kept as
they are, listed by the check and shown side by side on the site. An editor may mark one
value ``preferred:`` with a reason, as Wikidata does with ranks. This is a warning.
Claims are compared, not strings: values the editor marks with one ``claim:`` name agree,
and values whose ``as_of:`` times cannot overlap are a change over time. So a warning on
the corpus means a real disagreement.

Compatible values agree: a hedge that keeps its number ("about 6" and "6", "up to 13%"
and "13%", "at least 19" and "19"), and one count in two nouns ("35 nations", "35
countries"); counts are compared whatever their noun ("19 staff members" against "22 UN
staff" warns). An article that rewrites, translates or republishes another (its registry
``relation:``) counts as one source with it: its different wording is a variant. A fact
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

from collections import defaultdict
from collections.abc import Iterator
from typing import Any

from generator.base.report import Problem, Severity
from generator.check.context import Context
from generator.check.reporter import Reporter
from generator.model import DateValue, Fact, Money, Quantity, Source, Text, TextList
from generator.model.chronology import Span, as_of_span
from generator.model.describe import describe
from generator.model.validate import Entry

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
           "republication-of": "republication"}


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
        return ("text", value.text)
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


def _disagree(entries: list[Entry[Fact]], sources: dict[str, Source]) -> bool:
    """True when two independent sources give incompatible values of the same dimension.

    "$3.5 billion" and "£2.77 billion" for one sale are the same claim in two currencies;
    two values from one article, or from an article and its rewrite, are that article's
    own account (variants), not a disagreement; a rendering (``rendering:``) is the value
    it renders. Linear: the facts are grouped by dimension, then by value, with the
    sources of each. Two values of one dimension disagree unless one source gives all.
    """
    root = renders(entries)
    by_id = {e.model.id: e for e in entries}
    by_dimension: dict[tuple[str | None, ...], list[Entry[Fact]]] = defaultdict(list)
    for entry in entries:
        by_dimension[dimension(by_id[root.get(entry.model.id, entry.model.id)].model)].append(
            entry)
    return any(_values_disagree(group, root, by_id, sources)
               for group in by_dimension.values())


def _values_disagree(entries: list[Entry[Fact]], root: dict[str, str],
                     by_id: dict[str, Entry[Fact]], sources: dict[str, Source]) -> bool:
    """One dimension: group by claim (the value, or the ``claim:`` name its editor gave
    it; a rendering takes the claim of what it renders), with the sources of each. Without
    ``as_of:`` this is linear; with it, each claim's times are summed up as one span and
    the claims compared pairwise."""
    values = {e.model.id: comparable(e.model) for e in entries}
    named = {values[e.model.id]: e.model.claim for e in entries if e.model.claim}
    claims: dict[Any, list[Fact]] = defaultdict(list)
    for entry in entries:
        fact = by_id[root.get(entry.model.id, entry.model.id)].model
        value = values.get(fact.id) or comparable(fact)
        label = fact.claim or named.get(value)
        claims[("claim", label) if label else value].append(entry.model)
    origins = {f.id: origin(f.source, sources) for facts in claims.values() for f in facts}
    if len(claims) < 2 or len(set(origins.values())) < 2:
        return False
    if not any(f.as_of for facts in claims.values() for f in facts):
        return True
    summaries = [(_times(facts), {origins[f.id] for f in facts}) for facts in claims.values()]
    for index, (span, group_sources) in enumerate(summaries):
        for other, other_sources in summaries[index + 1:]:
            if len(group_sources | other_sources) > 1 and (span is None or other is None
                                                            or span.overlaps(other)):
                return True
    return False


def _times(facts: list[Fact]) -> Span | None:
    """When a claim held, over all its facts; None when one of them does not say."""
    if any(f.as_of is None for f in facts):
        return None
    spans = [as_of_span(f.as_of) for f in facts if f.as_of is not None]
    return Span(min(s.earliest for s in spans if s.earliest),
                max(s.latest for s in spans if s.latest))


def _grouped(context: Context) -> list[list[Entry[Fact]]]:
    key = ("conflict", "groups")
    if key not in context.memo:
        by_claim: dict[tuple[str, str], list[Entry[Fact]]] = defaultdict(list)
        for entry in context.validated.facts:
            by_claim[(entry.model.subject, entry.model.property)].append(entry)
        sources = _registry(context)
        groups = [entries for entries in by_claim.values() if _disagree(entries, sources)]
        context.memo[key] = groups
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
                found[fact.id] = (fact.rendering.of, fact.rendering.relation)
                continue
            relation = sources[fact.source].relation if fact.source in sources else None
            if relation is None or relation.type not in DERIVED:
                continue
            for other in in_article.get(origin(fact.source, sources), []):
                if comparable(other) != comparable(fact) and not (
                        fact.claim and fact.claim == other.claim):
                    found[fact.id] = (other.id, f"the {DERIVED[relation.type]}'s wording")
                    break
    return found


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
