"""``python -m generator render OUT``: the same pages as the site, written as Markdown.

For other engines (Zensical reads ``mkdocs.yml``) and for review. The output folder is
replaced as a whole and atomically; it may not lie inside ``facts/`` or ``docs/``.
"""

from __future__ import annotations

import sys
from pathlib import Path

from generator.atomic import replace_tree, write_text
from generator.formats.text import render as render_report
from generator.publish import build_pageset


def render_to_disk(root: Path, out: Path) -> int:
    resolved = out.resolve()
    for protected in ("facts", "docs"):
        guarded = (root / protected).resolve()
        if resolved == guarded or guarded in resolved.parents:
            print(f"error: refusing to write into {protected}/: choose another folder",
                  file=sys.stderr)
            return 2
    pageset = build_pageset(root)
    sys.stderr.write(render_report(pageset.result.report))
    if not pageset.result.ok:
        return 1

    def fill(folder: Path) -> None:
        for page in pageset.pages:
            write_text(folder / page.path, page.markdown)
        for name, content in pageset.assets.items():
            write_text(folder / name, content)

    replace_tree(resolved, fill)
    print(f"wrote {len(pageset.pages)} pages and {len(pageset.assets)} exports to {out}",
          file=sys.stderr)
    return 0
