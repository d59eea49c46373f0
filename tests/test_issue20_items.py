"""Issue 20, item by item: the test that catches each one (audit of 4 December 2026).

Sheets: S = S-400 (``facts/``), E = the example (``examples/hurricane-florence``), O = the
second-topic fixture (``tests/fixtures/other_topic``). "Reverted" marks the items whose fix
was undone locally during the audit to see the test fail (it did, each time).

=====  ========================================================================  =====
Item   Test(s) that would have caught it                                         Sheets
=====  ========================================================================  =====
W1     test_headlines: test_no_headline_adds_an_act_its_quote_does_not_name,      S E
       test_w1_the_old_delivery_window_headline_is_caught; here:
       test_the_sheet_wide_scans_pass_on_the_example; test_chronology:
       test_the_corpus_keeps_its_hedges_and_marks_expectations (window possible)
W2     test_headlines: test_notes_name_the_outlet_that_wrote_the_words; here       S E
O1     test_honesty: test_a_count_from_the_article_date_shows_no_day_bounds;       S E O
       test_exports_evidence: test_a_counted_interval_is_exported_in_its_unit;
       here: test_no_export_date_is_finer_than_its_value
O2     test_honesty: test_a_dateline_date_is_shown_as_on_or_before (reverted:     S E O
       date_basis dropped); test_exports_evidence:
       test_a_dateline_date_is_exported_as_on_or_before
O3     test_honesty: test_every_shown_value_carries_its_stance_and_date_basis,    S E O
       test_the_scan_sees_a_bare_worked_out_date
M1     test_honesty: test_every_shown_value_carries_its_stance_and_date_basis     S E O
       (reverted: the key figure's stance badge removed), test_the_scan_sees_a_
       dropped_hedge; "expected" on another sheet: here,
       test_an_expected_key_figure_keeps_expected (reverted too)
M2     test_headlines: test_the_old_wording_is_caught[M2] (E702),                 S E
       test_the_sheet_keeps_every_hedge; test_example (no E702 on E);
       fixtures/rules/e702_headline_hedge.yml
M3     test_headlines: test_the_old_wording_is_caught[M3]; test_exports_evidence:  S
       test_the_issue_s_dropped_notes_are_in_the_annotations (Hurriyet)
M4     test_headlines: test_the_old_wording_is_caught[M4]; here:                   S E
       test_the_loan_date_dates_the_report_not_the_signing (the clash in its
       note, the day of the report, not a signing day, in every export) and
       test_a_date_said_on_a_day_dates_the_saying (both sheets)
M5-M7  test_disagreements: test_renderings_are_variants_not_disagreements,         S
       test_a_rewrite_counts_as_one_source_with_its_original (reverted: the
       rendering of 402 km removed), test_variants_are_shown_with_their_relation,
       test_the_home_page_count_and_wording_follow; test_chronology:
       test_the_corpus_passes_with_its_variants_and_no_conflict;
       fixtures/rules/c501_conflict.yml (renderings, rewrites)
M8     test_headlines: test_status_cards_are_not_older_than_what_they_sum_up;     S E
       here (example)
M9     test_headlines: test_the_old_wording_is_caught[M9]                          S
M10    test_headlines: test_a_suspected_slip_names_the_outlet_too; here            S E
M11    test_coverage (relative dates are mentions, curated or dismissed);         S E O
       test_honesty: test_the_coverage_count_counts_relative_dates_in_a_readers_
       words
X1     test_exports_evidence: test_every_annotation_keeps_the_note_stance_and_    S E
       date_basis, test_the_issue_s_dropped_notes_are_in_the_annotations; here:
       test_every_export_keeps_the_stance_and_date_basis (E too)
X2     test_exports_evidence: test_the_csv_carries_the_publication_date_and_its_  S E
       basis; here (E)
X3     test_exports_evidence: test_every_link_and_anchor_in_the_exports_resolves  S E
       (both URL styles; reverted: links written as sources/<name>/); here:
       test_the_example_s_export_links_resolve
X4     test_exports_evidence: test_a_reference_to_a_worked_out_date_keeps_its_    S E
       mark, test_a_reference_keeps_the_stance_and_the_date_mark_together; here:
       test_the_example_s_references_keep_their_marks
Oth.1  fixtures/rules/c501_conflict.yml: passing-a-hedge-that-keeps-its-number,   fixt. E
       passing-one-count-in-two-nouns; test_honesty:
       test_the_example_shows_no_agreeing_value_as_a_disagreement
Oth.2  c501_conflict.yml: one-count-in-two-nouns-that-disagree (19 staff members  fixt.
       / 22 UN staff), one-count-of-people-and-of-citizens-that-disagree (eight
       French people / seven French citizens, added by this audit)
Oth.3  test_browser: test_on_a_phone_every_card_is_whole (citation numbers,        S O E
       names mid-word), test_the_phone_check_sees_a_card_that_starts_left_of_the_
       screen; test_honesty: test_addresses_break_on_a_phone (E)
Ph.1-2 test_browser: test_on_a_phone_every_card_is_whole (320/360/390, every page  S O E
       type, every engine, all three sheets),
       test_the_phone_check_sees_a_card_that_starts_left_of_the_screen (the old
       card, floated 20rem wide, is caught)
Build  stance and date basis everywhere: test_honesty (site-wide, 3 sheets);      S E O
       headlines: E702 + test_headlines, editor's words: E701 fixtures and
       test_browser: test_editors_notes_stand_apart_and_references_carry_their_
       source; disagreements: c501_conflict.yml, test_disagreements, here
       (example's remaining ones); derived_from: the registry's relation
       (test_disagreements, test_honesty: test_the_home_page_counts_an_update_as_
       one_source); exports: test_exports_evidence (Frictionless validates and
       refuses, schema.org Dataset), test_exports; phone: test_browser; coverage:
       test_coverage
Done   the four "Done when" lines: test_honesty (site-wide, both sheets);         S E O
       test_exports_evidence + here (exports validate with Frictionless and
       every link resolves, S and E);
       test_browser (phone, 320-390)
Audit  licence: test_exports_evidence: test_the_package_is_named_for_its_sheet_  S E
       and_claims_no_licence_for_the_quotes, test_the_documented_licence_key_is_
       declared_in_the_package; the example's C501s: here; the loan's export:
       here; as_of and as_of_time: rule V411 (fixtures/rules/v411_as_of.yml) and
       here; a day its paragraph gives, marked so: here (test_a_paragraph_s_day_...)
=====  ========================================================================  =====

The example's remaining disagreements, read against their articles: 5 before this audit,
3 after. New Bern's population (BBC "home to 30,000 people", Fox "population 29,000") was
rounding, now a declared rendering; the North Carolina outages (CNN's 788,916 "Friday
night", Vox's embedded count "at 9:30 am", tweeted 15 September) were readings at two
times, now each with its as_of. Two of the three left hold a pair that is real as far as
the texts show (the same claim, on the same day, values that cannot both hold): the rain
still to fall (Fox's "up to 15 inches more", Saturday morning, against USA TODAY's "up to
another 25 inches", early Saturday) and the deaths in all (USA TODAY's Saturday headline
"8 dead" against Fox's Saturday "at least 11"). The other pairs involve the BBC's
undated text: its "all five" deaths in North Carolina against Fox's "10 deaths so far",
its five in all against the Saturday counts of 7 to 14, its "up to 3.5ft (1m) of rain
over the next few days" (a maximum) against Fox's "an additional 1½ feet" (an amount).
These are probably a change over time, but an undated article's reading cannot be put at
another time than the others', so the check compares it with all of them and warns
(fail closed); no as_of can be written for it, since the article gives no date.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import frictionless
import pytest
import yaml
from sitetools import REPO, build, copy_project
from test_headlines import (
    _facts,
    _sources,
    acts_beyond_the_quote,
    misattributed,
    one_sided_slips,
    stale_status_cards,
)
from test_honesty import example_layout, missing_marks, shown_facts
from test_rules import materialise

from generator.check.pipeline import check_project
from generator.check.verify import CheckResult
from generator.exports import (
    EXPORT_ANNOTATIONS,
    EXPORT_CSV,
    EXPORT_DATAPACKAGE,
    EXPORT_JSON,
    build_exports,
)
from generator.model import DateValue, Fact, Site
from generator.reading.references import REFERENCE_RE

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "rules"


@pytest.fixture(scope="module")
def example_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return example_layout(tmp_path_factory.mktemp("layout"))


@pytest.fixture(scope="module")
def sheets(example_root: Path) -> dict[str, CheckResult]:
    return {"s400": check_project(REPO), "example": check_project(example_root)}


# -- the example's disagreements -----------------------------------------------------------

def test_the_example_s_disagreements_are_the_real_ones(sheets: dict[str, CheckResult]) -> None:
    result = sheets["example"]
    groups = sorted(sorted(group) for group in result.conflicts)
    assert [group[0] for group in groups] == ["deaths-bbc", "deaths-bbc-nc", "rain-forecast-bbc"]
    in_conflict = {fact_id for group in groups for fact_id in group}
    # rounding: a variant, shown as "probably a rounding"
    assert result.variants["new-bern-population-bbc"] == ("new-bern-population-fox",
                                                          "probably a rounding")
    # two readings at their times, not a disagreement
    assert not in_conflict & {"outages-cnn", "outages-vox-statewide", "outages-bbc"}
    # what stays is real: the same claim on the same day, values that cannot both hold
    disagreeing = result.disagreeing
    assert "rain-forecast-more-usatoday" in disagreeing["rain-forecast-more-fox"]
    assert "deaths-fox" in disagreeing["deaths-usatoday-headline"]
    assert disagreeing["deaths-fox-nc"] == ["deaths-bbc-nc"]


# -- W1, W2, M8, M10 on the example ------------------------------------------------------

def test_the_sheet_wide_scans_pass_on_the_example(sheets: dict[str, CheckResult]) -> None:
    result = sheets["example"]
    facts, sources = _facts(result), _sources(result)
    assert {f.id: acts_beyond_the_quote(f) for f in facts.values()
            if acts_beyond_the_quote(f)} == {}
    assert [f.id for f in facts.values() for text in (f.note, f.preferred)
            if text and misattributed(text, facts, sources)] == []
    assert [f.id for f in facts.values() if one_sided_slips(f, sources)] == []
    assert result.validated.site is not None
    site = result.validated.site.model
    assert isinstance(site, Site)
    assert stale_status_cards(site, facts, sources) == []
    assert sum(len(p.sections) for p in site.pages) > 5


# -- M4 and the loan: a day of saying is not the day of the act ----------------------------

SAYING = ("said", "says", "told", "announced", "reported", "stated", "confirmed")
SAYING_STEMS = ("said", "say", "told", "announc", "report", "statement", "declar", "call")


def acts_dated_by_their_report(fact: Fact) -> list[str]:
    """Words of the property naming a finished act of the quote ("signed") when the fact's
    day is the day the act was reported ("..., Haberturk TV said on Friday"): the property
    must name the saying, or the day dates an act the sentence does not date."""
    value = fact.value
    if not isinstance(value, DateValue) or not value.relative:
        return []
    quote = " ".join(fact.quote.lower().split())
    wording = value.relative.lower()
    if not any(f"{verb} {wording}" in quote for verb in SAYING):
        return []
    words = fact.property.lower().replace("'s", " ").split()
    if any(word.startswith(SAYING_STEMS) for word in words):
        return []
    quoted = quote.replace(",", " ").replace(".", " ").split()
    return [w for w in words if w.endswith("ed") and w in quoted and w not in SAYING]


def test_a_date_said_on_a_day_dates_the_saying(sheets: dict[str, CheckResult]) -> None:
    for result in sheets.values():
        assert {e.model.id: over for e in result.validated.facts
                if (over := acts_dated_by_their_report(e.model))} == {}
    loan = _facts(sheets["s400"])["tl-2017-12-29-loan"]
    old = loan.model_copy(update={"property": "loan agreement signed"})
    assert acts_dated_by_their_report(old) == ["signed"]


def _exported(result: CheckResult) -> dict[str, str]:
    assert result.ok, [p.text for p in result.report.errors]
    return build_exports(result, directory_urls=False)


def test_the_loan_date_dates_the_report_not_the_signing(sheets: dict[str, CheckResult]) -> None:
    """It 'still exported one day' for the signing: 29 December 2017, precision day,
    although the article's 'Earlier in the day' under its 30 December dateline leaves
    the signing on either day. Every export now says the day is Haberturk TV's report."""
    exports = _exported(sheets["s400"])
    fact = {f["id"]: f for f in json.loads(exports[EXPORT_JSON])["facts"]}["tl-2017-12-29-loan"]
    assert fact["property"] == "loan agreement's signing reported by Haberturk TV"
    assert fact["event"].startswith("Haberturk TV says")
    assert "Earlier in the day" in fact["note"] and "either day" in fact["note"]
    row = {r["id"]: r for r in csv.DictReader(io.StringIO(exports[EXPORT_CSV]))}[fact["id"]]
    assert row["property"] == fact["property"] and row["date_basis"] == "derived"
    bodies = {item["id"].split("#", 1)[1]: item["body"]
              for item in json.loads(exports[EXPORT_ANNOTATIONS])["first"]["items"]}
    described = [b["value"] for b in bodies[fact["id"]] if b["purpose"] == "describing"]
    assert described[0].startswith("S-400 contract / loan agreement's signing reported by "
                                   "Haberturk TV: 29 December 2017")


