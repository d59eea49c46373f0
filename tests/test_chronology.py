"""Dates as precise as their evidence: EDTF forms, calendar spans, ordering, and the corpus.

Data-driven: each EDTF form with the span it names and how it reads; mixed precisions in
the order the timeline must list them; the real corpus with exactly its real conflicts.
"""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError
from sitetools import REPO

from generator.check.pipeline import check_project
from generator.model import DateValue, Published
from generator.model.chronology import span_of
from generator.model.describe import describe
from generator.reading import date_ranges_in, dates_in, relative_interval
from generator.site.render import render_site

D = dt.date

# value fields -> (earliest, latest, flags, words)
FORMS: list[tuple[dict[str, Any], D | None, D | None, set[str], str]] = [
    ({"date": "2019"}, D(2019, 1, 1), D(2019, 12, 31), set(), "2019"),
    ({"date": "2019-07", "qualifier": "mid"}, D(2019, 7, 11), D(2019, 7, 20), set(),
     "mid-July 2019"),
    ({"date": "2019", "qualifier": "late"}, D(2019, 9, 1), D(2019, 12, 31), set(), "late 2019"),
    ({"date": "2020", "qualifier": "early"}, D(2020, 1, 1), D(2020, 4, 30), set(), "early 2020"),
    ({"date": "2019-07-15"}, D(2019, 7, 15), D(2019, 7, 15), set(), "15 July 2019"),
    ({"date": "XXXX-11-12"}, None, None, {"year_unknown"}, "12 November (year not stated)"),
    ({"date": "2019-21"}, D(2019, 3, 1), D(2019, 5, 31), set(), "spring 2019"),
    ({"date": "2019-24"}, D(2019, 12, 1), D(2020, 2, 29), set(), "winter 2019"),
    ({"date": "201X"}, D(2010, 1, 1), D(2019, 12, 31), set(), "the 2010s"),
    ({"date": "2007~"}, D(2007, 1, 1), D(2007, 12, 31), {"approximate"}, "about 2007"),
    ({"date": "2016?"}, D(2016, 1, 1), D(2016, 12, 31), {"uncertain"}, "2016 (uncertain)"),
    ({"date": "2016%"}, D(2016, 1, 1), D(2016, 12, 31), {"approximate", "uncertain"},
     "about 2016 (uncertain)"),
    ({"date": "2019", "qualifier": "late", "end": "2020", "end_qualifier": "early"},
     D(2019, 9, 1), D(2020, 4, 30), {"interval"}, "between late 2019 and early 2020"),
    ({"date": "..", "end": "2020"}, None, D(2020, 12, 31), {"interval"}, "by 2020"),
    ({"date": "2015", "end": ".."}, D(2015, 1, 1), None, {"interval"}, "since 2015"),
    # an open end from a time of day keeps its time ("after 2 a.m. ET Sunday", trial 4)
    ({"date": "2018-09-16T02:00:00-04:00", "end": ".."}, D(2018, 9, 16), None, {"interval"},
     "from 16 September 2018, 02:00 UTC-04:00"),
]


@pytest.mark.parametrize(("fields", "earliest", "latest", "flags", "words"), FORMS,
                         ids=[f[4] for f in FORMS])
def test_each_edtf_form_names_its_span(fields: dict[str, Any], earliest: D | None,
                                       latest: D | None, flags: set[str], words: str) -> None:
    value = DateValue(kind="date", **fields)
    span = span_of(value)
    assert (span.earliest, span.latest) == (earliest, latest)
    for flag in ("approximate", "uncertain", "year_unknown", "interval"):
        assert getattr(span, flag) is (flag in flags), flag
    assert describe(value) == words


@pytest.mark.parametrize("fields", [
    {"date": "2019-13"}, {"date": "XXXX-02-30"}, {"date": "2019-25"}, {"date": "20X9"},
    {"date": "2020", "end": "2019"}, {"date": ".."}, {"date": "..", "end": ".."},
    {"date": "2019", "end_qualifier": "early"}, {"date": "2019-21", "precision": "month"},
])
def test_impossible_dates_are_refused(fields: dict[str, Any]) -> None:
    with pytest.raises(ValidationError):
        DateValue(kind="date", **fields)


