"""What a number counts, read from real published sentences (tests/fixtures/counts/).

Each sentence is proved verbatim in its whole article under ../shared/real-articles/
(tests and CI have that folder); then each listed figure must support the nouns listed
and refuse the others, with its unit, qualifier, join and owner where the table gives
them. The checker-level cases of the same families are in tests/fixtures/values/.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from factcheck_helpers import real_articles, saved_page_text

from generator.reading import counts, figures_in, owners

TABLE = Path(__file__).resolve().parents[1] / "fixtures" / "counts" / "real_sentences.yml"
CASES: list[dict[str, Any]] = yaml.safe_load(TABLE.read_text("utf-8"))["cases"]


def test_the_table_is_real_and_large() -> None:
    folder = real_articles()
    assert folder.is_dir(), "the shared real articles are needed (../shared/real-articles/)"
    for case in CASES:
        if "page" in case:
            assert case["sentence"] in saved_page_text(case["page"]), case["sentence"]
            continue
        article = (folder / case["article"]).read_text("utf-8")
        assert case["sentence"] in article, case["sentence"]
    figures = [f for case in CASES for f in case["figures"]]
    assert len(CASES) >= 20
    assert sum(len(f.get("supports", [])) for f in figures) >= 40
    assert sum(len(f.get("refuses", [])) for f in figures) >= 40


@pytest.mark.parametrize("case", CASES, ids=[c["sentence"][:40] for c in CASES])
def test_a_real_sentence(case: dict[str, Any]) -> None:
    sentence = case["sentence"]
    found = figures_in(sentence)
    owned = dict(zip([f.written for f in found], owners(sentence, found), strict=True))
    by_written = {f.written: f for f in found}
    for expected in case["figures"]:
        if "absent" in expected:
            assert all(f.written != expected["absent"] for f in found), expected
            continue
        figure = by_written.get(expected["written"])
        assert figure is not None, (expected, [f.written for f in found])
        for noun in expected.get("supports", []):
            assert counts(figure.counted, noun), (expected["written"], noun, figure.counted)
        for noun in expected.get("refuses", []):
            assert not counts(figure.counted, noun), (expected["written"], noun,
                                                      figure.counted)
        if "unit" in expected:
            assert figure.unit == expected["unit"], figure
        if "qualifier" in expected:
            assert figure.qualifier == expected["qualifier"], figure
        if "joined" in expected:
            assert figure.joined == expected["joined"], figure
            assert figure.low is None and figure.high is None, figure  # no range
        if "owner" in expected:
            assert owned[expected["written"]] == expected["owner"], owned
