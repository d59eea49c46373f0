"""The check one fact file at a time: per-fact rules on other cores, or from the cache.

Most rules look at one fact and its article (quotes and values, the Q3xx and V4xx codes).
Once a fact file is loaded and validated, its facts go to a forked child process that runs
those rules on them, while this process loads the next file; the rules that compare facts
across files (conflicts, coverage, the registry, the page map) run here on all of them.
A child inherits everything already read, so nothing but its problems is sent back.

The result is the same as :func:`generator.check.verify.run_rules` on all the facts at once:
the same problems (the report sorts them by position, and two problems of one rule never
share a position), the same highlights. ``tests/test_parallel_cache.py`` compares them.
"""

from __future__ import annotations

import os
import pickle
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import partial
from typing import Generic, TypeVar

from generator.base.report import Problem
from generator.check.context import Context, first_span
from generator.model import Fact
from generator.model.validate import Entry

# Rules that read one fact (and its article and registry entry) at a time. A rule not
# listed here runs over all the facts at once, which is always correct.
PER_FACT_RULES = frozenset({"Q301", "Q302", "Q303", "Q304", "Q305",
                            "V401", "V402", "V403", "V404", "V405", "V406", "V407", "V408",
                            "V409", "V410"})
# A file with fewer facts is checked here: forking and sending back cost more.
MIN_FORKED_FACTS = 500
# Fewer articles are read for coverage here too (the real fact sheet has five).
MIN_FORKED_ARTICLES = 100
JOBS_VARIABLE = "FACTCHECK_JOBS"

Item = TypeVar("Item")
Result = TypeVar("Result")


@dataclass(slots=True)
class FileChecked:
    """What the per-fact rules found in one fact file: problems, and each fact's first span."""

    problems: list[Problem]
    spans: list[tuple[int, int] | None]
    # Whether each fact's quote stands in its article and supports its value (what
    # generator.check.coverage.checked_facts asks), so this process need not judge it again.
    supported: list[bool] | None = None


def default_jobs() -> int:
    """Processes to use: ``FACTCHECK_JOBS``, else the cores this process may run on."""
    wanted = os.environ.get(JOBS_VARIABLE, "").strip()
    if wanted.isdigit() and int(wanted) > 0:
        return int(wanted)
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        return os.cpu_count() or 1


def can_fork() -> bool:
    """Fork only where it is safe: on Linux, from a process with no other thread."""
    return sys.platform.startswith("linux") and threading.active_count() == 1


def check_file(context: Context, entries: list[Entry[Fact]]) -> FileChecked:
    """Run the per-fact rules on one file's facts, with a memo of their own."""
    from generator.check.rules import ALL_RULES

    local = Context(replace(context.validated, facts=entries), context.folder,
                    context.sources, context.articles, context.unreadable)
    from generator.check.values import diagnose

    problems = [problem for rule in ALL_RULES if rule.ID in PER_FACT_RULES
                for problem in rule.check(local)]
    return FileChecked(problems, [first_span(local, entry.model) for entry in entries],
                       [bool(local.occurrences(entry.model)) and diagnose(local, entry) is None
                        for entry in entries])


@dataclass(slots=True)
class _Child:
    pid: int
    reader: int
    index: int
    entries: list[Entry[Fact]]


class FileRunner:
    """Checks fact files as they come, in up to ``jobs`` forked children; results in order."""

    def __init__(self, context: Context, jobs: int) -> None:
        self.context = context
        self.jobs = jobs if can_fork() else 1
        self.results: dict[int, FileChecked] = {}
        self.running: list[_Child] = []

    def submit(self, index: int, entries: list[Entry[Fact]]) -> None:
        if self.jobs <= 1 or len(entries) < MIN_FORKED_FACTS:
            self.results[index] = check_file(self.context, entries)
            return
        while len(self.running) >= self.jobs:
            self._reap(self.running.pop(0))
        # Normalise the file's articles here, once: the children inherit them, and an
        # article cited from several files is not normalised again in each child.
        for name in {entry.model.source for entry in entries}:
            view = self.context.articles.get(name)
            if view is not None:
                view.plain  # noqa: B018 - computed for its side effect, the memo
        pid, reader = _fork(lambda: check_file(self.context, entries))
        self.running.append(_Child(pid, reader, index, entries))

    def _reap(self, child: _Child) -> None:
        sent = _collect(child.pid, child.reader)
        # A child that died is redone here: the result never depends on it.
        self.results[child.index] = (sent if isinstance(sent, FileChecked)
                                     else check_file(self.context, child.entries))

    def finish(self) -> list[tuple[int, FileChecked]]:
        """Every file's result, in the order of the files' indexes."""
        while self.running:
            self._reap(self.running.pop(0))
        return sorted(self.results.items(), key=lambda item: item[0])


class ForkedMap(Generic[Item, Result]):
    """``function`` over ``items`` in up to ``children`` forked processes, started at once
    and collected by :meth:`results` in the items' order, while this process goes on.

    A child that fails is redone here, so the result never depends on the children; with
    no children, or where forking is unsafe, :meth:`results` does the work itself.
    """

    def __init__(self, function: Callable[[Item], Result], items: list[Item],
                 children: int) -> None:
        self.function = function
        self.children: list[tuple[int, int, list[Item]]] = []  # pid, pipe, chunk
        if children < 1 or not items or not can_fork():
            self.children.append((0, -1, items))
            return
        size = -(-len(items) // children)
        for begin in range(0, len(items), size):
            chunk = items[begin:begin + size]
            pid, reader = _fork(partial(_apply, function, chunk))
            self.children.append((pid, reader, chunk))

    def results(self) -> list[Result]:
        """Every item's result, in the items' order."""
        found: list[Result] = []
        for pid, reader, chunk in self.children:
            sent = _collect(pid, reader) if pid else None
            found.extend(sent if isinstance(sent, list) and len(sent) == len(chunk)
                         else [self.function(item) for item in chunk])
        self.children = []
        return found


def _apply(function: Callable[[Item], Result], chunk: list[Item]) -> list[Result]:
    return [function(item) for item in chunk]


def _fork(work: Callable[[], object]) -> tuple[int, int]:
    """Run ``work`` in a forked child that sends its result back: (pid, the pipe's end)."""
    reader, writer = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: work, send, and leave without running any cleanup
        status = 1
        try:
            os.close(reader)
            data = pickle.dumps(work(), protocol=pickle.HIGHEST_PROTOCOL)
            with os.fdopen(writer, "wb") as out:
                out.write(data)
            status = 0
        finally:
            os._exit(status)
    os.close(writer)
    return pid, reader


def _collect(pid: int, reader: int) -> object | None:
    """What the child sent, or None when it died or sent nothing."""
    with os.fdopen(reader, "rb") as source:
        data = source.read()
    _, status = os.waitpid(pid, 0)
    if os.waitstatus_to_exitcode(status) == 0 and data:
        sent: object = pickle.loads(data)  # our own child's bytes, through our own pipe
        return sent
    return None
