"""Numbers in words (reading/words.py) and their round trip through the parser."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.reading import figures_in, in_words, parse_number, read_words


@pytest.mark.parametrize(("text", "value"), [
    ("one hundred and five", 105), ("ninety-nine", 99), ("two thousand and nineteen", 2019),
    ("twenty-two", 22), ("a hundred", 100), ("one hundred", 100), ("seven", 7),
    ("one million two hundred thousand", 1_200_000), ("three hundred and forty-five", 345),
])
def test_compound_number_words(text: str, value: int) -> None:
    assert parse_number(text) == Decimal(value)


@pytest.mark.parametrize(("text", "amount", "scale"), [
    ("one and a half billion euros", Decimal("1.5"), "billion"),
    ("a billion dollars", Decimal(1), "billion"),
    ("two billion US dollars", Decimal(2), "billion"),
    ("sixteen thousand tonnes", Decimal(16), "thousand"),
    ("a million dollars", Decimal(1), "million"),
])
def test_a_trailing_scale_word_is_the_scale(text: str, amount: Decimal, scale: str) -> None:
    figure = figures_in(text)[0]
    assert (figure.amount, figure.scale) == (amount, scale)


@pytest.mark.parametrize("text", ["a", "a car", "and", "first", "thirty five", "hundreds"])
def test_what_is_not_a_number_in_words(text: str) -> None:
    found = read_words(text, 0)
    assert found is None or found.end < len(text)


def test_a_dozen_is_loose() -> None:
    found = read_words("a dozen", 0)
    assert found is not None and found.value == 12 and found.loose


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=0, max_value=999_999))
def test_every_number_written_in_words_reads_back(number: int) -> None:
    words = in_words(number)
    assert parse_number(words) == Decimal(number), words
    figures = figures_in(f"The army bought {words} cars.")
    assert len(figures) == 1, words
    figure = figures[0]
    assert figure.amount * (1000 if figure.scale == "thousand" else 1) == number, words


@settings(max_examples=300, deadline=None)
@given(st.decimals(min_value=-10**9, max_value=10**9, places=2, allow_nan=False))
def test_every_number_in_digits_reads_back(number: Decimal) -> None:
    text = f"{number:,f}"
    assert parse_number(text.lstrip("-")) == abs(number)
    figures = figures_in(f"A change of {text} percent was seen.")
    assert [f.amount for f in figures] == [number], text
