"""``path:line:col: error[CODE] message; what to do next`` — one problem per line."""

from __future__ import annotations

from generator.report import Problem, Report


def line(problem: Problem) -> str:
    return f"{problem.position}: {problem.severity}[{problem.code}] {problem.text}"


def render(report: Report) -> str:
    return "".join(line(problem) + "\n" for problem in report)
