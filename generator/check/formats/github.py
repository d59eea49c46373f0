"""GitHub Actions workflow commands, so a broken fact is annotated on its YAML line."""

from __future__ import annotations

from collections.abc import Iterator

from generator.base.report import Report


def _escape_data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(value: str) -> str:
    return _escape_data(value).replace(":", "%3A").replace(",", "%2C")


def lines(report: Report) -> Iterator[str]:
    """One workflow command per problem, a line at a time."""
    for problem in report:
        where = problem.position
        properties = ",".join([
            f"file={_escape_property(where.path)}",
            f"line={where.line}",
            f"col={where.col}",
            f"title={_escape_property(f'{problem.code} {problem.severity}')}",
        ])
        yield f"::{problem.severity} {properties}::{_escape_data(problem.text)}\n"


def render(report: Report) -> str:
    return "".join(lines(report))
