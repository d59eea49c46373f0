"""Stage 2: turn loaded mappings into typed models, reporting every schema error at its node."""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from pydantic import BaseModel, TypeAdapter, ValidationError

from generator.base.report import Position, Problem, Severity
from generator.load import Loc, PosDict, PosList, YamlDocument
from generator.model import (
    DateValue,
    Dismissal,
    Fact,
    Money,
    Page,
    Published,
    Quantity,
    Reference,
    Registry,
    Relation,
    Row,
    Section,
    Site,
    Source,
    Text,
    TextList,
)

T = TypeVar("T", bound=BaseModel)

KNOWN_KEYS = sorted({
    name for model in (Fact, Quantity, Money, DateValue, Text, TextList, Source, Published,
                       Relation, Site, Page, Section, Row, Registry, Reference, Dismissal)
    for name in model.model_fields
})
# Prose keys whose plain (unquoted) value a trailing "# comment" would silently cut short.
PROSE_KEYS = {"quote", "text", "items", "note", "event", "preferred", "title", "publisher",
              "reasoning", "furniture", "intro", "label", "passage", "reason",
              "sentence", "pattern"}
_FACT = TypeAdapter(Fact)
# What a patterned field must look like, in words (never the pattern itself).
FIELD_FORMS = {
    "id": "an id: lower-case letters, digits and single hyphens",
    "noun": "a counted thing in the singular: letters, spaces, hyphens or apostrophes, "
            "starting and ending with a letter (car, staff member)",
    "per": "what a rate is per: a noun or a unit (day, battery)",
    "date": "a date: YYYY, YYYY-MM or YYYY-MM-DD, or an EDTF form of docs/format.md "
            "(XXXX-11-12, 2019-21, 201X, 2019~)",
    "end": "an interval's end: a date as for 'date:', or .. for an open end",
    "not_before": "a date: YYYY, YYYY-MM or YYYY-MM-DD",
    "language": "a language tag such as en, fr or pt-BR",
    "time": "a time of day: HH:MM on a 24-hour clock (06:12, 23:00; 24:00 is midnight), "
            "with a trailing ~ when the quote hedges it",
    "sha256": "a pin: 64 lower-case hexadecimal digits",
    "url": "a web address starting with http:// or https://, with no spaces, quotes or "
           "angle brackets",
}
PIN_HINT = "run 'python -m generator pin': it writes the pin"
FIELD_HINTS = {
    "id": "e.g. s400-range-tass",
    "date": 'write "YYYY", "YYYY-MM" or "YYYY-MM-DD" with a real calendar date',
    "unit": "see the unit list in docs/format.md",
    "currency": "USD, GBP, EUR, RUB, CNY or TRY",
    "amount": "write the number in decimal digits, unquoted",
    "sha256": "run 'python -m generator pin': it writes the pin",
    "url": "an http(s) address without spaces, quotes or angle brackets",
}


@dataclass(frozen=True, slots=True)
class Entry(Generic[T]):
    """A validated model and the positions of its keys and values in its file."""

    model: T
    path: str
    node: PosDict

    def at(self, *keys: str | int) -> Position:
        """The position of the value at ``keys`` (or of the nearest enclosing node)."""
        line, col = locate(self.node, keys)
        return Position(self.path, line, col)


@dataclass(slots=True)
class Validated:
    """Everything the check needs after validation: plain, typed, positioned."""

    facts: list[Entry[Fact]] = field(default_factory=list)
    sources: list[Entry[Source]] = field(default_factory=list)
    references: list[Entry[Reference]] = field(default_factory=list)
    registry_path: str = ""
    fact_files: list[str] = field(default_factory=list)
    invalid_sources: set[str] = field(default_factory=set)
    docs_pages: set[str] = field(default_factory=set)
    site: Entry[Site] | None = None
    problems: list[Problem] = field(default_factory=list)
    # The registry's ``sources_dir:`` as written (relative to the sheet) and where it stands.
    sources_dir: str | None = None
    sources_dir_at: Position | None = None
    sources_dir_from: str = "sheet"  # or "repository": the git repository's root


def _descend(node: Any, keys: Iterable[str | int]) -> tuple[Any, Loc]:
    """Walk the loaded data along ``keys`` as far as it goes: (node, its position).

    Keys that are not in the data (pydantic's union tags) are passed over.
    """
    here: Loc = getattr(node, "start", (1, 1))
    for key in keys:
        if isinstance(node, PosDict) and isinstance(key, str) and key in node:
            here, node = node.value_pos[key], node[key]
        elif isinstance(node, PosList) and isinstance(key, int) and 0 <= key < len(node):
            here, node = node.item_pos[key], node[key]
    return node, here


def locate(node: Any, keys: Iterable[str | int]) -> Loc:
    """The position of the deepest node along ``keys`` that exists."""
    return _descend(node, keys)[1]


