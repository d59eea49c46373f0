"""Data-driven rule tests: every file in tests/fixtures/rules describes tiny projects.

A fixture file has ``rule`` (the code it is about) and ``cases``; each case has

* ``articles``: a list of names from ``_articles.yml``, or a mapping name -> text;
* ``binary_articles``: name -> hex bytes (registered like the others);
* ``published``: name -> publication record for the generated registry;
* ``files``: path (from the project root) -> text; ``SHA256(name)`` in a text is replaced
  by the pin of article ``name`` (a registry given here replaces the generated one);
* ``links``: name in facts/sources -> symlink target; ``dirs``: folders in facts/sources;
  ``root_dirs``: folders anywhere (paths from the root); a file given as null is not written;
  ``remove_sources_folder``: true to leave out facts/sources altogether;
* ``expect``: the exact problems, each ``code``, ``path``, ``line`` and optionally ``col``,
  ``message`` (a substring of message and hint) and ``count`` (default 1).

C504 (an article figure or date neither curated nor dismissed) fires on nearly every tiny
project, whose articles say more than its one or two facts: it is compared only in the
cases that expect it (its own fixture file), and ignored elsewhere.

The harness builds the tree in tmp_path and runs ``check_project``; a second test runs
the command line on every case and compares its exit status and output.
"""

from __future__ import annotations

import ast
import subprocess
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import yaml
from factcheck_helpers import PYTHON, REPO, build, no_traceback, snapshot

from generator.base.report import Severity
from generator.check.pipeline import check_project
from generator.check.rules import ALL_RULES, DOCUMENTED_RULES

FIXTURES = Path(__file__).parent / "fixtures" / "rules"
LIBRARY: dict[str, Any] = yaml.safe_load((FIXTURES / "_articles.yml").read_text("utf-8"))
RULES_DIR = REPO / "generator" / "check" / "rules"


def _load_cases() -> list[tuple[str, str, dict[str, Any]]]:
    cases = []
    for path in sorted(FIXTURES.glob("[!_]*.yml")):
        data = yaml.safe_load(path.read_text("utf-8"))
        for case in data["cases"]:
            cases.append((path.stem, case["name"], case))
    return cases


CASES = _load_cases()
IDS = [f"{stem}/{name}" for stem, name, _ in CASES]


def materialise(root: Path, case: dict[str, Any]) -> Path:
    """Write the case's project under ``root``."""
    chosen = case.get("articles", [])
    articles: dict[str, str | bytes] = (
        {name: LIBRARY["articles"][name] for name in chosen} if isinstance(chosen, list)
        else dict(chosen))
    for name, hexdata in case.get("binary_articles", {}).items():
        articles[name] = bytes.fromhex(hexdata)
    published = {**LIBRARY["published"], **case.get("published", {})}
    build(root, articles, case.get("files", {}), published)
    sources = root / "facts" / "sources"
    for name, target in case.get("links", {}).items():
        (sources / name).symlink_to(target)
    for name in case.get("dirs", []):
        (sources / name).mkdir()
    for relative in case.get("root_dirs", []):
        (root / relative).mkdir(parents=True)
    if case.get("remove_sources_folder"):
        sources.rmdir()
    return root


SCOPED_CODES = {"C504"}


def _scoped(case: dict[str, Any], code: str) -> bool:
    """True when problems of ``code`` are compared in this case (see the docstring)."""
    return code not in SCOPED_CODES or any(e["code"] == code for e in case["expect"])


def _expected(case: dict[str, Any]) -> Counter[tuple[str, str, int]]:
    expected: Counter[tuple[str, str, int]] = Counter()
    for e in case["expect"]:
        expected[(e["code"], e["path"], e["line"])] += e.get("count", 1)
    return expected


@pytest.mark.parametrize(("stem", "name", "case"), CASES, ids=IDS)
def test_fixture(tmp_path: Path, stem: str, name: str, case: dict[str, Any]) -> None:
    root = materialise(tmp_path / "project", case)
    result = check_project(root)
    actual = Counter((p.code, p.position.path, p.position.line) for p in result.report
                     if _scoped(case, p.code))
    listing = "\n".join(f"  {p.position}: {p.severity}[{p.code}] {p.text}" for p in result.report)
    assert actual == _expected(case), f"problems found:\n{listing}"
    for expectation in case["expect"]:
        same = [p for p in result.report if (p.code, p.position.path, p.position.line)
                == (expectation["code"], expectation["path"], expectation["line"])]
        if "col" in expectation:
            assert any(p.position.col == expectation["col"] for p in same), listing
        if "message" in expectation:
            assert any(expectation["message"] in p.text for p in same), listing
        if "absent" in expectation:  # words no problem at that line may say
            assert all(expectation["absent"] not in p.text for p in same), listing
    errors = [e for e in case["expect"]
              if not e["code"].startswith(("C501", "C502", "C504", "Q303"))]
    assert result.ok is (not errors)


