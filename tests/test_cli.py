"""The command line: exit statuses, the three formats, and that the check writes nothing."""

from __future__ import annotations

import json
import os
import re
import subprocess
from pathlib import Path

import pytest
from factcheck_helpers import GOOD_FACT, PYTHON, REPO, build, no_traceback, run_cli, snapshot

ARTICLE = "The S-400 can engage targets at a distance of 400 kilometers, TASS said.\n"
GOOD = GOOD_FACT
# Two errors: a number the quote does not give (line 7), a two-word quote (line 12).
BAD = GOOD.replace("amount: 400", "amount: 40") + """\
  - id: s400-short
    source: tass.txt
    subject: S-400
    property: range, again
    quote: "400 kilometers"
    value: {kind: quantity, amount: 400, unit: km}
"""


def make(tmp_path: Path, facts: str, extra: dict[str, str] | None = None) -> Path:
    articles = {"tass.txt": ARTICLE, **(extra or {})}
    return build(tmp_path / "project", articles, {"facts/specs.yml": facts})


def test_exit_0_when_clean(tmp_path: Path) -> None:
    root = make(tmp_path, GOOD)
    result = run_cli(root)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout == ""
    assert "0 errors, 0 warnings; 1 facts from 1 sources" in result.stderr


def test_exit_0_with_warnings_only(tmp_path: Path) -> None:
    root = make(tmp_path, GOOD, {"unused.txt": "Nobody cites this article at all.\n"})
    result = run_cli(root)
    assert result.returncode == 0
    assert re.fullmatch(r"facts/sources\.yml:\d+:\d+: warning\[C502\] no fact cites "
                        r"unused\.txt; .*\n", result.stdout)


def test_exit_1_on_errors_in_text_format(tmp_path: Path) -> None:
    root = make(tmp_path, BAD)
    result = run_cli(root, "--format", "text")
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert "facts/specs.yml:7:12: error[V401] the number 40 does not stand" in lines[0]
    assert any(line.startswith("facts/specs.yml:12:12: error[Q302] ") for line in lines)
    for line in lines:
        assert re.fullmatch(r"[^:]+:\d+:\d+: (error|warning)\[[A-Z]\d{3}\] .+", line), line
    assert "2 errors" in result.stderr
    assert no_traceback(result.stderr)


@pytest.mark.parametrize("args", [["--format", "nope"], ["--root", "/nonexistent/project"],
                                  ["--bogus"]])
def test_usage_errors_exit_2(tmp_path: Path, args: list[str]) -> None:
    root = make(tmp_path, GOOD)
    result = run_cli(root, *args)
    assert result.returncode == 2, result.stdout + result.stderr
    assert "usage:" in result.stderr
    assert no_traceback(result.stderr)


def test_root_that_is_a_file_is_a_usage_error(tmp_path: Path) -> None:
    file = tmp_path / "file.txt"
    file.write_text("not a folder")
    result = run_cli(file)
    assert result.returncode == 2
    assert "is not a directory" in result.stderr


def test_missing_command_is_a_usage_error() -> None:
    result = subprocess.run([PYTHON, "-m", "generator"], capture_output=True, text=True,
                            cwd=REPO, timeout=30, check=False)
    assert result.returncode == 2


def test_github_format(tmp_path: Path) -> None:
    root = make(tmp_path, BAD, {"unused.txt": "Nobody cites this article at all.\n"})
    result = run_cli(root, "--format", "github")
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert len(lines) == 3
    pattern = re.compile(r"::(error|warning) file=([^,]+),line=(\d+),col=(\d+),"
                         r"title=([^:]+)::(.+)")
    parsed = [pattern.fullmatch(line) for line in lines]
    assert all(parsed), lines
    rows = {(m.group(1), m.group(2), int(m.group(3)), int(m.group(4)), m.group(5))
            for m in parsed if m}
    assert ("error", "facts/specs.yml", 7, 12, "V401 error") in rows
    assert ("error", "facts/specs.yml", 12, 12, "Q302 error") in rows
    assert any(row[0] == "warning" and row[4] == "C502 warning" for row in rows)


# A key that holds line breaks and a forged problem line (a hostile pull request).
FORGED = GOOD + '    "odd\\nkey 100%\\r\\nfacts/x.yml:1:1: error[Z999] forged": 1\n'


