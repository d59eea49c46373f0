"""E701's hint names the checked facts that state a value, in plain grammar, and only
facts whose value matches in kind, unit or currency and amount."""

from __future__ import annotations

from decimal import Decimal

import pytest

from generator.check.rules.e701_free_text_unbacked import Backing, _figure_key, _hint
from generator.model import Money, Quantity
from generator.reading.references import Mention, analyse


def _mention(text: str) -> Mention:
    (mention,) = [m for m in analyse(text).mentions if m.kind in ("date", "figure")]
    return mention


@pytest.mark.parametrize(("ids", "said"), [
    (["a"], "[[a]] states it as checked; "),
    (["a", "b"], "[[a]] and [[b]] state it as checked; "),
    (["a", "b", "c"], "[[a]], [[b]] and [[c]] state it as checked; "),
])
def test_one_fact_states_it_several_state_it(ids: list[str], said: str) -> None:
    backing = Backing(by_date={(2017, 11, 2): ids})
    assert _hint(backing, _mention("Said on 2 November 2017.")).startswith(said)


def test_a_money_figure_is_not_matched_to_a_distance_of_the_same_number() -> None:
    range_400 = Quantity(kind="quantity", amount=Decimal(400), unit="km")
    money = Money(kind="money", amount=Decimal(400), scale="million", currency="USD")
    backing = Backing(by_figure={_figure_key(range_400): ["range"],
                                 _figure_key(money): ["price"]})
    assert _hint(backing, _mention("It costs four hundred million dollars.")).startswith(
        "[[price]] states it")
    assert _hint(backing, _mention("It reaches 400 km.")).startswith("[[range]] states it")
    for other in ("It weighs 400 kg.", "It costs 400 dollars."):
        hint = _hint(backing, _mention(other))
        assert "[[range]]" not in hint and "[[price]]" not in hint, other