def _error(code: str, path: str, loc: Loc, message: str, hint: str = "") -> Problem:
    return Problem(code, Severity.ERROR, Position(path, loc[0], loc[1]), message, hint)


def schema_problems(error: ValidationError, path: str, node: Any,
                    prefix: tuple[str | int, ...] = (), owner: str = "the file") -> list[Problem]:
    """Map pydantic's errors onto the YAML nodes they concern, with a fix for each.

    ``owner`` names what a key is missing from when it is missing at the top of ``node``.
    """
    problems = []
    for item in error.errors(include_url=False):
        loc = prefix + tuple(item["loc"])
        kind = item["type"]
        where = ".".join(str(part) for part in loc) or "the file"
        if kind == "missing":
            name = loc[-1]
            problems.append(_error("S101", path, locate(node, loc[:-1]),
                                   f"missing key '{name}' in "
                                   f"{'.'.join(map(str, loc[:-1])) or owner}",
                                   PIN_HINT if name == "sha256" else f"add '{name}:'"))
        elif kind == "extra_forbidden":
            name = str(loc[-1])
            parent = _descend(node, loc[:-1])[0]
            at = parent.key_pos.get(name, parent.start) if isinstance(parent, PosDict) else (1, 1)
            close = difflib.get_close_matches(name, KNOWN_KEYS, n=1, cutoff=0.6)
            if close and close[0] == name:  # a real key, in the wrong place
                hint = (f"'{name}' is a key of another part of the format, not of this "
                        "mapping: see docs/format.md for where it goes, or remove it")
            else:
                hint = (f"did you mean '{close[0]}'?" if close
                        else "remove it, or check the format reference")
            problems.append(_error("S102", path, at, f"unknown key '{name}'", hint))
        else:
            message = item["msg"]
            if kind == "value_error":  # our own validators' words, without pydantic's label
                message = message.removeprefix("Value error, ")
            if kind in ("union_tag_invalid", "union_tag_not_found"):
                # The input is the whole value mapping; the tag it holds is in the context.
                tag = (item.get("ctx") or {}).get("tag")
                message = ("'kind' must be one of quantity, money, date, text, list; got "
                           f"{tag!r}" if tag is not None else "'kind' is missing")
            elif kind.endswith("_type") and isinstance(item["input"], bool):
                message = (f"{message}; YAML reads yes/no/on/off/true/false as a yes/no value, "
                           "so put it in quotes")
            elif kind == "literal_error":
                message = f"{message}, got {item['input']!r}"
            elif kind == "is_instance_of" and "Decimal" in message:
                message = f"expected a number, got {type(item['input']).__name__}"
            elif kind == "string_pattern_mismatch":
                # pydantic names the regular expression; an editor is told the form in words.
                form = FIELD_FORMS.get(str(loc[-1]) if loc else "", "")
                message = (f"{item['input']!r} is not {form}" if form
                           else f"{item['input']!r} does not have the form this field takes")
            field_name = str(loc[-1]) if loc else ""
            hint = FIELD_HINTS.get(field_name, "see the fact format (docs/format.md)")
            if loc[-2:] == ("date", "date") and item["input"] == "XXXX-XX-XX":
                message = ("a time of day needs its day: YYYY-MM-DD (or XXXX-MM-DD when the "
                           "year is not stated), not 'XXXX-XX-XX'")
                hint = ("quote the words that give the day and name them in relative:, or "
                        "leave the time out")
            elif kind == "value_error" and loc[-1:] == ("date",) and len(loc) == 2:
                # the date value's own checks: its datetime form, time, zone and interval
                message = message.removeprefix("Value error, ")
                if any(word in message for word in ("time", "offset", "seconds")):
                    hint = ("see 'Dates without a year, and times of day' in docs/format.md: "
                            "a time is written 2018-09-16T05:00:00-04:00, or with time: and "
                            "zone:")
            if "stance_scope" in loc and kind in ("model_type", "list_type", "dict_type"):
                message = (f"an answer is a mapping {{cue: <word>, reason: <why>}}, got "
                           f"{item['input']!r}")
                word = item["input"] if isinstance(item["input"], str) else "will"
                hint = (f"write stance_scope: {{cue: {word}, reason: \"...\"}} with your reason, "
                        "or a list of such answers, one per cue word that does not govern the "
                        "value")
            problems.append(_error("S103", path, locate(node, loc), f"{where}: {message}", hint))
    return problems


def refused_positions(document: YamlDocument) -> frozenset[Position]:
    """Where the loader refused a value; built once per document, not once per entry."""
    return frozenset(problem.position for problem in document.problems)


def _fresh(problems: list[Problem], refused: frozenset[Position]) -> list[Problem]:
    """Drop schema errors on a value the loader already refused (and so left empty)."""
    return [problem for problem in problems
            if problem.code not in ("S101", "S103") or problem.position not in refused]


