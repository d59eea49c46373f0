"""Why a quote does not support a value: the code of the rule it breaks, and what to do.

Plain data shared by the value readers (``values`` and ``dates``) and the rules that report
their verdicts, so that neither reader imports the other's verdict type.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Mismatch:
    code: str
    message: str
    hint: str = ""
