"""The generator's commands that write to disk: ``render``, ``pages`` and ``built``.

``python -m generator render OUT`` writes the generated pages as portable Markdown, for
review: the folder is replaced as a whole and atomically.

``python -m generator pages OUT [--config FILE]`` writes the whole docs folder an engine
builds (generated pages, exports, hand-written pages, a marker page), rewriting only the
files whose bytes changed (:mod:`generator.site.generate`), and the engine's configuration.

``python -m generator built SITE --pages OUT`` fails when an engine's build left out the
generated pages: the marker page with this folder's stamp, and every page and export.

No output folder may lie inside ``facts/`` or ``docs/``. Each generated page starts with a
``title:`` front matter, once: an engine without the plugin takes the titles from it.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import yaml

from generator.base.atomic import replace_tree, write_text
from generator.check.formats.text import render as render_report
from generator.site.generate import (
    MANIFEST,
    build_notes,
    directory_urls_of,
    docs_folder,
    engine_config,
    generate,
    missing_from_site,
    page_text,
    plugin_options,
    project_config,
    write_folder,
)
from generator.site.publish import build_pageset

MARKER = ".generator-render"


def unsafe_output(root: Path, out: Path, marker: str = MARKER) -> str | None:
    """Why ``out`` may not be written by a render, or None.

    The output folder is replaced (or kept in step) as a whole, so it must not hold or lie
    inside the project's own content, and an existing folder must be one an earlier run
    made (it holds ``marker``).
    """
    resolved = out.resolve()
    if resolved == root.resolve() or resolved in root.resolve().parents:
        return f"{out} holds {root}"
    for protected in (root / "facts", root / "docs"):  # a folder such as build/ is fine
        guarded = protected.resolve()
        if resolved == guarded or guarded in resolved.parents or resolved in guarded.parents:
            return f"{out} holds or lies inside {protected}"
    if resolved.exists() and any(resolved.iterdir()) and not (resolved / marker).exists():
        return f"{out} is a non-empty folder that no earlier run made"
    return None


def render_to_disk(root: Path, out: Path) -> int:
    why = unsafe_output(root, out)
    if why is not None:
        print(f"error: refusing to replace {out}: {why}; choose a new folder", file=sys.stderr)
        return 2
    resolved = out.resolve()
    pageset = build_pageset(root)
    sys.stderr.write(render_report(pageset.result.report))
    if not pageset.result.ok:
        return 1

    def fill(folder: Path) -> None:
        for page in pageset.pages:
            write_text(folder / page.path, page_text(page))
        for name, content in pageset.assets.items():
            write_text(folder / name, content)
        write_text(folder / MARKER, "made by python -m generator render; replaced as a whole\n")

    replace_tree(resolved, fill)
    print(f"wrote {len(pageset.pages)} pages and {len(pageset.assets)} exports to {out}",
          file=sys.stderr)
    return 0


def run_pages(root: Path, out: Path, config_path: Path | None = None) -> int:
    """``pages OUT``: the docs folder every engine builds, kept in step by content hash."""
    why = unsafe_output(root, out, MANIFEST)
    if why is None and config_path is not None and config_path.resolve().is_relative_to(
            out.resolve()):
        why = f"the configuration {config_path} would lie inside {out}"
    if why is not None:
        print(f"error: refusing to write {out}: {why}; choose a new folder", file=sys.stderr)
        return 2
    try:
        config = project_config(root)
    except (OSError, yaml.YAMLError) as error:
        print(f"{root / 'mkdocs.yml'}: error: cannot read the engine configuration ({error}); "
              "write a plain mkdocs.yml next to facts/", file=sys.stderr)
        return 1
    hand_nav = config.get("nav") is not None
    generation = generate(root, directory_urls_of(config), hand_nav=hand_nav)
    sys.stderr.write(render_report(generation.pageset.result.report))
    for note in build_notes(root, generation, hand_nav):
        print(f"note: {note}", file=sys.stderr)
    for problem in generation.problems():
        print(f"error: {problem}", file=sys.stderr)
    if not generation.ok:
        return 1
    files = docs_folder(root, generation, str(config.get("site_url") or ""),
                        config.get("edit_uri"),
                        plugin_options(config).get("search_evidence", True) is not False)
    done = write_folder(out, files)
    if config_path is not None:
        docs_dir = os.path.relpath(out.resolve(), config_path.resolve().parent)
        engine = engine_config(config, generation, docs_dir, "site")
        text = yaml.safe_dump(engine, sort_keys=False, allow_unicode=True)
        old = config_path.read_text("utf-8") if config_path.is_file() else None
        if old != text:
            write_text(config_path, text)
    print(f"{len(done.written)} file(s) written, {len(done.removed)} removed, {done.kept} "
          f"unchanged in {out}", file=sys.stderr)
    return 0


def run_built(site: Path, docs: Path) -> int:
    """``built SITE --pages OUT``: 1 when the engine skipped the generated pages."""
    problems = missing_from_site(site, docs)
    for problem in problems:
        print(f"error: {problem}", file=sys.stderr)
    if problems:
        print(f"error: {len(problems)} problem(s): this site is not the fact sheet; "
              "nothing is published", file=sys.stderr)
        return 1
    return 0