def test_plain_dates_keep_working() -> None:
    value = DateValue(kind="date", date="2018-04", precision="month")
    assert describe(value) == "April 2018" and value.end is None


def test_a_year_not_stated_is_bounded_by_its_article() -> None:
    value = DateValue(kind="date", date="XXXX-11-12")
    published = Published(basis="catalogue", date="2018-12-19")
    assert span_of(value, published).latest == D(2018, 11, 12)
    before = Published(basis="catalogue", date="2018-11-01")
    assert span_of(value, before).latest == D(2017, 11, 12)
    bounded_below = Published(basis="inferred", not_before="2019-07", reasoning="text")
    assert span_of(value, bounded_below).latest is None  # nothing bounds it from above


# Mixed precisions in the order the timeline lists them.
ORDER = [
    {"date": "..", "end": "2017"},
    {"date": "2019"},
    {"date": "2019-07", "qualifier": "early"},
    {"date": "2019-07"},
    {"date": "2019-07", "qualifier": "mid"},
    {"date": "2019-07-21"},
    {"date": "2019", "qualifier": "late"},
    {"date": "2019", "qualifier": "late", "end": "2020", "end_qualifier": "early"},
    {"date": "2019-24"},
    {"date": "2020", "qualifier": "early"},
    {"date": "XXXX-11-12"},
]


def test_mixed_precisions_sort_by_their_spans() -> None:
    values = [DateValue(kind="date", **fields) for fields in ORDER]
    shuffled = values[::-1]
    assert sorted(shuffled, key=lambda v: span_of(v).sort_key()) == values
    late, mid_july = values[6], values[4]
    assert span_of(late).sort_key() > span_of(mid_july).sort_key()


@pytest.mark.parametrize(("text", "ranges"), [
    ("between late 2019 and early 2020", [((2019, "late"), (2020, "early"))]),
    ("from 2015 to 2017", [((2015, None), (2017, None))]),
    ("the 2019-20 season", [((2019, None), (2020, None))]),
    ("by 2020", [(None, (2020, None))]),
    ("since April 2018", [((2018, None), None)]),
    ("in 2015 and 2019", []),
])
def test_date_ranges_as_written(text: str, ranges: list[Any]) -> None:
    def ends(mention: Any) -> Any:
        return None if mention is None else (mention.year, mention.reading)

    assert [(ends(r.first), ends(r.last)) for r in date_ranges_in(text)] == ranges


def test_seasons_and_decades_are_read() -> None:
    [spring] = dates_in("in the spring of 2019")
    assert (spring.year, spring.season) == (2019, 21)
    [decade] = dates_in("in the 2010s")
    assert (decade.year, decade.decade) == (None, 2010)


@pytest.mark.parametrize(("phrase", "published", "expected"), [
    ("within two years", "2017-12-30", ("2017-12-30", "2019-12-30")),
    ("within 6 months", "2018-08-31", ("2018-08-31", "2019-02-28")),
    ("within three weeks", "2018-12-19", ("2018-12-19", "2019-01-09")),
    ("within two years", "2017", ("2017", "2019")),
])
def test_within_is_an_interval_from_publication(phrase: str, published: str,
                                                expected: tuple[str, str]) -> None:
    assert relative_interval(phrase, published) == (expected, "")


def test_within_needs_the_precision_it_counts_in() -> None:
    resolved, why = relative_interval("within three weeks", "2018-12")
    assert resolved is None and "needs the publication day" in why


# --- the corpus ------------------------------------------------------------------------

# The three pairs the sheet once showed as disagreements are renderings of one value
# (issue 20: M5, M6, M7): a translated name, a range converted from miles, and the wording
# of an article that rewrites another. They are variants, and the sheet has no conflict.
REAL_VARIANTS = {
    "s400-range-presstv": ("s400-range-tass", "probably a unit conversion"),
    "s400-name-ria": ("s400-name-tass", "translation"),
    "contract-turkish-description-rewrite": ("contract-turkish-description-reuters",
                                             "the rewrite's wording"),
}


