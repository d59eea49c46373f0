"""Mutations of the real project: each breaks one fact, and the check must say so at it.

The project (facts/ with its articles) is copied for every mutation. Facts are picked by
kind from what loads, so the tests follow the corpus as it grows: for each mutation,
up to three passing facts of the right kind (first, middle and last by id).
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import pytest
from factcheck_helpers import REPO

from generator.base.report import Position
from generator.check.pipeline import check_project
from generator.check.verify import CheckResult
from generator.model import DateValue, Fact, Money, Quantity, Text, TextList, plain_number
from generator.model.validate import Entry
from generator.reading import find_whole, normalise, normalise_mapped

FACTS = REPO / "facts"
BASE = check_project(REPO)  # read once, at collection: the pickers below need it


@pytest.fixture(scope="module")
def baseline() -> CheckResult:
    return BASE


def passing(result: CheckResult, kind: type | tuple[type, ...],
            where: Callable[[Entry[Fact]], bool] = lambda entry: True) -> list[Entry[Fact]]:
    entries = sorted((e for e in result.validated.facts
                      if isinstance(e.model.value, kind) and e.model.id not in result.failed_facts
                      and e.model.source in result.articles and where(e)),
                     key=lambda e: e.model.id)
    if len(entries) <= 3:
        return entries
    return [entries[0], entries[len(entries) // 2], entries[-1]]


@dataclass
class Copy:
    root: Path

    @property
    def facts(self) -> Path:
        return self.root / "facts"

    def file(self, entry: Entry[Fact]) -> Path:
        return self.root / entry.path

    def edit_after(self, entry: Entry[Fact], position: Position, pattern: str,
                   replace: Callable[[re.Match[str]], str]) -> None:
        """Replace the first match of ``pattern`` at or after ``position`` in the fact file."""
        path = self.file(entry)
        text = path.read_text(encoding="utf-8")
        lines = text.splitlines(keepends=True)
        offset = sum(len(line) for line in lines[:position.line - 1]) + position.col - 1
        match = re.compile(pattern).search(text, offset)
        assert match is not None, (entry.model.id, pattern)
        path.write_text(text[:match.start()] + replace(match) + text[match.end():],
                        encoding="utf-8")

    def check(self) -> CheckResult:
        return check_project(self.root)


@pytest.fixture
def copy(tmp_path: Path) -> Iterator[Copy]:
    shutil.copytree(FACTS, tmp_path / "facts", symlinks=True)
    yield Copy(tmp_path)


def assert_reported(result: CheckResult, code: str, position: Position,
                    baseline: CheckResult) -> None:
    """The mutation made the check fail with ``code`` at ``position`` (new since baseline)."""
    before = {(p.code, p.position) for p in baseline.report}
    found = [p for p in result.report if p.code == code and p.position == position]
    listing = "\n".join(f"{p.position}: {p.code} {p.message}" for p in result.report
                        if (p.code, p.position) not in before)
    assert found, f"expected {code} at {position}; new problems:\n{listing}"
    assert (code, position) not in before
    assert not result.ok


def test_the_real_project_passes(baseline: CheckResult) -> None:
    assert baseline.ok, [f"{p.position} {p.code} {p.message}" for p in baseline.report.errors]
    assert baseline.validated.facts, "the corpus has no facts yet"


def _ids(entries: list[Entry[Fact]]) -> list[str]:
    return [entry.model.id for entry in entries]


WORDY = passing(BASE, (Quantity, Money, DateValue, Text, TextList),
                lambda e: re.search(r"\b[A-Za-z]{4,}\b", e.model.quote) is not None)
FIGURES = passing(BASE, (Quantity, Money))
QUANTITIES = passing(BASE, Quantity)
MONIES = passing(BASE, Money)
DATES = passing(BASE, DateValue, lambda e: e.model.value.relative is None  # type: ignore[union-attr]
                and e.model.value.date[:4].isdigit())  # type: ignore[union-attr]
TEXTS = passing(BASE, Text)


@pytest.mark.parametrize("entry", WORDY, ids=_ids(WORDY))
def test_changing_a_word_of_the_quote(copy: Copy, baseline: CheckResult,
                                      entry: Entry[Fact]) -> None:
    word = re.search(r"\b[A-Za-z]{4,}\b", entry.model.quote)
    assert word is not None
    copy.edit_after(entry, entry.at("quote"), rf"\b{word.group(0)}\b",
                    lambda match: match.group(0)[::-1].lower() + "q")
    assert_reported(copy.check(), "Q301", entry.at("quote"), baseline)


@pytest.mark.parametrize("entry", FIGURES, ids=_ids(FIGURES))
def test_changing_the_number_of_a_value(copy: Copy, baseline: CheckResult,
                                        entry: Entry[Fact]) -> None:
    value = entry.model.value
    assert isinstance(value, Quantity | Money)
    new = plain_number(value.amount * 10 + Decimal(7)).replace(",", "")
    copy.edit_after(entry, entry.at("value"), r"(amount:\s*)[-+0-9._eE]+",
                    lambda match: match.group(1) + new)
    assert_reported(copy.check(), "V401", entry.at("value"), baseline)


@pytest.mark.parametrize("entry", QUANTITIES, ids=_ids(QUANTITIES))
def test_changing_the_unit_of_a_value(copy: Copy, baseline: CheckResult,
                                      entry: Entry[Fact]) -> None:
    value = entry.model.value
    assert isinstance(value, Quantity)
    other = "nmi" if value.unit != "nmi" else "km"
    copy.edit_after(entry, entry.at("value"), r"(unit:\s*)[^,}\n]+",
                    lambda match: match.group(1) + other)
    assert_reported(copy.check(), "V402", entry.at("value"), baseline)


@pytest.mark.parametrize("entry", MONIES, ids=_ids(MONIES))
def test_changing_the_currency_of_a_value(copy: Copy, baseline: CheckResult,
                                          entry: Entry[Fact]) -> None:
    value = entry.model.value
    assert isinstance(value, Money)
    other = "CNY" if value.currency != "CNY" else "EUR"
    copy.edit_after(entry, entry.at("value"), r"(currency:\s*)[A-Z]{3}",
                    lambda match: match.group(1) + other)
    assert_reported(copy.check(), "V403", entry.at("value"), baseline)


@pytest.mark.parametrize("entry", FIGURES, ids=_ids(FIGURES))
def test_changing_the_qualifier_of_a_value(copy: Copy, baseline: CheckResult,
                                           entry: Entry[Fact]) -> None:
    value = entry.model.value
    assert isinstance(value, Quantity | Money)
    other = "about" if value.qualifier != "about" else "over"
    if "qualifier:" in entry.node["value"]:
        copy.edit_after(entry, entry.at("value"), r"(qualifier:\s*)[a-z ]+?(?=[,}\n])",
                        lambda match: match.group(1) + other)
    else:
        copy.edit_after(entry, entry.at("value"), r"(amount:\s*[-+0-9._eE]+)",
                        lambda match: f"{match.group(1)}, qualifier: {other}")
    assert_reported(copy.check(), "V404", entry.at("value"), baseline)


@pytest.mark.parametrize("entry", DATES, ids=_ids(DATES))
def test_changing_the_year_of_a_date(copy: Copy, baseline: CheckResult,
                                     entry: Entry[Fact]) -> None:
    value = entry.model.value
    assert isinstance(value, DateValue)
    year = int(value.date[:4])
    copy.edit_after(entry, entry.at("value"), rf"(date:\s*\"?){year}",
                    lambda match: match.group(1) + str(year + 11))
    assert_reported(copy.check(), "V405", entry.at("value"), baseline)


@pytest.mark.parametrize("entry", TEXTS, ids=_ids(TEXTS))
def test_changing_a_text_value(copy: Copy, baseline: CheckResult,
                               entry: Entry[Fact]) -> None:
    copy.edit_after(entry, entry.at("value"), r"(text:\s*\"?)",
                    lambda match: match.group(1) + "Zq")
    assert_reported(copy.check(), "V407", entry.at("value"), baseline)


def _other_article(entry: Entry[Fact]) -> str | None:
    """A registered article in which the fact's quote does not stand."""
    quote = normalise(entry.model.quote)
    for name, article in sorted(BASE.articles.items()):
        if name != entry.model.source and not find_whole(normalise(article.text), quote):
            return name
    return None


