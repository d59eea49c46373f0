"""``python -m generator uncovered``: every figure and date of the articles no fact cites.

Grouped by sentence: a line ``path:line:col: "sentence"``, then one indented line per
mention in it, ``kind "as written" [status]``, where status is ``unaccounted`` (curate it
or dismiss it) or ``dismissed: reason``. ``--skeleton`` prints, for the unaccounted ones,
dismissal entries to paste under each source's ``dismissed:``, one per sentence, each with
a TODO reason that the check refuses until an editor writes the real one. Exit status 1
when a mention is unaccounted, else 0.
"""

from __future__ import annotations

import json
import sys
from itertools import groupby
from pathlib import Path

from generator.check.coverage import SENTENCE_WINDOW, ArticleMention
from generator.check.pipeline import check_project
from generator.model import TODO_REASON


def uncovered(root: Path, include_dismissed: bool = True, skeleton: bool = False) -> int:
    result = check_project(root)
    coverage = result.coverage
    if coverage is None:  # pragma: no cover - the check always measures coverage
        return 1
    shown = [m for m in coverage.mentions if m.status == "unaccounted" or (
        m.status == "dismissed" and include_dismissed and not skeleton)]
    if skeleton:
        print(skeleton_text(shown), end="")
    else:
        folder = result.folder_display
        for (source, line, sentence), group in groupby(
                shown, key=lambda m: (m.source, m.line, m.sentence)):
            mentions = list(group)
            print(f"{folder}/{source}:{line}:{mentions[0].col}: \"{sentence}\"")
            for mention in mentions:
                status = ("unaccounted" if mention.status == "unaccounted"
                          else f"dismissed: {mention.why}")
                print(f"    {mention.kind} \"{mention.written}\" [{status}]")
    print(coverage.summary, file=sys.stderr)
    return 1 if coverage.count("unaccounted") else 0


def skeleton_text(mentions: list[ArticleMention]) -> str:
    """Dismissal entries for ``mentions``, one per sentence, grouped by source, as YAML
    lines to paste under the source's ``dismissed:`` (its reason still to write)."""
    out: list[str] = []
    for source, in_source in groupby(mentions, key=lambda m: m.source):
        out.append(f"# {source}: under its entry's 'dismissed:' in facts/sources.yml")
        for (_, sentence), group in groupby(in_source, key=lambda m: (m.line, m.sentence)):
            said = ", ".join(f'{m.kind} "{m.written}"' for m in group)
            # A sentence cut to its window around the mentions is a passage, not a sentence.
            key = "sentence" if len(sentence) < SENTENCE_WINDOW else "passage"
            out.append(f"      - {key}: {_yaml_string(sentence)}")
            reason = f"{TODO_REASON}: why no fact curates {said}"
            out.append(f"        reason: {_yaml_string(reason)}")
    return "".join(line + "\n" for line in out)


def _yaml_string(text: str) -> str:
    """A YAML double-quoted scalar (a JSON string is one)."""
    return json.dumps(text, ensure_ascii=False)
