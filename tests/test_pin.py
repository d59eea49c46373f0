"""``python -m generator pin``: the way in for a new article, and a re-pin after a change.

Each case is what an editor writes by hand for a new entry; pin must write the pin, and
the check must then pass (the hint, applied, fixes the problem).
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from factcheck_helpers import GOOD_FACT, build, run_cli

ARTICLE = "The S-400 can engage targets at a distance of 400 kilometers, TASS said.\n"
DIGEST = hashlib.sha256(ARTICLE.encode()).hexdigest()
ENTRY = """\
# The registry (comments are kept).
sources:
  - file: tass.txt
    publisher: TASS
    title: "About the S-400"
    language: en
    published: {basis: stated, date: "2018-12-19"}
"""
CASES = {
    "left out": ENTRY,
    "empty": ENTRY + "    sha256:\n",
    "empty string": ENTRY + '    sha256: ""  # to do\n',
    "placeholder": ENTRY + "    sha256: TODO\n",
    "stale": ENTRY + "    sha256: " + "ab" * 32 + "\n",
}


def _project(tmp_path: Path, registry: str) -> Path:
    return build(tmp_path / "project", {"tass.txt": ARTICLE},
                 {"facts/specs.yml": GOOD_FACT, "facts/sources.yml": registry})


@pytest.mark.parametrize("case", sorted(CASES))
def test_pin_writes_the_pin_then_the_check_passes(tmp_path: Path, case: str) -> None:
    root = _project(tmp_path, CASES[case])
    before = run_cli(root)
    assert before.returncode == 1
    assert "python -m generator pin" in before.stdout + before.stderr
    pinned = run_cli(root, command="pin")
    assert pinned.returncode == 0, pinned.stderr
    registry = (root / "facts" / "sources.yml").read_text("utf-8")
    assert registry.count(f"sha256: {DIGEST}") == 1
    assert registry.startswith("# The registry (comments are kept).\n")
    after = run_cli(root)
    assert after.returncode == 0, after.stdout + after.stderr


def test_pin_again_changes_nothing(tmp_path: Path) -> None:
    root = _project(tmp_path, CASES["left out"])
    run_cli(root, command="pin")
    first = (root / "facts" / "sources.yml").read_bytes()
    again = run_cli(root, command="pin")
    assert again.returncode == 0
    assert "0 pin(s) updated" in again.stderr
    assert (root / "facts" / "sources.yml").read_bytes() == first


def test_a_flow_entry_without_a_pin_is_refused_with_what_to_do(tmp_path: Path) -> None:
    flow = ('sources:\n  - {file: tass.txt, publisher: TASS, title: "About", language: en, '
            'published: {basis: stated, date: "2018-12-19"}}\n')
    root = _project(tmp_path, flow)
    result = run_cli(root, command="pin")
    assert result.returncode == 1
    assert "facts/sources.yml:2:" in result.stderr
    assert "error[R205] cannot write the pin of tass.txt; add 'sha256:'" in result.stderr
    assert (root / "facts" / "sources.yml").read_text("utf-8") == flow
