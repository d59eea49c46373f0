"""The exports' JSON writer gives json.dumps(indent=2, ensure_ascii=False)'s bytes exactly."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

from factcheck_helpers import REPO
from hypothesis import example, given, settings
from hypothesis import strategies as st

from generator.check.pipeline import check_project
from generator.exports import EXPORT_ANNOTATIONS, EXPORT_JSON, build_exports
from generator.exports.jsontext import dumps_indented

SCALARS = (st.none() | st.booleans() | st.integers() | st.floats()
           | st.text(alphabet=st.characters(blacklist_categories=("Cs",))))
KEYS = st.text(max_size=8) | st.integers() | st.floats() | st.booleans() | st.none()
VALUES = st.recursive(SCALARS, lambda inner: st.lists(inner, max_size=4)
                      | st.tuples(inner, inner)
                      | st.dictionaries(KEYS, inner, max_size=4), max_leaves=30)


def standard(value: Any) -> str:
    return json.dumps(value, indent=2, ensure_ascii=False)


@settings(max_examples=400, deadline=None)
@given(VALUES)
@example({"": [], "a": {}, "b": [[], {}, [{}]], "c": "\u2028\x00\"\\\n\t"})
@example([float("nan"), float("inf"), -float("inf"), -0.0, 1e16, 1e-7, 2**70])
@example({2: "int key", 1.5: "float key", True: "t", False: "f", None: "n"})
def test_same_text_as_json_dumps(value: Any) -> None:
    assert dumps_indented(value) == standard(value)


def test_what_json_cannot_write_fails_as_json_does() -> None:
    looped: list[Any] = []
    looped.append(looped)
    for value in ({"amount": Decimal("1.5")}, {(1, 2): "tuple key"}, [object()], looped):
        try:
            standard(value)
        except (TypeError, ValueError) as expected:
            try:
                dumps_indented(value)
            except type(expected) as raised:
                assert str(raised) == str(expected)
            else:
                raise AssertionError(f"{value!r} was written")
        else:
            raise AssertionError(f"json.dumps wrote {value!r}")


def test_the_exports_are_what_json_dumps_writes() -> None:
    result = check_project(REPO)
    exports = build_exports(result)
    for name in (EXPORT_JSON, EXPORT_ANNOTATIONS):
        assert exports[name] == standard(json.loads(exports[name])) + "\n"


@given(VALUES, st.sampled_from(["", "\n"]))
def test_an_end_is_written_after_the_text(value: Any, end: str) -> None:
    assert dumps_indented(value, end=end) == standard(value) + end
