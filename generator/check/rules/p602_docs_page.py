"""A hand-written page that ``facts/site.yml`` names exists in ``docs/``, once.

Why: the nav comes from the page map. A page it names that is missing would be a dead
entry, and one named twice would stand in two places; pages of ``docs/`` it does not name
are left off the site (with a build note), so an editors' page never reaches readers by
accident. ``rules.md`` is the generated rules reference and needs ``rules_page: true``.

Passing::

    methodology: methodology.md
    editors: {title: For editors, pages: [format.md]}

Failing::

    methodology: methodology.md
    editors: {title: For editors, pages: [methodology.md]}
    # error[P602] docs/methodology.md is named twice in the page map
"""

from __future__ import annotations

from collections.abc import Iterator

from generator.base.report import Problem
from generator.check.context import Context
from generator.check.reporter import Reporter

ID = "P602"
NAME = "docs-page"
STAGE = "verify"
report = Reporter(ID)
RULES = "rules.md"


def check(context: Context) -> Iterator[Problem]:
    site = context.validated.site
    if site is None:
        return
    model = site.model
    named: list[tuple[str, tuple[str | int, ...]]] = []
    if model.methodology:
        named.append((model.methodology, ("methodology",)))
    if model.editors is not None:
        named += [(name, ("editors", "pages", index))
                  for index, name in enumerate(model.editors.pages)]
    pages = context.validated.docs_pages
    seen: set[str] = set()
    for name, keys in named:
        where = site.at(*keys)
        if name in seen:
            yield report(where, f"docs/{name} is named twice in the page map",
                         "name each page of docs/ once: remove this entry")
            continue
        seen.add(name)
        if name == RULES and RULES not in pages:
            if not model.rules_page:
                yield report(where, "rules.md is the generated rules reference, which this "
                             "sheet does not publish", "add rules_page: true to facts/site.yml, "
                             "or remove this entry")
            continue
        if name in pages:
            continue
        if not name.endswith(".md"):
            hint = f"name the Markdown page itself, e.g. {name}.md"
        else:
            hint = ("write the page there, or name one of: "
                    f"{', '.join(sorted(pages)) or 'none (docs/ holds no page)'}")
        yield report(where, f"the page map names docs/{name}, which does not exist", hint)
