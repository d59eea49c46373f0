"""The check's memory, counted in objects and bytes (never timed).

At 100k facts the check held about 9.4 KB per fact, most of it in the loader's positions
(a ``(line, col)`` tuple for every key and value, in two dictionaries per mapping). These
tests fail when that comes back: the positions must stay packed, and the bytes a fact
costs, measured with ``tracemalloc`` on a 1,000-fact corpus, must stay under bounds that
the old loader exceeded (6.6 KB per fact loaded and validated, 13.4 KB at the check's
peak; now 2.3 KB and 9.0 KB).
"""

from __future__ import annotations

import gc
import tracemalloc
from array import array
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from benchmarks.corpus import generate
from generator.check.pipeline import FACTS_DIR, check_project, fact_files
from generator.load import PosDict, PosList, load_yaml_file, load_yaml_text
from generator.model.validate import Validated, validate_facts

FACTS = 1_000
# Generous bounds, above today's figures and below the old loader's.
LOADED_BYTES_PER_FACT = 3_500
CHECK_PEAK_BYTES_PER_FACT = 12_000


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("memory") / "corpus"
    generate(root, FACTS, FACTS // 10)
    return root


def _containers(data: Any) -> Iterator[PosDict | PosList]:
    stack = [data]
    while stack:
        node = stack.pop()
        if isinstance(node, PosDict | PosList):
            yield node
            stack.extend(node.values() if isinstance(node, PosDict) else node)


def _facts_text(count: int) -> str:
    return "facts:\n" + "".join(
        f"  - id: f{n}\n    quote: \"q {n}\"\n    value: {{kind: list, items: [a, b{n}]}}\n"
        for n in range(count))


def test_positions_are_packed_one_int_each() -> None:
    """A loaded file holds one array of packed positions per mapping and list: no tuples."""
    document = load_yaml_text(_facts_text(200), "facts/x.yml")
    containers = list(_containers(document.data))
    assert len(containers) == 1 + 1 + 200 * 3  # the file, its list, each fact, value, items
    for node in containers:
        referents = gc.get_referents(node)
        assert not [r for r in referents if isinstance(r, tuple) or type(r) is dict], (
            "a loaded mapping or list keeps a tuple or dictionary beside its values")
        places = node._places
        assert isinstance(places, array) and places.typecode == "Q"
        assert len(places) == 1 + (2 * len(node) if isinstance(node, PosDict) else len(node))
    fact = document.data["facts"][7]
    # Positions still read back as (line, col), and at the same places as ever.
    assert fact.start == (2 + 3 * 7, 5)
    assert fact.key_pos["quote"] == (3 + 3 * 7, 5)
    assert fact.value_pos["quote"] == (3 + 3 * 7, 12)
    assert fact["value"]["items"].item_pos[1] == (4 + 3 * 7, 36)
    assert dict(fact.value_pos) == {"id": (2 + 3 * 7, 9), "quote": (3 + 3 * 7, 12),
                                    "value": (4 + 3 * 7, 12)}


def test_repeated_text_is_kept_once() -> None:
    """Keys and values written many times are one string each, not one per occurrence."""
    document = load_yaml_text(_facts_text(50), "facts/x.yml")
    facts = document.data["facts"]
    assert len({id(key) for fact in facts for key in fact}) == 3
    assert len({id(fact["value"]["items"][0]) for fact in facts}) == 1


def test_a_large_mapping_finds_each_position_once() -> None:
    """Past a few keys a mapping indexes its keys once, so reading every position of a
    mapping of n keys is n lookups, not n squared."""
    text = "\n".join(f"k{n}: {n}" for n in range(5_000)) + "\n"
    data = load_yaml_text(text, "facts/x.yml").data
    assert [data.value_pos[f"k{n}"] for n in range(0, 5_000, 1_000)] == [
        (1 + n, 4 + len(str(n))) for n in range(0, 5_000, 1_000)]
    assert data._index is not None and len(data._index) == 5_000


def _traced(work: Any) -> tuple[Any, int, int]:
    """``work()``'s result, the bytes it left allocated and its peak, by tracemalloc."""
    was_tracing = tracemalloc.is_tracing()
    if not was_tracing:
        tracemalloc.start()
    try:
        gc.collect()
        before = tracemalloc.get_traced_memory()[0]
        tracemalloc.reset_peak()
        result = work()
        now, peak = tracemalloc.get_traced_memory()
        return result, now - before, peak - before
    finally:
        if not was_tracing:
            tracemalloc.stop()


def _load_and_validate(root: Path) -> Validated:
    validated = Validated()
    documents = [load_yaml_file(path, f"{FACTS_DIR}/{path.name}")
                 for path in fact_files(root / FACTS_DIR)]
    validate_facts(documents, validated)
    return validated


def test_loaded_and_validated_facts_stay_small(corpus: Path) -> None:
    _load_and_validate(corpus)  # first-use caches (pydantic's, the regular expressions)
    validated, kept, _ = _traced(lambda: _load_and_validate(corpus))
    assert len(validated.facts) == FACTS
    assert kept / FACTS < LOADED_BYTES_PER_FACT, f"{kept / FACTS:.0f} bytes per loaded fact"


def test_the_check_peak_stays_small(corpus: Path) -> None:
    check_project(corpus)  # first-use caches
    result, _, peak = _traced(lambda: check_project(corpus))
    assert len(result.validated.facts) == FACTS
    assert peak / FACTS < CHECK_PEAK_BYTES_PER_FACT, f"{peak / FACTS:.0f} bytes per fact at peak"
