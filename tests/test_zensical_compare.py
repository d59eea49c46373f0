"""``make zensical`` compares what a reader reads, so it must see a real difference.

The builds themselves need Zensical (``make zensical``, and the non-blocking CI job in
``.github/workflows/zensical.yml``); the comparison is tested here on small pages.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.zensical import compare, page_content


def page(body: str) -> str:
    return (f'<html><nav>theme</nav><article class="md-content__inner md-typeset">{body}'
            "</article><footer>more theme</footer></html>")


def site(root: Path, pages: dict[str, str]) -> Path:
    for name, body in pages.items():
        path = root / name / "index.html"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(page(body), encoding="utf-8")
    return root


SAME = '<h1 id="range">Range<a class="headerlink" href="#range">¶</a></h1><p>400&nbsp;km</p>'


@pytest.mark.parametrize(("other", "expected"), [
    ('<h1 id="range">Range</h1><p>400\u00a0km</p>', None),  # theme furniture only
    ('<h1 id="range">Range</h1><p id="__skip">400 <span>k</span>m</p>', None),
    ('<h1 id="range">Range</h1><p>402 km</p>', "text differs"),
    ('<h1 id="reach">Range</h1><p>400 km</p>', "anchors differ"),
    ("<h1>Range</h1><p>400 km</p>", "anchors differ"),
])
def test_pages_compare_by_text_and_anchors(tmp_path: Path, other: str,
                                           expected: str | None) -> None:
    ours = site(tmp_path / "a", {"specs": SAME})
    theirs = site(tmp_path / "b", {"specs": other})
    problems = compare(ours, theirs)
    if expected is None:
        assert problems == []
    else:
        assert len(problems) == 1 and expected in problems[0]


def test_a_page_only_one_engine_built_is_a_difference(tmp_path: Path) -> None:
    ours = site(tmp_path / "a", {"specs": SAME, "timeline": SAME})
    theirs = site(tmp_path / "b", {"specs": SAME})
    assert compare(ours, theirs) == ["timeline/index.html: only in the MkDocs build"]


def test_words_stay_apart_across_blocks_and_together_across_spans() -> None:
    text, ids = page_content(page('<table><tr><td>a</td><td>b<span>c</span></td></tr></table>'
                                  '<p id="x">d</p>'))
    assert text == "a bc d" and ids == ["x"]
