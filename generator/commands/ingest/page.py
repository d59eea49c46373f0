"""A saved web page: its article text (trafilatura), dates (htmldate) and metadata.

Every field comes with where it was read ("og:site_name", "<link rel=canonical>"), so the
registry can give its basis. Nothing is guessed: a field the page does not give is None,
and a date htmldate finds only by searching the page's free text is a suggestion for
the editor, never the entry's date.
"""

from __future__ import annotations

import codecs
import json
import logging
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Any

import htmldate
import trafilatura
from trafilatura.settings import use_config

EXTRACTOR = f"trafilatura {trafilatura.__version__}"
# What the text depends on besides the page, so a later run can be compared like for like.
SETTINGS = ("plain text; favor_precision; comments left out; tables kept; no deduplication; "
            "no links, images or formatting; no time limit; the headline as the first line")
DATES = f"htmldate {htmldate.__version__}"
MIN_WORDS = 20
_LANGUAGE = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")


@dataclass(frozen=True, slots=True)
class Found:
    """A metadata value and where in the page it stands."""

    value: str
    where: str


@dataclass(slots=True)
class Page:
    """What ``read_page`` takes from one saved page."""

    text: str
    body: str
    title: Found | None = None
    publisher: Found | None = None
    author: Found | None = None
    url: Found | None = None
    language: Found | None = None
    published: str | None = None
    updated: str | None = None
    suggested: str | None = None  # a date found only in free text: for the editor to confirm
    notes: list[str] = field(default_factory=list)


class PageError(Exception):
    """A page that cannot be read: ``str(error)`` says why, ``hint`` what to do."""

    def __init__(self, message: str, hint: str) -> None:
        super().__init__(message)
        self.hint = hint


def decode(data: bytes, declared: str | None = None) -> str:
    """The page's characters: the charset its server or markup declares, else UTF-8.

    A page that declares nothing and is not UTF-8 is refused rather than guessed at.
    """
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", errors="strict")
    charset = declared or _meta_charset(data[:4096])
    try:
        return data.decode(_codec(charset) if charset else "utf-8")
    except (LookupError, UnicodeDecodeError):
        named = f"the charset '{charset}' it declares" if charset else "UTF-8"
        raise PageError(f"the page cannot be read as {named}",
                        "save the page again as UTF-8 (\"Web page, complete\" in the "
                        "browser) and add that file") from None


def _meta_charset(head: bytes) -> str | None:
    found = re.search(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_:.-]+)""", head, re.I)
    return found.group(1).decode("ascii") if found else None


def _codec(charset: str) -> str:
    name = codecs.lookup(charset).name
    # Browsers read pages labelled Latin-1 or ASCII as windows-1252 (the WHATWG rule).
    return "cp1252" if name in ("latin-1", "iso8859-1", "ascii") else name


class _Head(HTMLParser):
    """The page's own metadata: meta tags, the canonical link, its language, JSON-LD."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.meta: dict[str, str] = {}
        self.canonical: str | None = None
        self.lang: str | None = None
        self.json_ld: list[str] = []
        self._in_json = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {key: value or "" for key, value in attrs}
        if tag == "html" and self.lang is None and values.get("lang"):
            self.lang = values["lang"].strip()
        elif tag == "meta":
            key = (values.get("property") or values.get("name") or "").strip().lower()
            content = values.get("content", "").strip()
            if key and content and key not in self.meta:
                self.meta[key] = content
        elif tag == "link" and "canonical" in values.get("rel", "").lower().split():
            self.canonical = self.canonical or values.get("href", "").strip() or None
        elif tag == "script" and values.get("type", "").lower() == "application/ld+json":
            self._in_json = True
            self.json_ld.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._in_json = False

    def handle_data(self, data: str) -> None:
        if self._in_json:
            self.json_ld[-1] += data


