"""The registry is consistent: one entry per file, relations and furniture that resolve.

Why: a relation ("001 is a rewrite of 000") must name a registered article other than
itself, and a furniture passage (page text that is not the article's, shown
de-emphasised) must stand in the article.

Passing::

    relation: {type: rewrite-of, source: 000_4400e936463cdc0a.txt}

Failing::

    relation: {type: rewrite-of, source: 009_unknown.txt}
    # error[R206] relation names '009_unknown.txt', which is not registered
"""

from __future__ import annotations

from collections.abc import Iterator

from generator.base.report import Problem
from generator.check.context import Context
from generator.check.reporter import Reporter, shorten
from generator.reading import normalise

ID = "R206"
NAME = "registry-integrity"
STAGE = "verify"
report = Reporter(ID)


def check(context: Context) -> Iterator[Problem]:
    first: dict[str, str] = {}
    slugs: dict[str, str] = {}
    for entry in context.validated.sources:
        source = entry.model
        if context.sources.get(source.file) is not entry:
            yield report(entry.at("file"), f"'{source.file}' is registered twice "
                         f"(first at {first.get(source.file, 'an earlier entry')})",
                         "keep one entry per article")
            continue
        first[source.file] = str(entry.at("file"))
        if source.slug == "index" or source.slug in slugs:
            taken = "the sources index" if source.slug == "index" else slugs[source.slug]
            yield report(entry.at("file"), f"'{source.file}' would have the evidence page "
                         f"sources/{source.slug}/, which {taken} already has",
                         "rename the article file so its page address is its own")
        slugs.setdefault(source.slug, source.file)
        relation = source.relation
        if relation is not None:
            if relation.source == source.file:
                yield report(entry.at("relation", "source"), "an article cannot relate to itself")
            elif relation.source not in context.sources:
                yield report(entry.at("relation", "source"),
                             f"relation names '{relation.source}', which is not registered",
                             "name a registered article file")
        view = context.articles.get(source.file)
        for index, passage in enumerate(source.furniture):
            if view is not None and normalise(passage) not in view.plain:
                yield report(entry.at("furniture", index),
                             f"furniture passage \"{shorten(passage)}\" is not in {source.file}",
                             "copy the passage verbatim from the article")
