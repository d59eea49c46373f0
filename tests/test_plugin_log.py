"""The build shows the check's warnings as the check words them, one line each; under
``--quiet`` it shows none."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from sitetools import REPO, build

from generator.check.formats.text import line
from generator.check.pipeline import check_project
from generator.check.triage import triage


def _warnings() -> list[str]:
    result = check_project(REPO)
    assert result.ok
    return [line(problem) for problem in triage(result) if problem.severity != "error"]


def test_every_warning_is_one_info_line_in_order(tmp_path: Path) -> None:
    expected = _warnings()
    assert expected, "the real project has warnings to show"
    built = build(REPO, tmp_path / "site")
    assert built.returncode == 0, built.stderr
    shown = [row.split("-  ", 1)[1] for row in built.stderr.splitlines()
             if row.startswith("INFO    -  ") and "warning[" in row]
    assert shown == expected


def test_a_quiet_build_shows_no_warning(tmp_path: Path) -> None:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SOURCE_DATE_EPOCH": "1700000000"}
    env.pop("GITHUB_REPOSITORY", None)
    built = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "-f",
         str(REPO / "mkdocs.yml"), "-d", str(tmp_path / "site")],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=300, check=False)
    assert built.returncode == 0, built.stderr
    assert "warning[" not in built.stderr
    assert (tmp_path / "site" / "index.html").is_file()
