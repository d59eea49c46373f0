"""The machine formats: SARIF validates against the SARIF 2.1.0 schema; GitHub workflow
commands escape data so a hostile quote can neither break nor forge an annotation."""

from __future__ import annotations

import json
import re
from pathlib import Path

import jsonschema
import pytest
from factcheck_helpers import GOOD_FACT, build, check, run_cli

from generator.base.report import Position, Problem, Report, Severity
from generator.check.formats import github, sarif
from generator.check.rules import DOCUMENTED_RULES
from generator.check.triage import triage

SARIF_SCHEMA = json.loads((Path(__file__).parent / "fixtures/sarif/sarif-schema-2.1.0.json")
                          .read_text(encoding="utf-8"))
HOSTILE_LINE = "Range: 400 km, 100% sure,\n::warning file=facts/site.yml::forged\n"
ARTICLE = ("The S-400 can engage targets at a distance of 400 kilometers, TASS said.\n"
           + HOSTILE_LINE)
HOSTILE_FACTS = GOOD_FACT + """\
  - id: hostile-quote
    source: tass.txt
    subject: S-400
    property: range, again
    quote: "Range: 40 km, 100% sure, ::warning file=facts/site.yml::forged"
    value: {kind: quantity, amount: 40, unit: km}
  - id: hostile-text
    source: tass.txt
    subject: S-400
    property: name
    quote: "The S-400 can engage targets at a distance"
    value: {kind: text, text: "a,b:c%0A\\r\\n::error file=x.yml,line=1::forged"}
"""


def hostile_project(tmp_path: Path) -> Path:
    return build(tmp_path / "p", {"tass.txt": ARTICLE}, {"facts/specs.yml": HOSTILE_FACTS})


def test_sarif_validates_against_the_2_1_0_schema(tmp_path: Path) -> None:
    report = check(hostile_project(tmp_path)).report
    assert len(report.errors) >= 2
    log = json.loads(sarif.render(report))
    jsonschema.Draft4Validator.check_schema(SARIF_SCHEMA)
    errors = sorted(jsonschema.Draft4Validator(SARIF_SCHEMA).iter_errors(log), key=str)
    assert errors == [], [error.message for error in errors]


