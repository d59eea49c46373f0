"""The built site: pages, anchors, citations, highlights, exports, strictness, safety."""

from __future__ import annotations

import csv
import html as html_module
import io
import json
import posixpath
import re
from html import unescape
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from sitetools import FIXTURES, REPO, build, copy_project, parse, tree_digest

from generator.check.pipeline import check_project


@pytest.fixture(scope="module")
def real_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("site")
    result = build(REPO, out)
    assert result.returncode == 0, result.stderr
    assert "WARNING" not in result.stderr, result.stderr
    return out


def html_pages(site: Path) -> list[Path]:
    return sorted(p for p in site.rglob("*.html") if p.name != "404.html")


def resolve(site: Path, page: Path, href: str) -> tuple[Path, str]:
    """The file and fragment a relative href on ``page`` points at."""
    parts = urlsplit(href)
    base = page.parent.relative_to(site).as_posix()
    target = posixpath.normpath(posixpath.join(base, unquote(parts.path)))
    path = site / target
    if path.is_dir() or parts.path.endswith("/") or parts.path == "":
        path = (path if parts.path else page.parent if page.name == "index.html" else page)
        if path.is_dir():
            path = path / "index.html"
    return path, parts.fragment


def test_every_page_of_the_sheet_is_built(real_site: Path) -> None:
    result = check_project(REPO)
    assert result.ok
    site = result.validated.site
    assert site is not None
    for page in site.model.pages:
        assert (real_site / page.path / "index.html").is_file()
    for entry in result.validated.sources:
        assert (real_site / "sources" / f"{entry.model.slug}.html").is_file()
    for name in ("index.html", "sources/index.html", "rules.html", "methodology.html",
                 "facts.json", "facts.csv"):
        assert (real_site / name).is_file(), name


def test_every_internal_link_and_anchor_resolves(real_site: Path) -> None:
    checked = 0
    for page in html_pages(real_site):
        for tag, attrs in parse(page).tags:
            href = attrs.get("href", "")
            if tag != "a" or not href or href.startswith(("http://", "https://", "mailto:")):
                continue
            target, fragment = resolve(real_site, page, href)
            assert target.exists(), f"{page}: {href}"
            if fragment and target.suffix == ".html" and not fragment.startswith(":~:"):
                assert fragment in parse(target).ids, f"{page}: {href}"
            checked += 1
    assert checked > 100


def test_every_fact_cites_its_highlighted_quote(real_site: Path) -> None:
    result = check_project(REPO)
    pages = {page: parse(page) for page in html_pages(real_site)}
    cited = set()
    for page, elements in pages.items():
        for tag, attrs in elements.tags:
            if tag == "a" and "fs-cite" in attrs.get("class", ""):
                target, fragment = resolve(real_site, page, attrs["href"])
                assert fragment.startswith("q-")
                assert fragment in pages[target].ids
                cited.add(fragment[2:])
    fact_ids = {entry.model.id for entry in result.validated.facts}
    # Specs, deals and timeline together show every fact with a citation.
    assert fact_ids <= cited


def test_evidence_pages_highlight_every_quote(real_site: Path) -> None:
    result = check_project(REPO)
    for entry in result.validated.sources:
        page = real_site / "sources" / f"{entry.model.slug}.html"
        html = page.read_text(encoding="utf-8")
        facts = [e.model for e in result.validated.facts if e.model.source == entry.model.file]
        for fact in facts:
            assert f'id="q-{fact.id}"' in html
        assert facts, "every article is cited"
        assert html.count('<mark class="fs-quote"') >= len({f.quote for f in facts})
        marked = " ".join(re.findall(r'<mark class="fs-quote"[^>]*>(.*?)</mark>', html, re.S))
        assert marked


def test_page_furniture_is_shown_faded_not_deleted(real_site: Path) -> None:
    html = (real_site / "sources" / "000-4400e936463cdc0a.html").read_text("utf-8")
    furniture = r'class="fs-furniture"[^>]*>This content is not available in your region<'
    assert re.search(furniture, html)


