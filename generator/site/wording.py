"""The quote's own words for a fact's value, as the pages show them beside the value."""

from __future__ import annotations

from generator.model import DateValue, Fact, Money, Quantity
from generator.reading import dates_in, figures_in, normalise, qualifier_start

# The quote's words for each value, by quote and value: a rebuild under serve reads the
# figures of every quote again otherwise (a tenth of a rebuild at 10k facts, profiled).
_WORDINGS: dict[tuple[str, str, str], str] = {}
_WORDINGS_LIMIT = 200_000


def wording_of(fact: Fact) -> str:
    """The quote's own words for the value: "exceeded two billion US dollars"."""
    key = (fact.quote, type(fact.value).__name__, fact.value.model_dump_json())
    found = _WORDINGS.get(key)
    if found is None:
        if len(_WORDINGS) >= _WORDINGS_LIMIT:
            _WORDINGS.clear()
        found = _WORDINGS[key] = _wording_of(fact)
    return found


def _wording_of(fact: Fact) -> str:
    quote = normalise(fact.quote)
    value = fact.value
    if isinstance(value, Quantity | Money):
        wanted = (value.unit if isinstance(value, Quantity) else None,
                  value.currency if isinstance(value, Money) else None)
        figures = sorted(figures_in(quote),
                         key=lambda f: (f.unit, f.currency) != wanted)  # full matches first
        for figure in figures:
            if figure.amount == value.amount:
                return quote[qualifier_start(quote, figure.start):figure.end]
    if isinstance(value, DateValue):
        if value.relative:
            return value.relative
        mentions = dates_in(quote)
        if value.end is not None and len(mentions) > 1:  # an interval: both ends as written
            return quote[qualifier_start(quote, mentions[0].start):mentions[-1].end]
        year = int(value.date[:4]) if value.date[:4].isdigit() else None
        for mention in mentions:
            if mention.year == year:
                return quote[mention.start:mention.end]
    return quote  # a name or phrase reads best in its sentence
