"""The exports carry the evidence: schema-valid facts.json and facts.csv with stance, date
basis, notes, conflicts and preferred values; Web Annotations that anchor every quote."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from factcheck_helpers import REPO
from sitetools import copy_project

from generator.check.pipeline import check_project
from generator.exports import (
    EXPORT_ANNOTATIONS,
    EXPORT_CSV,
    EXPORT_JSON,
    EXPORT_SCHEMA_FILE,
    build_exports,
)
from generator.exports.annotations import ARTICLE_TEXT_DIR, unique_context


@pytest.fixture(scope="module")
def exports() -> dict[str, str]:
    result = check_project(REPO)
    assert result.ok
    return build_exports(result)


@pytest.fixture(scope="module")
def conflicted(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """The sheet with a real disagreement: Press TV's 402 km not declared a rendering of
    TASS's 400 km, and TASS's figure preferred."""
    project = copy_project(REPO, tmp_path_factory.mktemp("conflicted"))
    specs = project / "facts" / "specs.yml"
    text = specs.read_text("utf-8")
    declared = "    rendering: {of: s400-range-tass, relation: unit conversion, probably: true}\n"
    note = "    note: \"TASS gives the round figure"
    assert declared in text and note in text
    specs.write_text(text.replace(declared, "").replace(
        note, "    preferred: \"TASS gives the round figure"), "utf-8")
    result = check_project(project)
    assert result.ok and result.conflicts
    return build_exports(result)


def _facts(exports: dict[str, str]) -> dict[str, dict[str, Any]]:
    return {fact["id"]: fact for fact in json.loads(exports[EXPORT_JSON])["facts"]}


def test_facts_json_validates_against_its_published_schema(exports: dict[str, str]) -> None:
    schema = json.loads(exports[EXPORT_SCHEMA_FILE])
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.validate(json.loads(exports[EXPORT_JSON]), schema,
                        cls=jsonschema.Draft202012Validator)


def test_the_schema_refuses_an_export_that_drops_the_evidence(exports: dict[str, str]) -> None:
    schema = json.loads(exports[EXPORT_SCHEMA_FILE])
    for dropped in ("stance", "date", "note", "conflicts_with", "preferred_value", "evidence"):
        data = json.loads(exports[EXPORT_JSON])
        del data["facts"][0][dropped]
        with pytest.raises(jsonschema.ValidationError):
            jsonschema.validate(data, schema, cls=jsonschema.Draft202012Validator)
    data = json.loads(exports[EXPORT_JSON])
    data["facts"][0]["stance"] = "certain"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, schema, cls=jsonschema.Draft202012Validator)


def test_every_fact_carries_stance_date_basis_notes_and_conflicts(
        exports: dict[str, str]) -> None:
    facts = _facts(exports)
    assert facts["chinese-value"]["stance"] == "reported"
    assert facts["contract-value"]["date"] is None
    derived = facts["tl-2018-11-done-deal"]["date"]
    assert derived == {"precision": "month", "qualifier": None, "basis": "derived",
                       "mark": "date worked out from \u201clast month\u201d and the publication "
                               "date 2018-12-19 (from the collection's records)",
                       "derived_from": {"wording": "last month", "publication_date": "2018-12-19",
                                        "publication_basis": "catalogue"}}
    assert facts["tl-2007-in-service"]["date"]["basis"] == "stated"
    # A reference in a note shows its checked value, id and marks; an editor's note keeps
    # its mark.
    reuters = facts["further-purchases-reuters"]["note"]
    assert "November 2018 [tl-2018-11-done-deal, date worked out" in reuters
    thune = facts["buyout-proposed-by"]["note"]
    assert "John Thune. [editor's knowledge; basis: John Thune, United States Senator" in thune
    tass = facts["s400-range-tass"]
    assert tass["evidence"] == "sources/002-23fc4c3bdc32fffa/#q-s400-range-tass"


def test_a_conflict_and_its_preferred_value_are_exported(conflicted: dict[str, str]) -> None:
    facts = _facts(conflicted)
    tass, presstv = facts["s400-range-tass"], facts["s400-range-presstv"]
    assert [c["id"] for c in presstv["conflicts_with"]] == ["s400-range-tass"]
    assert presstv["preferred_value"]["id"] == "s400-range-tass"
    assert presstv["preferred_value"]["reason"] == tass["preferred"]
    rows = {row["id"]: row for row in csv.DictReader(io.StringIO(conflicted[EXPORT_CSV]))}
    assert rows["s400-range-presstv"]["preferred_value"] == "s400-range-tass (400 km)"
    assert rows["s400-range-presstv"]["conflicts_with"] == "s400-range-tass (400 km)"


def test_the_csv_has_a_column_for_every_qualification(exports: dict[str, str]) -> None:
    rows = {row["id"]: row for row in csv.DictReader(io.StringIO(exports[EXPORT_CSV]))}
    assert list(rows) == list(_facts(exports))
    loan = rows["tl-2017-12-29-loan"]
    assert loan["date_basis"] == "derived"
    assert loan["date_derived_from"] == ("“on Friday” and the publication date 2017-12-30 "
                                         "(catalogue)")
    assert "[editor's knowledge" in rows["buyout-proposed-by"]["note"]
    assert rows["chinese-value"]["stance"] == "reported"


def test_every_annotation_anchors_its_quote_in_exactly_one_place(
        exports: dict[str, str]) -> None:
    collection = json.loads(exports[EXPORT_ANNOTATIONS])
    assert collection["@context"] == "http://www.w3.org/ns/anno.jsonld"
    items = collection["first"]["items"]
    result = check_project(REPO)
    assert {item["id"].split("#")[1] for item in items} == {
        e.model.id for e in result.validated.facts}
    assert collection["total"] == len(items)
    for item in items:
        served = exports[item["target"]["source"]]
        assert item["target"]["source"].startswith(f"{ARTICLE_TEXT_DIR}/")
        quote, position = item["target"]["selector"]
        assert quote["type"] == "TextQuoteSelector" and position["type"] == "TextPositionSelector"
        whole = quote["prefix"] + quote["exact"] + quote["suffix"]
        at = served.find(whole)
        assert at != -1 and served.find(whole, at + 1) == -1, item["id"]
        assert at + len(quote["prefix"]) == position["start"], item["id"]
        assert served[position["start"]:position["end"]] == quote["exact"]


def test_served_article_text_is_the_registered_file() -> None:
    result = check_project(REPO)
    exported = build_exports(result)
    for name in result.articles:
        assert exported[f"{ARTICLE_TEXT_DIR}/{name}"].encode("utf-8") == (
            REPO / "facts" / "sources" / name).read_bytes()


@pytest.mark.parametrize(("text", "start", "end"), [
    ("abc abc abc", 4, 7),             # the middle one of three identical passages
    ("xx" * 200 + "yy" + "xx" * 200, 400, 402),
    ("same", 0, 4),
])
def test_context_grows_until_the_quote_is_unique(text: str, start: int, end: int) -> None:
    prefix, suffix = unique_context(text, start, end)
    whole = prefix + text[start:end] + suffix
    assert text.find(whole) == text.rfind(whole) == start - len(prefix)


def test_a_worked_out_date_exports_whatever_the_publication_date_basis(tmp_path: Path) -> None:
    """A trial user's fact (a date worked out from "November 12", on an article that `add`
    registered with a date from the page's metadata) passed the check, then the build died
    with KeyError: 'page-metadata'. Every basis the registry accepts has its words."""
    from typing import get_args

    from factcheck_helpers import build

    from generator.check.pipeline import check_project
    from generator.exports import build_exports
    from generator.exports.records import PUBLICATION_BASIS_WORDS
    from generator.model.provenance import DateBasis

    assert set(PUBLICATION_BASIS_WORDS) == set(get_args(DateBasis))
    article = "The first two illnesses were confirmed on November 12, officials said.\n"
    fact = ('facts:\n  - {id: confirmed, source: a.txt, subject: Illnesses, property: confirmed, '
            'quote: "The first two illnesses were confirmed on November 12", '
            'value: {kind: date, date: "2019-11-12", relative: "November 12"}, '
            'stance: reported}\n')
    for basis in ("stated", "catalogue", "page-metadata", "inferred"):
        published = {"basis": basis, "date": "2019-11-13"}
        if basis == "inferred":
            published["reasoning"] = "the text says it was written the day after"
        root = build(tmp_path / basis, {"a.txt": article}, {"facts/f.yml": fact},
                     {"a.txt": published})
        result = check_project(root)
        assert result.ok, [p.text for p in result.report.errors]
        exports = build_exports(result)
        assert PUBLICATION_BASIS_WORDS[basis] in exports["facts.json"]