# -- every export: no date finer than its value, every stance kept -------------------------

PRECISION = {4: "year", 7: "month", 10: "day"}
RANK = {"year": 0, "month": 1, "day": 2}


@pytest.mark.parametrize("sheet", ["s400", "example"])
def test_no_export_date_is_finer_than_its_value(sheets: dict[str, CheckResult],
                                                sheet: str) -> None:
    exports = _exported(sheets[sheet])
    rows = {r["id"]: r for r in csv.DictReader(io.StringIO(exports[EXPORT_CSV]))}
    seen = 0
    for fact in json.loads(exports[EXPORT_JSON])["facts"]:
        date = fact["date"]
        if not date:
            continue
        seen += 1
        value = fact["value"]
        form = PRECISION[len(value["date"].split("T")[0])]
        assert RANK[date["precision"]] <= RANK[form], (fact["id"], date)
        assert rows[fact["id"]]["date_precision"] == date["precision"]
        if date.get("counted") and " year" in (value.get("relative") or ""):
            assert date["precision"] == "year", fact["id"]  # "within two years" (O1)
    assert seen >= 15


def _stances(exports: dict[str, str]) -> dict[str, dict[str, str]]:
    facts = {f["id"]: f["stance"] for f in json.loads(exports[EXPORT_JSON])["facts"]}
    rows = {r["id"]: r["stance"] for r in csv.DictReader(io.StringIO(exports[EXPORT_CSV]))}
    tags: dict[str, str] = {}
    described: dict[str, str] = {}
    for item in json.loads(exports[EXPORT_ANNOTATIONS])["first"]["items"]:
        fact_id = item["id"].split("#", 1)[1]
        for body in item["body"]:
            if body["purpose"] == "tagging" and body["value"].startswith("stance: "):
                tags[fact_id] = body["value"].removeprefix("stance: ")
            if body["purpose"] == "describing":
                described[fact_id] = body["value"]
    return {"json": facts, "csv": rows, "tag": tags, "described": described}


