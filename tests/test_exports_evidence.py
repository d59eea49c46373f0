"""The exports keep the evidence (issue 20, X1-X4): annotations carry every note, the stance
and the date basis; facts.csv carries the source's publication date and its basis; every
link in the exports resolves on the built site under both URL styles; references in notes
keep their marks; datapackage.json validates with Frictionless; the home page declares
the downloads as a schema.org Dataset."""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
from html import unescape
from pathlib import Path
from typing import Any

import frictionless
import pytest
from sitetools import REPO, build, copy_project, parse

from generator.base.escape import escape_json_script
from generator.check.pipeline import check_project
from generator.exports import (
    EXPORT_ANNOTATIONS,
    EXPORT_CSV,
    EXPORT_DATAPACKAGE,
    EXPORT_JSON,
    build_exports,
)
from generator.exports.csv_export import COLUMNS
from generator.model import DateValue
from generator.reading.references import REFERENCE_RE, ExportedFact, export_free_text

DERIVED = "date worked out from"


@pytest.fixture(scope="module")
def exports() -> dict[str, str]:
    result = check_project(REPO)
    assert result.ok
    return build_exports(result, directory_urls=False)


def _facts(exports: dict[str, str]) -> dict[str, dict[str, Any]]:
    return {fact["id"]: fact for fact in json.loads(exports[EXPORT_JSON])["facts"]}


def _annotations(exports: dict[str, str]) -> dict[str, list[dict[str, str]]]:
    items = json.loads(exports[EXPORT_ANNOTATIONS])["first"]["items"]
    return {item["id"].split("#", 1)[1]: item["body"] for item in items}


def _bodies(bodies: list[dict[str, str]], purpose: str) -> list[str]:
    return [body["value"] for body in bodies if body["purpose"] == purpose]


# X1 -----------------------------------------------------------------------------------

def test_every_annotation_keeps_the_note_stance_and_date_basis(exports: dict[str, str]) -> None:
    facts, annotations = _facts(exports), _annotations(exports)
    assert set(annotations) == set(facts)
    for fact_id, fact in facts.items():
        bodies = annotations[fact_id]
        assert f"stance: {fact['stance']}" in _bodies(bodies, "tagging"), fact_id
        described = _bodies(bodies, "describing")[0]
        assert f"({fact['stance']})" in described, fact_id
        comments = _bodies(bodies, "commenting")
        if fact["note"]:
            assert fact["note"] in comments, fact_id
        if fact["preferred"]:
            assert f"Preferred: {fact['preferred']}" in comments, fact_id
        if fact["date"]:
            assert f"date basis: {fact['date']['basis']}" in _bodies(bodies, "tagging")
            if fact["date"]["basis"] == "derived":
                assert DERIVED in described, fact_id
            else:
                assert DERIVED not in described, fact_id


def test_the_issue_s_dropped_notes_are_in_the_annotations(exports: dict[str, str]) -> None:
    annotations = _annotations(exports)
    # A worked-out date reads as worked out, with the publication date and its basis.
    assert _bodies(annotations["tl-2017-11-02-value"], "describing") == [
        "S-400 contract / value disclosed: 2 November 2017 (stated); date worked out from "
        "\u201cNovember 2\u201d and the publication date 2017-12-30 (from the collection's "
        "records)"]
    # The "on or before" caveat, the attribution to Hurriyet, the misspelling note.
    assert any("on or before" in c
               for c in _bodies(annotations["tl-2020-07-23-foreign-ministry"], "commenting"))
    for fact_id in ("contract-financing", "contract-loan-currency"):
        assert any("According to the Hurriyet daily" in c
                   for c in _bodies(annotations[fact_id], "commenting")), fact_id
        assert _bodies(annotations[fact_id], "tagging")[0] == "stance: expected"
    assert any("spells the senator's name 'John Tune'" in c and "[editor's knowledge" in c
               for c in _bodies(annotations["buyout-proposed-by"], "commenting"))


# X2 -----------------------------------------------------------------------------------

def test_the_csv_carries_the_publication_date_and_its_basis(exports: dict[str, str]) -> None:
    facts = _facts(exports)
    rows = {row["id"]: row for row in csv.DictReader(io.StringIO(exports[EXPORT_CSV]))}
    assert set(rows) == set(facts)
    bases = set()
    for fact_id, row in rows.items():
        published = facts[fact_id]["source"]["published"]
        assert row["source_published"] == published.get("date", ""), fact_id
        assert row["source_published_not_before"] == published.get("not_before", ""), fact_id
        assert row["source_published_basis"] == published["basis"], fact_id
        assert row["stance"] == facts[fact_id]["stance"]
        date = facts[fact_id]["date"]
        assert row["date_basis"] == (date["basis"] if date else "")
        bases.add(row["source_published_basis"])
    loan = rows["tl-2017-12-29-loan"]
    assert (loan["source_published"], loan["source_published_basis"]) == ("2017-12-30",
                                                                          "catalogue")
    assert bases >= {"catalogue", "stated"}


