"""Where loaded YAML values stand, kept compactly: one int per position, one array per node.

A fact of a dozen keys and values has some thirty positions. Kept as ``(line, col)`` tuples
in two dictionaries per mapping they were 2.7 KB of a loaded fact's 6.4 KB; packed into an
``array`` (``line << 32 | col``, eight bytes each) they are about 200 bytes. A position is
turned back into ``(line, col)`` only when it is asked for, when a problem is reported.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterator, Mapping, Sequence
from typing import Any, overload

from generator.base.report import Position, Problem, Severity

Loc = tuple[int, int]
# Most nodes have no commented value: they share this empty set until one is added (an empty
# set per mapping and sequence was a tenth of a loaded fact's memory).
_NO_KEYS: frozenset[str] = frozenset()
_NO_ITEMS: frozenset[int] = frozenset()
# A mapping with more keys than this finds a key's position through an index built once;
# a smaller one by scanning its keys, which costs less than keeping the index.
_SCAN_KEYS = 16
_COL_BITS = 32
_COL_MASK = (1 << _COL_BITS) - 1


def pack(line: int, col: int) -> int:
    """One int for a 1-based (line, col); a 16 MiB file has fewer than 2**32 of either."""
    return line << _COL_BITS | col


def unpack(place: int) -> Loc:
    return (place >> _COL_BITS, place & _COL_MASK)


def problem(code: str, path: str, loc: Loc, message: str, hint: str = "") -> Problem:
    """An error at ``loc`` of ``path``: the loader's and the validator's one constructor."""
    return Problem(code, Severity.ERROR, Position(path, loc[0], loc[1]), message, hint)


class PosDict(dict[str, Any]):
    """A mapping from YAML that knows where it, its keys and its values stand.

    ``_places`` holds the mapping's own position, then each key's and its value's, in the
    order of the keys: the loader sets it once, in the order it then inserts the keys, and
    the mapping is not changed afterwards.
    """

    __slots__ = ("_index", "_places", "commented")

    def __init__(self, start: Loc) -> None:
        super().__init__()
        self._places = array("Q", (pack(*start),))
        self._index: dict[str, int] | None = None
        self.commented: frozenset[str] | set[str] = _NO_KEYS

    def set_places(self, places: list[int]) -> None:
        """The loader's one call: the mapping's place, then each key's and value's, packed."""
        self._places = array("Q", places)

    def packed(self) -> bytes:
        """Every position of the mapping, as bytes (what a content hash of it needs)."""
        return self._places.tobytes()

    @property
    def start(self) -> Loc:
        return unpack(self._places[0])

    @property
    def key_pos(self) -> _KeyPlaces:
        """Where each key is written."""
        return _KeyPlaces(self, 1)

    @property
    def value_pos(self) -> _KeyPlaces:
        """Where each key's value starts."""
        return _KeyPlaces(self, 2)

    def _slot(self, key: str) -> int:
        """The key's rank among the keys; KeyError when it is not one of them."""
        if len(self) <= _SCAN_KEYS:
            for rank, name in enumerate(self):
                if name == key:
                    return rank
            raise KeyError(key)
        if self._index is None:
            self._index = {name: rank for rank, name in enumerate(self)}
        return self._index[key]

    def _place(self, key: str, which: int) -> Loc:
        return unpack(self._places[2 * self._slot(key) + which])


class _KeyPlaces(Mapping[str, Loc]):
    """A read-only view: key to the (line, col) of the key (1) or of its value (2)."""

    __slots__ = ("_node", "_which")

    def __init__(self, node: PosDict, which: int) -> None:
        self._node = node
        self._which = which

    def __getitem__(self, key: str) -> Loc:
        if not isinstance(key, str):
            raise KeyError(key)
        return self._node._place(key, self._which)

    def __contains__(self, key: object) -> bool:
        return key in self._node

    def __iter__(self) -> Iterator[str]:
        return iter(self._node)

    def __len__(self) -> int:
        return len(self._node)


class PosList(list[Any]):
    """A sequence from YAML that knows where it and its items stand.

    ``_places`` holds the sequence's own position, then each item's, set once.
    """

    __slots__ = ("_places", "commented")

    def __init__(self, start: Loc) -> None:
        super().__init__()
        self._places = array("Q", (pack(*start),))
        self.commented: frozenset[int] | set[int] = _NO_ITEMS

    def set_places(self, places: list[int]) -> None:
        """The loader's one call: the sequence's place, then each item's, packed."""
        self._places = array("Q", places)

    def packed(self) -> bytes:
        """Every position of the sequence, as bytes (what a content hash of it needs)."""
        return self._places.tobytes()

    @property
    def start(self) -> Loc:
        return unpack(self._places[0])

    @property
    def item_pos(self) -> _ItemPlaces:
        """Where each item starts."""
        return _ItemPlaces(self._places)


class _ItemPlaces(Sequence[Loc]):
    """A read-only view: index to the (line, col) of the item."""

    __slots__ = ("_places",)

    def __init__(self, places: array[int]) -> None:
        self._places = places

    @overload
    def __getitem__(self, index: int) -> Loc: ...

    @overload
    def __getitem__(self, index: slice) -> list[Loc]: ...

    def __getitem__(self, index: int | slice) -> Loc | list[Loc]:
        if isinstance(index, slice):
            return [self[i] for i in range(len(self))[index]]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError(index)
        return unpack(self._places[index + 1])

    def __len__(self) -> int:
        return len(self._places) - 1