@pytest.mark.parametrize("sheet", ["s400", "example"])
def test_every_export_keeps_the_stance_and_date_basis(sheets: dict[str, CheckResult],
                                                       sheet: str) -> None:
    result = sheets[sheet]
    exports = _exported(result)
    found = _stances(exports)
    hedged = 0
    for entry in result.validated.facts:
        fact = entry.model
        assert found["json"][fact.id] == found["csv"][fact.id] == found["tag"][fact.id] \
            == fact.stance, fact.id
        assert f"({fact.stance})" in found["described"][fact.id], fact.id
        hedged += fact.stance != "stated"
    assert hedged >= 10
    package = json.loads(exports[EXPORT_DATAPACKAGE])
    fields = {f["name"]: f for f in package["resources"][0]["schema"]["fields"]}
    allowed = set(fields["stance"]["constraints"]["enum"])
    assert {e.model.stance for e in result.validated.facts} <= allowed
    assert "hedge" in fields["stance"]["description"]
    rows = list(csv.DictReader(io.StringIO(exports[EXPORT_CSV])))
    assert all(row["source_published_basis"] for row in rows)


def test_the_example_s_export_links_resolve(example_root: Path,
                                            tmp_path_factory: pytest.TempPathFactory) -> None:
    """X3 on the example: every evidence link of facts.json and facts.csv is a page of the
    built site with the quote's anchor."""
    out = tmp_path_factory.mktemp("example-exports")
    built = build(example_root, out)
    assert built.returncode == 0, built.stderr
    facts = json.loads((out / EXPORT_JSON).read_text("utf-8"))["facts"]
    with (out / EXPORT_CSV).open(encoding="utf-8", newline="") as handle:
        links = [row["evidence"] for row in csv.DictReader(handle)]
    links += [f["evidence"] for f in facts] + [f["source"]["evidence"] for f in facts]
    pages: dict[str, str] = {}
    for href in links:
        path, _, fragment = href.partition("#")
        assert (out / path).is_file(), href
        if fragment:
            text = pages.setdefault(path, (out / path).read_text("utf-8"))
            assert f'id="{fragment}"' in text, href
    assert len(links) > 3 * 150
    # Done when "the exports validate": the example's package, with Frictionless
    report = frictionless.validate(str(out / EXPORT_DATAPACKAGE))
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])


