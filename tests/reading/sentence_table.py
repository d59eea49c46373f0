"""The table of real news sentences (tests/fixtures/reading/*.yml), run through the real
checker in one check, and the per-family scores of that run.

Each case becomes a tiny article of its own (the sentence alone), registered with the
publication date of the article it was quoted from; every fact of every case goes in one
fact file, one fact per line, with a generated id. Only ERROR problems count: a fact
"passes" when no error names it.

    python -m tests.reading.sentence_table          # per-family scores
    python -m tests.reading.sentence_table -v       # and every wrong outcome

The checker's names are imported here only, so a move of its modules is a one-line change.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

import yaml

# The checker, through the names it has in this tree (main is moving them:
# generator.pipeline -> generator.check.pipeline, generator.report -> generator.base.report).
from generator.base.report import Severity
from generator.check.pipeline import check_project

TESTS = Path(__file__).resolve().parents[1]
if str(TESTS) not in sys.path:  # run as ``python -m tests.reading.sentence_table``
    sys.path.insert(0, str(TESTS))

from factcheck_helpers import build, registry_text  # noqa: E402

TABLE = TESTS / "fixtures" / "reading"

STANCE_FAMILIES = ("stance-cue-after", "stance-neighbour-clause", "self-report",
                   "implicit-negation", "wish", "anonymous-source", "correction",
                   "value-word", "provision")
COUNT_FAMILIES = ("count-designation", "count-adjectives", "count-partitive",
                  "count-after-noun", "tally", "count-case")
FIGURE_FAMILIES = ("range-vs-change", "qualifier", "rate-ratio", "fraction-age",
                   "initial-a", "decimal-comma")
DATE_FAMILIES = ("date-yearless-future", "date-anchored", "time-of-day")
FAMILIES = (*STANCE_FAMILIES, *COUNT_FAMILIES, *FIGURE_FAMILIES, *DATE_FAMILIES,
            "entity-owner", "plain")
GROUPS: dict[str, tuple[str, ...]] = {
    "stance": STANCE_FAMILIES, "counts": COUNT_FAMILIES, "figures": FIGURE_FAMILIES,
    "dates": DATE_FAMILIES, "entities": ("entity-owner",), "plain": ("plain",),
}
CASE_KEYS = {"sentence", "before", "article", "published", "updated", "family", "facts",
             "note"}
_LETTERS = str.maketrans("0123456789", "abcdefghij")
FACT_KEYS = {"quote", "subject", "property", "value", "stance", "expect", "why", "needs",
             "noun_from", "stance_scope"}


@dataclass(frozen=True)
class Fact:
    """One fact about a case's sentence and the outcome a careful editor expects."""

    id: str
    value: Mapping[str, Any]
    quote: str
    subject: str
    property: str
    stance: str | None
    expect: str  # "pass" or "fail"
    why: str
    needs: str | None
    noun_from: str | None = None  # where an elided count's noun is stated (in ``before``)
    stance_scope: Any = None  # the editor's answer to a cue that does not govern the value


@dataclass(frozen=True)
class Case:
    name: str  # "<topic>-<n>", n from 1 in the file's order
    sentence: str
    article: str  # "<folder>/<file>" under the shared real-articles folder
    published: str
    family: str
    facts: tuple[Fact, ...]
    # The words that come right before the sentence in its paragraph, verbatim, where a
    # fact needs them ("This storm is impacting 5 million people." before "1 million are
    # without power."): the case's article is ``before`` and the sentence, one space apart.
    before: str = ""
    updated: str | None = None  # the day of the update the text is, where the catalogue says

    @property
    def text(self) -> str:
        return f"{self.before} {self.sentence}" if self.before else self.sentence


@dataclass
class Outcome:
    """What the check said about one case: each fact's errors (code, message; hint)."""

    case: Case
    errors: dict[str, list[tuple[str, str]]] = field(default_factory=dict)

    def wrong(self) -> list[tuple[Fact, list[tuple[str, str]]]]:
        """The facts whose outcome is not the expected one, with their errors."""
        return [(fact, self.errors[fact.id]) for fact in self.case.facts
                if bool(self.errors[fact.id]) != (fact.expect == "fail")]


def _as_yaml_value(value: Any) -> Any:
    return str(value) if isinstance(value, Decimal) else value


def load_cases(table: Path = TABLE) -> list[Case]:
    """Every case of the table, in file and then case order; malformed entries raise."""
    cases: list[Case] = []
    for path in sorted(table.glob("*.yml")):
        data = yaml.safe_load(path.read_text("utf-8"))
        topic = data["topic"]
        for number, raw in enumerate(data["cases"], start=1):
            name = f"{topic}-{number}"
            unknown = set(raw) - CASE_KEYS
            if unknown or raw["family"] not in FAMILIES or not raw["facts"]:
                raise ValueError(f"{path.name}: case {name}: {unknown or raw['family']}")
            facts = []
            for index, fact in enumerate(raw["facts"], start=1):
                if set(fact) - FACT_KEYS or fact["expect"] not in ("pass", "fail"):
                    raise ValueError(f"{path.name}: case {name}, fact {index}: {fact}")
                quote = fact.get("quote", raw["sentence"])
                if quote not in raw["sentence"]:
                    raise ValueError(f"{path.name}: case {name}: quote not in sentence")
                facts.append(Fact(
                    id=f"{name}-f{index}", value=fact["value"], quote=quote,
                    subject=str(fact.get("subject", name)),
                    # a default label without figures: E701 reads property names
                    property=str(fact.get("property", "fact " + str(index).translate(_LETTERS))),
                    stance=fact.get("stance"), expect=fact["expect"],
                    why=fact.get("why", ""), needs=fact.get("needs"),
                    noun_from=fact.get("noun_from"),
                    stance_scope=fact.get("stance_scope")))
            cases.append(Case(name=name, sentence=raw["sentence"], article=raw["article"],
                              published=str(raw["published"]), family=raw["family"],
                              facts=tuple(facts), before=raw.get("before", ""),
                              updated=str(raw["updated"]) if "updated" in raw else None))
    return cases