def test_sarif_rules_come_from_the_docstrings_and_results_carry_positions(
        tmp_path: Path) -> None:
    report = check(hostile_project(tmp_path)).report
    run = sarif.log(report)["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    assert [rule["id"] for rule in rules] == sorted(rule.ID for rule in DOCUMENTED_RULES)
    for rule, module in zip(rules, sorted(DOCUMENTED_RULES, key=lambda r: r.ID), strict=True):
        assert rule["fullDescription"]["text"] == (module.__doc__ or "").strip()
        assert rule["shortDescription"]["text"] == (module.__doc__ or "").strip().split("\n")[0]
    assert len(run["results"]) == len(report.problems)
    for result, problem in zip(run["results"], report, strict=True):
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"] == problem.code
        region = result["locations"][0]["physicalLocation"]["region"]
        assert (region["startLine"], region["startColumn"]) == (problem.position.line,
                                                                problem.position.col)
        assert result["message"]["text"] == problem.text


def test_sarif_is_the_same_bytes_on_every_run(tmp_path: Path) -> None:
    root = hostile_project(tmp_path)
    first, second = run_cli(root, "--format", "sarif"), run_cli(root, "--format", "sarif")
    assert first.returncode == 1 and first.stdout == second.stdout
    json.loads(first.stdout)


def _unescape(value: str) -> str:
    return re.sub(r"%(25|0D|0A|3A|2C)", lambda m: {"25": "%", "0D": "\r", "0A": "\n",
                                                   "3A": ":", "2C": ","}[m.group(1)], value)


COMMAND = re.compile(r"::(error|warning) (?P<props>[^:]*)::(?P<message>.*)")


def parse(output: str) -> list[tuple[str, dict[str, str], str]]:
    """Read workflow commands back the way the runner does: one per line."""
    parsed = []
    for line in output.split("\n")[:-1]:
        match = COMMAND.fullmatch(line)
        assert match, f"not one whole workflow command: {line!r}"
        props = dict(part.split("=", 1) for part in match["props"].split(","))
        parsed.append((match[1], {k: _unescape(v) for k, v in props.items()},
                       _unescape(match["message"])))
    return parsed


def test_a_hostile_quote_neither_breaks_nor_forges_an_annotation(tmp_path: Path) -> None:
    root = hostile_project(tmp_path)
    result = run_cli(root, "--format", "github")
    # The order the command line prints, root causes first; the machine formats fold nothing.
    report = triage(check(root), fold=False)
    commands = parse(result.stdout)
    assert len(commands) == len(report.problems) >= 2  # no extra line: nothing forged
    for (level, props, message), problem in zip(commands, report, strict=True):
        assert level == problem.severity
        assert set(props) == {"file", "line", "col", "title"}
        assert props["file"] == problem.position.path
        assert message == problem.text  # everything the message held comes back
    assert any("100% sure" in message for _, _, message in commands)
    assert any("::error file=x.yml" in message for _, _, message in commands)


@pytest.mark.parametrize("path", ["facts/a,b.yml", "facts/a:b.yml", "facts/a%0Ab.yml",
                                  "facts/a\nb.yml", "facts/a\r::error::x.yml"])
def test_properties_escape_percent_cr_lf_colon_and_comma(path: str) -> None:
    problem = Problem("Y001", Severity.ERROR, Position(path, 3, 4), "bad: 50%, then\r\nmore")
    report = Report([problem])
    output = github.render(report)
    assert output.count("\n") == 1
    ((_, props, message),) = parse(output)
    assert props == {"file": path, "line": "3", "col": "4", "title": "Y001 error"}
    assert message == "bad: 50%, then\r\nmore"
    head = output.split("::")[1]
    assert "\r" not in head and "\n" not in head and head.count(",") == 3
    assert output.endswith("::bad: 50%25, then%0D%0Amore\n")  # the message keeps : and ,


TWIN_FAULTS = GOOD_FACT + """\
  - id: twin-a
    source: nope.txt
    subject: S-400
    property: range, a
    quote: "The S-400 can engage targets at a distance of 400 kilometers"
    value: {kind: quantity, amount: 400, unit: km}
  - id: twin-b
    source: nope.txt
    subject: S-400
    property: range, b
    quote: "The S-400 can engage targets at a distance of 400 kilometers"
    value: {kind: quantity, amount: 400, unit: km}
"""


@pytest.mark.parametrize("output_format", ["json", "sarif", "github"])
def test_two_facts_with_the_same_fault_keep_both_locations(tmp_path: Path,
                                                           output_format: str) -> None:
    """Folding is for the text; CI annotations must see the second fact's line too."""
    root = build(tmp_path / "p", {"tass.txt": ARTICLE}, {"facts/specs.yml": TWIN_FAULTS})
    lines = {p.fact_id: p.position.line for p in check(root).report if p.code == "R201"}
    assert set(lines) == {"twin-a", "twin-b"}, lines
    out = run_cli(root, "--format", output_format).stdout
    if output_format == "json":
        rows = [p for p in json.loads(out) if p["code"] == "R201"]
        assert {(p["fact"], p["line"]) for p in rows} == set(lines.items())
        found = [p["line"] for p in rows]
    elif output_format == "sarif":
        found = [r["locations"][0]["physicalLocation"]["region"]["startLine"]
                 for r in json.loads(out)["runs"][0]["results"] if r["ruleId"] == "R201"]
    else:
        found = [int(m[1]) for m in re.finditer(
            r"::error file=facts/specs.yml,line=(\d+),[^:]*R201", out)]
    assert sorted(found) == sorted(lines.values()), out


def test_the_text_folds_the_twin_and_names_its_id_and_line(tmp_path: Path) -> None:
    root = build(tmp_path / "p", {"tass.txt": ARTICLE}, {"facts/specs.yml": TWIN_FAULTS})
    second = next(p for p in check(root).report if p.fact_id == "twin-b" and p.code == "R201")
    out = run_cli(root, "--format", "text").stdout
    folded = [line for line in out.splitlines() if "error[R201]" in line]
    assert len(folded) == 1, out
    assert f"and 1 more fact citing nope.txt: twin-b (facts/specs.yml:{second.position.line})" \
        in folded[0], folded[0]
