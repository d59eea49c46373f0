"""The quote occurs in its article, after the documented normalisation.

Why: the quote is the fact's evidence. Only differences that never change meaning are
forgiven: Unicode composition (NFC), runs of whitespace (newlines and NBSP included), soft
hyphens and zero-width characters, curly vs straight quotes, and dash variants. Case,
digits, signs and words must match exactly. When the quote is not found, the message
shows the closest passage and its similarity, so the editor can fix it in one go; the
fuzzy match only ever suggests and never passes a quote. A quote starts and ends on whole
words: "at a distance of 40" is not in "at a distance of 400 kilometers". A fact whose
registered article is missing or unreadable fails here too, since nothing supports it.

The closest passage is looked for within a bounded amount of work: directly when the
quote's length times the article's is small, else in the best of the article's windows of
the quote's length, and not at all once a fact file has spent its budget (the hint then
says so). A quote over the length limit is left to Q305.

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

from generator.base.report import Problem
from generator.check.context import MAX_QUOTE_CHARS, ArticleView, Context
from generator.check.reporter import Reporter, shorten
from generator.check.rules.y008_hidden_text import invisible_difference

ID = "Q301"
NAME = "quote-not-found"
STAGE = "verify"
report = Reporter(ID)
# Quote characters times article characters: one direct alignment up to DIRECT_WORK, and
# at most SUGGESTION_BUDGET per fact file for all its suggestions together (about a second).
DIRECT_WORK = 20_000_000
SUGGESTION_BUDGET = 10_000_000_000


def work_of(view: ArticleView, quote: str) -> int:
    """What looking for the closest passage costs, in quote times article characters."""
    return len(quote) * len(view.mapped.text)


def closest_passage(view: ArticleView, quote: str) -> tuple[int, float, str]:
    """The article's passage most like ``quote``: (line, similarity %, text).

    The work is bounded by the article's length: a quote as long as the article is
    compared with all of it, and a long quote against a long article is first placed in
    the best of the article's half-overlapping windows of the quote's length.
    """
    from rapidfuzz import fuzz, process

    mapped = view.mapped
    text = mapped.text
    if not text:
        return 1, 0.0, ""
    if len(quote) >= len(text):
        # partial_ratio would align the whole article inside the quote and say "100%".
        return view.line_of(mapped.offsets[0]), fuzz.ratio(quote, text), text
    low = 0
    region = text
    if work_of(view, quote) > DIRECT_WORK:
        width = len(quote)
        stride = max(1, width // 2)
        windows = [text[at:at + width] for at in range(0, len(text) - stride, stride)] or [text]
        best = process.extractOne(quote, windows, scorer=fuzz.ratio)
        at = best[2] * stride if best else 0
        low = max(0, at - width)
        region = text[low:at + 2 * width]
    alignment = fuzz.partial_ratio_alignment(quote, region)
    if alignment is None:
        return 1, 0.0, ""
    start, end = alignment.dest_start + low, alignment.dest_end + low
    while start > 0 and text[start - 1] not in " .\n":
        start -= 1
    while end < len(text) and text[end] not in " .,;":
        end += 1
    original_start, _ = mapped.original_span(start, max(end, start + 1))
    return view.line_of(original_start), alignment.score, text[start:end]


def check(context: Context) -> Iterator[Problem]:
    spent: dict[str, int] = {}  # per fact file, so each file's result stands on its own
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
        if not quote or len(quote) > MAX_QUOTE_CHARS or context.occurrences(fact):
            continue
        inside = view.plain.find(quote)
        if inside != -1:
            start = view.mapped.offsets[inside]
            yield report(entry.at("quote"), f"quote not found in {fact.source} as whole words: "
                         f"it starts or ends inside a word or number (line {view.line_of(start)})",
                         "extend the quote to the whole word or number", fact.id)
            continue
        hidden = invisible_difference(quote, view.plain)
        if hidden:  # the words are all there: only a character no one can see differs
            yield report(entry.at("quote"), f"quote not found in {fact.source} only because "
                         f"{hidden}", "delete it: retype the characters around it", fact.id)
            continue
        cost = work_of(view, quote)
        if spent.get(entry.path, 0) + cost > SUGGESTION_BUDGET:
            yield report(entry.at("quote"), f"quote not found in {fact.source}",
                         "copy the quote verbatim from the article (no closest passage "
                         "suggested: this file's budget for suggestions is spent)", fact.id)
            continue
        spent[entry.path] = spent.get(entry.path, 0) + cost
        line, score, passage = closest_passage(view, quote)
        # Rounded, a near miss could read "100% similar"; a quote not found is not that.
        shown = min(round(score), 99)
        hint = (f"closest passage in {fact.source} line {line} ({shown}% similar): "
                f"\"{shorten(passage, 160)}\"" if passage
                else "copy the quote verbatim from the article")
        yield report(entry.at("quote"), f"quote not found in {fact.source}", hint, fact.id)
