"""Stage 4: turn a checked fact sheet into pages, each as HTML and as portable Markdown.

Nothing here knows MkDocs: the plugin and ``python -m generator render`` are adapters
over :func:`render_site`. Page contents come from Jinja2 templates in ``templates/``
that write HTML; every value that reaches a template is escaped by
:mod:`generator.base.escape`. The plugin hands MkDocs that HTML as it is (no Python-Markdown
pass); the portable path wraps the same HTML in a Markdown file with a title.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import html
import itertools
import json
import os
import re
import subprocess
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import jinja2
from markupsafe import Markup

from generator.model import chronology
from generator.exports.dataset import dataset
from generator.site import fragments, timeline
from generator.site.views import Citations, FactView, published_words, shown_value
from generator.site.wording import wording_of
from generator.check.article_maps import ArticleMaps
from generator.base.escape import (escape_text, escape_url_text, finalize, relative_url, slug,
                                   text_fragment_url)
from generator.base.escape import escape_json_script
from generator.model import DateValue, Site, Source
from generator.model.describe import describe, describe_date, describe_fact
from generator.reading import find_passages
from generator.reading.excerpts import sentence_around
from generator.reading.references import ReferenceInfo, plain_free_text, render_free_text
from generator.model.validate import Entry
from generator.check.context import ArticleView
from generator.check.verify import CheckResult, Highlight

SOURCES_DIR = "sources"
EXPORTS = ("facts.json", "facts.csv", "facts.schema.json", "annotations.jsonld",
           "datapackage.json")  # exports/
# Bump when a template or the markup changes: cached evidence pages are keyed by it.
RENDERER_VERSION = "html-5"
RELATION_WORDS = {
    "rewrite-of": "This article is a rewritten version of",
    "translation-of": "This article is a translation of",
    "republication-of": "This article republishes",
    "update-of": "This article is a later version of",
    "follow-up-of": "This article follows up",
}


@dataclass(frozen=True, slots=True)
class Heading:
    """One entry of a page's table of contents."""

    level: int
    id: str
    title: str


@dataclass(frozen=True, slots=True)
class RenderedPage:
    """One generated page: where it goes, its content, and the file an editor should edit.

    ``html`` is the page body MkDocs is handed as it is (empty for pages that go through
    Markdown, whose text is ``source``); :attr:`markdown` is the portable form of the page.
    """

    path: str
    source: str
    edit_path: str
    title: str
    html: str = ""
    toc: tuple[Heading, ...] = ()

    @property
    def markdown(self) -> str:
        """The portable form, written when asked for: kept, it would be a second copy of
        every page for the whole build."""
        return portable_markdown(self.title, self.html) if self.html else self.source


