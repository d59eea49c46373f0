"""Root cause first: order the problems so the ones that make others follow come first,
and fold the consequences of one cause into one problem that names their count.

GitHub shows at most ten annotations of a kind per step, so a registry typo must not come
9th behind the facts it breaks. Order: file-level problems (a file that cannot be read,
decoded or parsed), then the registry, then the schema, then the rest; errors before
warnings. Folding:

- the same error, word for word, on several facts becomes one problem at the first of
  them, "...; and 19 more facts citing 002_x.txt";
- when the registry could not be read, every "not in the registry" and "not registered"
  follows from it; when no article could be read (the sources folder is unusable), every
  quote that cannot be checked does. Those are folded into the cause.

The check itself is unchanged: this only decides what a person reads first. Folding is
for the text a person reads; the machine formats (json, sarif, github) take
``fold=False`` and keep every problem with its own location, in the same order, so a CI
annotation or a SARIF viewer sees each fact that fails.
"""

from __future__ import annotations

from dataclasses import replace

from generator.base.report import Problem, Report, Severity
from generator.check.verify import CheckResult

FILE_LEVEL = {"Y001", "Y005", "Y006", "R202", "R203"}
SCHEMA = {"S101", "S102", "S103", "S104", "Y002", "Y003", "Y004", "Y007", "Y008"}
# Codes that report a fact whose source, registry entry or article is wanting.
FOLLOWS_FROM_REGISTRY = {"R201", "R204"}
FOLLOWS_FROM_FOLDER = {"Q301"}


def tier(problem: Problem, registry: str) -> int:
    if problem.code in FILE_LEVEL:
        return 0
    if problem.position.path == registry:
        return 1
    if problem.code.startswith("R"):
        return 2
    if problem.code in SCHEMA:
        return 3
    return 4


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'s' if count != 1 else ''}"


def _where(followers: list[Problem]) -> str:
    """The folded problems by fact id and line, so the text still says where each one is."""
    named = [f"{f.fact_id or f.code} ({f.position.path}:{f.position.line})" for f in followers]
    return ": " + ", ".join(named) if named else ""


def _fold_into(cause: Problem, followers: list[Problem]) -> Problem:
    facts = len({f.fact_id for f in followers if f.fact_id})
    others = sum(1 for f in followers if not f.fact_id)
    parts = ([_plural(facts, "fact") + " citing it"] if facts else []) + (
        [_plural(others, "other problem")] if others else [])
    verb = "follows" if facts + others == 1 else "follow"
    return replace(cause, hint=(f"{cause.hint}; " if cause.hint else "")
                   + f"{' and '.join(parts)} {verb} from this{_where(followers)}")


def triage(result: CheckResult, fold: bool = True) -> Report:
    """The report in root-cause order, consequences folded unless ``fold`` is false (see
    the module docstring)."""
    registry = result.validated.registry_path or "facts/sources.yml"
    source_of = {entry.model.id: entry.model.source for entry in result.validated.facts}
    problems = sorted(result.report.problems,
                      key=lambda p: (p.severity is not Severity.ERROR, tier(p, registry),
                                     p.sort_key()))
    errors = [p for p in problems if p.severity is Severity.ERROR]
    registry_broken = not result.validated.sources and any(
        p.position.path == registry and p.code in FILE_LEVEL for p in errors)
    folder_broken = (bool(result.validated.sources) and not result.articles
                     and any(p.position.path == registry and p.code == "R204" for p in errors))
    folded: dict[int, list[Problem]] = {}
    kept: list[Problem] = []
    cause_of: dict[str, int] = {}
    for problem in problems:
        if problem.severity is Severity.ERROR:
            cause = -1
            if registry_broken and problem.code in FOLLOWS_FROM_REGISTRY:
                cause = _first(kept, registry)
            elif folder_broken and problem.code in FOLLOWS_FROM_FOLDER and problem.fact_id:
                cause = _first(kept, registry, "R204")
            if cause >= 0 and fold:
                folded.setdefault(cause, []).append(problem)
                continue
            if problem.fact_id:
                key = f"same:{problem.code}:{problem.message}:{problem.hint}"
                if key in cause_of and fold:
                    folded.setdefault(cause_of[key], []).append(problem)
                    continue
                cause_of[key] = len(kept)
        kept.append(problem)
    out = []
    for index, problem in enumerate(kept):
        followers = folded.get(index, [])
        if not followers:
            out.append(problem)
        elif problem.fact_id and all(f.code == problem.code for f in followers):
            sources = {source_of.get(f.fact_id or "") for f in [problem, *followers]}
            where = f"citing {sources.pop()}" if len(sources) == 1 and None not in sources else (
                "with the same problem")
            out.append(replace(problem, hint=(f"{problem.hint}; " if problem.hint else "")
                               + f"and {_plural(len(followers), 'more fact')} {where}"
                               + _where(followers)))
        else:
            out.append(_fold_into(problem, followers))
    return Report(out, keep_order=True)


def _first(kept: list[Problem], registry: str, code: str | None = None) -> int:
    """The first kept error at the registry (of ``code``), the cause the others follow."""
    for index, problem in enumerate(kept):
        if problem.position.path == registry and problem.severity is Severity.ERROR and (
                code is None or problem.code == code):
            return index
    return -1
