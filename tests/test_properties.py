"""Property tests: quotes are found where they stand and nowhere else, figures and dates
round-trip through the tokenisers, and no input crashes the loader or the check."""

from __future__ import annotations

import datetime as dt
import json
import string
from decimal import Decimal
from pathlib import Path

import pytest
from factcheck_helpers import build
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from generator.base.report import Problem
from generator.check.pipeline import check_project
from generator.load import load_yaml_text
from generator.reading import (
    dates_in,
    figures_in,
    find_all,
    find_whole,
    normalise,
    normalise_mapped,
    word_count,
)
from generator.reading.normalise import normalise_keeping_lines

FAST = settings(max_examples=150, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture])

# ---------------------------------------------------------------------------------------
# Articles built from words, with the typography that normalisation forgives

WORDS = st.sampled_from([
    "the", "Kremlin", "said", "on", "Wednesday", "S-400", "missile", "systems", "Turkey",
    "Russia’s", "“done", "deal”", "400", "kilometers", "$3.5", "billion", "(£2.77", "billion)",
    "co\u00adoperation", "NATO", "Erdoğan", "cafe\u0301", "2019", "3.5", "13.5", "1,200",
    "mid-July", "up", "to", "30", "–", "Ankara", "deliveries", "began", "in", "2007.",
])
GAPS = st.sampled_from([" ", " ", " ", "  ", "\n", "\u00a0", " \n", "\r\n", "\t"])


@st.composite
def article_and_span(draw: st.DrawFn) -> tuple[str, int, int]:
    """An article made of words, and a span of at least four whole words in it."""
    words = draw(st.lists(WORDS, min_size=6, max_size=40))
    gaps = draw(st.lists(GAPS, min_size=len(words) - 1, max_size=len(words) - 1))
    starts, pieces, at = [], [], 0
    for index, word in enumerate(words):
        starts.append(at)
        pieces.append(word)
        at += len(word)
        if index < len(gaps):
            pieces.append(gaps[index])
            at += len(gaps[index])
    text = "".join(pieces)
    first = draw(st.integers(0, len(words) - 4))
    last = draw(st.integers(first + 3, len(words) - 1))
    return text, starts[first], starts[last] + len(words[last])


@FAST
@given(article_and_span())
def test_a_quote_cut_at_word_boundaries_is_found_where_it_stands(
        case: tuple[str, int, int]) -> None:
    text, start, end = case
    quote = normalise(text[start:end])
    mapped = normalise_mapped(text)
    assert mapped.text == normalise(text)
    found = find_whole(mapped.text, quote)
    assert found, (text, quote)
    # one of the matches maps back onto exactly the span the quote was taken from
    spans = [mapped.original_span(s, s + len(quote)) for s in found]
    assert (start, end) in spans
    for begin, finish in spans:
        assert normalise(text[begin:finish]) == quote
    assert set(found) <= set(find_all(mapped.text, quote))


@FAST
@given(article_and_span(), st.data())
def test_changing_one_digit_of_a_quoted_number_loses_the_quote(
        case: tuple[str, int, int], data: st.DataObject) -> None:
    text, start, end = case
    original = text[start:end]
    digits = [i for i, ch in enumerate(original) if ch.isdigit()]
    assume(digits)
    where = data.draw(st.sampled_from(digits))
    new = data.draw(st.sampled_from([d for d in string.digits if d != original[where]]))
    changed = normalise(original[:where] + new + original[where + 1:])
    article = normalise(text)
    assert normalise(original) in article
    # normalisation keeps the changed digit: the quote no longer matches where it was
    # taken from (it may still match elsewhere only if the article repeats itself)
    assume(changed not in article.replace(normalise(original), ""))
    assert find_whole(article, changed) == []


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(article_and_span(), st.data())
def test_the_check_passes_a_quoted_span_and_highlights_it(
        tmp_path_factory: pytest.TempPathFactory, case: tuple[str, int, int],
        data: st.DataObject) -> None:
    text, start, end = case
    quote = normalise(text[start:end])
    words = [w for w in quote.split(" ") if w.isalpha()]
    assume(words and word_count(quote) >= 4)  # Q302 wants four words
    word = data.draw(st.sampled_from(words))
    root = tmp_path_factory.mktemp("span") / "project"
    fact = {"id": "f", "source": "a.txt", "subject": "S", "property": "p",
            "quote": text[start:end], "value": {"kind": "text", "text": word}}
    build(root, {"a.txt": text}, {"facts/specs.yml": "facts:\n  - " + json.dumps(fact) + "\n"})
    result = check_project(root)
    assert result.ok, [p.message for p in result.report]
    [highlight] = result.highlights_for("a.txt")
    first = find_whole(normalise(text), quote)[0]
    assert (highlight.start, highlight.end) == normalise_mapped(text).original_span(
        first, first + len(quote))
    assert normalise(text[highlight.start:highlight.end]) == quote


