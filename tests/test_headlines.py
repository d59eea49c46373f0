"""Headlines, summaries and notes of the S-400 sheet say no more than their facts (issue 20).

Each item of the independent reading is put back in a copy of the sheet and must be
caught: by rule E702 (M2, M3, M4, M9), or by the sheet-wide properties below (W1, W2,
M8, M10). The sheet as it is passes all of them.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from sitetools import REPO, copy_project

from generator.check.pipeline import check_project
from generator.check.verify import CheckResult
from generator.model import Fact, Site, Source
from generator.model.edtf import bounds_of
from generator.reading.references import sentences


@pytest.fixture(scope="module")
def result() -> CheckResult:
    return check_project(REPO)


def _facts(result: CheckResult) -> dict[str, Fact]:
    return {entry.model.id: entry.model for entry in result.validated.facts}


def _sources(result: CheckResult) -> dict[str, Source]:
    return {entry.model.file: entry.model for entry in result.validated.sources}


# -- E702 on the real sheet ------------------------------------------------------------------

OLD_TEXTS = [
    # M2: the summary dropped "reportedly"
    ("site.yml", "Turkey reportedly walked out of a contract for a similar Chinese system.",
     "Turkey walked out of a contract for a similar Chinese system.", "chinese-outcome"),
    # M3: the loan was a reported plan, the deliveries Chemezov's word
    ("site.yml", "Russia sells Turkey the S-400. TASS, citing the Hurriyet daily, reported "
     "that Turkey would pay for it partly with a Russian loan, and Rostec says the systems "
     "have since been delivered.",
     "Russia sells Turkey the S-400, paid for partly with a Russian loan; the systems have "
     "since been delivered.", "contract-financing"),
    # M4: Haberturk's attribution dropped
    ("timeline.yml", "Haberturk TV says Russia and Turkey have signed a loan agreement for the "
     "S-400 purchase", "Russia and Turkey sign a loan agreement for the S-400 purchase",
     "tl-2017-12-29-loan"),
    # M9: April and Ankara are when and where they said they had agreed
    ("timeline.yml", "Erdogan and Putin say in Ankara that they have agreed to expedite "
     "delivery", "Erdogan and Putin agree in Ankara to expedite delivery", "tl-2018-04-expedite"),
]


def test_the_sheet_keeps_every_hedge(result: CheckResult) -> None:
    assert not [p for p in result.report if p.code == "E702"]


@pytest.mark.parametrize(("file", "now", "before", "fact"), OLD_TEXTS,
                         ids=["M2", "M3", "M4", "M9"])
def test_the_old_wording_is_caught(tmp_path: Path, file: str, now: str, before: str,
                                   fact: str) -> None:
    project = copy_project(REPO, tmp_path / "p")
    path = project / "facts" / file
    text = path.read_text("utf-8")
    assert now in text
    path.write_text(text.replace(now, before), "utf-8")
    line = next(i for i, row in enumerate(path.read_text("utf-8").split("\n"), 1)
                if before in row)
    found = [p for p in check_project(project).report if p.code == "E702"]
    assert [(p.position.path, p.position.line) for p in found if fact in p.message] == [
        (f"facts/{file}", line)]


# -- W1: a headline puts no act in its event that its own quote does not name ---------------

# An act a headline may name, and the word stems a quote names it with.
ACTS = {"agree": ("agree",), "sign": ("sign",), "approv": ("approv",),
        "deliver": ("deliver", "suppl"), "pay": ("pay", "paid"),
        "buy": ("buy", "bought", "purchas"), "sell": ("sell", "sold", "sale"),
        "cancel": ("cancel",), "walk": ("walk",)}


def acts_beyond_the_quote(fact: Fact) -> list[str]:
    headline = re.sub(r"\[\[[^\]]*\]\]", " ", fact.event or "").lower()
    quote = fact.quote.lower()
    return [act for act, stems in ACTS.items() if re.search(rf"\b{act}", headline)
            and not any(re.search(rf"\b{stem}", quote) for stem in stems)]


def test_no_headline_adds_an_act_its_quote_does_not_name(result: CheckResult) -> None:
    assert {f.id: acts_beyond_the_quote(f) for f in _facts(result).values()
            if acts_beyond_the_quote(f)} == {}


def test_w1_the_old_delivery_window_headline_is_caught(result: CheckResult) -> None:
    window = _facts(result)["tl-2019-late-delivery-window"].model_copy(update={
        "event": "A delivery window said to be possible, as agreed in [[tl-2018-04-expedite]]"})
    assert acts_beyond_the_quote(window) == ["agree"]


# -- W2: a note that gives an outlet's wording names the outlet that wrote it ---------------

def _lead(publisher: str) -> str:
    """The outlet that wrote an article: 'GSV ..., based on RIA Novosti' -> 'GSV'."""
    return re.split(r",|\s\(|\s\"", publisher)[0].strip()


def _outlets(sources: dict[str, Source]) -> set[str]:
    names = set()
    for source in sources.values():
        names.add(_lead(source.publisher))
        for part in re.findall(r"(?:based on|as republished by) ([A-Z][\w]*)", source.publisher):
            names.add(part)
    return names


def misattributed(text: str, facts: dict[str, Fact], sources: dict[str, Source]) -> list[str]:
    """Outlets named as the writer ("RIA's version") of a fact the sentence cites whose
    article another outlet wrote."""
    wrong = []
    outlets = _outlets(sources)
    for start, end in sentences(text):
        sentence = text[start:end]
        cited = re.findall(r"\[\[([^\]:]+)\]\]", sentence)
        if len(cited) != 1 or cited[0] not in facts:
            continue
        writer = _lead(sources[facts[cited[0]].source].publisher)
        for outlet in outlets:
            if re.search(rf"\b{re.escape(outlet)}['’]s?\s+(?:version|text|wording|article|"
                         rf"report|story|translation)", sentence) and outlet != writer:
                wrong.append(f"{outlet} (the article is {writer}'s)")
    return wrong


def test_notes_name_the_outlet_that_wrote_the_words(result: CheckResult) -> None:
    facts, sources = _facts(result), _sources(result)
    found = {f.id: misattributed(text, facts, sources) for f in facts.values()
             for text in (f.note, f.preferred) if text and misattributed(text, facts, sources)}
    assert found == {}
    old = ("TASS's 'Triumf' is the transliteration of the Russian name. RIA's version "
           "translates it as 'Triumph' ([[s400-name-ria]]); both name the same system.")
    assert misattributed(old, facts, sources) == ["RIA (the article is GSV's)"]


# -- M8: a status card shows the latest the sources know -------------------------------------

def _latest_possible(source: Source) -> str | None:
    date = source.published.date
    return bounds_of(date).latest.isoformat() if date else None


def _earliest_possible(source: Source) -> str | None:
    date = source.published.date or source.published.not_before
    return bounds_of(date).earliest.isoformat() if date else None


def stale_status_cards(site: Site, facts: dict[str, Fact],
                       sources: dict[str, Source]) -> list[str]:
    """Status cards of an at-a-glance whose article is older than another card's."""
    stale = []
    for page in site.pages:
        for section in page.sections:
            cells = [(cell, sources[facts[cell.fact].source]) for cell in section.at_a_glance
                     if cell.fact in facts]
            for cell, source in cells:
                if cell.label.lower() != "status":
                    continue
                latest = _latest_possible(source)
                others = [e for _, other in cells if (e := _earliest_possible(other))]
                if latest and any(latest < other for other in others):
                    stale.append(f"{section.id}: {cell.fact}")
    return stale


