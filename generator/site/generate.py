"""Stage 5, generation as a step of its own: every page and export, as files, for any engine.

``python -m generator pages OUT`` writes a complete docs folder into ``OUT``: the generated
pages (Markdown files holding the renderer's HTML under a ``title:`` front matter), the
exports, the fact-sheet style and script, the hand-written pages of ``docs/`` and a marker
page. With ``--config`` it also writes the engine's configuration: the project's
``mkdocs.yml`` without the ``factsheet`` plugin, pointed at ``OUT``, with the sheet's title.
MkDocs, ProperDocs and Zensical then build the same folder; none needs a plugin.

A content-hash cache keeps ``OUT`` incremental: the manifest ``.generator-pages.json``
holds each file's sha256, a file is rewritten only when its bytes change (so an engine's
watcher rebuilds only the pages an edit reaches), and a file no longer generated is
removed. Each write is atomic.

The MkDocs plugin (:mod:`generator.site.plugin`) is an adapter over :func:`generate`, for
``mkdocs serve`` and a plain ``mkdocs build``.
"""

from __future__ import annotations

import hashlib
import json
import os
import posixpath
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote, urljoin

import yaml

from generator.base.atomic import write_text
from generator.base.escape import escape_text, page_url
from generator.site.links import Dangling, dangling_links, ids_of
from generator.site.nav import HAND_NAV_NOTE, NavPlan, fallback_title, plan_nav, title_of
from generator.site.publish import PageSet, build_pageset, safe_title
from generator.site.render import SOURCES_DIR, RenderedPage, build_date

if TYPE_CHECKING:
    from generator.check.incremental import CheckMemo

ASSETS = Path(__file__).resolve().parent / "assets"
STYLE, SCRIPT = "assets/factsheet.css", "assets/factsheet.js"
# Material's offline plugin would load this shim from a CDN; the generator ships it instead.
WORKER_SHIM = "assets/iframe-worker-shim.js"
BUNDLED = (STYLE, SCRIPT, WORKER_SHIM)
MANIFEST = ".generator-pages.json"
# A page only the generator writes: a site built without it was built without the generator.
MARKER = "factsheet-generated.md"
PLUGIN = "factsheet"


@dataclass(slots=True)
class Generation:
    """What one run of the generator publishes, before anything is written."""

    pageset: PageSet
    directory_urls: bool
    site_name: str = ""
    site_description: str = ""
    dangling: list[Dangling] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)  # hand-written pages a page would hide
    anchor_ids: dict[str, set[str]] = field(default_factory=dict)
    nav: NavPlan = field(default_factory=NavPlan)

    @property
    def ok(self) -> bool:
        return self.pageset.result.ok and not self.dangling and not self.replaced

    def problems(self) -> list[str]:
        """The generation's own problems (the check's are in ``pageset.result``)."""
        return [*(f"docs/{name} is hand-written and would be replaced by a generated page "
                  "at the same address: rename it or change the page map"
                  for name in self.replaced), *(str(link) for link in self.dangling)]


def hand_written(root: Path) -> list[str]:
    """Every file under ``docs/``, as a path relative to it, in a stable order."""
    docs = root / "docs"
    if not docs.is_dir():
        return []
    return sorted(path.relative_to(docs).as_posix() for path in docs.rglob("*")
                  if path.is_file() and not any(part.startswith(".")
                                                for part in path.relative_to(docs).parts))


def published(path: str, directory_urls: bool) -> str:
    """The URL a file of the docs folder is published at, as MkDocs lists it."""
    if path.endswith(".md"):
        url = page_url(path, directory_urls)
        return "" if url == "./" else url
    return path


