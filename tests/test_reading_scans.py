"""The readers' quick scans find exactly what their full patterns find.

The figure and date readers skip most characters of an article before trying their
patterns (a look-ahead on the first character, a test for season words); each shortcut
must never lose a match. Each is compared here with the pattern it stands for, on random
text made of the characters those patterns care about.
"""

from __future__ import annotations

import importlib
import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from generator.reading import figures_in

dates = importlib.import_module("generator.reading.dates")
figures = importlib.import_module("generator.reading.figures")

PIECES = st.lists(st.sampled_from([
    " ", "-", "'", ",", ".", "0", "1", "2", "7", "9", "19", "2019", "1990", "12", "s", "S",
    "the ", "The ", "of ", "in ", "early ", "mid-", "late ", "about ", "circa ", "Spring ",
    "spring", "SUMMER", "autumn", "fall", "Winter", "sprıng", "ſpring", "aut\u212aumn",
    "\u0130", "May", "June", "Sept.", "September", "Dec", "one", "two", "Seven", "a ", "an ",
    "hundred", "thousand", "million", "km", "$", "US$", "USD", "€", "per", "S-400", "No. ",
]), max_size=40).map("".join)


def full_periods(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in dates._PERIOD_RE.finditer(text)]


def test_the_folding_characters_do_make_periods_the_quick_test_must_see() -> None:
    """The property below only bites on text that holds a period: these do, through the
    characters re's IGNORECASE folds onto ASCII letters."""
    for text in ("the sprıng of 2019", "ſummer 2019", "the 1990S", "aut\u212aumn 2019"):
        if "\u212a" in text:
            assert not full_periods(text)  # Kelvin folds to "k": no season holds a k
            continue
        assert full_periods(text), text
        assert dates._may_hold_period(text)
    assert not dates._may_hold_period("In 2019 prices rose by 3 percent.")


@settings(max_examples=400, deadline=None)
@given(PIECES)
@example("the sprıng of 2019")
@example("ſummer 2019 and the 1990S")
def test_the_season_test_never_skips_a_period(text: str) -> None:
    if full_periods(text):
        assert dates._may_hold_period(text)


@settings(max_examples=400, deadline=None)
@given(PIECES)
@example("early May 2019, the 12th of June and 1999")
def test_the_date_scan_is_the_pattern_without_its_look_ahead(text: str) -> None:
    lookahead, _, rest = dates.DATE_RE.pattern.partition("])")
    assert lookahead.startswith("(?=[")
    plain = re.compile(rest, dates.DATE_RE.flags)
    assert [m.span() for m in dates.DATE_RE.finditer(text)] == [
        m.span() for m in plain.finditer(text)]


@settings(max_examples=400, deadline=None)
@given(PIECES)
@example("2012 and $13.5 and USD3.5bn and one hundred")
def test_the_number_scan_loses_only_digits_that_start_no_figure(text: str) -> None:
    pattern = figures._NUMBER_START.pattern
    lookahead, _, rest = pattern.partition("])")
    assert lookahead.startswith("(?=[")
    plain = re.compile(rest.replace(r"(?<!\d)\d", r"\d", 1), figures._NUMBER_START.flags)
    kept = {m.start() for m in figures._NUMBER_START.finditer(text)}
    for candidate in plain.finditer(text):
        if candidate.start() not in kept:
            assert figures._figure_at(text, candidate.start()) is None
    assert kept <= {m.start() for m in plain.finditer(text)}
    quick, original = figures_in(text), figures._NUMBER_START
    figures._NUMBER_START = plain
    try:
        assert quick == figures_in(text)
    finally:
        figures._NUMBER_START = original
