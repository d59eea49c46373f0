"""Site-wide: wherever a fact's value is shown, its hedge and the basis of its date go too.

Every element of the built site that carries ``data-fact`` shows that fact's value (a
table cell, an at-a-glance card, a key figure, a citation's tooltip, a timeline date and
its mark in the drawing, a reference in free text, a quoted passage on an evidence page).
For a fact whose stance is not ``stated``, the element's own text says the stance; for a
date worked out from the article's date ("on Tuesday", "within two years"), or dated only
by the article's dateline, it says so. The renderer writes these marks, not the editors.
"""

from __future__ import annotations

import html
from html.parser import HTMLParser
from pathlib import Path

import pytest
import yaml
from factcheck_helpers import real_articles
from sitetools import FIXTURES, REPO, build, copy_project, make_repository

from generator.check.pipeline import check_project
from generator.model import DateValue, Fact
from generator.model.chronology import counted_interval
from generator.model.describe import describe_date

EXAMPLE = REPO / "examples" / "hurricane-florence"
SHEETS = {"s400": REPO, "other_topic": FIXTURES / "other_topic", "example": EXAMPLE}
# A stance shows as its label ("reportedly") or its name ("reported", in free text).
STANCE_WORDS = {"reported": ("reportedly", "reported"), "expected": ("expected",),
                "possible": ("possibly", "possible"), "denied": ("denied",)}
DERIVED_WORDS = ("worked out", "derived date")
ARTICLE_DATE_WORDS = ("the article's date", "on or before")
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
        "track", "wbr", "circle", "line", "path", "rect", "stop"}


class _Shown(HTMLParser):
    """Every element carrying data-fact, with its whole text (nested elements included)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.open: list[tuple[str, str | None, list[str], str]] = []
        self.found: list[tuple[str, str, str]] = []  # fact id, class, text

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in VOID:
            return
        named = dict(attrs)
        self.open.append((tag, named.get("data-fact"), [], named.get("class") or ""))

    def handle_endtag(self, tag: str) -> None:
        for index in range(len(self.open) - 1, -1, -1):
            if self.open[index][0] == tag:
                for _, fact, text, css in reversed(self.open[index:]):
                    if fact is not None:
                        self.found.append((fact, css, "".join(text)))
                del self.open[index:]
                return

    def handle_data(self, data: str) -> None:
        for _, _, text, _ in self.open:
            text.append(data)


def shown_facts(html: str) -> list[tuple[str, str, str]]:
    parser = _Shown()
    parser.feed(html)
    parser.close()
    return parser.found


def missing_marks(fact: Fact, text: str) -> list[str]:
    """The marks ``text`` should carry for ``fact`` and does not."""
    lowered = text.lower()
    missing: list[str] = []
    if fact.stance != "stated" and not any(w in lowered for w in STANCE_WORDS[fact.stance]):
        missing.append(fact.stance)
    value = fact.value
    if isinstance(value, DateValue) and value.relative and not any(
            w in lowered for w in DERIVED_WORDS):
        missing.append("derived date")
    if fact.date_basis == "article" and not any(w in lowered for w in ARTICLE_DATE_WORDS):
        missing.append("dated by the article")
    return missing


def example_layout(target: Path) -> Path:
    """The example as in a checkout: its registry finds the shared articles at
    ``../shared/real-articles`` from the repository's root."""
    make_repository(target / "repo")
    sheet = copy_project(EXAMPLE, target / "repo" / "examples" / "hurricane-florence")
    (target / "shared").mkdir()
    (target / "shared" / "real-articles").symlink_to(real_articles(), target_is_directory=True)
    return sheet


@pytest.fixture(scope="module", params=sorted(SHEETS))
def built(request: pytest.FixtureRequest,
          tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Fact]]:
    root = copy_project(SHEETS[request.param], tmp_path_factory.mktemp("project"))
    if request.param == "example":
        root = example_layout(tmp_path_factory.mktemp("layout"))
    out = tmp_path_factory.mktemp(f"honest-{request.param}")
    result = build(root, out)
    assert result.returncode == 0, result.stderr
    facts = {entry.model.id: entry.model for entry in check_project(root).validated.facts}
    return out, facts


