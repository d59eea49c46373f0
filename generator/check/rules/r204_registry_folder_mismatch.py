"""The registry and the sources folder agree both ways.

Why: an article nobody registered has no metadata or pin, and a registered article that
is missing has no text. A name that differs only in case or Unicode form is named.

Passing: every file in ``facts/sources/`` has one entry in ``sources.yml`` and back. A
folder the registry names with ``sources_dir:`` (outside the sheet) must hold every
registered article; its other files belong to no one here and are not reported.

Failing::

    file: 005_missing.txt      # no such file in facts/sources/
    # error[R204] registered article '005_missing.txt' is not in facts/sources
"""

from __future__ import annotations

from collections.abc import Iterator

from generator.base.report import Position, Problem
from generator.check.context import Context
from generator.check.reporter import Reporter
from generator.load.articles import SOURCES_ENV

ID = "R204"
NAME = "registry-folder-mismatch"
STAGE = "verify"
report = Reporter(ID)


def check(context: Context) -> Iterator[Problem]:
    folder = context.folder
    if folder.missing and folder.external:
        named = SOURCES_ENV if SOURCES_ENV in folder.base else "'sources_dir:'"
        yield report(folder.declared_at or Position(context.validated.registry_path),
                     f"the sources folder named by {named}, {folder.display} "
                     f"({folder.base}), {folder.why}",
                     f"put the articles there, or correct {named}" + (
                         " (or unset it to read 'sources_dir:')" if named == SOURCES_ENV
                         else "; CI and the tests check them out beside the repository; "
                         f"a machine that keeps them elsewhere sets {SOURCES_ENV} to "
                         "their folder"))
        return
    if folder.missing:
        yield report(Position(context.validated.registry_path or folder.display),
                     f"the sources folder {folder.display} {folder.why}",
                     "create it and put the articles in it")
        return
    present = set(folder.entries)
    for name, entry in context.sources.items():
        if name in present or folder.unsafe_reason(name):
            continue
        near = folder.near_match(name)
        hint = (f"the folder has '{near}', which matches only when case or Unicode form is "
                "ignored: use the exact name" if near else "add the file, or remove the entry")
        yield report(entry.at("file"), f"registered article '{name}' is not in {folder.display}",
                     hint)
    if folder.external:
        return
    where = Position(context.validated.registry_path or folder.display)
    for name in folder.entries:
        if name not in context.sources and name not in context.validated.invalid_sources:
            yield report(where, f"{folder.display}/{name} is not registered",
                         f"add an entry with 'file: {name}' and its metadata, then run "
                         "'python -m generator pin'")
