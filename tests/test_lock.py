"""The lock: generated from requirements.in by the pinned uv, every package hashed, and
installed with --require-hashes. `make lock` regenerates it; these checks need no network."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s;\\]+)")


def canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def pins(text: str) -> dict[str, str]:
    found = {}
    for line in text.splitlines():
        match = PIN.match(line)
        if match:
            found[canonical(match[1])] = match[2]
    return found


LOCK = (ROOT / "requirements.lock").read_text(encoding="utf-8")
WANTED = (ROOT / "requirements.in").read_text(encoding="utf-8")


def test_every_locked_package_carries_hashes() -> None:
    blocks = re.split(r"\n(?=\S)", LOCK)
    packages = [block for block in blocks if PIN.match(block)]
    assert len(packages) >= 40
    for block in packages:
        assert re.search(r"--hash=sha256:[0-9a-f]{64}", block), block.splitlines()[0]


def test_the_lock_holds_every_requirement_at_its_pinned_version() -> None:
    locked = pins(LOCK)
    for name, version in pins(WANTED).items():
        assert locked.get(name) == version, f"{name}=={version}: run 'make lock'"


def test_the_lock_was_written_by_uv_from_requirements_in() -> None:
    assert "uv pip compile requirements.in --generate-hashes" in LOCK.splitlines()[1]
    assert "uv" in pins(WANTED), "the tool that writes the lock is pinned with the rest"


def test_every_dependency_of_the_package_is_a_requirement() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    declared = [*project["dependencies"],
                *[d for group in project["optional-dependencies"].values() for d in group]]
    wanted = pins(WANTED)
    for requirement in declared:
        name = canonical(re.split(r"[<>=!~\[; ]", requirement, maxsplit=1)[0])
        assert name in wanted, f"{name} is in pyproject.toml but not in requirements.in"


def test_make_installs_with_require_hashes() -> None:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert "--require-hashes -r requirements.lock" in makefile
    assert re.search(r"^lock:", makefile, re.MULTILINE)
