"""Stage 1: read YAML and articles safely, keeping the position of every value.

Nothing here knows what a fact is. YAML is composed (never constructed) so that no tag can
run code and no alias can expand; scalars are turned into plain values by our own rules
(see ``docs/format.md``); every mapping and sequence remembers where its parts stand.
"""

from __future__ import annotations

import os
import re
import stat
import threading
import unicodedata
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import yaml

from generator.report import Position, Problem, Severity

try:  # the C composer where present; the pure-Python one otherwise
    from yaml import CSafeLoader as _YamlLoader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _YamlLoader  # type: ignore[assignment]

FACT_FILE_LIMIT = 16 * 1024 * 1024
ARTICLE_LIMIT = 2 * 1024 * 1024
MAX_DEPTH = 64
# The C composer recurses per nesting level and crashes far below the file size limit;
# nesting deeper than this is refused before composing.
COMPOSER_SAFE_DEPTH = 2000
# On a thread with a 256 MiB stack the composer is safe far deeper than this bound; past
# it, the exact depth is measured from the event stream before composing.
DEEP_STACK = 256 * 1024 * 1024
THREAD_SAFE_DEPTH = 100_000

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
# YAML's line breaks (YAML 1.1 counts NEL, LS and PS too), for the parser's line numbers.
_LINE_BREAK = re.compile("\r\n|[\r\n\x85\u2028\u2029]")

Loc = tuple[int, int]
# Most nodes have no commented value: they share this empty set until one is added (an empty
# set per mapping and sequence was a tenth of a loaded fact's memory).
_NO_KEYS: frozenset[str] = frozenset()
_NO_ITEMS: frozenset[int] = frozenset()


class PosDict(dict[str, Any]):
    """A mapping from YAML that knows where it, its keys and its values stand."""

    __slots__ = ("commented", "key_pos", "start", "value_pos")

    def __init__(self, start: Loc) -> None:
        super().__init__()
        self.start = start
        self.key_pos: dict[str, Loc] = {}
        self.value_pos: dict[str, Loc] = {}
        self.commented: frozenset[str] | set[str] = _NO_KEYS


class PosList(list[Any]):
    """A sequence from YAML that knows where it and its items stand."""

    __slots__ = ("commented", "item_pos", "start")

    def __init__(self, start: Loc) -> None:
        super().__init__()
        self.start = start
        self.item_pos: list[Loc] = []
        self.commented: frozenset[int] | set[int] = _NO_ITEMS


@dataclass(slots=True)
class YamlDocument:
    """A composed YAML file: its plain data, or the problems that stopped it loading."""

    path: str
    data: Any = None
    problems: list[Problem] = field(default_factory=list)


def _problem(code: str, path: str, loc: Loc, message: str, hint: str = "") -> Problem:
    return Problem(code, Severity.ERROR, Position(path, loc[0], loc[1]), message, hint)


def _size(limit: int) -> str:
    return f"{limit // (1024 * 1024)} MiB ({limit:,} bytes)"


def _open_regular(path: Path, limit: int) -> tuple[bytes | None, str]:
    """Read a regular file of at most ``limit`` bytes; return (bytes, "") or (None, why)."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOFOLLOW", 0))
    except FileNotFoundError:
        return None, "does not exist"
    except OSError as error:
        if os.path.islink(path):
            return None, "is a symbolic link"
        return None, f"cannot be opened ({error.strerror})"
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            return None, "is a directory"
        if not stat.S_ISREG(info.st_mode):
            return None, "is not a regular file (a FIFO, socket or device)"
        if info.st_size > limit:
            return None, f"is {info.st_size:,} bytes, over the limit of {_size(limit)}"
        # Read what fstat promised (plus one byte, to see growth), then on in 1 MiB steps:
        # read(limit + 1) would allocate the whole limit for every small file.
        chunks = [os.read(fd, min(info.st_size, limit) + 1)]
        total = len(chunks[0])
        while chunks[-1] and total <= limit:
            chunks.append(os.read(fd, min(1 << 20, limit + 1 - total)))
            total += len(chunks[-1])
        if total > limit:
            return None, f"is over the limit of {_size(limit)}"
        return b"".join(chunks), ""
    finally:
        os.close(fd)


def _utf16(data: bytes) -> str:
    """"UTF-16 (little-endian)" or "(big-endian)" when the bytes are UTF-16, else "".

    By its byte-order mark, or, without one, by a NUL in every other byte of the start
    (ASCII text written as UTF-16), so the message names the encoding, not a bad byte.
    """
    if data.startswith(b"\xff\xfe"):
        return "UTF-16 (little-endian)"
    if data.startswith(b"\xfe\xff"):
        return "UTF-16 (big-endian)"
    head = data[: min(len(data), 512) & ~1]
    if len(head) >= 8:
        if head[1::2].count(0) == len(head) // 2 and head[0::2].count(0) == 0:
            return "UTF-16 (little-endian)"
        if head[0::2].count(0) == len(head) // 2 and head[1::2].count(0) == 0:
            return "UTF-16 (big-endian)"
    return ""


def decode_utf8(data: bytes, path: str) -> tuple[str | None, Problem | None]:
    """Decode UTF-8 (a byte-order mark is accepted); report a bad byte at its line and column."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    utf16 = _utf16(data)
    if utf16:
        return None, _problem("Y005", path, (1, 1), f"the file is {utf16}, not UTF-8",
                              "save it as UTF-8 (in the editor's Save As or encoding menu)")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        before = data[: error.start]
        line = before.count(b"\n") + 1
        col = len(before[before.rfind(b"\n") + 1:].decode("utf-8", "replace")) + 1
        return None, _problem(
            "Y005", path, (line, col),
            f"byte 0x{data[error.start]:02x} is not valid UTF-8",
            "save the file as UTF-8",
        )
    nul = text.find("\0")
    if nul != -1:
        line = text.count("\n", 0, nul) + 1
        col = nul - (text.rfind("\n", 0, nul) + 1) + 1
        return None, _problem("Y005", path, (line, col), "the file holds a NUL byte: it is binary, "
                              "not text", "store plain UTF-8 text")
    return text, None


