"""Every hint the checker prints on the table of real sentences, as an editor would apply
it (issue 18: no hint may propose a value, date or stance the text does not state).

A hint is read from the checker's own words: a date or its parts to set ("set date:",
"write date: ..."), a qualifier the quote says, a noun the quote counts, a unit instead of
a noun, a scale, a rate's 'per:', the subject that owns a figure or the figure the quote
gives the subject, a stance to declare, and an answer to a cue (stance_scope). Each is
applied to the fact it was given for; the facts so written are checked again (all in one
check), and a hint that leads to another is followed once more. ``judge`` says whether
what the editor then holds is one of the case's true readings (its ``expect: pass`` facts).

    python -m tests.reading.table_hints      # every hint whose fact is not a true reading
"""

from __future__ import annotations

import dataclasses
import tempfile
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sentence_table import Case, Fact, Outcome, load_cases, run_table
from test_date_hints import apply as apply_date

from generator.reading import plural

DATE_MARKERS = ("set date:", "set end:", "set qualifier:", "set time:", "set zone:",
                "write date:")
SCALES = ("thousand", "million", "billion", "trillion")
QUALIFIERS = ("exact", "over", "under", "up to", "at least", "about", "range")


@dataclass(frozen=True)
class Applied:
    """One hint, applied: the fact the editor then holds, and where it came from."""

    origin: Fact  # the fact the checker gave the hint for
    fact: Fact  # the fact after the editor followed it (``id`` is new)
    code: str
    hint: str  # the checker's words, shortened to what proposes the change
    range_end: bool = False  # "the quote says range": the figure is one end of a range


def _quoted(text: str, after: str) -> list[str]:
    """Every 'single-quoted' word after ``after`` in ``text``."""
    tail = text.split(after, 1)[1]
    parts = tail.split("'")
    return [parts[i] for i in range(1, len(parts) - 1, 2)]


def _with(fact: Fact, n: int, **changes: Any) -> Fact:
    return dataclasses.replace(fact, id=f"{fact.id}-h{n}", **changes)


def _value(fact: Fact, drop: Iterable[str] = (), **keys: Any) -> dict[str, Any]:
    value = {k: v for k, v in fact.value.items() if k not in set(drop)}
    value.update(keys)
    return value


def _number(figure: str) -> float | None:
    """The number a figure the checker quotes is ('650,436', '48.4 percent', '$50 billion')."""
    digits = "".join(ch for ch in figure.split()[0] if ch.isdigit() or ch == ".")
    try:
        return float(digits) if "." in digits else int(digits)
    except ValueError:
        return None