def test_the_example_s_references_keep_their_marks(sheets: dict[str, CheckResult]) -> None:
    """X4 on the example: a reference in a note, headline or reason to a worked-out date
    is exported with its mark, and one to a hedged fact with its stance."""
    result = sheets["example"]
    exported = {f["id"]: f for f in json.loads(_exported(result)[EXPORT_JSON])["facts"]}
    facts = {e.model.id: e.model for e in result.validated.facts}
    seen = 0
    for fact in facts.values():
        for key in ("note", "event", "preferred"):
            for match in REFERENCE_RE.finditer(getattr(fact, key) or ""):
                target = facts.get(match["id"])
                if match["ref"] or target is None:
                    continue
                text = exported[fact.id][key]
                value = target.value
                if isinstance(value, DateValue) and value.relative:
                    seen += 1
                    assert f"[{target.id}, " in text and "date worked out from" in text, text
                if target.stance != "stated":
                    seen += 1
                    assert f"{target.stance}" in text.split(f"[{target.id}", 1)[1], text
    assert seen >= 1  # the example cites few such facts in its free text


# -- V411: each hint, applied, fixes the time and leaves a true fact ------------------------

def _v411_cases() -> list[dict[str, Any]]:
    data = yaml.safe_load((FIXTURES / "v411_as_of.yml").read_text("utf-8"))
    return [case for case in data["cases"] if case["expect"]]


