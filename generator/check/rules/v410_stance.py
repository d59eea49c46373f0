"""A fact's stance agrees with the clause and the verb that govern its value.

Why: a figure can stand in the quote and still not be claimed. The checker reads the
structure of the article's sentence that holds the value (the whole sentence, even where
the quote is cut shorter): the value's clause, its verb group (modals, negation, "to"
chains), the clauses it hangs from and who speaks. The declared ``stance:`` must agree:
"Two radars were never delivered" is a denial; "Forty trams will be built" an
expectation; "600 tonnes were reportedly shipped" and "…, sources said" second-hand; "X
said" allows reported and accepts stated. A hedge in a neighbouring clause does not reach
the value: in "Investigators will study why the train left the rails 3 km outside the
station" the 3 km is stated. A correction ("An earlier version of this story said") and a
value word left out of the fact ("a former chief", with "former" in neither subject nor
property) support nothing; where the structure is unclear the reader says so and
supports nothing. No hint proposes a stance the sentence does not give.

Where the reader's doubt is wrong, a cue that stands near the value but does not govern
it, the editor answers it with ``stance_scope: {cue: would, reason: "..."}``: the reason
is shown with the fact and counted in the check's summary; a ``stance_scope`` whose cue
governs nothing is an error.

Passing::

    quote: "An upgraded version could reach 1,500 kilometres"
    value: {kind: quantity, amount: 1500, unit: km}
    stance: possible

Failing::

    quote: "The Kremlin denied reports of a $4bn follow-on order"
    value: {kind: money, amount: 4, scale: billion, currency: USD}
    # error[V410] 'denied' makes this a denial: declare it (stance: denied), or quote a
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
from generator.reading.cue_scope import description_of, refused_act, subject_description
from generator.reading.dates import DateMention
from generator.reading.lexicon import DENIAL_VERBS, VALUE_WORD_STEMS
from generator.reading.stance import (
    STANCE_WORDS,
    Cue,
    SentenceEnds,
    StanceReading,
    cue_key,
)

ID = "V410"
NAME = "stance"
STAGE = "verify"
report = Reporter(ID)

# A value that stands in its quote more often than this is read at its first occurrences:
# the work per fact stays bounded ("the" quoted 499 times).
MAX_SPANS = 8


def _open_start_mentions(value: DateValue, mentions: list[DateMention]) -> list[DateMention]:
    """An interval open at its start ("..", end 2025) stands where its end's year does:
    not from the quote's first date ("Clark in October revealed lofty plans to expand
    the Emirates fleet by 30% by the end of 2025", CNBC, trial 7: the stance read at
    "October", the time of revealing, let the plan's deadline pass as stated)."""
    end = value.end or ""
    if value.date != ".." or not end[:4].isdigit():
        return []
    return [m for m in mentions if m.year == int(end[:4])]


def value_spans(quote: str, value: Value,
                figures: list[Figure] | None = None) -> list[tuple[int, int]]:
    """Where the value stands in a normalised quote: one span per occurrence."""
    if isinstance(value, Quantity | Money):
        read = figures_in(quote) if figures is None else figures
        if value.amount is None:  # a range: read from its first end to its last
            ends = [f for f in read if (f.low, f.high) == (value.min, value.max)]
            if not ends:  # ends the figure reader does not join: each end is read
                return [(qualifier_start(quote, f.start), f.end) for f in read
                        if f.amount in (value.min, value.max)]
            if len(ends) == 1:  # one figure that is a range itself: "in his 30s"
                return [(qualifier_start(quote, ends[0].start), ends[0].end)]
            return [(qualifier_start(quote, low.start), high.end)
                    for low, high in zip(ends[::2], ends[1::2], strict=False)]
        return [(qualifier_start(quote, f.start), f.end) for f in read
                if f.amount == value.amount]
    if isinstance(value, DateValue):
        if value.relative is not None:
            needle = normalise(value.relative)
            return [(at, at + len(needle)) for at in find_whole(quote, needle)]
        mentions = dates_in(quote)
        deadline = _open_start_mentions(value, mentions)
        if deadline:  # "revealed in October plans to ... by the end of 2025": only the end
            return [(m.start, m.end) for m in deadline][:1]
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