SOURCED = [e for e in passing(BASE, (Quantity, Money, DateValue, Text, TextList))
           if _other_article(e) is not None]


@pytest.mark.parametrize("entry", SOURCED, ids=_ids(SOURCED))
def test_changing_the_source_to_another_article(copy: Copy, baseline: CheckResult,
                                                entry: Entry[Fact]) -> None:
    other = _other_article(entry)
    assert other is not None
    copy.edit_after(entry, entry.at("source"), re.escape(entry.model.source), lambda _: other)
    assert_reported(copy.check(), "Q301", entry.at("quote"), baseline)


@pytest.mark.parametrize("entry", SOURCED[:1], ids=_ids(SOURCED[:1]))
def test_changing_the_source_to_an_unregistered_name(copy: Copy, baseline: CheckResult,
                                                     entry: Entry[Fact]) -> None:
    copy.edit_after(entry, entry.at("source"), re.escape(entry.model.source),
                    lambda _: "999_unregistered.txt")
    assert_reported(copy.check(), "R201", entry.at("source"), baseline)


ANY = passing(BASE, (Quantity, Money, DateValue, Text, TextList))


@pytest.mark.parametrize("entry", ANY, ids=_ids(ANY))
def test_deleting_the_article(copy: Copy, baseline: CheckResult, entry: Entry[Fact]) -> None:
    (copy.facts / "sources" / entry.model.source).unlink()
    result = copy.check()
    registry = BASE.validated.sources
    [source] = [s for s in registry if s.model.file == entry.model.source]
    assert_reported(result, "R204", source.at("file"), baseline)
    # and every fact citing it fails at its quote
    for other in BASE.validated.facts:
        if other.model.source == entry.model.source:
            assert_reported(result, "Q301", other.at("quote"), baseline)
            assert other.model.id in result.failed_facts


