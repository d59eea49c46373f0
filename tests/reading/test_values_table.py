"""The table of value phrasings (tests/fixtures/values/*.yml), and the perturbations of
every passing one, checked in one run of the real checker.

Each phrase stands in its own sentence of an article; the fact quotes that sentence. A
perturbation changes one thing the value claims (×10, ×0.1, the last digit, the sign,
the currency, the scale, the unit or noun, the qualifier, the rate, the ±, a range cut
to one end) and must fail with the code of the rule it breaks.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import yaml
from factcheck_helpers import build, registry_text

from generator.base.report import Severity
from generator.check.pipeline import check_project

TABLE = Path(__file__).resolve().parents[1] / "fixtures" / "values"
CONTEXTS = {"plain": None, "cad": "CAD", "cny": "CNY", "inr": "INR", "mixed": None}
# The mixed article names Canadian dollars elsewhere, so its bare "$" is ambiguous.
MIXED_LINE = "A second grant of 7 Canadian dollars a head was also announced.\n"
OTHER_UNIT = {"km": "mi", "m": "ft", "t": "ton", "ton": "t", "km/h": "mph", "mph": "km/h",
              "kn": "km/h", "°C": "°F", "ft": "m", "nmi": "km", "mach": "km/h", "percent": "km",
              "kg": "t", "year": "month", "bbl": "l", "MW": "kW", "ha": "m", "l": "gal"}
OTHER_SCALE = {None: "thousand", "thousand": "million", "million": "billion",
               "billion": "million", "trillion": "billion"}


def _cases() -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = []
    for path in sorted(TABLE.glob("*.yml")):
        for index, case in enumerate(yaml.safe_load(path.read_text("utf-8"))["cases"]):
            cases.append({**case, "name": f"{path.stem}-{index}"})
    return cases


def _last_digit_up(number: Decimal) -> Decimal:
    return number + Decimal(1).scaleb(number.as_tuple().exponent)  # type: ignore[arg-type]


def _scaled(value: dict[str, Any], factor: Decimal) -> dict[str, Any]:
    keys = ("min", "max") if "min" in value else ("amount",)
    return {**value, **{k: Decimal(str(value[k])) * factor for k in keys}}


def perturbations(case: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any], str]]:
    """(what changed, the changed value, the code it must fail with) for a passing case."""
    value = case["value"]
    yield "x10", _scaled(value, Decimal(10)), "V401"
    yield "x0.1", _scaled(value, Decimal("0.1")), "V401"
    key = "max" if "max" in value else "amount"
    yield "last-digit", {**value, key: _last_digit_up(Decimal(str(value[key])))}, "V401"
    if "amount" in value:
        yield "sign", {**value, "amount": -Decimal(str(value["amount"]))}, "V401"
        if value.get("plus_minus") is not None:
            yield "no-plus-minus", {k: v for k, v in value.items() if k != "plus_minus"}, "V404"
    else:
        single = {k: v for k, v in value.items() if k not in ("min", "max")}
        yield "low-end-alone", {**single, "amount": value["min"]}, "V404"
        yield "high-end-alone", {**single, "amount": value["max"]}, "V404"
    yield "scale", {**value, "scale": OTHER_SCALE[value.get("scale")]}, "V401"
    if value["kind"] == "money":
        other = "EUR" if value["currency"] != "EUR" else "USD"
        yield "currency", {**value, "currency": other}, "V403"
    elif "noun" in value:
        yield "noun", {**value, "noun": "widget"}, "V402"
    else:
        yield "unit", {**value, "unit": OTHER_UNIT[value["unit"]]}, "V402"
    qualifier = value.get("qualifier", "exact")
    changed = {k: v for k, v in value.items() if k != "qualifier"} if qualifier != "exact" else {
        **value, "qualifier": "over"}
    yield "qualifier", changed, "V404"
    if "per" in value:
        yield "no-rate", {k: v for k, v in value.items() if k != "per"}, "V408"
    else:
        yield "rate", {**value, "per": "day"}, "V408"


DOCS = Path(__file__).resolve().parents[2] / "docs" / "format.md"
_DOC_ROW = re.compile(r'^\|[^|]*\|(?:[^|]*\|)? `(?P<value>[^`]*)` \| "(?P<quote>[^"]+)"', re.M)


def _doc_examples() -> list[dict[str, Any]]:
    """The quantity and money examples of docs/format.md: each must pass as written."""
    found = []
    for match in _DOC_ROW.finditer(DOCS.read_text("utf-8")):
        text = match.group("value")
        flow = text if text.startswith("{") else "{" + text + "}"
        value = yaml.safe_load(flow.replace("qualifier: up to", "qualifier: 'up to'"))
        value.setdefault("kind", "money" if "currency" in value else "quantity")
        if value["kind"] in ("quantity", "money"):
            found.append({"quote": match.group("quote"), "value": value, "expect": "pass",
                          "name": f"docs-{len(found)}"})
    return found


CASES = _cases()
DOC_EXAMPLES = _doc_examples()
ALL: list[dict[str, Any]] = list(DOC_EXAMPLES)
for _case in CASES:
    ALL.append(_case)
    if _case["expect"] == "pass":
        for _what, _value, _code in perturbations(_case):
            ALL.append({**_case, "name": f"{_case['name']}-{_what}", "value": _value,
                        "expect": _code, "message": None})


def _number(number: object) -> int | float:
    """Decimals as JSON numbers: 0.35 stays 0.35 (the shortest float repr round-trips)."""
    assert isinstance(number, Decimal)
    return int(number) if number == number.to_integral_value() else float(number)


def _sentence(quote: str) -> str:
    return f"Officials said {quote}, the report added"


@pytest.fixture(scope="module")
def outcomes(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[tuple[str, str]]]:
    """Every case's fact id -> its errors (code, message and hint), from one check."""
    root = tmp_path_factory.mktemp("values")
    articles: dict[str, str] = {}
    for context in CONTEXTS:
        quotes = dict.fromkeys(_sentence(c["quote"]) for c in ALL
                               if c.get("source", "plain") == context)
        text = "".join(f"{quote}.\n" for quote in quotes)
        articles[f"{context}.txt"] = text + (MIXED_LINE if context == "mixed" else "")
    registry = registry_text({name: text.encode() for name, text in articles.items()})
    for context, currency in CONTEXTS.items():
        if currency:
            registry = registry.replace(f'  - file: "{context}.txt"\n',
                                        f'  - file: "{context}.txt"\n    currency: {currency}\n')
    facts = [{"id": f"case-{index}", "source": f"{case.get('source', 'plain')}.txt",
              "subject": "Table", "property": case["name"], "quote": _sentence(case["quote"]),
              "value": case["value"]} for index, case in enumerate(ALL)]
    lines = ["facts:"] + [f"  - {json.dumps(fact, default=_number)}" for fact in facts]
    build(root, articles, {"facts/sources.yml": registry,
                           "facts/values.yml": "\n".join(lines) + "\n"})
    result = check_project(root)
    found: dict[str, list[tuple[str, str]]] = {f"case-{i}": [] for i in range(len(ALL))}
    for problem in result.report:
        if problem.severity is Severity.ERROR:
            # each fact stands on its own line, after "facts:"
            fact_id = problem.fact_id or f"case-{problem.position.line - 2}"
            assert fact_id in found, problem  # no error outside the table's facts
            found[fact_id].append((problem.code, f"{problem.message}; {problem.hint}"))
    return found


def test_docs_give_an_example_of_every_kind_and_field() -> None:
    fields = {key for case in DOC_EXAMPLES for key in case["value"]}
    assert fields >= {"kind", "amount", "min", "max", "plus_minus", "scale", "unit", "noun",
                      "currency", "per", "qualifier"}


def test_the_table_is_large_and_covers_right_and_wrong() -> None:
    assert len(ALL) >= 400
    assert sum(c["expect"] == "pass" for c in CASES) >= 60
    assert sum(c["expect"] != "pass" for c in CASES) >= 40


@pytest.mark.parametrize("index", range(len(ALL)), ids=[c["name"] for c in ALL])
def test_phrasing(index: int, outcomes: dict[str, list[tuple[str, str]]]) -> None:
    case = ALL[index]
    errors = outcomes[f"case-{index}"]
    where = f"{case['quote']!r} {case['value']}"
    if case["expect"] == "pass":
        assert errors == [], where
        return
    assert [code for code, _ in errors] == [case["expect"]], (where, errors)
    if case.get("message"):
        assert case["message"] in errors[0][1], (where, errors)
