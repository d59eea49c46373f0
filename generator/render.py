"""Stage 4: turn a checked fact sheet into pages, each a ``(path, Markdown)`` pair.

Nothing here knows MkDocs: the plugin and ``python -m generator render`` are adapters
over :func:`render_site`. Page contents come from Jinja2 templates in ``templates/``;
every value that reaches a template is escaped by :mod:`generator.escape`.
"""

from __future__ import annotations

import html
import itertools
import re
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

import jinja2
from markupsafe import Markup

from generator import chronology, timeline
from generator.escape import escape_text, finalize, relative_link, slug, text_fragment_url
from generator.model import DateValue, Fact, Money, Quantity, Site, Source, describe
from generator.reading import (
    MappedText,
    dates_in,
    figures_in,
    find_passages,
    normalise,
    normalise_mapped,
    qualifier_start,
)
from generator.references import ReferenceInfo, plain_free_text, render_free_text
from generator.validate import Entry
from generator.verify import CheckResult, Highlight

SOURCES_DIR = "sources"
EXPORTS = ("facts.json", "facts.csv", "facts.schema.json", "annotations.jsonld")  # exports/


STANCE_LABELS = {"stated": "", "reported": "reportedly", "expected": "expected",
                 "possible": "possibly", "denied": "denied"}


@dataclass(frozen=True, slots=True)
class RenderedPage:
    """One generated page: where it goes, its Markdown, and the file an editor should edit."""

    path: str
    markdown: str
    edit_path: str
    title: str


@dataclass(slots=True)
class FactView:
    """What a template needs to show one fact, computed once."""

    entry: Entry[Fact]
    source: Source
    display: str
    wording: str
    evidence_page: str
    conflict: bool = False

    @property
    def fact(self) -> Fact:
        return self.entry.model

    @property
    def anchor(self) -> Markup:
        return Markup(slug(self.fact.id))

    @property
    def quote_anchor(self) -> Markup:
        return Markup(f"q-{slug(self.fact.id)}")

    @property
    def stance(self) -> str:
        return self.fact.stance

    @property
    def publisher(self) -> str:
        return self.source.publisher

    def cite(self, from_page: str) -> Markup:
        return relative_link(from_page, self.evidence_page, self.quote_anchor)

    @property
    def original_link(self) -> str | None:
        return text_fragment_url(self.source.url, self.fact.quote) if self.source.url else None

    @property
    def stance_label(self) -> str:
        """The source's stance in words, shown beside the value: "reportedly", "expected"."""
        return STANCE_LABELS[self.fact.stance]

    @property
    def derived(self) -> str:
        value = self.fact.value
        if isinstance(value, DateValue) and value.relative:
            basis = self.source.published.basis
            return (f"derived from “{value.relative}” and the publication date "
                    f"{self.source.published.date} ({basis})")
        return ""


def wording_of(fact: Fact) -> str:
    """The quote's own words for the value: "exceeded two billion US dollars"."""
    quote = normalise(fact.quote)
    value = fact.value
    if isinstance(value, Quantity | Money):
        wanted = (value.unit if isinstance(value, Quantity) else None,
                  value.currency if isinstance(value, Money) else None)
        figures = sorted(figures_in(quote),
                         key=lambda f: (f.unit, f.currency) != wanted)  # full matches first
        for figure in figures:
            if figure.amount == value.amount:
                return quote[qualifier_start(quote, figure.start):figure.end]
    if isinstance(value, DateValue):
        if value.relative:
            return value.relative
        mentions = dates_in(quote)
        if value.end is not None and len(mentions) > 1:  # an interval: both ends as written
            return quote[qualifier_start(quote, mentions[0].start):mentions[-1].end]
        year = int(value.date[:4]) if value.date[:4].isdigit() else None
        for mention in mentions:
            if mention.year == year:
                return quote[mention.start:mention.end]
    return quote  # a name or phrase reads best in its sentence


