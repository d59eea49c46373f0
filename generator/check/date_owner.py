"""Whose a date or a name is, and the words around a "today" (trials 5 and 6, rules V409
and V406).

Why apart: the figure rules of ``values.py`` read figures; a date has an owner too where
the sentence names one with a possessive ("Mr. Trump's Oct. 11 announcement"). A fact
that files that date under another name of the quote ("China", which stands in what
was announced) gives the date to the wrong entity. The rule fails only where the subject
names none of the owner's words and names a word of the quote that is not the owner's;
a subject that names what was dated ("Phase 1 announcement") is left alone; "Phase 1
deal" is not what was dated that day.
"""

from __future__ import annotations

import generator.reading.lexicon as lx
from generator.check.context import Context
from generator.check.mismatch import Mismatch
from generator.model import DateValue, Fact
from generator.reading.excerpts import sentence_around
from generator.reading.figure_type import Figure
from generator.reading.normalise import find_whole, normalise
from generator.reading.owners import names, possessive_owner


def date_owner(quote: str, value: DateValue, subject: str) -> Mismatch | None:
    """V409 for a date the quote gives a possessive owner other than the subject."""
    if value.relative is None:
        return None
    plain = normalise(quote)
    starts = find_whole(plain, normalise(value.relative))
    if len(starts) != 1:
        return None
    owner = possessive_owner(plain, starts[0])
    noun = _dated_noun(plain, starts[0] + len(normalise(value.relative)))
    if owner is None or names(subject, owner) or noun.lower() in subject.lower():
        return None  # "Phase 1 announcement" names what was dated
    named = [word for word in subject.split() if word[:1].isupper()
             and find_whole(plain, word) and not names(word, owner)]
    if not named:
        return None
    return Mismatch("V409", f"'{value.relative}' belongs to {owner} in the quote (\"{owner}'s "
                    f"{value.relative} ...\"), not to {subject}",
                    f"set 'subject:' to what the date dates, e.g. '{owner}'s {noun}'")


def text_owner(quote: str, text: str, subject: str) -> Mismatch | None:
    """V409 for a text value the quote gives, with a possessive, to another entity than
    the subject, while the subject owns a name of its own there: "SpaceX's Starship, Blue
    Origin's Blue Moon" gives Blue Origin the Blue Moon, not the Starship (trial 6). A
    subject the quote does not name as an owner is left alone."""
    plain = normalise(quote)
    starts = find_whole(plain, normalise(text))
    if len(starts) != 1:
        return None
    owner = possessive_owner(plain, starts[0])
    if owner is None or names(subject, owner):
        return None
    marks = [at + 2 for at in range(len(plain) - 1) if plain[at:at + 2] in ("'s", "’s")]
    own = [found for mark in marks if (found := possessive_owner(plain, mark)) is not None
           and names(subject, found) and not names(found, owner)]
    if not own:
        return None
    return Mismatch("V409", f"'{text}' belongs to {owner} in the quote (a possessive: "
                    f"\"{owner}'s ...\"), not to {subject}, which the quote names as the "
                    "owner of something else",
                    f"state what the quote gives {subject}, or set 'subject:' to {owner}, "
                    "whose it is")


_REFERRING = frozenset({"its", "their", "his", "her", "these", "those"})


def other_sentence_owner(quote: str, start: int, end: int, subject: str) -> str | None:
    """The owner, named as the subject, of a figure in another sentence of the quote than
    the claimed figure's (at ``start``..``end``), when the claimed figure's sentence names
    neither the subject nor a pronoun that may stand for it: "More than 450,000 people were
    without communication ... About half of Marin County's cell sites were out of service"
    gives Marin County the half, not the 450,000 (trial 6). None otherwise."""
    first, last = sentence_around(quote, start, end)
    if first == 0 and last >= len(quote.rstrip()):
        return None  # one sentence: the figure rules of V409 read it
    sentence = quote[first:last]
    words = {word.lower().strip(".,;:'’\"") for word in sentence.split()}
    if words & (lx.PRONOUNS | _REFERRING) or any(
            find_whole(sentence, word) for word in subject.split() if word[:1].isupper()):
        return None
    rest = quote[:first] + " " * (last - first) + quote[last:]
    for mark in range(len(rest) - 1):
        if rest[mark:mark + 2] in ("'s", "’s"):
            owner = possessive_owner(rest, mark + 2)
            if owner is not None and names(subject, owner):
                return owner
    return None


def other_sentence(quote: str, claimed: list[Figure], subject: str) -> Mismatch | None:
    """V409 for figures of no owner that each stand in a sentence of the quote that is
    not about the subject (:func:`other_sentence_owner`)."""
    elsewhere = [other_sentence_owner(quote, f.start, f.end, subject) for f in claimed]
    if not all(elsewhere):
        return None
    return Mismatch("V409", f"\"{claimed[0].written}\" stands in a sentence of the quote "
                    f"that names neither {subject} nor a word for it; the quote names "
                    f"{elsewhere[0]} in another sentence",
                    f"quote the sentence that gives {subject} its figure, or set 'subject:' "
                    "to what this figure's sentence counts")


def _dated_noun(plain: str, end: int) -> str:
    """The word after the date ("announcement"), for the hint."""
    words = plain[end:].split()
    return words[0].strip(",.;:") if words else "event"


def paragraph_to_quote(context: Context, fact: Fact) -> str:
    """The article from the start of the quote's line to the quote's end ("" if the
    quote is not found once): its quotation marks open and close someone's words."""
    text = context.lined_text(fact)
    starts = context.occurrences(fact)
    if text is None or len(starts) != 1:
        return ""
    return text[text.rfind("\n", 0, starts[0]) + 1:starts[0] + len(context.quote(fact))]
