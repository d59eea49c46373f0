"""MkDocs adapter: run the checker, hand the rendered pages to MkDocs, watch the facts.

All the work happens in :mod:`generator.pipeline` and :mod:`generator.render`; this module
only wires MkDocs events, the way mkdocs-gen-files does.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any
from urllib.parse import quote, urljoin

from mkdocs.config import config_options
from mkdocs.config.base import Config
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File, Files
from mkdocs.utils import CountHandler

from generator.escape import escape_text
from generator.formats.text import line as problem_line
from generator.publish import PageSet, build_pageset, safe_title
from generator.triage import triage

log = logging.getLogger("mkdocs.plugins.factsheet")


class FactSheetConfig(Config):
    root = config_options.Type(str, default=".")


class FactSheetPlugin(BasePlugin[FactSheetConfig]):
    """Generates the fact-sheet pages in memory; fails the build on any failed fact."""

    def __init__(self) -> None:
        super().__init__()
        self.titles: dict[str, str] = {}
        self.serving = False

    def on_startup(self, *, command: str, dirty: bool) -> None:
        self.serving = command == "serve"

    def on_config(self, config: Any) -> Any:
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
        return config

    def on_files(self, files: Files, /, *, config: Any) -> Files:
        root = (Path(config.config_file_path).parent / self.config.root).resolve()
        pageset = build_pageset(root)
        shown = triage(pageset.result)  # root causes first, as the CLI prints them
        for problem in shown:
            (log.error if problem.severity == "error" else log.info)(problem_line(problem))
        if not pageset.result.ok and self.serving:
            return self._error_pages(files, config, pageset)
        if not pageset.result.ok:
            raise PluginError(f"{len(pageset.result.report.errors)} problem(s) in the facts, "
                              "listed above: nothing unchecked is published")
        taken = {file.url: file.src_uri for file in files}
        for page in pageset.pages:
            generated = File.generated(config, page.path, content=page.markdown)
            if generated.url in taken:
                raise PluginError(f"docs/{taken[generated.url]} is hand-written and would be "
                                  f"replaced by the generated page {page.path}: rename it or "
                                  "change the page map")
            taken[generated.url] = page.path
            generated.edit_uri = f"../{page.edit_path}"
            files.append(generated)
        for name, content in pageset.assets.items():
            files.append(File.generated(config, name, content=content))
        self.titles = pageset.titles  # all the build needs later; the check result can go
        site = pageset.result.validated.site
        if site is not None:  # the sheet's words live in facts/site.yml, not in mkdocs.yml
            # Themes print these unescaped, like page titles.
            config.site_name = safe_title(site.model.title)
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
        return files

    def on_page_markdown(self, markdown: str, /, *, page: Any, config: Any, files: Any) -> str:
        if page.file.src_uri in self.titles:
            page.meta["title"] = self.titles[page.file.src_uri]
            if page.edit_url:
                # "Edit this page" opens the YAML behind the page, relative to docs/.
                page.edit_url = urljoin(config.edit_uri or "", quote(page.file.edit_uri))
        return markdown

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
