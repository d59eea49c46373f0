"""The safe normalisation, its offset map and phrase search (reading/normalise.py)."""

from __future__ import annotations

import unicodedata

import pytest

from generator.reading import (
    contains_phrase,
    find_all,
    find_whole,
    normalise,
    normalise_mapped,
    word_count,
)

# ---------------------------------------------------------------------------------------
# Normalisation: what it forgives


def test_nfc_composes_decomposed_letters() -> None:
    decomposed = "Erdog\u0306an cafe\u0301"
    assert normalise(decomposed) == "Erdoğan café"
    assert normalise(decomposed) == normalise("Erdoğan café")


@pytest.mark.parametrize("gap", [" ", "  ", "\n", "\r\n", "\t", "\u00a0", " \n\u00a0 ", "\u2009",
                                 "\u202f", "\u3000", "\n\n\n"])
def test_whitespace_runs_become_one_space(gap: str) -> None:
    assert normalise(f"air{gap}defence") == "air defence"


def test_leading_and_trailing_whitespace_is_dropped() -> None:
    assert normalise(" \n\u00a0S-400 system\t\n") == "S-400 system"


@pytest.mark.parametrize("invisible", ["\u00ad", "\u200b", "\u200c", "\u200d", "\u2060",
                                       "\ufeff"])
def test_soft_hyphen_and_zero_width_characters_are_removed(invisible: str) -> None:
    assert normalise(f"co{invisible}operation") == "cooperation"


@pytest.mark.parametrize(("curly", "straight"), [
    ("\u2018S-400\u2019", "'S-400'"), ("\u201cdone deal\u201d", '"done deal"'),
    ("Russia\u2019s", "Russia's"), ("\u201eZitat\u201c", '"Zitat"'),
])
def test_curly_quotes_become_straight(curly: str, straight: str) -> None:
    assert normalise(curly) == straight


@pytest.mark.parametrize("dash", ["\u2010", "\u2011", "\u2012", "\u2013", "\u2212"])
def test_dash_variants_become_a_hyphen(dash: str) -> None:
    assert normalise(f"S{dash}400") == "S-400"


@pytest.mark.parametrize(("text", "plain"), [
    # Real: Newsweek, 13 Nov 2019 (trial 5): the unspaced em dash glued "2016-Colorado".
    ("legalized by 2016\u2014Colorado,Washington, Alaska, and Oregon\u2014and noted",
     "legalized by 2016 - Colorado,Washington, Alaska, and Oregon - and noted"),
    # Real: Smithsonian, 18 Nov 2019: "years-26" hid the count of 26 cases.
    ("in recent years\u201426 cases", "in recent years - 26 cases"),
    # Our own: spaced or not, an em dash or a horizontal bar parts words the same way.
    ("the plan \u2014 then \u2015 dropped", "the plan - then - dropped"),
    ("\u2014 he said\u2014", "- he said -"),
])
def test_an_em_dash_parts_words_however_it_is_spaced(text: str, plain: str) -> None:
    assert normalise(text) == plain
    assert normalise_mapped(text).text == plain


# Normalisation: what it never forgives


def test_not_nfkc_superscripts_stay_distinct() -> None:
    assert normalise("10⁶") != normalise("106")
    assert normalise("10⁶") == "10⁶"
    assert normalise("½") == "½"
    assert normalise("ﬁre") == "ﬁre"  # the ligature is not unfolded either


def test_no_case_folding() -> None:
    assert normalise("NATO") != normalise("nato")
    assert normalise("Patriot") == "Patriot"


def test_no_ascii_folding() -> None:
    assert normalise("café") == "café"
    assert normalise("Erdoğan") != normalise("Erdogan")
    assert normalise("Türkiye") == "Türkiye"


def test_digits_signs_and_decimal_points_are_kept() -> None:
    text = "-3.5 +2 1,200 0.25 $13.5"
    assert normalise(text) == text
    assert normalise("3.5") != normalise("35")
    assert normalise("-5") != normalise("5")


def test_normalise_is_idempotent() -> None:
    messy = " \u201cThe\u00a0Kremlin\u201d \u2013 said co\u00adoperation\n\n on Wednesday "
    once = normalise(messy)
    assert normalise(once) == once


# normalise_mapped: the way back to the original


@pytest.mark.parametrize("original", [
    "MOSCOW (Reuters) \u2013 The Kremlin\u00a0said on  Wednesday",
    "Russia\u2019s co\u00adoperation\r\nwith\tTurkey",
    "cafe\u0301 and Erdog\u0306an",
    "\ufeffleading BOM and   trailing spaces   ",
    "a  \u0301b",  # a combining mark after whitespace
    "\u1100\u1161\u11a8 Hangul jamo compose",
    "",
    "   ",
])
def test_normalise_mapped_agrees_with_normalise(original: str) -> None:
    mapped = normalise_mapped(original)
    assert mapped.text == normalise(original)
    assert len(mapped.offsets) == len(mapped.text)
    assert list(mapped.offsets) == sorted(mapped.offsets)


def test_normalise_mapped_offsets_point_at_the_original() -> None:
    original = ("The Kremlin\u00a0said on\n\nWednesday that Russia\u2019s deal \u2013 "
                "worth $3.5 billion")
    mapped = normalise_mapped(original)
    for needle in ("Kremlin said on Wednesday", "Russia's deal - worth", "$3.5 billion"):
        start = mapped.text.index(needle)
        begin, end = mapped.original_span(start, start + len(needle))
        assert normalise(original[begin:end]) == needle
        # the span is tight: it starts and ends on the needle's first and last characters
        assert normalise(original[begin]) == needle[0]
        assert normalise(original[end - 1]) == needle[-1]


def test_normalise_mapped_maps_composed_characters_to_their_base() -> None:
    original = "x cafe\u0301 y"
    mapped = normalise_mapped(original)
    start = mapped.text.index("café")
    begin, end = mapped.original_span(start, start + 4)
    assert original[begin:end] == "cafe\u0301"


def test_find_all_and_find_whole() -> None:
    text = "the S-400 and the S-400s and 400 and 4000"
    assert find_all(text, "S-400") == [4, 18]
    assert find_whole(text, "S-400") == [4]  # "S-400s" is another word
    # "400" in "S-400" is a whole token (a hyphen separates), in "4000" it is not
    assert find_whole(text, "400") == [6, 29]
    assert find_all("aaa", "aa") == [0, 1]
    assert find_whole("x", "") == []


def test_word_count() -> None:
    assert word_count("at a distance of 400 kilometers") == 6
    assert word_count(" - . ") == 0



def test_contains_phrase_whole_words_only() -> None:
    quote = "It had previously been sold only to China and India."
    assert contains_phrase(quote, "China")
    assert contains_phrase(quote, "India")
    assert not contains_phrase(quote, "Chin")
    assert not contains_phrase(quote, "china")
    # the quote is normalised first; the phrase is normalised by contains_phrase
    assert contains_phrase(normalise("Russia\u2019s S-400"), "Russia\u2019s S-400")
    assert not contains_phrase(quote, "")


def test_nfc_and_nfd_quotes_match_each_other() -> None:
    nfd = unicodedata.normalize("NFD", "Erdoğan said")
    assert find_whole(normalise("President Erdoğan said so"), normalise(nfd)) == [10]