@pytest.mark.parametrize("case", _v411_cases(), ids=lambda case: case["name"])
def test_each_v411_hint_applied_fixes_the_time(tmp_path: Path, case: dict[str, Any]) -> None:
    """A proposed hour is one the paragraph gives; otherwise the hint removes the time
    (and, for a day, the day with it), so the reading is compared with every other."""
    root = materialise(tmp_path / "before", case)
    (problem,) = [p for p in check_project(root).report if p.code == "V411"]
    hint = problem.hint
    path = root / problem.position.path
    lines = path.read_text("utf-8").split("\n")
    line = lines[problem.position.line - 1]
    if 'set as_of_time: "' in hint:
        wanted = hint.split('set as_of_time: "', 1)[1].split('"', 1)[0]
        lines[problem.position.line - 1] = line.split("as_of_time:")[0] + f'as_of_time: "{wanted}"'
    elif line.strip().startswith("as_of:"):
        assert "remove 'as_of:' and 'as_of_time:'" in hint and 'set as_of: "' not in hint
        lines = [row for row in lines if not row.strip().startswith(("as_of:", "as_of_time:"))]
    else:
        assert "remove 'as_of_time:'" in hint
        del lines[problem.position.line - 1]
    path.write_text("\n".join(lines), "utf-8")
    after = check_project(root)
    assert after.ok, [p.text for p in after.report.errors]
    assert not [p for p in after.report if p.code == "V411"]


