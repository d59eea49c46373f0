"""The quote occurs in its article, after the documented normalisation.

Why: the quote is the fact's evidence. Only differences that never change meaning are
forgiven: Unicode composition (NFC), runs of whitespace (newlines and NBSP included), soft
hyphens and zero-width characters, curly vs straight quotes, and dash variants. Case,
digits, signs and words must match exactly. When the quote is not found, the message
shows the closest passage and its similarity, so the editor can fix it in one go; the
fuzzy match only ever suggests and never passes a quote. A quote starts and ends on whole
words: "at a distance of 40" is not in "at a distance of 400 kilometers". A fact whose
registered article is missing or unreadable fails here too, since nothing supports it.

Passing::

    quote: "The S-400 can engage targets at a distance of 400 kilometers"

Failing::

    quote: "The S-400 can engage targets at a distance of 40 kilometers"
    # error[Q301] quote not found in 002_23fc4c3bdc32fffa.txt; closest passage in
    #   002_23fc4c3bdc32fffa.txt line 21 (98% similar): "The S-400 can engage targets at a
    #   distance of 400 kilometers"
"""

from __future__ import annotations

from collections.abc import Iterator

from generator.report import Problem
from generator.rules._util import Reporter, shorten
from generator.rules.y008_hidden_text import invisible_difference
from generator.text import find_all
from generator.verify import ArticleView, Context

ID = "Q301"
NAME = "quote-not-found"
STAGE = "verify"
report = Reporter(ID)


def closest_passage(view: ArticleView, quote: str) -> tuple[int, float, str]:
    """The article's passage most like ``quote``: (line, similarity %, text)."""
    from rapidfuzz import fuzz

    mapped = view.mapped
    alignment = fuzz.partial_ratio_alignment(quote, mapped.text)
    if alignment is None:
        return 1, 0.0, ""
    start, end = alignment.dest_start, alignment.dest_end
    text = mapped.text
    while start > 0 and text[start - 1] not in " .\n":
        start -= 1
    while end < len(text) and text[end] not in " .,;":
        end += 1
    original_start, _ = mapped.original_span(start, max(end, start + 1))
    return view.line_of(original_start), alignment.score, text[start:end]


def check(context: Context) -> Iterator[Problem]:
    for entry in context.validated.facts:
        fact = entry.model
        view = context.article_for(fact)
        quote = context.quote(fact)
        if view is None:
            if fact.source in context.sources and not context.folder.unsafe_reason(fact.source):
                # Registered but missing or unreadable (R203/R204 say why at the registry):
                # the fact has no evidence and must not pass.
                why = context.unreadable.get(fact.source)
                what = (f"article {fact.source} cannot be read ({why})" if why else
                        f"article {fact.source} is not in {context.folder.display}")
                yield report(entry.at("quote"), f"the quote cannot be checked: {what}",
                             "restore the article, or cite another one", fact.id)
            continue
        if not quote or context.occurrences(fact):
            continue
        inside = find_all(view.plain, quote)
        if inside:
            start = view.mapped.offsets[inside[0]]
            yield report(entry.at("quote"), f"quote not found in {fact.source} as whole words: "
                         f"it starts or ends inside a word or number (line {view.line_of(start)})",
                         "extend the quote to the whole word or number", fact.id)
            continue
        hidden = invisible_difference(quote, view.plain)
        if hidden:  # the words are all there: only a character no one can see differs
            yield report(entry.at("quote"), f"quote not found in {fact.source} only because "
                         f"{hidden}", "delete it: retype the characters around it", fact.id)
            continue
        line, score, passage = closest_passage(view, quote)
        hint = (f"closest passage in {fact.source} line {line} ({score:.0f}% similar): "
                f"\"{shorten(passage, 160)}\"" if passage
                else "copy the quote verbatim from the article")
        yield report(entry.at("quote"), f"quote not found in {fact.source}", hint, fact.id)