def generate(root: Path, directory_urls: bool, others: list[str] | None = None,
             memo: CheckMemo | None = None, hand_nav: bool = False) -> Generation:
    """Check the sheet under ``root`` and render all it publishes; links checked.

    ``others`` are the docs folder's other files (relative paths); by default the files
    of ``docs/``. A generated page may not replace one of them. The nav comes from the
    page map, and only the hand-written pages it names are published, unless
    ``hand_nav`` (the engine's config has its own nav, which decides).
    """
    pageset = build_pageset(root, directory_urls=directory_urls, memo=memo)
    generation = Generation(pageset, directory_urls)
    if not pageset.result.ok:
        return generation
    site = pageset.result.validated.site
    if site is not None:
        generation.site_name = site.model.title
        generation.site_description = site.model.description or ""
    files = hand_written(root) if others is None else others
    if site is not None:
        titles = {page.path: page.title for page in pageset.pages}
        generation.nav = plan_nav(site.model, titles, _hand_titles(root, files), hand_nav)
        files = generation.nav.published
    urls = [published(name, directory_urls) for name in files]
    generated = {published(page.path, directory_urls) for page in pageset.pages}
    generation.replaced = [name for name, url in zip(files, urls, strict=True)
                           if url in generated]
    urls += [*pageset.assets, *BUNDLED, published(MARKER, directory_urls)]
    urls += [published(page.path, directory_urls) for page in pageset.pages if not page.html]
    generation.anchor_ids = {page.path: ids_of(page.html) for page in pageset.pages if page.html}
    generation.dangling = dangling_links(pageset.pages, directory_urls, urls,
                                         generation.anchor_ids)
    return generation


def edit_base(configured: str | None) -> str | None:
    """The "edit this page" base: ``edit_uri`` from the config, else the Pages workflow's
    repository (``GITHUB_REPOSITORY``); None when neither is known."""
    if configured:
        return configured
    repository = os.environ.get("GITHUB_REPOSITORY", "").strip()
    if not repository or repository.count("/") != 1:
        return None
    branch = os.environ.get("GITHUB_REF_NAME", "").strip() or "main"
    return f"https://github.com/{quote(repository)}/edit/{quote(branch)}/docs/"


UNDATED_NOTE = ("'Last updated' is left off every page: the sheet's facts/ has no git "
                "commit and SOURCE_DATE_EPOCH is not set; set SOURCE_DATE_EPOCH (seconds "
                "since 1970, e.g. the facts' last change) to date the pages")


def build_notes(root: Path, generation: Generation, hand_nav: bool) -> list[str]:
    """What a build leaves out and why, for the person building (never an error)."""
    notes = [HAND_NAV_NOTE] if hand_nav else generation.nav.notes()
    if build_date(root) is None:
        notes.append(UNDATED_NOTE)
    return notes


def page_footer(site_title: str, title: str, url: str, site_url: str = "",
                updated: str | None = None, edit: str | None = None) -> str:
    """How to cite a page, and when its facts last changed (from SOURCE_DATE_EPOCH or
    git); with neither the date is left out, never guessed (a build note says so)."""
    address = site_url.rstrip("/")
    where = f"{address}/{url}" if address else url or "index.html"
    cite = f"{site_title}, “{title}”, {where}" + (f", updated {updated}." if updated else ".")
    when_line = (f'<p><strong>Last updated:</strong> {escape_text(updated)}</p>'
                 if updated else "")
    edit_line = (f'<p><a class="fs-edit" href="{escape_text(edit)}">Edit the file behind '
                 "this page</a></p>" if edit else "")
    return ('<aside class="fs-page-meta" data-search-exclude data-check>'
            f'{when_line}'
            f'<p><strong>Cite this page:</strong> {escape_text(cite)}</p>{edit_line}</aside>')


def front_matter(title: str, extra: str = "") -> str:
    """A ``title:`` front matter, escaped as themes need (a JSON string is valid YAML)."""
    return f"---\ntitle: {json.dumps(safe_title(title), ensure_ascii=False)}\n{extra}---\n\n"


def page_text(page: RenderedPage, searched: bool = True) -> str:
    """A generated page as a Markdown file: one front matter, then its HTML (or Markdown).
    ``searched=False`` keeps it out of the search index (MkDocs' and Zensical's key)."""
    body = page.html.strip() if page.html else page.source.strip()
    return front_matter(page.title, "" if searched else "search:\n  exclude: true\n") + \
        body + "\n"


def is_evidence(path: str) -> bool:
    """An article's evidence page (``sources/…``, not the sources index)."""
    return path.startswith(f"{SOURCES_DIR}/") and path != f"{SOURCES_DIR}/index.md"


