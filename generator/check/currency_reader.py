"""How an article's shared currency symbols read ("$" is USD, CAD or AUD...): by the
registry's declared currency, else by what the article names. A part of values.py's
diagnosis, kept apart for its size."""

from __future__ import annotations

import re
from dataclasses import replace

from generator.check.context import Context
from generator.model import Fact
from generator.reading import CURRENCIES, SYMBOLS, Figure, currency_name, resolve


class CurrencyReader:
    """How this article's shared symbols read: "$" is CAD where the registry says so, USD
    where the article names no other dollar, and nothing where it does."""

    def __init__(self, source: str, declared: str | None, article: str) -> None:
        self.source = source
        self.declared = declared
        self._article = article
        self._lowered: str | None = None
        self._codes: set[str] | None = None
        self._named: dict[str, bool] = {}
        self._named_among: dict[tuple[str, ...], list[str]] = {}

    def _names(self, code: str) -> bool:
        """True when the article names ``code`` by a form of its own (a code, a name, a
        symbol no other currency uses). Looked up only for shared forms, once per code."""
        if code not in self._named:
            if self._lowered is None or self._codes is None:
                self._lowered = self._article.lower()
                self._codes = set(re.findall(r"\b[A-Z]{3}\b", self._article))
            entry = CURRENCIES[code]
            own = [s for s in entry["symbols"] if SYMBOLS.get(s) == (code,)]
            self._named[code] = (code in self._codes
                                 or any(_stands(n, self._lowered) for n in entry["names"])
                                 or any(_stands(s, self._article) for s in own))
        return self._named[code]

    def named(self, codes: tuple[str, ...]) -> list[str]:
        if codes not in self._named_among:
            self._named_among[codes] = [code for code in codes if self._names(code)]
        return self._named_among[codes]

    def read(self, figure: Figure) -> Figure:
        if len(figure.currencies) < 2:
            return figure
        if self.declared in figure.currencies:
            return replace(figure, currency=self.declared)
        others = [c for c in self.named(figure.currencies) if c != figure.currency]
        return replace(figure, currency=None) if others else figure

    def why(self, figure: Figure) -> str:
        """A sentence on how a shared symbol was read, for messages ('' when it was not)."""
        if len(figure.currencies) < 2 or figure.currency_written is None:
            return ""
        if self.declared in figure.currencies:
            return (f"; '{figure.currency_written}' is read as {self.declared}, the currency "
                    f"the registry declares for {self.source}")
        return ""

    def ambiguity(self, figure: Figure) -> str:
        if figure.currency is not None or len(figure.currencies) < 2:
            return ""
        default = resolve(figure.currency_written or "", figure.currencies)
        others = [c for c in self.named(figure.currencies) if c != default]
        shown = ([default] if default else []) + others
        if len(shown) < 2:
            shown = list(figure.currencies[:4])
        names = [currency_name(code) for code in shown]
        if len(shown) < len(figure.currencies) and not others:
            names[-1] += " or another"
        listed = ", ".join(names[:-1]) + f" or {names[-1]}" if len(names) > 1 else names[0]
        return (f"'{figure.currency_written}' could be {listed}: declare the "
                f"article's currency ('currency:' of {self.source} in facts/sources.yml)")


def _stands(form: str, text: str) -> bool:
    """True when ``form`` stands in ``text`` not inside a word: "LS" is not in "MISSILES"."""
    if form not in text:
        return False
    return re.search(rf"(?<![^\W\d_]){re.escape(form)}(?![^\W\d_])", text) is not None


def currency_reader(context: Context, fact: Fact) -> CurrencyReader:
    key = ("currency-reader", fact.source)
    if key not in context.memo:
        source = context.sources.get(fact.source)
        declared = source.model.currency if source is not None else None
        view = context.article_for(fact)
        context.memo[key] = CurrencyReader(fact.source, declared,
                                            view.plain if view is not None else "")
    reader = context.memo[key]
    assert isinstance(reader, CurrencyReader)
    return reader
