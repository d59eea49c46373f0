"""Warn where sources disagree: same subject and property, different values.

Why: real disagreements between outlets (one gives 400 km, another 402 km) are kept as
they are, listed by the check and shown side by side on the site. An editor may mark one
value ``preferred:`` with a reason, as Wikidata does with ranks. This is a warning.

Passing: two sources that give the same value, or one source only.

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

from generator.model import DateValue, Fact, Money, Quantity, Text, TextList, describe
from generator.report import Problem, Severity
from generator.rules._util import Reporter
from generator.validate import Entry
from generator.verify import Context

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
        return ("date", value.date, value.qualifier)
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
    by_dimension: dict[tuple[str | None, ...], dict[tuple[Any, ...], set[str]]] = (
        defaultdict(dict))
    for entry in entries:
        values = by_dimension[dimension(entry.model)]
        values.setdefault(comparable(entry.model), set()).add(entry.model.source)
    return any(len(values) > 1 and len(set().union(*values.values())) > 1
               for values in by_dimension.values())


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