def test_every_shown_value_carries_its_stance_and_date_basis(
        built: tuple[Path, dict[str, Fact]]) -> None:
    site, facts = built
    problems: list[str] = []
    hedged_shown = 0
    for page in sorted(site.rglob("*.html")):
        for fact_id, css, text in shown_facts(page.read_text("utf-8")):
            if "fs-tied" in css.split():
                continue  # a figure of an editor's note, tied to its own fact's quote
            fact = facts[fact_id]
            missing = missing_marks(fact, text)
            if fact.stance != "stated" or isinstance(fact.value, DateValue):
                hedged_shown += 1
            if missing:
                problems.append(f"{page.relative_to(site)}: {fact_id} <{css}> "
                                f"{' '.join(text.split())[:120]!r} lacks {missing}")
    assert hedged_shown > 10
    assert problems == []


@pytest.mark.parametrize(("html", "missing"), [
    # M1: a key figure that drops "reportedly" (the old home page's markup)
    ('<span class="fs-figure-value" data-fact="f">more than US$2 billion</span>', ["reported"]),
    # M1: a tooltip that drops it
    ('<span class="fs-ref" data-fact="f"><a>TASS<sup>5</sup></a><span class="fs-tip">'
     '<q>exceeded two billion US dollars</q> TASS, 30 December 2017</span></span>',
     ["reported"]),
    ('<span class="fs-shown" data-fact="f"><strong>more than US$2 billion</strong> '
     '<span class="fs-badge">reportedly</span></span>', []),
])
def test_the_scan_sees_a_dropped_hedge(html: str, missing: list[str]) -> None:
    fact = Fact.model_validate({
        "id": "f", "source": "a.txt", "subject": "S", "property": "value",
        "quote": "exceeded two billion US dollars", "stance": "reported",
        "value": {"kind": "money", "amount": 2, "scale": "billion", "currency": "USD",
                  "qualifier": "over"}})
    (fact_id, _, text), = shown_facts(f"<p>{html}</p>")[-1:]
    assert fact_id == "f"
    assert missing_marks(fact, text) == missing


def test_the_scan_sees_a_bare_worked_out_date() -> None:
    # O3: the summary card's "Signing announced 12 September 2017" with no mark
    fact = Fact.model_validate({
        "id": "d", "source": "a.txt", "subject": "S", "property": "signing announced",
        "quote": "On September 12, X said", "value": {
            "kind": "date", "date": "2017-09-12", "relative": "September 12"}})
    (_, _, text), = shown_facts('<dd><strong class="fs-value" data-fact="d">12 September '
                                '2017</strong></dd>')
    assert missing_marks(fact, text) == ["derived date"]


def test_a_count_from_the_article_date_shows_no_day_bounds(
        built: tuple[Path, dict[str, Fact]]) -> None:
    """O1: "within two years" is shown in its own words, as of the article's date, not as
    day bounds the sentence does not give (it may count from an earlier day)."""
    site, facts = built
    within = [f for f in facts.values() if isinstance(f.value, DateValue)
              and counted_interval(f.value)]
    pages = [shown_facts(page.read_text("utf-8")) for page in sorted(site.rglob("*.html"))]
    for fact in within:
        shown = [text for found in pages for fact_id, css, text in found
                 if fact_id == fact.id and "fs-tied" not in css.split()]
        assert shown, f"{fact.id} is shown nowhere, so its words are not checked"
        for text in shown:
            assert isinstance(fact.value, DateValue)
            assert (fact.value.relative or "") in text and "between" not in text, text


def test_a_dateline_date_is_shown_as_on_or_before(
        built: tuple[Path, dict[str, Fact]]) -> None:
    """O2: a date the quote takes from the article's dateline is the latest day the claim
    can have been made, and is shown so (the Foreign Ministry's assessment)."""
    site, facts = built
    dateline = [f for f in facts.values() if f.date_basis == "article"]
    if site.name.startswith("honest-s400"):
        assert [f.id for f in dateline] == ["tl-2020-07-23-foreign-ministry"]
    pages = [shown_facts(page.read_text("utf-8")) for page in sorted(site.rglob("*.html"))]
    for fact in dateline:
        shown = [text for found in pages for fact_id, css, text in found
                 if fact_id == fact.id and "fs-date" in css.split()]
        assert shown and all(text.startswith("on or before ") for text in shown), shown


def test_the_coverage_count_counts_relative_dates_in_a_readers_words(
        built: tuple[Path, dict[str, Fact]]) -> None:
    """M11: "20 of 25 figures and dates curated" left out the relative dates ("on
    Wednesday"); they now count, and the home page says so in a reader's words, with no
    editor's jargon ("curated", "accounted for")."""
    site, _ = built
    home = html.unescape(" ".join((site / "index.html").read_text("utf-8").split()))
    status = home[home.index('class="fs-status"'):]
    status = status[:status.index("</p>")]
    assert "The articles state " in status
    assert "figures and dates, counting dates such as" in status
    assert "stand in the quotes of the facts shown here" in status
    assert "curated" not in status and "accounted for" not in status


