"""What ``mkdocs serve`` keeps between rebuilds on the site's side.

MkDocs makes a new Jinja environment for the theme on every build, so each rebuild
compiled every Material template again (about a third of a rebuild of the real sheet
after one fact edit, as profiled). :class:`TemplateCode` is a Jinja bytecode cache held in
memory by the plugin for the whole ``serve``: a template is compiled once, and again only
when its source changes (Jinja checks each template's source checksum against the stored
one). The pages are the same bytes; only the compiling is skipped.

The generator's own pages are cached by the content hash of their inputs
(:mod:`generator.site.render`'s evidence-page cache) and its check by
:mod:`generator.check.incremental`.
"""

from __future__ import annotations

import jinja2
from jinja2.bccache import Bucket


class TemplateCode(jinja2.BytecodeCache):
    """Compiled templates in memory, by Jinja's key (template name and file)."""

    def __init__(self) -> None:
        self.stored: dict[str, bytes] = {}

    def load_bytecode(self, bucket: Bucket) -> None:
        code = self.stored.get(bucket.key)
        if code is not None:
            bucket.bytecode_from_string(code)  # Jinja drops it if the checksum differs

    def dump_bytecode(self, bucket: Bucket) -> None:
        self.stored[bucket.key] = bucket.bytecode_to_string()
