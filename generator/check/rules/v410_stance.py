"""A fact's stance agrees with the cue words in the clause that holds its value.

Why: a figure can stand in the quote and still not be claimed. The checker reads the
clause of the article that holds the value (the whole clause, even where the quote is
cut shorter) and requires the declared ``stance:`` to agree with its cue words:
"denied", "not" or "but not" make a denial; "could", "may", "would", "if" a possibility;
"will", "expected", "is to" an expectation; "reportedly", "according to", "X said"
second-hand. A value under a negation, a denial, a conditional or a "but not" supports
nothing stated plainly. The reading stays inside the clause: in "Russia said it could
not confirm reports, but the deal is worth $2bn" the $2bn is stated.

Passing::

    quote: "An upgraded version could reach 1,500 kilometres"
    value: {kind: quantity, amount: 1500, unit: km}
    stance: possible

Failing::

    quote: "The Kremlin denied reports of a $4bn follow-on order"
    value: {kind: money, amount: 4, scale: billion, currency: USD}
    # error[V410] 'denied' makes this a denial: declare stance: denied, or quote a
    # passage that states it
"""

from __future__ import annotations

from collections.abc import Iterator

from generator.base.report import Problem
from generator.check.context import Context
from generator.check.reporter import Reporter
from generator.check.values import diagnose
from generator.model import DateValue, Fact, Money, Quantity, Text, TextList, Value
from generator.model.validate import Entry
from generator.reading import (
    Figure,
    dates_in,
    figures_in,
    find_whole,
    normalise,
    qualifier_start,
    stance_of,
)
from generator.reading.stance import STANCE_WORDS, StanceReading, with_line_breaks

ID = "V410"
NAME = "stance"
STAGE = "verify"
report = Reporter(ID)

# A value that stands in its quote more often than this is read at its first occurrences:
# the work per fact stays bounded ("the" quoted 499 times).
MAX_SPANS = 8

def value_spans(quote: str, value: Value,
                figures: list[Figure] | None = None) -> list[tuple[int, int]]:
    """Where the value stands in a normalised quote: one span per occurrence."""
    if isinstance(value, Quantity | Money):
        read = figures_in(quote) if figures is None else figures
        return [(qualifier_start(quote, f.start), f.end) for f in read
                if f.amount == value.amount]
    if isinstance(value, DateValue):
        if value.relative is not None:
            needle = normalise(value.relative)
            return [(at, at + len(needle)) for at in find_whole(quote, needle)]
        mentions = dates_in(quote)
        if value.end is not None and len(mentions) > 1:
            return [(mentions[0].start, mentions[-1].end)]
        return [(m.start, m.end) for m in mentions][:1]
    if isinstance(value, Text):
        needle = normalise(value.text)
        return [(at, at + len(needle)) for at in find_whole(quote, needle)]
    return [span for item in value.items
            for span in value_spans(quote, Text(kind="text", text=item))]


def _item_spans(quote: str, value: Value, figures: list[Figure] | None = None
                ) -> list[tuple[str, list[tuple[int, int]]]]:
    """The parts a stance is read for: each item of a list, else the whole value."""
    if isinstance(value, TextList):
        return [(item, value_spans(quote, Text(kind="text", text=item)))
                for item in value.items]
    return [("", value_spans(quote, value, figures))]


def stance_for(text: str, quote_start: int, quote: str, value: Value) -> str:
    """The stance a fact quoting ``quote`` at ``quote_start`` of ``text`` should declare
    (for generated corpora: the first stance its clause allows)."""
    for _, spans in _item_spans(quote, value):
        for start, end in spans:
            reading = stance_of(text, quote_start + start, quote_start + end,
                                is_date=isinstance(value, DateValue))
            return sorted(reading.allowed)[0]
    return "stated"


def _with_line_breaks(context: Context, fact: Fact) -> str | None:
    """The article's normalised text with its line breaks kept (see with_line_breaks)."""
    view = context.article_for(fact)
    if view is None:
        return None
    key = ("stance-lines", fact.source)
    if key not in context.memo:
        lines = with_line_breaks(view.article.text)
        context.memo[key] = lines if len(lines) == len(view.plain) else view.plain
    text = context.memo[key]
    return text if isinstance(text, str) else None


def _readings(context: Context, fact: Fact) -> list[tuple[str, StanceReading, str]]:
    """For each part of the value (a list: each item), its readings: (part, reading, text)."""
    starts = context.occurrences(fact)
    article = _with_line_breaks(context, fact) if starts else None
    if article is None:
        return []  # R201, R204 or Q301 report a quote that is not in its article
    quote = context.quote(fact)
    text, offset = article, starts[0]
    is_date = isinstance(fact.value, DateValue)
    readings = []
    figures = context.figures(fact) if isinstance(fact.value, Quantity | Money) else None
    for part, spans in _item_spans(quote, fact.value, figures):
        found = [stance_of(text, offset + s, offset + e, is_date=is_date)
                 for s, e in spans[:MAX_SPANS]]
        if not found:
            continue  # the value rules report a value that is not in the quote
        agreeing = [r for r in found if fact.stance in r.allowed]
        readings.append((part, (agreeing or found)[0], text))
    return readings


def check(context: Context) -> Iterator[Problem]:
    for entry in context.validated.facts:
        problem = _check_fact(context, entry)
        if problem is not None:
            yield problem


def _check_fact(context: Context, entry: Entry[Fact]) -> Problem | None:
    fact = entry.model
    if diagnose(context, entry) is not None:
        return None  # one diagnosis per fact: the value rule names the first mismatch
    for part, reading, text in _readings(context, fact):
        if fact.stance in reading.allowed:
            continue
        where = f" ('{part}')" if part else ""
        cue = reading.strongest()
        clause = " ".join(text[reading.clause_start:reading.clause_end].split())
        if cue is None:
            return report(entry.at("stance") if "stance" in entry.node else entry.at("value"),
                          f"stance '{fact.stance}', but the clause that holds the value{where} "
                          f"has no cue word for it: \"{_short(clause)}\"",
                          "quote the words that make it "
                          f"{STANCE_WORDS[fact.stance]}, or remove 'stance:' if the source "
                          "states it", fact.id)
        allowed = sorted(reading.allowed)
        declare = " or ".join(f"stance: {a}" for a in allowed)
        message = (f"'{cue.word}' makes this {STANCE_WORDS[cue.stance]}{where}: the clause "
                   f"reads \"{_short(clause)}\"")
        if cue.stance == "denied":
            message = f"'{cue.word}' makes this a denial{where}: the clause reads " \
                      f"\"{_short(clause)}\""
        return report(entry.at("stance") if "stance" in entry.node else entry.at("value"),
                      message, f"declare it ({declare}), or quote a passage that states it",
                      fact.id)
    return None


def _short(text: str, limit: int = 110) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