def build_date(root: Path | None = None) -> str | None:
    """The day the facts last changed: SOURCE_DATE_EPOCH where it is set (the Makefile and
    the workflows set it), else the last commit that touched the sheet's ``facts/``, so a
    build by any command dates its pages the same way; None outside git."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if not epoch.isdigit() and root is not None:
        epoch = _last_commit_time(root / "facts")
    if not epoch.isdigit():
        return None
    return dt.datetime.fromtimestamp(int(epoch), dt.UTC).strftime("%-d %B %Y")


def _last_commit_time(folder: Path) -> str:
    """The Unix time of the last commit that touched ``folder``, or "" (no git, no commit)."""
    if not folder.is_dir():
        return ""
    try:
        found = subprocess.run(["git", "log", "-1", "--format=%ct", "--", "."], cwd=folder,
                               capture_output=True, text=True, timeout=20, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return ""
    return found.stdout.strip() if found.returncode == 0 else ""


_EVIDENCE_CACHE: dict[str, tuple[str, tuple[Heading, ...]]] = {}
_EVIDENCE_CACHE_LIMIT = 20_000


_HEADING = re.compile(r'<h([23]) id="([^"]+)"[^>]*>(.*?)</h\1>', re.S)


def headings_of(body: str) -> tuple[Heading, ...]:
    """The page's h2/h3 headings, for MkDocs' table of contents."""
    return tuple(Heading(int(level), ident, html.unescape(re.sub(r"<[^>]+>", "", text)).strip())
                 for level, ident, text in _HEADING.findall(body))


def portable_markdown(title: str, body: str) -> str:
    """The page for any Markdown engine: a title, then the HTML, which Markdown keeps as is."""
    return f"---\ntitle: {json.dumps(title, ensure_ascii=False)}\n---\n\n{body.strip()}\n"


@lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    """The templates' environment, made once per process: ``mkdocs serve`` rebuilds would
    otherwise compile every template again. What differs between builds reaches the
    templates through their context (``renderer``, ``here``)."""
    made = jinja2.Environment(
        loader=jinja2.PackageLoader("generator.site", "templates"),
        autoescape=False,  # escape_text, via finalize, makes data inert in HTML and Markdown
        finalize=finalize,
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    made.filters["e"] = lambda value: Markup(escape_text(value))
    made.filters["anchor"] = lambda value: Markup(slug(str(value)))
    made.filters["url_text"] = lambda value: escape_url_text(str(value))
    made.filters["freetext"] = jinja2.pass_context(
        lambda ctx, text, owner=None: ctx["renderer"].free_text(text, owner, ctx["here"]))
    made.globals.update(cite=fragments.cite, value=fragments.value)
    return made


class Renderer:
    """Renders every page of one checked fact sheet."""

    def __init__(self, result: CheckResult, site: Site, site_path: str,
                 directory_urls: bool = True, maps: ArticleMaps | None = None) -> None:
        self.result = result
        self.maps = maps or ArticleMaps(result)  # shared with the exports by publish
        self.site = site
        self.site_path = site_path
        self.directory_urls = directory_urls
        self.sources = {e.model.file: e.model for e in result.validated.sources}
        self.environment = environment()
        self.views = self._views()
        self.works = {e.model.id: ReferenceInfo(e.model.title, e.model.kind, e.model.url)
                      for e in result.validated.references}
        self.numbers = {name[:3] for name in self.sources if name[:3].isdigit()}

    def free_text(self, text: str, owner: str | None, here: str) -> Markup:
        """Free text with its references linked (the templates' ``freetext`` filter)."""
        return render_free_text(text, owner, here, self._cited, self.works, self.numbers)

    def _views(self) -> dict[str, FactView]:
        views = {}
        for entry in self.result.validated.facts:
            fact = entry.model
            source = self.sources.get(fact.source)
            if source is None or fact.id in self.result.failed_facts:
                continue
            views[fact.id] = FactView(
                entry=entry, source=source, display=shown_value(fact, source, describe_fact(fact)),
                wording=wording_of(fact),
                evidence_page=f"{SOURCES_DIR}/{source.slug}.md",
                directory_urls=self.directory_urls,
                conflict=bool(self.result.disagreeing.get(fact.id)),
                variant_of=self.result.variants.get(fact.id))
        for fact_id, (other, relation) in sorted(self.result.variants.items()):
            if fact_id in views and other in views:
                views[other].variants.append((fact_id, relation))
            elif fact_id in views:
                views[fact_id].variant_of = None  # what it renders did not pass
        return views

    def link(self, here: str, there: str, anchor: str = "") -> Markup:
        return relative_url(here, there, anchor, self.directory_urls)

    def _cited(self, fact_id: str) -> FactView | None:
        """A checked fact that free text cites, or None (E701 has reported it)."""
        return self.views.get(fact_id)

    def render(self, template: str, **context: Any) -> str:
        return self.environment.get_template(template).render(renderer=self, **context)

    def page(self, path: str, template: str, edit_path: str, title: str,
             **context: Any) -> RenderedPage:
        body = self.render(template, here=path, cites=Citations(), **context)
        return RenderedPage(path, "", edit_path, title, body, headings_of(body))

    def pages(self) -> list[RenderedPage]:
        pages = [self.home()]
        for page in self.site.pages:
            pages.append(self.table(page) if page.kind == "table" else self.timeline(page))
        pages.append(self.sources_index())
        pages.extend(self.evidence(name) for name in sorted(self.result.articles))
        return pages

    def cells(self, cells: list[Any]) -> list[dict[str, Any]]:
        """Summary-card and register cells whose fact passed, in the page map's order."""
        return [{"label": cell.label, "view": self.views[cell.fact]}
                for cell in cells if cell.fact in self.views]

    # -- pages -----------------------------------------------------------------------

    def home(self) -> RenderedPage:
        path = "index.md"
        key_figures = [self.views[i] for i in self.site.home.key_figures if i in self.views]
        cited = [name for name in self.sources if name not in self.result.uncited]
        status = {
            "facts": len(self.views),
            "sources": len(cited),
            "independent": len({self.result.origins.get(name, name) for name in cited}),
            "conflicts": len(self.result.conflicts),
            "variants": sum(1 for view in self.views.values() if view.variant_of),
        }
        links = [(page.title, self.link(path, f"{page.path}/index.md"))
                 for page in self.site.pages]
        # Only the values a figure cannot agree with: "at least 11 deaths" is no
        # disagreement with "at least 11 people", nor "at least 14" with "at least 11".
        others = {view.fact.id: [o for o in self.result.disagreeing.get(view.fact.id, [])
                                 if o in self.views]
                  for view in key_figures}
        coverage = self.result.coverage.reader_summary if self.result.coverage else ""
        return self.page(path, "home.html.j2", self.site_path, self.site.title,
                         site=self.site, figures=key_figures, status=status, links=links,
                         summary=self.cells(self.site.home.summary),
                         sources_link=self.link(path, f"{SOURCES_DIR}/index.md"),
                         full_texts=all(s.republish for s in self.sources.values()),
                         others=others, coverage=coverage,
                         exports=tuple(Markup(name) for name in EXPORTS),
                         dataset=escape_json_script(dataset(
                             self.site.title, status["facts"], status["sources"], EXPORTS,
                             (s.url for n, s in self.sources.items()
                              if s.url and n not in self.result.uncited))))

    def table(self, page: Any) -> RenderedPage:
        path = f"{page.path}/index.md"
        on_page = [v for v in self.views.values()
                   if v.entry.path.rsplit("/", 1)[-1] in page.files]
        by_claim: dict[tuple[str, str], list[FactView]] = defaultdict(list)
        for view in on_page:
            by_claim[(view.fact.subject, view.fact.property)].append(view)
        sections = []
        placed: set[tuple[str, str]] = set()
        for section in page.sections:
            rows = []
            known = [row.property for row in section.rows]
            extra = sorted({p for (s, p) in by_claim if s == section.subject and p not in known})
            labelled = [(r.property, r.label) for r in section.rows] + [(p, p) for p in extra]
            for prop, label in labelled:
                views = by_claim.get((section.subject, prop), [])
                placed.add((section.subject, prop))
                if views:
                    views.sort(key=lambda v: (v.fact.preferred is None, v.fact.as_of or "",
                                              v.fact.as_of_time or "", v.source.file,
                                              v.fact.id))
                    rows.append({"label": label, "facts": views})
            sections.append({"section": section, "rows": rows,
                             "glance": self.cells(section.at_a_glance)})
        leftovers = [views for claim, views in sorted(by_claim.items()) if claim not in placed]
        return self.page(path, "table.html.j2", self._edit_path(page.files[0]), page.title,
                         page=page, sections=sections, leftovers=leftovers)

    def timeline(self, page: Any) -> RenderedPage:
        path = f"{page.path}/index.md"
        events = [v for v in self.views.values()
                  if v.entry.path.rsplit("/", 1)[-1] in page.files
                  and isinstance(v.fact.value, DateValue)]
        spans = {v.fact.id: self.span(v) for v in events}
        events.sort(key=lambda v: (spans[v.fact.id].sort_key(), v.fact.id))
        dated = [v for v in events if not spans[v.fact.id].year_unknown]
        undated = [v for v in events if spans[v.fact.id].year_unknown]
        drawing = timeline.draw([timeline.TimelineEvent(
            v.fact.id, v.marked,
            plain_free_text(v.fact.event or v.fact.property, self._cited), spans[v.fact.id],
            v.fact.id) for v in events])
        return self.page(path, "timeline.html.j2", self._edit_path(page.files[0]), page.title,
                         page=page, events=dated, undated=undated, svg=Markup(drawing))

    def span(self, view: FactView) -> chronology.Span:
        """The event's calendar span; a year not stated is bounded by its article's date."""
        assert isinstance(view.fact.value, DateValue)
        return chronology.span_of(view.fact.value, view.source.published, view.fact.stance)

    def sources_index(self) -> RenderedPage:
        path = f"{SOURCES_DIR}/index.md"
        counts: dict[str, int] = defaultdict(int)
        for view in self.views.values():
            counts[view.source.file] += 1
        rows = [{"source": s, "facts": counts[s.file], "published": published_words(s),
                 "link": self.link(path, f"{SOURCES_DIR}/{s.slug}.md")}
                for s in self.sources.values() if s.file in self.result.articles]
        return self.page(path, "sources.html.j2", self.result.validated.registry_path, "Sources",
                         rows=rows)

    def evidence(self, name: str) -> RenderedPage:
        source = self.sources[name]
        path = f"{SOURCES_DIR}/{source.slug}.md"
        article = self.result.articles[name]
        # Where each quote stands in the normalised text: enough for the cache key, so a
        # cached page costs no normalisation of its article.
        located = [h for h in self.result.located.get(name, []) if h.fact_id in self.views]
        passages = []
        backs: dict[str, str] = {}
        for highlight in sorted(located, key=lambda h: (h.start, h.fact_id)):
            view = self.views[highlight.fact_id]
            page = self._page_of(view)
            link = self.link(path, page, view.anchor) if page else None
            if link:
                backs[view.fact.id] = link
            passages.append({"view": view, "link": link})
        related = None
        if source.relation is not None and source.relation.source in self.sources:
            other = self.sources[source.relation.source]
            related = {"words": RELATION_WORDS[source.relation.type], "source": other,
                       "link": self.link(path, f"{SOURCES_DIR}/{other.slug}.md")}
        key = self._evidence_key(source, located, passages, related)
        cached = _EVIDENCE_CACHE.get(key)
        if cached is None:
            mapped = self.maps.of(name)
            highlights = [h for h in self.maps.highlights(name) if h.fact_id in self.views]
            furniture = _furniture_spans(mapped, source.furniture)
            if source.republish:
                paragraphs = self.article_markup(article.text, highlights, furniture, backs)
                excerpts: list[Markup] = []
            else:  # another outlet's text: only the sentences its facts quote
                paragraphs, excerpts = [], self.excerpts(article.text, highlights, furniture,
                                                         backs)
            body = self.render("evidence.html.j2", here=path, cites=Citations(), source=source,
                               paragraphs=paragraphs, excerpts=excerpts, passages=passages,
                               related=related,
                               published=published_words(source),
                               registry=self.result.validated.registry_path)
            cached = (body, headings_of(body))
            if len(_EVIDENCE_CACHE) >= _EVIDENCE_CACHE_LIMIT:
                _EVIDENCE_CACHE.clear()
            _EVIDENCE_CACHE[key] = cached
        body, toc = cached
        return RenderedPage(path, "", self.result.validated.registry_path, source.title,
                            body, toc)

    def _evidence_key(self, source: Source, located: list[Highlight],
                      passages: list[dict[str, Any]], related: dict[str, Any] | None) -> str:
        """Everything an evidence page is made from, hashed: the article (by its pinned
        hash), its registry entry, the facts quoting it and where they link, and the
        renderer's version. Equal keys render equal bytes."""
        parts = [RENDERER_VERSION, str(self.directory_urls), source.sha256,
                 source.model_dump_json(), self.result.validated.registry_path,
                 json.dumps([(h.fact_id, h.start, h.end) for h in located]),
                 json.dumps([(p["view"].fact.model_dump_json(), p["view"].display,
                              str(p["link"])) for p in passages]),
                 json.dumps(related and [related["words"], related["source"].title,
                                         str(related["link"])])]
        return hashlib.sha256("\x00".join(parts).encode("utf-8")).hexdigest()

    # -- helpers ---------------------------------------------------------------------

    def article_markup(self, text: str, highlights: list[Highlight],
                       furniture: list[tuple[int, int]],
                       backs: dict[str, str] | None = None) -> list[Markup]:
        """The article as escaped paragraphs, quotes in <mark>, furniture de-emphasised.

        Each quote's start carries an anchor ``q-<fact id>`` (with the way back to the
        fact); every segment of a quote carries the fact ids it belongs to, so the page
        script can emphasise a landed quote whole, across paragraphs and line breaks.
        """
        backs = backs or {}
        boundaries = {0, len(text)}
        for h in highlights:
            boundaries.update((h.start, h.end))
        for start, end in furniture:
            boundaries.update((start, end))
        for match in re.finditer(r"\n\s*\n", text):
            boundaries.update((match.start(), match.end()))
        points = sorted(boundaries)
        starts: dict[int, list[str]] = defaultdict(list)
        for h in highlights:
            starts[h.start].append(h.fact_id)
        paragraphs: list[Markup] = []
        current: list[str] = []
        for begin, end in itertools.pairwise(points):
            chunk = text[begin:end]
            if re.fullmatch(r"\n\s*\n", chunk):
                if current:
                    paragraphs.append(Markup("".join(current).strip()))
                current = []
                continue
            anchors = "".join(
                f'<span class="fs-anchor" id="q-{slug(fid)}"'
                + (f' data-back="{backs[fid]}"' if fid in backs else "") + "></span>"
                for fid in sorted(starts.get(begin, [])))
            body = "<br>".join(html.escape(line) for line in chunk.split("\n"))
            covering = [h for h in highlights if h.start <= begin and end <= h.end]
            if covering:
                ids = " ".join(sorted(slug(h.fact_id) for h in covering))
                body = f'<mark class="fs-quote" data-quote data-facts="{ids}">{body}</mark>'
            if any(s <= begin and end <= e for s, e in furniture):
                body = (f'<span class="fs-furniture" title="Page furniture: text from the web '
                        f'page around the article, not the article itself">{body}</span>')
            current.append(anchors + body)
        if current:
            paragraphs.append(Markup("".join(current).strip()))
        return [p for p in paragraphs if p]

    def excerpts(self, text: str, highlights: list[Highlight],
                 furniture: list[tuple[int, int]], backs: dict[str, str]) -> list[Markup]:
        """Each sentence that a quote stands in, with its quotes marked as on a full page.

        What an evidence page shows of an article it may not republish (``republish:
        false``): sentences that hold several quotes, or overlap, are shown once.
        """
        spans = sorted(sentence_around(text, h.start, h.end) for h in highlights)
        merged: list[tuple[int, int]] = []
        for start, end in spans:
            if merged and start <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
            else:
                merged.append((start, end))
        shown = []
        for start, end in merged:
            inside = [Highlight(h.fact_id, h.start - start, h.end - start) for h in highlights
                      if start <= h.start and h.end <= end]
            clipped = [(max(a, start) - start, min(b, end) - start) for a, b in furniture
                       if a < end and b > start]
            shown.append(Markup(" ".join(self.article_markup(text[start:end], inside, clipped,
                                                             backs))))
        return shown

    def _page_of(self, view: FactView) -> str | None:
        name = view.entry.path.rsplit("/", 1)[-1]
        for page in self.site.pages:
            if name in page.files:
                return f"{page.path}/index.md"
        return None

    def _edit_path(self, fact_file: str) -> str:
        return f"facts/{fact_file}"


def _furniture_spans(mapped: ArticleView, passages: list[str]) -> list[tuple[int, int]]:
    """Every occurrence of each furniture passage, as spans of the original text."""
    if not passages:
        return []
    return [mapped.original_span(start, end)
            for start, end, _ in find_passages(mapped.plain, passages)]


def render_site(result: CheckResult, site: Site, site_path: str, directory_urls: bool = True,
                maps: ArticleMaps | None = None) -> list[RenderedPage]:
    """All generated pages of a checked fact sheet, in a stable order."""
    return Renderer(result, site, site_path, directory_urls, maps).pages()
