"""The build shows the check's warnings as the check words them, one line each; under
``--quiet`` it shows none."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from sitetools import REPO, build, copy_project

from generator.check.formats.text import line
from generator.check.pipeline import check_project
from generator.check.triage import triage


def _warnings(root: Path) -> list[str]:
    result = check_project(root)
    assert result.ok
    return [line(problem) for problem in triage(result) if problem.severity != "error"]


def _with_warnings(target: Path) -> Path:
    """The sheet with two real disagreements: its two declared renderings taken out."""
    project = copy_project(REPO, target)
    specs = project / "facts" / "specs.yml"
    text = specs.read_text("utf-8")
    for declared in ("    rendering: {of: s400-range-tass, relation: unit conversion, "
                     "probably: true}\n",
                     "    rendering: {of: s400-name-tass, relation: translation}\n"):
        assert declared in text
        text = text.replace(declared, "")
    specs.write_text(text, "utf-8")
    return project


def test_every_warning_is_one_info_line_in_order(tmp_path: Path) -> None:
    project = _with_warnings(tmp_path / "p")
    expected = _warnings(project)
    assert len(expected) == 2, expected
    built = build(project, tmp_path / "site")
    assert built.returncode == 0, built.stderr
    shown = [row.split("-  ", 1)[1] for row in built.stderr.splitlines()
             if row.startswith("INFO    -  ") and "warning[" in row]
    assert shown == expected


def test_a_quiet_build_shows_no_warning(tmp_path: Path) -> None:
    project = _with_warnings(tmp_path / "p")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SOURCE_DATE_EPOCH": "1700000000"}
    env.pop("GITHUB_REPOSITORY", None)
    built = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "-f",
         str(project / "mkdocs.yml"), "-d", str(tmp_path / "site")],
        cwd=project, env=env, capture_output=True, text=True, timeout=300, check=False)
    assert built.returncode == 0, built.stderr
    assert "warning[" not in built.stderr
    assert (tmp_path / "site" / "index.html").is_file()
