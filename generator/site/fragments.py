"""The HTML pieces repeated on every row of a page: a fact's value and its citation.

They were Jinja macros; called once per fact on the big table and the timeline, the
macro machinery cost more than the rest of those pages. Here they are plain functions
that write the same bytes, with every value escaped by :func:`generator.base.escape.escape_text`
(what the templates' ``finalize`` applies). Templates call them as ``value(view)`` and
``cite(view, here, cites)``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from markupsafe import Markup

from generator.base.escape import escape_text

if TYPE_CHECKING:
    from generator.site.views import Citations, FactView


def value(view: FactView) -> Markup:
    """The value in bold, with the source's stance beside it unless it is stated."""
    fact = view.fact
    html = (f'<strong class="fs-value" data-fact="{escape_text(fact.id)}">'
            f'{escape_text(view.display)}</strong>')
    if fact.stance != "stated":
        html += (f' <span class="fs-badge fs-stance" data-stance="{escape_text(fact.stance)}">'
                 f'{escape_text(view.stance_label)}</span>')
    return Markup(html)


def cite(view: FactView, here: str, cites: Citations) -> Markup:
    """The citation: the publisher with the page's citation number, linking to the quote
    on its evidence page, and a tooltip holding the quote and where it was published."""
    number = cites.number(view)
    fact, source, anchor = view.fact, view.source, view.anchor
    publisher = escape_text(source.publisher)
    return Markup(
        f'<span class="fs-ref" data-fact="{escape_text(fact.id)}"><a class="fs-cite" '
        f'href="{view.cite(here)}" aria-describedby="fs-tip-{anchor}">{publisher}'
        f'<sup>{number}</sup></a><span class="fs-tip" role="tooltip" data-search-exclude '
        f'id="fs-tip-{anchor}"><q data-quote>{escape_text(fact.quote)}</q> '
        f'<span class="fs-tip-source" data-source="{escape_text(source.file)}">{publisher}, '
        f'{escape_text(view.published)}</span></span></span>')
