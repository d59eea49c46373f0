"""Root cause first: the three cases of issue 13 on a copy of the real corpus.

A single registry typo, a symlinked facts/ folder and a UTF-16 sources.yml each used to
bury the cause among dozens of consequences (9th, 44th and 51st), past GitHub's ten
annotations. Now the cause comes first and its consequences are folded into it.
"""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from factcheck_helpers import REPO, run_cli

REAL_FACTS = REPO / "facts"
REGISTRY_FILE = "002_23fc4c3bdc32fffa.txt"


def typo_in_one_registry_entry(root: Path) -> None:
    registry = root / "facts" / "sources.yml"
    text = registry.read_text(encoding="utf-8")
    registry.write_text(text.replace(f"file: {REGISTRY_FILE}", "file: 002_23fc4c3bdc32fffb.txt",
                                     1), encoding="utf-8")


def symlinked_facts_folder(root: Path) -> None:
    real = root.parent / "elsewhere"
    (root / "facts").rename(real)
    (root / "facts").symlink_to(real, target_is_directory=True)


def utf16_registry(root: Path) -> None:
    registry = root / "facts" / "sources.yml"
    registry.write_bytes(registry.read_text(encoding="utf-8").encode("utf-16"))


CASES: list[tuple[Callable[[Path], None], str, str, int]] = [
    # (the damage, the cause's code, words of the cause, most error lines printed)
    (typo_in_one_registry_entry, "R204", "not in facts/sources", 3),
    (symlinked_facts_folder, "R204", "reached through a symbolic link", 1),
    (utf16_registry, "Y005", "UTF-16", 1),
]


@pytest.mark.parametrize(("damage", "code", "words", "most"), CASES,
                         ids=[case[0].__name__ for case in CASES])
def test_the_cause_comes_first_and_the_consequences_are_counted(
        tmp_path: Path, damage: Callable[[Path], None], code: str, words: str,
        most: int) -> None:
    root = tmp_path / "project"
    root.mkdir()
    shutil.copytree(REAL_FACTS, root / "facts")
    shutil.copytree(REPO / "docs", root / "docs")
    damage(root)
    result = run_cli(root, "--format", "text")
    assert result.returncode == 1, result.stderr
    lines = result.stdout.splitlines()
    errors = [line for line in lines if "error[" in line]
    assert errors and len(errors) <= most, "\n".join(errors)
    assert any(code in line and words in line for line in errors[:2]), errors[:2]
    assert lines[0] in errors, "an error, not a warning, comes first"
    # The consequences are not lost: the cause (or the folded group) names their count.
    assert re.search(r"\d+ facts citing it (and \d+ other problems )?follow from this|"
                     r"and \d+ more facts citing", result.stdout), result.stdout
    assert "folded into their causes" in result.stderr


def test_the_typo_names_both_sides_and_counts_the_facts(tmp_path: Path) -> None:
    root = tmp_path / "project"
    root.mkdir()
    shutil.copytree(REAL_FACTS, root / "facts")
    shutil.copytree(REPO / "docs", root / "docs")
    typo_in_one_registry_entry(root)
    out = run_cli(root, "--format", "text").stdout
    first = out.splitlines()[:3]
    assert first[0].startswith("facts/sources.yml:"), first
    assert "did you mean '002_23fc4c3bdc32fffb.txt'" in out
    citing = sum(path.read_text("utf-8").count(f"source: {REGISTRY_FILE}")
                 for path in (REAL_FACTS).glob("*.yml"))
    assert f"and {citing - 1} more facts citing {REGISTRY_FILE}" in out


@pytest.mark.parametrize(("damage", "code", "words", "most"), CASES,
                         ids=[case[0].__name__ for case in CASES])
@pytest.mark.parametrize("output_format", ["github", "json"])
def test_machine_formats_put_the_cause_first_and_keep_every_location(
        tmp_path: Path, damage: Callable[[Path], None], code: str, words: str, most: int,
        output_format: str) -> None:
    """CI annotates each fact that fails: nothing is folded away from json or github."""
    root = tmp_path / "project"
    root.mkdir()
    shutil.copytree(REAL_FACTS, root / "facts")
    shutil.copytree(REPO / "docs", root / "docs")
    damage(root)
    text = run_cli(root, "--format", "text")
    result = run_cli(root, "--format", output_format)
    assert result.returncode == 1, result.stderr
    if output_format == "github":
        errors = [line for line in result.stdout.splitlines() if line.startswith("::error ")]
    else:
        errors = [f"{p['code']} {p['message']}" for p in json.loads(result.stdout)
                  if p["severity"] == "error"]
    assert any(code in line and words in line for line in errors[:2]), errors[:2]
    total = int(re.search(r"(\d+) errors?", result.stderr)[1])  # type: ignore[index]
    assert len(errors) == total > len([x for x in text.stdout.splitlines() if "error[" in x])
    assert "folded" not in result.stderr


def test_the_folded_text_line_names_each_fact_and_line(tmp_path: Path) -> None:
    root = tmp_path / "project"
    root.mkdir()
    shutil.copytree(REAL_FACTS, root / "facts")
    shutil.copytree(REPO / "docs", root / "docs")
    typo_in_one_registry_entry(root)
    out = run_cli(root, "--format", "text").stdout
    folded = next(line for line in out.splitlines() if "more facts citing" in line)
    named = re.findall(r"([a-z0-9-]+) \((facts/[\w.]+):(\d+)\)", folded)
    citing = sum(path.read_text("utf-8").count(f"source: {REGISTRY_FILE}")
                 for path in REAL_FACTS.glob("*.yml"))
    assert len(named) == citing - 1, folded
    for fact_id, path, line in named:
        lines = (root / path).read_text("utf-8").splitlines()
        assert fact_id in "\n".join(lines[int(line) - 3:int(line) + 8]), (fact_id, path, line)
