"""Real-browser tests in headless Chromium (Debian's package, or $CHROMIUM; never a download).

The site is built, served on loopback and driven by Playwright. Every request the pages
make is recorded, so a request to any other host fails the test; so does a console error,
a dialog, or a script planted in the data that runs.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Browser, ConsoleMessage, Page, Request, sync_playwright
from playwright.sync_api import TimeoutError as PlaywrightTimeout
from sitetools import CHROMIUM_ARGS, FIXTURES, REPO, build, chromium_path, copy_project, serve

pytestmark = pytest.mark.browser
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
        yield launched
        launched.close()


class Watch:
    """Everything a page did that a reader would not want: foreign requests, errors, dialogs."""

    def __init__(self, page: Page, base: str) -> None:
        self.base_host = urlsplit(base).netloc
        self.foreign: list[str] = []
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.requests = 0
        page.on("request", self.on_request)
        page.on("console", self.on_console)
        page.on("pageerror", lambda error: self.errors.append(str(error)))
        page.on("dialog", self.on_dialog)

    def on_request(self, request: Request) -> None:
        self.requests += 1
        parts = urlsplit(request.url)
        if parts.scheme not in ("data", "blob", "about") and parts.netloc != self.base_host:
            self.foreign.append(request.url)

    def on_console(self, message: ConsoleMessage) -> None:
        if message.type == "error":
            self.errors.append(message.text)

    def on_dialog(self, dialog: Any) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def assert_clean(self) -> None:
        assert self.requests > 0
        assert self.foreign == []
        assert self.errors == []
        assert self.dialogs == []


@pytest.fixture(scope="module")
def site_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    out = tmp_path_factory.mktemp("browser-site")
    result = build(REPO, out)
    assert result.returncode == 0, result.stderr
    with serve(out) as url:
        yield url


def new_page(browser: Browser, base: str, width: int = 1280) -> tuple[Page, Watch]:
    context = browser.new_context(viewport={"width": width, "height": 900})
    # Refuse anything off this machine, so a regression cannot reach the network either.
    context.route(re.compile(r"^(?!http://127\.0\.0\.1[:/]).*"), lambda route: route.abort())
    page = context.new_page()
    return page, Watch(page, base)


def shot(page: Page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"))


def test_home_page_shows_key_figures_and_status(browser: Browser, site_url: str) -> None:
    page, watch = new_page(browser, site_url)
    page.goto(site_url)
    assert page.locator("h1").first.inner_text().startswith("S-400")
    figures = page.locator(".fs-figure")
    assert figures.count() >= 4
    assert figures.first.is_visible()
    assert "Check status" in page.content()
    shot(page, "home")
    watch.assert_clean()


def search(page: Page, query: str) -> None:
    """Type a query into Material's search; retype until its worker has loaded the index."""
    page.locator("label.md-search__icon, .md-search__input").first.click()
    box = page.locator("input.md-search__input")
    for _ in range(20):
        box.fill("")
        box.type(query, delay=20)
        try:
            page.locator(".md-search-result__item").first.wait_for(state="visible", timeout=2000)
            return
        except PlaywrightTimeout:
            continue
    raise AssertionError(f"search found nothing for {query!r}")


def test_search_finds_growler(browser: Browser, site_url: str) -> None:
    page, watch = new_page(browser, site_url)
    page.goto(site_url)
    search(page, "Growler")
    assert "Growler" in page.locator(".md-search-result").inner_text()
    shot(page, "search-growler")
    watch.assert_clean()


