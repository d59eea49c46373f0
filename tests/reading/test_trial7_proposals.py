"""What the seventh new-user trial met (issue 18) on pv magazine's saved page on South
Korea's solar roadmap and the Guardian on China's tariffs (2019-05): drafts that proposed
values or stances the text does not state, and checks that accepted them. Each real
sentence is proved verbatim in its saved page (../shared/saved-pages/, never copied here)
and checked both ways; each hint touched, applied as an editor would, yields a true fact
that passes.
"""

from __future__ import annotations

from pathlib import Path

from factcheck_helpers import errors_by_fact, page_errors, real_articles

from generator.reading import stance_of

PV = "04_pv-magazine.html"  # published 2019-11-20

MULTI = ("Seoul expects PV cell producers to increase the average efficiency of "
         "multi-junction devices from 23% to 35%.")


def test_increase_of_a_long_object_from_x_to_y_is_a_change(tmp_path: Path) -> None:
    """The verb of change stands nine words before "from 23%": still a change."""
    found = page_errors(tmp_path, PV, [MULTI], "2019-11-20", [
        {"quote": MULTI, "value": {"kind": "quantity", "min": 23, "max": 35,
                                   "unit": "percent"}, "stance": "expected"},
        {"quote": MULTI, "value": {"kind": "quantity", "amount": 35, "unit": "percent"},
         "stance": "expected"}])
    [ranged] = found["f0"]
    assert ranged.code == "V401" and "two sides of a change" in ranged.message
    # the hint, applied to the expected end, is f1, which passes
    assert ranged.hint.startswith("state each figure as a value of its own")
    assert found["f1"] == []


def test_the_start_of_a_hedged_change_supports_no_stance(tmp_path: Path) -> None:
    """draft proposed {23 percent} expected after the fix above, and the check took it: 23%
    is where the change starts, which Seoul does not expect. The start supports no stance,
    says why, and draft proposes nothing for it; the end keeps its expectation. Our own:
    an unhedged change states both ends."""
    found = page_errors(tmp_path, PV, [MULTI], "2019-11-20", [
        {"quote": MULTI, "value": {"kind": "quantity", "amount": 23, "unit": "percent"},
         "stance": "expected"},
        {"quote": MULTI, "value": {"kind": "quantity", "amount": 23, "unit": "percent"}}])
    for start in ("f0", "f1"):
        [problem] = found[start]
        assert problem.code == "V410" and "where a change" in problem.message
        assert "stance: expected" not in problem.hint
    text = "Exports rose from 4% to 6% last year, officials said."
    at = text.index("4%")
    assert stance_of(text, at, at + 2).allowed == frozenset({"reported", "stated"})


def test_our_own_change_with_a_long_object_and_a_true_range(tmp_path: Path) -> None:
    found = errors_by_fact(tmp_path, "The council will raise the monthly fee paid by the "
                           "larger downtown restaurants from $20 to $30, the mayor said. "
                           "Tickets cost from $20 to $30 in the upper rows of the stadium, "
                           "the club said.\n", "2019-04-10", [
        {"quote": "The council will raise the monthly fee paid by the larger downtown "
                  "restaurants from $20 to $30",
         "value": {"kind": "money", "min": 20, "max": 30, "currency": "USD"},
         "stance": "expected"},
        {"quote": "Tickets cost from $20 to $30 in the upper rows of the stadium",
         "value": {"kind": "money", "min": 20, "max": 30, "currency": "USD"}}])
    [ranged] = found["f0"]
    assert ranged.code == "V401" and "two sides of a change" in ranged.message
    assert found["f1"] == []


REIN = ("However, the reduction in demand seen after Beijing attempted to rein in public "
        "solar subsidies at the end of May last year ensures some of that 8.69 GW of Korean "
        "production lines may have since been idled or closed altogether.")
REIN_QUOTE = ("the reduction in demand seen after Beijing attempted to rein in public solar "
              "subsidies at the end of May last year")


