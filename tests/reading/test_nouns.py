"""Counted nouns (reading/nouns.py): singular or plural, after a few adjectives."""

from __future__ import annotations

import pytest

from generator.reading import counts, figures_in, plural


@pytest.mark.parametrize(("singular", "plural_form"), [
    ("battery", "batteries"), ("launcher", "launchers"), ("bus", "buses"), ("day", "days"),
    ("aircraft", "aircraft"), ("person", "people"), ("box", "boxes"),
])
def test_plural(singular: str, plural_form: str) -> None:
    assert plural(singular) == plural_form


@pytest.mark.parametrize(("text", "noun", "expected"), [
    ("four Patriot batteries", "battery", True),
    ("one battery", "battery", True),
    ("40 armoured personnel carriers", "carrier", True),
    ("50 cars", "car", True),
    ("50 cars", "truck", False),
    ("50 of the cars", "car", True),        # a partitive counts a part of the cars
    ("16 new S-400 batteries", "battery", True),  # a designation is one adjective
    ("four S-400 batteries and twenty-four launchers", "battery", True),
    ("two F-35A jets", "jet", True),
    ("16 new 400-km missiles", "missile", True),  # a measure is one adjective
    ("16 new 400-km missiles", "km", False),
    ("5 very old rusty broken cars", "car", False),  # more than three adjectives
])
def test_a_count_names_its_noun(text: str, noun: str, expected: bool) -> None:
    figure = figures_in(text)[0]
    assert counts(figure.counted, noun) is expected


@pytest.mark.parametrize(("plural_form", "singular_form"), [
    ("cases", "case"), ("houses", "house"), ("responses", "response"), ("nurses", "nurse"),
    ("buses", "bus"), ("viruses", "virus"), ("campuses", "campus"), ("classes", "class"),
    ("gases", "gas"), ("batteries", "battery"), ("boxes", "box"), ("lives", "life"),
    ("people", "person"), ("launchers", "launcher"),
])
def test_the_singular_a_hint_or_draft_proposes(plural_form: str, singular_form: str) -> None:
    # A trial user was offered "noun: cas" for "3,248 cases" (Smithsonian, 2019).
    from generator.reading.phrases import singular

    assert singular(plural_form) == singular_form


def test_the_irregular_plurals_are_data_and_read_both_ways() -> None:
    """data/plurals.json: each irregular forms its plural and reads back to its singular
    ('lives' is life, not 'live' or 'lifes'; 'aircraft' is its own plural)."""
    import json
    from pathlib import Path

    import generator.reading.nouns as nouns_module
    from generator.reading.nouns import plural
    from generator.reading.phrases import singular

    data = json.loads((Path(nouns_module.__file__).parent / "data" / "plurals.json")
                      .read_text("utf-8"))
    assert data["irregular"]["life"] == "lives"
    for one, many in data["irregular"].items():
        assert plural(one) == many
        assert singular(many) == one
    for many, one in data["singular_of"].items():
        assert singular(many) == one and plural(one) == many


@pytest.mark.parametrize(("text", "figure", "counted"), [
    # USA TODAY, 15 September 2018: the verb is no noun the 13 count
    ("Those 13 blossomed into nearly 40 rescues after soldiers discovered retirees trapped "
     "in a community nearby.", "13", ""),
    ("Those 13 blossomed into nearly 40 rescues after soldiers discovered retirees trapped "
     "in a community nearby.", "40", "rescues"),
    # Reuters, 13 May 2019: a number of many before a singular noun and its verb names
    # the index, it counts nothing
    ("Standard & Poor's 500 index slipped 2.4%, while the tech-heavy Nasdaq was down 3.4%.",
     "500", ""),
    # our own: the count's verb ends the run; a person predicate is still a count
    ("The 12 fell into the river.", "12", ""),
    ("Three trucks crashed on the bridge.", "Three", "trucks"),
    ("At least 300 injured were taken to hospital.", "300", "injured"),
])
def test_a_past_tense_is_no_counted_noun(text: str, figure: str, counted: str) -> None:
    found = [f for f in figures_in(text) if f.written == figure]
    assert found, [f.written for f in figures_in(text)]
    assert found[0].counted.written == counted, found[0].counted


@pytest.mark.parametrize(("text", "figure", "counted"), [
    # USA TODAY, 15 September 2018 (hurricane-florence/): '20-seater' names the trucks by
    # their seats; it counts no seaters, and no trucks
    ("National Guard troops used a tan, 20-seater FMTV trucks to help save 13 people "
     "crammed in a pickup truck trying to drive down knee-deep waters.", "20", ""),
    ("National Guard troops used a tan, 20-seater FMTV trucks to help save 13 people "
     "crammed in a pickup truck trying to drive down knee-deep waters.", "13", "people"),
    # our own: a number hyphened to a counted noun still counts it
    ("The agency sent an 18-wheeler and a 40-page report.", "18", ""),
    ("The agency sent an 18-wheeler and a 40-page report.", "40", "page"),
    ("Two 20-seater buses left.", "Two", "20-seater buses"),
])
def test_a_numbered_name_counts_nothing(text: str, figure: str, counted: str) -> None:
    found = [f for f in figures_in(text) if f.written == figure]
    assert found, [f.written for f in figures_in(text)]
    assert found[0].counted.written == counted, found[0].counted