def test_status_cards_are_not_older_than_what_they_sum_up(result: CheckResult) -> None:
    assert result.validated.site is not None
    site = result.validated.site.model
    assert isinstance(site, Site)
    facts, sources = _facts(result), _sources(result)
    assert stale_status_cards(site, facts, sources) == []
    old = site.model_copy(deep=True)
    patriot = next(s for p in old.pages for s in p.sections if s.id == "patriot-offer")
    patriot.at_a_glance[-1] = patriot.at_a_glance[-1].model_copy(
        update={"label": "Status", "fact": "patriot-turkish-interest"})
    assert stale_status_cards(old, facts, sources) == ["patriot-offer: patriot-turkish-interest"]


# -- M10: a note that suspects a slip names every hand the words passed through --------------

SLIP = re.compile(r"\b(?:slip|mistake|error|mistranslat\w*|misquot\w*)\b", re.IGNORECASE)


def one_sided_slips(fact: Fact, sources: dict[str, Source]) -> list[str]:
    """Sentences of the note that suspect a slip without naming the outlet that relays
    the words (or "the article", "the rewrite", its "rendering")."""
    text = " ".join(t for t in (fact.note, fact.preferred) if t)
    outlet = _lead(sources[fact.source].publisher)
    found = []
    for start, end in sentences(text):
        sentence = text[start:end]
        if SLIP.search(sentence) and not re.search(
                rf"{re.escape(outlet)}|the article|the rewrite|rendering", sentence):
            found.append(sentence.strip())
    return found


def test_a_suspected_slip_names_the_outlet_too(result: CheckResult) -> None:
    facts, sources = _facts(result), _sources(result)
    assert {f.id: one_sided_slips(f, sources) for f in facts.values()
            if one_sided_slips(f, sources)} == {}
    old = facts["us-view-turkey-russia-trade"].model_copy(update={"note": (
        "The Pentagon spokesman, as TASS reports him. A US official calling Turkey's defense "
        "trade with Russia robust and significant is probably a slip for the US-Turkey "
        "relationship, which US arms-sale notifications record [[ref:dsca-major-arms-sales]].")})
    assert len(one_sided_slips(old, sources)) == 1


@pytest.mark.parametrize("stance", ["reported", "expected", "possible", "denied"])
def test_each_hint_applied_fixes_the_headline(stance: str) -> None:
    """Every word E702's hint offers, written into the headline, keeps the hedge."""
    from generator.check.rules.e702_headline_hedge import HINTS, missing

    fact = Fact.model_validate({
        "id": "f", "source": "a.txt", "subject": "S", "property": "p", "stance": stance,
        "quote": "the loan is in rubles", "value": {"kind": "text", "text": "rubles"}})
    assert [kind for kind, _, _ in missing("The loan is in rubles", [fact])] == [stance]
    offered = [w.strip("… ") for w in re.findall(r'"([^"]+)"', HINTS[stance])]
    assert offered
    for word in offered:
        assert missing(f"The loan is in rubles, {word}", [fact]) == [], word
    said = fact.model_copy(update={"stance": "stated", "quote": "the loan is in rubles, he said"})
    offered = [w.strip("… ") for w in re.findall(r'"([^"]+)"', HINTS["attributed"])]
    for word in offered:
        assert missing(f"The loan is in rubles, {word}", [said]) == [], word
