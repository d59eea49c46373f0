"""How free text is read and rendered: references, quotations, editor's notes, mentions."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from markupsafe import Markup

from generator.reading.references import (
    ReferenceInfo,
    analyse,
    plain_free_text,
    render_free_text,
    sentences,
)

TABLE = Path(__file__).parent / "fixtures" / "references" / "analysis.yml"
CASES: list[dict[str, Any]] = yaml.safe_load(TABLE.read_text("utf-8"))["cases"]


@pytest.mark.parametrize("case", CASES, ids=[c["text"][:40] for c in CASES])
def test_analysis_finds_what_the_editor_wrote(case: dict[str, Any]) -> None:
    analysis = analyse(case["text"], {"000", "003"})
    text = case["text"]
    found = {kind: [m.text for m in analysis.mentions if m.kind == kind]
             for kind in ("name", "figure", "date", "claim")}
    assert found["name"] == case.get("names", [])
    assert found["figure"] == case.get("figures", [])
    assert found["date"] == case.get("dates", [])
    assert found["claim"] == case.get("claims", [])
    parts = {kind: [text[p.start:p.end] for p in analysis.parts if p.kind == kind]
             for kind in ("quotation", "editor", "source")}
    assert parts["quotation"] == case.get("quotations", [])
    assert parts["editor"] == case.get("editor", [])
    assert parts["source"] == case.get("sources", [])
    assert [fid for fid, _, _ in analysis.fact_references] == case.get("facts", [])


def test_sentences_skip_abbreviations() -> None:
    text = "The U.S. State Department approved it. Rostec agreed."
    assert [text[s:e] for s, e in sentences(text)] == [
        "The U.S. State Department approved it.", "Rostec agreed."]


class _View:
    display = "2 November 2017"
    derived = "derived from “November 2” and the publication date 2017-12-30 (catalogue)"
    stance = "reported"
    publisher = "TASS"

    def cite(self, from_page: str) -> Markup:
        return Markup("../sources/tass.md#q-x")


def test_a_reference_renders_the_checked_value_with_its_citation_and_stance() -> None:
    html = render_free_text("Said on [[x]].", "owner", "deals/index.md",
                            lambda fid: _View() if fid == "x" else None, {})
    assert 'data-fact="x"' in html and 'data-stance="reported"' in html
    assert ('2 November 2017 <small>(<a class="fs-cite-inline" href="../sources/tass.md#q-x">'
            "TASS</a>, reported, derived date)") in html
    assert "[[" not in html


def test_an_editors_note_is_set_apart_with_its_basis() -> None:
    works = {"senate": ReferenceInfo("John Thune, US Senator", "url",
                                     "https://www.thune.senate.gov/")}
    html = render_free_text("The article says 'John Tune'. He is John Thune [[ref:senate]].",
                            "owner", "deals/index.md", lambda fid: None, works)
    assert '<span class="fs-quoted" data-quote>&#39;John Tune&#39;</span>' in html
    assert '<span class="fs-editor" data-reference="senate">' in html
    assert "He is John Thune&#46; <span" in html  # the marker is gone, the full stop kept
    assert 'href="https&#58;&#47;&#47;www&#46;thune&#46;senate&#46;gov&#47;"' in html


def test_the_editors_own_figure_is_tied_to_its_fact() -> None:
    html = render_free_text("Press TV gives 402 km.", "s400-range", "specs/index.md",
                            lambda fid: None, {})
    assert '<span class="fs-tied" data-fact="s400&#45;range">402 km</span>' in html


def test_plain_text_for_titles_expands_references() -> None:
    assert plain_free_text("Chemezov puts it at [[x]]. Basis [[ref:y]].",
                           lambda fid: _View()) == "Chemezov puts it at 2 November 2017. Basis."