def stances_for(text: str, quote_start: int, quote: str, value: Value) -> frozenset[str]:
    """Every stance the sentence allows a fact quoting ``quote``: ``draft`` proposes one
    only where there is one; empty where the sentence supports none."""
    common: frozenset[str] | None = None
    for _, spans in _item_spans(quote, value):
        for start, end in spans[:1]:
            reading = stance_of(text, quote_start + start, quote_start + end,
                                is_date=isinstance(value, DateValue))
            common = reading.allowed if common is None else common & reading.allowed
    return frozenset({"stated"}) if common is None else common


def _with_line_breaks(context: Context, fact: Fact) -> str | None:
    """The article's normalised text with its line breaks kept (Context.lined_text, read
    once per article for every rule), or its plain text where the two do not align."""
    view = context.article_for(fact)
    if view is None:
        return None
    return context.lined_text(fact) or view.plain


def _sentences(context: Context, fact: Fact, text: str) -> SentenceEnds:
    """Where the sentences of the fact's article (as :func:`_with_line_breaks` gives it)
    end, found once per article: each quote's sentence is then found by its offset."""
    key = ("stance-sentences", fact.source)
    found = context.memo.get(key)
    if not isinstance(found, SentenceEnds) or found.text is not text:
        found = context.memo[key] = SentenceEnds(text)
    return found


def _lifted(fact: Fact) -> frozenset[str]:
    """The cue words the fact sets aside: the editor's answered cue, and value words
    ("proposed", "former") that the fact's subject or property names."""
    named = f"{fact.subject} {fact.property}".lower()
    words = {word for word, stems in VALUE_WORD_STEMS.items()
             if any(stem in named for stem in stems)}
    words.update(_answered(fact))
    if isinstance(fact.value, Text):
        # A text value that holds the denial verb names the denying itself: "denied the
        # accusations" is what Moore did, stated (trial #18 was pushed to 'denied').
        words.update(cue_key(word) for word in fact.value.text.lower().split()
                     if word in DENIAL_VERBS)
    return frozenset(words)


def _named_value_word(fact: Fact, raw: StanceReading, lifted: frozenset[str]) -> str | None:
    """The value word ("planned") that gave the stance the fact declares, set aside because
    the fact's subject or property names it (trial 5: "no cue word" though 'planned' stood
    in the clause, with subject "Planned December tariff")."""
    if fact.stance not in raw.allowed:
        return None
    answered = _answered(fact)
    for cue in raw.cues + (raw.other or ()):
        key = cue_key(cue.word)
        if key in lifted and key not in answered:
            return cue.word.lower()
    return None


def _answered(fact: Fact) -> frozenset[str]:
    """The cue words the editor answered with ``stance_scope``."""
    return frozenset(cue_key(answer.cue) for answer in fact.stance_scope or ())