def test_the_date_of_an_attempt_is_stated(tmp_path: Path) -> None:
    """"attempted" makes the reining in possible, not the date it was attempted; the "may"
    governs the next clause ("may have since been idled"), not the date."""
    last_year = {"kind": "date", "date": "2018", "relative": "last year"}
    found = page_errors(tmp_path, PV, [REIN], "2019-11-20", [
        {"quote": REIN_QUOTE, "value": last_year, "stance": "possible"},
        {"quote": REIN_QUOTE, "value": last_year}])
    [possible] = found["f0"]
    assert possible.code == "V410" and "no cue word" in possible.message
    # the hint, applied, is f1, which passes: the attempt was made last year
    assert "remove 'stance:'" in possible.hint
    assert found["f1"] == []


def test_our_own_attempt_dates_and_deadlines(tmp_path: Path) -> None:
    found = errors_by_fact(tmp_path, "The club tried to sell the stadium in March 2018, the "
                           "mayor said. The club tried to sell the stadium by March 2018, "
                           "the mayor said.\n", "2019-04-10", [
        {"quote": "The club tried to sell the stadium in March 2018",
         "value": {"kind": "date", "date": "2018-03"}},
        {"quote": "The club tried to sell the stadium by March 2018",
         "value": {"kind": "date", "date": "..", "end": "2018-03"}},
        {"quote": "The club tried to sell the stadium by March 2018",
         "value": {"kind": "date", "date": "..", "end": "2018-03"}, "stance": "possible"}])
    assert found["f0"] == []
    # a deadline is the aim of the attempt: not stated
    assert [p.code for p in found["f1"]] == ["V410"]
    assert found["f2"] == []


GUARDIAN = "china-us-tariffs-2019-05/04_guardian_6RfuVxZW1tUkhfMH.txt"  # 2019-05-13
TWEETED = "On 5 May he tweeted: 'For 10 months, China has been paying Tariffs to the USA.'"


def test_a_quotation_after_he_tweeted_colon_is_his(tmp_path: Path) -> None:
    """The words after "he tweeted:" are Trump's, read as "he tweeted that ...": the
    second-hand stance passes (it was refused with "no cue word", a hint toward stated)."""
    article = (real_articles() / GUARDIAN).read_text("utf-8")
    assert TWEETED in article
    months = {"kind": "quantity", "amount": 10, "unit": "month"}
    found = errors_by_fact(tmp_path, TWEETED + "\n", "2019-05-13", [
        {"quote": TWEETED, "value": months, "stance": "reported"}])
    assert found["f0"] == []
    assert "attributed" in {c.stance for c in stance_of(
        TWEETED, TWEETED.index("10 months"), TWEETED.index("10 months") + 9).cues}


def test_our_own_colon_quotation_and_a_plain_colon() -> None:
    said = "The minister said: \u201cWe built 40 schools this year.\u201d"
    at = said.index("40")
    assert {c.stance for c in stance_of(said, at, at + 2).cues} == {"attributed"}
    listed = "The minister's plan: 40 schools this year."
    at = listed.index("40")
    assert stance_of(listed, at, at + 2).cues == ()


CNBC = "01_cnbc.html"  # published 2019-11-20
CLARK = ("Clark in October revealed lofty plans to expand the Emirates fleet by 30% by the "
         "end of 2025.")


def test_the_deadline_of_a_plan_is_expected_not_the_revealing(tmp_path: Path) -> None:
    """An interval open at its start is read where its end stands ("by the end of 2025"),
    under "plans", not from "October", when the plan was revealed."""
    late_2025 = {"kind": "date", "date": "..", "end": "2025", "end_qualifier": "late"}
    found = page_errors(tmp_path, CNBC, [CLARK], "2019-11-20", [
        {"quote": CLARK, "value": late_2025},
        {"quote": CLARK, "value": late_2025, "stance": "expected"},
        {"quote": CLARK, "value": {"kind": "quantity", "amount": 30, "unit": "percent"},
         "stance": "expected"}])
    [stated] = found["f0"]
    assert stated.code == "V410" and "'plans' makes this an expectation" in stated.message
    # the hint, applied, is f1, which passes
    assert "declare it (stance: expected)" in stated.hint
    assert found["f1"] == []
    assert found["f2"] == []
