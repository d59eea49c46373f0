"""Free text states no figure, date or name that no checked fact backs.

Why: notes, event headlines, ``preferred`` reasons and the words of facts/site.yml are
published next to the evidence. A figure, date or name in them must come from a checked
quote, or say where else it comes from. Three ways to back it:

- cite the fact: ``[[fact-id]]`` shows its checked value with its citation and stance;
- quote the article in quote marks, verbatim ('as far as 402 kilometers');
- mark the sentence as the editor's knowledge: ``[[ref:reference-id]]``, naming a work
  registered under ``references:`` in facts/sources.yml. The site shows it apart.

A section's title, intro and row labels may repeat the names of the subject its checked
facts are shown under (a number only with its neighbouring word): the page shows that
subject already. The site's ``title`` may also be the text value of a checked fact,
word for word (``new`` writes such a fact, quoting the note that names the sheet): it is
then backed as a whole.

Free text is not evidence: a number the reader cannot read ("3 000 km", "½ million",
"twenty twenty-five") is reported like any unbacked figure, never passed over; an ISO
date ("2019-07-12") is read as one date. A hint names only facts whose value matches in
kind, unit or currency and amount.

In a fact's own fields, what its own quote says is backed (figures and dates with the
same qualifier), and so are names that checked quotes spell, and publisher names that the
article itself carries. An event headline is stricter: its names must stand in its own
quote or subject, or in the quote of a checked fact of the same article and subject. A
headline or property may name the day of its own checked date value; a property, the day
of a checked date fact of the same article and subject. A quotation must stand in the
fact's article, or in the article of a fact the same sentence cites. Wording that claims
more than a quote can show ("usually", "months earlier") needs a quotation or an editor's
note. A hedge is never dropped: a
section whose facts' sentences say "reportedly" says it in its title and intro, and a key
figure whose sentence says it has a stance other than "stated".

Passing::

    quote: "On November 2, Director General of Russia’s Rostec corporation Sergei Chemezov"
    note: "Sergei Chemezov of Rostec, speaking to TASS on [[tl-2017-11-02-value]]."

Failing::

    note: "Sergei Chemezov of Rostec, speaking to TASS on 2 November 2017."
    # error[E701] the note says "2 November 2017", a date that no checked fact backs
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from functools import partial

from generator.base.report import Position, Problem
from generator.check.context import Context
from generator.check.coverage import checked_facts
from generator.check.reporter import Reporter, shorten
from generator.model import DateValue, Fact, Money, Quantity, Site, Text, is_plain_date
from generator.model.validate import Entry
from generator.reading import SCALE_FACTORS, Figure, contains_phrase, dates_in
from generator.reading.references import Analysis, Mention, analyse, sentences

ID = "E701"
NAME = "free-text-unbacked"
STAGE = "verify"
report = Reporter(ID)
FACT_FIELDS = ("note", "event", "preferred", "property")
_WAYS = ("cite the fact that states it ([[fact-id]]), quote the article verbatim, or mark "
         "the sentence as the editor's knowledge ([[ref:reference-id]], registered under "
         "references: in facts/sources.yml)")
_UNREAD = ("write the figure as the quote spells it (digits, a unit or currency) so it "
           "can be checked; ")


@dataclass(slots=True)
class Backing:
    """What free text may lean on, built once per check."""

    checked: dict[str, Entry[Fact]] = field(default_factory=dict)
    known: dict[str, Entry[Fact]] = field(default_factory=dict)
    references: set[str] = field(default_factory=set)
    source_numbers: set[str] = field(default_factory=set)
    quote_words: dict[str, set[str]] = field(default_factory=dict)  # article -> words
    publishers: set[str] = field(default_factory=set)
    all_quote_words: set[str] = field(default_factory=set)
    by_date: dict[tuple[int | None, int | None, int | None], list[str]] = field(
        default_factory=dict)
    by_figure: dict[tuple[str, str | None, str], list[str]] = field(default_factory=dict)
    # Each text read once per check: one property or event is written on many facts.
    analyses: dict[str, Analysis] = field(default_factory=dict)


def _backing(context: Context) -> Backing:
    backing = Backing()
    backing.references = {entry.model.id for entry in context.validated.references}
    backing.source_numbers = {number for name in context.sources
                              if len(number := _leading_digits(name)) >= 2}
    backing.known = {entry.model.id: entry for entry in context.validated.facts}
    backing.checked = {entry.model.id: entry for entry in checked_facts(context)}
    # Quotes back names even when their fact fails: that failure stops the build on its
    # own, and counting it here again would bury the cause under its consequences.
    for entry in context.validated.facts:
        fact = entry.model
        backing.quote_words.setdefault(fact.source, set()).update(_words(context.quote(fact)))
        value = fact.value
        if isinstance(value, DateValue):
            # Each end of an interval backs its date; EDTF forms (a year not stated, a
            # season, a decade, ~ and ?) back no plain date (issue 10).
            for date in (value.date, value.end):
                if date is None or not is_plain_date(date):
                    continue
                parts = [int(p) for p in date.split("-")] + [None, None]
                backing.by_date.setdefault((parts[0], parts[1], parts[2]), []).append(fact.id)
        elif isinstance(value, Quantity | Money) and value.amount is not None:
            backing.by_figure.setdefault(_figure_key(value), []).append(fact.id)
    backing.all_quote_words = set().union(*backing.quote_words.values())
    # A publisher's name is the editor's record of the source, not a claim about the
    # world: its runs of capitalised words, and each short name in them ("BBC", "AP").
    for registered in context.sources.values():
        for run in re.findall(r"[A-Z][\w-]*(?: [A-Z][\w-]*)*", registered.model.publisher):
            backing.publishers.add(run)
            backing.publishers.update(word for word in run.split() if word.isupper())
    return backing


def _leading_digits(name: str) -> str:
    """The number a file name starts with: "000" of "000_tass.txt", "01" of "01_cnn.txt"."""
    digits = ""
    for character in name:
        if not character.isdigit():
            break
        digits += character
    return digits


_WORD = re.compile(r"[\w][\w'’.-]*\w|\w")


def _words(text: str) -> set[str]:
    """The words of ``text``, a possessive "'s" dropped: "Turkey's" backs "Turkey"."""
    return {word[:-2] if word.endswith(("'s", "’s")) else word
            for word in _WORD.findall(text)}


def check(context: Context) -> Iterator[Problem]:
    backing = _backing(context)
    for entry in context.validated.facts:
        if entry.model.id not in backing.checked:
            continue  # not published; the rule it fails says why
        for key in FACT_FIELDS:
            text = getattr(entry.model, key)
            if text:
                yield from _check_text(context, backing, text, partial(entry.at, key), key,
                                       entry)
    site = context.validated.site
    if site is not None:
        subjects = {entry.model.subject for entry in backing.checked.values()}
        for keys, text, subject in _site_texts(site.model):
            if keys == ("title",) and _named_by_a_fact(backing, text):
                continue
            yield from _check_text(context, backing, text, partial(site.at, *keys), ".".join(
                str(k) for k in keys), None, subject if subject in subjects else None)
        yield from _check_hedges(context, backing, site)


def _named_by_a_fact(backing: Backing, title: str) -> bool:
    """The sheet's title is, word for word, the text value of a checked fact (``new``
    writes one, quoting the note that names the sheet): the whole title is then a checked
    quote, whatever names and numbers it holds ("Boeing 787 deliveries, 2024")."""
    wanted = " ".join(title.split())
    return any(isinstance(entry.model.value, Text) and entry.model.stance == "stated"
               and " ".join(entry.model.value.text.split()) == wanted
               for entry in backing.checked.values())  # a hedged text would drop its hedge


_HEDGE = re.compile(r"\b(?:reportedly|purportedly|allegedly|supposedly|reported|purported"
                    r"|alleged)\b", re.IGNORECASE)


def _sentence_around(context: Context, fact: Fact) -> str:
    """The article sentence that holds the fact's quote (the quote and the rest of it)."""
    view = context.article_for(fact)
    starts = context.occurrences(fact)
    if view is None or not starts:
        return ""
    text, start = view.plain, starts[0]
    end = start + len(context.quote(fact))
    begin = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    stop = min((at for at in (text.find(". ", end), len(text)) if at >= 0), default=len(text))
    return text[begin:stop]