def test_exports_hold_every_fact_with_source_and_check(real_site: Path) -> None:
    result = check_project(REPO)
    data = json.loads((real_site / "facts.json").read_text("utf-8"))
    ids = [fact["id"] for fact in data["facts"]]
    assert ids == [entry.model.id for entry in result.validated.facts]
    for fact in data["facts"]:
        assert fact["check"] == "passed"
        assert fact["source"]["file"].endswith(".txt")
        assert fact["source"]["evidence"].endswith(f"#q-{fact['id']}")
    conflicted = {i for group in result.conflicts for i in group}
    assert {f["id"] for f in data["facts"] if f["conflicts_with"]} == conflicted
    rows = list(csv.DictReader(io.StringIO((real_site / "facts.csv").read_text("utf-8"))))
    assert [row["id"] for row in rows] == ids
    home = (real_site / "index.html").read_text("utf-8")
    assert 'href="facts.json"' in home and 'href="facts.csv"' in home


def test_conflicting_values_are_shown_side_by_side(tmp_path: Path) -> None:
    # The S-400 sheet's differences are all renderings of one value (variants); without
    # its declared rendering, Press TV's 402 km is a disagreement with TASS's 400 km.
    project = copy_project(REPO, tmp_path / "p")
    specs = project / "facts" / "specs.yml"
    text = specs.read_text("utf-8")
    declared = "    rendering: {of: s400-range-tass, relation: unit conversion, probably: true}\n"
    assert declared in text
    specs.write_text(text.replace(declared, ""), "utf-8")
    built = build(project, tmp_path / "out")
    assert built.returncode == 0, built.stderr
    result = check_project(project)
    assert result.conflicts == [["s400-range-tass", "s400-range-presstv"]]
    site = tmp_path / "out"
    pages = {p: p.read_text("utf-8") for p in html_pages(site)}
    for group in result.conflicts:
        page = next(p for p, html in pages.items() if f'id="{group[0]}"' in html
                    and "/sources/" not in p.as_posix())
        for fact_id in group:
            assert f'id="{fact_id}"' in pages[page]
        assert "Sources disagree" in pages[page]


def test_timeline_is_chronological_and_marks_derived_dates(real_site: Path) -> None:
    from generator.model.chronology import span_of

    html = (real_site / "timeline" / "index.html").read_text("utf-8")
    result = check_project(REPO)
    sources = {e.model.file: e.model for e in result.validated.sources}
    timeline = [e.model for e in result.validated.facts if e.path.endswith("timeline.yml")]
    assert "<svg" in html and html.count('class="fs-tl-event"') == 2 * len(timeline)
    spans = {f.id: span_of(f.value, sources[f.source].published)  # type: ignore[arg-type]
             for f in timeline}
    ordered = sorted(timeline, key=lambda f: html.index(f'id="{f.id}"'))
    keys = [spans[f.id].sort_key() for f in ordered]
    assert keys == sorted(keys), "listed by the calendar span of each date"
    # "late 2019" comes after "mid-July 2019"; the year-unknown remark comes last, apart
    ids = [f.id for f in ordered]
    assert ids.index("tl-2019-late-delivery-window") > ids.index("tl-2019-07-deliveries-begin")
    assert ids[-1] == "tl-akar-november-12" and "Year not stated" in html
    assert "12 November (year not stated)" in unescape(html)
    assert "date worked out" in html


def test_site_makes_no_third_party_request(real_site: Path) -> None:
    """Nothing a page loads (scripts, styles, images, fonts, frames) comes from another host."""
    loads = re.compile(r'<(?:script|img|iframe|source|audio|video)[^>]*\ssrc=["\']([^"\']+)'
                       r'|<link[^>]*\shref=["\']([^"\']+)|url\(["\']?([^)"\']+)|@import\s+["\']([^"\']+)')
    seen = 0
    for path in real_site.rglob("*"):
        if path.suffix not in (".html", ".css"):
            continue
        for match in loads.finditer(path.read_text("utf-8", errors="replace")):
            url = next(group for group in match.groups() if group)
            seen += 1
            assert not re.match(r"(https?:)?//", url), f"{path}: {url}"
    assert seen > 20


def test_without_a_repository_there_is_no_edit_link(real_site: Path) -> None:
    for page in html_pages(real_site):
        html = page.read_text("utf-8")
        assert "github.com/example" not in html, page
        assert "/edit/" not in html, page


def test_edit_link_of_a_generated_page_opens_its_yaml(tmp_path: Path) -> None:
    project = copy_project(REPO, tmp_path / "p")
    result = build(project, tmp_path / "out", env={"GITHUB_REPOSITORY": "owner/s400-facts"})
    assert result.returncode == 0, result.stderr
    html = (tmp_path / "out" / "specs" / "index.html").read_text("utf-8")
    assert 'href="https://github.com/owner/s400-facts/edit/main/facts/specs.yml"' in html
    methodology = (tmp_path / "out" / "methodology.html").read_text("utf-8")
    assert 'href="https://github.com/owner/s400-facts/edit/main/docs/methodology.md"' in methodology


