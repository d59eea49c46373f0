"""The ``mkdocs serve`` rebuild after one fact edit, measured in one process as serve runs it.

    python -m benchmarks.rebuild ROOT [--profile FILE]

On a copy of the project at ``ROOT`` (its ``facts/``, ``docs/`` and ``mkdocs.yml``):
MkDocs' configuration is loaded as ``serve`` loads it (``on_startup(command="serve")``, so
the fact-sheet plugin keeps its :class:`~generator.check.incremental.CheckMemo` between
builds), the site is built once, one fact's note is edited and the site built again: that
is the rebuild. Then the memo, the compiled templates and the evidence-page cache are
dropped and the site built
again with the same inputs: the cold build of the same run, warm imports and all. The
check runs serially, as it does under serve (whose threads rule out forking). With
``--profile``, one more edit is rebuilt under cProfile and its statistics saved there.
Prints one JSON line: wall and CPU seconds of each build.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import logging
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any


def _timed(work: Any) -> tuple[float, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    work()
    return time.perf_counter() - wall, time.process_time() - cpu


def serve_rebuild(source: Path, profile: Path | None = None) -> dict[str, Any]:
    os.environ["FACTCHECK_JOBS"] = "1"  # serve's threads keep the check in one process
    logging.getLogger("mkdocs").setLevel(logging.ERROR)
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    from benchmarks.run import _edit_one_fact
    from generator.check.incremental import CheckMemo
    from generator.site import render
    from generator.site.incremental import TemplateCode

    with tempfile.TemporaryDirectory(prefix="bench-rebuild-") as tmp:
        root = Path(tmp) / "project"
        root.mkdir()
        shutil.copy2(source / "mkdocs.yml", root / "mkdocs.yml")
        for folder in ("facts", "docs"):
            if (source / folder).is_dir():
                shutil.copytree(source / folder, root / folder,
                                ignore=shutil.ignore_patterns(".cache"))
        site = Path(tmp) / "site"
        started = load_config(config_file=str(root / "mkdocs.yml"), site_dir=str(site))
        started.plugins.on_startup(command="serve", dirty=False)
        plugin: Any = started.plugins["factsheet"]

        def full_build() -> None:
            build(load_config(config_file=str(root / "mkdocs.yml"), site_dir=str(site)))

        result: dict[str, Any] = {}
        try:
            result["first_build"] = _timed(full_build)  # imports, templates, the memo
            result["edit"] = _edit_one_fact(root / "facts")
            result["rebuild"] = _timed(full_build)
            result["memo_hits"] = plugin.memo.store.hits
            result["composed"] = plugin.memo.composed
            plugin.memo, plugin.templates = CheckMemo(), TemplateCode()
            render._EVIDENCE_CACHE.clear()
            result["cold"] = _timed(full_build)
            if profile is not None:
                _edit_one_fact(root / "facts")
                profiler = cProfile.Profile()
                profiler.runcall(full_build)
                profile.parent.mkdir(parents=True, exist_ok=True)
                profiler.dump_stats(str(profile))
        except BaseException as error:  # mkdocs raises SystemExit-derived Abort
            result["error"] = f"the build failed: {type(error).__name__}: {error}"
        return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.rebuild", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("root", type=Path)
    parser.add_argument("--profile", type=Path)
    args = parser.parse_args(argv)
    print(json.dumps(serve_rebuild(args.root.resolve(), args.profile)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
