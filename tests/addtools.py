"""Helpers for the tests of ``add`` and ``new``: pages and archives made by the tests.

The saved news pages are read from ``../shared/saved-pages`` where they are (never
copied in); every other page and every WARC here is written by the tests themselves.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

REPO = Path(__file__).resolve().parent.parent


def saved_pages() -> Path:
    """The shared saved pages: ``../shared/saved-pages`` beside the repository (CI), or
    beside a folder above it (a git worktree), or ``$SAVED_PAGES``."""
    if os.environ.get("SAVED_PAGES"):
        return Path(os.environ["SAVED_PAGES"])
    for folder in REPO.parents:
        if (folder / "shared" / "saved-pages" / "GROUND-TRUTH.yml").is_file():
            return folder / "shared" / "saved-pages"
    return REPO.parent / "shared" / "saved-pages"


PARAGRAPHS = [
    "The town library of Elmbrook reopened on Saturday after a renovation that took two "
    "years and added a reading garden, a children's wing and a room for local history.",
    "The council said the work cost 4.2 million euros, slightly less than the budget it "
    "approved when the building closed, and that the roof now carries solar panels.",
    "Visitors queued before the doors opened. The head librarian, Mara Quist, said the "
    "collection had grown to 80,000 books and that opening hours would be longer in "
    "the evenings from next month.",
]


def article_html(title: str = "Elmbrook library reopens after renovation",
                 site: str | None = "Elmbrook Courier", published: str | None = "2024-05-04",
                 modified: str | None = None,
                 url: str | None = "https://courier.example/library-reopens",
                 lang: str | None = "en", paragraphs: list[str] | None = None) -> bytes:
    """A small news page with the metadata a real one carries (any of it can be left out)."""
    head = [f"<title>{title} | {site or 'News'}</title>", '<meta charset="utf-8">']
    if site:
        head.append(f'<meta property="og:site_name" content="{site}">')
    if url:
        head.append(f'<link rel="canonical" href="{url}">')
    if published:
        head.append(f'<meta property="article:published_time" content="{published}T09:00:00Z">')
    if modified:
        head.append(f'<meta property="article:modified_time" content="{modified}T16:30:00Z">')
    head.append('<meta name="author" content="Ada Lindqvist">')
    body = "".join(f"<p>{p}</p>" for p in (paragraphs or PARAGRAPHS))
    lang_attribute = f' lang="{lang}"' if lang else ""
    return (f"<!doctype html><html{lang_attribute}><head>{''.join(head)}</head><body>"
            f"<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
            f"<article><h1>{title}</h1>{body}</article>"
            f"<footer>All rights reserved.</footer></body></html>").encode()


def write_warc(path: Path, pages: list[tuple[str, bytes, str]],
               captured: str = "2024-05-05T08:15:00Z") -> Path:
    """A WARC (gzipped when ``path`` ends in .gz) of HTTP responses: (address, body, type)."""
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=path.name.endswith(".gz"))
        for uri, body, content_type in pages:
            http = StatusAndHeaders("200 OK", [("Content-Type", content_type)],
                                    protocol="HTTP/1.1")
            record = writer.create_warc_record(uri, "response", payload=io.BytesIO(body),
                                               http_headers=http,
                                               warc_headers_dict={"WARC-Date": captured})
            writer.write_record(record)
    return path


def generator(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """``python -m generator ARGS`` in a fresh process, as an editor runs it."""
    env = {k: v for k, v in os.environ.items() if k != "GITHUB_ACTIONS"}
    return subprocess.run([sys.executable, "-m", "generator", *args], cwd=cwd or REPO,
                          env=env, capture_output=True, text=True, timeout=300, check=False)
