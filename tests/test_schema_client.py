"""The committed JSON Schemas, read by a real client (check-jsonschema), catch the common
editor mistakes before the checker runs, and accept every committed file.

The checker's messages stay the authority; these schemas give editors completion and early
red squiggles, so they must be valid JSON Schema (ECMA-262 regexes included) and say the
right thing.
"""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
SCHEMAS = ROOT / "generator" / "schema"
CLIENT = Path(sys.executable).parent / "check-jsonschema"
CASES = yaml.safe_load((ROOT / "tests/fixtures/schema/mistakes.yml").read_text())["cases"]
VALID_FACT: dict[str, Any] = {
    "id": "s400-range-tass", "source": "002_23fc4c3bdc32fffa.txt", "subject": "S-400",
    "property": "range", "quote": "The S-400 can engage targets at a distance of 400 kilometers",
    "value": {"kind": "quantity", "amount": 400, "unit": "km"},
}


def validate(schema: str, files: list[Path]) -> tuple[int, list[dict[str, Any]]]:
    run = subprocess.run([str(CLIENT), "--output-format", "json", "--schemafile",
                          str(SCHEMAS / schema), *map(str, files)],
                         capture_output=True, text=True, timeout=120, check=False)
    report = json.loads(run.stdout)
    assert not report.get("parse_errors"), report
    return run.returncode, report["errors"]


def test_the_valid_fact_passes(tmp_path: Path) -> None:
    path = tmp_path / "facts.yml"
    path.write_text(yaml.safe_dump({"facts": [VALID_FACT]}), encoding="utf-8")
    assert validate("facts.schema.json", [path]) == (0, [])


@pytest.mark.parametrize("case", CASES, ids=[case["name"] for case in CASES])
def test_schema_catches_the_mistake(case: dict[str, Any], tmp_path: Path) -> None:
    fact = copy.deepcopy(VALID_FACT)
    fact.update(case.get("set", {}))
    if "value" in case:
        fact["value"] = case["value"]
    path = tmp_path / "facts.yml"
    path.write_text(yaml.safe_dump({"facts": [fact]}, allow_unicode=True), encoding="utf-8")
    status, errors = validate("facts.schema.json", [path])
    assert status == 1
    # Exactly one problem, at the key the editor got wrong, in the words of the case.
    assert [(e["path"], case["error"] in e["message"]) for e in errors] == [
        (case["path"], True)], errors


@pytest.mark.parametrize("schema, pattern", [
    ("facts.schema.json", "facts/*.yml"),
    ("sources.schema.json", "facts/sources.yml"),
    ("site.schema.json", "facts/site.yml"),
])
def test_every_committed_file_validates(schema: str, pattern: str) -> None:
    files = [p for p in sorted(ROOT.glob(pattern)) if p.name not in ("sources.yml", "site.yml")
             or pattern.endswith(p.name)]
    assert files
    assert validate(schema, files) == (0, [])


def test_url_pattern_is_a_valid_unicode_regex() -> None:
    """ECMA-262 unicode mode refuses identity escapes such as \\" (check-jsonschema did)."""
    schema = json.loads((SCHEMAS / "sources.schema.json").read_text(encoding="utf-8"))
    pattern = schema["$defs"]["Source"]["properties"]["url"]["anyOf"][0]["pattern"]
    assert '\\"' not in pattern and "\\'" not in pattern, pattern


def test_a_date_with_its_time_passes_the_editors_schema(tmp_path: Path) -> None:
    """The ISO form of a time ("2018-09-16T05:00:00-04:00") is the checker's to judge; the
    schema client lets it through, while "2019-13-01" is still named as a mistake."""
    fact = copy.deepcopy(VALID_FACT)
    fact["value"] = {"kind": "date", "date": "2018-09-16T05:00:00-04:00"}
    path = tmp_path / "facts.yml"
    path.write_text(yaml.safe_dump({"facts": [fact]}), encoding="utf-8")
    assert validate("facts.schema.json", [path]) == (0, [])
