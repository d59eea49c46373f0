"""Small helpers shared by the rule modules."""

from __future__ import annotations

from dataclasses import dataclass

from generator.base.report import Position, Problem, Severity


@dataclass(frozen=True, slots=True)
class Reporter:
    """Makes problems under one rule's code and severity."""

    code: str
    severity: Severity = Severity.ERROR

    def __call__(self, position: Position, message: str, hint: str = "",
                 fact_id: str | None = None) -> Problem:
        return Problem(self.code, self.severity, position, message, hint, fact_id)


def shorten(text: str, limit: int = 90) -> str:
    """One line of at most ``limit`` characters, for quoting text back in a message.

    Only the start that can be shown is tidied, so a long text costs no more than a short one.
    """
    head = text[: 4 * limit + 64]
    tidy = " ".join(head.split())
    if len(tidy) <= limit and (len(head) == len(text) or not text[len(head):].strip()):
        return tidy
    return tidy[: limit - 1].rstrip() + "…"
