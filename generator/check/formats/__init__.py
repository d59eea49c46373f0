"""Output formats for the report, one module each: ``text``, ``github``, ``json``, ``sarif``."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from generator.base.report import Report
from generator.check.formats import github, json_format, sarif, text

FORMATS: dict[str, Callable[[Report], str]] = {
    "text": text.render,
    "github": github.render,
    "json": json_format.render,
    "sarif": sarif.render,
}
# Each format as pieces written one after another (the same text as ``FORMATS``): a report
# of 300,000 problems is never held as one string.
STREAMS: dict[str, Callable[[Report], Iterable[str]]] = {
    "text": text.lines,
    "github": github.lines,
    "json": json_format.chunks,
    "sarif": lambda report: (sarif.render(report),),
}