def test_the_corpus_passes_with_its_variants_and_no_conflict() -> None:
    result = check_project(REPO)
    assert result.ok, [str(p) for p in result.report.errors]
    assert result.conflicts == []
    assert result.variants == REAL_VARIANTS
    assert [p.code for p in result.report.warnings] == []


def test_the_home_page_counts_no_conflict_and_its_variants() -> None:
    result = check_project(REPO)
    site = result.validated.site
    assert site is not None
    home = next(p for p in render_site(result, site.model, site.path) if p.path == "index.md")
    assert "Where independent articles disagree" not in home.markdown
    assert "The check finds no disagreement between independent articles" in home.markdown
    assert "3 values render another value" in home.markdown


def test_the_corpus_keeps_its_hedges_and_marks_expectations() -> None:
    result = check_project(REPO)
    facts = {e.model.id: e.model for e in result.validated.facts}
    assert facts["chinese-outcome"].stance == "reported"  # "reportedly walked out"
    assert facts["chinese-reason"].value.text == "purported pressure from Washington"  # type: ignore[union-attr]
    window = facts["tl-2019-late-delivery-window"]
    assert window.stance == "possible" and window.value.end == "2020"  # type: ignore[union-attr]
    assert "tl-2020-early-delivery-window" not in facts, "the window is one interval"
    assert facts["tl-akar-november-12"].value.date == "XXXX-11-12"  # type: ignore[union-attr]
    assert facts["tl-2019-deliveries-expected"].stance == "expected"


def test_the_old_circular_press_tv_bound_is_refused(tmp_path: Path) -> None:
    project = tmp_path / "p"
    shutil.copytree(REPO / "facts", project / "facts")
    registry = project / "facts" / "sources.yml"
    text = registry.read_text("utf-8")
    assert 'not_before: "2019-07"' in text
    registry.write_text(text.replace('not_before: "2019-07"', 'not_before: "2019-11-12"'),
                        "utf-8")
    result = check_project(project)
    problems = [p for p in result.report.errors if p.code == "R207"]
    assert len(problems) == 1 and "\"November 12\", which gives no year" in problems[0].message


def test_the_site_shows_the_stance_beside_the_value() -> None:
    result = check_project(REPO)
    site = result.validated.site
    assert site is not None
    pages = {p.path: p.markdown for p in render_site(result, site.model, site.path)}
    deals = pages["deals/index.md"]

    def row_of(fact_id: str) -> str:
        start = deals.index(f'id="{fact_id}"')
        return deals[start:deals.index("</tr>", start)]

    row = row_of("chinese-outcome")
    assert "fs-stance" in row and "reportedly" in row
    timeline = pages["timeline/index.md"]
    block = timeline[timeline.index('id="tl-2019-deliveries-expected"'):][:400]
    assert ">expected</span>" in block
    stated = row_of("chinese-reason")
    assert "fs-stance" not in stated  # "purported" stays in the value's own words


def test_dropping_a_hedge_from_the_corpus_is_refused(tmp_path: Path) -> None:
    """Every expectation, possibility and "reportedly" in the corpus is needed: without
    its stance the fact fails V410 at its value."""
    project = tmp_path / "p"
    shutil.copytree(REPO / "facts", project / "facts")
    hedged: set[str] = set()
    for name in ("deals.yml", "specs.yml", "timeline.yml"):
        path = project / "facts" / name
        kept = []
        current = ""
        for line in path.read_text("utf-8").splitlines(keepends=True):
            if line.startswith("  - id: "):
                current = line.split(": ", 1)[1].strip()
            if line.strip() in ("stance: expected", "stance: possible") or (
                    line.strip() == "stance: reported" and current.startswith("chinese-")):
                hedged.add(current)
                continue
            kept.append(line)
        path.write_text("".join(kept), "utf-8")
    assert len(hedged) >= 10
    result = check_project(project)
    failing = {p.fact_id for p in result.report.errors if p.code == "V410"}
    assert hedged <= failing, hedged - failing