def test_every_rule_has_a_failing_fixture_with_its_line() -> None:
    asserted = {e["code"] for _, _, case in CASES for e in case["expect"] if e.get("line")}
    documented = {rule.ID for rule in DOCUMENTED_RULES}
    assert documented - asserted == set()
    for stem, _, _ in CASES:
        assert (RULES_DIR / f"{stem}.py").exists(), f"fixture {stem} names no rule module"


def test_every_fixture_file_has_passing_and_failing_cases() -> None:
    by_file: dict[str, list[dict[str, Any]]] = {}
    for stem, _, case in CASES:
        by_file.setdefault(stem, []).append(case)
    for stem, cases in by_file.items():
        code = yaml.safe_load((FIXTURES / f"{stem}.yml").read_text("utf-8"))["rule"]
        assert any(not case["expect"] for case in cases), f"{stem}: no passing case"
        assert any(e["code"] == code for case in cases for e in case["expect"]), (
            f"{stem}: no case fails with {code}")


def test_rule_modules_document_themselves() -> None:
    modules = sorted(p.stem for p in RULES_DIR.glob("*.py") if not p.stem.startswith("_"))
    assert len(DOCUMENTED_RULES) == len(modules)
    ids = [rule.ID for rule in DOCUMENTED_RULES]
    assert len(ids) == len(set(ids)), "rule codes must be unique"
    names = [rule.NAME for rule in DOCUMENTED_RULES]
    assert len(names) == len(set(names)), "rule names must be unique"
    for rule, stem in zip(DOCUMENTED_RULES, modules, strict=True):
        assert stem.startswith(rule.ID.lower() + "_"), (stem, rule.ID)
        assert rule.STAGE in {"load", "validate", "verify"}
        doc = ast.get_docstring(ast.parse((RULES_DIR / f"{stem}.py").read_text("utf-8")))
        assert doc is not None and "Passing" in doc and "Failing" in doc, stem
        assert rule.NAME and rule.NAME.lower() == rule.NAME
    assert all(rule.STAGE == "verify" and callable(rule.check) for rule in ALL_RULES)
    assert {rule.ID for rule in ALL_RULES} == {r.ID for r in DOCUMENTED_RULES
                                               if r.STAGE == "verify"}


def test_warning_rules_are_warnings(tmp_path: Path) -> None:
    """C501, C502, C504 and Q303 warn; a project with only those passes."""
    warning_codes = {"C501", "C502", "C504", "Q303"}
    for stem, name, case in CASES:
        if case["expect"] and {e["code"] for e in case["expect"]} <= warning_codes:
            root = materialise(tmp_path / f"{stem}-{name}", case)
            result = check_project(root)
            assert result.ok
            assert {p.severity for p in result.report} == {Severity.WARNING}


def _cli_sample() -> list[tuple[str, str, dict[str, Any]]]:
    """Per fixture file its first failing case, and every other file's first passing case
    (a process costs 0.2 s; every case is checked in-process above)."""
    stems = sorted({stem for stem, _, _ in CASES})
    chosen: dict[tuple[str, bool], tuple[str, str, dict[str, Any]]] = {}
    for stem, name, case in CASES:
        failing = bool(case["expect"])
        if failing or stems.index(stem) % 2 == 0:
            chosen.setdefault((stem, failing), (stem, name, case))
    return list(chosen.values())


def test_command_line_agrees_on_the_fixtures(tmp_path: Path) -> None:
    """The CLI, in its own process, exits 1 exactly when a case expects errors, prints the
    same problems as check_project, never a traceback, and writes nothing."""
    runs = []
    for index, (stem, name, case) in enumerate(_cli_sample()):
        root = materialise(tmp_path / f"case{index}", case)
        before = snapshot(root)
        process = subprocess.Popen(
            [PYTHON, "-m", "generator", "check", "--root", str(root), "--format", "text"],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=REPO,
            env={"PATH": "/usr/bin:/bin", "PYTHONDONTWRITEBYTECODE": "1"})
        runs.append((f"{stem}/{name}", case, root, before, process))
        if len(runs) % 8 == 0:  # a few at a time
            for *_, pending in runs[-8:]:
                pending.wait(timeout=60)
    for label, case, root, before, process in runs:
        out, err = process.communicate(timeout=60)
        errors = [e for e in case["expect"] if e["code"] not in ("C501", "C502", "C504", "Q303")]
        assert process.returncode == (1 if errors else 0), (label, out, err)
        assert no_traceback(err), (label, err)
        printed = Counter()
        for line in out.splitlines():
            where, _, rest = line.partition(": ")
            path, line_no, _col = where.rsplit(":", 2)
            code = rest.split("[", 1)[1].split("]", 1)[0]
            if _scoped(case, code):
                printed[(code, path, int(line_no))] += 1
        assert printed == _expected(case), (label, out)
        assert snapshot(root) == before, label