def _hand_titles(root: Path, files: list[str]) -> dict[str, str]:
    """Each hand-written file of ``docs/`` with its page title (its name for a non-page)."""
    titles: dict[str, str] = {}
    for name in files:
        titles[name] = fallback_title(name)
        if name.endswith(".md"):
            try:
                text = (root / "docs" / name).read_text("utf-8")
            except (OSError, UnicodeDecodeError):
                continue
            titles[name] = title_of(text, fallback_title(name))
    return titles


def docs_folder(root: Path, generation: Generation, site_url: str = "",
                edit_uri: str | None = None, search_evidence: bool = True) -> dict[str, bytes]:
    """Every file of the docs folder an engine builds, by path: generated and hand-written.

    ``search_evidence=False`` (the ``factsheet`` plugin's option of that name in
    ``mkdocs.yml``) keeps the evidence pages out of the search index."""
    directory_urls = generation.directory_urls
    title = generation.site_name
    updated = build_date(root)
    edit = edit_base(edit_uri)
    files: dict[str, bytes] = {}
    docs = root / "docs"
    for name in generation.nav.published:
        data = (docs / name).read_bytes()
        if name.endswith(".md"):
            text = data.decode("utf-8")
            footer = page_footer(title, title_of(text, posixpath.basename(name)[:-3]),
                                 published(name, directory_urls), site_url, updated,
                                 edit and edit + quote(name))
            data = (text.rstrip("\n") + "\n\n" + footer + "\n").encode("utf-8")
        files[name] = data
    for page in generation.pageset.pages:
        footer = page_footer(title, page.title, published(page.path, directory_urls), site_url,
                             updated, edit and urljoin(edit, "../" + quote(page.edit_path)))
        searched = search_evidence or not is_evidence(page.path)
        files[page.path] = (page_text(page, searched) + "\n" + footer + "\n").encode("utf-8")
    for name, content in generation.pageset.assets.items():
        files[name] = content.encode("utf-8")
    for name in BUNDLED:
        files[name] = (ASSETS / posixpath.basename(name)).read_bytes()
    stamp = hashlib.sha256()
    for name in sorted(files):
        stamp.update(name.encode() + b"\0" + hashlib.sha256(files[name]).digest())
    files[MARKER] = marker_page(stamp.hexdigest()).encode("utf-8")
    return files


def marker_page(stamp: str) -> str:
    """The marker page: the build check looks for its stamp in the engine's output."""
    return (front_matter("Generated pages", "search:\n  exclude: true\n")
            + f'<p data-factsheet-generated="{stamp}">These pages were generated by '
            "<code>python -m generator pages</code>.</p>\n")


def stamp_of(marker: str) -> str | None:
    """The stamp in a marker page's source or in the HTML an engine made of it."""
    _, found, rest = marker.partition('data-factsheet-generated="')
    return rest.partition('"')[0] if found else None


@dataclass(slots=True)
class Written:
    written: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    kept: int = 0


def write_folder(out: Path, files: dict[str, bytes]) -> Written:
    """Write ``files`` into ``out``, rewriting only what changed since the last run."""
    manifest_path = out / MANIFEST
    try:
        before = json.loads(manifest_path.read_text("utf-8"))
        if not isinstance(before, dict):
            before = {}
    except (OSError, ValueError):
        before = {}
    after: dict[str, str] = {}
    done = Written()
    for name in sorted(files):
        data = files[name]
        digest = hashlib.sha256(data).hexdigest()
        after[name] = digest
        target = out / name
        if before.get(name) == digest and target.is_file() and \
                target.stat().st_size == len(data):
            done.kept += 1
            continue
        _write_bytes(target, data)
        done.written.append(name)
    for name in sorted(set(before) - set(after)):
        stale = out / name
        if isinstance(name, str) and stale.is_file() and stale.resolve().is_relative_to(
                out.resolve()):
            stale.unlink()
            done.removed.append(name)
    if done.written or done.removed or not manifest_path.is_file():
        write_text(manifest_path, json.dumps(after, indent=0, sort_keys=True) + "\n")
    return done


def _write_bytes(path: Path, data: bytes) -> None:
    """An atomic write of bytes (text files through :func:`write_text`'s rename)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.tmp")
    temporary.write_bytes(data)
    os.replace(temporary, path)


def project_config(root: Path) -> dict[str, Any]:
    """The project's ``mkdocs.yml`` as plain data."""
    loaded = yaml.safe_load((root / "mkdocs.yml").read_text(encoding="utf-8"))
    return loaded if isinstance(loaded, dict) else {}


