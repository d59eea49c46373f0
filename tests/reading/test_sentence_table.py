"""The table of real news sentences (tests/fixtures/reading/): every correct fact passes
and every wrong one is refused, by the real checker, in one check for the session.

See tests/fixtures/reading/README.md for the format and tests/reading/sentence_table.py
for the harness and ``python -m tests.reading.sentence_table`` (the per-family scores).
"""

from __future__ import annotations

from collections import Counter

import pytest
from sentence_table import FAMILIES, Case, Outcome, load_cases, real_articles, run_table

CASES = load_cases()
BY_NAME = {case.name: case for case in CASES}


@pytest.fixture(scope="module")
def outcomes(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Outcome]:
    return run_table(CASES, tmp_path_factory.mktemp("sentences"))


def test_the_table_is_large_and_covers_every_family() -> None:
    assert len(CASES) >= 320
    assert len(set(BY_NAME)) == len(CASES)
    families = Counter(case.family for case in CASES)
    # decimal-comma: the real articles hold no decimal comma (see the README)
    assert {family for family in FAMILIES if not families[family]} <= {"decimal-comma"}
    for case in CASES:
        assert any(fact.expect == "pass" for fact in case.facts), case.name
    assert sum(fact.expect == "fail" for case in CASES for fact in case.facts) >= 250


def test_every_sentence_is_a_verbatim_quotation_of_its_article() -> None:
    """Where the shared articles are on this machine (tests and CI have them)."""
    folder = real_articles()
    if folder is None:
        return  # a checkout without the shared folder: nothing to compare against
    texts: dict[str, str] = {}
    for case in CASES:
        if case.article not in texts:
            texts[case.article] = (folder / case.article).read_text("utf-8")
        assert case.sentence in texts[case.article], case.name


@pytest.mark.parametrize("name", list(BY_NAME))
def test_sentence(name: str, outcomes: dict[str, Outcome]) -> None:
    case: Case = BY_NAME[name]
    wrong = outcomes[name].wrong()
    assert not wrong, "\n".join(
        f"{fact.id} expected {fact.expect} ({fact.why}): {fact.quote!r} {dict(fact.value)} "
        f"stance {fact.stance or 'stated'}; errors: {errors}"
        for fact, errors in wrong) + f"\n  sentence: {case.sentence}"