def _comment_cuts(node: PosDict, path: str) -> Iterable[Problem]:
    """Flag prose that ends in an unquoted ``#``: YAML cut it there (rule Y007)."""
    for key in node.commented & PROSE_KEYS:
        yield _error("Y007", path, node.value_pos[key],
                     f"the unquoted '{key}' is followed by '#': YAML cut the text there and kept "
                     "only what came before",
                     f"put the whole {key} in double quotes, or use a block scalar (|)")
    for key, value in node.items():
        if isinstance(value, PosDict):
            yield from _comment_cuts(value, path)
        elif isinstance(value, PosList) and key in PROSE_KEYS:
            for index in sorted(value.commented):
                yield _error("Y007", path, value.item_pos[index],
                             f"the unquoted item of '{key}' is followed by '#': YAML cut it there",
                             "put the item in double quotes")


def _top_list(document: YamlDocument, key: str,
              also: tuple[str, ...] = ()) -> tuple[PosList | None, list[Problem]]:
    """The list under ``key`` in a file whose top level must be a mapping with that key."""
    data = document.data
    if not isinstance(data, PosDict):
        kind = "a list" if isinstance(data, PosList) else "a single value"
        return None, [_error("Y006", document.path, getattr(data, "start", (1, 1)),
                             f"the file holds {kind}; a mapping with '{key}:' is expected",
                             f"start the file with '{key}:'")]
    problems = []
    for extra in data:
        if extra != key and extra not in also:
            close = difflib.get_close_matches(extra, [key], n=1)
            problems.append(_error("S102", document.path, data.key_pos[extra],
                                   f"unknown key '{extra}' at the top of the file",
                                   f"did you mean '{close[0]}'?" if close
                                   else f"only '{key}:' belongs here"))
    items = data.get(key)
    if key not in data:
        problems.append(_error("S101", document.path, data.start, f"missing key '{key}'",
                               f"add '{key}:'"))
        return None, problems
    if not isinstance(items, PosList):
        problems.append(_error("S103", document.path, data.value_pos[key],
                               f"'{key}' must be a list",
                               f"write each entry as '- ' under '{key}:'"))
        return None, problems
    return items, problems


def _mappings(document: YamlDocument, key: str, what: str,
              into: Validated, also: tuple[str, ...] = ()) -> Iterator[PosDict]:
    """Each entry of the list under ``key``; entries that are not mappings are reported."""
    into.problems.extend(document.problems)
    if document.data is None:
        return
    items, problems = _top_list(document, key, also)
    into.problems.extend(problems)
    for index, item in enumerate(items or ()):
        if not isinstance(item, PosDict):
            into.problems.append(_error("S103", document.path, items.item_pos[index],  # type: ignore[union-attr]
                                        f"each {what} must be a mapping of keys",
                                        "start each entry with '- ' and a key"))
            continue
        into.problems.extend(_comment_cuts(item, document.path))
        yield item


# pydantic gives every model a set of the fields it was given; a fact's held 6 to 9 names
# in a 728-byte set, a seventh of a loaded fact's memory. The models are frozen, so nothing
# adds to it (a copy gets a copy of it): models given the same fields share one set.
_FIELD_SETS: dict[frozenset[str], set[str]] = {}


def _share_field_sets(model: BaseModel) -> None:
    """Give ``model`` and the models inside it the shared set of the fields each was given."""
    stack = [model]
    while stack:
        current = stack.pop()
        given = current.__pydantic_fields_set__
        shared = _FIELD_SETS.setdefault(frozenset(given), given)
        if shared is not given:
            object.__setattr__(current, "__pydantic_fields_set__", shared)
        for value in current.__dict__.values():
            if isinstance(value, BaseModel):
                stack.append(value)
            elif isinstance(value, list | tuple):
                stack.extend(item for item in value if isinstance(item, BaseModel))


def _validated(model: type[T] | TypeAdapter[T], item: PosDict, document: YamlDocument,
               owner: str, into: Validated, refused: frozenset[Position]) -> T | None:
    """The model for ``item``, or None with its problems reported at their nodes."""
    try:
        valid = (model.validate_python(item) if isinstance(model, TypeAdapter)
                 else model.model_validate(item))
    except ValidationError as error:
        into.problems.extend(_fresh(schema_problems(error, document.path, item, owner=owner),
                                    refused))
        return None
    _share_field_sets(valid)
    return valid