def proposals(code: str, text: str, fact: Fact) -> list[tuple[str, Fact, bool]]:
    """What the editor may write after this message: (the words that propose it, the new
    fact, whether it is a range claim); nothing where the message proposes no value."""
    out: list[tuple[str, Fact, bool]] = []

    def add(words: str, range_end: bool = False, **changes: Any) -> None:
        out.append((words, _with(fact, len(out), **changes), range_end))

    if code in ("V404", "V405", "V406") and fact.value.get("kind") == "date":
        for marker in DATE_MARKERS:
            if marker in text:
                words = text[text.index(marker):]
                date = {k: v for k, v in fact.value.items() if k != "kind"}
                add(words, value={"kind": "date", **apply_date(words, date)})
                break
    elif code == "V404" and text.startswith("qualifier: the quote says "):
        said = text[len("qualifier: the quote says "):].split(" (", 1)[0]
        if said == "range":
            add(text.split(";", 1)[0], range_end=True, value=dict(fact.value))
        elif said in QUALIFIERS:
            keys = {} if said == "exact" else {"qualifier": said}
            add(text.split(";", 1)[0], value=_value(fact, ("qualifier",), **keys))
    elif code == "V402" and "in the singular:" in text:
        for noun in _quoted(text, "in the singular:"):
            add(f"noun: {noun}", value=_value(fact, **{"noun": noun}))
    elif code == "V402" and "instead of 'noun:'" in text:
        unit = text.split("write 'unit: ", 1)[1].split("'", 1)[0]
        add(f"unit: {unit}", value=_value(fact, ("noun",), unit=unit))
    elif code == "V402" and text.startswith("noun_from:") and "write the noun" in text:
        for noun in _quoted(text, "write the noun the passage counts"):
            add(f"noun: {noun}", value=_value(fact, **{"noun": noun}))
    elif code == "V401" and text.startswith("scale: the quote says "):
        figure = text.split('"')[1]
        scale = [word for word in SCALES if word in figure.split()]
        keys = {"scale": scale[0]} if scale else {}
        add(f"scale: {scale[0] if scale else 'none'}",
            value=_value(fact, ("scale",), **keys))
    elif code == "V408" and "add 'per: " in text:
        per = text.split("add 'per: ", 1)[1].split("'", 1)[0]
        add(f"per: {per}", value=_value(fact, per=per))
    elif code == "V409" and "belongs to " in text:
        owner = text.split("belongs to ", 1)[1].split(" in the quote", 1)[0]
        add(f"subject: {owner}", subject=owner)
        given = text.split("whose figure there is ", 1)[1].split(";", 1)[0]
        percent = fact.value.get("unit") == "percent"
        for figure in given.split('"')[1::2]:
            number = _number(figure)
            if ("%" in figure or "percent" in figure) != percent:
                continue  # a figure of another kind is not this value's
            if number is not None and "amount" in fact.value:
                add(f"the figure {figure}", value=_value(fact, amount=number))
    elif code == "V410":
        if "declare it (" in text:
            offered = text.split("declare it (", 1)[1].split(")", 1)[0]
            for stance in offered.split(" or "):
                add(stance, stance=stance.split("stance: ", 1)[1], stance_scope=None)
        if "remove 'stance:' if the source states it" in text:
            add("remove 'stance:'", stance=None)
        if "answer with stance_scope: {cue: " in text:
            cue = text.split("answer with stance_scope: {cue: ", 1)[1].split(",", 1)[0]
            if cue != "...":
                answers = list(fact.stance_scope or [])
                answers.append({"cue": cue, "reason": "the editor's answer"})
                add(f"stance_scope: {{cue: {cue}}}", stance_scope=answers)
    return out


def _label(fact: Fact) -> str | None:
    """A property the case names (the harness's default 'fact <letters>' names none)."""
    return None if fact.property.startswith("fact ") else fact.property


def _same_value(held: Mapping[str, Any], true: Mapping[str, Any], sentence: str) -> bool:
    held, true = dict(held), dict(true)
    if held.get("kind") == "date" and "qualifier" not in held:
        true.pop("qualifier", None)  # 'Friday' for 'late Friday' says less, not more
    if "noun" in held and "noun" in true and held["noun"] != true["noun"]:
        # a noun with the quote's own adjectives ('black girl' for 'girl'), or its head
        # alone ('category' for 'product category'), is as true
        words, head = held["noun"].split(), true["noun"].split()
        short, long = sorted((words, head), key=len)
        lower = sentence.lower()
        if long[-len(short):] == short and all(
                w in lower or plural(w) in lower for w in words):
            held["noun"] = true["noun"]
    return held == true


def _same_subject(held: str, true: str, default: str) -> bool:
    """The same subject, or one the case leaves unnamed; a subject written as the quote
    names its owner ('Hang Seng Index', 'Manila and Jakarta') holds the case's shorter
    name ('Hang Seng', 'Manila')."""
    return held in (true, default) or (len(true) > 3 and true in held)


def true_stances(fact: Fact, case: Case) -> set[str]:
    """The stances of the case's true readings of ``fact``'s value, subject (where the fact
    names one: the harness's default is the case's name) and property."""
    return {true.stance or "stated" for true in case.facts
            if true.expect == "pass" and _same_value(fact.value, true.value, case.sentence)
            and _same_subject(fact.subject, true.subject, case.name)
            and (_label(true) is None or _label(fact) in (None, _label(true)))}


def true_reading(fact: Fact, case: Case) -> bool:
    """Whether ``fact`` is one of the case's true readings (value, stance, subject, and
    property where the case names one)."""
    return (fact.stance or "stated") in true_stances(fact, case)


def _range_end_true(applied: Applied, case: Case) -> bool:
    amount = applied.origin.value.get("amount")
    return any(true.expect == "pass" and amount in (true.value.get("min"),
                                                    true.value.get("max"))
               for true in case.facts)


@dataclass(frozen=True)
class Verdict:
    applied: Applied
    followed: Fact  # the fact after the next hint too, where there was one
    true: bool
    passes: bool  # the checker accepts ``followed``