def _readings(context: Context, fact: Fact
              ) -> list[tuple[str, StanceReading, str, tuple[int, int]]]:
    """For each part of the value (a list: each item), its readings: (part, reading, text,
    where the value starts and ends in text), the reading as the article gives it, before
    any cue is set aside."""
    starts = context.occurrences(fact)
    article = _with_line_breaks(context, fact) if starts else None
    if article is None:
        return []  # R201, R204 or Q301 report a quote that is not in its article
    quote = context.quote(fact)
    text, offset = article, starts[0]
    is_date = isinstance(fact.value, DateValue)
    readings = []
    figures = context.figures(fact) if isinstance(fact.value, Quantity | Money) else None
    lifted = _lifted(fact)
    ends = _sentences(context, fact, text)
    for part, spans in _item_spans(quote, fact.value, figures):
        found = [(stance_of(text, offset + s, offset + e, is_date=is_date, ends=ends),
                  (offset + s, offset + e))
                 for s, e in spans[:MAX_SPANS]]
        if not found:
            continue  # the value rules report a value that is not in the quote
        agreeing = [r for r in found
                    if fact.stance in r[0].without(lifted, _answered(fact)).allowed]
        reading, start = (agreeing or found)[0]
        readings.append((part, reading, text, start))
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
    readings = _readings(context, fact)
    at = entry.at("stance") if "stance" in entry.node else entry.at("value")
    read = {cue_key(cue.word) for _, reading, _, _ in readings
            for cue in reading.cues + (reading.other or ())}
    for answer in fact.stance_scope or () if readings else ():
        if cue_key(answer.cue) not in read:
            return report(entry.at("stance_scope"),
                          f"stance_scope answers '{answer.cue}', but no '{answer.cue}' "
                          "governs the value as the checker reads the sentence",
                          "remove that answer from 'stance_scope' (it answers only a doubt "
                          "the checker raises), or name the cue word its message names",
                          fact.id)
    lifted = _lifted(fact)
    for part, raw, text, (value_start, value_end) in readings:
        reading = raw.without(lifted, _answered(fact))
        if fact.stance in reading.allowed:
            continue
        where = f" ('{part}')" if part else ""
        clause = _short(" ".join(text[reading.clause_start:reading.clause_end].split()))
        problem = _unsupported(reading, where, clause, fact)
        if problem is not None:
            message, hint = problem
            return report(at, message, hint, fact.id)
        cue = reading.strongest()
        named = _named_value_word(fact, raw, lifted)
        if cue is None and named is not None:
            return report(at, f"stance '{fact.stance}', but '{named}' is a word of the value: "
                          f"the subject or property names it (\"{fact.subject}\", "
                          f"\"{fact.property}\"), so the clause states the {named} thing",
                          "remove 'stance:' (the subject already says it is "
                          f"{named}), or take '{named}' out of the subject and property "
                          f"to keep stance: {fact.stance}", fact.id)
        if cue is None:
            return report(at, f"stance '{fact.stance}', but the clause that holds the value"
                          f"{where} has no cue word for it: \"{clause}\"",
                          "quote the words that make it "
                          f"{STANCE_WORDS[fact.stance]}, or remove 'stance:' if the source "
                          "states it", fact.id)
        described = (description_of(text, cue.end, value_start)
                     if fact.stance == "stated" and cue.stance in ("expected", "possible")
                     and not isinstance(fact.value, DateValue) else None)
        if described is not None:
            # The stated declaration may mean the size of what the plan names: the reader
            # cannot tell, so it names no stance (issue 18: it proposed 'expected').
            return report(at, f"'{cue.word}' governs its clause, and the value stands in "
                          f"\"{_short(described)}\", which names what the clause is about: "
                          "the reader cannot tell whether the value is what it would do or "
                          "what that thing is now",
                          "quote a passage that states it, or declare the stance the source "
                          f"gives it; if '{cue.word}' does not govern the value, answer with "
                          f"{_answer(fact, cue.word)}", fact.id)
        unsure = _unsure(text, cue, (value_start, value_end), fact)
        if unsure is not None:
            return report(at, unsure,
                          "quote a passage that states it, or declare the stance the source "
                          f"gives it; if '{cue.word}' does not govern the value, answer with "
                          f"{_answer(fact, cue.word)}", fact.id)
        declare = " or ".join(f"stance: {a}" for a in sorted(reading.allowed))
        said = f"{cue.why[4:]} {cue.word}" if cue.why.startswith("by: ") else cue.word
        if cue.why.startswith("by: ") and cue.word.lower() == "according":
            said = f"according to {cue.why[4:]}"  # the verb before its speaker (trial 6)
        if len(said) > 60:  # a long speaker: the verb alone
            said = cue.word
        message = (f"'{said}' makes this {STANCE_WORDS[cue.stance]}{where}: the clause "
                   f"reads \"{clause}\"")
        if cue.why.startswith(("the sentence before", "a forecast model",
                               "in the list's lead-in")):
            message = (f"'{cue.word}' ({cue.why}) makes this {STANCE_WORDS[cue.stance]}"
                       f"{where}: the clause reads \"{clause}\"")
        if cue.why.startswith("a provision"):
            message = (f"'{cue.word}' makes this {cue.why}, what it would do, not an event"
                       f"{where}: the clause reads \"{clause}\"")
        return report(at, message,
                      f"declare it ({declare}), or quote a passage that states it; if "
                      f"'{cue.word}' does not govern the value, answer with "
                      f"{_answer(fact, cue.word)}", fact.id)
    return None


