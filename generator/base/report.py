"""Problems and the report that carries them from every stage to the output formats."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from enum import StrEnum


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, slots=True, order=True)
class Position:
    """Where a problem stands: a path relative to the project root, 1-based line and column."""

    path: str
    line: int = 1
    col: int = 1

    def __post_init__(self) -> None:
        # A few paths are named by many thousands of problems, each often built anew (an
        # f-string per warning): each path is kept once.
        if type(self.path) is str:
            object.__setattr__(self, "path", sys.intern(self.path))

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.col}"


@dataclass(frozen=True, slots=True)
class Problem:
    """One finding. ``code`` is stable; ``hint`` says what to do next."""

    code: str
    severity: Severity
    position: Position
    message: str
    hint: str = ""
    fact_id: str | None = None

    @property
    def text(self) -> str:
        return f"{self.message}; {self.hint}" if self.hint else self.message

    def sort_key(self) -> tuple[str, int, int, str]:
        return (self.position.path, self.position.line, self.position.col, self.code)


@dataclass(slots=True)
class Report:
    """Every problem found in one run, in a stable order.

    Sorted by position, unless ``keep_order`` (a triaged report: root causes first).
    """

    problems: list[Problem] = field(default_factory=list)
    keep_order: bool = False

    def extend(self, problems: Iterable[Problem]) -> None:
        self.problems.extend(problems)

    def __iter__(self) -> Iterator[Problem]:
        if self.keep_order:
            return iter(list(self.problems))
        return iter(sorted(self.problems, key=Problem.sort_key))

    def _of(self, severity: Severity) -> list[Problem]:
        """The problems of one severity, in the report's order.

        Picked first and then sorted (a stable sort of a part keeps the whole's order): a
        report of 300,000 warnings and no error sorts nothing to list its errors.
        """
        picked = [p for p in self.problems if p.severity is severity]
        return picked if self.keep_order else sorted(picked, key=Problem.sort_key)

    @property
    def errors(self) -> list[Problem]:
        return self._of(Severity.ERROR)

    @property
    def warnings(self) -> list[Problem]:
        return self._of(Severity.WARNING)

    def count(self, severity: Severity) -> int:
        """How many problems have ``severity``, without listing them."""
        return sum(1 for p in self.problems if p.severity is severity)

    @property
    def ok(self) -> bool:
        return not any(p.severity is Severity.ERROR for p in self.problems)
