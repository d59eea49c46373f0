"""The one way data reaches a page: every character that Markdown or HTML could read as
syntax becomes a numeric character reference.

HTML escaping alone is not enough for Markdown: Python-Markdown keeps ``[x](javascript:…)``
links and ``{: onclick=… }`` attribute lists live, ``|`` splits a table cell, and a newline
opens a new block. So ``escape_text`` encodes all ASCII punctuation and folds newlines; the
result is inert in a Markdown paragraph, a table cell, a heading and an HTML attribute.
Templates apply it to every ``{{ … }}`` by default (Jinja ``finalize``); only values the
renderer builds itself are marked safe with :class:`markupsafe.Markup`.
"""

from __future__ import annotations

import json
import posixpath
import re
from functools import lru_cache
from typing import Any
from urllib.parse import quote as percent_encode

from markupsafe import Markup

_PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"
_TABLE = {ord(ch): f"&#{ord(ch)};" for ch in _PUNCTUATION}
_TABLE.update({ord("\n"): " ", ord("\r"): " ", ord("\t"): " ", 0: "\ufffd"})
_SPACES = re.compile(r" {2,}")


def escape_text(value: object) -> str:
    """Make any text inert in Markdown and HTML (see the module docstring)."""
    text = str(value).translate(_TABLE)
    if "  " not in text:
        return text
    # Runs of spaces would start a code block at a line start: keep one, encode the rest.
    return _SPACES.sub(lambda m: " " + "&#32;" * (len(m.group(0)) - 1), text)


# Where a long address may wrap on a phone: after these, as the Chicago Manual advises
# (the break point <wbr> adds no character; a copied address stays whole).
_URL_BREAKS = frozenset("/.?&=#_-")


def escape_url_text(url: str) -> Markup:
    """An address shown as text: escaped like any text, with a break point after each
    slash, dot and separator past the scheme, so it wraps inside a 320 px screen instead
    of running past it."""
    head, marker, rest = url.partition("://")
    if not marker:
        head, rest = "", url
    pieces = [escape_text(head + marker)] if marker else []
    for char in rest:
        pieces.append(escape_text(char) + ("<wbr>" if char in _URL_BREAKS else ""))
    return Markup("".join(pieces))


def finalize(value: Any) -> Any:
    """Jinja ``finalize``: escape everything that is not already safe markup."""
    if isinstance(value, Markup):
        return value
    if value is None:
        return ""
    return escape_text(value)


@lru_cache(maxsize=1 << 16)  # a fact's id is slugged for every link and anchor to it
def slug(text: str) -> str:
    """A URL- and id-safe slug: lower-case letters, digits and hyphens only."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "x"


def relative_link(from_page: str, to_page: str, anchor: str = "") -> Markup:
    """A Markdown link target from one source page to another (MkDocs validates it)."""
    target = posixpath.relpath(to_page, posixpath.dirname(from_page) or ".")
    return Markup(target + (f"#{slug(anchor)}" if anchor else ""))


def page_url(page: str, directory_urls: bool) -> str:
    """Where MkDocs publishes a source page: ``specs/index.md`` -> ``specs/`` or
    ``specs/index.html``; ``sources/a.md`` -> ``sources/a/`` or ``sources/a.html``."""
    stem = page[:-3] if page.endswith(".md") else page
    if stem == "index" or stem.endswith("/index"):
        folder = stem[: -len("index")]
        return folder if directory_urls else folder + "index.html"
    return stem + "/" if directory_urls else stem + ".html"


def relative_url(from_page: str, to_page: str, anchor: str, directory_urls: bool) -> Markup:
    """An href from one published page to another, as a browser resolves it.

    Used in the HTML the renderer hands MkDocs, which MkDocs does not rewrite; the
    plugin checks every such link and anchor itself (generator.site.links).
    """
    fragment = f"#{slug(anchor)}" if anchor else ""
    if from_page == to_page and fragment:
        return Markup(fragment)
    return Markup(_page_target(from_page, to_page, directory_urls) + fragment)


@lru_cache(maxsize=1 << 12)  # a page links to a few pages, thousands of times
def _page_target(from_page: str, to_page: str, directory_urls: bool) -> str:
    here = page_url(from_page, directory_urls)
    there = page_url(to_page, directory_urls)
    base = here if here.endswith("/") or not here else posixpath.dirname(here) + "/"
    target = posixpath.relpath(there or ".", base.rstrip("/") or ".")
    if there.endswith("/") or not there:
        target = "./" if target == "." else target + "/"
    return target


def text_fragment_url(url: str, quote: str) -> str:
    """``url#:~:text=…`` pointing at ``quote`` on the original page (WICG Text Fragments).

    Long quotes use ``textStart,textEnd``. Each part is percent-encoded, ``-``, ``&`` and
    ``,`` included, as the spec requires for the characters it gives meaning to.
    """
    words = quote.split()

    def encode(part: str) -> str:
        return percent_encode(part, safe="").replace("-", "%2D")

    if len(words) > 8:
        directive = f"{encode(' '.join(words[:4]))},{encode(' '.join(words[-4:]))}"
    else:
        directive = encode(" ".join(words))
    return f"{url.split('#', 1)[0]}#:~:text={directive}"


# A job summary is Markdown read raw as often as rendered: there only what Markdown or
# HTML would act on is neutralised, so "facts/x.yml" and "cost-new" stay readable.
_SUMMARY_ENTITIES = {ord("&"): "&amp;", ord("<"): "&lt;", ord(">"): "&gt;",
                     ord("\n"): " ", ord("\r"): " ", ord("\t"): " ", 0: "\ufffd"}
# Links, images, code spans, emphasis, strike-through and table cells; "_" only where it
# could open or close emphasis (not inside a word: "002_23fc.txt" stays as it is).
_SUMMARY_MARKUP = re.compile(r"[\\`*\[\]|~]|(?<!\w)_|_(?!\w)")


def escape_summary(value: object) -> str:
    """Make text inert in a Markdown job summary (GitHub-flavoured), yet readable raw:
    ``&``, ``<`` and ``>`` become entities, link, code, emphasis and table marks are
    backslash-escaped, and newlines fold, so no value opens a block, a tag or a link."""
    text = str(value).translate(_SUMMARY_ENTITIES)
    return _SUMMARY_MARKUP.sub(lambda m: "\\" + m.group(), text)


_SCRIPT_JSON = {ord("<"): "\\u003c", ord(">"): "\\u003e", ord("&"): "\\u0026",
                ord("\u2028"): "\\u2028", ord("\u2029"): "\\u2029"}


def escape_json_script(value: object) -> Markup:
    """Data as JSON inside ``<script type="application/ld+json">``: valid JSON whose text
    can neither close the element (``</script>``, ``<!--``) nor be read as Markdown
    (a single line with no ``<``, ``>`` or ``&``); a browser's JSON reader gets the same
    data back. Keys are sorted so the bytes are deterministic."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return Markup(text.translate(_SCRIPT_JSON))