def _figures(home: str) -> dict[str, str]:
    """Each key figure's fact id and the markup of its block on the home page."""
    blocks: dict[str, str] = {}
    for block in home.split('<div class="fs-figure">')[1:]:
        fact = block.split('data-fact="', 1)[1].split('"', 1)[0]
        blocks[fact.replace("&#45;", "-")] = block.split('<div class="fs-figure">', 1)[0]
    return blocks


def _disagreeing_with(block: str) -> set[str]:
    notes = [part.split("</p>", 1)[0] for part in block.split("Sources disagree: also")[1:]]
    return {note.split('data-fact="', 1)[1].split('"', 1)[0].replace("&#45;", "-")
            for note in notes}


@pytest.fixture(scope="module")
def example_site(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    root = example_layout(tmp_path_factory.mktemp("layout"))
    out = tmp_path_factory.mktemp("example-site")
    result = build(root, out)
    assert result.returncode == 0, result.stderr
    return root, out


def test_the_example_shows_no_agreeing_value_as_a_disagreement(
        example_site: tuple[Path, Path]) -> None:
    """The audit of the example: "at least 11 people" was shown against "at least 11
    deaths" (and "at least 14"), 5 mph against 5 mph, Category 1 against category one."""
    root, site = example_site
    result = check_project(root)
    figures = _figures((site / "index.html").read_text("utf-8"))
    shown = _disagreeing_with(figures["deaths-usatoday"])
    assert shown and not shown & {"deaths-fox", "deaths-vox", "deaths-fox-news-observer",
                                  "deaths-vox-dozen"}
    assert shown == set(result.disagreeing["deaths-usatoday"])
    in_conflict = {fact_id for group in result.conflicts for fact_id in group}
    for fact_id in ("category-landfall-cnn", "speed-friday-night-cnn", "winds-friday-night-cnn",
                    "position-saturday-fox", "said-nws-marathon-usatoday",
                    "evacuation-harnett-usatoday"):
        assert fact_id not in in_conflict
    # USA TODAY's Saturday-night text is a later version of its early-Saturday one
    assert result.origins["06_usatoday_Vci5vOw8DLYaJrYy.txt"] == "02_usatoday_NSf2xoExRcg2qpCy.txt"


def test_readings_are_shown_at_their_times(example_site: tuple[Path, Path]) -> None:
    """The storm's speed at 11 p.m. Friday, 2 a.m. and midmorning Saturday: readings in
    time order, each marked as one, none shown as a disagreement. The note gives no
    time itself (the editor's as_of is no checked date); the quote beside it does."""
    _, site = example_site
    storm = (site / "storm" / "index.html").read_text("utf-8")
    assert "Sources disagree" not in storm
    order = [storm.index(f'id="{fact_id}"') for fact_id in (
        "speed-friday-night-cnn", "speed-saturday-2am-usatoday", "speed-saturday-fox",
        "speed-saturday-11pm-usatoday")]
    assert order == sorted(order)
    assert storm.count("A reading at the time its article gives") == 10


# Words a label may not add to its quote: a superlative or "so far" claims a comparison
# the sentence must make ("Most rain" for "more than 35 inches ... in Surf City").
SUPERLATIVES = ("most", "least", "highest", "lowest", "largest", "biggest", "fastest",
                "worst", "deadliest", "record", "first", "so far")
# The text's own word for a superlative label: "as high as 10 feet" is the highest.
SAID_AS = {"highest": ("as high as",), "fastest": ("the fastest",)}


def label_overreach(label: str, quote: str, names: bool = False) -> list[str]:
    """The words of ``label`` that say more than ``quote``: superlatives it does not state
    and, for a card's label (``names``), names it does not give ("Rescued in New Bern"
    over a sentence that names no place)."""
    said = " ".join(quote.lower().replace(",", " ").replace(".", " ").split())
    words = label.replace(",", " ").split()
    lowered = " ".join(label.lower().replace(",", " ").split())
    found = [word for word in SUPERLATIVES
             if f" {word} " in f" {lowered} " and f" {word} " not in f" {said} "
             and not any(phrase in said for phrase in SAID_AS.get(word, ()))]
    if names:
        found += [word for word in words[1:] if word[:1].isupper()
                  and word.lower().strip("'’s") not in said]
    return found


@pytest.mark.parametrize(("label", "quote", "names", "over"), [
    # the example's old cards and properties (issue 20, item 3)
    ("Most rain", "As of Saturday afternoon, more than 35 inches of rain had fallen in "
     "Surf City on the North Carolina coast.", True, ["most"]),
    ("Rescued in New Bern", "Since Thursday, more than 360 people have been carried to "
     "higher ground amid rising waters from a river swelled by both rain and salty storm "
     "surge.", True, ["New", "Bern"]),
    ("most in North Carolina so far", "The National Weather Service says 16 inches of rain "
     "has already fallen in parts of North Carolina.", False, ["most", "so far"]),
    ("highest", "Storm surges -- the bulge of ocean water pushed ashore by the hurricane -- "
     "were as high as 10 feet.", False, []),
    ("Rain in Surf City", "As of Saturday afternoon, more than 35 inches of rain had fallen "
     "in Surf City on the North Carolina coast.", True, []),
])
def test_the_label_check_sees_words_the_quote_does_not_say(label: str, quote: str,
                                                          names: bool, over: list[str]) -> None:
    assert label_overreach(label, quote, names) == over


@pytest.mark.parametrize("sheet", ["s400", "example"])
def test_no_label_says_more_than_its_quote(sheet: str, tmp_path: Path) -> None:
    """Card labels (summary, at a glance) and properties on both sheets: no superlative the
    quote does not state; a card's label names only what its quote names."""
    root = REPO if sheet == "s400" else example_layout(tmp_path)
    facts = {e.model.id: e.model for e in check_project(root).validated.facts}
    problems = [f"{fact_id}: card {label!r} adds {over}" for label, fact_id in _site_labels(root)
                if fact_id in facts
                and (over := label_overreach(label, facts[fact_id].quote, names=True))]
    problems += [f"{fact.id}: property {fact.property!r} adds {over}"
                 for fact in facts.values()
                 if (over := label_overreach(fact.property, fact.quote))]
    assert problems == []


def _site_labels(root: Path) -> list[tuple[str, str]]:
    site = yaml.safe_load((root / "facts" / "site.yml").read_text("utf-8"))
    found: list[tuple[str, str]] = []
    pending: list[object] = [site]
    while pending:
        item = pending.pop()
        if isinstance(item, dict):
            if isinstance(item.get("label"), str) and isinstance(item.get("fact"), str):
                found.append((item["label"], item["fact"]))
            pending.extend(item.values())
        elif isinstance(item, list):
            pending.extend(item)
    return found


def test_the_example_keeps_nearly_and_its_plurals(example_site: tuple[Path, Path]) -> None:
    """Fox News's "nearly a million people" was shown as "about 1 million person"."""
    _, site = example_site
    home = (site / "index.html").read_text("utf-8")
    assert "nearly 1 million people" in home
    assert "1 million person" not in home and "about 1 million" not in home


# Words of a quote that hedge a figure without being a stance the checker reads: the row
# that shows the figure (its property, value or note) must say them too.
HEDGE_WORDS = ("estimated", "preliminary", "possibly", "unconfirmed", "tentative",
               "allegedly")


def dropped_hedges(fact: Fact) -> list[str]:
    """Hedge words of a stated figure's quote that its row does not carry ("estimated
    maximum winds of 90 mph" shown as "maximum sustained winds at landfall: 90 mph")."""
    if fact.stance != "stated" or fact.value.kind not in ("quantity", "money", "date"):
        return []
    quote = fact.quote.lower()
    shown = " ".join((fact.property, fact.note or "", fact.event or "")).lower()
    return [word for word in HEDGE_WORDS if word in quote and word not in shown]


def test_the_hedge_scan_sees_the_old_example_rows() -> None:
    """The audit's rows: USA TODAY's estimated winds and Vox's preliminary assessment."""
    winds = Fact.model_validate({
        "id": "w", "source": "a.txt", "subject": "Florence",
        "property": "maximum sustained winds at landfall",
        "quote": "The NHC said Florence went ashore near Wrightsville Beach, North Carolina, "
                 "at 7:15 a.m. EDT with estimated maximum winds of 90 mph.",
        "value": {"kind": "quantity", "amount": 90, "unit": "mph"}})
    assert dropped_hedges(winds) == ["estimated"]
    climate = Fact.model_validate({
        "id": "c", "source": "a.txt", "subject": "Rainfall",
        "property": "more rain because of warming (Stony Brook University)",
        "quote": "A preliminary assessment from Stony Brook University modeled the forecast "
                 "of Florence. In short, they concluded, the warmer atmosphere we live in "
                 "today allowed Florence to dump 50 percent more rainfall.",
        "value": {"kind": "quantity", "amount": 50, "unit": "percent"}})
    assert dropped_hedges(climate) == ["preliminary"]


@pytest.mark.parametrize("sheet", ["s400", "example"])
def test_no_row_drops_a_hedge_of_its_quote(sheet: str, tmp_path: Path) -> None:
    root = REPO if sheet == "s400" else example_layout(tmp_path)
    result = check_project(root)
    problems = {e.model.id: over for e in result.validated.facts
                if (over := dropped_hedges(e.model))}
    assert problems == {}
    if sheet == "example":
        facts = {e.model.id: e.model for e in result.validated.facts}
        # "under investigation as possibly related to the storm" keeps its "possibly"
        assert "possibly" in str(facts["deaths-nc-confirmed-usatoday"].value.model_dump())
        # Texas's "nearly 4 inches" under the sentence before's "could" is not stated
        assert facts["rain-volume-texas-fox"].stance == "possible"


def test_addresses_break_on_a_phone(example_site: tuple[Path, Path]) -> None:
    """An article's address shown as text wraps at its slashes and dots: at 320 px the
    unbroken address ran past the screen on every evidence page."""
    import html as html_module

    from generator.base.escape import escape_url_text

    url = ("https://www.usatoday.com/story/news/2018/09/15/"
           "tropical-storm-florence-threatens-carolinas-more-rain/1316259002/")
    shown = str(escape_url_text(url))
    assert html_module.unescape(shown.replace("<wbr>", "")) == url
    assert max(len(html_module.unescape(run)) for run in shown.split("<wbr>")) <= 16
    _, site = example_site
    pages = sorted((site / "sources").glob("0*.html"))
    assert pages
    for page in pages:
        text = page.read_text("utf-8")
        link = text.split("<dt>Original</dt>", 1)[1].split("</a>", 1)[0].split(">", 2)[2]
        runs = [html_module.unescape(run) for run in link.split("<wbr>")]
        assert len(runs) > 3 and max(map(len, runs)) <= 40, (page.name, runs)


def test_the_home_page_counts_an_update_as_one_source(example_site: tuple[Path, Path]) -> None:
    """USA TODAY's Saturday-night text updates its early-Saturday one: the home page counts
    them as one source and says why."""
    _, site = example_site
    home = " ".join((site / "index.html").read_text("utf-8").split())
    assert "from 6 articles (5 independent" in home
    assert "rewrites, translates, republishes or updates another" in home


def test_a_date_worked_out_from_an_update_names_the_update_day(
        example_site: tuple[Path, Path]) -> None:
    """Trial 4: Fox's text is the 16 September update of a 15 September story, and its
    "on Friday" was said to be worked out from "the day the article was last updated, 15
    September 2018, from the collection's records; updated 16 September 2018": the first
    day named was the publication day. The note names the update day, with its basis."""
    root, site = example_site
    sources = yaml.safe_load((root / "facts" / "sources.yml").read_text("utf-8"))
    updated = {describe_date(DateValue(kind="date", date=entry["updated"]["date"]))
               for entry in sources["sources"] if entry.get("updated")}
    lead = "the day the article was last updated, "
    named = [html.unescape(page.read_text("utf-8")).split(lead)[1:]
             for page in sorted(site.rglob("*.html"))]
    days = [after.split(",", 1)[0].split("<", 1)[0] for found in named for after in found]
    assert days, "the example shows dates worked out from an update"
    assert set(days) <= updated, (set(days), updated)


def test_an_open_end_from_a_worked_out_time_shows_its_day_and_time(
        example_site: tuple[Path, Path]) -> None:
    """Trial 4: "to reach flood stage at Manchester after 2 a.m. ET Sunday" was shown as
    "after 2 a.m. ET Sunday, as of 15 September 2018", the form of an interval counted
    from the article's date ("within two years"), so the worked-out Sunday was never
    shown. It is an open end from a day and time: both are shown, marked as worked out."""
    _, site = example_site
    rivers = html.unescape((site / "rivers" / "index.html").read_text("utf-8"))
    row = rivers.split('id="river-manchester-flood-time-usatoday"', 1)[1].split("</tr>", 1)[0]
    assert "from 16 September 2018, 02:00 UTC-04:00" in row
    assert "as of" not in row and "date worked out" in row
