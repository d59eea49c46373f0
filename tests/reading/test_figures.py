"""Figures: numbers with currency, scale, unit, noun, rate and qualifier (reading/figures.py)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from generator.reading import (
    figures_in,
    normalise,
    numbers_in,
    parse_number,
    qualifier_before,
)

# ---------------------------------------------------------------------------------------
# Numbers: whole tokens only


def amounts(text: str) -> list[Decimal]:
    return [figure.amount for figure in figures_in(text)]


@pytest.mark.parametrize("text", ["on purchases of S-400 systems", "the F-35 fighter jets",
                                  "(NATO reporting name: SA-21 Growler)"])
def test_a_designation_is_a_name_not_a_count(text: str) -> None:
    """ "S-400 systems" names a system; it does not count 400 of them."""
    assert amounts(text) == []


@pytest.mark.parametrize(("text", "absent", "present"), [
    ("targets at a distance of 400 kilometers", Decimal(40), Decimal(400)),
    ("a possible 3.5 billion deal", Decimal(3), Decimal("3.5")),
    ("would cost $13.5 billion", Decimal("3.5"), Decimal("13.5")),
    ("In 2012, the army ordered", Decimal(12), Decimal(2012)),
    ("paid 1,200 dollars", Decimal(200), Decimal(1200)),
    ("version 12b of the system, 400 units", Decimal(12), Decimal(400)),
])
def test_a_number_inside_a_larger_token_is_not_a_number(
        text: str, absent: Decimal, present: Decimal) -> None:
    assert absent not in amounts(text)
    assert present in amounts(text)
    assert absent not in numbers_in(text)


@pytest.mark.parametrize(("token", "value"), [
    ("two", 2), ("Twelve", 12), ("twenty-two", 22), ("a dozen", 12), ("1,200", 1200),
    ("3.5", Decimal("3.5")), ("0.25", Decimal("0.25")), ("nonsense", None),
])
def test_parse_number(token: str, value: int | Decimal | None) -> None:
    assert parse_number(token) == (None if value is None else Decimal(value))


def one(text: str) -> tuple[Decimal, str | None, str | None, str | None, str]:
    figures = [f for f in figures_in(text)]
    assert len(figures) == 1, figures
    f = figures[0]
    return (f.amount, f.scale, f.currency, f.unit, f.qualifier)


@pytest.mark.parametrize(("text", "expected"), [
    ("exceeded two billion US dollars", (Decimal(2), "billion", "USD", None, "over")),
    ("a possible $ 3.5 billion deal", (Decimal("3.5"), "billion", "USD", None, "exact")),
    ("a $3.4-billion contract", (Decimal("3.4"), "billion", "USD", None, "exact")),
    ("(£2.77 billion)", (Decimal("2.77"), "billion", "GBP", None, "exact")),
    ("US$2.5 bn", (Decimal("2.5"), "billion", "USD", None, "exact")),
    ("USD 4 billion", (Decimal(4), "billion", "USD", None, "exact")),
    ("$1.2bn over a decade", (Decimal("1.2"), "billion", "USD", None, "exact")),
    ("€5m in fees", (Decimal(5), "million", "EUR", None, "exact")),
    ("300 million pounds", (Decimal(300), "million", "GBP", None, "exact")),
    ("40 billion rubles", (Decimal(40), "billion", "RUB", None, "exact")),
    ("10 million roubles", (Decimal(10), "million", "RUB", None, "exact")),
    ("as far as 402 kilometers away", (Decimal(402), None, None, "km", "up to")),
    ("up to 30 kilometers", (Decimal(30), None, None, "km", "up to")),
    ("some 12 systems", (Decimal(12), None, None, None, "about")),
    ("more than 1,000 targets", (Decimal(1000), None, None, None, "over")),
    ("a range of 400km", (Decimal(400), None, None, "km", "exact")),
    ("a 400 m runway", (Decimal(400), None, None, "m", "exact")),
    ("twenty-two missiles", (Decimal(22), None, None, None, "exact")),
    ("growth of -2 percent", (Decimal(-2), None, None, "percent", "exact")),
])
def test_figures_with_currency_scale_unit_and_qualifier(
        text: str, expected: tuple[Decimal, str | None, str | None, str | None, str]) -> None:
    assert one(text) == expected


def test_currencies_dollar_forms_are_all_usd() -> None:
    for text in ("$2 billion", "US$2 billion", "USD 2 billion", "2 billion US dollars",
                 "2 billion dollars", "2 billion USD", "2 billion U.S. dollars"):
        assert one(text)[:3] == (Decimal(2), "billion", "USD"), text


def test_currencies_pound_forms_are_all_gbp() -> None:
    for text in ("£2 billion", "2 billion pounds", "GBP 2 billion", "2 billion pounds sterling"):
        assert one(text)[:3] == (Decimal(2), "billion", "GBP"), text


def test_currency_codes_count_only_in_capitals() -> None:
    assert one("they try 5 missiles") == (Decimal(5), None, None, None, "exact")
    assert one("3 million try to enter")[:3] == (Decimal(3), "million", None)
    assert one("TRY 5 billion")[:3] == (Decimal(5), "billion", "TRY")
    assert one("5 billion lira")[:3] == (Decimal(5), "billion", "TRY")
    assert one("4 billion rub")[2] is None
    assert one("4 billion RUB")[2] == "RUB"


def test_scale_words_billion_and_million_differ() -> None:
    assert one("$3.5 billion")[1] == "billion"
    assert one("$3.5 million")[1] == "million"
    assert one("$3.5 trillion")[1] == "trillion"
    assert one("$3.5")[1] is None


def test_hyphens_inside_names_are_not_minus_signs() -> None:
    assert amounts("a budget of 400-500 units") == [Decimal(400), Decimal(500)]
    assert amounts("in 2018-19") == [Decimal(2018), Decimal(19)]


@pytest.mark.parametrize(("words", "qualifier"), [
    ("exceeded", "over"), ("more than", "over"), ("over", "over"), ("above", "over"),
    ("as far as", "up to"), ("up to", "up to"), ("within", "up to"),
    ("about", "about"), ("around", "about"), ("some", "about"), ("nearly", "about"),
    ("the", "exact"), ("", "exact"),
])
def test_qualifier_before_a_figure(words: str, qualifier: str) -> None:
    text = f"it {words} 400 kilometers"
    assert qualifier_before(text, text.index("400")) == qualifier
    assert one(text)[4] == qualifier


def test_qualifier_must_stand_right_before_the_figure() -> None:
    text = "more than ever, it flies 400 kilometers"
    assert one(text)[4] == "exact"



# Readings a careless or hostile editor could otherwise use to support a wrong value.
@pytest.mark.parametrize(("text", "expected"), [
    ("The range is not 400 km as claimed.", [("400", "km", "negated")]),
    ("it never exceeded two billion US dollars", [("2", None, "negated")]),
    ("$2bn-$3bn", [("2", None, "range"), ("3", None, "range")]),
    ("between $2 billion and $3 billion", [("2", None, "range"), ("3", None, "range")]),
    ("from 300 km to 400 km", [("300", "km", "range"), ("400", "km", "range")]),
    ("300 or 400 km", [("300", "km", "range"), ("400", "km", "range")]),
    ("either 300 or 400 km", [("300", "km", "alternative"), ("400", "km", "alternative")]),
    ("bought 2 systems and 4 launchers", [("2", None, "exact"), ("4", None, "exact")]),
    ("two dozen launchers", []),
    ("half a dozen launchers", []),
    ("several hundred missiles", []),
    ("thirty five km", []),
    ("~400 km", [("400", "km", "about")]),
    ("<400 km", [("400", "km", "under")]),
    ("400 km or so", [("400", "km", "about")]),
    ("400 km at least", [("400", "km", "at least")]),
    ("more than a reported 400 km", [("400", "km", "over")]),
    ("No. 400 missiles", []),
    ("#400 missiles", []),
    ("the S 400 systems", []),
    ("fired at 10:30 h local time", []),
    ("$5 per share", [("5", None, "exact")]),
    ("pay $2 billion a year", [("2", None, "exact")]),
])
def test_figures_that_claim_something_else(text: str,
                                           expected: list[tuple[str, str | None, str]]) -> None:
    found = [(str(f.amount), f.unit, f.qualifier) for f in figures_in(normalise(text))]
    assert found == expected


def test_mn_is_a_scale_word() -> None:
    [figure] = figures_in("worth $300 mn in the end")
    assert (figure.amount, figure.scale, figure.currency) == (Decimal(300), "million", "USD")

