"""The timeline drawing (generator/timeline.py) from synthetic events: marks, lanes, escaping.

The browser tests measure the real page at 1280 and 390 px; these check what the drawing
says about each kind of date, and that data cannot break out of the SVG.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from generator.model import DateValue, Stance
from generator.model.chronology import span_of
from generator.site.timeline import NARROW, TimelineEvent, draw, narrow, wide, wrap


def _event(fact_id: str, label: str, stance: Stance = "stated", **fields: Any) -> TimelineEvent:
    value = DateValue(kind="date", **fields)
    return TimelineEvent(fact_id, label, f"Event {fact_id}", span_of(value, stance=stance),
                         fact_id)


EVENTS = [
    _event("a", "2007", date="2007"),
    _event("b", "about 2010", date="2010~"),
    _event("c", "12 September 2017", date="2017-09-12"),
    _event("d", "13 September 2017", date="2017-09-13"),
    _event("e", "between late 2019 and early 2020", "possible", date="2019", qualifier="late",
           end="2020", end_qualifier="early"),
    _event("f", "by 2020", "expected", date="..", end="2020"),
    _event("g", "12 November (year not stated)", date="XXXX-11-12"),
]


def _marks(svg: str) -> dict[str, str]:
    """Each event's <rect> by its fact id."""
    found = re.findall(r'data-fact="([^"]+)"[^>]*>.*?(<rect [^>]*/>)', svg)
    return {fact: rect for fact, rect in found}


@pytest.mark.parametrize("drawing", [wide, narrow])
def test_each_kind_of_date_has_its_mark(drawing: Any) -> None:
    svg = drawing(EVENTS)
    marks = _marks(svg)
    assert set(marks) == {e.fact_id for e in EVENTS}
    assert 'fill="currentColor"' in marks["c"]                      # an event: solid
    assert "fs-tl-approx" in marks["b"] and "url(#fs-tl-soft" in marks["b"]  # soft edges
    assert "fs-tl-interval" in marks["e"] and 'fill="none"' in marks["e"]   # hollow bar
    assert "fs-tl-expected" in marks["f"] and "fs-tl-open-start" in marks["f"]
    assert "fs-tl-year-unknown" in marks["g"] and "stroke-dasharray" in marks["g"]
    assert "Year not stated" in svg
    assert "<title id=" in svg and "<desc id=" in svg


def test_wide_bars_span_their_interval_and_days_apart_do_not_share_a_row() -> None:
    svg = wide(EVENTS)
    marks = _marks(svg)

    def box(fact: str) -> tuple[float, float, float]:
        rect = marks[fact]
        x, y, w = (float(re.search(rf' {k}="([-0-9.]+)"', rect).group(1))  # type: ignore[union-attr]
                   for k in ("x", "y", "width"))
        return x, y, w

    assert box("e")[2] > box("c")[2]  # an interval is a bar, a day a dot
    assert box("c")[1] != box("d")[1]  # a day apart: drawn in different rows
    assert box("a")[0] < box("c")[0] < box("e")[0]  # placed by time


def test_narrow_labels_wrap_inside_the_drawing() -> None:
    svg = narrow(EVENTS)
    assert "<tspan" in svg
    for line in wrap("between late 2019 and early 2020 (possibly)", 200):
        assert len(line) * 7.4 <= 200
    assert f'viewBox="0 0 {NARROW} ' in svg


def test_data_cannot_break_out_of_the_svg() -> None:
    hostile = TimelineEvent('x"><script>alert(1)</script>', "<b>2019</b> & \"more\"",
                            "</title><a href='javascript:alert(1)'>", EVENTS[0].span,
                            'x" onmouseover="alert(1)')
    html = draw([hostile])
    assert "<script" not in html and "javascript:" not in html.replace("javascript&#58;", "")
    assert "onmouseover=" not in html.replace('onmouseover&#61;', "")
    assert "<b>" not in html


def test_no_events_no_drawing() -> None:
    assert draw([]) == ""
