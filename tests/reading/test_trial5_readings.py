"""What the fifth new-user trial met (issue 18) on saved pages nobody had used (the NYT on
the US-China trade war, Newsweek on cannabis, Smithsonian on plague): hints and readings
that published what the text does not state. Each real sentence is proved verbatim in
its saved page (../shared/saved-pages/, never copied here) and checked both ways; each
hint touched, applied as an editor would, yields a true fact that passes, and where the
reader cannot tell, it refuses and proposes no stance.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from factcheck_helpers import allowed_stances as allowed
from factcheck_helpers import page_errors

NYT = "03_nytimes.html"  # published 2019-11-18
NEWSWEEK = "05_newsweek.html"  # published 2019-11-13
SMITHSONIAN = "06_smithsonian.html"  # published 2019-11-18

REMOVED = ("Mr. Trump continues to give mixed signals about whether he actually wants a deal "
           "and if any of his tariffs on $360 billion worth of Chinese goods will ever be "
           "removed.")
REMAIN = ("The most recent twists in the China trade talks have left firms uncertain whether "
          "a 15 percent tariff that the Trump administration had planned to impose Dec. 15 on "
          "another $160 billion of goods, including smartphones, laptops and footwear, would "
          "go into effect — or whether a 15 percent tariff imposed on consumer goods in "
          "September would remain.")
INTO = ("But more than a year and a half into the biggest trade war in modern history, "
        "Mr. Trump’s approach has not yet produced the grand finale he hoped for.")
EXPORTS = ("Even if American negotiators secure better market access for beef, pork, dairy "
           "and genetically modified products, Washington-based analysts who have done the "
           "calculations say they have difficulty figuring out how the United States could "
           "increase its agricultural exports to China to much more than $30 billion a year, "
           "without diverting trade from elsewhere.")
USD = {"kind": "money", "currency": "USD", "scale": "billion"}
PCT = {"kind": "quantity", "unit": "percent"}




@pytest.mark.parametrize(("sentence", "quote", "value"), [
    (REMOVED, "if any of his tariffs on $360 billion worth of Chinese goods will ever be "
     "removed", {**USD, "amount": 360}),
    (REMAIN, "a 15 percent tariff imposed on consumer goods in September would remain",
     {**PCT, "amount": 15}),
])
def test_a_figure_of_what_would_remain_or_be_removed_is_in_force(
        tmp_path: Path, sentence: str, quote: str, value: dict[str, Any]) -> None:
    # "if"/"whether" and the modal govern the removal or the staying, not the figure
    found = page_errors(tmp_path, NYT, [sentence], "2019-11-18", [
        {"quote": quote, "value": value},
        {"quote": quote, "value": value, "stance": "expected"},
        {"quote": quote, "value": value, "stance": "possible"}])
    assert found["f0"] == []
    for wrong in ("f1", "f2"):
        [problem] = found[wrong]
        assert problem.code == "V410"
        # the hint, applied (no stance: stated), is f0, which passes
        assert "remove 'stance:'" in problem.hint and "declare" not in problem.hint


def test_our_own_removals_and_continuations() -> None:


    assert allowed("It is unclear whether the 10% levy will be lifted.", "10%") == ["stated"]
    assert allowed("Nobody knows if the 10% levy would stay.", "10%") == ["stated"]
    # the figure after the verb is what would remain: hedged
    assert allowed("It is unclear whether the levy will remain at 10%.", "10%") != ["stated"]
    # a new levy "would take effect": hedged; and an "if approved" keeps its condition
    assert "stated" not in allowed("Officials said a 10% levy would take effect.", "10%")
    assert "stated" not in allowed("If approved, a 10% levy would remain until 2025.", "10%")


def test_elapsed_time_into_a_war_is_outside_the_negation(tmp_path: Path) -> None:
    quote = "more than a year and a half into the biggest trade war in modern history"
    text = {"kind": "text", "text": "more than a year and a half"}
    found = page_errors(tmp_path, NYT, [INTO], "2019-11-18", [
        {"quote": quote, "value": text},
        {"quote": quote, "value": text, "stance": "denied"}])
    assert found["f0"] == []
    [problem] = found["f1"]
    assert problem.code == "V410" and "denied" not in problem.hint


def test_a_value_fronted_before_a_negated_clause_supports_nothing() -> None:
    # our own: "In 2018" may date the failure to pay; the reader cannot tell
    from generator.reading import stance_of
    text = "In 2018, the company did not pay any taxes."
    reading = stance_of(text, 3, 7, is_date=True)
    assert reading.allowed == frozenset()
    assert "before the subject of a clause that 'not' negates" in reading.doubt


def test_a_modal_in_an_indirect_question_is_asked_not_claimed(tmp_path: Path) -> None:
    quote = ("how the United States could increase its agricultural exports to China to "
             "much more than $30 billion a year")
    value = {**USD, "amount": 30, "qualifier": "over", "per": "year"}
    found = page_errors(tmp_path, NYT, [EXPORTS], "2019-11-18", [
        {"quote": quote, "value": value, "stance": stance}
        for stance in ("possible", "stated", "expected", "reported")])
    for fact in found.values():
        [problem] = fact
        assert problem.code == "V410"
        assert "asked, not claimed" in problem.message
        assert "stance: " not in problem.hint.split(";")[0]


CASE = ("On November 16, a third case of plague was reported in a 55-year-old man, also from "
        "Inner Mongolia.")
CONFIRMED = "The first two illnesses were confirmed on November 12."
RESPONDENTS = ("In adults aged 26 or older, the number who said they had used cannabis in the "
               "past month rose by 23 percent when compared with states where recreational use "
               "isn't allowed.")


def test_a_case_reported_or_confirmed_is_recorded_not_hearsay(tmp_path: Path) -> None:
    age = {"kind": "quantity", "amount": 55, "unit": "year"}
    day = {"kind": "date", "date": "2019-11-16", "relative": "On November 16"}
    two = {"kind": "quantity", "amount": 2, "noun": "illness"}
    found = page_errors(tmp_path, SMITHSONIAN, [CASE, CONFIRMED], "2019-11-18", [
        {"quote": "a third case of plague was reported in a 55-year-old man", "value": age},
        {"quote": "On November 16, a third case of plague was reported", "value": day},
        {"quote": CONFIRMED, "value": two},
        {"quote": CONFIRMED, "value": two, "stance": "reported"}])
    assert (found["f0"], found["f1"], found["f2"]) == ([], [], [])
    [problem] = found["f3"]  # no one is quoted: the hint, applied, is f2
    assert problem.code == "V410" and "remove 'stance:'" in problem.hint


def test_our_own_cases_reported_by_someone_stay_second_hand() -> None:


    assert allowed("Two deaths were reported by local media.", "Two") == ["reported"]
    assert allowed("Two deaths were reported.", "Two") == ["stated"]
    assert allowed("It was reported that two deaths occurred.", "two") == ["reported"]


def test_what_respondents_said_is_no_source_of_the_rise(tmp_path: Path) -> None:
    quote = ("In adults aged 26 or older, the number who said they had used cannabis in the "
             "past month rose by 23 percent")
    rise = {**PCT, "amount": 23}
    found = page_errors(tmp_path, NEWSWEEK, [RESPONDENTS], "2019-11-13", [
        {"quote": quote, "value": rise}, {"quote": quote, "value": rise, "stance": "reported"}])
    assert found["f0"] == []
    [problem] = found["f1"]
    assert problem.code == "V410" and "remove 'stance:'" in problem.hint


SHARES = ("Of the total participants who filled in The National Survey on Drug Use and Health "
          "in those years, just over half were female, 77 percent were aged 26 or above, 65 "
          "percent were white, 11.9 percent were black, 15.36 percent Hispanic, and 7.3 of "
          "another race or ethnicity.")
THIRD = ("Over the centuries, plague has killed millions of people around the world, most "
         "famously during the Black Death, which wiped out nearly one-third of Europe’s "
         "population in the 1300s.")


def test_a_part_that_is_no_whole_number_and_a_fraction_count_nothing(tmp_path: Path) -> None:
    from generator.reading import figures_in
    found = page_errors(tmp_path, NEWSWEEK, [SHARES], "2019-11-13", [
        {"quote": "15.36 percent Hispanic, and 7.3 of another race or ethnicity",
         "value": {"kind": "quantity", "amount": 7.3, "noun": "ethnicity"}},
        {"quote": "15.36 percent Hispanic, and 7.3 of another race or ethnicity",
         "value": {**PCT, "amount": 15.36}}])
    assert [p.code for p in found["f0"]] == ["V402"]  # 7.3 percent, the unit left out
    assert "extend the quote" in found["f0"][0].hint and "7.3" not in found["f0"][0].hint
    assert found["f1"] == []
    # "one-third" counts no thirds (docs/format.md: a third supports no value)
    third = page_errors(tmp_path / "third", SMITHSONIAN, [THIRD], "2019-11-18", [
        {"quote": "which wiped out nearly one-third of Europe’s population",
         "value": {"kind": "quantity", "amount": 1, "noun": "third", "qualifier": "about"}}])
    assert [p.code for p in third["f0"]] == ["V401"]  # "one" of "one-third" is no figure
    # our own: whole parts and fractions keep their readings
    counted = {f.written: f.counted.how for f in figures_in(
        "Two-thirds of voters agreed; 51 of the 100 seats; 2.5 million of the people.")}
    assert "Two" not in counted and counted["51"] == "partitive"
    assert counted["2.5 million"] == "partitive"


def test_draft_proposes_no_count_of_thirds_nor_of_ethnicities(tmp_path: Path) -> None:
    from addtools import generator as run  # the CLI, as an editor runs it

    quote = "15.36 percent Hispanic, and 7.3 of another race or ethnicity"
    root = tmp_path / "sheet"
    page_errors(root, NEWSWEEK, [SHARES], "2019-11-13", [{"quote": quote,
                                                      "value": {**PCT, "amount": 15.36}}])
    out = run("draft", "--root", str(root), "a.txt", quote)
    assert "amount: 15.36, unit: percent" in out.stdout
    assert [line for line in out.stdout.splitlines()
            if "7.3" in line and "quote:" not in line] == []
    third = "which wiped out nearly one-third of Europe’s population in the 1300s"
    root = tmp_path / "third"
    page_errors(root, SMITHSONIAN, [THIRD], "2019-11-18", [{"quote": third, "value": {
        "kind": "text", "text": "Black Death"}}])
    out = run("draft", "--root", str(root), "a.txt", third)
    assert "holds no figure" in out.stderr and "third" not in out.stdout  # no count


CANCELED = ("While Mr. Trump canceled an increase in tariffs planned for Oct. 15, he made no "
            "mention of rolling back any levies.")


def test_a_day_planned_for_belongs_to_the_plan(tmp_path: Path) -> None:
    # w21: the increase was canceled; its day is the plan's, never the increase's
    quote = "While Mr. Trump canceled an increase in tariffs planned for Oct. 15"
    day = {"kind": "date", "date": "XXXX-10-15"}
    found = page_errors(tmp_path, NYT, [CANCELED], "2019-11-18", [
        {"quote": quote, "value": day, "subject": "October tariff increase"},
        {"quote": quote, "value": day, "subject": "Planned October tariff increase"}])
    [problem] = found["f0"]
    assert problem.code == "V410" and "'planned' belongs to the value" in problem.message
    assert "planned October tariff increase" in problem.hint  # applied: f1
    assert found["f1"] == []


def test_a_share_belongs_to_the_group_its_list_item_names(tmp_path: Path) -> None:
    # w04: "15.36 percent Hispanic" is not the black participants' share
    quote = "11.9 percent were black, 15.36 percent Hispanic"
    found = page_errors(tmp_path, NEWSWEEK, [SHARES], "2019-11-13", [
        {"quote": quote, "value": {**PCT, "amount": 15.36}, "subject": "Black participants"},
        {"quote": quote, "value": {**PCT, "amount": 11.9}, "subject": "Black participants"},
        {"quote": quote, "value": {**PCT, "amount": 15.36}, "subject": "Hispanic participants"},
        {"quote": quote, "value": {**PCT, "amount": 15.36}, "subject": "Study participants"}])
    [problem] = found["f0"]
    assert problem.code == "V409" and "belongs to Hispanic" in problem.message
    assert '"11.9 percent"' in problem.message  # the hint's figure, applied: f1
    assert (found["f1"], found["f2"], found["f3"]) == ([], [], [])
    # our own: a change is no list item, and no group follows
    from generator.reading import figures_in, owners
    for text in ("The stock rose 5 percent yesterday.", "Sales fell, 5 percent of them online."):
        assert owners(text, figures_in(text)) == [None] * len(figures_in(text))


WILLIAMS = ("“It’s striking that in almost every corner of the world geopolitical tensions are "
            "threatening to put the brakes on growth,” John Williams, the president of the "
            "Federal Reserve Bank of New York, said in a speech last week. “The uncertainty "
            "created by current events is no doubt having a lasting effect on the economic "
            "conditions we’re experiencing today.”")
RARE = "Today, plague infections are rare, but they do happen."


@pytest.mark.parametrize(("page", "sentences", "quote", "wording", "why"), [
    (NYT, [WILLIAMS], "the economic conditions we’re experiencing today", "today",
     "quoted words"),
    (NYT, [WILLIAMS], WILLIAMS[WILLIAMS.index("“The"):], "today", "quoted words"),
    (SMITHSONIAN, [RARE], RARE, "Today", "means nowadays"),
])
def test_today_in_quoted_words_or_beside_a_present_state_dates_no_day(
        tmp_path: Path, page: str, sentences: list[str], quote: str, wording: str,
        why: str) -> None:
    # the draft proposed the publication day, 2019-11-18, for both
    day = {"kind": "date", "date": "2019-11-18", "relative": wording}
    found = page_errors(tmp_path, page, sentences, "2019-11-18", [{"quote": quote, "value": day}])
    [problem] = found["f0"]
    assert problem.code == "V406" and why in problem.message
    assert "2019" not in problem.hint and "date:" not in problem.hint  # no other day proposed


def test_today_of_the_writers_own_account_is_the_dateline() -> None:
    from generator.reading.nowadays import today_doubt
    for own in ("The president signed the bill today.", "Today, the president signed it.",
                "Today, stocks are down.", "Today, the storm is a Category 1 hurricane."):
        assert today_doubt(own, "today") is None, own
    assert today_doubt("Today, floods are common here.", "Today") is not None
    assert today_doubt('"We meet today," she said.', "today") is not None


def test_draft_proposes_no_day_for_today_that_dates_none(tmp_path: Path) -> None:
    from addtools import generator as run
    root = tmp_path / "sheet"
    page_errors(root, SMITHSONIAN, [RARE], "2019-11-18", [{"quote": RARE, "value": {
        "kind": "text", "text": "rare"}}])
    out = run("draft", "--root", str(root), "a.txt", RARE)
    assert "2019-11-18" not in out.stdout and "means nowadays" in out.stderr


ANNOUNCEMENT = ("Despite Mr. Trump’s Oct. 11 announcement that the United States and China had "
                "reached a “historic” Phase 1 trade agreement, actually signing a deal has "
                "proved elusive.")


def test_a_date_belongs_to_its_possessive_owner(tmp_path: Path) -> None:
    # w19: Trump's announcement day filed under "China", a name in what he announced
    quote = ("Despite Mr. Trump’s Oct. 11 announcement that the United States and China had "
             "reached a “historic” Phase 1 trade agreement")
    day = {"kind": "date", "date": "2019-10-11", "relative": "Oct. 11"}
    found = page_errors(tmp_path, NYT, [ANNOUNCEMENT], "2019-11-18", [
        {"quote": quote, "value": day, "subject": subject} for subject in (
            "China", "Phase 1 deal", "Mr. Trump's announcement", "Phase 1 announcement",
            "Trump")])
    for wrong in ("f0", "f1"):
        [problem] = found[wrong]
        assert problem.code == "V409" and "belongs to Mr. Trump" in problem.message
        assert "e.g. 'Mr. Trump's announcement'" in problem.hint  # applied: f2
    assert (found["f2"], found["f3"], found["f4"]) == ([], [], [])


def test_how_after_a_verb_that_claims_is_no_question() -> None:
    from generator.reading import stance_of
    text = "The minister explained how the firm could save $5 million a year."
    at = text.index("$5 million")
    reading = stance_of(text, at, at + len("$5 million"))
    assert not reading.doubt and "possible" in reading.allowed
    text = "Nobody knows how the firm could save $5 million a year."
    at = text.index("$5 million")
    assert "asked, not claimed" in stance_of(text, at, at + len("$5 million")).doubt
