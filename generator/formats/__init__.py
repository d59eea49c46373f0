"""Output formats for the report, one module each: ``text``, ``github``, ``json``, ``sarif``."""

from __future__ import annotations

from collections.abc import Callable

from generator.formats import github, json_format, sarif, text
from generator.report import Report

FORMATS: dict[str, Callable[[Report], str]] = {
    "text": text.render,
    "github": github.render,
    "json": json_format.render,
    "sarif": sarif.render,
}