def _hedge_around(context: Context, fact: Fact) -> str | None:
    """A hedge adverb in the quote or in the rest of the article sentence holding it."""
    match = re.search(r"\b(?:reportedly|purportedly|allegedly|supposedly)\b",
                      _sentence_around(context, fact), re.IGNORECASE)
    return match.group() if match else None


def _check_hedges(context: Context, backing: Backing, site: Entry[Site]) -> Iterator[Problem]:
    """No hedge dropped: in section titles and intros, and in the home key figures."""
    by_subject: dict[str, list[Fact]] = {}
    for entry in backing.checked.values():
        by_subject.setdefault(entry.model.subject, []).append(entry.model)
    for p, page in enumerate(site.model.pages):
        for s, section in enumerate(page.sections):
            hedged = [(fact.id, word) for fact in by_subject.get(section.subject, [])
                      if (word := _hedge_around(context, fact))]
            if not hedged:
                continue
            fact_id, word = hedged[0]
            for key in ("title", "intro"):
                text = getattr(section, key)
                if text and not _HEDGE.search(text):
                    yield report(site.at("pages", p, "sections", s, key),
                                 f"the section {key} drops the hedge '{word}' of its facts "
                                 f"({fact_id}: the article says '{word}')",
                                 f"say '{word}' (or cite the fact) in the {key}")
    for index, fact_id in enumerate(site.model.home.key_figures):
        figure = backing.checked.get(fact_id)
        if figure is None:
            continue
        word = _hedge_around(context, figure.model)
        if word and figure.model.stance == "stated":
            yield report(site.at("home", "key_figures", index),
                         f"the key figure {fact_id} drops the hedge '{word}' of its sentence: "
                         "its fact's stance is 'stated'", f"set 'stance: reported' on "
                         f"{fact_id}, so the figure shows it", fact_id)