@FAST
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=60))
@example("a  \u0301b")
@example("\u1100\u1161\u11a8")
@example("x\u0b47\u0b3e y")
def test_normalise_mapped_always_agrees_with_normalise(text: str) -> None:
    mapped = normalise_mapped(text)
    assert mapped.text == normalise(text)
    assert len(mapped.offsets) == len(mapped.text)
    for index in range(len(mapped.text)):
        begin, end = mapped.original_span(index, index + 1)
        assert 0 <= begin < end <= len(text)


@FAST
@given(st.text(alphabet=" \t\n\r\x0b\x85\u2028\u00a0ab1.\u2019\u2014\u200b\u00ad\u0301",
               max_size=60))
@example("a \r\n\tb\u2028c")
def test_keeping_lines_is_normalise_with_its_line_breaks(text: str) -> None:
    import re

    kept = normalise_keeping_lines(text)
    assert kept.replace("\n", " ") == normalise(text)
    inner = re.sub(r"^\s+|\s+$", "", text.replace("\u200b", "").replace("\u00ad", ""))
    breaks = [run for run in re.findall(r"\s+", inner) if "\n" in run or "\r" in run]
    assert kept.count("\n") == len(breaks)


# ---------------------------------------------------------------------------------------
# Figures round-trip: a value written as news text reads back as the same value

CURRENCY_FORMS = {
    "USD": ["${n}", "US${n}", "USD {n}", "{n} US dollars", "{n} dollars", "$ {n}"],
    "GBP": ["£{n}", "{n} pounds", "GBP {n}"],
    "EUR": ["€{n}", "{n} euros"],
    "RUB": ["{n} rubles", "{n} roubles", "₽{n}"],
}
QUALIFIER_WORDS = {"exact": "", "over": "more than ", "about": "about ", "up to": "up to "}
AMOUNTS = st.decimals(min_value=Decimal("0.01"), max_value=Decimal("999999"), places=2,
                      allow_nan=False, allow_infinity=False).map(lambda d: d.normalize())


def written(amount: Decimal, grouped: bool) -> str:
    if amount == amount.to_integral_value():
        return f"{int(amount):,}" if grouped else str(int(amount))
    return f"{amount:,f}" if grouped else f"{amount:f}"


@FAST
@given(AMOUNTS, st.sampled_from(sorted(CURRENCY_FORMS)), st.data(),
       st.sampled_from([None, "thousand", "million", "billion", "trillion"]),
       st.sampled_from(sorted(QUALIFIER_WORDS)), st.booleans())
def test_money_round_trips_through_figures_in(
        amount: Decimal, currency: str, data: st.DataObject, scale: str | None,
        qualifier: str, grouped: bool) -> None:
    form = data.draw(st.sampled_from(CURRENCY_FORMS[currency]))
    # the scale word goes right after the number: "$3.5 billion", "3.5 billion dollars"
    phrase = form.format(n=written(amount, grouped) + (f" {scale}" if scale else ""))
    text = f"The ministry said it {QUALIFIER_WORDS[qualifier]}{phrase} for the systems."
    figures = figures_in(normalise(text))
    assert [(f.amount, f.scale, f.currency, f.qualifier) for f in figures] == [
        (amount, scale, currency, qualifier)], text


UNIT_WORDS = {"km": ["kilometers", "km", "kilometres"], "ft": ["feet", "ft"],
              "km/h": ["km/h", "kilometres per hour"], "°C": ["°C", "degrees Celsius"],
              "percent": ["percent", "%", "per cent"], "day": ["days"], "t": ["tonnes"]}


@FAST
@given(AMOUNTS, st.sampled_from(sorted(UNIT_WORDS)), st.data(),
       st.sampled_from(sorted(QUALIFIER_WORDS)))
def test_quantities_round_trip_through_figures_in(
        amount: Decimal, unit: str, data: st.DataObject, qualifier: str) -> None:
    word = data.draw(st.sampled_from(UNIT_WORDS[unit]))
    glue = "" if word == "%" else " "
    text = f"It flies {QUALIFIER_WORDS[qualifier]}{written(amount, True)}{glue}{word} in all."
    figures = figures_in(normalise(text))
    assert [(f.amount, f.unit, f.qualifier, f.currency) for f in figures] == [
        (amount, unit, qualifier, None)], text


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