def test_citation_lands_on_the_highlighted_quote(browser: Browser, site_url: str) -> None:
    page, watch = new_page(browser, site_url)
    page.goto(site_url + "specs/")
    shot(page, "specs")
    link = page.locator("a.fs-cite").first
    href = link.get_attribute("href") or ""
    fact = href.split("#q-", 1)[1]
    link.click()
    page.wait_for_url(re.compile(rf".*/sources/[^/]+/#q-{re.escape(fact)}$"))
    anchor = page.locator(f"#q-{fact}")
    assert anchor.count() == 1
    mark = page.locator(f"#q-{fact} + mark.fs-quote")
    assert mark.count() == 1 and mark.is_visible()
    box = mark.bounding_box()
    assert box is not None and 0 <= box["y"] < 900, "the quote is scrolled into view"
    assert page.evaluate("document.querySelector(':target').id") == f"q-{fact}"
    background = mark.evaluate("element => getComputedStyle(element).backgroundColor")
    assert background not in ("rgba(0, 0, 0, 0)", "transparent")
    shot(page, "evidence")
    watch.assert_clean()


TIMELINE_GEOMETRY = """() => {
  const svg = [...document.querySelectorAll('svg.fs-timeline-svg')]
      .find(s => s.getBoundingClientRect().width > 0);
  const events = [...svg.querySelectorAll('a.fs-tl-event')].map(a => {
    const mark = a.querySelector('.fs-tl-mark').getBoundingClientRect();
    const label = a.querySelector('.fs-tl-label').getBoundingClientRect();
    return {order: +a.dataset.order, fact: a.dataset.fact, lane: !!a.closest('svg') &&
            a.querySelector('.fs-tl-year-unknown') !== null,
            mark: [mark.left, mark.top, mark.right, mark.bottom],
            label: [label.left, label.top, label.right, label.bottom],
            fontPx: parseFloat(getComputedStyle(a.querySelector('.fs-tl-label')).fontSize)
                    * svg.getBoundingClientRect().width / svg.viewBox.baseVal.width};
  });
  return {cls: svg.getAttribute('class'), width: svg.getBoundingClientRect().width,
          title: svg.querySelector('title').textContent,
          desc: svg.querySelector('desc').textContent, events};
}"""


def _overlap(a: list[float], b: list[float]) -> bool:
    return a[0] < b[2] - 0.5 and b[0] < a[2] - 0.5 and a[1] < b[3] - 0.5 and b[1] < a[3] - 0.5


@pytest.mark.parametrize("width", [1280, 390])
def test_timeline_is_ordered_readable_and_nothing_overlaps(browser: Browser, site_url: str,
                                                           width: int) -> None:
    page, watch = new_page(browser, site_url, width=width)
    page.goto(site_url + "timeline/")
    geometry = page.evaluate(TIMELINE_GEOMETRY)
    events = geometry["events"]
    listed = page.locator(".fs-event")
    assert len(events) == listed.count() >= 10
    assert geometry["title"].startswith("Timeline of") and geometry["desc"]
    assert ("fs-tl-wide" in geometry["cls"]) is (width == 1280)
    # the marks follow the list's order: left to right when wide, top to bottom when narrow
    dated = [e for e in sorted(events, key=lambda e: e["order"]) if not e["lane"]]
    axis = 0 if width == 1280 else 1
    starts = [e["mark"][axis] for e in dated]
    assert starts == sorted(starts), "marks in chronological order"
    # nothing drawn over anything else: no two marks, labels or mark and label overlap
    boxes = [(e["fact"], kind, e[kind]) for e in events for kind in ("mark", "label")]
    for i, (fact, kind, box) in enumerate(boxes):
        for other, other_kind, other_box in boxes[i + 1:]:
            if fact != other:
                assert not _overlap(box, other_box), (fact, kind, other, other_kind)
    # every label is readable: at least 11 px tall, and inside the page
    for event in events:
        top_left, bottom_right = event["label"][:2], event["label"][2:]
        assert event["label"][3] - event["label"][1] >= 11, event["fact"]
        assert event["fontPx"] >= 11, event["fact"]
        assert top_left[0] >= 0 and bottom_right[0] <= width, event["fact"]
    # every mark is a link to its event, reachable from the keyboard, none nested
    assert page.evaluate("document.querySelectorAll('.fs-tl a a, .fs-tl a button').length") == 0
    first = dated[0]["fact"]
    page.focus(f'svg.{"fs-tl-wide" if width == 1280 else "fs-tl-narrow"} a[data-fact="{first}"]')
    page.keyboard.press("Enter")
    assert page.evaluate("location.hash") == f"#{first}"
    shot(page, f"timeline-{width}")
    watch.assert_clean()


