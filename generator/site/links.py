"""Every link and anchor in the HTML the renderer writes, checked.

MkDocs validates links and anchors only in the Markdown it converts itself; the pages the
renderer hands it as HTML it never looks at. So the plugin (and ``render``) run this check
instead, and a link to a page or an anchor that does not exist fails the build, with the
page, the link and what to do.
"""

from __future__ import annotations

import html
import posixpath
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from urllib.parse import unquote, urlsplit

from generator.base.escape import page_url
from generator.site.render import RenderedPage

_HREF = re.compile(r'\shref="([^"]*)"')
_ID = re.compile(r'\sid="([^"]*)"')


@dataclass(frozen=True, slots=True)
class Dangling:
    page: str
    href: str
    why: str

    def __str__(self) -> str:
        return (f"docs/{self.page}: the generated link '{self.href}' {self.why}; "
                "fix the page map or the renderer (this is a bug if no fact file changed)")


def ids_of(body: str) -> set[str]:
    """Every id in a page body written by the renderer."""
    return {html.unescape(value) for value in _ID.findall(body)}


def dangling_links(pages: Iterable[RenderedPage], directory_urls: bool,
                   other_urls: Iterable[str] = (),
                   ids: Mapping[str, set[str]] | None = None) -> list[Dangling]:
    """Links in the pages' HTML whose page or anchor does not exist, in page order.

    ``other_urls`` are the published URLs of everything else on the site (hand-written
    pages, exports, assets); their anchors cannot be seen here, so only the page counts.
    ``ids`` are the pages' :func:`ids_of`, by page path, when the caller has them already.
    """
    rendered = [page for page in pages if page.html]
    anchors = {page_url(page.path, directory_urls):
               ids[page.path] if ids is not None else ids_of(page.html) for page in rendered}
    known = set(anchors) | {url for url in other_urls}
    problems = []
    for page in rendered:
        here = page_url(page.path, directory_urls)
        folder = here.rstrip("/") if here.endswith("/") else posixpath.dirname(here)
        for raw in _HREF.findall(page.html):
            href = html.unescape(raw)
            parts = urlsplit(href)
            if parts.scheme or parts.netloc or href.startswith("/"):
                continue  # an original article on the web, or absolute: not ours to resolve
            if parts.path:
                target = posixpath.normpath(posixpath.join(folder, unquote(parts.path)))
                target = "" if target == "." else target + ("/" if href.endswith("/") or
                                                          parts.path.endswith("/") else "")
            else:
                target = here
            if target not in known:
                problems.append(Dangling(page.path, href, "points at no page of the site"))
            elif parts.fragment and target in anchors and parts.fragment not in anchors[target]:
                problems.append(Dangling(page.path, href,
                                         f"points at the anchor '#{parts.fragment}', "
                                         "which that page does not have"))
    return problems
