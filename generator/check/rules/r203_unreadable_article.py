"""A registered article is a readable regular UTF-8 text file under the size cap.

Why: a directory, a FIFO (which would hang the check), a device, binary data, NUL bytes or
a file over 2 MiB cannot be evidence.

Passing: a UTF-8 text file (a byte-order mark and CRLF line endings are fine).

Failing::

    file: 005_binary.txt    # holds a NUL byte
    # error[R203] article '005_binary.txt' cannot be read: the file holds a NUL byte
"""

from __future__ import annotations

from collections.abc import Iterator

from generator.base.report import Problem
from generator.check.context import Context
from generator.check.reporter import Reporter

ID = "R203"
NAME = "unreadable-article"
STAGE = "verify"
report = Reporter(ID)


def check(context: Context) -> Iterator[Problem]:
    for name, why in sorted(context.unreadable.items()):
        yield report(context.sources[name].at("file"), f"article '{name}' cannot be read: {why}",
                     "store the article as a plain UTF-8 text file")
