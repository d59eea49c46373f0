"""Each article's offset map is built once per build, for its evidence page and the
annotation export alike, and places every quote where the check's own map places it."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
from factcheck_helpers import REPO, build

from generator.check import article_maps
from generator.check.article_maps import ArticleMaps
from generator.check.context import ArticleView
from generator.exports import EXPORT_ANNOTATIONS
from generator.load import Article
from generator.reading import MappedText, RunSpans, normalise, normalise_mapped
from generator.site import render
from generator.site.publish import build_pageset

COMPOSED = ("The cafe\u0301 owner said the new line opens in spring, with twelve stations.\n\n"
            "A second paragraph, with  odd   spacing\tand a line\nbreak.\n")


def test_each_article_is_mapped_once_for_its_page_and_the_annotations(
        monkeypatch: pytest.MonkeyPatch) -> None:
    calls: Counter[str] = Counter()

    def counting(article: Article) -> ArticleView:
        calls[article.text] += 1
        return ArticleView(article)

    monkeypatch.setattr(article_maps, "ArticleView", counting)
    monkeypatch.setattr(render, "_EVIDENCE_CACHE", {})  # render every evidence page
    pageset = build_pageset(REPO)
    assert pageset.result.ok
    texts = {article.text: name for name, article in pageset.result.articles.items()}
    quoted = {name for name, located in pageset.result.located.items() if located}
    assert quoted and set(map(texts.get, calls)) == set(pageset.result.articles)
    assert all(count == 1 for count in calls.values()), calls.values()
    # Both users did read the maps: every article has its page, every quote its annotation.
    annotations = json.loads(pageset.assets[EXPORT_ANNOTATIONS])["first"]["items"]
    assert {item["target"]["source"].split("/", 1)[1] for item in annotations} == quoted
    evidence = [page for page in pageset.pages if page.path.startswith("sources/")
                and page.path != "sources/index.md"]
    assert len(evidence) == len(pageset.result.articles)


def test_a_cached_evidence_page_still_maps_its_article_once_for_the_export(
        monkeypatch: pytest.MonkeyPatch) -> None:
    build_pageset(REPO)  # fills the evidence cache
    calls: Counter[str] = Counter()
    monkeypatch.setattr(article_maps, "ArticleView",
                        lambda article: calls.update([article.text]) or ArticleView(article))
    pageset = build_pageset(REPO)
    quoted = {pageset.result.articles[name].text
              for name, located in pageset.result.located.items() if located}
    assert set(calls) == quoted and set(calls.values()) == {1}


def test_the_shared_map_places_quotes_as_the_checks_map_does(tmp_path: Path) -> None:
    root = build(tmp_path / "project", {"a.txt": COMPOSED}, {"facts/specs.yml": (
        "facts:\n"
        '  - {id: f-owner, source: a.txt, subject: Line, property: owner,'
        ' quote: "The café owner said the new line opens in spring",'
        ' value: {kind: text, text: spring}}\n'
        '  - {id: f-spacing, source: a.txt, subject: Line, property: spacing,'
        ' quote: "with odd spacing and a line break",'
        ' value: {kind: text, text: spacing}}\n')})
    from generator.check.pipeline import check_project

    for result in (check_project(root), check_project(REPO)):
        assert result.ok, [p.message for p in result.report]
        maps = ArticleMaps(result)
        for name in result.articles:
            assert maps.highlights(name) == result.highlights_for(name)
            assert maps.of(name).plain == normalise(result.articles[name].text)


@pytest.mark.parametrize(("text", "kind"), [
    ("Plain ASCII,  with\truns of\n\nwhitespace. ", RunSpans),
    ("Typed \u201cquotes\u201d \u2013 and \u00e9", RunSpans),
    # An em dash becomes three characters (" - "); the per-run map holds it with its
    # spaces (2661a2c), spaced or not
    ("Typed \u201cquotes\u201d \u2014 and \u00e9", RunSpans),
    ("by 2016\u2014Colorado,Washington", RunSpans),
    ("two dashes\u2014\u2014in one run", MappedText),
    (COMPOSED, MappedText),
    ("soft\u00adhyphen", MappedText),
])
def test_the_fast_map_is_used_where_it_is_exact(text: str, kind: type) -> None:
    made = ArticleView(Article("a.txt", text.encode("utf-8"), text))
    slow = normalise_mapped(text)
    assert made.plain == slow.text
    made.original_span(0, 0)
    assert isinstance(made._spans, kind)
    for start in range(len(slow.text) + 1):
        for end in (start, start + 1, start + 5, len(slow.text)):
            if start <= end <= len(slow.text):
                assert made.original_span(start, end) == slow.original_span(start, end)
