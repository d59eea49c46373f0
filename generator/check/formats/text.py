"""``path:line:col: error[CODE] message; what to do next`` — one problem per line."""

from __future__ import annotations

import re
from collections.abc import Iterator

from generator.base.report import Problem, Report

# Line breaks and other control characters from the input (a key, a file name) would
# split a problem over lines, or forge a line that looks like another problem.
_CONTROL = re.compile("[\x00-\x1f\x7f\x85\u2028\u2029]")


def _visible(text: str) -> str:
    return _CONTROL.sub(lambda match: repr(match.group())[1:-1], text)


def line(problem: Problem) -> str:
    return _visible(f"{problem.position}: {problem.severity}[{problem.code}] {problem.text}")


def lines(report: Report) -> Iterator[str]:
    """The report a line at a time, so a long one is written without being held whole."""
    for problem in report:
        yield line(problem) + "\n"


def render(report: Report) -> str:
    return "".join(lines(report))
