"""Headlines and summaries keep the hedges of their facts.

Why: an event headline (``event:``) and a section summary (``sections[].summary`` in
facts/site.yml) are written in the editor's words around facts, and readers trust them
most. A headline about a fact that its source only reports, expects, thinks possible or
denies must keep that hedge, and one about a fact the article relays from a named speaker
("Haberturk TV said on Friday") must keep the attribution: otherwise it states as done
what its facts only report or expect. An event headline speaks for its own fact; a
section summary for the facts of its at-a-glance cards. A fact cited in the text itself
(``[[fact-id]]``) is shown with its stance and source, so it needs no words of its own.
What the editor adds from elsewhere is marked as the editor's (``[[ref:…]]``, rule E701).

Each hedge is satisfied by a word of its kind anywhere in the text (whole words, any
case; the lists are ``HEADLINE_CUES`` below): a report or an attribution by "reportedly",
"according to", "says", "said", "tells", "calls"...; an expectation by "expected", "will",
"would", "to begin", "planned"...; a possibility by "possible", "could", "may"...; a denial
by "denies", "not", "never"...

Passing::

    quote: "Earlier in the day, Russia and Turkey signed a loan agreement on Turkey’s
            purchase of Russian S-400 systems, Haberturk TV said on Friday."
    event: "Haberturk TV says Russia and Turkey have signed a loan agreement"

Failing::

    event: "Russia and Turkey sign a loan agreement for the S-400 purchase"
    # error[E702] the event headline states as done what its fact (tl-loan) only relays
    # from a speaker ("said"); keep the attribution ...

and a section summary "Turkey walked out of a contract for a similar Chinese system."
whose at-a-glance facts are ``stance: reported`` (the article says "reportedly walked out").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from generator.base.report import Position, Problem
from generator.check.context import Context
from generator.check.coverage import checked_facts
from generator.check.reporter import Reporter
from generator.model import Fact, Site, Text

ID = "E702"
NAME = "headline-hedge"
STAGE = "verify"
report = Reporter(ID)

# Words in an editor's headline or summary that keep each kind of hedge. Not "states"
# ("the United States") nor "may" (the month): a word that can be a name keeps nothing.
_SAYING = ("says", "said", "say", "saying", "tells", "told", "tell", "calls", "called",
           "announces", "announced", "claims", "claimed", "quotes",
           "quoted", "describes", "described", "insists", "insisted", "warns", "warned",
           "according to", "as reported by", "in the words of", "report", "reports",
           "reported", "reportedly", "allegedly", "purportedly", "purported", "alleged")
HEADLINE_CUES: dict[str, tuple[str, ...]] = {
    "reported": _SAYING,
    "attributed": _SAYING,
    "expected": ("expected", "expects", "expect", "expectation", "will", "would", "is to",
                 "are to", "was to", "were to", "to begin", "plan", "plans", "planned",
                 "scheduled", "due", "set to", "intends", "intended", "forecast"),
    "possible": ("possible", "possibly", "possibility", "could", "might", "would",
                 "perhaps", "potential", "potentially"),
    "denied": ("denies", "denied", "deny", "rejects", "rejected", "not", "never", "no",
               "refutes", "refuted", "disputes", "disputed"),
}
# Words in a quote that show the article relays a speaker: the headline must keep them.
QUOTE_ATTRIBUTION = (
    # a named speaker's words
    "said", "says", "say", "saying", "told", "tells", "warned", "warning", "warns",
    "warnings", "argued", "arguing", "argues", "stated", "announced", "quoted", "added",
    # second-hand
    "reportedly", "reported", "reports", "according to", "claimed", "claims", "claiming",
    "allegedly", "alleged", "purportedly", "purported", "it was said", "is said to",
    "are said to", "was said to", "were said to", "unconfirmed", "rumoured", "rumored",
    "noting", "noted", "adding")
KIND_WORDS = {"reported": ("only reports", "only report"),
              "attributed": ("only relays from a speaker", "only relay from a speaker"),
              "expected": ("only expects", "only expect"),
              "possible": ("only thinks possible", "only think possible"),
              "denied": ("denies", "deny")}  # for one fact, for several
HINTS = {"reported": 'keep the report: "reportedly", "according to …" or who says it',
         "attributed": 'keep the attribution: say who says it ("… says", "according to …")',
         "expected": 'keep the expectation: "expected", "will", "planned"',
         "possible": 'keep the possibility: "possible", "could", "might"',
         "denied": 'keep the denial: who "denies" it, or its "not"'}

_REFERENCE = re.compile(r"\[\[([^\]]*)\]\]")


def _pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    alternation = "|".join(re.escape(w).replace(r"\ ", r"\s+")
                           for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![\w'’-])(?:{alternation})(?![\w'’-])", re.IGNORECASE)


_CUES = {kind: _pattern(words) for kind, words in HEADLINE_CUES.items()}
_ATTRIBUTION = _pattern(QUOTE_ATTRIBUTION)


def needs(fact: Fact) -> list[tuple[str, str]]:
    """The hedges a headline about ``fact`` must keep, each with the word that asks for
    it: the fact's stance unless stated, and an attribution its quote makes."""
    needed: list[tuple[str, str]] = []
    if fact.stance != "stated":
        needed.append((fact.stance, f"stance: {fact.stance}"))
    value = fact.value.text.lower() if isinstance(fact.value, Text) else ""
    found = next((match for match in _ATTRIBUTION.finditer(fact.quote)
                  if match.group(0).lower() not in value), None)  # "purported pressure"
    if found and fact.stance == "stated":
        needed.append(("attributed", f'"{found.group(0)}"'))
    return needed


def missing(text: str, facts: list[Fact]) -> list[tuple[str, list[Fact], str]]:
    """Each hedge kind that ``text`` drops, with the facts that need it and why."""
    cited = {target for target in _REFERENCE.findall(text)}
    words = _REFERENCE.sub(" ", text)
    dropped: dict[str, tuple[list[Fact], str]] = {}
    for fact in facts:
        if fact.id in cited:
            continue  # shown with its stance and source where it is cited
        for kind, why in needs(fact):
            if not _CUES[kind].search(words):
                dropped.setdefault(kind, ([], why))[0].append(fact)
    return [(kind, found, why) for kind, (found, why) in dropped.items()]


def _problems(text: str, facts: list[Fact], at: Position, what: str,
              owner: str | None) -> Iterator[Problem]:
    for kind, found, why in missing(text, facts):
        ids = ", ".join(f.id for f in found)
        noun = "its fact" if len(found) == 1 else "its facts"
        verb = KIND_WORDS[kind][0 if len(found) == 1 else 1]
        cite = "" if owner else f", or cite the fact as [[{found[0].id}]]"
        yield report(at, f"{what} states as done what {noun} ({ids}) {verb} ({why})",
                     f"{HINTS[kind]}{cite}", owner)


def check(context: Context) -> Iterator[Problem]:
    published = {entry.model.id: entry.model for entry in checked_facts(context)}
    for entry in context.validated.facts:
        fact = entry.model
        if fact.event and fact.id in published:
            yield from _problems(fact.event, [fact], entry.at("event"), "the event headline",
                                 fact.id)
    site = context.validated.site
    if site is None:
        return
    model = site.model
    assert isinstance(model, Site)
    for p, page in enumerate(model.pages):
        for s, section in enumerate(page.sections):
            if not section.summary:
                continue
            facts = [published[cell.fact] for cell in section.at_a_glance
                     if cell.fact in published]
            yield from _problems(section.summary, facts,
                                 site.at("pages", p, "sections", s, "summary"),
                                 f"the summary of section '{section.id}'", None)
