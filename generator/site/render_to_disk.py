"""``python -m generator render OUT``: the same pages as the site, written as Markdown.

For other engines (Zensical reads ``mkdocs.yml``) and for review. The output folder is
replaced as a whole and atomically; it may not lie inside ``facts/`` or ``docs/``. Each
page starts with a ``title:`` front matter: the plugin gives MkDocs the titles, and an
engine without it (Zensical) would take them from the nav labels instead.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from generator.base.atomic import replace_tree, write_text
from generator.check.formats.text import render as render_report
from generator.site.publish import build_pageset, safe_title
from generator.site.render import RenderedPage

MARKER = ".generator-render"


def unsafe_output(root: Path, out: Path) -> str | None:
    """Why ``out`` may not be replaced by a render, or None.

    The output folder is replaced as a whole, so it must not hold or lie inside the
    project's own content, and an existing folder must be one an earlier render made.
    """
    resolved = out.resolve()
    if resolved == root.resolve() or resolved in root.resolve().parents:
        return f"{out} holds {root}"
    for protected in (root / "facts", root / "docs"):  # a folder such as build/ is fine
        guarded = protected.resolve()
        if resolved == guarded or guarded in resolved.parents or resolved in guarded.parents:
            return f"{out} holds or lies inside {protected}"
    if resolved.exists() and any(resolved.iterdir()) and not (resolved / MARKER).exists():
        return f"{out} is a non-empty folder that no earlier render made"
    return None


def front_matter(page: RenderedPage) -> str:
    """The page's title as YAML front matter, escaped as the plugin escapes titles.

    A JSON string is a valid YAML double-quoted scalar, so no title can break out of it.
    """
    return f"---\ntitle: {json.dumps(safe_title(page.title), ensure_ascii=False)}\n---\n\n"


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
            write_text(folder / page.path, front_matter(page) + page.markdown)
        for name, content in pageset.assets.items():
            write_text(folder / name, content)
        write_text(folder / MARKER, "made by python -m generator render; replaced as a whole\n")

    replace_tree(resolved, fill)
    print(f"wrote {len(pageset.pages)} pages and {len(pageset.assets)} exports to {out}",
          file=sys.stderr)
    return 0