def test_strict_build_fails_with_the_checkers_message(tmp_path: Path) -> None:
    project = copy_project(REPO, tmp_path / "p")
    specs = project / "facts" / "specs.yml"
    text = specs.read_text("utf-8")
    broken = text.replace("at a distance of 400 kilometers", "at a distance of 40 kilometers", 1)
    assert broken != text
    specs.write_text(broken, "utf-8")
    result = build(project, tmp_path / "out")
    assert result.returncode != 0
    line = next(i for i, row in enumerate(broken.split("\n"), 1) if "40 kilometers" in row)
    assert re.search(rf"facts/specs\.yml:{line}:\d+: error\[Q301\] quote not found", result.stderr)
    assert not (tmp_path / "out" / "specs").exists()


def test_a_second_fact_sheet_on_another_subject(tmp_path: Path) -> None:
    project = copy_project(FIXTURES / "other_topic", tmp_path / "p")
    result = build(project, tmp_path / "out")
    assert result.returncode == 0, result.stderr
    html = (tmp_path / "out" / "structure" / "index.html").read_text("utf-8")
    assert "Main span" in html and "Clearance" in html
    assert 'id="span-a1"' in html and 'id="span-a2"' in html and "Sources disagree" in html
    history = (tmp_path / "out" / "history" / "index.html").read_text("utf-8")
    assert "The bridge opens to traffic" in history and "14 March 2021" in history
    pages = [p for p in (tmp_path / "out").rglob("*.html") if p.stem != "rules"]
    assert "S-400" not in "".join(p.read_text("utf-8") for p in pages)


def test_builds_are_reproducible(tmp_path: Path) -> None:
    project = copy_project(FIXTURES / "other_topic", tmp_path / "p")
    first, second = tmp_path / "one", tmp_path / "two"
    assert build(project, first).returncode == 0
    assert build(project, second).returncode == 0
    assert tree_digest(first) == tree_digest(second)


def test_build_never_writes_into_facts_or_docs(tmp_path: Path) -> None:
    project = copy_project(REPO, tmp_path / "p")
    before = {name: tree_digest(project / name) for name in ("facts", "docs")}
    assert build(project, tmp_path / "out").returncode == 0
    assert {name: tree_digest(project / name) for name in ("facts", "docs")} == before


def test_a_hand_written_page_is_never_replaced(tmp_path: Path) -> None:
    project = copy_project(FIXTURES / "other_topic", tmp_path / "p")
    (project / "docs" / "index.md").write_text("# My own home page\n", "utf-8")
    result = build(project, tmp_path / "out")
    assert result.returncode != 0
    assert "docs/index.md is hand-written" in result.stderr
    assert (project / "docs" / "index.md").read_text("utf-8") == "# My own home page\n"


def test_render_writes_the_same_pages_atomically(tmp_path: Path) -> None:
    from generator.__main__ import main
    from generator.site.publish import build_pageset, safe_title

    out = tmp_path / "pages"
    assert main(["render", str(out), "--root", str(FIXTURES / "other_topic")]) == 0
    pageset = build_pageset(FIXTURES / "other_topic")
    for page in pageset.pages:
        written = (out / page.path).read_text("utf-8")
        head = f"---\ntitle: {json.dumps(safe_title(page.title), ensure_ascii=False)}\n---\n\n"
        # One front matter (the portable page's own would be shown as text by Zensical).
        assert written == head + (page.html or page.source).strip() + "\n"
    assert json.loads((out / "facts.json").read_text("utf-8"))["facts"]
    assert main(["render", str(FIXTURES / "other_topic" / "facts" / "x"),
                 "--root", str(FIXTURES / "other_topic")]) == 2


def test_an_interrupted_render_leaves_the_previous_output(tmp_path: Path) -> None:
    from generator.base.atomic import replace_tree

    out = tmp_path / "pages"
    out.mkdir()
    (out / "index.md").write_text("previous good build", "utf-8")

    def fail_halfway(folder: Path) -> None:
        (folder / "index.md").write_text("half", "utf-8")
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        replace_tree(out, fail_halfway)
    assert (out / "index.md").read_text("utf-8") == "previous good build"
    assert [p.name for p in tmp_path.iterdir()] == ["pages"]


