"""Warn where sources disagree: same subject and property, different values.

Why: real disagreements between outlets (one gives 400 km, another 402 km) are kept as
they are, listed by the check and shown side by side on the site. An editor may mark one
value ``preferred:`` with a reason, as Wikidata does with ranks. This is a warning.
Claims are compared, not strings: values the editor marks with one ``claim:`` name agree,
and values whose ``as_of:`` times cannot overlap are a change over time. So a warning on
the corpus means a real disagreement.

Passing: two sources that give the same value, or one source only; or::

    - {id: compat-reuters, ..., value: {kind: text, text: not compatible},
       claim: nato-incompatible}
    - {id: compat-rewrite, ..., value: {kind: text, text: not in line with NATO defenses},
       claim: nato-incompatible}

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
from generator.model import DateValue, Fact, Money, Quantity, Text, TextList
from generator.model.chronology import Span, as_of_span
from generator.model.describe import describe
from generator.model.validate import Entry

ID = "C501"
NAME = "conflict"
STAGE = "verify"
SEVERITY = Severity.WARNING
report = Reporter(ID, SEVERITY)


def comparable(fact: Fact) -> tuple[Any, ...]:
    """A value reduced to what it claims, so equal claims compare equal."""
    value = fact.value
    if isinstance(value, Quantity):
        return ("quantity", *(e * value.factor for e in value.ends), value.plus_minus,
                value.unit, value.noun, value.per, value.qualifier)
    if isinstance(value, Money):
        return ("money", *(e * value.factor for e in value.ends), value.plus_minus,
                value.currency, value.per, value.qualifier)
    if isinstance(value, DateValue):
        return ("date", value.date, value.qualifier, value.end, value.end_qualifier)
    if isinstance(value, Text):
        return ("text", value.text)
    if isinstance(value, TextList):
        return ("list", tuple(sorted(value.items)))
    raise TypeError(value)  # pragma: no cover


def dimension(fact: Fact) -> tuple[str | None, ...]:
    """What a value is measured in: values of different dimensions do not contradict."""
    value = fact.value
    if isinstance(value, Quantity):
        return ("quantity", value.unit or value.noun, value.per)
    if isinstance(value, Money):
        return ("money", value.currency, value.per)
    return (value.kind,)


def _disagree(entries: list[Entry[Fact]]) -> bool:
    """True when two different sources give different values of the same dimension.

    "$3.5 billion" and "£2.77 billion" for one sale are the same claim in two currencies,
    and two values from one article are that article's own account, not a disagreement.
    Linear: the facts are grouped by dimension, then by value, with the sources of each.
    Two values of one dimension disagree unless one source gives all of them.
    """
    by_dimension: dict[tuple[str | None, ...], list[Entry[Fact]]] = defaultdict(list)
    for entry in entries:
        by_dimension[dimension(entry.model)].append(entry)
    return any(_values_disagree(group) for group in by_dimension.values())


def _values_disagree(entries: list[Entry[Fact]]) -> bool:
    """One dimension: group by claim (the value, or the ``claim:`` name its editor gave
    it), with the sources of each. Without ``as_of:`` this is linear; with it, each claim's
    times are summed up as one span and the claims compared pairwise."""
    named = {comparable(e.model): e.model.claim for e in entries if e.model.claim}
    claims: dict[Any, list[Fact]] = defaultdict(list)
    for entry in entries:
        fact = entry.model
        value = comparable(fact)
        label = fact.claim or named.get(value)
        claims[("claim", label) if label else value].append(fact)
    if len(claims) < 2 or len({f.source for facts in claims.values() for f in facts}) < 2:
        return False
    if not any(f.as_of for facts in claims.values() for f in facts):
        return True
    summaries = [(_times(facts), {f.source for f in facts}) for facts in claims.values()]
    for index, (span, sources) in enumerate(summaries):
        for other, other_sources in summaries[index + 1:]:
            if len(sources | other_sources) > 1 and (span is None or other is None
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
        groups = [entries for entries in by_claim.values() if _disagree(entries)]
        context.memo[key] = groups
    return context.memo[key]  # type: ignore[return-value]


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
