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
    assert page.locator(".fs-card dd").count() >= 4, "the summary card opens the page"
    assert "How the facts are checked" in page.content()
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


def test_timeline_renders(browser: Browser, site_url: str) -> None:
    page, watch = new_page(browser, site_url)
    page.goto(site_url + "timeline/")
    svg = page.locator("svg.fs-timeline-svg")
    assert svg.is_visible()
    box = svg.bounding_box()
    assert box is not None and box["width"] > 300
    events = page.locator(".fs-event")
    assert events.count() >= 10
    assert page.locator("svg.fs-timeline-svg circle").count() == events.count()
    assert events.first.is_visible()
    shot(page, "timeline")
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
        assert "Hostile <script>window.__pwned=11<" in page.title()  # literal, from site.yml
        assert "<script>window.__pwned=1;alert(1)</script>" in text
        assert "{{ 7*7 }}" in text
        page.goto(url + "figures/")
        body = page.locator("article").inner_text()
        assert '[note link](javascript:window.__pwned=8) {: onclick="window.__pwned=9" }' in body
        search(page, "widget")
        assert page.evaluate("window.__pwned === undefined")
        hrefs = page.eval_on_selector_all("a", "links => links.map(a => a.href)")
        assert not [h for h in hrefs if h.lower().startswith("javascript:")]
        shot(page, "hostile")
        watch.assert_clean()
