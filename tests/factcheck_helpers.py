"""Build small fact-sheet projects on disk, run the checker on them, compare trees.

Shared by the checker's tests (test_rules, test_hardening_check, test_properties,
test_mutations, test_cli). Articles are pinned here, by hashing what was written, so a
fixture states a wrong pin only when the wrong pin is the point.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import stat
import subprocess
import sys
from collections.abc import Mapping
from html.parser import HTMLParser
from pathlib import Path

from generator.base.report import Problem, Severity
from generator.check.pipeline import check_project
from generator.check.verify import CheckResult

REPO = Path(__file__).resolve().parents[1]
# One fact that passes against an article of tass.txt stating the S-400's range.
GOOD_FACT = """\
facts:
  - id: s400-range
    source: tass.txt
    subject: S-400
    property: range
    quote: "The S-400 can engage targets at a distance of 400 kilometers"
    value: {kind: quantity, amount: 400, unit: km}
"""
PYTHON = sys.executable
DEFAULT_PUBLISHED: dict[str, str] = {"basis": "stated", "date": "2018-12-19"}
# In fixture files, SHA256(name) stands for the sha256 of the article written as ``name``.
_PIN = re.compile(r"SHA256\(([^)]+)\)")


def real_articles() -> Path:
    """The shared real articles (other outlets' texts, never copied into the repository):
    ``REAL_ARTICLES`` where set, else ``shared/real-articles`` beside the repository or a
    folder above it (CI has ../shared; a worktree sits deeper). Missing is a failure."""
    named = os.environ.get("REAL_ARTICLES")
    if named:
        return Path(named)
    for parent in REPO.parents:
        candidate = parent / "shared" / "real-articles"
        if candidate.is_dir():
            return candidate
    raise AssertionError("the shared real articles are missing: put ../shared beside the "
                         "repository, or set REAL_ARTICLES")


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def as_bytes(content: str | bytes) -> bytes:
    return content if isinstance(content, bytes) else content.encode("utf-8")


def registry_text(articles: Mapping[str, bytes],
                  published: Mapping[str, Mapping[str, str]] | None = None) -> str:
    """A valid sources.yml for ``articles`` (JSON flow values are YAML too)."""
    lines = ["sources:" if articles else "sources: []"]
    for name, data in articles.items():
        when = dict((published or {}).get(name, DEFAULT_PUBLISHED))
        updated = when.pop("updated", None)  # the day of the text's last update, if any
        lines += [
            f"  - file: {json.dumps(name)}",
            "    publisher: Test Publisher",
            f"    title: {json.dumps('About ' + name)}",
            "    language: en",
            f"    published: {json.dumps(when)}",
            f"    sha256: {sha256(data)}",
        ]
        if updated is not None:
            lines.append(f"    updated: {json.dumps({'basis': 'catalogue', 'date': updated})}")
    return "\n".join(lines) + "\n"


def build(root: Path, articles: Mapping[str, str | bytes],
          files: Mapping[str, str | bytes | None],
          published: Mapping[str, Mapping[str, str]] | None = None) -> Path:
    """Write a project: articles under facts/sources, then ``files`` (paths from the root).

    Without a ``facts/sources.yml`` in ``files``, a registry pinning every article is written
    (given as None, there is no registry at all).
    """
    sources = root / "facts" / "sources"
    sources.mkdir(parents=True, exist_ok=True)
    written = {name: as_bytes(content) for name, content in articles.items()}
    for name, data in written.items():
        (sources / name).write_bytes(data)
    pins = {name: sha256(data) for name, data in written.items()}
    for relative, content in files.items():
        if content is None:  # named only to say it must not exist
            continue
        target = root / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, str):
            content = _PIN.sub(lambda match: pins[match.group(1)], content).encode("utf-8")
        target.write_bytes(content)
    if "facts/sources.yml" not in files:
        (root / "facts" / "sources.yml").write_text(registry_text(written, published),
                                                   encoding="utf-8")
    return root


def errors_by_fact(tmp_path: Path, article: str, published: str,
                   facts: list[Mapping[str, object]]) -> dict[str, list[Problem]]:
    """Each fact's errors, the facts (ids f0, f1, …; subject "s", property "p" unless
    given) checked against ``article`` as a.txt, published on ``published``."""
    entries = [json.dumps({"id": f"f{i}", "source": "a.txt", "subject": "s",
                           "property": "p", **fact}, ensure_ascii=False)
               for i, fact in enumerate(facts)]
    root = build(tmp_path, {"a.txt": article},
                 {"facts/x.yml": "facts:\n" + "".join(f"  - {e}\n" for e in entries)},
                 {"a.txt": {"basis": "stated", "date": published}})
    found: dict[str, list[Problem]] = {f"f{i}": [] for i in range(len(facts))}
    for problem in check_project(root).report:
        if problem.severity is Severity.ERROR and problem.fact_id in found:
            found[problem.fact_id].append(problem)
    return found


def saved_page_text(name: str) -> str:
    """A page of ../shared/saved-pages as a reader sees it: its tags taken out and its
    spaces made single ("<a>Boeing</a>'s" reads "Boeing's")."""
    class Text(HTMLParser):
        def __init__(self) -> None:
            super().__init__()
            self.parts: list[str] = []

        def handle_data(self, data: str) -> None:
            self.parts.append(data)

    parser = Text()
    parser.feed((real_articles().parent / "saved-pages" / name).read_text("utf-8"))
    return " ".join("".join(parser.parts).split())


def page_errors(tmp_path: Path, page: str, sentences: list[str], published: str,
                facts: list[Mapping[str, object]]) -> dict[str, list[Problem]]:
    """Each fact's errors, checked against ``sentences`` of the saved ``page`` (each proved
    verbatim in it first) as the article a.txt."""
    text = saved_page_text(page)
    for sentence in sentences:
        assert sentence in text, sentence
    return errors_by_fact(tmp_path, " ".join(sentences) + "\n", published, facts)


def allowed_stances(text: str, value: str) -> list[str]:
    """The stances the stance reader allows the first ``value`` of ``text``, sorted."""
    from generator.reading import stance_of

    at = text.index(value)
    return sorted(stance_of(text, at, at + len(value)).allowed)


def stance_doubt(text: str, value: str) -> tuple[frozenset[str], str]:
    """The stances the reader allows the first ``value`` of ``text`` (normalised first),
    and its doubt where it allows none."""
    from generator.reading import normalise, stance_of

    plain = normalise(text)
    at = plain.index(value)
    reading = stance_of(plain, at, at + len(value))
    return reading.allowed, reading.doubt


def problems(result: CheckResult) -> list[tuple[str, str, int, int]]:
    """(code, path, line, col) of every problem, in the report's order."""
    return [(p.code, p.position.path, p.position.line, p.position.col) for p in result.report]