def test_text_format_keeps_one_problem_per_line(tmp_path: Path) -> None:
    result = run_cli(make(tmp_path, FORGED), "--format", "text")
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert len(lines) == 2  # the S102 error, and C502 as the fact is refused
    # Errors come before warnings (root cause first, generator/triage.py).
    assert lines[0].startswith("facts/specs.yml:8:5: error[S102] unknown key 'odd\\nkey")
    assert not any(line.startswith("facts/x.yml") for line in lines)


def test_github_format_escapes_newlines_and_percent(tmp_path: Path) -> None:
    result = run_cli(make(tmp_path, FORGED), "--format", "github")
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert len(lines) == 2
    assert lines[0].startswith("::error file=facts/specs.yml,line=8,col=5,title=S102 error::")
    assert "odd%0Akey 100%25%0D%0Afacts/x.yml" in lines[0]
    assert "\r" not in result.stdout


def test_json_format_keeps_the_message_exact(tmp_path: Path) -> None:
    result = run_cli(make(tmp_path, FORGED), "--format", "json")
    [row] = [row for row in json.loads(result.stdout) if row["code"] == "S102"]
    assert row["message"] == "unknown key 'odd\nkey 100%\r\nfacts/x.yml:1:1: error[Z999] forged'"


def test_github_actions_makes_github_the_default(tmp_path: Path) -> None:
    root = make(tmp_path, BAD)
    result = run_cli(root, env={"GITHUB_ACTIONS": "true"})
    assert result.returncode == 1
    assert result.stdout.startswith("::error file=facts/specs.yml,line=7,col=12,title=V401 error::")
    # an explicit format still wins
    result = run_cli(root, "--format", "text", env={"GITHUB_ACTIONS": "true"})
    assert result.stdout.startswith("facts/specs.yml:7:12: error[V401]")


def test_json_format(tmp_path: Path) -> None:
    root = make(tmp_path, BAD, {"unused.txt": "Nobody cites this article at all.\n"})
    result = run_cli(root, "--format", "json")
    assert result.returncode == 1
    rows = json.loads(result.stdout)
    assert isinstance(rows, list) and len(rows) == 3
    for row in rows:
        assert {"path", "line", "col", "code", "severity", "message"} <= set(row)
        assert isinstance(row["line"], int) and isinstance(row["col"], int)
        assert row["severity"] in ("error", "warning")
        assert re.fullmatch(r"[A-Z]\d{3}", row["code"])
    v401 = next(row for row in rows if row["code"] == "V401")
    assert (v401["path"], v401["line"], v401["col"], v401["severity"]) == (
        "facts/specs.yml", 7, 12, "error")
    assert v401["fact"] == "s400-range"
    assert "40" in v401["message"]


def test_json_format_when_clean_is_an_empty_list(tmp_path: Path) -> None:
    result = run_cli(make(tmp_path, GOOD), "--format", "json")
    assert result.returncode == 0
    assert json.loads(result.stdout) == []


@pytest.mark.parametrize("output", ["text", "github", "json"])
def test_the_check_writes_nothing(tmp_path: Path, output: str) -> None:
    root = make(tmp_path, BAD)
    before = snapshot(root)
    result = run_cli(root, "--format", output)
    assert result.returncode == 1
    assert snapshot(root) == before


def test_the_real_project_passes_from_the_command_line() -> None:
    before = snapshot(REPO / "facts")
    result = run_cli(REPO)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "error[" not in result.stdout
    assert snapshot(REPO / "facts") == before


def test_check_from_inside_facts_says_to_run_from_the_root() -> None:
    result = run_cli(REPO / "facts")
    assert result.returncode == 1
    line = next(x for x in result.stdout.splitlines() if "error[Y006]" in x)
    assert "the source registry is missing" in line
    assert f"pass --root {REPO.resolve()}" in line, line


def test_a_missing_registry_in_a_new_project_says_what_to_create(tmp_path: Path) -> None:
    (tmp_path / "facts").mkdir()
    line = next(x for x in run_cli(tmp_path).stdout.splitlines() if "error[Y006]" in x)
    assert "run from the project root" in line and "create facts/sources.yml" in line


def test_a_reader_that_stops_early_is_not_an_error() -> None:
    # `uncovered | head`: here the reader has closed the pipe before the first line.
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        writer = subprocess.run([PYTHON, "-m", "generator", "uncovered"], cwd=REPO,
                                stdout=write_end, stderr=subprocess.PIPE, text=True, check=False)
    finally:
        os.close(write_end)
    assert writer.returncode == 0, writer.stderr
    assert "Traceback" not in writer.stderr and "BrokenPipe" not in writer.stderr
