"""The page map (``facts/site.yml``) agrees with the facts.

Why: the page map puts facts on pages. It must name fact files that exist, key figures
that are fact ids, and page paths once each; every fact file must be on a page; facts
on a timeline page need an ``event`` headline.

Passing::

    pages:
      - {path: timeline, title: Timeline, kind: timeline, files: [timeline.yml]}

Failing::

    pages:
      - {path: timeline, title: Timeline, kind: timeline, files: [timelin.yml]}
    # error[P601] page 'timeline' names the fact file 'timelin.yml', which does not exist
"""

from __future__ import annotations

from collections.abc import Iterator

from generator.base.report import Problem
from generator.check.context import Context
from generator.check.reporter import Reporter

ID = "P601"
NAME = "page-map"
STAGE = "verify"
report = Reporter(ID)
RESERVED_PATHS = {"index", "sources", "rules"}


def check(context: Context) -> Iterator[Problem]:
    site = context.validated.site
    if site is None:
        return
    files = set(context.validated.fact_files)
    ids = {entry.model.id for entry in context.validated.facts}
    placed: set[str] = set()
    paths: set[str] = set()
    for index, page in enumerate(site.model.pages):
        if page.path in paths:
            yield report(site.at("pages", index, "path"), f"page path '{page.path}' is used twice",
                         "give each page its own path")
        paths.add(page.path)
        for position, name in enumerate(page.files):
            placed.add(name)
            if name not in files:
                yield report(site.at("pages", index, "files", position),
                             f"page '{page.path}' names the fact file '{name}', "
                             "which does not exist",
                             f"fact files: {', '.join(sorted(files)) or 'none'}")
        if page.path in RESERVED_PATHS:
            yield report(site.at("pages", index, "path"),
                         f"page path '{page.path}' is taken by a generated page",
                         f"choose another path; {', '.join(sorted(RESERVED_PATHS))} are reserved")
        for written in (f"{page.path}.md", f"{page.path}/index.md"):
            if written in context.validated.docs_pages:
                yield report(site.at("pages", index, "path"),
                             f"page path '{page.path}' would replace the hand-written "
                             f"docs/{written}",
                             "choose another path; hand-written pages are never replaced")
        if page.kind == "timeline":
            for entry in context.validated.facts:
                if entry.path.rsplit("/", 1)[-1] not in page.files:
                    continue
                if entry.model.value.kind != "date":
                    yield report(entry.at("value"),
                                 f"timeline fact '{entry.model.id}' has a {entry.model.value.kind} "
                                 "value; the timeline shows dates only",
                                 "move it to a fact file on a table page", entry.model.id)
                if entry.model.event is None:
                    yield report(entry.at("id"), f"timeline fact '{entry.model.id}' has no 'event'",
                                 "add event: a short headline in your own words", entry.model.id)
    for index, cell in enumerate(site.model.home.summary):
        if cell.fact not in ids:
            yield report(site.at("home", "summary", index, "fact"),
                         f"summary card cell '{cell.label}' names '{cell.fact}', not a fact id",
                         "use the id of a fact that passes the check")
    for p_index, page in enumerate(site.model.pages):
        for s_index, section in enumerate(page.sections):
            for c_index, cell in enumerate(section.at_a_glance):
                if cell.fact not in ids:
                    yield report(site.at("pages", p_index, "sections", s_index, "at_a_glance",
                                         c_index, "fact"),
                                 f"register cell '{cell.label}' names '{cell.fact}', "
                                 "not a fact id", "use the id of a fact that passes the check")
    for index, fact_id in enumerate(site.model.home.key_figures):
        if fact_id not in ids:
            yield report(site.at("home", "key_figures", index),
                         f"key figure '{fact_id}' is not a fact id",
                         "use the id of a fact that passes the check")
    for name in sorted(files - placed):
        yield report(site.at("pages"), f"the fact file '{name}' is on no page",
                     "add it to a page's 'files:'")