def _apply_all(pairs: Iterable[tuple[Case, Fact, list[tuple[str, str]]]]
               ) -> list[tuple[Case, Applied]]:
    out = []
    for case, fact, errors in pairs:
        for code, text in errors:
            for words, new, range_end in proposals(code, text, fact):
                out.append((case, Applied(fact, new, code, words, range_end)))
    return out


def _check(root: Path, facts: list[tuple[Case, Fact]]) -> dict[str, list[tuple[str, str]]]:
    by_case: dict[str, list[Fact]] = {}
    cases: dict[str, Case] = {}
    for case, fact in facts:
        by_case.setdefault(case.name, []).append(fact)
        cases[case.name] = case
    if not by_case:
        return {}
    result = run_table([dataclasses.replace(cases[name], facts=tuple(group))
                        for name, group in by_case.items()], root)
    return {fid: errs for outcome in result.values() for fid, errs in outcome.errors.items()}


def verdicts(cases: list[Case], outcomes: Mapping[str, Outcome], root: Path,
             only: Callable[[Fact], bool] = lambda fact: True) -> list[Verdict]:
    """Every hint on the table applied, checked, followed once more, and judged."""
    first = _apply_all((case, fact, outcomes[case.name].errors[fact.id])
                       for case in cases for fact in case.facts if only(fact))
    errors = _check(root / "step1", [(case, a.fact) for case, a in first])
    second: dict[str, Fact] = {}
    follow = []
    for case, applied in first:
        if not applied.range_end and not true_reading(applied.fact, case):
            for _, next_fact, _ in [p for code, text in errors[applied.fact.id]
                                    for p in proposals(code, text, applied.fact)][:1]:
                second[applied.fact.id] = next_fact
                follow.append((case, next_fact))
    errors.update(_check(root / "step2", follow))
    out = []
    for case, applied in first:
        held = second.get(applied.fact.id, applied.fact)
        if applied.range_end:
            ok = _range_end_true(applied, case)
        elif applied.code == "V410":
            ok = _stance_hint_true(applied, case, first)
        else:
            ok = true_reading(applied.fact, case) or true_reading(held, case)
        out.append(Verdict(applied, held, ok, not errors[held.id]))
    return out


def _stance_hint_true(applied: Applied, case: Case,
                      everything: list[tuple[Case, Applied]]) -> bool:
    """A stance hint is judged where the case holds the fact's value and subject true in
    some stance (of a wrong value no stance is true, and the value rules refuse it): a
    stance it proposes must be one of those; an answer to a cue (stance_scope), which
    keeps the declared stance, must either keep a true one or come beside a proposed
    stance that is true (the message offers both: the cue governs, or it does not); where
    the message names no stance (the reader says it cannot tell), the answer is the
    editor's judgement, not a proposal."""
    stances = true_stances(applied.origin, case)
    if not stances:
        return True
    beside = [a for c, a in everything if a.origin.id == applied.origin.id
              and a.code == "V410" and a.fact.stance_scope == a.origin.stance_scope
              and a.hint.startswith("stance: ")]
    if applied.hint.startswith("stance: "):
        # "declare it (stance: expected or stance: possible)": the reader says which
        # stances it cannot tell apart; one of them must be true
        return any((a.fact.stance or "stated") in stances for a in beside)
    if applied.hint.startswith("remove"):
        return "stated" in stances  # "remove 'stance:' if the source states it"
    if not beside:
        return True  # the reader names no stance: the answer is the editor's to give
    return (applied.fact.stance or "stated") in stances or any(
        (a.fact.stance or "stated") in stances for a in beside)


def main() -> int:
    from sentence_table import check_table

    cases = load_cases()
    outcomes = check_table(cases)
    with tempfile.TemporaryDirectory(prefix="table-hints-") as folder:
        found = verdicts(cases, outcomes, Path(folder))
    wrong = [v for v in found if not v.true]
    print(f"{len(found)} hints applied, {len(wrong)} not a true reading")
    for v in wrong:
        a = v.applied
        print(f"\n{a.origin.id} ({a.origin.expect}) {a.code}: {a.hint}\n"
              f"  from: {dict(a.origin.value)} stance={a.origin.stance} "
              f"subject={a.origin.subject}\n"
              f"  held: {dict(v.followed.value)} stance={v.followed.stance} "
              f"scope={v.followed.stance_scope} passes={v.passes}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
