"""The table of real news sentences (tests/fixtures/reading/), by the real checker, in one
check for the session.

Every case the checker reads right must stay right. The cases it still reads wrong are
listed, each with its family, in tests/fixtures/reading/OPEN.txt: the reader's to-do list,
shown and counted, not hidden. A listed case must still be wrong, so that a fix moves it
off the list (delete its line) and it is guarded from then on. See the README beside the
table for the format and ``python -m tests.reading.sentence_table`` (-v) for the scores.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from factcheck_helpers import real_articles
from sentence_table import FAMILIES, Case, Outcome, load_cases, run_table

CASES = load_cases()
BY_NAME = {case.name: case for case in CASES}
OPEN_LIST = Path(__file__).resolve().parents[1] / "fixtures" / "reading" / "OPEN.txt"
OPEN = {line.split(":", 1)[0].strip() for line in OPEN_LIST.read_text("utf-8").splitlines()
        if line.strip() and not line.startswith("#")}


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


def test_the_open_list_names_cases_of_the_table() -> None:
    assert set(BY_NAME) >= OPEN


def test_every_sentence_is_a_verbatim_quotation_of_its_article() -> None:
    """The shared articles sit beside the repository (../shared), as tests and CI have it."""
    folder = real_articles()  # fails where the shared articles are missing
    texts: dict[str, str] = {}
    for case in CASES:
        if case.article not in texts:
            texts[case.article] = (folder / case.article).read_text("utf-8")
        assert case.text in texts[case.article], case.name


@pytest.mark.parametrize("name", list(BY_NAME))
def test_sentence(name: str, outcomes: dict[str, Outcome]) -> None:
    case: Case = BY_NAME[name]
    wrong = outcomes[name].wrong()
    if name in OPEN:
        assert wrong, f"{name} is read right now: delete its line from OPEN.txt"
        return
    assert not wrong, "\n".join(
        f"{fact.id} expected {fact.expect} ({fact.why}): {fact.quote!r} {dict(fact.value)} "
        f"stance {fact.stance or 'stated'}; errors: {errors}"
        for fact, errors in wrong) + f"\n  sentence: {case.sentence}"
