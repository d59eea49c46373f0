"""Composing one YAML file: exactly one document, no aliases, no custom tags, bounded depth.

YAML is composed (never constructed) so that no tag can run code and no alias can expand;
:class:`~generator.load.convert.Converter` then turns the nodes into plain values.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from generator.base.report import Problem
from generator.load.convert import MAX_DEPTH, Converter, _loc
from generator.load.files import FACT_FILE_LIMIT, read_text
from generator.load.positions import Loc, problem

try:  # the C composer where present; the pure-Python one otherwise
    from yaml import CSafeLoader as _YamlLoader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _YamlLoader  # type: ignore[assignment]

# The C composer recurses per nesting level and crashes far below the file size limit;
# nesting deeper than this is refused before composing.
COMPOSER_SAFE_DEPTH = 2000
# On a thread with a 256 MiB stack the composer is safe far deeper than this bound; past
# it, the exact depth is measured from the event stream before composing.
DEEP_STACK = 256 * 1024 * 1024
THREAD_SAFE_DEPTH = 100_000
# YAML's line breaks (YAML 1.1 counts NEL, LS and PS too), for the parser's line numbers.
_LINE_BREAK = re.compile("\r\n|[\r\n\x85\u2028\u2029]")


@dataclass(slots=True)
class YamlDocument:
    """A composed YAML file: its plain data, or the problems that stopped it loading."""

    path: str
    data: Any = None
    problems: list[Problem] = field(default_factory=list)


def _depth_bound(text: str) -> int:
    """A cheap upper bound on nesting: flow brackets plus the longest line's length.

    Block nesting needs an indent or a "- "/"? " per level on some line, so no line is
    shorter than the block depth it reaches; each flow level needs a bracket.
    """
    brackets = text.count("[") + text.count("{")
    if brackets > THREAD_SAFE_DEPTH:
        return brackets
    longest = max((len(line) for line in _LINE_BREAK.split(text)), default=0)
    return brackets + longest


def _compose_all(text: str, deep: bool) -> list[yaml.Node]:
    """Compose every document; ``deep`` nesting is composed on a thread with a large stack.

    libyaml's composer recurses once per level and crashes the process past some tens of
    thousands of levels on the usual 8 MiB stack.
    """
    if not deep:
        return list(yaml.compose_all(text, Loader=_YamlLoader))
    outcome: list[Any] = []

    def work() -> None:
        try:
            outcome.append(list(yaml.compose_all(text, Loader=_YamlLoader)))
        except BaseException as error:  # handed to the caller below
            outcome.append(error)

    previous = threading.stack_size(DEEP_STACK)
    try:
        worker = threading.Thread(target=work, name="yaml-compose")
        worker.start()
    finally:
        threading.stack_size(previous)
    worker.join()
    if isinstance(outcome[0], BaseException):
        raise outcome[0]
    return outcome[0]  # type: ignore[no-any-return]


def _measure_depth(text: str) -> tuple[int, Loc]:
    """Exact nesting depth from libyaml's event stream, which keeps its own stack."""
    depth = deepest = 0
    where: Loc = (1, 1)
    for event in yaml.parse(text, Loader=_YamlLoader):
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            if depth > deepest:
                deepest = depth
                where = _mark_loc(event.start_mark)
            if deepest > MAX_DEPTH:
                break
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1
    return deepest, where


def load_yaml_file(path: Path, display: str) -> YamlDocument:
    """Read, decode and compose one YAML file into plain data with positions."""
    document = YamlDocument(display)
    text, failure = read_text(path, display, FACT_FILE_LIMIT, "Y006")
    if failure is not None or text is None:
        document.problems.append(failure)  # type: ignore[arg-type]
        return document
    return load_yaml_text(text, display)