@FAST
@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2099, 12, 31)),
       st.sampled_from(["day month year", "month day, year", "month year", "year",
                        "month day"]),
       st.sampled_from([None, "early", "mid", "late"]))
def test_dates_round_trip_through_dates_in(
        day: dt.date, form: str, qualifier: str | None) -> None:
    month = MONTHS[day.month - 1]
    text = {
        "day month year": f"{day.day} {month} {day.year}",
        "month day, year": f"{month} {day.day}, {day.year}",
        "month year": f"{month} {day.year}",
        "year": f"{day.year}",
        "month day": f"{month} {day.day}",
    }[form]
    if qualifier:
        text = f"{qualifier}-{text}" if qualifier == "mid" else f"{qualifier} {text}"
    sentence = f"The deliveries began in {text} and went on."
    [mention] = dates_in(sentence)
    expected = (
        None if form == "month day" else day.year,
        None if form == "year" else day.month,
        day.day if form in ("day month year", "month day, year", "month day") else None,
        qualifier,
    )
    assert (mention.year, mention.month, mention.day, mention.qualifier) == expected
    assert sentence[mention.start:mention.end] == text


# ---------------------------------------------------------------------------------------
# Nothing crashes

YAMLISH = st.text(alphabet=st.sampled_from([*"facts:-[]{}&*!|>'\"#%@`,?~\n\t ab01.e+",
                                            "\u00a0", "\ufeff", "é", "\x00", "\x85"]),
                  max_size=200)


@FAST
@given(YAMLISH)
@example("facts:\n  - &a [*a]\n")
@example("- " * 3000)
@example("[" * 3000)
@example("a: !!binary AAAA\n")
@example("? - a\n: b\n")
def test_load_yaml_text_never_raises(text: str) -> None:
    document = load_yaml_text(text, "facts/x.yml")
    assert all(isinstance(problem, Problem) for problem in document.problems)
    assert document.data is not None or document.problems


@pytest.fixture(scope="module")
def base_project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("prop") / "project"
    build(root, {"a.txt": "The S-400 can engage targets at a distance of 400 kilometers.\n"},
          {"facts/specs.yml": "facts: []\n"})
    return root


@settings(max_examples=100, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.one_of(st.binary(max_size=300), YAMLISH.map(lambda t: t.encode("utf-8"))))
def test_check_project_never_raises_on_a_random_fact_file(
        base_project: Path, data: bytes) -> None:
    (base_project / "facts" / "specs.yml").write_bytes(data)
    result = check_project(base_project)
    assert all(isinstance(problem, Problem) for problem in result.report)


FACT_VALUES = st.fixed_dictionaries({
    "kind": st.sampled_from(["quantity", "money", "date", "text", "list", "other"]),
}, optional={
    "amount": st.one_of(st.integers(-10**40, 10**40), st.text(max_size=5), st.booleans(),
                        st.floats(allow_nan=True)),
    "unit": st.sampled_from(["km", "m", "lightyear", ""]),
    "currency": st.sampled_from(["USD", "GBP", "XXX"]),
    "scale": st.sampled_from(["billion", "gazillion"]),
    "date": st.sampled_from(["2019", "2019-02-29", "2020-02-29", "20", "2019-13"]),
    "relative": st.sampled_from(["on Tuesday", "last month", "", "in the year 3000"]),
    "text": st.text(max_size=10), "items": st.lists(st.text(max_size=5), max_size=3),
    "qualifier": st.sampled_from(["exact", "over", "mid", "sometimes"]),
})


@settings(max_examples=100, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(FACT_VALUES, st.text(max_size=80))
def test_check_project_never_raises_on_random_facts(
        base_project: Path, value: dict[str, object], quote: str) -> None:
    fact = {"id": "x", "source": "a.txt", "subject": "S", "property": "p", "quote": quote,
            "value": value}
    text = "facts:\n  - " + json.dumps(fact, default=str) + "\n"
    (base_project / "facts" / "specs.yml").write_text(text, encoding="utf-8")
    result = check_project(base_project)
    assert all(isinstance(problem, Problem) for problem in result.report)


@FAST
@given(st.text(alphabet="0123456789 .,-$£€USDCNYRUBbnmilothwekm/", max_size=60))
def test_every_figure_read_reads_the_same_on_its_own(text: str) -> None:
    """Any figure the reader emits round-trips: its written form, read alone, is the same
    number with the same scale, currency and unit."""
    for figure in figures_in(text):
        if figure.qualifier != "exact" or figure.low is not None or figure.plus_minus:
            continue
        again = figures_in(figure.written)
        assert [(g.amount, g.scale, g.currency, g.unit) for g in again][:1] == [
            (figure.amount, figure.scale, figure.currency, figure.unit)], (text, figure)