# X4 -----------------------------------------------------------------------------------

def test_a_reference_to_a_worked_out_date_keeps_its_mark(exports: dict[str, str]) -> None:
    facts = _facts(exports)
    assert ("Turkey's statement of November 2018 [tl-2018-11-done-deal, date worked out from "
            "\u201clast month\u201d]") in facts["further-purchases-reuters"]["note"]
    assert "November 2018 [tl-2018-11-done-deal]" not in facts["further-purchases-reuters"]["note"]
    # Every reference in every note, headline and reason to a derived date keeps the mark.
    result = check_project(REPO)
    derived = {e.model.id for e in result.validated.facts
               if isinstance(e.model.value, DateValue) and e.model.value.relative}
    seen = 0
    for entry in result.validated.facts:
        for key in ("note", "event", "preferred"):
            raw = getattr(entry.model, key)
            for match in REFERENCE_RE.finditer(raw or ""):
                if match["id"] in derived and not match["ref"]:
                    seen += 1
                    exported = facts[entry.model.id][key]
                    assert f"[{match['id']}, {DERIVED}" in exported, (entry.model.id, exported)
    assert seen >= 5


def test_a_reference_keeps_the_stance_and_the_date_mark_together() -> None:
    fact = ExportedFact("18 December 2018", "reported",
                        ("date worked out from \u201con Tuesday\u201d",))
    text = export_free_text("Announced on [[approval]].", {"approval": fact}.get, {})
    assert text == ("Announced on 18 December 2018 [approval, reported, date worked out from "
                    "\u201con Tuesday\u201d].")
    plain = export_free_text("See [[x]].", {"x": ExportedFact("400 km", "stated")}.get, {})
    assert plain == "See 400 km [x]."


# X3 -----------------------------------------------------------------------------------

def _directory_style(project: Path) -> None:
    """mkdocs.yml with directory URLs (``sources/<name>/``): the offline plugin off."""
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    assert "  - offline\n" in text
    config.write_text(text.replace("  - offline\n", "") + "use_directory_urls: true\n",
                      encoding="utf-8")


