"""Normalisation, the number/money/date tokenisers and relative dates (generator.reading)."""

from __future__ import annotations

import unicodedata
from decimal import Decimal

import pytest

from generator.reading import (
    contains_phrase,
    dates_in,
    figures_in,
    find_all,
    find_whole,
    normalise,
    normalise_mapped,
    numbers_in,
    parse_number,
    qualifier_before,
    relative_context,
    relative_date,
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


@pytest.mark.parametrize("dash", ["\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2015",
                                  "\u2212"])
def test_dash_variants_become_a_hyphen(dash: str) -> None:
    assert normalise(f"S{dash}400") == "S-400"


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
    ("some 12 systems", (Decimal(12), None, None, "system", "about")),
    ("more than 1,000 targets", (Decimal(1000), None, None, "target", "over")),
    ("a range of 400km", (Decimal(400), None, None, "km", "exact")),
    ("a 400 m runway", (Decimal(400), None, None, "m", "exact")),
    ("twenty-two missiles", (Decimal(22), None, None, "missile", "exact")),
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
    assert one("they try 5 missiles") == (Decimal(5), None, None, "missile", "exact")
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


# ---------------------------------------------------------------------------------------
# Dates


def date_parts(text: str) -> list[tuple[int | None, int | None, int | None, str | None]]:
    return [(m.year, m.month, m.day, m.qualifier) for m in dates_in(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("On September 12, Erdogan said", [(None, 9, 12, None)]),
    ("began in mid-July 2019.", [(2019, 7, None, "mid")]),
    ("The order was placed in April 2018", [(2018, 4, None, None)]),
    ("23 July 2020", [(2020, 7, 23, None)]),
    ("between late 2019 and early 2020", [(2019, None, None, "late"),
                                          (2020, None, None, "early")]),
    ("went into service in 2007.", [(2007, None, None, None)]),
    ("on September 12, 2017, Ankara", [(2017, 9, 12, None)]),
    ("the 12th of September 2017", [(2017, 9, 12, None)]),
    ("Moscow, Russia May 9, 2018.", [(2018, 5, 9, None)]),
    ("Sept. 12", [(None, 9, 12, None)]),
])
def test_dates_in(text: str, expected: list[tuple[int | None, ...]]) -> None:
    assert date_parts(text) == expected


def test_dates_need_whole_tokens() -> None:
    assert date_parts("model 12007 and X2019") == []
    assert date_parts("a 400 kilometers range") == []


def test_date_mention_offsets_cover_the_words() -> None:
    text = "Deliveries began in mid-July 2019 and ended"
    [mention] = dates_in(text)
    assert text[mention.start:mention.end] == "mid-July 2019"


# Relative dates

@pytest.mark.parametrize(("phrase", "published", "expected"), [
    # 2018-12-19 was a Wednesday
    ("on Tuesday", "2018-12-19", "2018-12-18"),
    ("Tuesday", "2018-12-19", "2018-12-18"),
    ("on Wednesday", "2018-12-19", "2018-12-19"),
    ("last Wednesday", "2018-12-19", "2018-12-12"),
    ("on Thursday", "2018-12-19", "2018-12-13"),
    ("yesterday", "2018-12-19", "2018-12-18"),
    ("earlier in the day", "2018-12-19", "2018-12-19"),
    ("Earlier in the day", "2017-12-30", "2017-12-30"),
    ("today", "2020-07-23", "2020-07-23"),
    ("last month", "2018-12-19", "2018-11"),
    ("last month", "2019-01-02", "2018-12"),
    ("next month", "2018-12-19", "2019-01"),
    ("this month", "2018-12", "2018-12"),
    ("next year", "2018-12-19", "2019"),
    ("last year", "2018", "2017"),
    ("September 12", "2017-12-30", "2017-09-12"),
    ("On September 12", "2017-12-30", "2017-09-12"),
    ("12 September", "2017-12-30", "2017-09-12"),
    ("December 31", "2017-12-30", "2016-12-31"),
    ("in September", "2017-12-30", "2017-09"),
    ("in December", "2017-01-30", "2016-12"),
])
def test_relative_date(phrase: str, published: str, expected: str) -> None:
    assert relative_date(phrase, published) == (expected, "")


@pytest.mark.parametrize(("phrase", "published", "why"), [
    ("on Tuesday", "2018", "needs the publication day"),
    ("on Tuesday", "2018-12", "needs the publication day"),
    ("earlier in the day", "2018", "needs the publication day"),
    ("September 12", "2017", "needs the publication day"),
    ("last month", "2018", "needs the publication month"),
    ("in September", "2017", "needs the publication month"),
    ("a fortnight ago", "2018-12-19", "cannot read"),
])
def test_relative_date_refuses(phrase: str, published: str, why: str) -> None:
    resolved, reason = relative_date(phrase, published)
    assert resolved is None
    assert why in reason


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


# Readings a careless or hostile editor could otherwise use to support a wrong value.
@pytest.mark.parametrize(("text", "expected"), [
    ("The range is not 400 km as claimed.", [("400", "km", "negated")]),
    ("it never exceeded two billion US dollars", [("2", None, "negated")]),
    ("$2bn-$3bn", [("2", None, "range"), ("3", None, "range")]),
    ("between $2 billion and $3 billion", [("2", None, "range"), ("3", None, "range")]),
    ("from 300 km to 400 km", [("300", "km", "range"), ("400", "km", "range")]),
    ("300 or 400 km", [("300", None, "range"), ("400", "km", "range")]),
    ("bought 2 systems and 4 launchers", [("2", "system", "exact"), ("4", "launcher", "exact")]),
    ("two dozen launchers", []),
    ("half a dozen launchers", []),
    ("several hundred missiles", []),
    ("one hundred and fifty missiles", []),
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
    ("$5 per share", [("5", None, "rate")]),
    ("pay $2 billion a year", [("2", None, "rate")]),
])
def test_figures_that_claim_something_else(text: str,
                                           expected: list[tuple[str, str | None, str]]) -> None:
    found = [(str(f.amount), f.unit, f.qualifier) for f in figures_in(normalise(text))]
    assert found == expected


def test_mn_is_a_scale_word() -> None:
    [figure] = figures_in("worth $300 mn in the end")
    assert (figure.amount, figure.scale, figure.currency) == (Decimal(300), "million", "USD")


@pytest.mark.parametrize(("text", "expected"), [
    ("before July 2020", [(2020, 7, "before")]),
    ("since April 2018", [(2018, 4, "since")]),
    ("by the end of 2019", [(2019, None, "by")]),
    ("was not signed in 2016", [(2016, None, "not")]),
    ("the 2019-20 season", [(2019, None, "range")]),
    ("from 2015 to 2017", [(2015, None, "range"), (2017, None, "range")]),
    ("the 1990s", [(None, None, None)]),  # a decade (see tests/test_dates.py), not 1990
    ("at 2000 meters altitude", []),
    ("Resolution 1973 passed", []),
    ("Back in April 2018, they met", [(2018, 4, None)]),
])
def test_dates_that_claim_something_else(
        text: str, expected: list[tuple[int, int | None, str | None]]) -> None:
    assert [(m.year, m.month, m.qualifier) for m in dates_in(text)] == expected


@pytest.mark.parametrize(("quote", "phrase"), [
    ("Moscow will deliver the first missiles on Friday, officials said.", "on Friday"),
    ("The deliveries will start in September, Rostec said.", "in September"),
    ("Over the last year Turkey paid the bill", "last year"),
    ("on September 12 two years ago", "September 12"),
    ("On Tuesday, July 2, the first missiles arrived", "On Tuesday"),
    ("as reported by Russia Today on its site", "Today"),
])
def test_relative_wording_that_cannot_stand_alone(quote: str, phrase: str) -> None:
    assert relative_context(quote, phrase) is not None


def test_relative_wording_that_stands_alone() -> None:
    expected = "with deliveries expected to begin next year despite"
    assert relative_context(expected, "next year") is None
    opened = "The bridge opened on Sunday after four years of work"
    assert relative_context(opened, "on Sunday") is None


def test_relative_dates_outside_the_calendar_are_refused() -> None:
    assert relative_date("yesterday", "0001-01-01")[0] is None