def test_schema_files_are_current() -> None:
    from generator.commands.schema import export

    assert export(check_only=True) == 0


def test_copy_keeps_articles_byte_identical_to_the_seeds() -> None:
    seeds = REPO.parent / "shared" / "seeds"
    if not seeds.exists():
        seeds = Path("/work/shared/seeds")
    ours = REPO / "facts" / "sources"
    names = sorted(p.name for p in ours.iterdir())
    assert names == sorted(p.name for p in seeds.glob("*.txt"))
    for name in names:
        assert (ours / name).read_bytes() == (seeds / name).read_bytes()


def test_serve_reloads_when_facts_or_articles_change() -> None:
    from generator.site.plugin import FactSheetPlugin

    class Server:
        def __init__(self) -> None:
            self.watched: list[str] = []

        def watch(self, path: str) -> None:
            self.watched.append(path)

    class Config:
        config_file_path = str(REPO / "mkdocs.yml")

    plugin = FactSheetPlugin()
    plugin.load_config({})
    server = Server()
    assert plugin.on_serve(server, config=Config(), builder=None) is server
    watched = [Path(p) for p in server.watched]
    assert REPO / "facts" in watched
    assert all((REPO / "facts" / "sources").is_relative_to(p) or p == REPO / "facts"
               for p in watched)


def test_render_refuses_to_replace_the_project_or_a_foreign_folder(tmp_path: Path) -> None:
    from generator.__main__ import main

    project = copy_project(FIXTURES / "other_topic", tmp_path / "p")
    before = tree_digest(project)
    foreign = tmp_path / "notes"
    foreign.mkdir()
    (foreign / "mine.txt").write_text("keep me", "utf-8")
    for out in (project, project / "facts", project / "docs" / "x", tmp_path, foreign):
        assert main(["render", str(out), "--root", str(project)]) == 2, out
    assert tree_digest(project) == before
    assert (foreign / "mine.txt").read_text("utf-8") == "keep me"
    out = tmp_path / "pages"
    assert main(["render", str(out), "--root", str(project)]) == 0
    assert main(["render", str(out), "--root", str(project)]) == 0, "its own output is replaced"
    assert main(["render", str(project / "build" / "pages"), "--root", str(project)]) == 0, (
        "make render writes build/pages inside the project")


def test_page_addresses_never_collide(tmp_path: Path) -> None:
    project = copy_project(FIXTURES / "other_topic", tmp_path / "p")
    (project / "docs" / "structure.md").write_text("# Hand-written\n", "utf-8")
    site = project / "facts" / "site.yml"
    site.write_text(site.read_text("utf-8").replace("path: history", "path: sources"), "utf-8")
    (project / "facts" / "sources" / "a1-harbour.txt").write_bytes(b"another article\n")
    result = check_project(project)
    found = {(p.code, p.message.split(" ")[0]) for p in result.report.errors}
    messages = " | ".join(p.message for p in result.report.errors)
    assert "would replace the hand-written docs/structure.md" in messages
    assert "page path 'sources' is taken by a generated page" in messages
    assert ("R204", "facts/sources/a1-harbour.txt") in found


def test_a_fact_file_name_cannot_carry_markup(tmp_path: Path) -> None:
    project = copy_project(FIXTURES / "other_topic", tmp_path / "p")
    history = project / "facts" / "history.yml"
    history.rename(project / "facts" / 't" onmouseover="alert(1)" x=".yml')
    result = check_project(project)
    assert any(p.code == "Y006" and "file name" in p.message for p in result.report.errors)
    assert build(project, tmp_path / "out").returncode != 0


def test_the_check_refuses_a_timeline_fact_without_a_date(tmp_path: Path) -> None:
    project = copy_project(FIXTURES / "other_topic", tmp_path / "p")
    history = project / "facts" / "history.yml"
    history.write_text(history.read_text("utf-8") + """  - id: span-on-the-timeline
    source: a1_harbour.txt
    subject: Northport bridge
    property: span again
    event: "A span is not an event"
    quote: "The main span is 1,104 metres long"
    value: {kind: quantity, amount: 1104, unit: m}
""", "utf-8")
    result = check_project(project)
    problems = [p for p in result.report.errors if p.code == "P601"]
    assert len(problems) == 1
    assert problems[0].fact_id == "span-on-the-timeline"
    assert "the timeline shows dates only" in problems[0].message