def codes(result: CheckResult) -> set[str]:
    return {p.code for p in result.report}


def check(root: Path) -> CheckResult:
    return check_project(root)


def run_cli(root: Path | str, *args: str, env: Mapping[str, str] | None = None,
            timeout: float = 60, command: str = "check") -> subprocess.CompletedProcess[str]:
    """``python -m generator check --root ROOT ARGS`` in a fresh process."""
    environment = {k: v for k, v in os.environ.items() if k != "GITHUB_ACTIONS"}
    environment.update(env or {})
    return subprocess.run(
        [PYTHON, "-m", "generator", command, "--root", str(root), *args],
        capture_output=True, text=True, timeout=timeout, env=environment, cwd=REPO,
        check=False,
    )


def snapshot(root: Path) -> dict[str, tuple[int, int, int, str]]:
    """Every entry under ``root``: mode, size, mtime and (for regular files) a hash.

    Never follows a symlink and never opens anything but a regular file, so FIFOs and
    devices in the tree are safe to snapshot.
    """
    state: dict[str, tuple[int, int, int, str]] = {}
    for folder, dirs, names in os.walk(root, followlinks=False):
        for name in dirs + names:
            path = Path(folder) / name
            info = path.lstat()
            digest = ""
            if stat.S_ISREG(info.st_mode):
                digest = sha256(path.read_bytes())
            elif stat.S_ISLNK(info.st_mode):
                digest = os.readlink(path)
            state[str(path.relative_to(root))] = (info.st_mode, info.st_size,
                                                  info.st_mtime_ns, digest)
    return state


_CRASH = re.compile(r"Traceback|Segmentation fault|\b[A-Z]\w*(?:Error|Exception)\b:")


def no_traceback(stderr: str) -> bool:
    """True when a run's stderr shows no Python traceback or crash."""
    return _CRASH.search(stderr) is None
