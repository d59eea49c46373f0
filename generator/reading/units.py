"""Units of measure, from pint's registry (data/units.json).

Why: names, aliases and dimensions are pint's, built by ``generator/reading/tables.py``:
km, kilometre and kilometer are one unit; km/h is a speed; a tonne (t) is not a ton
(the short ton). Symbols are matched in their case ("MW" is not "mW"); words in any case.
Counted things ("cars", "launchers") are nouns, not units: see nouns.py.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

_TABLE: dict[str, Any] = json.loads(
    (Path(__file__).parent / "data" / "units.json").read_text("utf-8"))
UNIT_TABLE: dict[str, dict[str, Any]] = _TABLE["units"]
UNITS: dict[str, tuple[str, ...]] = {
    key: tuple(entry["symbols"]) + tuple(entry["words"]) for key, entry in UNIT_TABLE.items()}
# Written form -> unit key. Symbols keep their case; words are lower-cased.
UNIT_SYMBOLS = {s: key for key, entry in UNIT_TABLE.items() for s in entry["symbols"]}
UNIT_WORDS = {w: key for key, entry in UNIT_TABLE.items() for w in entry["words"]}
UNIT_ALIASES = {**UNIT_WORDS, **UNIT_SYMBOLS}
# Units written before their number: "Mach 9".
UNITS_BEFORE = {w: key for key, entry in UNIT_TABLE.items() if entry.get("before")
                for w in entry["words"]}
LONGEST_UNIT_WORDS = max(alias.count(" ") + 1 for alias in UNIT_ALIASES)


def dimension(unit: str) -> str:
    return str(UNIT_TABLE[unit]["dimension"]) if unit in UNIT_TABLE else "count"
