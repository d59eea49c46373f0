"""Stage 3: check the validated facts against their articles, then across facts.

The rules live one per module in ``generator/check/rules`` and read the shared view of
``generator.check.context``. This module runs them and collects what the renderer needs:
where each quote stands, which facts passed, and the conflicts.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from generator.base.report import Problem, Report
from generator.check.context import Context, first_span, new_context
from generator.check.coverage import Coverage, coverage
from generator.check.rules import ALL_RULES, c501_conflict, c502_coverage
from generator.load import Article, SourceFolder
from generator.model.validate import Validated
from generator.reading import MappedText, normalise_mapped


@dataclass(frozen=True, slots=True)
class Highlight:
    """Where a fact's quote stands in its article's original text."""

    fact_id: str
    start: int
    end: int


@dataclass
class CheckResult:
    """The checker's whole output: the report plus plain data for the renderer."""

    validated: Validated
    report: Report
    articles: dict[str, Article]
    failed_facts: set[str]
    located: dict[str, list[Highlight]]
    conflicts: list[list[str]]
    uncited: list[str]
    coverage: Coverage | None = None  # which article figures and dates are accounted for
    # fact id -> (the fact whose value it renders, the relation in words): not disagreements
    variants: dict[str, tuple[str, str]] = field(default_factory=dict)
    # fact id -> the facts it disagrees with (a subset of its conflict group)
    disagreeing: dict[str, list[str]] = field(default_factory=dict)
    # article -> the article it counts as (itself, or the one it rewrites or translates)
    origins: dict[str, str] = field(default_factory=dict)
    folder_display: str = "facts/sources"  # the sources folder, as the sheet names it

    @property
    def ok(self) -> bool:
        return self.report.ok

    def highlights_for(self, name: str, mapped: MappedText | None = None) -> list[Highlight]:
        """The quotes in article ``name`` as spans of its original text."""
        mapped = mapped or normalise_mapped(self.articles[name].text)
        return [Highlight(h.fact_id, *mapped.original_span(h.start, h.end))
                for h in self.located.get(name, [])]


def run_rules(validated: Validated, folder: SourceFolder) -> CheckResult:
    """Run every rule in order and gather the result."""
    context = new_context(validated, folder)
    problems = [problem for rule in ALL_RULES for problem in rule.check(context)]
    # Where each quote stands in its article's normalised text; mapping that onto the
    # original text is left to the renderer, which needs it and the check does not.
    spans = [first_span(context, entry.model) for entry in validated.facts]
    return conclude(context, problems, spans)


def conclude(context: Context, problems: list[Problem],
             spans: list[tuple[int, int] | None]) -> CheckResult:
    """The result from every rule's problems and each fact's first span, in fact order."""
    validated = context.validated
    report = Report()
    report.extend(validated.problems)
    report.extend(problems)
    failed = {problem.fact_id for problem in report.errors if problem.fact_id}
    located: dict[str, list[Highlight]] = defaultdict(list)
    for entry, span in zip(validated.facts, spans, strict=True):
        fact = entry.model
        if span is not None and fact.source in context.articles and fact.id not in failed:
            located[fact.source].append(Highlight(fact.id, *span))
    return CheckResult(
        validated=validated,
        report=report,
        articles={name: view.article for name, view in context.articles.items()},
        failed_facts=failed,
        located=dict(located),
        conflicts=c501_conflict.groups(context),
        disagreeing=c501_conflict.disagreeing(context),
        variants=c501_conflict.variants(context),
        origins=c501_conflict.origins(context),
        uncited=c502_coverage.uncited(context),
        coverage=coverage(context),
        folder_display=context.folder.display,
    )