class Renderer:
    """Renders every page of one checked fact sheet."""

    def __init__(self, result: CheckResult, site: Site, site_path: str) -> None:
        self.result = result
        self.site = site
        self.site_path = site_path
        self.sources = {e.model.file: e.model for e in result.validated.sources}
        self.environment = jinja2.Environment(
            loader=jinja2.PackageLoader("generator", "templates"),
            autoescape=False,  # Markdown, not HTML: escaping is escape_text via finalize
            finalize=finalize,
            undefined=jinja2.StrictUndefined,
            keep_trailing_newline=True,
            trim_blocks=True,
            lstrip_blocks=True,
        )
        self.environment.filters["e"] = lambda value: Markup(escape_text(value))
        self.environment.filters["anchor"] = lambda value: Markup(slug(str(value)))
        self.views = self._views()
        works = {e.model.id: ReferenceInfo(e.model.title, e.model.kind, e.model.url)
                 for e in result.validated.references}
        numbers = {name[:3] for name in self.sources if name[:3].isdigit()}
        self.environment.filters["freetext"] = jinja2.pass_context(
            lambda ctx, text, owner=None: render_free_text(
                text, owner, ctx["here"], self._cited, works, numbers))

    def _views(self) -> dict[str, FactView]:
        in_conflict = {fact_id: group for group in self.result.conflicts for fact_id in group}
        views = {}
        for entry in self.result.validated.facts:
            fact = entry.model
            source = self.sources.get(fact.source)
            if source is None or fact.id in self.result.failed_facts:
                continue
            group = in_conflict.get(fact.id, [])
            views[fact.id] = FactView(
                entry=entry, source=source, display=describe(fact.value), wording=wording_of(fact),
                evidence_page=f"{SOURCES_DIR}/{source.slug}.md", conflict=bool(group))
        return views

    def _cited(self, fact_id: str) -> FactView | None:
        """A checked fact that free text cites, or None (E701 has reported it)."""
        return self.views.get(fact_id)

    def render(self, template: str, **context: Any) -> str:
        return self.environment.get_template(template).render(**context)

    def pages(self) -> list[RenderedPage]:
        pages = [self.home()]
        for page in self.site.pages:
            pages.append(self.table(page) if page.kind == "table" else self.timeline(page))
        pages.append(self.sources_index())
        pages.extend(self.evidence(name) for name in sorted(self.result.articles))
        return pages

    # -- pages -----------------------------------------------------------------------

    def home(self) -> RenderedPage:
        path = "index.md"
        key_figures = [self.views[i] for i in self.site.home.key_figures if i in self.views]
        status = {
            "facts": len(self.result.validated.facts),
            "passed": len(self.views),
            "sources": len(self.sources),
            "cited": len(self.sources) - len(self.result.uncited),
            "conflicts": len(self.result.conflicts),
            "warnings": len(self.result.report.warnings),
        }
        links = [(page.title, relative_link(path, f"{page.path}/index.md"))
                 for page in self.site.pages]
        groups = {fid: group for group in self.result.conflicts for fid in group}
        others = {view.fact.id: [o for o in groups.get(view.fact.id, [])
                                 if o != view.fact.id and o in self.views]
                  for view in key_figures}
        coverage = self.result.coverage.summary if self.result.coverage else ""
        markdown = self.render("home.md.j2", site=self.site, figures=key_figures, status=status,
                               others=others, coverage=coverage,
                               links=links, here=path, sources_link=relative_link(
                                   path, f"{SOURCES_DIR}/index.md"),
                               exports=tuple(Markup(name) for name in EXPORTS))
        return RenderedPage(path, markdown, self.site_path, self.site.title)

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
                    views.sort(key=lambda v: (v.fact.preferred is None, v.source.file, v.fact.id))
                    rows.append({"label": label, "facts": views})
            sections.append({"section": section, "rows": rows})
        leftovers = [views for claim, views in sorted(by_claim.items()) if claim not in placed]
        markdown = self.render("table.md.j2", page=page, sections=sections,
                               leftovers=leftovers, here=path)
        return RenderedPage(path, markdown, self._edit_path(page.files[0]), page.title)

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
            v.fact.id, v.display + (f" ({v.stance_label})" if v.stance_label else ""),
            plain_free_text(v.fact.event or v.fact.property, self._cited), spans[v.fact.id],
            v.fact.id) for v in events])
        markdown = self.render("timeline.md.j2", page=page, events=dated, undated=undated,
                               here=path, svg=Markup(drawing))
        return RenderedPage(path, markdown, self._edit_path(page.files[0]), page.title)

    def span(self, view: FactView) -> chronology.Span:
        """The event's calendar span; a year not stated is bounded by its article's date."""
        assert isinstance(view.fact.value, DateValue)
        return chronology.span_of(view.fact.value, view.source.published, view.fact.stance)

    def sources_index(self) -> RenderedPage:
        path = f"{SOURCES_DIR}/index.md"
        counts: dict[str, int] = defaultdict(int)
        for view in self.views.values():
            counts[view.source.file] += 1
        rows = [{"source": s, "facts": counts[s.file],
                 "link": relative_link(path, f"{SOURCES_DIR}/{s.slug}.md")}
                for s in self.sources.values() if s.file in self.result.articles]
        markdown = self.render("sources.md.j2", rows=rows, sources=self.sources)
        return RenderedPage(path, markdown, self.result.validated.registry_path, "Sources")

    def evidence(self, name: str) -> RenderedPage:
        source = self.sources[name]
        path = f"{SOURCES_DIR}/{source.slug}.md"
        article = self.result.articles[name]
        mapped = normalise_mapped(article.text)
        highlights = [h for h in self.result.highlights_for(name, mapped)
                      if h.fact_id in self.views]
        paragraphs = self.article_markup(article.text, highlights,
                                         _furniture_spans(mapped, source.furniture))
        passages = []
        for highlight in sorted(highlights, key=lambda h: (h.start, h.fact_id)):
            view = self.views[highlight.fact_id]
            page = self._page_of(view)
            passages.append({"view": view, "link": relative_link(path, page, view.anchor)
                             if page else None})
        related = None
        if source.relation is not None and source.relation.source in self.sources:
            other = self.sources[source.relation.source]
            related = {"type": source.relation.type, "source": other,
                       "link": relative_link(path, f"{SOURCES_DIR}/{other.slug}.md")}
        markdown = self.render("evidence.md.j2", source=source, paragraphs=paragraphs,
                               passages=passages, related=related, here=path)
        return RenderedPage(path, markdown, self.result.validated.registry_path, source.title)

    # -- helpers ---------------------------------------------------------------------

    def article_markup(self, text: str, highlights: list[Highlight],
                       furniture: list[tuple[int, int]]) -> list[Markup]:
        """The article as escaped paragraphs, quotes in <mark>, furniture de-emphasised."""
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
            anchors = "".join(f'<span class="fs-anchor" id="q-{slug(fid)}"></span>'
                              for fid in sorted(starts.get(begin, [])))
            body = "<br>".join(html.escape(line) for line in chunk.split("\n"))
            covering = [h for h in highlights if h.start <= begin and end <= h.end]
            if covering:
                ids = " ".join(sorted(slug(h.fact_id) for h in covering))
                body = f'<mark class="fs-quote" data-facts="{ids}" data-quote>{body}</mark>'
            if any(s <= begin and end <= e for s, e in furniture):
                body = (f'<span class="fs-furniture" title="page furniture, not article '
                        f'text">{body}</span>')
            current.append(anchors + body)
        if current:
            paragraphs.append(Markup("".join(current).strip()))
        return [p for p in paragraphs if p]

    def _page_of(self, view: FactView) -> str | None:
        name = view.entry.path.rsplit("/", 1)[-1]
        for page in self.site.pages:
            if name in page.files:
                return f"{page.path}/index.md"
        return None

    def _edit_path(self, fact_file: str) -> str:
        return f"facts/{fact_file}"


def _furniture_spans(mapped: MappedText, passages: list[str]) -> list[tuple[int, int]]:
    """Every occurrence of each furniture passage, as spans of the original text."""
    return [mapped.original_span(start, end)
            for start, end, _ in find_passages(mapped.text, passages)]


def render_site(result: CheckResult, site: Site, site_path: str) -> list[RenderedPage]:
    """All generated pages of a checked fact sheet, in a stable order."""
    return Renderer(result, site, site_path).pages()