# Editors' pages, and the methodology, which explains the pinning in its own words.
READER_PAGES_EXCLUDE = {"rules.html", "format.html", "performance.html", "404.html",
                        "methodology.html"}
INTERNAL_WORDS = ["(catalogue)", "(inferred)", "rewrite-of", "translation-of", "SHA-256",
                  "sha256", ".txt", "warning["]


def _reader_text(html: str) -> str:
    """What a reader sees at first: the article body without the collapsed provenance."""
    body = html.split('<article', 1)[1].split("</article>", 1)[0]
    body = re.sub(r'<details class="fs-provenance">.*?</details>', "", body, flags=re.S)
    body = re.sub(r"<script.*?</script>", "", body, flags=re.S)
    return re.sub(r"<[^>]+>", " ", body)


@pytest.mark.parametrize("project", ["real", "other"])
def test_readers_see_no_internal_words(real_site: Path, tmp_path: Path, project: str) -> None:
    site = real_site
    if project == "other":
        site = tmp_path / "out"
        assert build(copy_project(FIXTURES / "other_topic", tmp_path / "p"), site).returncode == 0
    seen = 0
    for page in html_pages(site):
        if page.relative_to(site).as_posix() in READER_PAGES_EXCLUDE:
            continue
        text = _reader_text(page.read_text("utf-8"))
        for word in INTERNAL_WORDS:
            assert word not in text, f"{page.relative_to(site)} shows {word!r}"
        assert not re.search(r"\((?:00\d|0\d\d)\)", text), page
        assert not re.search(r"\d+\s+warnings?\b", text, re.I), f"{page}: a check count"
        seen += 1
    assert seen >= 6


def test_evidence_pages_keep_provenance_collapsed_and_say_when_in_words(real_site: Path) -> None:
    result = check_project(REPO)
    for entry in result.validated.sources:
        html = (real_site / "sources" / f"{entry.model.slug}.html").read_text("utf-8")
        provenance = html_module.unescape(
            html.split('<details class="fs-provenance">', 1)[1].split("</details>")[0])
        assert entry.model.sha256 in provenance and entry.model.file in provenance
        assert "facts/sources.yml" in provenance
        assert "<dt>Published</dt>" in html
    rewrite = next(e.model for e in result.validated.sources if e.model.relation)
    html = (real_site / "sources" / f"{rewrite.slug}.html").read_text("utf-8")
    html = html_module.unescape(html)
    assert "is a rewritten version of" in html and "not independent evidence" in html


def test_every_page_says_when_it_was_updated_and_how_to_cite_it(real_site: Path) -> None:
    for page in html_pages(real_site):
        html = page.read_text("utf-8")
        assert '<aside class="fs-page-meta"' in html, page
        assert "Last updated:</strong> 14 November 2023" in html, page  # SOURCE_DATE_EPOCH
        assert "Cite this page:" in html, page


def test_no_figure_or_date_on_a_generated_page_is_untied(real_site: Path) -> None:
    """Every figure and date outside a verbatim quote is tied to a checked fact (see
    tests/untied.py). Hand-written pages (docs/) and the rules reference, written from
    the checker's docstrings, are exempt; docs/methodology.md says so."""
    from untied import untied

    docs = REPO / "docs"
    hand_written = {p.relative_to(docs).with_suffix("").as_posix() for p in docs.rglob("*.md")}
    scanned = 0
    found: dict[str, list[str]] = {}
    for page in html_pages(real_site):
        where = page.relative_to(real_site).as_posix().removesuffix(".html")
        where = where.removesuffix("index").rstrip("/")  # specs/index.html -> specs
        if where in hand_written or where == "rules":
            continue
        scanned += 1
        loose = untied(page.read_text("utf-8"))
        if loose:
            found[where or "home"] = loose
    assert scanned >= 9  # home, three fact pages, the sources index and five articles
    assert found == {}, json.dumps(found, indent=1)


def test_the_scan_finds_an_untied_figure() -> None:
    from untied import untied

    assert untied('<p>Range <strong data-fact="r">400 km</strong>, up to 30 km.</p>') == [
        ", up to 30 km."]
    assert untied("<p>It began in <q data-quote>mid-July 2019</q>.</p>") == []
    assert untied("<p>On 23 July 2020 <code>400</code></p>") == ["On 23 July 2020"]