def _fact_entry(case: Case, fact: Fact) -> dict[str, Any]:
    entry: dict[str, Any] = {"id": fact.id, "source": f"{case.name}.txt",
                             "subject": fact.subject, "property": fact.property,
                             "quote": fact.quote, "value": fact.value}
    if fact.stance is not None:
        entry["stance"] = fact.stance
    if fact.noun_from is not None:
        entry["noun_from"] = fact.noun_from
    if fact.stance_scope is not None:
        entry["stance_scope"] = fact.stance_scope
    return entry


def run_table(cases: Iterable[Case], root: Path) -> dict[str, Outcome]:
    """Check every case in one project written under ``root``: case name -> outcome."""
    cases = list(cases)
    articles = {f"{case.name}.txt": case.text + "\n" for case in cases}
    published = {f"{case.name}.txt": {"basis": "catalogue", "date": case.published,
                                      **({"updated": case.updated} if case.updated else {})}
                 for case in cases}
    registry = registry_text({name: text.encode("utf-8") for name, text in articles.items()},
                             published)
    facts = [(case, fact) for case in cases for fact in case.facts]
    lines = ["facts:"] + [
        f"  - {json.dumps(_fact_entry(case, fact), default=_as_yaml_value, ensure_ascii=False)}"
        for case, fact in facts]
    build(root, articles, {"facts/sources.yml": registry,
                           "facts/reading.yml": "\n".join(lines) + "\n"})
    result = check_project(root)
    by_id = {fact.id: case.name for case, fact in facts}
    outcomes = {case.name: Outcome(case, {fact.id: [] for fact in case.facts})
                for case in cases}
    for problem in result.report:
        if problem.severity is not Severity.ERROR:
            continue
        fact_id = problem.fact_id
        if fact_id is None and problem.position.path.endswith("reading.yml"):
            line = problem.position.line  # each fact on its own line, after "facts:"
            fact_id = facts[line - 2][1].id if 2 <= line < len(facts) + 2 else None
        if fact_id not in by_id:
            raise AssertionError(f"an error outside the table's facts: {problem}")
        outcomes[by_id[fact_id]].errors[fact_id].append(
            (problem.code, problem.text))
    return outcomes


def check_table(cases: Iterable[Case] | None = None) -> dict[str, Outcome]:
    """:func:`run_table` in a temporary folder."""
    with tempfile.TemporaryDirectory(prefix="sentence-table-") as folder:
        return run_table(load_cases() if cases is None else cases, Path(folder))


@dataclass
class Score:
    correct: int = 0
    accepted: int = 0  # correct facts accepted
    wrong: int = 0
    refused: int = 0  # wrong facts refused
    cases: int = 0
    cases_ok: int = 0

    def add(self, outcome: Outcome) -> None:
        self.cases += 1
        self.cases_ok += not outcome.wrong()
        for fact in outcome.case.facts:
            erred = bool(outcome.errors[fact.id])
            if fact.expect == "pass":
                self.correct += 1
                self.accepted += not erred
            else:
                self.wrong += 1
                self.refused += erred

    def row(self, label: str) -> str:
        def ratio(part: int, whole: int) -> str:
            return f"{part}/{whole} ({100 * part / whole:.0f}%)" if whole else "-"

        taken = self.accepted + self.wrong - self.refused
        return (f"| {label} | {self.cases_ok}/{self.cases} | "
                f"{ratio(self.accepted, self.correct)} | {ratio(self.refused, self.wrong)} | "
                f"{ratio(self.accepted, taken)} |")


HEADER = ("| family | cases right | recall: accepted correct / all correct | "
          "refused wrong / all wrong | precision: correct / all accepted |\n"
          "|---|---|---|---|---|")


def scores(outcomes: Mapping[str, Outcome]) -> str:
    """A Markdown table: each family, each group of families, and the whole table."""
    families: dict[str, Score] = defaultdict(Score)
    for outcome in outcomes.values():
        families[outcome.case.family].add(outcome)
    rows = [HEADER]
    for group, members in GROUPS.items():
        total = Score()
        for family in members:
            if family in families:
                rows.append(families[family].row(family))
                for outcome in outcomes.values():
                    if outcome.case.family == family:
                        total.add(outcome)
        rows.append(total.row(f"**{group}**"))
    overall = Score()
    for outcome in outcomes.values():
        overall.add(outcome)
    rows.append(overall.row("**all**"))
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.reading.sentence_table",
                                     description=__doc__.split("\n\n")[0])
    parser.add_argument("-v", "--verbose", action="store_true",
                        help="list every fact whose outcome is not the expected one")
    arguments = parser.parse_args(argv)
    outcomes = check_table()
    print(scores(outcomes))
    if arguments.verbose:
        for outcome in outcomes.values():
            for fact, errors in outcome.wrong():
                said = "; ".join(f"{code}: {text}" for code, text in errors) or "no error"
                print(f"\n{fact.id} [{outcome.case.family}] expected {fact.expect}: "
                      f"{fact.why}\n  quote: {fact.quote}\n  value: {dict(fact.value)}"
                      f" stance: {fact.stance or 'stated'}\n  checker: {said}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