def _site_texts(site: object) -> Iterator[tuple[tuple[str | int, ...], str, str | None]]:
    """Every published word of the page map, with the keys that lead to it and, in a
    section, the subject of its facts."""
    assert isinstance(site, Site)
    yield ("title",), site.title, None
    if site.description:
        yield ("description",), site.description, None
    for index, paragraph in enumerate(site.home.intro):
        yield ("home", "intro", index), paragraph, None
    for p, page in enumerate(site.pages):
        yield ("pages", p, "title"), page.title, None
        if page.intro:
            yield ("pages", p, "intro"), page.intro, None
        for s, section in enumerate(page.sections):
            where = ("pages", p, "sections", s)
            yield (*where, "title"), section.title, section.subject
            if section.intro:
                yield (*where, "intro"), section.intro, section.subject
            for r, row in enumerate(section.rows):
                yield (*where, "rows", r, "label"), row.label, section.subject


def _in_subject(analysis: Analysis, mention: Mention, subject: str | None) -> bool:
    """A section's words that repeat the subject its checked facts are shown under
    ("Doug Jones" over the facts of subject Doug Jones) say nothing the page does not
    already show. A number must stand there with its neighbouring word ("Ten
    Commandments" of "Ten Commandments monument"; "Ten deaths" is not backed by it)."""
    if subject is None or mention.kind not in ("name", "designation", "figure") or \
            not contains_phrase(subject, mention.text):
        return False
    if mention.kind != "figure":
        return True  # a name or a designation ("Boeing 737") is whole as written
    after = analysis.text[mention.end:].split()[:1]
    before = analysis.text[:mention.start].split()[-1:]
    return any(contains_phrase(subject, " ".join(words)) for words in (
        [mention.text, *after], [*before, mention.text]) if len(words) > 1)


def _check_text(context: Context, backing: Backing, text: str, where: Callable[[], Position],
                field_name: str, owner: Entry[Fact] | None,
                subject: str | None = None) -> Iterator[Problem]:
    """The problems of one free text; ``where`` finds its position, only when one is
    reported (most texts have none, and finding a position walks the file's nodes)."""
    analysis = backing.analyses.get(text)
    if analysis is None:
        analysis = backing.analyses[text] = analyse(text, backing.source_numbers)
    what = f"the {field_name}" if owner else f"facts/site.yml's {field_name}"
    fact_id = owner.model.id if owner else None
    for offset in analysis.broken:
        yield report(where(), f"{what} has a stray '[[' or ']]' at character {offset + 1}",
                     "write a reference as [[fact-id]] or [[ref:reference-id]]", fact_id)
    for target, _, _ in analysis.fact_references:
        if target not in backing.known:  # a fact that fails is reported by its own rule
            yield report(where(), f"{what} cites [[{target}]], which names no fact",
                         "cite the id of a fact that passes", fact_id)
    for target, _, _ in analysis.references:
        if target not in backing.references:
            yield report(where(), f"{what} cites [[ref:{target}]], which is not registered",
                         "add it under references: in facts/sources.yml with its id, kind "
                         "and title", fact_id)
    yield from _check_quotations(context, backing, analysis, where, what, owner)
    for mention in analysis.mentions:
        if _in_subject(analysis, mention, subject):
            continue
        if not _backed(context, backing, analysis, mention, owner, field_name):
            unread = mention.kind == "figure" and mention.figure is None
            kind = "figure the checker cannot read" if unread else mention.kind
            yield report(where(), f'{what} says "{mention.text}", a {kind} that no checked '
                         f"fact backs ({shorten(_sentence(text, mention.start), 70)})",
                         (_UNREAD if unread else "") + _hint(backing, mention), fact_id)


