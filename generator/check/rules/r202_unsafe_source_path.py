"""A source is a plain file name inside the sources folder.

Why: a pull request can name ``../../etc/passwd`` or add a symlink to
``/proc/self/environ``; publishing it would leak CI's environment. Absolute paths, ``..``,
separators and symlinks that leave the folder are refused, in the registry and in facts.

Passing::

    file: 002_23fc4c3bdc32fffa.txt

Failing::

    file: ../../etc/passwd
    # error[R202] '../../etc/passwd' is a path; name the file only, as it stands in the
    #   sources folder
"""

from __future__ import annotations

from collections.abc import Iterator

from generator.base.report import Problem
from generator.check.context import Context
from generator.check.reporter import Reporter

ID = "R202"
NAME = "unsafe-source-path"
STAGE = "verify"
report = Reporter(ID)


def check(context: Context) -> Iterator[Problem]:
    folder = context.folder
    for source in context.validated.sources:
        why = folder.unsafe_reason(source.model.file)
        if why:
            yield report(source.at("file"), f"'{source.model.file}' {why}",
                         "keep articles as regular files directly inside the sources folder")
    for entry in context.validated.facts:
        why = folder.unsafe_reason(entry.model.source)
        if why and entry.model.source not in context.sources:
            yield report(entry.at("source"), f"source '{entry.model.source}' {why}",
                         "name a registered article file", entry.model.id)