def _unsure(text: str, cue: Cue, value: tuple[int, int], fact: Fact) -> str | None:
    """Where a stated declaration may be right and the cue's stance may be too, the reader
    cannot tell which (issue 18: the hint proposed the cue's stance, a falsehood): a
    description inside the subject a hedge after it governs ("A Democrat winning the
    special election for the seat to replace Attorney General Jeff Sessions was seen as
    just a remote possibility"), or the one a refused act concerns ("refused to back an
    alleged child molester"). The message names no stance."""
    if fact.stance != "stated" or isinstance(fact.value, DateValue):
        return None
    start, end = value
    if cue.stance in ("expected", "possible") and cue.start >= end:
        nested = subject_description(text, start, end)
        if nested is not None:
            return (f"'{cue.word}' comes after the value and governs its clause's subject; "
                    f"the value stands in \"{_short(nested)}\", a description inside that "
                    "subject: the reader cannot tell whether the hedge reaches what the "
                    "description names")
    if cue.stance == "denied" and isinstance(fact.value, Text):
        act = refused_act(text, cue.start, cue.end, start, fact.value.text)
        if act is not None:
            return (f"'{cue.word}' denies the act '{act}'; the value, \"{fact.value.text}\", "
                    "names whom or what that act concerns: the reader cannot tell whether "
                    "the value is what was refused or what the text says the thing is")
    return None


def _answer(fact: Fact, word: str) -> str:
    """The ``stance_scope`` that answers ``word``: beside the fact's answers, if any (a
    second 'stance_scope:' key would be a duplicate key)."""
    given = [f"{{cue: {_flow(a.cue)}, reason: ...}}" for a in fact.stance_scope or ()]
    new = f"{{cue: {_flow(word)}, reason: ...}}"
    if not given:
        return f"stance_scope: {new}"
    return f"stance_scope: [{', '.join([*given, new])}] (a list: one answer per cue word)"


def _flow(word: str) -> str:
    """A cue word as a YAML flow scalar: quoted where a plain one would not read back."""
    plain = word[:1].isalpha() and not any(ch in ':{}[],#&*!|>"%@`' for ch in word)
    return word if plain else '"' + word.replace('"', "'") + '"'


def _unsupported(reading: StanceReading, where: str, clause: str, fact: Fact
                 ) -> tuple[str, str] | None:
    """A reading that supports no stance at all: (message, hint), naming no stance."""
    if reading.doubt:
        return (f"{reading.doubt}{where}, so it supports no stance: \"{clause}\"",
                "quote a sentence whose structure is plain; if a cue word near the value "
                "does not govern it, answer with stance_scope: {cue: ..., reason: ...}")
    kinds = {cue.stance: cue for cue in reading.cues}
    if "correction" in kinds:
        cue = kinds["correction"]
        return (f"'{cue.why[4:]} {cue.word}' is a correction: what it says was wrong{where}, so "
                f"it supports nothing: \"{clause}\"",
                "quote the corrected figure from the article's own text, not the correction")
    if "value word" in kinds:
        cue = kinds["value word"]
        return (f"'{cue.word}' belongs to the value{where}: the clause reads \"{clause}\"",
                f"name it in the subject or property (e.g. '{cue.word} {fact.subject}'): a "
                f"{cue.word} one is not the thing itself")
    return None


def _short(text: str, limit: int = 110) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
