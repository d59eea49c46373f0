"""A decimal comma ("34,50 €", "1.144.000 $") reads right in an article whose registry
entry declares ``number_format: decimal-comma``, and not in one that does not."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from factcheck_helpers import build, registry_text

from generator.base.report import Severity
from generator.check.pipeline import check_project
from generator.reading import figures_in

SENTENCE = "Le billet coûte 34,50 € et le contrat 1.144.000 $ selon la mairie."
CASES = [  # (value, passes in a decimal-comma article)
    ({"kind": "money", "amount": 34.5, "currency": "EUR"}, True),
    ({"kind": "money", "amount": 1144000, "currency": "USD"}, True),
    ({"kind": "money", "amount": 3450, "currency": "EUR"}, False),
    ({"kind": "money", "amount": 1.144, "currency": "USD"}, False),
]


def _check(root: Path, number_format: str | None) -> dict[str, list[str]]:
    articles = {"fr.txt": SENTENCE + "\n"}
    registry = registry_text({"fr.txt": articles["fr.txt"].encode()})
    if number_format:
        registry = registry.replace('  - file: "fr.txt"\n',
                                    f'  - file: "fr.txt"\n    number_format: {number_format}\n')
    facts = [{"id": f"f{i}", "source": "fr.txt", "subject": "S", "property": f"p{i}",
              "quote": SENTENCE, "value": value} for i, (value, _) in enumerate(CASES)]
    build(root, articles, {"facts/sources.yml": registry, "facts/f.yml": "facts:\n" + "".join(
        f"  - {json.dumps(fact)}\n" for fact in facts)})
    found: dict[str, list[str]] = {f"f{i}": [] for i in range(len(CASES))}
    for problem in check_project(root).report:
        if problem.severity is Severity.ERROR:
            assert problem.fact_id in found, problem
            found[problem.fact_id].append(problem.code)
    return found


def test_the_registry_declares_a_decimal_comma(tmp_path_factory: pytest.TempPathFactory) -> None:
    declared = _check(tmp_path_factory.mktemp("comma"), "decimal-comma")
    for index, (value, passes) in enumerate(CASES):
        assert (declared[f"f{index}"] == []) is passes, (value, declared)
    undeclared = _check(tmp_path_factory.mktemp("point"), None)
    assert undeclared["f0"] and undeclared["f1"]  # 34,50 and 1.144.000 read otherwise


def test_the_reader_keeps_the_written_form() -> None:
    found = figures_in(SENTENCE, "decimal-comma")
    assert [f.written for f in found] == ["34,50 €", "1.144.000 $"]


def _uncovered(root: Path, number_format: str | None) -> list[str]:
    """The figures ``uncovered`` lists of an article no fact quotes (its mentions)."""
    from generator.check.pipeline import check_project as check

    text = "Le billet coûte 34,50 € et le contrat 1.144.000 $ selon la mairie.\n"
    registry = registry_text({"fr.txt": text.encode()})
    if number_format:
        registry = registry.replace('  - file: "fr.txt"\n',
                                    f'  - file: "fr.txt"\n    number_format: {number_format}\n')
    build(root, {"fr.txt": text}, {"facts/sources.yml": registry, "facts/f.yml": "facts: []\n"})
    coverage = check(root).coverage
    assert coverage is not None
    return [m.written for m in coverage.mentions if m.status == "unaccounted"]


def test_coverage_and_uncovered_read_the_registry_number_format(
        tmp_path_factory: pytest.TempPathFactory) -> None:
    """Issue 18: coverage read every article with a decimal point, so neither figure of a
    decimal-comma article was found at all, and its home-page counts claimed it covered."""
    assert _uncovered(tmp_path_factory.mktemp("comma"), "decimal-comma") == [
        "34,50 €", "1.144.000 $"]
    # Read with a decimal point the two are no numbers ("34,50" is no thousands group)
    assert _uncovered(tmp_path_factory.mktemp("point"), None) == []
