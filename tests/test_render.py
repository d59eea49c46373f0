"""The renderer's pieces, driven by YAML fixtures of input and expected output."""

from __future__ import annotations

import html
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import markdown
import pytest
import yaml
from pydantic import TypeAdapter

from generator.base.escape import escape_text, text_fragment_url
from generator.model import Fact
from generator.model.describe import describe
from generator.site.publish import safe_title
from generator.site.render import wording_of

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "render"
PAYLOADS = yaml.safe_load((FIXTURES / "payloads.yml").read_text("utf-8"))["payloads"]
EXTENSIONS = ["tables", "attr_list", "md_in_html", "toc", "admonition"]


class Tree(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []
        self.text = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, attrs))

    def handle_data(self, data: str) -> None:
        self.text += data


def rendered(source: str) -> Tree:
    tree = Tree()
    tree.feed(markdown.markdown(source, extensions=EXTENSIONS))
    return tree


def folded(text: str) -> str:
    return " ".join(text.split())


CONTEXTS = {
    "paragraph": ("Before {} after.", {"p"}),
    "table cell": ("| a | b |\n|---|---|\n| {} | x |",
                   {"table", "thead", "tbody", "tr", "th", "td"}),
    "heading": ("## Title {} {{ #fixed-id }}", {"h2"}),
    "attribute": ('<span title="{}">x</span>', {"p", "span"}),
    "list item": ("- {}", {"ul", "li"}),
}


@pytest.mark.parametrize("payload", PAYLOADS)
@pytest.mark.parametrize("context", list(CONTEXTS))
def test_escaped_text_stays_literal_in_every_context(payload: str, context: str) -> None:
    template, allowed = CONTEXTS[context]
    tree = rendered(template.format(escape_text(payload)))
    assert {tag for tag, _ in tree.tags} <= allowed
    for tag, attrs in tree.tags:
        names = {name for name, _ in attrs}
        assert names <= {"id", "title"}, (tag, attrs)
        if tag == "h2":
            assert dict(attrs)["id"] == "fixed-id"
    if context == "attribute":
        title = dict(tree.tags[-1][1])["title"] or ""
        assert folded(title) == folded(payload)
    else:
        assert folded(payload) in folded(tree.text)


def cases(name: str) -> list[dict[str, Any]]:
    return list(yaml.safe_load((FIXTURES / name).read_text("utf-8"))["cases"])


@pytest.mark.parametrize("case", cases("fragments.yml"))
def test_text_fragment_links(case: dict[str, str]) -> None:
    assert text_fragment_url(case["url"], case["quote"]) == case["expected"]


@pytest.mark.parametrize("case", cases("wording.yml"))
def test_wording_and_display(case: dict[str, Any]) -> None:
    fact = TypeAdapter(Fact).validate_python({
        "id": "x", "source": "a.txt", "subject": "s", "property": "p",
        "quote": case["quote"], "value": case["value"]}, strict=False)
    assert wording_of(fact) == case["wording"]
    assert describe(fact.value) == case["display"]


@pytest.mark.parametrize("title", ["</title><script>alert(1)</script>", "A & B <b>", "plain"])
def test_titles_cannot_close_the_title_element(title: str) -> None:
    made = safe_title(title)
    assert "<" not in made and ">" not in made
    # Material prints titles through striptags, which unescapes once.
    once = html.unescape(made)
    assert "</" not in once
    assert once.replace("\u200b", "") == title


# -- the two paths: HTML handed to MkDocs, and portable Markdown --------------------------

def _facts_links_ids(body: str) -> tuple[list[str], list[str], set[str]]:
    tree = Tree()
    tree.feed(body)
    facts = sorted(html.unescape(v or "") for _, attrs in tree.tags for k, v in attrs
                   if k == "data-fact")
    hrefs = sorted(html.unescape(v or "") for _, attrs in tree.tags for k, v in attrs
                   if k == "href")
    ids = {html.unescape(v or "") for _, attrs in tree.tags for k, v in attrs if k == "id"}
    return facts, hrefs, ids


