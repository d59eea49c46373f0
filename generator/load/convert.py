"""Composed YAML nodes to plain values: our own scalar rules, positions kept compactly.

Scalars become plain values by the rules of ``docs/format.md``; every mapping and sequence
is a :class:`PosDict` or :class:`PosList` that knows where its parts stand. The walk is
iterative (nesting never recurses in Python) and each text is kept once per file: a key
or a source name written a thousand times is one string, not a thousand.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from typing import Any

import yaml

from generator.base.report import Problem
from generator.load.positions import Loc, PosDict, PosList, pack, problem, unpack

MAX_DEPTH = 64
STR = "tag:yaml.org,2002:str"
INT = "tag:yaml.org,2002:int"
FLOAT = "tag:yaml.org,2002:float"
BOOL = "tag:yaml.org,2002:bool"
NULL = "tag:yaml.org,2002:null"
TIMESTAMP = "tag:yaml.org,2002:timestamp"
MAP = "tag:yaml.org,2002:map"
SEQ = "tag:yaml.org,2002:seq"
PLAIN_TAGS = {STR, INT, FLOAT, BOOL, NULL, TIMESTAMP, MAP, SEQ}

_DECIMAL_INT = re.compile(r"[-+]?(0|[1-9][0-9]*)\Z")
_DECIMAL_FLOAT = re.compile(r"[-+]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][-+]?[0-9]+)?\Z")
# YAML 1.1 (PyYAML) wants a sign in a float's exponent, so plain 1.0e9 would load as
# text; a plain scalar with a decimal point and an exponent is read as the number it is.
# (1e9, with no point, stays text: docs/format.md.)
_POINT_EXPONENT = re.compile(r"[-+]?[0-9]+\.[0-9]*[eE][-+]?[0-9]+\Z")
# The largest figure a fact may hold: under 10^(MAX_EXPONENT+1), MAX_DIGITS significant digits
# Beyond that a number is a typo, and Decimal arithmetic on it overflows or hangs.
MAX_EXPONENT = 30
MAX_DIGITS = 28


class Converter:
    """Turns composed nodes into plain values iteratively, recording positions and problems."""

    def __init__(self, path: str, lines: list[str], problems: list[Problem]) -> None:
        self.path = path
        self.lines = lines
        self.problems = problems
        self.seen: set[int] = set()
        # Each text once: the composer makes a new string for every key and value.
        self.texts: dict[str, str] = {}

    def error(self, code: str, loc: Loc, message: str, hint: str = "") -> None:
        self.problems.append(problem(code, self.path, loc, message, hint))

    def text(self, raw: str) -> str:
        return self.texts.setdefault(raw, raw)

    def convert(self, root: yaml.Node) -> Any:
        holder: list[Any] = []
        # Each stack entry: (node, container, key-or-index, depth)
        stack: list[tuple[yaml.Node, Any, Any, int]] = [(root, holder, None, 1)]
        while stack:
            node, parent, slot, depth = stack.pop()
            value = self.node_value(node, depth)
            if isinstance(parent, PosDict):
                dict.__setitem__(parent, slot, value)
            else:
                parent.append(value)
            if isinstance(node, yaml.MappingNode) and value is not None:
                # Pushed in reverse so they pop, and are inserted, in the file's order.
                stack.extend(reversed(self.mapping_children(node, value, depth)))
            elif isinstance(node, yaml.SequenceNode) and value is not None:
                children = [(child, value, None, depth + 1) for child in node.value]
                places = [_place(node)]
                for index, child in enumerate(node.value):
                    places.append(_place(child))
                    if self.comment_follows(child):
                        value.commented = {*value.commented, index}
                value.set_places(places)
                # Items are appended in order: push in reverse so they pop in order.
                stack.extend(reversed(children))
        return holder[0]

    def node_value(self, node: yaml.Node, depth: int) -> Any:
        identity = id(node)
        if identity in self.seen:  # pragma: no cover - aliases are refused before composing
            self.error("Y003", _loc(node), "YAML aliases (*name) are not allowed",
                       "write the value out in full")
            return None
        self.seen.add(identity)
        if node.tag not in PLAIN_TAGS:
            self.error("Y003", _loc(node), f"the tag {node.tag} is not allowed",
                       "remove the tag; fact files hold plain text, numbers, lists and mappings")
            return None
        if depth > MAX_DEPTH:
            self.error("Y006", _loc(node), f"nesting deeper than {MAX_DEPTH} levels",
                       "flatten the structure")
            return None
        if isinstance(node, yaml.MappingNode):
            return PosDict(_loc(node))
        if isinstance(node, yaml.SequenceNode):
            return PosList(_loc(node))
        assert isinstance(node, yaml.ScalarNode)
        return self.scalar(node)

    def mapping_children(
        self, node: yaml.MappingNode, mapping: PosDict, depth: int
    ) -> list[tuple[yaml.Node, Any, Any, int]]:
        children = []
        # The mapping's place, then each kept key's and value's, in the order the keys are
        # inserted (as the children pop); the first place of each key, for duplicates.
        places = [_place(node)]
        first: dict[str, int] = {}
        for key_node, value_node in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                self.error("Y003", _loc(key_node), "merge keys (<<) are not allowed",
                           "write the keys out in full")
                continue
            if not isinstance(key_node, yaml.ScalarNode) or key_node.tag != STR:
                raw = key_node.value if isinstance(key_node, yaml.ScalarNode) else "a collection"
                kind = _TAG_NAMES.get(key_node.tag, "not text")
                self.error("Y004", _loc(key_node), f"the key {raw!s} is read as {kind}, not text",
                           f"put the key in quotes (\"{raw}\") or rename it")
                continue
            key = self.text(key_node.value)
            if key in first:
                self.error("Y002", _loc(key_node),
                           f"duplicate key '{key}' (first at line {unpack(first[key])[0]})",
                           "PyYAML would silently keep only one of them; remove or rename one")
                continue
            first[key] = _place(key_node)
            places += (first[key], _place(value_node))
            if self.comment_follows(value_node):
                mapping.commented = {*mapping.commented, key}
            children.append((value_node, mapping, key, depth + 1))
        mapping.set_places(places)
        return children

    def comment_follows(self, node: yaml.Node) -> bool:
        """True when a plain scalar is followed on its last line by a ``#`` comment."""
        if not isinstance(node, yaml.ScalarNode) or node.style or node.tag != STR:
            return False  # plain style is None in PyYAML's composer and "" in libyaml's
        end = node.end_mark
        rest = self.lines[end.line][end.column:] if end.line < len(self.lines) else ""
        return rest.lstrip().startswith("#")

    def scalar(self, node: yaml.ScalarNode) -> Any:
        tag, raw = node.tag, node.value
        if tag == STR and not node.style and _POINT_EXPONENT.match(raw):
            return self.number(node, raw)
        if tag in (STR, TIMESTAMP):
            return self.text(raw)  # unquoted dates stay as their ISO text; validation checks them
        if tag == NULL:
            return None
        if tag == BOOL:
            return raw.lower() in ("true", "yes", "on", "y")
        if (tag == INT and _DECIMAL_INT.match(raw.replace("_", ""))) or (
                tag == FLOAT and _DECIMAL_FLOAT.match(raw)):
            return self.number(node, raw)
        self.error("Y004", _loc(node), f"the number {raw} is not a plain decimal",
                   "write it in decimal digits (e.g. 1000000000 or 1.0e9), "
                   "or quote it if it is text")
        return None

    def number(self, node: yaml.ScalarNode, raw: str) -> int | Decimal | None:
        """A decimal int or Decimal, refused (Y004) when too large or precise to be a figure."""
        try:
            value = Decimal(raw.replace("_", ""))
        except InvalidOperation:  # pragma: no cover - the patterns admit only decimals
            value = Decimal("NaN")
        if not value.is_finite() or abs(value.adjusted()) > MAX_EXPONENT or len(
                value.as_tuple().digits) > MAX_DIGITS:
            self.error("Y004", _loc(node), f"the number {_clip(raw)} is out of range",
                       f"a figure has at most {MAX_DIGITS} digits and lies within "
                       f"10^-{MAX_EXPONENT}..10^{MAX_EXPONENT}; quote it if it is text")
            return None
        if node.tag == INT:
            return int(value)
        return value


def _clip(raw: str) -> str:
    return raw if len(raw) <= 40 else raw[:37] + "..."


_TAG_NAMES = {BOOL: "a yes/no value", INT: "a number", FLOAT: "a number", NULL: "empty (null)",
              TIMESTAMP: "a date", MAP: "a mapping", SEQ: "a list"}


def _loc(node: yaml.Node) -> Loc:
    return (node.start_mark.line + 1, node.start_mark.column + 1)


def _place(node: yaml.Node) -> int:
    """The node's position, packed (see :mod:`generator.load.positions`)."""
    return pack(node.start_mark.line + 1, node.start_mark.column + 1)