@pytest.mark.parametrize("entry", ANY, ids=_ids(ANY))
def test_editing_the_quoted_passage_of_the_article(copy: Copy, baseline: CheckResult,
                                                   entry: Entry[Fact]) -> None:
    article = BASE.articles[entry.model.source]
    mapped = normalise_mapped(article.text)
    quote = normalise(entry.model.quote)
    start = find_whole(mapped.text, quote)[0]
    begin, end = mapped.original_span(start, start + len(quote))
    passage = article.text[begin:end]
    word = re.search(r"[A-Za-z]{3,}", passage)
    assert word is not None, passage
    at = begin + word.start()
    edited = article.text[:at] + word.group(0).upper() + "Z" + article.text[at + len(
        word.group(0)):]
    path = copy.facts / "sources" / entry.model.source
    path.write_bytes(edited.encode("utf-8"))
    result = copy.check()
    [source] = [s for s in BASE.validated.sources if s.model.file == entry.model.source]
    assert_reported(result, "R205", source.at("sha256"), baseline)
    assert_reported(result, "Q301", entry.at("quote"), baseline)


def test_every_kind_of_mutation_has_facts_to_mutate() -> None:
    """Guards against the pickers silently finding nothing as the corpus changes."""
    for name, picked in [("wordy", WORDY), ("figures", FIGURES), ("quantities", QUANTITIES),
                         ("money", MONIES), ("dates", DATES), ("texts", TEXTS),
                         ("sourced", SOURCED), ("any", ANY)]:
        assert picked, f"no passing fact to mutate for {name}"