# -- a time whose wording names no day: its day is its paragraph's, in every layer ---------

def test_a_paragraph_s_day_is_not_marked_as_the_publication_date(
        sheets: dict[str, CheckResult], example_root: Path,
        tmp_path_factory: pytest.TempPathFactory) -> None:
    """Vox's "The next high tide is at 4 p.m." is dated 16 September by the one day its
    paragraph states (the embedded tweet's), which V405 checks. The site and the exports
    said the date was worked out from "at 4 p.m." and the publication date, 14 September,
    from which no 16 September can be worked out."""
    exports = _exported(sheets["example"])
    fact = {f["id"]: f for f in json.loads(exports[EXPORT_JSON])["facts"]}["tide-next-vox"]
    assert fact["value"]["date"].startswith("2018-09-16")
    assert fact["date"]["mark"] == ("date worked out from \u201cat 4 p.m.\u201d and the one "
                                    "day its paragraph states")
    assert fact["date"]["derived_from"]["day_from"] == "paragraph"
    row = {r["id"]: r for r in csv.DictReader(io.StringIO(exports[EXPORT_CSV]))}[fact["id"]]
    assert row["date_derived_from"] == "\u201cat 4 p.m.\u201d and the one day its paragraph states"
    out = tmp_path_factory.mktemp("example-tide")
    assert build(example_root, out).returncode == 0
    rivers = (out / "rivers" / "index.html").read_text("utf-8")
    row_html = rivers[rivers.index('id="tide-next-vox"'):][:3000]
    assert "the one day its paragraph states" in row_html
    assert "the day the article was published" not in row_html


def test_an_expected_key_figure_keeps_expected(tmp_path: Path) -> None:
    """M1's other half: on another sheet the key figures dropped "expected". The S-400
    sheet's key figures hold no expected fact, so two are added to a copy and built:
    each figure, and every other place the facts show, says "expected"."""
    root = copy_project(REPO, tmp_path / "p")
    site_yml = root / "facts" / "site.yml"
    text = site_yml.read_text("utf-8")
    assert "  key_figures:\n" in text
    site_yml.write_text(text.replace("  key_figures:\n", "  key_figures:\n    - "
                                     "contract-delivery-lead-time\n    - "
                                     "tl-2019-deliveries-expected\n"), "utf-8")
    out = tmp_path / "site"
    built = build(root, out)
    assert built.returncode == 0, built.stderr
    facts = {e.model.id: e.model for e in check_project(root).validated.facts}
    home = (out / "index.html").read_text("utf-8")
    figures = [(fact_id, text) for fact_id, css, text in shown_facts(home)
               if "fs-figure-value" in css.split()]
    expected = [(fact_id, text) for fact_id, text in figures
                if facts[fact_id].stance == "expected"]
    assert [fact_id for fact_id, _ in expected] == ["contract-delivery-lead-time",
                                                   "tl-2019-deliveries-expected"]
    assert all(missing_marks(facts[fact_id], text) == [] for fact_id, text in figures)
    assert all("expected" in text for _, text in expected)
