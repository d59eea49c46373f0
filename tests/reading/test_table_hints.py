"""Every hint the checker prints on the table of real sentences, applied, is a true reading
(issue 18's promise: no hint may propose a value, date or stance the text does not state;
where the reader is unsure it says so and offers nothing).

For every fact of the table, right or wrong, each hint that proposes something (a date or
its parts, a qualifier, a noun, a unit, a scale, a rate, the owner of a figure or the
figure the quote gives the subject, a stance, an answer to a cue) is applied as an editor
would and checked again, and followed once more where it leads to another hint; the fact
the editor then holds must be one of the case's 'expect: pass' facts (tests/reading/
table_hints.py says how hints are read and judged). A stance offer of several stances
("stance: expected or stance: possible") must hold the true one; an answer to a cue
(stance_scope) must keep a true stance, or come beside an offer that is true.

A hint that still proposes a falsehood is listed in KNOWN_WRONG with why, and asserted
still wrong, so that a fix moves it off the list.
"""

from __future__ import annotations

import pytest
from sentence_table import Outcome, load_cases, run_table
from table_hints import Verdict, verdicts

CASES = load_cases()
# fact id -> why a hint given for it is not a true reading (the reader's misreading);
# empty since the ten of 4 December were fixed or made to propose nothing (#18)
KNOWN_WRONG: dict[str, str] = {}


@pytest.fixture(scope="module")
def found(tmp_path_factory: pytest.TempPathFactory) -> list[Verdict]:
    root = tmp_path_factory.mktemp("hints")
    outcomes: dict[str, Outcome] = run_table(CASES, root / "table")
    return verdicts(CASES, outcomes, root)


def test_every_hint_applied_is_a_true_reading(found: list[Verdict]) -> None:
    wrong = {v.applied.origin.id for v in found if not v.true}
    unexplained = sorted(wrong - set(KNOWN_WRONG))
    assert not unexplained, [
        (v.applied.origin.id, v.applied.code, v.applied.hint, dict(v.followed.value),
         v.followed.stance) for v in found if v.applied.origin.id in unexplained]
    assert sorted(set(KNOWN_WRONG) - wrong) == [], \
        "a known wrong hint is now right (or gone): delete it from KNOWN_WRONG"


def test_the_harness_reads_every_kind_of_hint(found: list[Verdict]) -> None:
    """The hints read are many and of every form, so that the test above is not empty."""
    kinds = {(v.applied.code, v.applied.hint.split(":")[0].split(" ")[0]) for v in found}
    assert len(found) >= 300, len(found)
    for expected in [("V406", "set"), ("V404", "qualifier"), ("V402", "noun"),
                     ("V402", "unit"), ("V401", "scale"), ("V408", "per"),
                     ("V409", "subject"), ("V409", "the"), ("V410", "stance"),
                     ("V410", "stance_scope")]:
        assert expected in kinds, (expected, sorted(kinds))
    true = [v for v in found if v.true]
    assert sum(v.passes for v in true) >= 0.9 * len(true), \
        "most true hints, applied, pass"