def _sentence(text: str, at: int) -> str:
    return next((text[s:e] for s, e in sentences(text) if s <= at < e), text)


def _articles_for(context: Context, backing: Backing, analysis: Analysis, at: int,
                  owner: Entry[Fact] | None) -> list[str]:
    """The articles a sentence of the text may quote or name from."""
    if owner is None:
        return sorted(context.sources)
    names = [owner.model.source]
    for fid in analysis.sentence_facts(at):
        cited = backing.known.get(fid)
        if cited is not None and cited.model.source not in names:
            names.append(cited.model.source)
    return names


def _check_quotations(context: Context, backing: Backing, analysis: Analysis,
                      position: Callable[[], Position], what: str,
                      owner: Entry[Fact] | None) -> Iterator[Problem]:
    fact_id = owner.model.id if owner else None
    for part in analysis.parts:
        if part.kind != "quotation":
            continue
        inner = analysis.text[part.start + 1:part.end - 1]
        if not re.search(r"\w", inner):
            continue
        names = _articles_for(context, backing, analysis, part.start, owner)
        if any(name not in context.articles for name in names):
            continue  # an article that cannot be read is reported by its own rule
        variants = {inner, inner[:1].upper() + inner[1:], inner[:1].lower() + inner[1:]}
        if not any(contains_phrase(context.articles[n].plain, variant) for variant in variants
                   for n in names if n in context.articles):
            where = "its article" if owner else "any article"
            yield report(position(), f"{what} quotes '{shorten(inner, 60)}', which does not "
                         f"stand in {where}", "copy the words exactly, or cite the fact whose "
                         "article says them ([[fact-id]]) in the same sentence", fact_id)


def _backed(context: Context, backing: Backing, analysis: Analysis, mention: Mention,
            owner: Entry[Fact] | None, field_name: str) -> bool:
    own = owner.model if owner is not None and owner.model.id in backing.checked else None
    if own is not None and field_name == "property" and contains_phrase(
            context.quote(own), mention.text):
        return True  # a property names what its own quote says: "Flight 302", "Category 4"
    if mention.kind == "figure" and mention.figure is not None:
        wanted = mention.figure
        return own is not None and any(
            (f.amount, f.scale, f.currency, f.unit, f.qualifier)
            == (wanted.amount, wanted.scale, wanted.currency, wanted.unit, wanted.qualifier)
            for f in context.figures(own))
    if mention.kind in ("claim", "figure"):
        return False  # a figure the reader refuses cannot be backed (fail closed)
    if mention.kind == "date" and mention.date is not None:
        wanted_date = mention.date
        return own is not None and (any(
            (d.year, d.month, d.day, d.qualifier)
            == (wanted_date.year, wanted_date.month, wanted_date.day, wanted_date.qualifier)
            for d in dates_in(context.quote(own)))
            or _date_value_backs(backing, own, mention, field_name))
    name = mention.text
    if mention.kind == "designation":  # "Category 5": spelled, number and all, by a quote
        return _designation_backed(context, backing, analysis, mention, owner, field_name)
    if field_name == "event":
        subject_and_quote = f"{owner.model.subject} {context.quote(owner.model)}" if owner else ""
        return contains_phrase(subject_and_quote, name) or any(
            (entry := backing.known.get(fid)) is not None
            and contains_phrase(context.quote(entry.model), name)
            for fid in analysis.sentence_facts(mention.start)) or (
            # a name a checked fact of the same article and subject quotes ("the river"
            # of the crest is the "Lower Little River" of the flood-stage fact)
            owner is not None and any(
                (entry.model.source, entry.model.subject)
                == (owner.model.source, owner.model.subject)
                and contains_phrase(context.quote(entry.model), name)
                for entry in backing.checked.values()))
    if name in backing.publishers or any(name == p.split()[0] for p in backing.publishers
                                         if " " in p and name.isupper()):
        return True
    tokens = _words(name)
    for fid in analysis.sentence_facts(mention.start):
        entry = backing.known.get(fid)
        if entry is not None and contains_phrase(context.quote(entry.model), name):
            return True
    if owner is not None and contains_phrase(_sentence_around(context, owner.model), name):
        return True  # the article's own sentence around the quote names it
    if owner is not None and field_name == "property" and (
            view := context.articles.get(owner.model.source)) is not None \
            and any(contains_phrase(view.plain, form) for form in _spellings(name)):
        return True  # a property labels its fact with a name its own article gives ("US")
    if owner is not None:
        view = context.articles.get(owner.model.source)
        if view is not None and tokens <= backing.quote_words.get(owner.model.source, set()) \
                and contains_phrase(view.plain, name):
            return True
    # A name that checked quotes spell elsewhere in the corpus, word for word.
    return tokens <= backing.all_quote_words