def read_text(path: Path, display: str, limit: int, code: str) -> tuple[str | None, Problem | None]:
    """Read a regular UTF-8 file under ``limit`` bytes, or say why not under ``code``."""
    data, why = _open_regular(path, limit)
    if data is None:
        return None, _problem(code, display, (1, 1), f"{display} {why}")
    return decode_utf8(data, display)


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
    text, problem = read_text(path, display, FACT_FILE_LIMIT, "Y006")
    if problem is not None or text is None:
        document.problems.append(problem)  # type: ignore[arg-type]
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
                document.problems.append(_problem(
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
        document.problems.append(_problem("Y001", display, loc, f"YAML syntax error: {what}", hint))
        return document
    except yaml.reader.ReaderError as error:
        # A control character: say where it stands, not "position 1234 of <unicode string>".
        document.problems.append(_problem(
            "Y001", display, _unprintable_loc(text),
            f"YAML error: the control character {_codepoint(error.character)} is not allowed",
            "remove the control character"))
        return document
    except yaml.YAMLError as error:
        document.problems.append(_problem("Y001", display, (1, 1),
                                          f"YAML error: {' '.join(str(error).split())}"))
        return document
    except RecursionError:  # only the pure-Python composer recurses in Python
        document.problems.append(_problem("Y006", display, (1, 1), "nesting too deep to read",
                                          "flatten the structure"))
        return document
    if len(nodes) != 1 or nodes[0] is None:
        if not nodes:
            document.problems.append(_problem("Y006", display, (1, 1), "the file is empty",
                                              "write a mapping with the expected keys"))
        else:
            second = nodes[1] if len(nodes) > 1 else nodes[0]
            loc = (second.start_mark.line + 1, 1) if second is not None else (1, 1)
            document.problems.append(_problem(
                "Y006", display, loc,
                f"the file holds {len(nodes)} YAML documents; one is expected",
                "remove the extra '---' separator"))
        return document
    converter = _Converter(display, _LINE_BREAK.split(text), document.problems)
    document.data = converter.convert(nodes[0])
    if document.data is None and not document.problems:
        document.problems.append(_problem("Y006", display, _loc(nodes[0]),
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
                found.append(_problem(
                    "Y003", display, _mark_loc(event.start_mark),
                    f"YAML aliases (*{event.anchor}) are not allowed",
                    "write the value out in full"))
    except yaml.YAMLError:
        return False
    problems.extend(found)
    return bool(found)


class _Converter:
    """Turns composed nodes into plain values iteratively, recording positions and problems."""

    def __init__(self, path: str, lines: list[str], problems: list[Problem]) -> None:
        self.path = path
        self.lines = lines
        self.problems = problems
        self.seen: set[int] = set()

    def error(self, code: str, loc: Loc, message: str, hint: str = "") -> None:
        self.problems.append(_problem(code, self.path, loc, message, hint))

    def convert(self, root: yaml.Node) -> Any:
        holder: list[Any] = []
        # Each stack entry: (node, container, key-or-index, depth)
        stack: list[tuple[yaml.Node, Any, Any, int]] = [(root, holder, None, 1)]
        while stack:
            node, parent, slot, depth = stack.pop()
            value = self.node_value(node, depth)
            if isinstance(parent, PosDict):
                parent[slot] = value
            else:
                parent.append(value)
            if isinstance(node, yaml.MappingNode) and value is not None:
                # Pushed in reverse so they pop, and are inserted, in the file's order.
                stack.extend(reversed(self.mapping_children(node, value, depth)))
            elif isinstance(node, yaml.SequenceNode) and value is not None:
                children = [(child, value, None, depth + 1) for child in node.value]
                for child in node.value:
                    value.item_pos.append(_loc(child))
                    if self.comment_follows(child):
                        value.commented = {*value.commented, len(value.item_pos) - 1}
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
            key = key_node.value
            if key in mapping.key_pos:
                first = mapping.key_pos[key]
                self.error("Y002", _loc(key_node),
                           f"duplicate key '{key}' (first at line {first[0]})",
                           "PyYAML would silently keep only one of them; remove or rename one")
                continue
            mapping.key_pos[key] = _loc(key_node)
            mapping.value_pos[key] = _loc(value_node)
            if self.comment_follows(value_node):
                mapping.commented = {*mapping.commented, key}
            children.append((value_node, mapping, key, depth + 1))
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
            return raw  # unquoted dates stay as their ISO text; validation checks them
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


def _codepoint(character: int | str) -> str:
    return f"U+{character if isinstance(character, int) else ord(character[:1] or chr(0)):04X}"


def _clip(raw: str) -> str:
    return raw if len(raw) <= 40 else raw[:37] + "..."


_TAG_NAMES = {BOOL: "a yes/no value", INT: "a number", FLOAT: "a number", NULL: "empty (null)",
              TIMESTAMP: "a date", MAP: "a mapping", SEQ: "a list"}


def _mark_loc(mark: Any) -> Loc:
    """1-based (line, column) of a parser mark; (1, 1) when the parser gave none."""
    return (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)


def _loc(node: yaml.Node) -> Loc:
    return (node.start_mark.line + 1, node.start_mark.column + 1)


# ---------------------------------------------------------------------------------------
# Articles


@dataclass(frozen=True, slots=True)
class Article:
    """An article's exact bytes and text (a leading byte-order mark removed from the text)."""

    name: str
    data: bytes
    text: str


@dataclass(slots=True)
class SourceFolder:
    """The sources folder: its regular entries, read once, and lookups that never escape it."""

    root: Path
    display: str
    entries: list[str] = field(default_factory=list)
    missing: bool = False
    why: str = "does not exist"
    _unsafe: dict[str, str | None] = field(default_factory=dict)

    @classmethod
    def scan(cls, root: Path, display: str) -> SourceFolder:
        folder = cls(root, display)
        if root.is_symlink() or root.parent.is_symlink():
            # A symlinked folder would make anything on the machine (/etc, /proc/self)
            # evidence that passes every per-file check inside it.
            folder.missing = True
            folder.why = "is reached through a symbolic link; it must be a real folder"
            return folder
        try:
            folder.entries = sorted(name for name in os.listdir(root) if not name.startswith("."))
        except OSError:
            folder.missing = True
        return folder

    def near_match(self, name: str) -> str | None:
        """An entry equal to ``name`` only when case and Unicode form are ignored."""
        wanted = unicodedata.normalize("NFC", name).casefold()
        for entry in self.entries:
            if entry != name and unicodedata.normalize("NFC", entry).casefold() == wanted:
                return entry
        return None

    def unsafe_reason(self, name: str) -> str | None:
        """Why ``name`` is not a plain file name inside this folder, or None (asked once)."""
        if name not in self._unsafe:
            self._unsafe[name] = self._unsafe_reason(name)
        return self._unsafe[name]

    def _unsafe_reason(self, name: str) -> str | None:
        if not name or name in (".", ".."):
            return "is not a file name"
        if "/" in name or "\\" in name or "\0" in name:
            return "is a path; name the file only, as it stands in the sources folder"
        if os.path.isabs(name):
            return "is an absolute path"
        target = self.root / name
        if target.is_symlink():
            real = Path(os.path.realpath(target))
            try:
                real.relative_to(os.path.realpath(self.root))
            except ValueError:
                return "is a symbolic link that leads out of the sources folder"
        return None

    def read(self, name: str) -> tuple[Article | None, str]:
        """Read an article; (None, why) when it cannot be evidence."""
        path = self.root / name
        if path.is_symlink():
            path = Path(os.path.realpath(path))
        data, why = _open_regular(path, ARTICLE_LIMIT)
        if data is None:
            return None, why
        text, problem = decode_utf8(data, name)
        if text is None:
            return None, problem.message if problem else "cannot be read"
        return Article(name, data, text), ""
