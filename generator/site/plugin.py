"""MkDocs adapter: check the fact sheet, then hand MkDocs the generated pages.

Generated pages reach MkDocs as HTML the renderer wrote (no Python-Markdown pass, which
was most of the build's time); hand-written pages in docs/ go through Markdown as usual.
Because MkDocs cannot see links inside HTML it is handed, the plugin checks every
generated link and anchor itself and fails the build on a dangling one. This module only
wires MkDocs events, the way mkdocs-gen-files does.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Any
from urllib.parse import quote, urljoin

from mkdocs.config import config_options
from mkdocs.config.base import Config
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import get_toc
from mkdocs.utils import CountHandler

from generator.base.escape import escape_text
from generator.check.formats.text import line as problem_line
from generator.site.links import dangling_links, ids_of
from generator.site.publish import PageSet, build_pageset, safe_title
from generator.site.render import SOURCES_DIR, RenderedPage, build_date
from generator.check.triage import triage

log = logging.getLogger("mkdocs.plugins.factsheet")
ASSETS = Path(__file__).resolve().parent / "assets"
STYLE, SCRIPT = "assets/factsheet.css", "assets/factsheet.js"
# Material's offline plugin would load this shim from a CDN; the plugin ships it instead.
WORKER_SHIM = "assets/iframe-worker-shim.js"


class FactSheetConfig(Config):
    root = config_options.Type(str, default=".")
    # Evidence pages (each article's full text) in the search index: see docs/performance.md.
    search_evidence = config_options.Type(bool, default=True)


class PrerenderedPage(Page):
    """A page whose HTML the renderer already wrote: MkDocs' Markdown step is skipped."""

    prerendered: RenderedPage
    anchor_ids: set[str]  # the ids in its HTML, found once for the link check

    def render(self, config: Any, files: Files) -> None:
        body = self.prerendered.html
        self.content = body
        tokens: list[dict[str, Any]] = [
            {"level": h.level, "id": h.id, "name": escape_text(h.title), "children": []}
            for h in self.prerendered.toc]
        nested: list[dict[str, Any]] = []
        for heading, token in zip(self.prerendered.toc, tokens, strict=True):
            if heading.level > 2 and nested:  # an h3 goes under the h2 before it
                nested[-1]["children"].append(token)
            else:
                nested.append(token)
        self.toc = get_toc(nested)  # type: ignore[arg-type]
        self.present_anchor_ids = self.anchor_ids
        self.links_to_anchors = {}


def edit_uri_from_environment() -> str | None:
    """The Pages workflow's repository (``GITHUB_REPOSITORY``), as an edit link base."""
    repository = os.environ.get("GITHUB_REPOSITORY", "").strip()
    if not repository or repository.count("/") != 1:
        return None
    branch = os.environ.get("GITHUB_REF_NAME", "").strip() or "main"
    return f"https://github.com/{quote(repository)}/edit/{quote(branch)}/docs/"


