"""A bracketed conversion is read where the figure it converts stands (issue 18, the BBC's
"Winds of up to 70mph (110km/h) are also expected": the 110km/h, alone in its brackets,
had no cue, and the hint offered to remove the stance; the real sentence is in
tests/fixtures/stance/sentences.yml). Brackets that hold no conversion are read as before.
"""

from __future__ import annotations

import pytest

from generator.reading import normalise
from generator.reading.cue_scope import converted_figure
from generator.reading.stance import stance_of


@pytest.mark.parametrize(("sentence", "figure", "value", "stances"), [
    ("A levy of $200bn (£154bn) would be imposed next year.", "$200bn", "£154bn",
     {"expected", "possible"}),
    ("The bridge is 40 metres (131 ft) long, a spokesman for the ministry said.",
     "40 metres", "131 ft", {"reported", "stated"}),
    ("The bridge was not 40 metres (131 ft) long.", "40 metres", "131 ft", {"denied"}),
])
def test_a_conversion_takes_its_figures_stance(sentence: str, figure: str, value: str,
                                               stances: set[str]) -> None:
    text = normalise(sentence)

    def allowed(part: str) -> set[str]:
        start = text.index(part)
        return set(stance_of(text, start, start + len(part)).allowed)

    assert allowed(value) == allowed(figure) == stances


def test_what_is_a_conversion() -> None:
    text = "Winds of up to 70mph (110km/h) are also expected"
    start = text.index("110km/h")
    assert converted_figure(text, start, start + len("110km/h")) == (15, 20)
    text = "The tanks (12 of them) arrived."
    assert converted_figure(text, text.index("12"), text.index("12") + 2) is None
    text = "the station (2015)"
    assert converted_figure(text, text.index("2015"), text.index("2015") + 4) is None
