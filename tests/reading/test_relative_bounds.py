"""The words around a relative wording (issue 18, OPEN.txt's date-yearless-future cases):
"at the latest" closes it at the date beside it and "at the earliest" opens it there; a
negated "before" in the verb group opens it at the bound ("would not be seated before the
end of the year"); "the end of the year" (this, next or last; of the month; of a weekend
the text is written in) is that period's last day; "or so" hedges the far end, which the
value must say (`end_qualifier: about`); a weekday before a day without a year tells the
year (florence-114's caption); "the middle of next week" is about its Wednesday
(florence-44, florence-136). The real sentences are in the table
(alabama-28, alabama-83, tariffs-22, florence-135); these are the readings on their own and
our own sentences, through the whole check.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from factcheck_helpers import real_articles
from sentence_table import Case, Fact, run_table

from generator.reading import find_whole, normalise
from generator.reading.relative_bounds import (
    deadline,
    negated_before,
    period_end,
    unhedged,
    week_middle,
    weekday_before,
)
from generator.reading.stance import stance_of
from generator.reading.tense import direction

MERRILL = ("Alabama Secretary of State John Merrill said on CNN Tuesday night he expects to "
           "certify the election results the last week of December; at the latest, the "
           "first week of January.")
MCCONNELL = ("The Republican push for tax reform should not be affected, since McConnell had "
             "already indicated that the winner in Alabama would not be seated before the end "
             "of the year.")
EMERALD = "Floodwaters are seen on North Carolina's Emerald Isle on Sunday, September 16."
WALBOURNE = ("Maura Walbourne sits in the front of a canoe as she looks inside her flooded home "
             "in Conway, South Carolina, on Sunday, September 23.")
# A real negated "before" that is no date: USA TODAY, Hurricane Florence.
HAMPSTEAD = ("In addition, a woman in Hampstead suffered a heart attack Friday morning, but "
             "emergency crews hampered by downed trees in the road could not reach her before "
             "she died, ABC News reports")


@pytest.mark.parametrize(("quote", "phrase", "opened"), [
    (MERRILL, "the first week of January", "start"),
    ("The ministry expects the deal to be signed by Friday at the latest.", "Friday", "start"),
    ("The talks will resume in June at the earliest, officials said.", "June", "end"),
    ("The latest figures from June show a rise.", "June", None),
    ("He left the last week of December.", "the last week of December", None),
])
def test_a_limit_phrase_beside_the_wording(quote: str, phrase: str, opened: str | None) -> None:
    assert deadline(quote, phrase) == opened


@pytest.mark.parametrize(("quote", "phrase", "negated"), [
    (MCCONNELL, "before the end of the year", True),
    ("The plant won't reopen before the end of the month.", "before the end of the month",
     True),
    (HAMPSTEAD, "before she died", True),
    # the negation is in another clause, or negates a noun, or there is none
    ("The plant, which did not close, reopened before March.", "before March", False),
    ("Not a single poll showed Jones leading before Nov. 9.", "before Nov. 9", False),
    ("The plant reopened before March.", "before March", False),
    (MCCONNELL, "the end of the year", False),
])
def test_a_negated_before(quote: str, phrase: str, negated: bool) -> None:
    assert negated_before(quote, phrase) is negated


@pytest.mark.parametrize(("point", "published", "day"), [
    ("the end of the year", "2017-12-13", "2017-12-31"),
    ("the end of next year", "2019-05-13", "2020-12-31"),
    ("the end of the month", "2019-02-10", "2019-02-28"),
    ("the end of next month", "2019-12-10", "2020-01-31"),
    ("the end of the weekend", "2018-09-15", "2018-09-16"),
    ("the end of the weekend", "2018-09-16", "2018-09-16"),
    # on a weekday "the weekend" may be the one gone by or the one to come
    ("the end of the weekend", "2018-09-14", None),
    ("the end of the month", "2019", None),
    ("the end of the war", "2019-05-13", None),
])
def test_the_end_of_a_period(point: str, published: str, day: str | None) -> None:
    assert period_end(point, published) == day


@pytest.mark.parametrize(("quote", "phrase", "weekday"), [
    (EMERALD, "September 16", "sunday"),
    ("The plant closed on Monday 13 May.", "13 May", "monday"),
    ("The plant closed on September 16.", "September 16", None),
    ("It was the wettest Monday; September 16 was drier.", "September 16", None),
    ("It rained on Sunday, September 16, and on September 16 a year later.", "September 16",
     None),
])
def test_the_weekday_before_a_day(quote: str, phrase: str, weekday: str | None) -> None:
    assert weekday_before(quote, phrase) == weekday


@pytest.mark.parametrize(("phrase", "weeks"), [
    ("in the middle of next week", 1), ("the middle of this week", 0),
    ("the middle of last week", -1), ("the middle of the week", None),
    ("the middle of March", None), ("next week", None),
])
def test_the_middle_of_a_week(phrase: str, weeks: int | None) -> None:
    assert week_middle(phrase) == weeks


def test_or_so_hedges_the_wording() -> None:
    assert unhedged("in the next month or so") == "in the next month"
    assert unhedged("in the next month") is None
    assert unhedged("or so") is None


def _case(n: int, sentence: str, published: str,
          facts: list[tuple[dict[str, Any], str | None, str]]) -> Case:
    return Case(name=f"own-{n}", sentence=sentence, article="own", published=published,
                family="date-yearless-future", facts=tuple(
                    Fact(id=f"own-{n}-f{i}", value={"kind": "date", **value}, quote=sentence,
                         subject="S", property="p", stance=stance, expect=expect, why="",
                         needs=None)
                    for i, (value, stance, expect) in enumerate(facts, start=1)))


OWN = [
    _case(1, "The agency said the plant would not reopen before the end of the month.",
          "2019-05-13", [
              ({"date": "2019-05-31", "end": "..", "relative": "before the end of the month"},
               "expected", "pass"),
              ({"date": "..", "end": "2019-05-31", "relative": "before the end of the month"},
               "expected", "fail"),
              ({"date": "2019-05-31", "end": "..", "relative": "before the end of the month"},
               "denied", "fail")]),
    _case(2, "The agency said the plant would reopen before the end of next year.",
          "2019-05-13", [
              ({"date": "..", "end": "2020-12-31", "relative": "before the end of next year"},
               "expected", "pass"),
              ({"date": "2020-12-31", "end": "..", "relative": "before the end of next year"},
               "expected", "fail")]),
    _case(3, "The ministry expects the deal to be signed by Friday at the latest.",
          "2019-05-13", [
              ({"date": "..", "end": "2019-05-17", "relative": "Friday"}, "expected", "pass"),
              ({"date": "2019-05-17", "end": "..", "relative": "Friday"}, "expected", "fail"),
              ({"date": "..", "end": "2019-05-10", "relative": "Friday"}, "expected", "fail")]),
    _case(4, "The talks will resume in June at the earliest, officials said.", "2019-05-13", [
        ({"date": "2019-06", "end": "..", "relative": "June"}, "expected", "pass"),
        ({"date": "..", "end": "2019-06", "relative": "June"}, "expected", "fail")]),
    _case(5, "The levy will be lifted within the next year or so.", "2019-05-13", [
        ({"date": "2019-05-13", "end": "2020-05-13", "end_qualifier": "about",
          "relative": "within the next year or so"}, "expected", "pass"),
        ({"date": "2019-05-13", "end": "2020-05-13", "relative": "within the next year or so"},
         "expected", "fail")]),
    # No negation in the verb group: "before" keeps its deadline.
    _case(6, "Not a single poll showed Jones leading before the end of the month.",
          "2017-11-20", [
              ({"date": "2017-11-30", "end": "..", "relative": "before the end of the month"},
               None, "fail")]),
    # A quote with a verb of its own is not dated by its neighbour: "are racing" in the
    # present says nothing of the way, and "has already been" is another clause's.
    # A day without a year given with its weekday: the year whose day falls on it (CNN's
    # photo captions, written after the dateline; the table's florence-114 is another).
    _case(8, EMERALD, "2018-09-14", [
        ({"date": "2018-09-16", "relative": "September 16"}, None, "pass"),
        ({"date": "2017-09-16", "relative": "September 16"}, None, "fail")]),
    _case(9, WALBOURNE, "2018-09-14", [
        ({"date": "2018-09-23", "relative": "September 23"}, None, "pass")]),
    _case(10, "The plant closed on Monday 13 May.", "2019-05-14", [
        ({"date": "2019-05-13", "relative": "13 May"}, None, "pass"),
        ({"date": "2020-05-13", "relative": "13 May"}, None, "fail")]),
    # neither 13 May 2019 (a Monday) nor 13 May 2020 (a Wednesday) is a Tuesday
    _case(11, "The plant closed on Tuesday, May 13.", "2019-05-14", [
        ({"date": "2019-05-13", "relative": "May 13"}, None, "fail")]),
    # the tense points to 2020, the weekday to 2019: the reader cannot tell
    _case(12, "The plant will reopen on Monday, May 13.", "2019-05-14", [
        ({"date": "2020-05-13", "relative": "May 13"}, "expected", "fail"),
        ({"date": "2019-05-13", "relative": "May 13"}, "expected", "fail")]),
    _case(7, "Republicans are racing to get a massive tax cut passed before Christmas, and "
          "their majority has already been wobbly.", "2017-12-13", [
              ({"date": "..", "end": "2016-12-25", "relative": "before Christmas"}, None,
               "fail")]),
]


def test_our_own_sentences_through_the_check(tmp_path: Path) -> None:
    outcomes = run_table(OWN, tmp_path)
    wrong = {fact.id: errors for outcome in outcomes.values()
             for fact, errors in outcome.wrong()}
    assert not wrong, wrong


# USA TODAY (the table's alabama-29: the hint proposed Christmas 2016) and a CNN caption.
RACING = ("Republicans are racing to get a massive tax cut passed before Christmas, and their "
          "majority has already been wobbly, with several Republican senators hinting they "
          "may not vote for the bill.")
CAPTION = "A boat is wedged in trees Friday in Oriental, North Carolina, in a photo from Angie " \
          "Propst."


@pytest.mark.parametrize(("sentence", "phrase", "way"), [
    (RACING, "Christmas", None),
    (CAPTION, "Friday", None),
    # a clause with no verb of its own still leans on its neighbour
    ("On Tuesday, the plant closed.", "Tuesday", "back"),
    ("The storm will reach Columbia, early Sunday.", "Sunday", "forward"),
])
def test_a_present_verb_dates_nothing(sentence: str, phrase: str, way: str | None) -> None:
    text = normalise(sentence)
    start = text.index(phrase)
    found = direction(text, start, start + len(phrase))
    assert found.way == way, found
    if way is None:
        assert "present" in found.why


@pytest.mark.parametrize(("article", "sentence"), [
    ("alabama-senate-election-2017-12/03_usatoday_0omrIAB5ZeiAafLG.txt", MERRILL),
    ("alabama-senate-election-2017-12/03_usatoday_0omrIAB5ZeiAafLG.txt", RACING),
    ("alabama-senate-election-2017-12/05_thehill_PW2TfooHM11ncQv4.txt", MCCONNELL),
    ("hurricane-florence-2018/02_usatoday_NSf2xoExRcg2qpCy.txt", HAMPSTEAD),
    ("hurricane-florence-2018/01_cnn_7u7escE0fszhnH1C.txt", CAPTION),
    ("hurricane-florence-2018/01_cnn_7u7escE0fszhnH1C.txt", EMERALD),
    ("hurricane-florence-2018/01_cnn_7u7escE0fszhnH1C.txt", WALBOURNE),
])
def test_the_real_sentences_stand_in_their_articles(article: str, sentence: str) -> None:
    text = (real_articles() / article).read_text("utf-8")
    assert find_whole(normalise(text), normalise(sentence))


@pytest.mark.parametrize(("sentence", "value", "allowed"), [
    (MERRILL, "the first week of January", {"expected"}),
    ("The plant will reopen in March; at the latest, in April.", "April", {"expected"}),
    # a clause after the semicolon with a verb of its own keeps its own stance
    ("The plant will reopen in March; the mill closed in April.", "April", {"stated"}),
])
def test_a_verbless_clause_after_a_semicolon_takes_the_one_before(
        sentence: str, value: str, allowed: set[str]) -> None:
    text = normalise(sentence)
    start = text.index(value)
    assert set(stance_of(text, start, start + len(value), is_date=True).allowed) == allowed