def _date_value_backs(backing: Backing, own: Fact, mention: Mention, field_name: str) -> bool:
    """A headline or label that names a checked date: an event "The attacks of September
    11" on its own fact dated 2001-09-11 (from "on Tuesday"), a property "closing level,
    13 May" where a checked fact of the same article and subject is dated 13 May 2019. The date in
    the text says no more than the value: its year, if written, and its qualifier agree."""
    wanted = mention.date
    if wanted is None or wanted.month is None or field_name not in ("event", "property"):
        return False
    facts = [own] + ([entry.model for entry in backing.checked.values()
                      if (entry.model.source, entry.model.subject) == (own.source, own.subject)]
                     if field_name == "property" else [])
    for fact in facts:
        value = fact.value
        if not isinstance(value, DateValue) or value.end is not None or \
                not is_plain_date(value.date) or value.date.count("-") != 2:
            continue
        year, month, day = (int(p) for p in value.date.split("-"))
        if (wanted.year in (None, year) and wanted.month == month and wanted.day in (None, day)
                and (wanted.qualifier or None) == (value.qualifier or None)):
            return True
    return False


def _spellings(name: str) -> tuple[str, ...]:
    """A name and, for a short capitalised abbreviation, its dotted form: "US" is written
    "U.S." by many outlets."""
    if 2 <= len(name) <= 4 and name.isupper() and name.isalpha():
        return name, ".".join(name) + "."
    return (name,)


def _designation_backed(context: Context, backing: Backing, analysis: Analysis,
                        mention: Mention, owner: Entry[Fact] | None, field_name: str) -> bool:
    """A label with its number ("Flight 302") stands in a quote the sentence cites, in its
    own article's sentence, or (for a property) in its own article."""
    name = mention.text
    for fid in analysis.sentence_facts(mention.start):
        entry = backing.known.get(fid)
        if entry is not None and contains_phrase(context.quote(entry.model), name):
            return True
    if owner is None or field_name == "event":
        return owner is not None and contains_phrase(context.quote(owner.model), name)
    if contains_phrase(_sentence_around(context, owner.model), name):
        return True
    view = context.articles.get(owner.model.source)
    return field_name == "property" and view is not None and contains_phrase(view.plain, name)


FigureKey = tuple[str, str | None, str]


def _figure_key(value: Quantity | Money | Figure) -> FigureKey:
    """Kind, unit or currency, and amount at scale: "four hundred million dollars" is
    (money, USD, 400000000), never the 400 km of a range."""
    amount = value.amount
    assert amount is not None
    whole = str((amount * SCALE_FACTORS.get(value.scale, Decimal(1))).normalize())
    if isinstance(value, Money) or (isinstance(value, Figure) and value.currency):
        return ("money", value.currency, whole)
    unit = value.unit or (value.noun if isinstance(value, Quantity) else None)
    return ("quantity", unit, whole)


def _hint(backing: Backing, mention: Mention) -> str:
    """The ways to fix it, naming the checked facts whose value matches in kind,
    unit or currency and amount, if any do."""
    candidates: list[str] = []
    if mention.date is not None:
        d = mention.date
        candidates = backing.by_date.get((d.year, d.month, d.day), [])
    elif mention.figure is not None:
        candidates = backing.by_figure.get(_figure_key(mention.figure), [])
    if candidates:
        listed = [f"[[{c}]]" for c in candidates[:3]]
        if len(listed) == 1:
            return f"{listed[0]} states it as checked; " + _WAYS
        names = ", ".join(listed[:-1]) + f" and {listed[-1]}"
        return f"{names} state it as checked; " + _WAYS
    return _WAYS