@pytest.fixture(scope="module", params=["html-files", "directories"])
def built(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp(f"exports-{request.param}")
    project = REPO
    if request.param == "directories":
        project = copy_project(REPO, out / "project")
        _directory_style(project)
    site = out / "site"
    result = build(project, site)
    assert result.returncode == 0, result.stderr
    if request.param == "directories":
        shutil.rmtree(out / "project")
        assert (site / "specs" / "index.html").is_file() and not (site / "specs.html").exists()
    return site


def _follow(site: Path, href: str) -> tuple[Path, str]:
    """The file and fragment a link relative to the site root points at, as a static
    server resolves it (a folder serves its index.html)."""
    path, _, fragment = href.partition("#")
    target = site / path
    if path.endswith("/") or target.is_dir():
        target = target / "index.html"
    return target, fragment


def _links(site: Path) -> list[tuple[str, str]]:
    """Every link in the exports, with where it stands."""
    links = []
    for fact in json.loads((site / EXPORT_JSON).read_text(encoding="utf-8"))["facts"]:
        links += [("facts.json evidence", fact["evidence"]),
                  ("facts.json source.evidence", fact["source"]["evidence"])]
    with (site / EXPORT_CSV).open(encoding="utf-8", newline="") as handle:
        links += [("facts.csv evidence", row["evidence"]) for row in csv.DictReader(handle)]
    collection = json.loads((site / EXPORT_ANNOTATIONS).read_text(encoding="utf-8"))
    links += [("annotation target", item["target"]["source"])
              for item in collection["first"]["items"]]
    links += [("annotation fact", item["id"]) for item in collection["first"]["items"]]
    package = json.loads((site / EXPORT_DATAPACKAGE).read_text(encoding="utf-8"))
    links += [("datapackage resource", r["path"]) for r in package["resources"]]
    return links


def test_every_link_and_anchor_in_the_exports_resolves(built: Path) -> None:
    links = _links(built)
    assert len(links) > 300
    ids: dict[Path, set[str]] = {}
    facts = {fact["id"] for fact in json.loads((built / EXPORT_JSON).read_text())["facts"]}
    for where, href in links:
        target, fragment = _follow(built, href)
        assert target.is_file(), f"{where}: {href} -> {target} is not on the site"
        if not fragment:
            continue
        if target.name == EXPORT_JSON:
            assert fragment in facts, f"{where}: {href}"
            continue
        if target not in ids:
            ids[target] = parse(target).ids
        assert fragment in ids[target], f"{where}: {href} has no anchor '{fragment}'"
        page = target.read_text(encoding="utf-8")
        # The anchor stands at the quote it promises: the highlighted passage of that fact.
        fact_id = fragment.removeprefix("q-")
        assert re.search(rf'id="{re.escape(fragment)}"[^>]*></span>(<span class="fs-anchor"'
                         rf'[^>]*></span>)*<mark class="fs-quote"[^>]*data-facts="[^"]*'
                         rf'(?<![\w-]){re.escape(fact_id)}(?![\w-])', page), href


def test_the_home_page_declares_the_downloads_as_a_dataset(built: Path) -> None:
    home = (built / "index.html").read_text(encoding="utf-8")
    scripts = re.findall(r'<script type="application/ld\+json">(.*?)</script>', home, re.S)
    assert len(scripts) == 1
    data = json.loads(scripts[0])
    assert data["@context"] == "https://schema.org" and data["@type"] == "Dataset"
    downloads = {d["contentUrl"]: d for d in data["distribution"]}
    assert set(downloads) >= {EXPORT_JSON, EXPORT_CSV, EXPORT_ANNOTATIONS, EXPORT_DATAPACKAGE}
    for name, download in downloads.items():
        assert (built / name).is_file(), name
        assert download["@type"] == "DataDownload" and download["encodingFormat"]
    result = check_project(REPO)
    cited = {e.model.source for e in result.validated.facts}
    urls = {e.model.url for e in result.validated.sources if e.model.url and e.model.file in cited}
    assert set(data.get("isBasedOn", [])) == urls
    # Every download URL is relative: the page asks nothing of another host.
    assert all("//" not in d["contentUrl"] for d in data["distribution"])
    assert unescape(data["name"]) == data["name"]  # JSON, not HTML-escaped text


@pytest.mark.parametrize("title", [
    "</script><script>alert(1)</script>", "<!-- a & b -->", "line\u2028break",
    "[x](javascript:alert(1)) {: onclick=alert(1) }", "\"quotes\" and \\ backslash",
])
def test_json_ld_is_escaped_by_the_one_escape_function(title: str) -> None:
    text = escape_json_script({"name": title, "n": [1, 2]})
    assert "<" not in text and ">" not in text and "&" not in text and "\n" not in text
    assert "\u2028" not in text
    assert json.loads(text) == {"name": title, "n": [1, 2]}


# datapackage.json ---------------------------------------------------------------------

def test_the_datapackage_describes_every_csv_column(exports: dict[str, str]) -> None:
    package = json.loads(exports[EXPORT_DATAPACKAGE])
    (resource,) = package["resources"]
    assert resource["path"] == EXPORT_CSV
    assert [f["name"] for f in resource["schema"]["fields"]] == COLUMNS
    assert all(f["description"] for f in resource["schema"]["fields"])


def _validate(folder: Path) -> Any:
    return frictionless.validate(str(folder / EXPORT_DATAPACKAGE))


def test_frictionless_validates_the_published_package(built: Path) -> None:
    report = _validate(built)
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])
    assert report.stats["tasks"] == 1


@pytest.mark.parametrize(("column", "bad"), [
    ("stance", "certain"), ("date_basis", "guessed"), ("source_published", "30 Dec 2017"),
    ("id", "Not A Slug"), ("check", ""),
])
def test_frictionless_refuses_a_csv_that_breaks_its_schema(
        exports: dict[str, str], tmp_path: Path, column: str, bad: str) -> None:
    rows = list(csv.DictReader(io.StringIO(exports[EXPORT_CSV])))
    rows[3][column] = bad
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    (tmp_path / EXPORT_CSV).write_text(buffer.getvalue(), encoding="utf-8")
    (tmp_path / EXPORT_DATAPACKAGE).write_text(exports[EXPORT_DATAPACKAGE], encoding="utf-8")
    report = _validate(tmp_path)
    assert not report.valid
    errors = report.flatten(["rowNumber", "fieldName"])
    assert [5, column] in errors, errors


# Issue 20 item 6: what the exports kept back -------------------------------------------

def _rows(exports: dict[str, str]) -> dict[str, dict[str, str]]:
    return {row["id"]: row for row in csv.DictReader(io.StringIO(exports[EXPORT_CSV]))}


