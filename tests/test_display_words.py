"""Values in the reader's words keep the text's hedge and their plurals (issue 20, items 2
and 5 of the example's audit): "nearly a million people" was shown as "about 1 million
person", a loosened hedge and a singular."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from generator.model import Fact
from generator.model.describe import describe_fact


def fact(quote: str, value: dict[str, Any]) -> Fact:
    return Fact.model_validate({"id": "f", "source": "a.txt", "subject": "S", "property": "p",
                                "quote": quote, "value": value})


@pytest.mark.parametrize(("quote", "value", "shown"), [
    # Fox News and the BBC on Florence's outages (real sentences)
    ("The storm also knocked out power to nearly a million people.",
     {"kind": "quantity", "amount": 1, "scale": "million", "noun": "person",
      "qualifier": "about"}, "nearly 1 million people"),
    ("Almost 800,000 people are reported to be without power already in North Carolina",
     {"kind": "quantity", "amount": 800000, "noun": "person", "qualifier": "about"},
     "almost 800,000 people"),
    # "about" in the quote itself: which word hedges the figure is not known; "about" is
    # what both allow
    ("About 200 people were rescued, nearly all of them from their homes",
     {"kind": "quantity", "amount": 200, "noun": "person", "qualifier": "about"},
     "about 200 people"),
    ("roughly 15 chickens", {"kind": "quantity", "amount": 15, "noun": "chicken",
                             "qualifier": "about"}, "about 15 chickens"),
    # plurals: a scale makes many; word units take their plural, symbols do not
    ("According to the Associated Press, 2,000 cubic yards of coal ash were washed away",
     {"kind": "quantity", "amount": 2000, "noun": "cubic yard"}, "2,000 cubic yards"),
    ("a rise of 2 percentage points", {"kind": "quantity", "amount": 2,
                                       "unit": "percentage point"}, "2 percentage points"),
    ("it weighs 1 ton", {"kind": "quantity", "amount": 1, "unit": "ton"}, "1 ton"),
    ("some 3 tons of aid", {"kind": "quantity", "amount": 3, "unit": "ton"}, "3 tons"),
    ("it moved at 5 mph", {"kind": "quantity", "amount": 5, "unit": "mph"}, "5 mph"),
    ("a single child was found", {"kind": "quantity", "amount": 1, "noun": "child"},
     "1 child"),
    ("1.5 million children", {"kind": "quantity", "amount": Decimal("1.5"), "scale": "million",
                              "noun": "child"}, "1.5 million children"),
])
def test_the_value_in_words(quote: str, value: dict[str, Any], shown: str) -> None:
    assert describe_fact(fact(quote, value)) == shown
