"""``noun_from:``: where an elided count's noun is stated ("1 million are without power").

Why: news writing leaves out the noun of a count that an earlier sentence gave ("This
storm is impacting 5 million people. 1 million are without power."; "rescuers had plucked
more than 200 people ..., but about 150 more had to wait"). The reader never guesses that
noun: the editor names the passage that states it, verbatim, and the checker proves that
it stands in the same article, before the quote and in the same paragraph, and that a
figure there counts the value's noun. Only a figure of the quote that counts nothing
takes the noun; one that counts something else keeps its own.
"""

from __future__ import annotations

from dataclasses import replace

from generator.check.context import Context, whole_occurrences
from generator.check.mismatch import Mismatch
from generator.model import Fact, Quantity
from generator.reading import Counted, Figure, counts, figures_in, normalise, singular_nouns

HOW = "noun_from"  # how a borrowed count reads (Counted.how)
_HINT = ("copy into 'noun_from:' the words of the same paragraph, before the quote, that "
         "count what the figure counts ('more than 200 people'), or remove 'noun_from:'")


def borrowed_noun(context: Context, fact: Fact, value: Quantity) -> Counted | Mismatch | None:
    """The count in the fact's ``noun_from`` passage whose noun the value names, or why the
    passage gives none (None when the fact has no ``noun_from``)."""
    if fact.noun_from is None:
        return None
    if value.noun is None:
        return Mismatch("V402", "noun_from: the value counts nothing ('noun:' is not given)",
                        "give the counted noun in 'noun:', or remove 'noun_from:'")
    view = context.article_for(fact)
    quotes = context.occurrences(fact)
    if view is None or not quotes:
        return None  # Q301 reports it
    passage = normalise(fact.noun_from)
    starts = whole_occurrences(view.plain, passage)[0]
    if not starts:
        return Mismatch("V402", f"noun_from: \"{fact.noun_from}\" is not in {fact.source}",
                        _HINT)
    text = view.article.text
    near = [s for s in starts if any(_same_paragraph_before(
        view.original_span(s, s + len(passage)), view.original_span(q, q + 1), text)
        for q in quotes)]
    if not near:
        return Mismatch("V402", f"noun_from: \"{fact.noun_from}\" does not stand before the "
                        "quote in its paragraph; an elided noun is read only from there",
                        _HINT)
    found = figures_in(passage, context.number_format(fact))
    for figure in found:
        if counts(figure.counted, value.noun):
            return figure.counted
    stated = sorted({n for f in found for n in singular_nouns(f.counted)})
    return Mismatch("V402", f"noun_from: \"{fact.noun_from}\" counts "
                    f"{', '.join(stated) or 'nothing'}, not {value.noun}",
                    f"write the noun the passage counts ({' or '.join(map(repr, stated))}) "
                    "if the quote's figure counts it too" if stated else _HINT)


def _same_paragraph_before(passage: tuple[int, int], quote: tuple[int, int], text: str) -> bool:
    """True when the passage ends before the quote starts, with no line break between."""
    return passage[1] <= quote[0] and "\n" not in text[passage[1]:quote[0]]


def borrow(figures: list[Figure], counted: Counted) -> list[Figure]:
    """Each figure that counts nothing (and measures nothing) takes ``counted``'s noun."""
    return [replace(f, counted=Counted(HOW, counted.nouns, counted.written, f.end))
            if f.counted.how == "none" and f.unit is None and f.currency is None else f
            for f in figures]