def _json_ld_publisher(blocks: list[str]) -> str | None:
    """The first ``publisher.name`` in the page's JSON-LD; a block that does not parse is
    skipped (pages often hold broken JSON-LD)."""
    for block in blocks:
        try:
            data: Any = json.loads(block)
        except ValueError:
            continue
        items = data if isinstance(data, list) else data.get("@graph", [data]) \
            if isinstance(data, dict) else []
        for item in items:
            publisher = item.get("publisher") if isinstance(item, dict) else None
            if isinstance(publisher, dict) and isinstance(publisher.get("name"), str):
                name: str = publisher["name"].strip()
                if name:
                    return name
    return None


def _extract(html: str, url: str | None) -> str:
    config = use_config()
    config.set("DEFAULT", "EXTRACTION_TIMEOUT", "0")  # a signal-based limit: not in threads
    text = trafilatura.extract(
        html, url=url, output_format="txt", favor_precision=True, include_comments=False,
        include_tables=True, deduplicate=False, include_links=False, include_images=False,
        include_formatting=False, with_metadata=False, config=config)
    return (text or "").strip()


def _dates(html: str, url: str | None, latest: str | None) -> tuple[str | None, str | None]:
    """First-published and last-updated dates from the page's metadata and markup only."""
    published = htmldate.find_date(html, extensive_search=False, original_date=True, url=url,
                                   max_date=latest)
    updated = htmldate.find_date(html, extensive_search=False, original_date=False, url=url,
                                 max_date=latest)
    return published, (updated if updated and updated != published else None)


def _address(head: _Head) -> Found | None:
    """The page's own address: its canonical link, else its og:url."""
    if head.canonical and head.canonical.startswith(("http://", "https://")):
        return Found(head.canonical, "<link rel=canonical>")
    if head.meta.get("og:url", "").startswith(("http://", "https://")):
        return Found(head.meta["og:url"], "og:url")
    return None


def read_page(html: str, url: str | None = None, latest: str | None = None) -> Page:
    """Read one page. ``url`` is where it was captured; ``latest`` the last possible date
    (a capture's day: nothing in it was published after it was captured)."""
    for name in ("trafilatura", "htmldate", "courlan"):
        logging.getLogger(name).setLevel(logging.ERROR)
    head = _Head()
    head.feed(html)
    head.close()
    body = _extract(html, url)
    if len(body.split()) < MIN_WORDS:  # a menu or a caption is not an article
        found = f"only {len(body.split())} words of text" if body else "no article text"
        raise PageError(f"trafilatura found {found} in the page",
                        "save the article's own page (not a front page or a gallery), or "
                        "copy its text into a .txt file and add that")
    metadata = trafilatura.extract_metadata(html, default_url=url)
    address = url or (page_url.value if (page_url := _address(head)) else None)
    page = Page(text="", body=body)
    if metadata.title:
        page.title = Found(metadata.title.strip(), "the page's headline (trafilatura)")
    if head.meta.get("og:site_name"):
        page.publisher = Found(head.meta["og:site_name"], "og:site_name")
    elif (named := _json_ld_publisher(head.json_ld)) is not None:
        page.publisher = Found(named, "JSON-LD publisher")
    elif metadata.sitename:
        page.publisher = Found(metadata.sitename.strip(), "the site's name (trafilatura)")
    if metadata.author:
        page.author = Found(metadata.author.strip(), "the byline (trafilatura)")
    page.url = _address(head)
    if head.lang and _LANGUAGE.match(head.lang.replace("_", "-")):
        page.language = Found(head.lang.replace("_", "-"), "<html lang>")
    page.published, page.updated = _dates(html, address, latest)
    if page.published is None:
        page.suggested = htmldate.find_date(html, extensive_search=True, original_date=True,
                                            url=address, max_date=latest)
    title = page.title.value if page.title else ""
    page.text = f"{title}\n\n{body}\n" if title and not body.startswith(title) else f"{body}\n"
    return page
