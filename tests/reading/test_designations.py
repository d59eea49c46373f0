"""Designations are names, not figures (reading/designations.py, data/designations.json).

Coverage (C504, ``uncovered``) and the free-text rule (E701) ask the same question, so a
model number, index name or gallery counter is neither a mention to account for nor a
figure a fact must back. Real sentences from ../shared/real-articles (checked verbatim
against the article) and our own.
"""

from __future__ import annotations

import pytest
from factcheck_helpers import real_articles

from generator.reading import figures_in, normalise
from generator.reading.article_reading import article_mentions
from generator.reading.references import analyse, sentences

# (article, sentence, the figures coverage counts in it, as written)
REAL = [
    ("china-us-tariffs-2019-05/04_guardian_6RfuVxZW1tUkhfMH.txt",
     "In London, the blue-chip FTSE 100 fell 39 points, or 0.55%, to end Monday at 7,163",
     ["39", "0.55%", "7,163"]),
    ("china-us-tariffs-2019-05/04_guardian_6RfuVxZW1tUkhfMH.txt",
     "The Dow Jones industrial average lost more than 600 points, both it and the S&P 500 "
     "recording their biggest losses since January",
     ["600"]),
    ("hurricane-florence-2018/01_cnn_7u7escE0fszhnH1C.txt",
     "An officer with the South Carolina State Highway Patrol marks the water level of "
     "Highway 22 on Saturday. Hide Caption 6 of 72",
     []),
]

# Our own: (sentence, the figures counted in it)
OWN = [
    ("Emirates ordered 30 Boeing 787 jets.", ["30"]),
    ("The 787-9 jet seats 242 to 330 passengers.", ["242", "330"]),
    ("It ordered 50 Airbus A350-900 jets.", ["50"]),
    ("Two 737 Max 8 jets crashed within five months.", ["Two", "five months"]),
    ("Ethiopian Airlines Flight 302 crashed.", []),
    ("Image 1 of 2", []),
    # the total of a counter counts where a noun follows it
    ("Hide Caption 1 of 72 Photos", ["72"]),
    ("The 777 program has faced delays.", []),
    # a model number that counts something is still a figure
    ("A flood displaced 787 people.", ["787"]),
    ("PG&E cut power to 375,000 people.", ["375,000"]),
]


def _coverage_figures(text: str) -> list[str]:
    plain = normalise(text)
    return [plain[s:e] for kind, s, e in article_mentions(plain) if kind == "figure"]


def _e701_figures(text: str) -> list[str]:
    return [m.text for m in analyse(text).mentions if m.kind == "figure"]


@pytest.mark.parametrize(("article", "sentence", "counted"), REAL,
                         ids=[s[:40] for _, s, _ in REAL])
def test_real_designations_are_not_figures(article: str, sentence: str,
                                           counted: list[str]) -> None:
    assert sentence in (real_articles() / article).read_text("utf-8")
    assert _coverage_figures(sentence) == counted


@pytest.mark.parametrize(("sentence", "counted"), OWN, ids=[s for s, _ in OWN])
def test_own_designations_are_not_figures(sentence: str, counted: list[str]) -> None:
    assert _coverage_figures(sentence) == counted


@pytest.mark.parametrize("sentence", [s for _, s, _ in REAL] + [s for s, _ in OWN])
def test_coverage_and_e701_agree_on_what_is_a_figure(sentence: str) -> None:
    """E701 reads the editor's words the way coverage reads the article's: a number that
    coverage calls a designation is no figure E701 asks a fact to back."""
    plain = normalise(sentence)
    designations = {plain[s:e] for kind, s, e in article_mentions(plain)} ^ {
        plain[f.start:f.end] for f in figures_in(plain)}
    assert set(_e701_figures(sentence)) <= set(_coverage_figures(sentence)) | designations
    for word in ("787", "737", "302", "100", "500", "72", "8"):
        if word not in _coverage_figures(sentence):
            assert word not in _e701_figures(sentence)


def test_pg_and_e_is_one_name() -> None:
    names = [m.text for m in analyse("PG&E cut power to 375,000 people.").mentions
             if m.kind == "name"]
    assert names == ["PG&E"]


@pytest.mark.parametrize(("article", "text", "pieces"), [
    ("alabama-senate-election-2017-12/03_usatoday_0omrIAB5ZeiAafLG.txt",
     "Not a single public poll showed Jones leading Moore prior to the Washington Post's "
     "explosive story quoting Moore's accusers on the record Nov. 9.", 1),
    ("hurricane-florence-2018/06_usatoday_Vci5vOw8DLYaJrYy.txt",
     "The National Weather Service forecasts the river to reach flood stage at Manchester "
     "after 2 a.m. ET Sunday and crest Monday morning at 35.4 feet.", 1),
    ("hurricane-florence-2018/02_usatoday_NSf2xoExRcg2qpCy.txt",
     "At 2 a.m. EST Saturday, the center of the storm was about 35 miles from Myrtle Beach, "
     "South Carolina, with maximum sustained winds at 50 mph. It was moving at a paltry 5 mph.",
     2),
])
def test_sentences_go_on_after_a_month_or_a_time(article: str, text: str, pieces: int) -> None:
    assert text in (real_articles() / article).read_text("utf-8")
    assert len(sentences(text)) == pieces


def test_a_time_can_still_end_a_sentence() -> None:
    assert len(sentences("The storm hit at 5 a.m. The rain went on.")) == 2
    assert len(sentences("NASA had until Nov. 1 to pick them. Then it chose.")) == 2
