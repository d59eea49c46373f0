"""MkDocs adapter over the generation step (:mod:`generator.site.generate`).

``make site`` builds with no plugin at all: ``python -m generator pages`` writes the pages
into a docs folder and any engine builds it. This adapter serves ``mkdocs serve`` (a live
preview that regenerates on fact and article edits) and a plain ``mkdocs build``: it asks
:func:`generate` for the same pages and hands them to MkDocs, the way mkdocs-gen-files
does. Generated pages reach MkDocs as the renderer's HTML (no Python-Markdown pass, which
was most of the build's time); it only wires MkDocs events.
"""

from __future__ import annotations

import logging
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
from generator.check.incremental import CheckMemo
from generator.check.triage import triage
from generator.site.generate import (
    ASSETS,
    BUNDLED,
    SCRIPT,
    STYLE,
    WORKER_SHIM,
    Generation,
    build_notes,
    edit_base,
    generate,
    is_evidence,
    page_footer,
)
from generator.site.incremental import TemplateCode
from generator.site.publish import safe_title
from generator.site.render import RenderedPage, build_date

log = logging.getLogger("mkdocs.plugins.factsheet")


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
        self.memo: CheckMemo | None = None
        self.templates: TemplateCode | None = None
        self.hand_nav = False
        self.made_nav: list[Any] | None = None  # the nav this plugin set (serve rebuilds)

    def on_startup(self, *, command: str, dirty: bool) -> None:
        # MkDocs keeps a plugin with on_startup across serve's rebuilds: the memo lets each
        # rebuild check again only what an edit changed (generator.check.incremental).
        self.serving = command == "serve"
        self.memo = CheckMemo() if self.serving else None
        self.templates = TemplateCode() if self.serving else None

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
            config.edit_uri = edit_base(None)
        # Every fact sheet gets the bundled style and script, whatever its mkdocs.yml says.
        if STYLE not in config.extra_css:
            config.extra_css.append(STYLE)
        if all(str(script) != SCRIPT for script in config.extra_javascript):
            config.extra_javascript.append(SCRIPT)
        polyfills = config.extra.setdefault("polyfills", [])
        if WORKER_SHIM not in polyfills:
            polyfills.append(WORKER_SHIM)
        self.updated = build_date(Path(config.config_file_path).parent / self.config.root)
        # mkdocs.yml's own nav wins, with a note (not the one this plugin set last build).
        self.hand_nav = config.nav is not None and config.nav is not self.made_nav
        return config

    def on_files(self, files: Files, /, *, config: Any) -> Files:
        root = (Path(config.config_file_path).parent / self.config.root).resolve()
        generation = generate(root, config.use_directory_urls, [f.src_uri for f in files],
                              self.memo, self.hand_nav)
        pageset = generation.pageset
        shown = triage(pageset.result)  # root causes first, as the CLI prints them
        # A large corpus has tens of thousands of warnings: none is formatted unless shown.
        infos = log.isEnabledFor(logging.INFO)
        for problem in shown:
            if problem.severity == "error":
                log.error(problem_line(problem))
            elif infos:
                log.info(problem_line(problem))
        if not pageset.result.ok and self.serving:
            return self._error_pages(files, config, generation)
        if not pageset.result.ok:
            raise PluginError(f"{len(pageset.result.report.errors)} problem(s) in the facts, "
                              "listed above: nothing unchecked is published")
        for message in generation.problems():
            log.error(message)
        if generation.replaced or generation.dangling:
            raise PluginError(f"{len(generation.problems())} problem(s) in the generated "
                              "pages, listed above")
        for note in build_notes(root, generation, self.hand_nav):
            log.info(note)
        kept = set(generation.nav.published)
        for left_off in [file for file in files if file.src_uri not in kept]:
            files.remove(left_off)  # a docs page the page map does not name
        if not self.hand_nav:
            config.nav = self.made_nav = generation.nav.nav
        self.prerendered = {}
        for page in pageset.pages:
            generated = File.generated(config, page.path,
                                       content="" if page.html else page.source)
            generated.edit_uri = f"../{page.edit_path}"
            files.append(generated)
            if page.html:
                self.prerendered[page.path] = page
        for name in list(pageset.assets):
            # As UTF-8, what MkDocs would write the text as: for the rest of the build the
            # bytes take half the memory of the text, which is let go as they are made.
            data = pageset.assets.pop(name).encode("utf-8")
            files.append(File.generated(config, name, content=data))
        for asset in BUNDLED:
            if files.get_file_from_path(asset) is None:
                files.append(File.generated(config, asset,
                                            abs_src_path=str(ASSETS / asset.split("/")[-1])))
        self.anchor_ids = generation.anchor_ids
        self.plain_titles = {page.path: page.title for page in pageset.pages}
        self.titles = pageset.titles  # all the build needs later; the check result can go
        if generation.site_name:  # the sheet's words live in facts/site.yml, not mkdocs.yml
            # Themes print these unescaped, like page titles.
            config.site_name = safe_title(generation.site_name)
            self.site_title = generation.site_name
            if generation.site_description:
                config.site_description = safe_title(generation.site_description)
        log.info("fact sheet: %d pages from %d facts", len(pageset.pages),
                 len(pageset.result.validated.facts))
        return files

    def _error_pages(self, files: Files, config: Any, generation: Generation) -> Files:
        """While ``mkdocs serve`` holds a broken fact: a page listing the problems, in the
        terminal's words, at every generated address, instead of a build that never ends
        (the browser would wait on it forever). ``mkdocs build`` still fails."""
        pageset = generation.pageset
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
        wanted = ["index.md", "sources/index.md", *_nav_pages(config.nav)]
        site = pageset.result.validated.site
        if site is not None and site.model.rules_page:
            wanted.append("rules.md")
        if site is not None:
            wanted += [f"{page.path}/index.md" for page in site.model.pages]
        for path in dict.fromkeys(wanted):
            if path not in taken and path.endswith(".md"):
                files.append(File.generated(config, path, content=markdown))
        self.titles = {}
        self.prerendered = {}
        self.anchor_ids = {}
        return files

    def on_env(self, env: Any, /, *, config: Any, files: Files) -> Any:
        # MkDocs makes the theme's environment anew each build: under serve, its templates'
        # compiled code is kept (generator.site.incremental).
        if self.templates is not None:
            env.bytecode_cache = self.templates
        return env

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
            if not self.config.search_evidence and is_evidence(page.file.src_uri):
                page.meta["search"] = {"exclude": True}
            if page.edit_url:
                # "Edit this page" opens the YAML behind the page, relative to docs/.
                page.edit_url = urljoin(config.edit_uri or "", quote(page.file.edit_uri))
        return markdown

    def on_page_content(self, html: str, /, *, page: Any, config: Any, files: Any) -> str:
        return html + self.page_footer(page, config)

    def page_footer(self, page: Any, config: Any) -> str:
        """How to cite this page, and when its facts last changed: as ``generator pages``
        writes it (the edit link is the theme's button here)."""
        title = self.plain_titles.get(page.file.src_uri) or str(page.title or "")
        return page_footer(self.site_title or config.site_name, title, page.url,
                           config.site_url or "", self.updated)

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
