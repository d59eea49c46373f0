"""``python -m generator diff`` over two git revisions of a fixture corpus: every kind of
change is reported, in Markdown for the reviewer and in JSON for tools."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import markdown as markdown_module
import pytest
import yaml
from factcheck_helpers import build, run_cli

from generator.commands.diff import markdown

FIXTURE = yaml.safe_load((Path(__file__).parent / "fixtures/diff/revisions.yml")
                         .read_text(encoding="utf-8"))


def git(repo: Path, *args: str) -> str:
    return subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True,
                          text=True, timeout=60).stdout.strip()


@pytest.fixture(scope="module")
def repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("diff") / "repo"
    root.mkdir()
    git(root, "init", "-q", "-b", "main")
    git(root, "config", "user.email", "editor@example.org")
    git(root, "config", "user.name", "Editor")
    for revision in ("base", "head"):
        if (root / "facts").exists():
            shutil.rmtree(root / "facts")
        build(root, FIXTURE[revision]["articles"], FIXTURE[revision]["files"])
        git(root, "add", "-A")
        git(root, "commit", "-q", "-m", revision)
    return root


@pytest.fixture(scope="module")
def as_json(repo: Path) -> dict[str, Any]:
    result = run_cli(repo, "HEAD~1", "HEAD", "--format", "json", "--repo", str(repo),
                     command="diff").stdout
    return json.loads(result)  # type: ignore[no-any-return]


def test_facts_added_removed_and_changed_field_by_field(as_json: dict[str, Any]) -> None:
    facts = as_json["facts"]
    assert [f["id"] for f in facts["added"]] == ["cost-new"]
    assert facts["added"][0]["value.amount"] == 320
    assert [f["id"] for f in facts["removed"]] == ["cost-gone"]
    (changed,) = facts["changed"]
    assert changed["id"] == "span-a"
    fields = {c["field"]: (c["old"], c["new"]) for c in changed["changes"]}
    assert fields == {
        "quote": ("The Northport bridge has a main span of 420 metres",
                  "The Northport bridge has a main span of 400 metres"),
        "value.amount": (420, 400),
    }
    (quote,) = [c for c in changed["changes"] if c["field"] == "quote"]
    assert [(w["removed"], w["added"]) for w in quote["words"]] == [("420", "400")]


def test_articles_added_removed_and_edited_with_the_re_pin(as_json: dict[str, Any]) -> None:
    articles = as_json["articles"]
    assert articles["added"] == ["new.txt"]
    assert articles["removed"] == ["gone.txt"]
    (edited,) = articles["edited"]
    assert edited["file"] == "a.txt"
    (pin,) = edited["fields"]
    assert pin["field"] == "sha256" and pin["old"] != pin["new"]
    assert [(h["before"], h["removed"], h["added"]) for h in edited["text"]] == [
        ("The Northport bridge has a main span of", "420", "400")]


def test_conflicts_that_appear_and_go(as_json: dict[str, Any]) -> None:
    assert as_json["conflicts"]["gone"] == [["cost-a", "cost-gone"], ["span-a", "span-b"]]
    assert as_json["conflicts"]["appeared"] == [["cost-a", "cost-new"]]


def test_pages_whose_content_changes(as_json: dict[str, Any]) -> None:
    pages = as_json["pages"]
    assert {"structure/index.md", "sources/a.md", "facts.json"} <= set(pages["changed"])
    assert pages["added"] == ["sources/new.md", "sources/new.txt"]  # its page and its text
    assert pages["removed"] == ["sources/gone.md", "sources/gone.txt"]
    assert as_json["base"]["ok"] and as_json["head"]["ok"]


def test_markdown_for_the_job_summary(repo: Path) -> None:
    result = run_cli(repo, "HEAD~1", "HEAD", "--repo", str(repo), command="diff")
    assert result.returncode == 0, result.stderr
    text = result.stdout
    for words in ("### Facts: 1 added, 1 removed, 1 changed",
                  "### Articles: 1 added, 1 removed, 1 edited",
                  "### Conflicts: 1 appeared, 2 gone",
                  "- **added** cost-new: Northport bridge / cost = €320 million (new.txt)",
                  "- **removed** cost-gone: Northport bridge / cost = less than €300 million",
                  "- **changed** span-a", "re-pinned:", "<del>420</del> <ins>400</ins>",
                  "value.amount: 420 → 400",
                  "the evidence changed:", "- **changed** structure/index.md"):
        assert words in text, words
    # Readable raw: no entity for ordinary punctuation, no value as a JSON object.
    assert "&#" not in text and '"qualifier"' not in text and "{" not in text


HOSTILE = ("<script>alert(1)</script> [click](javascript:alert(1)) ![t](https://t.example/x)"
           " `code` **bold** _em_ ~~gone~~ | cell | & done\n## Heading")


def test_markdown_keeps_a_hostile_quote_inert_and_readable() -> None:
    side = {"label": "HEAD", "ok": True, "errors": 0, "warnings": 0, "problems": []}
    fact = {"id": "cost-x", "subject": "S-400 <b>", "property": "cost | total",
            "source": "002_23fc4c3bdc32fffa.txt", "quote": HOSTILE,
            "value.kind": "money", "value.amount": 3.5, "value.scale": "billion",
            "value.currency": "USD", "value.qualifier": "exact"}
    diff = {"base": side, "head": side,
            "facts": {"added": [fact], "removed": [], "changed": [
                {"id": "cost-y", "changes": [{"field": "quote", "old": "a", "new": HOSTILE}]}]},
            "articles": {"added": [], "removed": [], "edited": []},
            "conflicts": {"appeared": [], "gone": []}, "pages": None}
    text = markdown(diff)
    assert "= US$3.5 billion (002_23fc4c3bdc32fffa.txt)" in text
    assert "S-400 &lt;b&gt; / cost \\| total" in text
    assert "<script>" not in text and "<b>" not in text and "&lt;script&gt;" in text
    assert "](" not in text.replace("\\](", "")  # no link or image can form
    quoted = [line for line in text.splitlines() if "alert(1)" in line]
    assert len(quoted) == 2, quoted  # the added quote and the changed one
    for line in quoted:
        for mark in ("`", "*", "~", "|", "_"):
            assert mark not in line.replace("\\" + mark, ""), (mark, line)
    assert "\n## Heading" not in text  # a newline in a value opens no block
    assert "&amp; done" in text
    rendered = markdown_module.markdown(text)
    assert "<script" not in rendered and "<a " not in rendered and "<img" not in rendered
    assert "<code>" not in rendered and "<strong>bold" not in rendered


def test_folders_work_like_revisions(repo: Path, tmp_path: Path) -> None:
    base, head = tmp_path / "base", tmp_path / "head"
    build(base, FIXTURE["base"]["articles"], FIXTURE["base"]["files"])
    build(head, FIXTURE["head"]["articles"], FIXTURE["head"]["files"])
    from_folders = json.loads(run_cli(base, str(base), str(head), "--format", "json",
                                      command="diff").stdout.replace(str(base), "B")
                              .replace(str(head), "H"))
    from_git = json.loads(run_cli(repo, "HEAD~1", "HEAD", "--format", "json", "--repo",
                                  str(repo), command="diff").stdout)
    for key in ("facts", "articles", "conflicts", "pages"):
        assert from_folders[key] == from_git[key], key


def test_a_side_that_is_neither_folder_nor_revision_is_a_usage_error(repo: Path) -> None:
    result = run_cli(repo, "no-such-revision", "HEAD", "--repo", str(repo), command="diff")
    assert result.returncode == 2
    assert "neither a folder nor a git revision" in result.stderr
