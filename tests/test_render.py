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

from generator.escape import escape_text, text_fragment_url
from generator.model import Fact, describe
from generator.publish import safe_title
from generator.render import wording_of

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
