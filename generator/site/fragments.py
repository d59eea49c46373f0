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
from generator.site.views import ARTICLE_DATE_MARK, DERIVED_MARK

if TYPE_CHECKING:
    from generator.site.views import Citations, FactView


def marks(view: FactView) -> str:
    """The fact's marks as badges: its stance unless stated, and how its date was got."""
    fact = view.fact
    html = ""
    if fact.stance != "stated":
        html += (f' <span class="fs-badge fs-stance" data-stance="{escape_text(fact.stance)}">'
                 f'{escape_text(view.stance_label)}</span>')
    if view.derived:
        html += (f' <span class="fs-badge fs-derived" title="{escape_text(view.derived)}">'
                 f'{escape_text(DERIVED_MARK)}</span>')
    if view.dated_by_article:
        html += (f' <span class="fs-badge fs-derived" title="{escape_text(view.dated_by_article)}">'
                 f'{escape_text(ARTICLE_DATE_MARK)}</span>')
    return html


def value(view: FactView, css: str = "fs-value") -> Markup:
    """The value in bold with its marks inside the same element: the source's stance
    unless it is stated, and the mark of a worked-out date. Every place that shows a
    fact's value calls this, so none can drop a hedge."""
    fact = view.fact
    return Markup(f'<span class="fs-shown {escape_text(css)}" data-fact="{escape_text(fact.id)}" '
                  f'data-stance="{escape_text(fact.stance)}">'
                  f'<strong class="fs-value">{escape_text(view.display)}</strong>'
                  f'{marks(view)}</span>')


def cite(view: FactView, here: str, cites: Citations) -> Markup:
    """The citation: the publisher with the page's citation number, linking to the quote
    on its evidence page, and a tooltip holding the quote and where it was published."""
    number = cites.number(view)
    fact, source, anchor = view.fact, view.source, view.anchor
    publisher = escape_text(source.publisher)
    tip_marks = (f' <span class="fs-tip-marks">({escape_text(", ".join(view.marks))})</span>'
                 if view.marks else "")
    return Markup(
        f'<span class="fs-ref" data-fact="{escape_text(fact.id)}"><a class="fs-cite" '
        f'href="{view.cite(here)}" aria-describedby="fs-tip-{anchor}">{publisher}'
        f'<sup>{number}</sup></a><span class="fs-tip" role="tooltip" data-search-exclude '
        f'id="fs-tip-{anchor}"><q data-quote>{escape_text(fact.quote)}</q>{tip_marks} '
        f'<span class="fs-tip-source" data-source="{escape_text(source.file)}">{publisher}, '
        f'{escape_text(view.published)}</span></span></span>')