def plugin_options(config: dict[str, Any]) -> dict[str, Any]:
    """The ``factsheet`` plugin's options in ``mkdocs.yml`` (empty when it has none)."""
    for entry in config.get("plugins") or []:
        if isinstance(entry, dict) and isinstance(entry.get(PLUGIN), dict):
            return dict(entry[PLUGIN])
    return {}


def plugin_names(config: dict[str, Any]) -> list[str]:
    names: list[Any] = []
    for entry in config.get("plugins") or []:
        names.extend(entry if isinstance(entry, dict) else [entry])
    return [str(name) for name in names]


def directory_urls_of(config: dict[str, Any]) -> bool:
    """MkDocs' ``use_directory_urls``: off when the offline plugin is on, as it sets it."""
    if "offline" in plugin_names(config):
        return False
    return bool(config.get("use_directory_urls", True))


def engine_config(config: dict[str, Any], generation: Generation, docs_dir: str,
                  site_dir: str) -> dict[str, Any]:
    """The configuration every engine builds the docs folder with: no ``factsheet``
    plugin (the pages are there already), the sheet's title, the bundled style and
    script, no theme edit button (generated pages carry their own edit link)."""
    engine = dict(config)
    engine["plugins"] = [entry for entry in config.get("plugins") or []
                         if not (entry == PLUGIN or (isinstance(entry, dict) and PLUGIN in entry))]
    engine["docs_dir"] = docs_dir
    engine["site_dir"] = site_dir
    engine["use_directory_urls"] = generation.directory_urls
    theme = dict(config.get("theme") or {})
    if theme.get("name") == "material":
        # Zensical draws Material's look only as its "classic" variant; the pages and their
        # style are written for it. MkDocs and ProperDocs ignore the key.
        theme.setdefault("variant", "classic")
        engine["theme"] = theme
    if "nav" not in config and generation.nav.nav:  # a hand-written nav is kept as written
        engine["nav"] = generation.nav.nav
    engine.pop("edit_uri", None)
    engine.pop("repo_url", None)
    if generation.site_name:
        engine["site_name"] = safe_title(generation.site_name)
    if generation.site_description:
        engine["site_description"] = safe_title(generation.site_description)
    engine["extra_css"] = [*[c for c in config.get("extra_css") or [] if c != STYLE], STYLE]
    engine["extra_javascript"] = [*[j for j in config.get("extra_javascript") or []
                                    if j != SCRIPT], SCRIPT]
    extra = dict(config.get("extra") or {})
    extra["polyfills"] = [*[p for p in extra.get("polyfills") or [] if p != WORKER_SHIM],
                          WORKER_SHIM]
    engine["extra"] = extra
    return engine


def missing_from_site(site: Path, docs: Path) -> list[str]:
    """What an engine's build left out of the docs folder the generator wrote.

    Empty when the marker page is built with this folder's stamp and every generated page
    and export is in the site; otherwise one line per problem, for the person building.
    """
    try:
        manifest = json.loads((docs / MANIFEST).read_text("utf-8"))
        expected = stamp_of((docs / MARKER).read_text("utf-8"))
    except (OSError, ValueError):
        return [f"{docs} holds no generated pages: run python -m generator pages {docs} first"]
    problems = []
    for directory_urls in (False, True):
        marker = site / published(MARKER, directory_urls)
        if marker.is_dir():
            marker = marker / "index.html"
        if marker.is_file():
            break
    else:
        return [f"{site} has no page {published(MARKER, False)}: the engine built the site "
                f"without the generated pages of {docs}; build with the configuration "
                "python -m generator pages --config writes"]
    if stamp_of(marker.read_text("utf-8")) != expected:
        problems.append(f"{marker}: built from other generated pages than {docs}; "
                        "build again after python -m generator pages")
    for name in sorted(manifest):
        if name == MARKER or name.startswith("."):
            continue
        url = published(name, directory_urls)
        target = site / url
        if url.endswith("/") or url == "":
            target = target / "index.html"
        if not target.is_file():
            problems.append(f"{site}: {url or 'index.html'} is missing (generated from "
                            f"{docs / name}); the engine skipped it")
    return problems