def test_timeline_links_are_in_the_tab_order(browser: Browser, site_url: str) -> None:
    page, watch = new_page(browser, site_url)
    page.goto(site_url + "timeline/")
    reached = set()
    for _ in range(80):
        page.keyboard.press("Tab")
        fact = page.evaluate("document.activeElement.closest('a.fs-tl-event')?.dataset.fact")
        if fact:
            reached.add(fact)
    assert len(reached) >= 10
    watch.assert_clean()


def test_pages_are_readable_on_a_phone(browser: Browser, site_url: str) -> None:
    page, watch = new_page(browser, site_url, width=390)
    page.goto(site_url + "deals/")
    table = page.locator("table").first
    assert table.is_visible()
    overflow = page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")
    assert overflow, "tables scroll inside themselves, not the whole page"
    shot(page, "deals-phone")
    watch.assert_clean()


def test_hostile_data_renders_as_text_and_runs_nothing(browser: Browser,
                                                        tmp_path: Path) -> None:
    project = copy_project(FIXTURES / "hostile", tmp_path / "p")
    out = tmp_path / "site"
    result = build(project, out)
    assert result.returncode == 0, result.stderr
    with serve(out) as url:
        page, watch = new_page(browser, url)
        for path in ("", "figures/", "when/", "sources/", "rules/", "sources/evil/"):
            page.goto(url + path)
            page.wait_for_load_state("load")
            assert page.evaluate("window.__pwned === undefined"), path
            assert page.locator("iframe").count() == 0
        text = page.locator("article").inner_text()  # the evidence page, visited last
        assert "Hostile <script>window.__pwned='pk'<" in page.title()  # literal, from site.yml
        assert "<script>window.__pwned=1;alert(1)</script>" in text
        assert "{{ 7*7 }}" in text
        page.goto(url + "figures/")
        body = page.locator("article").inner_text()
        note = "[note link](javascript:window.__pwned='ph') {: onclick=\"window.__pwned='pi'\" }"
        assert note in body
        search(page, "widget")
        assert page.evaluate("window.__pwned === undefined")
        hrefs = page.eval_on_selector_all("a", "links => links.map(a => a.href)")
        assert not [h for h in hrefs if h.lower().startswith("javascript:")]
        shot(page, "hostile")
        watch.assert_clean()


@pytest.mark.parametrize("width", [1280, 390])
def test_editors_notes_stand_apart_and_references_carry_their_source(
        browser: Browser, site_url: str, width: int) -> None:
    """An editor's note is set apart (its own block, a dashed rule, its label and basis);
    a fact reference in a note shows its value with a link to its quote."""
    page, watch = new_page(browser, site_url, width)
    page.goto(site_url + "deals/")
    note = page.locator(".fs-editor", has_text="John Thune").first
    note.scroll_into_view_if_needed()
    style = note.evaluate("e => { const s = getComputedStyle(e); return [s.display, "
                          "s.borderLeftStyle, s.fontStyle]; }")
    assert style == ["block", "dashed", "italic"]
    assert note.locator(".fs-editor-label").inner_text() == "Editor’s note:"
    assert "senate.gov" in (note.locator(".fs-editor-basis a").get_attribute("href") or "")
    box, viewport = note.bounding_box(), page.viewport_size
    assert box is not None and viewport is not None and box["width"] <= viewport["width"]
    reference = page.locator('.fs-ref[data-fact="tl-2017-11-02-value"]').first
    assert reference.inner_text().startswith("2 November 2017")
    reference.locator("a").click()
    page.wait_for_load_state("load")
    assert page.url.endswith("#q-tl-2017-11-02-value")
    watch.assert_clean()
