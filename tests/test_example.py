"""The example sheet, examples/hurricane-florence: built from six real articles that the
repository does not redistribute. They are read from ``../shared/real-articles/`` beside
the repository (CI and the tests have them there), as its registry's ``sources_dir:``
says; the site shows only the sentences its facts quote.

Also: no word of one sheet on the other's site (the S-400 sheet and this one)."""

from __future__ import annotations

import html
import json
import os
import re
import shutil
from pathlib import Path

import pytest
import yaml
from factcheck_helpers import real_articles
from sitetools import REPO, build, make_repository

from generator.check.pipeline import check_project
from generator.reading import normalise

EXAMPLE = REPO / "examples" / "hurricane-florence"
TOPIC = "hurricane-florence-2018"
# Words of each sheet that the other's site must not hold (the theme's own scripts and
# styles, the same bytes in every site, are not the sheet's words).
S400_WORDS = ("S-400", "Turkey", "Turkish", "Erdogan", "Erdoğan", "Triumf", "Kremlin",
              "Ankara", "Pentagon", "Patriot", "missile", "NATO", "TASS")
FLORENCE_WORDS = ("Florence", "Carolina", "hurricane", "Wilmington", "New Bern", "FEMA",
                  "Cooper", "rainfall", "storm surge")


@pytest.fixture(scope="module")
def example(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The example laid out as in a checkout: ``<tmp>/repo/examples/hurricane-florence``
    beside ``<tmp>/shared/real-articles`` (a link to the shared articles), so the
    registry's own ``sources_dir``, from the repository's root, is what finds them."""
    articles = real_articles()
    assert (articles / TOPIC).is_dir(), (
        f"the shared real articles are not at {articles}: check them out beside the "
        "repository (../shared/real-articles) or set REAL_ARTICLES")
    root = tmp_path_factory.mktemp("layout")
    make_repository(root / "repo")
    sheet = root / "repo" / "examples" / "hurricane-florence"
    sheet.mkdir(parents=True)
    for name in ("facts", "docs"):
        shutil.copytree(EXAMPLE / name, sheet / name)
    shutil.copy(EXAMPLE / "mkdocs.yml", sheet / "mkdocs.yml")
    (root / "shared").mkdir()
    (root / "shared" / "real-articles").symlink_to(articles, target_is_directory=True)
    return sheet


@pytest.fixture(scope="module")
def example_site(example: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("example-site")
    result = build(example, out)
    assert result.returncode == 0, result.stderr
    assert "WARNING" not in result.stderr, result.stderr
    return out


def test_the_registry_names_the_shared_folder_beside_the_repository() -> None:
    registry = yaml.safe_load((EXAMPLE / "facts" / "sources.yml").read_text("utf-8"))
    assert registry["sources_dir_from"] == "repository"  # true at any depth in the repository
    folder = os.path.normpath(REPO / registry["sources_dir"])
    assert Path(folder) == REPO.parent / "shared" / "real-articles" / TOPIC
    assert all(entry["republish"] is False for entry in registry["sources"])
    assert not (EXAMPLE / "facts" / "sources").exists(), "the articles are not redistributed"
    names = {entry["file"] for entry in registry["sources"]}
    tracked = {p.name for p in EXAMPLE.rglob("*") if p.is_file()}
    assert not names & tracked


def test_the_example_checks_clean_and_accounts_for_every_figure(example: Path) -> None:
    result = check_project(example)
    assert result.ok, [f"{p.position} {p.code} {p.message}" for p in result.report.errors]
    assert len(result.articles) == 6
    codes = {p.code for p in result.report.problems}
    assert codes <= {"C501", "Q303"}, codes  # disagreements (shown side by side), a repeat
    assert result.coverage is not None and result.coverage.count("unaccounted") == 0
    # The running tolls and rescue counts of different hours stay real disagreements;
    # agreeing bounds, readings at their hours and one story's update do not (issue 20).
    in_conflict = {fact_id for group in result.conflicts for fact_id in group}
    assert {"deaths-bbc", "deaths-usatoday", "deaths-fox-nc"} <= in_conflict
    assert "deaths-fox" not in result.disagreeing.get("deaths-usatoday", [])


def test_refused_facts_are_in_the_fact_format_and_still_refused(example: Path) -> None:
    """refused.yml is the reader's to-do list: correct facts in their natural form that
    today's checker refuses. Each is still refused, with the code it records; when one
    passes, it belongs back in facts/ (move it, and drop its dismissal)."""
    refused = yaml.safe_load((EXAMPLE / "refused.yml").read_text("utf-8"))["facts"]
    # The last fact the list held, the landfall time, passes with its day_from; without it
    # it is still refused, which also proves the probe below sees a refusal.
    storm = yaml.safe_load((EXAMPLE / "facts" / "storm.yml").read_text("utf-8"))["facts"]
    landfall = next(dict(f) for f in storm if f["id"] == "landfall-time-usatoday")
    del landfall["day_from"]
    landfall.update(id="landfall-time-probe", refused="V405 the day is not known")
    probe = []
    for fact in [landfall, *refused]:
        code = fact.pop("refused").split(" ", 1)[0]
        assert re.fullmatch(r"[A-Z]\d{3}", code), code
        probe.append((fact, code))
    facts = example.parent / "probe" / "facts"
    shutil.copytree(example / "facts", facts)
    text = "facts:\n" + "".join(
        "  - " + yaml.safe_dump(fact, allow_unicode=True, sort_keys=False, width=10**6)
        .strip().replace("\n", "\n    ") + "\n" for fact, _ in probe)
    (facts / "refused.yml").write_text(text, "utf-8")
    lines = text.split("\n")
    starts = [i + 1 for i, line in enumerate(lines) if line.startswith("  - ")] + [len(lines)]
    problems = check_project(example.parent / "probe").report.errors
    for index, (fact, code) in enumerate(probe):
        mine = [p.code for p in problems if p.fact_id == fact["id"] or (
            p.position.path == "facts/refused.yml"
            and starts[index] <= (p.position.line or 0) < starts[index + 1])]
        assert code in mine, (fact["id"], code, mine)


def _site_text(site: Path) -> str:
    """Every word the built site publishes: its pages' text, the search index and the
    exports (the theme's bundled scripts and styles are left out)."""
    parts = []
    for path in sorted(site.rglob("*")):
        relative = path.relative_to(site).as_posix()
        if not path.is_file() or relative.startswith(("assets/javascripts/",
                                                      "assets/stylesheets/")):
            continue
        if path.suffix in (".html", ".json", ".jsonld", ".csv", ".txt", ".xml", ".js"):
            text = path.read_text("utf-8", errors="replace")
            if path.suffix == ".json":
                text = json.dumps(json.loads(text), ensure_ascii=False)
            parts.append(html.unescape(text))
    return normalise("\n".join(parts))


def test_the_built_site_holds_no_sentence_that_no_fact_quotes(example: Path,
                                                             example_site: Path) -> None:
    """The articles may not be republished: of each, the site shows (and search indexes)
    the sentences its facts quote, and no other."""
    published = _site_text(example_site)
    search = json.loads((example_site / "search" / "search_index.json").read_text("utf-8"))
    indexed = normalise(html.unescape(re.sub(r"<[^>]+>", " ", " ".join(
        doc["title"] + " " + doc["text"] for doc in search["docs"]))))
    result = check_project(example)
    articles = {name: article.text for name, article in result.articles.items()}
    shown: list[str] = []  # by this test's own split, not the generator's excerpt
    for entry in result.validated.facts:
        text = articles[entry.model.source]
        for passage in filter(None, (entry.model.quote, entry.model.noun_from)):
            first, last = _original_span(text, passage)
            assert first < last
            shown += [normalise(text[s:e]) for s, e in _own_sentences(text)
                      if s < last and e > first]
    titles = {normalise(e.model.title) for e in result.validated.sources}
    checked = 0
    for name, text in sorted(articles.items()):
        for s, e in _own_sentences(text):
            plain = normalise(text[s:e])
            if len(plain.split()) < 6 or plain in titles or any(plain in s for s in shown):
                continue
            checked += 1
            assert plain not in published, (name, text[s:e])
            assert plain not in indexed, (name, text[s:e])
    assert checked > 200
    assert not list((example_site / "sources").glob("*.txt"))


# a stop, or a stop inside closing quotation marks ('so.” If …'), then a space
SENTENCE_END = re.compile(r"(?<=[.!?])\s+|(?<=[.!?][\"”’'])\s+")


def _own_sentences(text: str) -> list[tuple[int, int]]:
    """The spans of ``text``'s sentences, split line by line at every stop."""
    spans, offset = [], 0
    for line in text.split("\n"):
        begin = 0
        for match in SENTENCE_END.finditer(line):
            spans.append((offset + begin, offset + match.start()))
            begin = match.end()
        spans.append((offset + begin, offset + len(line)))
        offset += len(line) + 1
    return spans


def _original_span(text: str, quote: str) -> tuple[int, int]:
    """Where ``quote`` stands in ``text``, whitespace and quote marks aside."""
    from generator.reading import normalise_mapped

    mapped = normalise_mapped(text)
    start = mapped.text.find(normalise(quote))
    return mapped.original_span(start, start + len(normalise(quote)))


def _has_word(text: str, word: str) -> bool:
    """``word`` as a whole word (any case, any plural): "Cooper" is not in "cooperation"."""
    return re.search(rf"(?<![\w-]){re.escape(word)}(?:e?s)?(?![\w-])", text, re.I) is not None


def test_the_word_scan_finds_whole_words_only() -> None:
    assert _has_word("the S-400s and Turkey.", "S-400") and _has_word("Turkey.", "turkey")
    assert not _has_word("future cooperation", "Cooper")
    assert _has_word("two hurricanes", "hurricane")


def test_the_example_site_holds_no_word_of_the_s400_sheet(example_site: Path) -> None:
    published = _site_text(example_site)
    assert "Florence" in published
    found = [word for word in S400_WORDS if _has_word(published, word)]
    assert found == [], found


def test_the_s400_site_holds_no_word_of_the_example(tmp_path: Path) -> None:
    out = tmp_path / "s400"
    result = build(REPO, out)
    assert result.returncode == 0, result.stderr
    published = _site_text(out)
    assert "S-400" in published
    found = [word for word in FLORENCE_WORDS if _has_word(published, word)]
    assert found == [], found


def test_the_sheet_shows_counts_as_the_articles_write_them(example_site: Path) -> None:
    """"leaves 8 dead" (a USA TODAY headline) is 8 dead on the page, not "8 deads"."""
    page = html.unescape((example_site / "toll" / "index.html").read_text("utf-8"))
    assert "8 dead" in page and "deads" not in page
