"""The pre-commit hook, run by pre-commit itself in a scratch git repository: it checks
what is staged, fails on a cited article that is not tracked, and tells a clone without a
.venv to run make setup."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from factcheck_helpers import REPO

PRE_COMMIT = Path(sys.executable).parent / "pre-commit"
ARTICLE = "The S-400 can engage targets at a distance of 400 kilometers, TASS said.\n"
NEW_FACT = """\
  - id: s400-range-new
    source: new.txt
    subject: S-400
    property: range
    quote: "The S-400 can engage targets at a distance of 400 kilometers"
    value: {kind: quantity, amount: 400, unit: km}
"""


def git(repo: Path, *args: str) -> None:
    subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True, timeout=60)


@pytest.fixture()
def repo(tmp_path: Path) -> Path:
    root = tmp_path / "clone"
    root.mkdir()
    shutil.copytree(REPO / "facts", root / "facts")
    shutil.copytree(REPO / "docs", root / "docs")
    shutil.copytree(REPO / ".ci", root / ".ci")
    shutil.copy(REPO / ".pre-commit-config.yaml", root)
    git(root, "init", "-q", "-b", "main")
    git(root, "config", "user.email", "editor@example.org")
    git(root, "config", "user.name", "Editor")
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "corpus")
    return root


def hook(repo: Path, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-home")}
    env.pop("GITHUB_ACTIONS", None)
    return subprocess.run([str(PRE_COMMIT), "run", "check-facts"], cwd=repo, env=env,
                          capture_output=True, text=True, timeout=300, check=False)


def with_venv(repo: Path) -> None:
    (repo / ".venv" / "bin").mkdir(parents=True)
    python = repo / ".venv" / "bin" / "python"
    python.write_text(f'#!/bin/sh\nexec "{sys.executable}" "$@"\n', encoding="utf-8")
    python.chmod(0o755)
    (repo / ".git" / "info" / "exclude").write_text(".venv/\n", encoding="utf-8")


def test_untracked_cited_article_fails_the_commit(repo: Path, tmp_path: Path) -> None:
    with_venv(repo)
    # A new article, registered and cited; the registry and the fact are staged, the
    # article is not: the working tree passes, the commit would not.
    (repo / "facts" / "sources" / "new.txt").write_text(ARTICLE, encoding="utf-8")
    import hashlib

    digest = hashlib.sha256(ARTICLE.encode()).hexdigest()
    with (repo / "facts" / "sources.yml").open("a", encoding="utf-8") as registry:
        registry.write(f"  - file: new.txt\n    publisher: TASS\n    title: New\n"
                       f"    language: en\n    published: {{basis: stated, date: \"2018-12-19\"}}\n"
                       f"    sha256: {digest}\n")
    with (repo / "facts" / "specs.yml").open("a", encoding="utf-8") as specs:
        specs.write(NEW_FACT)
    git(repo, "add", "facts/sources.yml", "facts/specs.yml")
    working_tree = subprocess.run([sys.executable, "-m", "generator", "check", "--root",
                                   str(repo)], capture_output=True, text=True, timeout=120,
                                  check=False)
    assert working_tree.returncode == 0, working_tree.stdout
    result = hook(repo, tmp_path)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "new.txt" in result.stdout and "not in facts/sources" in result.stdout
    assert "not staged: facts/sources/new.txt" in result.stdout
    git(repo, "add", "facts/sources/new.txt")
    assert hook(repo, tmp_path).returncode == 0


def test_a_clone_without_a_venv_is_told_to_run_make_setup(repo: Path, tmp_path: Path) -> None:
    (repo / "facts" / "specs.yml").write_text(
        (repo / "facts" / "specs.yml").read_text(encoding="utf-8") + "\n", encoding="utf-8")
    git(repo, "add", "facts/specs.yml")
    result = hook(repo, tmp_path)
    assert result.returncode == 1
    assert "run 'make setup' once" in result.stdout
    assert "not found" not in result.stdout
