"""A quote is article text, not page furniture.

Why: the registry lists passages that belong to the page, not to the article (a "not
available in your region" banner, a photo caption from another story). A quote that
overlaps one of them is not evidence for the article's claims.

Passing: a quote from the article's own paragraphs.

Failing::

    quote: "on the East Steps of the US Capitol on March 08, 2019"   # a caption from another story
    # error[Q304] the quote overlaps page furniture in 003_8d6345f2eb6ec426.txt:
    #   "US Rep. Ilhan Omar …"
"""

from __future__ import annotations

from collections.abc import Iterator

from generator.base.report import Problem
from generator.check.context import Context
from generator.check.reporter import Reporter, shorten
from generator.reading import find_passages

ID = "Q304"
NAME = "quote-in-furniture"
STAGE = "verify"
report = Reporter(ID)


def check(context: Context) -> Iterator[Problem]:
    spans: dict[str, list[tuple[int, int, str]]] = {}
    cited = {entry.model.source for entry in context.validated.facts}
    for name, registered in context.sources.items():
        if name not in cited:
            continue  # nothing to look for: an uncited article is not even normalised
        view = context.articles.get(name)
        if view is None or not registered.model.furniture:
            continue
        spans[name] = find_passages(view.plain, registered.model.furniture)
    for entry in context.validated.facts:
        fact = entry.model
        furniture = spans.get(fact.source)
        if not furniture:
            continue
        length = len(context.quote(fact))
        for start in context.occurrences(fact):
            hit = next((p for s, e, p in furniture if s < start + length and start < e), None)
            if hit is not None:
                yield report(entry.at("quote"),
                             f"the quote overlaps page furniture in {fact.source}: "
                             f"\"{shorten(hit, 60)}\"",
                             "quote the article's own text; furniture is listed in sources.yml",
                             fact.id)
                break
