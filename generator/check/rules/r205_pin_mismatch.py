"""Each article's sha256 matches its pin in the registry.

Why: articles are evidence. An edited article fails until it is pinned again with
``python -m generator pin``, so that every change to the evidence is deliberate and shows
in review.

Passing::

    sha256: df16f24c2c9a7a72d767930f23168c4b69a391f1e2b4040c95a65605d58c248d

Failing::

    sha256: 0000000000000000000000000000000000000000000000000000000000000000
    # error[R205] 002_23fc4c3bdc32fffa.txt has changed: its sha256 is df16f24c…,
    #   the pin says 00000000…
"""

from __future__ import annotations

from collections.abc import Iterator

from generator.base.report import Problem
from generator.check.context import Context
from generator.check.reporter import Reporter

ID = "R205"
NAME = "pin-mismatch"
STAGE = "verify"
report = Reporter(ID)


def check(context: Context) -> Iterator[Problem]:
    for name, view in context.articles.items():
        entry = context.sources[name]
        actual = view.sha256()
        if actual != entry.model.sha256:
            yield report(entry.at("sha256"),
                         f"{name} has changed: its sha256 is {actual[:12]}…, the pin says "
                         f"{entry.model.sha256[:12]}…",
                         "if the change to the article is deliberate, run "
                         "'python -m generator pin' and commit the new pin")
