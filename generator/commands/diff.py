"""``python -m generator diff BASE [HEAD]``: what a change does to the fact sheet.

BASE and HEAD are git revisions or folders (HEAD defaults to the working tree). Each side
is checked and, when it passes, rendered, exactly as a build would; the two are compared:
facts added, removed and changed field by field; articles added, removed and edited (with
their re-pin and a word-level diff of the evidence); conflicts that appeared or went away;
the pages whose content changes. Markdown for a reviewer, JSON for tools. Nothing is
written but the output.
"""

from __future__ import annotations

import difflib
import io
import json
import subprocess
import sys
import tarfile
import tempfile
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from generator.base.escape import escape_summary
from generator.check.triage import triage
from generator.site.publish import PageSet, build_pageset

WORD_CONTEXT = 8
MAX_HUNKS = 20


class DiffError(Exception):
    """A side that cannot be read: not a folder and not a git revision."""


@dataclass(slots=True)
class Side:
    label: str
    pageset: PageSet

    @property
    def ok(self) -> bool:
        return self.pageset.result.ok


def _git(repo: Path, *args: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(["git", "-C", str(repo), *args], capture_output=True, check=False,
                          timeout=120)


def materialise(spec: str, repo: Path, into: Path) -> Path:
    """A folder holding the corpus of ``spec``: the folder itself, or a git revision's
    ``facts/`` (and ``docs/``) extracted into ``into``."""
    folder = Path(spec)
    if folder.is_dir():
        return folder
    if _git(repo, "rev-parse", "--verify", "--quiet", f"{spec}^{{commit}}").returncode != 0:
        raise DiffError(f"{spec} is neither a folder nor a git revision of {repo}")
    paths = [p for p in ("facts", "docs")
             if _git(repo, "cat-file", "-e", f"{spec}:{p}").returncode == 0]
    if not paths:
        raise DiffError(f"revision {spec} has no facts/ folder")
    archive = _git(repo, "archive", "--format=tar", spec, "--", *paths)
    if archive.returncode != 0:
        raise DiffError(f"git archive {spec} failed: {archive.stderr.decode(errors='replace')}")
    with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
        tar.extractall(into, filter="data")
    return into


def _plain(value: Any) -> Any:
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def _flat(data: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    """``{"value": {"amount": 400}}`` → ``{"value.amount": 400}``; None values left out."""
    out: dict[str, Any] = {}
    for key, value in data.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            out.update(_flat(value, f"{name}."))
        elif value is not None:
            out[name] = value
    return out


def _facts(side: Side) -> dict[str, dict[str, Any]]:
    return {e.model.id: _flat(_plain(e.model.model_dump())) for e in
            side.pageset.result.validated.facts}


def _sources(side: Side) -> dict[str, dict[str, Any]]:
    return {e.model.file: _flat(_plain(e.model.model_dump())) for e in
            side.pageset.result.validated.sources}


def _field_changes(old: dict[str, Any], new: dict[str, Any]) -> list[dict[str, Any]]:
    return [{"field": key, "old": old.get(key), "new": new.get(key)}
            for key in sorted(set(old) | set(new)) if old.get(key) != new.get(key)]


def word_diff(old: str, new: str) -> list[dict[str, str]]:
    """The changed runs of words, each with a few words of context on both sides."""
    before, after = old.split(), new.split()
    hunks = []
    matcher = difflib.SequenceMatcher(a=before, b=after, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        hunks.append({
            "before": " ".join(before[max(0, i1 - WORD_CONTEXT):i1]),
            "removed": " ".join(before[i1:i2]),
            "added": " ".join(after[j1:j2]),
            "after": " ".join(before[i2:i2 + WORD_CONTEXT]),
        })
    return hunks


def compare(base: Side, head: Side) -> dict[str, Any]:
    """Everything that differs between two checked corpora, as plain data."""
    old_facts, new_facts = _facts(base), _facts(head)
    changed_facts = {}
    for fact_id in sorted(set(old_facts) & set(new_facts)):
        changes = _field_changes(old_facts[fact_id], new_facts[fact_id])
        if changes:
            for change in changes:
                if change["field"] == "quote" and change["old"] and change["new"]:
                    change["words"] = word_diff(change["old"], change["new"])
            changed_facts[fact_id] = changes
    old_sources, new_sources = _sources(base), _sources(head)
    old_text = base.pageset.result.articles
    new_text = head.pageset.result.articles
    edited = {}
    for name in sorted(set(old_sources) & set(new_sources)):
        changes = _field_changes(old_sources[name], new_sources[name])
        entry: dict[str, Any] = {"fields": changes}
        before, after = old_text.get(name), new_text.get(name)
        if before is not None and after is not None and before.data != after.data:
            entry["text"] = word_diff(before.text, after.text)[:MAX_HUNKS]
        if changes or "text" in entry:
            edited[name] = entry
    old_conflicts = {tuple(sorted(group)) for group in base.pageset.result.conflicts}
    new_conflicts = {tuple(sorted(group)) for group in head.pageset.result.conflicts}
    old_pages = _pages(base)
    new_pages = _pages(head)
    return {
        "stance_answers": _stance_answers(old_facts, new_facts),
        "day_readings": _day_readings(old_facts, new_facts),
        "base": _status(base), "head": _status(head),
        "facts": {
            "added": [{"id": k, **new_facts[k]} for k in sorted(set(new_facts) - set(old_facts))],
            "removed": [{"id": k, **old_facts[k]}
                        for k in sorted(set(old_facts) - set(new_facts))],
            "changed": [{"id": k, "changes": v} for k, v in changed_facts.items()],
        },
        "articles": {
            "added": sorted(set(new_sources) - set(old_sources)),
            "removed": sorted(set(old_sources) - set(new_sources)),
            "edited": [{"file": k, **v} for k, v in edited.items()],
        },
        "conflicts": {
            "appeared": [list(g) for g in sorted(new_conflicts - old_conflicts)],
            "gone": [list(g) for g in sorted(old_conflicts - new_conflicts)],
        },
        "pages": None if old_pages is None or new_pages is None else {
            "added": sorted(set(new_pages) - set(old_pages)),
            "removed": sorted(set(old_pages) - set(new_pages)),
            "changed": sorted(p for p in set(old_pages) & set(new_pages)
                              if old_pages[p] != new_pages[p]),
        },
    }


def _stance_answers(old: dict[str, dict[str, Any]], new: dict[str, dict[str, Any]]
                    ) -> list[dict[str, Any]]:
    """The editors' answers to the stance reader's doubts (``stance_scope``) that the
    change adds, removes or rewords, one per cue word: a reviewer reads each reason."""
    def answers(fact: dict[str, Any] | None) -> dict[str, Any]:
        return {answer["cue"]: answer.get("reason")
                for answer in (fact or {}).get("stance_scope") or ()}

    out = []
    for fact_id in sorted(set(old) | set(new)):
        before, after = answers(old.get(fact_id)), answers(new.get(fact_id))
        for cue in sorted(set(before) | set(after)):
            if before.get(cue) == after.get(cue):
                continue
            change = ("added" if cue not in before else "removed" if cue not in after
                      else "changed")
            reason = after[cue] if cue in after else before[cue]
            out.append({"id": fact_id, "change": change, "cue": cue, "reason": reason})
    return out


def _day_readings(old: dict[str, dict[str, Any]], new: dict[str, dict[str, Any]]
                  ) -> list[dict[str, Any]]:
    """The times whose day the change takes from another sentence (``day_from``), or stops
    taking, or takes from other words: a reviewer reads that the two tell of one event."""
    out = []
    for fact_id in sorted(set(old) | set(new)):
        before = (old.get(fact_id) or {}).get("day_from")
        after = (new.get(fact_id) or {}).get("day_from")
        if before == after:
            continue
        change = "added" if before is None else "removed" if after is None else "changed"
        out.append({"id": fact_id, "change": change, "passage": after or before})
    return out


def _pages(side: Side) -> dict[str, str] | None:
    if not side.ok:
        return None
    return {**{page.path: page.markdown for page in side.pageset.pages},
            **side.pageset.assets}


def _status(side: Side) -> dict[str, Any]:
    report = side.pageset.result.report
    from generator.check.formats.text import line

    return {"label": side.label, "ok": side.ok, "errors": len(report.errors),
            "warnings": len(report.warnings),
            "problems": [line(p) for p in triage(side.pageset.result)
                         if p.severity == "error"][:10]}


# ---------------------------------------------------------------------------------------
# Markdown


def _code(value: Any) -> str:
    """A field's value as a reader says it: a fact's value in words ("US$3.5 billion"),
    anything else plainly, never as raw JSON."""
    if isinstance(value, dict):
        text = _described(value) or ", ".join(f"{k}: {_plain_text(v)}"
                                              for k, v in value.items())
    else:
        text = _plain_text(value)
    return escape_summary(text)


def _plain_text(value: Any) -> str:
    if isinstance(value, list):
        return ", ".join(_plain_text(v) for v in value)
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k}: {_plain_text(v)}" for k, v in value.items()) + "}"
    if value is None:
        return "(none)"
    return str(value)


def _described(value: dict[str, Any]) -> str | None:
    """The value in words, as the site shows it (model.describe); None if it is not one."""
    from pydantic import TypeAdapter, ValidationError

    from generator.model import Value
    from generator.model.describe import describe

    def decimals(item: Any) -> Any:
        if isinstance(item, bool):
            return item
        if isinstance(item, int | float):
            return Decimal(str(item))
        if isinstance(item, dict):
            return {k: decimals(v) for k, v in item.items()}
        if isinstance(item, list):
            return [decimals(v) for v in item]
        return item

    try:
        return describe(TypeAdapter(Value).validate_python(decimals(value)))
    except (ValidationError, ValueError, TypeError, KeyError, AssertionError):
        return None


def _words(hunk: dict[str, str]) -> str:
    parts = [escape_summary(hunk["before"])]
    if hunk["removed"]:
        parts.append(f"<del>{escape_summary(hunk['removed'])}</del>")
    if hunk["added"]:
        parts.append(f"<ins>{escape_summary(hunk['added'])}</ins>")
    parts.append(escape_summary(hunk["after"]))
    return "… " + " ".join(p for p in parts if p) + " …"


def markdown(diff: dict[str, Any]) -> str:
    out = [f"## Fact diff: {escape_summary(diff['base']['label'])} → "
           f"{escape_summary(diff['head']['label'])}", ""]
    for side in ("base", "head"):
        status = diff[side]
        count = status["errors"]
        where = escape_summary(status["label"])
        if status["ok"]:
            out.append(f"- The check passes at {where}.")
        else:
            listed = ", causes first:" if side == "head" and status["problems"] else "."
            out.append(f"- The check **fails** at {where} ({count} error"
                       f"{'s' * (count != 1)}){listed}")
        if side == "head":
            out += [f"  - {escape_summary(problem)}" for problem in status["problems"]]
    out.append("")
    facts = diff["facts"]
    counts = ", ".join(f"{len(facts[k])} {k}" for k in ("added", "removed", "changed"))
    out += [f"### Facts: {counts}", ""]
    for fact in facts["added"]:
        out.append(f"- **added** {escape_summary(fact['id'])}: "
                   f"{escape_summary(fact.get('subject', ''))} / "
                   f"{escape_summary(fact.get('property', ''))} = {_value(fact)} "
                   f"({escape_summary(fact.get('source', ''))})")
        out.append(f"  - quote: \u201c{escape_summary(fact.get('quote', ''))}\u201d")
    for fact in facts["removed"]:
        out.append(f"- **removed** {escape_summary(fact['id'])}: "
                   f"{escape_summary(fact.get('subject', ''))} / "
                   f"{escape_summary(fact.get('property', ''))} = {_value(fact)}")
    for fact in facts["changed"]:
        out.append(f"- **changed** {escape_summary(fact['id'])}")
        for change in fact["changes"]:
            out.append(f"  - {escape_summary(change['field'])}: {_code(change['old'])} → "
                       f"{_code(change['new'])}")
            out += [f"    - {_words(hunk)}" for hunk in change.get("words", [])]
    answers = diff.get("stance_answers", [])
    if answers:
        out += ["", f"### Answers to the stance reader: {len(answers)}", ""]
        out += [f"- **{answer['change']}** {escape_summary(answer['id'])}: "
                f"“{escape_summary(answer['cue'])}” does not govern the value: "
                f"{escape_summary(answer['reason'] or '')}" for answer in answers]
    days = diff.get("day_readings", [])
    if days:
        out += ["", f"### Days taken from another sentence: {len(days)}", ""]
        out += [f"- **{day['change']}** {escape_summary(day['id'])}: the day from "
                f"“{escape_summary(day['passage'])}”, read by the editor as the same event"
                for day in days]
    articles = diff["articles"]
    out += ["", f"### Articles: {len(articles['added'])} added, {len(articles['removed'])} "
            f"removed, {len(articles['edited'])} edited", ""]
    out += [f"- **added** {escape_summary(name)}" for name in articles["added"]]
    out += [f"- **removed** {escape_summary(name)}" for name in articles["removed"]]
    for entry in articles["edited"]:
        out.append(f"- **edited** {escape_summary(entry['file'])}")
        for change in entry["fields"]:
            what = "re-pinned" if change["field"] == "sha256" else escape_summary(change["field"])
            out.append(f"  - {what}: {_code(change['old'])} → {_code(change['new'])}")
        if "text" in entry:
            out.append("  - the evidence changed:")
            out += [f"    - {_words(hunk)}" for hunk in entry["text"]]
    conflicts = diff["conflicts"]
    out += ["", f"### Conflicts: {len(conflicts['appeared'])} appeared, "
            f"{len(conflicts['gone'])} gone", ""]
    out += [f"- **appeared** {escape_summary(', '.join(g))}" for g in conflicts["appeared"]]
    out += [f"- **gone** {escape_summary(', '.join(g))}" for g in conflicts["gone"]]
    pages = diff["pages"]
    out += ["", "### Pages", ""]
    if pages is None:
        out.append("- Not compared: the site is rendered only from a corpus that passes.")
    else:
        out += [f"- **{kind}** {escape_summary(path)}" for kind in ("added", "removed", "changed")
                for path in pages[kind]]
        if not any(pages.values()):
            out.append("- No page changes.")
    return "\n".join(out) + "\n"


def _value(fact: dict[str, Any]) -> str:
    value: dict[str, Any] = {}
    for key, item in fact.items():
        if key.startswith("value."):  # _flat's dotted keys, nested back
            *path, last = key.split(".")[1:]
            into = value
            for part in path:
                into = into.setdefault(part, {})
            into[last] = item
    return _code(value)


def run_diff(base: str, head: str, output_format: str, repo: Path) -> int:
    """Print the diff; 0 when it could be made (whatever it shows), 2 when a side is wrong."""
    try:
        with tempfile.TemporaryDirectory(prefix="factdiff-") as scratch:
            sides = []
            for label, spec in (("base", base), ("head", head)):
                root = materialise(spec, repo, Path(scratch) / label)
                sides.append(Side(spec, build_pageset(root)))
            result = compare(*sides)
    except DiffError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    if output_format == "json":
        sys.stdout.write(json.dumps(result, indent=2, ensure_ascii=False, sort_keys=True) + "\n")
    else:
        sys.stdout.write(markdown(result))
    return 0