def validate_facts(documents: list[YamlDocument], into: Validated,
                   seen: dict[str, Position] | None = None) -> None:
    """Validate every fact in every file; one bad fact never hides another.

    ``seen`` (id to position) carries the ids met so far when files come one at a time.
    """
    seen = {} if seen is None else seen
    for document in documents:
        into.fact_files.append(document.path.rsplit("/", 1)[-1])
        refused = refused_positions(document)
        for item in _mappings(document, "facts", "fact", into):
            named = item.get("id")
            owner = f"the fact '{named}'" if isinstance(named, str) else "this fact"
            fact = _validated(_FACT, item, document, owner, into, refused)
            if fact is None:
                continue
            entry = Entry(fact, document.path, item)
            if fact.id in seen:
                into.problems.append(_error("S104", document.path, item.value_pos["id"],
                                            f"duplicate fact id '{fact.id}' (first at "
                                            f"{seen[fact.id]})",
                                            "ids are page anchors and must be unique: rename one"))
                continue
            seen[fact.id] = entry.at("id")
            into.facts.append(entry)


def validate_registry(document: YamlDocument, into: Validated) -> None:
    into.registry_path = document.path
    refused = refused_positions(document)
    _validate_sources_dir(document, into)
    for item in _mappings(document, "sources", "source", into,
                          also=("references", "sources_dir", "sources_dir_from")):
        source = _validated(Source, item, document, "this source entry", into, refused)
        if source is None:
            if isinstance(item.get("file"), str):
                into.invalid_sources.add(item["file"])
            continue
        into.sources.append(Entry(source, document.path, item))
    _validate_references(document, into)


def _validate_sources_dir(document: YamlDocument, into: Validated) -> None:
    """The optional ``sources_dir:`` of the registry: a folder path relative to the sheet."""
    data = document.data
    if not isinstance(data, PosDict):
        return
    if "sources_dir_from" in data:
        base, base_at = data["sources_dir_from"], data.value_pos["sources_dir_from"]
        if base not in ("sheet", "repository"):
            into.problems.append(_error(
                "S103", document.path, base_at, f"'sources_dir_from' is {base!r}, not "
                "'sheet' or 'repository'", "write 'sources_dir_from: repository' for a path "
                "from the root of the git repository, or remove it (the sheet's folder)"))
        elif "sources_dir" not in data:
            into.problems.append(_error(
                "S103", document.path, base_at, "'sources_dir_from' without 'sources_dir'",
                "add 'sources_dir:' with the folder's path, or remove 'sources_dir_from'"))
        else:
            into.sources_dir_from = base
    if "sources_dir" not in data:
        return
    value, at = data["sources_dir"], data.value_pos["sources_dir"]
    hint = ("write the folder's path relative to the sheet (the folder holding facts/), "
            "e.g. 'sources_dir: ../shared/articles', or relative to the repository's root "
            "with 'sources_dir_from: repository'; to name a folder of this machine, set "
            "FACTSHEET_SOURCES_DIR instead")
    if not isinstance(value, str) or not value.strip():
        into.problems.append(_error("S103", document.path, at,
                                    "'sources_dir' must be a folder path", hint))
        return
    if "\0" in value or value.startswith(("/", "\\")) or (len(value) > 1 and value[1] == ":"):
        into.problems.append(_error("S103", document.path, at,
                                    f"'sources_dir' is an absolute path ({value}): it would "
                                    "name a different folder on every machine", hint))
        return
    into.sources_dir = value
    into.sources_dir_at = Position(document.path, at[0], at[1])


def _validate_references(document: YamlDocument, into: Validated) -> None:
    """The optional ``references:`` list of the registry: the editors' outside works."""
    data = document.data
    if not isinstance(data, PosDict) or "references" not in data:
        return
    items = data["references"]
    if not isinstance(items, PosList):
        into.problems.append(_error("S103", document.path, data.value_pos["references"],
                                    "'references' must be a list",
                                    "write each reference as '- ' under 'references:'"))
        return
    for index, item in enumerate(items):
        if not isinstance(item, PosDict):
            into.problems.append(_error("S103", document.path, items.item_pos[index],
                                        "each reference must be a mapping of keys",
                                        "start each entry with '- id:'"))
            continue
        into.problems.extend(_comment_cuts(item, document.path))
        reference = _validated(Reference, item, document, "this reference", into,
                               refused_positions(document))
        if reference is not None:
            into.references.append(Entry(reference, document.path, item))


def validate_site(document: YamlDocument, into: Validated) -> None:
    into.problems.extend(document.problems)
    data = document.data
    if data is None:
        return
    if not isinstance(data, PosDict):
        into.problems.append(_error("Y006", document.path, (1, 1),
                                    "the page map must be a mapping", "start with 'title:'"))
        return
    into.problems.extend(_comment_cuts(data, document.path))
    try:
        site = Site.model_validate(data)
        _share_field_sets(site)
        into.site = Entry(site, document.path, data)
    except ValidationError as error:
        into.problems.extend(_fresh(schema_problems(error, document.path, data),
                                    refused_positions(document)))