@pytest.mark.parametrize("project", ["real", "other_topic"])
def test_html_and_markdown_paths_carry_the_same_facts_citations_and_anchors(
        project: str) -> None:
    from generator.site.publish import build_pageset

    root = Path(__file__).resolve().parent.parent if project == "real" else \
        Path(__file__).resolve().parent / "fixtures" / project
    pageset = build_pageset(root)
    assert pageset.result.ok
    generated = [page for page in pageset.pages if page.html]
    assert len(generated) >= 5
    for page in generated:
        front, _, body = page.markdown.partition("\n---\n")
        assert front.startswith("---\ntitle: ")
        converted = markdown.markdown(body, extensions=EXTENSIONS)
        facts, hrefs, ids = _facts_links_ids(page.html)
        assert _facts_links_ids(converted) == (facts, hrefs, ids), page.path
        if page.path != "sources/index.md" and page.path != "index.md":
            assert facts, page.path


def test_a_dangling_anchor_in_generated_html_is_reported() -> None:
    from dataclasses import replace

    from generator.site.links import dangling_links
    from generator.site.publish import build_pageset

    pageset = build_pageset(Path(__file__).resolve().parent / "fixtures" / "other_topic")
    exports = list(pageset.assets)
    assert dangling_links(pageset.pages, True, exports) == []
    specs = next(p for p in pageset.pages if p.path == "structure/index.md")
    broken = replace(specs, html=specs.html.replace("#q-span-a1", "#q-no-such-fact", 1))
    pages = [broken if p is specs else p for p in pageset.pages]
    problems = dangling_links(pages, True, exports)
    assert [(p.page, p.href.rsplit("#", 1)[1]) for p in problems] == [
        ("structure/index.md", "q-no-such-fact")]
    assert "which that page does not have" in str(problems[0])
    missing = replace(specs, html=specs.html.replace("../sources/", "../sourcez/", 1))
    problems = dangling_links([missing if p is specs else p for p in pageset.pages], True,
                              exports)
    assert len(problems) == 1 and "points at no page" in str(problems[0])


def test_the_link_check_reads_anchor_ids_found_once_by_the_plugin() -> None:
    from generator.site.links import dangling_links, ids_of
    from generator.site.publish import build_pageset

    pageset = build_pageset(Path(__file__).resolve().parent / "fixtures" / "other_topic")
    exports = list(pageset.assets)
    ids = {page.path: ids_of(page.html) for page in pageset.pages if page.html}
    assert dangling_links(pageset.pages, True, exports, ids) == []
    # The ids given are the ones checked against: without one, its links dangle.
    evidence = next(p for p in pageset.pages if p.path.startswith("sources/")
                    and "q-span-a1" in ids[p.path])
    ids[evidence.path] = ids[evidence.path] - {"q-span-a1"}
    problems = dangling_links(pageset.pages, True, exports, ids)
    assert problems and {p.href.rsplit("#", 1)[1] for p in problems} == {"q-span-a1"}


def test_evidence_pages_are_cached_by_what_they_are_made_of(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from generator.check.pipeline import check_project
    from generator.site import render

    root = Path(__file__).resolve().parent / "fixtures" / "other_topic"
    result = check_project(root)
    assert result.validated.site is not None
    site = result.validated.site
    monkeypatch.setattr(render, "_EVIDENCE_CACHE", {})
    first = render.render_site(result, site.model, site.path)
    calls: list[str] = []
    original = render.Renderer.article_markup

    def counting(self: render.Renderer, *args: Any, **kwargs: Any) -> Any:
        calls.append("rendered")
        return original(self, *args, **kwargs)

    monkeypatch.setattr(render.Renderer, "article_markup", counting)
    again = render.render_site(result, site.model, site.path)
    assert calls == [], "unchanged evidence pages come from the cache"
    assert [p.html for p in again] == [p.html for p in first]
    file_urls = render.render_site(result, site.model, site.path, directory_urls=False)
    assert len(calls) == len(result.articles), "another link style is another page"
    assert [p.path for p in file_urls] == [p.path for p in first]


def test_one_template_environment_serves_every_sheet_in_turn() -> None:
    from generator.check.pipeline import check_project
    from generator.site import render

    repo = Path(__file__).resolve().parents[1]

    def rendered(root: Path) -> dict[str, str]:
        result = check_project(root)
        site = result.validated.site
        assert result.ok and site is not None
        return {page.path: page.html for page in render.render_site(result, site.model,
                                                                   site.path)}

    real = rendered(repo)
    environment = render.environment()
    other = rendered(Path(__file__).resolve().parent / "fixtures" / "other_topic")
    assert render.environment() is environment  # compiled once, not per build
    assert rendered(repo) == real  # nothing of the other sheet stayed behind
    assert other["index.md"] != real["index.md"]
