"""``python -m generator uncovered``: every figure and date of the articles no fact cites.

One line per mention, ``path:line:col: kind "as written" [status] sentence``: status is
``unaccounted`` (curate it or dismiss it) or ``dismissed: reason``. Exit status 1 when a
mention is unaccounted, else 0.
"""

from __future__ import annotations

import sys
from pathlib import Path

from generator.check.pipeline import FACTS_DIR, SOURCES_DIR, check_project


def uncovered(root: Path, include_dismissed: bool = True) -> int:
    result = check_project(root)
    coverage = result.coverage
    if coverage is None:  # pragma: no cover - the check always measures coverage
        return 1
    folder = f"{FACTS_DIR}/{SOURCES_DIR}"
    for mention in coverage.mentions:
        if mention.status == "curated" or (mention.status == "dismissed"
                                           and not include_dismissed):
            continue
        status = "unaccounted" if mention.status == "unaccounted" else f"dismissed: {mention.why}"
        print(f"{folder}/{mention.source}:{mention.line}:{mention.col}: {mention.kind} "
              f"\"{mention.written}\" [{status}] {mention.sentence}")
    print(coverage.summary, file=sys.stderr)
    return 1 if coverage.count("unaccounted") else 0
