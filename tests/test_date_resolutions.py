"""Dates without a year, resolved by their sentence (tests/fixtures/dates/resolutions.yml):
back in a clause gone by, forward in a clause to come, from an anchor of the sentence, or
"unsure" and nothing. Real sentences are found in their articles first.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
import yaml
from factcheck_helpers import build, real_articles

from generator.check.dates import relative_point, way_of
from generator.check.pipeline import check_project
from generator.reading import find_whole, normalise
from generator.reading.relative_spans import relative_span, span_point

TABLE = Path(__file__).resolve().parent / "fixtures" / "dates" / "resolutions.yml"
CASES: list[dict[str, Any]] = yaml.safe_load(TABLE.read_text("utf-8"))["cases"]
READINGS = [(case, reading) for case in CASES for reading in case["readings"]]


def resolve(sentence: str, phrase: str, published: str) -> str:
    """What the checker reads: a date, "START/END", or "unsure"."""
    point = span_point(phrase)
    is_span = point is not None or phrase.lower().startswith(("the first", "the second",
                                                               "next week", "last week"))
    if is_span:
        way = way_of(sentence, point).way if point is not None else "back"
        found, _ = relative_span(phrase, published, way)
        return "unsure" if found is None else f"{found[0]}/{found[1]}"
    resolved, _, _ = relative_point(sentence, phrase, published)
    return resolved if resolved is not None else "unsure"


@pytest.mark.parametrize(("case", "reading"), READINGS,
                         ids=[f"{r['phrase']}@{c['published']}:{c['sentence'][:40]}"
                              for c, r in READINGS])
def test_resolution(case: dict[str, Any], reading: dict[str, str]) -> None:
    assert resolve(case["sentence"], reading["phrase"], str(case["published"])) == \
        reading["expect"]


def test_the_table_covers_every_direction_and_real_articles() -> None:
    expected = [r["expect"] for _, r in READINGS]
    assert "unsure" in expected
    assert sum("article" in case for case in CASES) >= 10
    assert len(READINGS) >= 30


@pytest.mark.parametrize("case", [c for c in CASES if "article" in c],
                         ids=lambda c: c["sentence"][:50])
def test_real_sentences_stand_in_their_articles(case: dict[str, Any]) -> None:
    shared = real_articles()  # fails where ../shared/real-articles is missing
    text = (shared / case["article"]).read_text("utf-8")
    assert find_whole(normalise(text), normalise(case["sentence"]))


DOCS = Path(__file__).resolve().parents[1] / "docs" / "format.md"
_ROW = re.compile(r"^\| `(\{kind: date.*\})` \| \"([^\"]+)\"[^|]*\| (\d{4}-\d{2}-\d{2}) \| "
                  r"(\w+) \|$")


def _doc_rows() -> list[tuple[str, ...]]:
    text = DOCS.read_text("utf-8")
    section = text[text.index("## Dates without a year, and times of day"):]
    section = section[:section.index("\n## ", 10)]
    return [match.groups() for line in section.splitlines()
            if (match := _ROW.match(line)) is not None]


def test_docs_rows_are_read() -> None:
    assert len(_doc_rows()) >= 15


@pytest.mark.parametrize(("value", "quote", "published", "stance"), _doc_rows(),
                         ids=[row[0] for row in _doc_rows()])
def test_every_docs_example_passes(tmp_path: Path, value: str, quote: str,
                                   published: str, stance: str) -> None:
    fact = (f"facts:\n  - id: example\n    source: a.txt\n    subject: S\n    property: p\n"
            f"    quote: {json.dumps(quote)}\n    value: {value}\n    stance: {stance}\n")
    build(tmp_path, {"a.txt": quote + ".\n"}, {"facts/t.yml": fact},
          {"a.txt": {"basis": "stated", "date": published}})
    result = check_project(tmp_path)
    assert not result.report.errors, [p.text for p in result.report.errors]
