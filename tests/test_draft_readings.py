"""``draft`` on real news sentences and our own (issue 18): it drafts counts, times of day
and dates resolved the way the check resolves them; every value it proposes passes the
check as written (pasted into a fact file) and is the one the sentence states."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from factcheck_helpers import build

from generator.check.pipeline import check_project
from generator.commands.draft import draft, fact_yaml
from generator.reading import figures_in, normalise

# (sentence, publication date, values the draft must propose, values it must not)
CASES: list[tuple[str, str, list[dict[str, Any]], list[dict[str, Any]]]] = [
    # Real: The New York Times, 18 November 2019 (trial 5): "in annual purchases" is per
    # year, which the check asks for; draft never tried it and proposed nothing.
    ("In a dramatic public retelling in the Cabinet Room, he said he pressed his team to more "
     "than triple that figure, then trimmed that a little and asked for up to $50 billion in "
     "annual purchases.", "2019-11-18",
     [{"kind": "money", "amount": 50, "scale": "billion", "currency": "USD",
       "qualifier": "up to", "per": "year"}],
     [{"kind": "money", "amount": 50, "scale": "billion", "currency": "USD",
       "qualifier": "up to"}]),
    # Our own: "a year" after a sum is per year; "an hour and a half" is 1.5 hours.
    ("The plant pays $3 million a year, and the talks took an hour and a half.", "2019-11-18",
     [{"kind": "money", "amount": 3, "scale": "million", "currency": "USD", "per": "year"},
      {"kind": "quantity", "amount": 1.5, "unit": "h"}],
     [{"kind": "money", "amount": 3, "scale": "million", "currency": "USD"}]),
    # Real: USA TODAY, 14 September 2018 (its text is the Saturday update).
    ("At 2 a.m. EST Saturday, the center of the storm was about 35 miles from Myrtle Beach, "
     "South Carolina, with maximum sustained winds at 50 mph.", "2018-09-15",
     [{"kind": "date", "date": "2018-09-15", "relative": "Saturday", "time": "02:00",
       "zone": "EST"},
      {"kind": "quantity", "amount": 35, "unit": "mi", "qualifier": "about"}],
     [{"kind": "date", "date": "2018-09-15", "relative": "Saturday", "time": "14:00",
       "zone": "EST"}]),
    # Real: USA TODAY, 14 September 2018.
    ("Since marching ashore Friday near Wilmington, North Carolina, as a hurricane, Florence "
     "had claimed five lives, caused widespread flooding and knocked out power to nearly "
     "900,000 homes.", "2018-09-14",
     # "five lives" is drafted as 'life', which the check's noun reader (plural "lifes")
     # does not yet take: it is left out, and never drafted as 'live'.
     [{"kind": "quantity", "amount": 900000, "noun": "home", "qualifier": "about"},
      {"kind": "date", "date": "2018-09-14", "relative": "Friday"}],
     [{"kind": "quantity", "amount": 5, "noun": "live"}]),
    # Real: Fox News, 13 December 2017: a month to come is next year's.
    ("Jones likely won't be seated in Congress until January.", "2017-12-13",
     [{"kind": "date", "date": "..", "end": "2018-01", "relative": "until January"}],
     [{"kind": "date", "date": "..", "end": "2017-01", "relative": "until January"}]),
    # Real: Bloomberg, 13 May 2019.
    ("The tariffs will take effect on June 1, according to a statement on the Ministry of "
     "Finance’s website on Monday.", "2019-05-13",
     [{"kind": "date", "date": "2019-06-01", "relative": "June 1"}],
     [{"kind": "date", "date": "2018-06-01", "relative": "June 1"}]),
    # Real: Fox News, 13 December 2017 (trial 18): a hyphenated "-pound" before a noun is a
    # weight; draft proposed 5,280 GBP, which passed the check.
    ("But he was ousted after refusing to remove a 5,280-pound granite Ten Commandments "
     "monument from the rotunda of the state judicial building.", "2017-12-13",
     [{"kind": "quantity", "amount": 5280, "noun": "pound"}],
     [{"kind": "money", "amount": 5280, "currency": "GBP"}]),
    # Real: USA TODAY, 13 December 2017 (trial 18): "the last week of December" is late
    # December; draft proposed "last week", 4 to 10 December, which the check took.
    ("Alabama Secretary of State John Merrill said on CNN Tuesday night he expects to certify "
     "the election results the last week of December; at the latest, the first week of "
     "January.", "2017-12-13",
     [{"kind": "date", "date": "2017-12", "relative": "the last week of December",
       "qualifier": "late"}],
     [{"kind": "date", "date": "2017-12-04", "end": "2017-12-10", "relative": "last week"}]),
    # Real: National Review, 13 December 2017 (trial 18): draft proposed "1 percent" (it is
    # half of one percent) and "about 6,723 currents" ("the current total"): unsure, it
    # proposes neither.
    ("One half of one percent under the current total would be about 6,723; as you can "
     "see, Moore’s margin is three times the amount that triggers an automatic recount.",
     "2017-12-13", [],
     [{"kind": "quantity", "amount": 1, "unit": "percent"},
      {"kind": "quantity", "amount": 6723, "noun": "current", "qualifier": "about"},
      {"kind": "quantity", "amount": 1, "noun": "half"}]),
    # Real: Times Union (AP), November 2019 (trial 19): "one" is a pronoun and "last month"
    # its date; draft proposed 1 month (and "expected", though the sentence reads two ways).
    ("The planned blackout would be the latest in a series of massive outages by the "
     "country’s largest utility, including one last month that affected nearly 2.5 million "
     "people.", "2019-11-19",
     [{"kind": "date", "date": "2019-10", "relative": "last month"}],
     [{"kind": "quantity", "amount": 1, "noun": "month"}]),
    # Our own: a past clause, a time with its zone, a count.
    ("The ferry sank at 6:12 a.m. local time on Feb. 3, killing 41 people.", "2018-11-12",
     [{"kind": "date", "date": "2018-02-03", "relative": "Feb. 3", "time": "06:12",
       "zone": "local"},
      {"kind": "quantity", "amount": 41, "noun": "person"}],
     [{"kind": "date", "date": "2019-02-03", "relative": "Feb. 3"}]),
    # Real: Reuters, 14 May 2019 (trial 3): "two weeks ago" dates the trip, a time gone by;
    # draft proposed a duration of 2 weeks, 'possible' under the "if". "three or four
    # weeks" is the range it now drafts, expected ("should be clear").
    ("Speaking several hours later at a dinner gathering at the White House, Trump said it "
     "should be clear in “three or four weeks” if a U.S. trade delegation’s trip to Beijing "
     "two weeks ago was successful.", "2019-05-14",
     [{"kind": "quantity", "min": 3, "max": 4, "unit": "week"}],
     [{"kind": "quantity", "amount": 2, "unit": "week"},
      {"kind": "quantity", "amount": 4, "unit": "week"}]),
    # Real: Reuters, 14 May 2019: a range of rates, drafted as one value.
    ("China said on Monday it planned to set import tariffs ranging from 5% to 25% on 5,140 "
     "U.S. products on a $60 billion target list.", "2019-05-14",
     [{"kind": "quantity", "min": 5, "max": 25, "unit": "percent"},
      {"kind": "quantity", "amount": 5140, "noun": "product"}],
     [{"kind": "quantity", "amount": 25, "unit": "percent"}]),
    # Our own: unsure which way it points, so no year is drafted at all.
    ("Talks in Geneva on Feb. 3.", "2018-11-12",
     [{"kind": "date", "date": "XXXX-02-03"}],
     [{"kind": "date", "date": "2018-02-03", "relative": "Feb. 3"},
      {"kind": "date", "date": "2019-02-03", "relative": "Feb. 3"}]),
]


def _project(root: Path, sentence: str, published: str) -> Path:
    return build(root, {"a.txt": sentence + "\n"}, {},
                 {"a.txt": {"basis": "stated", "date": published}})


@pytest.mark.parametrize(("sentence", "published", "wanted", "refused"), CASES,
                         ids=[case[0][:40] for case in CASES])
def test_draft_proposes_what_the_sentence_states(tmp_path: Path, sentence: str, published: str,
                                                 wanted: list[dict[str, Any]],
                                                 refused: list[dict[str, Any]]) -> None:
    root = _project(tmp_path / "p", sentence, published)
    outcome = draft(root, "a.txt", sentence)
    proposed = [{k: (int(v) if k == "amount" and v == int(v) else v) for k, v in value.items()}
                for value in outcome.passing]
    for value in wanted:
        assert value in proposed, (value, proposed, outcome.failing)
    for value in refused:
        assert value not in proposed, (value, proposed)
    # Every proposed value, pasted as a fact with its stance, passes the check as written.
    facts = "facts:\n" + "".join(
        fact_yaml(f"drafted-{index}", "a.txt", "S", "p", sentence, value,
                  outcome.stances.get(_key(value), "stated"))
        for index, value in enumerate(outcome.passing))
    (root / "facts" / "drafted.yml").write_text(facts, encoding="utf-8")
    result = check_project(root)
    assert not result.report.errors, [p.text for p in result.report.errors]


def test_the_drafted_range_is_expected_where_it_should_be_clear(tmp_path: Path) -> None:
    """Trial 3: the stance drafted for "should be clear in three or four weeks if ..." is
    the one the text gives (the "if" asks whether; it is no condition)."""
    sentence = next(case[0] for case in CASES if "three or four weeks" in case[0])
    outcome = draft(_project(tmp_path / "p", sentence, "2019-05-14"), "a.txt", sentence)
    weeks = {"kind": "quantity", "min": 3, "max": 4, "unit": "week"}
    assert outcome.choices[_key(weeks)] == frozenset({"expected"})


def _key(value: dict[str, Any]) -> str:
    from generator.commands.draft import value_yaml

    return value_yaml(value)


def test_a_sentence_that_reads_two_ways_gets_no_stance_from_draft(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Where the sentence allows more than one stance (the value heads a relative clause:
    the workers were laid off, stated; the hiring is possible), draft used to print the
    first in the alphabet ('expected'), a stance the text may not give, which then passes.
    It now writes no stance the editor could paste unread: 'TODO' (which the check
    refuses) and the choices. (Trial 19 met it on the PG&E sentence, "including one last
    month", which now reads as stated: a time gone by is no expectation.)"""
    from generator.__main__ import main

    sentence = "The plan would hire 300 workers who were laid off in March."
    root = _project(tmp_path / "p", sentence, "2019-11-19")
    outcome = draft(root, "a.txt", sentence)
    assert len(outcome.choices[_key(outcome.passing[0])]) > 1
    capsys.readouterr()
    assert main(["draft", "--root", str(root), "a.txt", sentence]) == 0
    printed = capsys.readouterr().out
    assert "    stance: TODO\n" in printed
    assert "stance may be expected or possible or stated" in printed
    # Pasted unread, the TODO is refused by the check, so no stance is published by default.
    facts = "facts:\n" + "\n".join(line for line in printed.splitlines()
                                     if line.startswith("  ")) + "\n"
    (root / "facts" / "drafted.yml").write_text(facts, encoding="utf-8")
    assert check_project(root).report.errors


def test_a_share_in_words_is_no_count_and_a_century_no_decade(tmp_path: Path) -> None:
    """Real: Smithsonian, 18 November 2019 (trial 5): "nearly one-third" was drafted as
    {1, third} (and listed by uncovered as "one"); "the 1300s" is a century, no decade."""
    sentence = ("Over the centuries, plague has killed millions of people around the world, "
                "most famously during the Black Death, which wiped out nearly one-third of "
                "Europe\u2019s population in the 1300s.")
    outcome = draft(_project(tmp_path / "p", sentence, "2019-11-18"), "a.txt", sentence)
    assert outcome.passing == []
    assert figures_in(normalise(sentence)) == []
    # Our own: a share with an exact percentage is read as one; a plain count still is.
    assert [(f.amount, f.unit) for f in figures_in(normalise("one-fifth of 40 homes"))] == [
        (20, "percent"), (40, None)]