def test_a_counted_interval_is_exported_in_its_unit(exports: dict[str, str]) -> None:
    """'within two years' was exported with date_precision 'day' and day bounds."""
    fact = next(f for f in _facts(exports).values()
                if f["value"].get("relative") == "within two years")
    assert fact["date"]["precision"] == "year" and fact["date"]["counted"] is True
    assert fact["display"] == "within two years, as of 2017-12-30"
    row = _rows(exports)[fact["id"]]
    assert row["date_precision"] == "year" and "counted from it" in row["date_derived_from"]


def test_a_dateline_date_is_exported_as_on_or_before(exports: dict[str, str]) -> None:
    fact = _facts(exports)["tl-2020-07-23-foreign-ministry"]
    assert fact["date"]["basis"] == "article-date"
    assert fact["display"].startswith("on or before ")
    row = _rows(exports)["tl-2020-07-23-foreign-ministry"]
    assert (row["date_basis"], row["date_derived_from"]) == (
        "article-date", "on or before the article's date")


def test_variants_and_relations_are_exported(exports: dict[str, str]) -> None:
    facts, rows = _facts(exports), _rows(exports)
    assert facts["s400-name-ria"]["variant_of"] == {"id": "s400-name-tass",
                                                    "relation": "translation"}
    assert rows["s400-name-ria"]["variant_of"] == "s400-name-tass (translation)"
    rewrite = next(r for r in rows.values() if r["source"] == "001_af75178ff6d6b861.txt")
    assert rewrite["source_relation"] == "rewrite-of 000_4400e936463cdc0a.txt"
    assert all(row["variant_of"] == "" for row in rows.values()
               if facts[row["id"]]["variant_of"] is None)


def test_the_source_update_date_is_exported(tmp_path: Path) -> None:
    """A copy's 'updated' date and its basis, in facts.json and facts.csv."""
    from sitetools import copy_project

    root = copy_project(REPO, tmp_path / "p")
    registry = root / "facts" / "sources.yml"
    text = registry.read_text("utf-8")
    marker = "  - file: 002_23fc4c3bdc32fffa.txt\n"
    assert marker in text
    head, tail = text.split(marker, 1)
    published_end = tail.index("\n", tail.index("reasoning:", tail.index("published:"))) + 1
    tail = (tail[:published_end] + '    updated: {basis: stated, date: "2017-12-30"}\n'
            + tail[published_end:])
    registry.write_text(head + marker + tail, "utf-8")
    result = check_project(root)
    assert result.ok, [p.text for p in result.report.errors]
    exported = build_exports(result)
    rows = [r for r in _rows(exported).values() if r["source"] == "002_23fc4c3bdc32fffa.txt"]
    assert rows and all((r["source_updated"], r["source_updated_basis"])
                        == ("2017-12-30", "stated") for r in rows)
    fact = _facts(exported)[rows[0]["id"]]
    assert fact["source"]["updated"] == {"basis": "stated", "date": "2017-12-30"}


def test_the_package_is_named_for_its_sheet_and_claims_no_licence_for_the_quotes(
        exports: dict[str, str]) -> None:
    """Nobody has chosen a licence for the S-400 facts (the repository has no LICENSE
    file), so the sheet declares none and the package claims none."""
    package = json.loads(exports["datapackage.json"])
    assert package["name"] == "s-400-and-turkey-a-checked-fact-sheet"
    assert "licenses" not in package
    assert "No licence is declared for the facts." in package["description"]
    assert "no licence is claimed for them" in package["description"]


def test_the_documented_licence_key_is_declared_in_the_package(tmp_path: Path) -> None:
    """docs/format.md's `licence:` line, written into a copy of the sheet's site.yml, is
    the package's licence for the facts, never for the quotes."""
    import yaml

    text = (REPO / "docs" / "format.md").read_text("utf-8")
    section = text.split("### The site: name, description and nav", 1)[1]
    example = yaml.safe_load(section.split("```yaml\n", 1)[1].split("```", 1)[0])
    root = copy_project(REPO, tmp_path / "p")
    site = root / "facts" / "site.yml"
    assert "\nlicence:" not in site.read_text("utf-8")
    site.write_text(site.read_text("utf-8") + "licence: " + json.dumps(example["licence"])
                    + "\n", "utf-8")
    result = check_project(root)
    assert result.ok, [p.text for p in result.report.errors]
    package = json.loads(build_exports(result)[EXPORT_DATAPACKAGE])
    assert package["licenses"] == [example["licence"]]
    assert f"The facts (every column but quote) are under {example['licence']['title']}." \
        in package["description"]
    assert "no licence is claimed for them" in package["description"]
