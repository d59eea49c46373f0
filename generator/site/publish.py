"""Everything a build publishes from one check: pages, exports and safe titles.

Shared by the MkDocs plugin and ``python -m generator render`` so both publish the same.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from generator.check.article_maps import ArticleMaps
from generator.exports import build_exports
from generator.check.parallel import default_jobs
from generator.check.pipeline import check_project
from generator.site.render import RenderedPage, render_site
from generator.base.report import Position, Problem, Severity
from generator.check.verify import CheckResult

if TYPE_CHECKING:
    from generator.check.incremental import CheckMemo


@dataclass(slots=True)
class PageSet:
    result: CheckResult
    pages: list[RenderedPage] = field(default_factory=list)
    assets: dict[str, str] = field(default_factory=dict)
    titles: dict[str, str] = field(default_factory=dict)


def safe_title(title: str) -> str:
    """A title for MkDocs themes, which print titles unescaped (and ``striptags`` them).

    HTML-escape; ``striptags`` unescapes again inside ``<title>``, where only a closing
    ``</`` could break out, so a zero-width space keeps ``<`` and ``/`` apart.
    """
    return html.escape(" ".join(title.split()), quote=True).replace("&lt;/", "&lt;\u200b/")


def build_pageset(root: Path, directory_urls: bool = True,
                  memo: CheckMemo | None = None) -> PageSet:
    """Check the fact sheet under ``root``; when it passes, render all it publishes.
    ``memo`` (``serve``) carries what the last build checked (see :mod:`generator.check.incremental`)."""
    # Every core where forking is safe (a build; `serve` runs threads, so it stays serial).
    result = check_project(root, jobs=default_jobs(), memo=memo)
    pageset = PageSet(result)
    site = result.validated.site
    if site is None and result.ok:
        result.report.problems.append(Problem(
            "P601", Severity.ERROR, Position("facts/site.yml"), "the page map is missing",
            "create facts/site.yml with a title and pages"))
    if not result.ok or site is None:
        return pageset
    maps = ArticleMaps(result)  # each article's offset map, for its page and the exports
    pageset.pages = render_site(result, site.model, site.path, directory_urls, maps)
    if site.model.rules_page:  # editors' reference: off a reader's site unless asked for
        pageset.pages.append(rules_page())
    pageset.titles = {page.path: safe_title(page.title) for page in pageset.pages}
    pageset.assets = build_exports(result, maps, directory_urls)
    return pageset


def rules_page() -> RenderedPage:
    """The rules reference, written from the rule modules' docstrings."""
    from generator.check.rules import DOCUMENTED_RULES

    parts = ["# Checker rules\n",
             "Every problem is reported as `path:line:col: severity[CODE] message; hint`. "
             "The codes are stable.\n"]
    for rule in sorted(DOCUMENTED_RULES, key=lambda r: r.ID):
        doc = (rule.__doc__ or "").strip()
        summary, _, body = doc.partition("\n")
        parts.append(f"## {rule.ID} {rule.NAME} {{ #{rule.ID.lower()} }}\n")
        parts.append(f"**{summary.strip()}** (enforced while: {rule.STAGE})\n")
        fenced = body.strip().replace("::\n", ":\n\n```yaml")
        parts.append(fenced.replace("\n\n```yaml\n\n", "\n\n```yaml\n") + "\n")
    markdown = "\n".join(_close_fences(part) for part in parts)
    return RenderedPage("rules.md", markdown, "generator/check/rules/__init__.py", "Checker rules")


def _close_fences(text: str) -> str:
    """Turn reStructuredText literal blocks (``::`` + indented) into fenced Markdown."""
    if "```yaml" not in text:
        return text
    out: list[str] = []
    in_block = False
    for line in text.split("\n"):
        if line.startswith("```yaml"):
            in_block = True
            out.append(line)
            continue
        if in_block and line and not line.startswith("    "):
            out.append("```")
            in_block = False
        out.append(line[4:] if in_block and line.startswith("    ") else line)
    if in_block:
        out.append("```")
    return "\n".join(out)