def load_yaml_text(text: str, display: str) -> YamlDocument:
    """Compose YAML text: exactly one document, no aliases, no custom tags, bounded depth."""
    document = YamlDocument(display)
    try:
        bound = _depth_bound(text)
        if bound > THREAD_SAFE_DEPTH:
            deepest, where = _measure_depth(text)
            if deepest > MAX_DEPTH:
                document.problems.append(problem(
                    "Y006", display, where,
                    f"nesting deeper than {MAX_DEPTH} levels", "flatten the structure"))
                return document
        if "*" in text and _aliases(text, display, document.problems):
            return document  # refused before composing: nothing is expanded or half-read
        nodes = _compose_all(text, deep=bound > COMPOSER_SAFE_DEPTH)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        loc = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        what = " ".join(" ".join(part.split()) for part in (error.context, error.problem) if part)
        line_text = text.split("\n")[loc[0] - 1] if loc[0] - 1 < text.count("\n") + 1 else ""
        hint = ("indent with spaces: YAML does not allow tabs" if "\t" in line_text else
                "check the indentation and quoting on this line or the one before")
        document.problems.append(problem("Y001", display, loc, f"YAML syntax error: {what}", hint))
        return document
    except yaml.reader.ReaderError as error:
        # A control character: say where it stands, not "position 1234 of <unicode string>".
        document.problems.append(problem(
            "Y001", display, _unprintable_loc(text),
            f"YAML error: the control character {_codepoint(error.character)} is not allowed",
            "remove the control character"))
        return document
    except yaml.YAMLError as error:
        document.problems.append(problem("Y001", display, (1, 1),
                                         f"YAML error: {' '.join(str(error).split())}"))
        return document
    except RecursionError:  # only the pure-Python composer recurses in Python
        document.problems.append(problem("Y006", display, (1, 1), "nesting too deep to read",
                                         "flatten the structure"))
        return document
    if len(nodes) != 1 or nodes[0] is None:
        if not nodes:
            document.problems.append(problem("Y006", display, (1, 1), "the file is empty",
                                             "write a mapping with the expected keys"))
        else:
            second = nodes[1] if len(nodes) > 1 else nodes[0]
            loc = (second.start_mark.line + 1, 1) if second is not None else (1, 1)
            document.problems.append(problem(
                "Y006", display, loc,
                f"the file holds {len(nodes)} YAML documents; one is expected",
                "remove the extra '---' separator"))
        return document
    converter = Converter(display, _LINE_BREAK.split(text), document.problems)
    document.data = converter.convert(nodes[0])
    if document.data is None and not document.problems:
        document.problems.append(problem("Y006", display, _loc(nodes[0]),
                                         "the file holds only an empty value (null)",
                                         "write a mapping with the expected keys"))
    return document


# What YAML's reader refuses (PyYAML's reader.NON_PRINTABLE). libyaml reports a byte
# offset and PyYAML a character offset, so the character is found again here.
_NON_PRINTABLE = re.compile(
    "[^\x09\x0A\x0D\x20-\x7E\x85\xA0-\uD7FF\uE000-\uFFFD\U00010000-\U0010FFFF]")


def _unprintable_loc(text: str) -> Loc:
    match = _NON_PRINTABLE.search(text)
    offset = match.start() if match else 0
    line_start = max(text.rfind("\n", 0, offset), text.rfind("\r", 0, offset)) + 1
    return (len(_LINE_BREAK.findall(text, 0, offset)) + 1, offset - line_start + 1)


def _aliases(text: str, display: str, problems: list[Problem]) -> bool:
    """Report each alias where it is written; True if there was one.

    Run on the event stream, before composing: the composer would hand back the anchored
    node, with the anchor's position, wherever the alias stands. A syntax error here is
    left for the composer to report.
    """
    found = []
    try:
        for event in yaml.parse(text, Loader=_YamlLoader):
            if isinstance(event, yaml.AliasEvent):
                found.append(problem(
                    "Y003", display, _mark_loc(event.start_mark),
                    f"YAML aliases (*{event.anchor}) are not allowed",
                    "write the value out in full"))
    except yaml.YAMLError:
        return False
    problems.extend(found)
    return bool(found)


def _codepoint(character: int | str) -> str:
    return f"U+{character if isinstance(character, int) else ord(character[:1] or chr(0)):04X}"


def _mark_loc(mark: Any) -> Loc:
    """1-based (line, column) of a parser mark; (1, 1) when the parser gave none."""
    return (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)