class FactSheetPlugin(BasePlugin[FactSheetConfig]):
    """Generates the fact-sheet pages in memory; fails the build on any failed fact."""

    def __init__(self) -> None:
        super().__init__()
        self.titles: dict[str, str] = {}
        self.plain_titles: dict[str, str] = {}
        self.prerendered: dict[str, RenderedPage] = {}
        self.anchor_ids: dict[str, set[str]] = {}
        self.site_title = ""
        self.updated = build_date()
        self.serving = False

    def on_startup(self, *, command: str, dirty: bool) -> None:
        self.serving = command == "serve"

    @event_priority(100)  # before Material's offline plugin, which adds a CDN copy otherwise
    def on_config(self, config: Any, /) -> Any:
        # In the preview a warning or a failed fact must not abort the build: MkDocs would
        # then leave every browser request waiting. The problems are shown on the page
        # instead (see _error_pages); `mkdocs build --strict` and `make site` stay strict.
        if self.serving and config.strict:
            config.strict = False
            # The build already counts warnings for strict mode; stop that count.
            mkdocs_log = logging.getLogger("mkdocs")
            for handler in list(mkdocs_log.handlers):
                if isinstance(handler, CountHandler):
                    mkdocs_log.removeHandler(handler)
        # No placeholder edit link: the repository comes from mkdocs.yml or the workflow.
        if not config.edit_uri:
            config.edit_uri = edit_uri_from_environment()
        # Every fact sheet gets the bundled style and script, whatever its mkdocs.yml says.
        if STYLE not in config.extra_css:
            config.extra_css.append(STYLE)
        if all(str(script) != SCRIPT for script in config.extra_javascript):
            config.extra_javascript.append(SCRIPT)
        polyfills = config.extra.setdefault("polyfills", [])
        if WORKER_SHIM not in polyfills:
            polyfills.append(WORKER_SHIM)
        self.updated = build_date()
        return config

    def on_files(self, files: Files, /, *, config: Any) -> Files:
        root = (Path(config.config_file_path).parent / self.config.root).resolve()
        pageset = build_pageset(root, directory_urls=config.use_directory_urls)
        shown = triage(pageset.result)  # root causes first, as the CLI prints them
        # A large corpus has tens of thousands of warnings: none is formatted unless shown.
        infos = log.isEnabledFor(logging.INFO)
        for problem in shown:
            if problem.severity == "error":
                log.error(problem_line(problem))
            elif infos:
                log.info(problem_line(problem))
        if not pageset.result.ok and self.serving:
            return self._error_pages(files, config, pageset)
        if not pageset.result.ok:
            raise PluginError(f"{len(pageset.result.report.errors)} problem(s) in the facts, "
                              "listed above: nothing unchecked is published")
        taken = {file.url: file.src_uri for file in files}
        self.prerendered = {}
        for page in pageset.pages:
            content = "" if page.html else page.markdown
            generated = File.generated(config, page.path, content=content)
            if generated.url in taken:
                raise PluginError(f"docs/{taken[generated.url]} is hand-written and would be "
                                  f"replaced by the generated page {page.path}: rename it or "
                                  "change the page map")
            taken[generated.url] = page.path
            generated.edit_uri = f"../{page.edit_path}"
            files.append(generated)
            if page.html:
                self.prerendered[page.path] = page
        for name in list(pageset.assets):
            # As UTF-8, what MkDocs would write the text as: for the rest of the build the
            # bytes take half the memory of the text, which is let go as they are made.
            data = pageset.assets.pop(name).encode("utf-8")
            files.append(File.generated(config, name, content=data))
        for asset in (STYLE, SCRIPT, WORKER_SHIM):
            if files.get_file_from_path(asset) is None:
                files.append(File.generated(config, asset,
                                            abs_src_path=str(ASSETS / asset.split("/")[-1])))
        others = ["" if file.url == "./" else file.url for file in files
                  if file.src_uri not in self.prerendered]
        self.anchor_ids = {path: ids_of(page.html) for path, page in self.prerendered.items()}
        dangling = dangling_links(pageset.pages, config.use_directory_urls, others,
                                  self.anchor_ids)
        for link in dangling:
            log.error(str(link))
        if dangling:
            raise PluginError(f"{len(dangling)} dangling link(s) in the generated pages, "
                              "listed above")
        self.plain_titles = {page.path: page.title for page in pageset.pages}
        self.titles = pageset.titles  # all the build needs later; the check result can go
        site = pageset.result.validated.site
        if site is not None:  # the sheet's words live in facts/site.yml, not in mkdocs.yml
            # Themes print these unescaped, like page titles.
            config.site_name = safe_title(site.model.title)
            self.site_title = site.model.title
            if site.model.description:
                config.site_description = safe_title(site.model.description)
        log.info("fact sheet: %d pages from %d facts", len(pageset.pages),
                 len(pageset.result.validated.facts))
        return files

    def _error_pages(self, files: Files, config: Any, pageset: PageSet) -> Files:
        """While ``mkdocs serve`` holds a broken fact: a page listing the problems, in the
        terminal's words, at every generated address, instead of a build that never ends
        (the browser would wait on it forever). ``mkdocs build`` still fails."""
        lines = [problem_line(problem) for problem in triage(pageset.result)]
        errors = len(pageset.result.report.errors)
        markdown = "\n".join([
            "# The fact sheet has problems",
            "",
            f"{errors} error{'s' * (errors != 1)} in the facts: nothing unchecked is shown. "
            "This page stays until they are fixed; it reloads when you save.",
            "",
            *[f"- {escape_text(line)}" for line in lines],
            "",
        ])
        taken = {file.src_uri for file in files}
        wanted = ["index.md", "rules.md", "sources/index.md", *_nav_pages(config.nav)]
        site = pageset.result.validated.site
        if site is not None:
            wanted += [f"{page.path}/index.md" for page in site.model.pages]
        for path in dict.fromkeys(wanted):
            if path not in taken and path.endswith(".md"):
                files.append(File.generated(config, path, content=markdown))
        self.titles = {}
        self.prerendered = {}
        self.anchor_ids = {}
        return files

    def on_pre_page(self, page: Page, /, *, config: Any, files: Files) -> Page:
        prerendered = self.prerendered.get(page.file.src_uri)
        if prerendered is not None:
            page.__class__ = PrerenderedPage
            page.prerendered = prerendered  # type: ignore[attr-defined]
            page.anchor_ids = self.anchor_ids[page.file.src_uri]  # type: ignore[attr-defined]
        return page

    def on_page_markdown(self, markdown: str, /, *, page: Any, config: Any, files: Any) -> str:
        if page.file.src_uri in self.titles:
            page.meta["title"] = self.titles[page.file.src_uri]
            if not self.config.search_evidence and page.file.src_uri in self.prerendered and \
                    page.file.src_uri.startswith(f"{SOURCES_DIR}/") and \
                    page.file.src_uri != f"{SOURCES_DIR}/index.md":
                page.meta["search"] = {"exclude": True}
            if page.edit_url:
                # "Edit this page" opens the YAML behind the page, relative to docs/.
                page.edit_url = urljoin(config.edit_uri or "", quote(page.file.edit_uri))
        return markdown

    def on_page_content(self, html: str, /, *, page: Any, config: Any, files: Any) -> str:
        return html + self.page_footer(page, config)

    def page_footer(self, page: Any, config: Any) -> str:
        """How to cite this page, and when its facts last changed (from SOURCE_DATE_EPOCH)."""
        title = self.plain_titles.get(page.file.src_uri) or str(page.title or "")
        address = (config.site_url or "").rstrip("/")
        where = f"{address}/{page.url}" if address else page.url or "index.html"
        updated = self.updated or "unknown"
        cite = f"{self.site_title or config.site_name}, “{title}”, {where}, updated {updated}."
        return ('<aside class="fs-page-meta" data-search-exclude data-check>'
                f'<p><strong>Last updated:</strong> {escape_text(updated)}</p>'
                f'<p><strong>Cite this page:</strong> {escape_text(cite)}</p></aside>')

    def on_serve(self, server: Any, /, *, config: Any, builder: Any) -> Any:
        root = (Path(config.config_file_path).parent / self.config.root).resolve()
        server.watch(str(root / "facts"))
        return server


def _nav_pages(nav: Any) -> list[str]:
    """Every page path named in mkdocs.yml's ``nav``."""
    found: list[str] = []
    stack = [nav]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            found.append(item)
        elif isinstance(item, dict):
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return found
