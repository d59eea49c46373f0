"""``day_from:``: where the day of a time is stated, when its own sentence names none.

Why: news writing gives an event's day in one sentence and its time in another ("Since
marching ashore Friday near Wilmington ..." and, 48 lines on, "Florence went ashore near
Wrightsville Beach ... at 7:15 a.m. EDT"). The reader never guesses the day: the editor
names the passage that states it, verbatim, and the checker proves that it stands in the
same article, names exactly one day (a date, or a weekday worked out from the article's
date as V406 does), that the day is the value's, and that the two passages share a word of
the event ("ashore"), not only names or function words. That the two sentences tell of
one event is the editor's reading, shown beside the quote on the evidence page, as a
``stance_scope`` answer is.
"""

from __future__ import annotations

from generator.check.context import Context, whole_occurrences
from generator.check.mismatch import Mismatch
from generator.model import DateValue, Fact
from generator.reading import MONTH_NAMES, normalise
from generator.reading.lexicon import (
    ALSO_PREPOSITIONS,
    BE,
    COORDINATORS,
    DETERMINERS,
    DO,
    HAVE,
    MODALS,
    NEGATIONS,
    PREPOSITIONS,
    PRONOUNS,
    RELATIVES,
    SAY_VERBS,
)
from generator.reading.times import WEEKDAY_NAMES, day_wording

# Words two sentences may share without telling of one event.
_NOT_EVENT_WORDS = (BE | HAVE | DO | MODALS | NEGATIONS | ALSO_PREPOSITIONS | PREPOSITIONS
                    | DETERMINERS | PRONOUNS | COORDINATORS | RELATIVES | SAY_VERBS
                    | frozenset(WEEKDAY_NAMES) | frozenset(m.lower() for m in MONTH_NAMES)
                    | frozenset({"a.m.", "p.m.", "am", "pm", "time", "local", "day", "also"}))
_HINT = ("copy into 'day_from:' the words of the same article that give the day of this "
         "event ('Since marching ashore Friday near Wilmington'), or leave the time out")


def event_words(text: str, subject: str) -> set[str]:
    """The words of ``text`` that may name an event: lower-case as written (a name is no
    event), not function words, numbers or day words, and not the subject's words."""
    own = {w.strip(",.;:'\"()").lower() for w in subject.split()}
    found = set()
    for raw in normalise(text).split():
        word = raw.strip(",.;:'\"()?!")
        if len(word) < 3 or not word.isalpha() or not word.islower():
            continue
        if word in _NOT_EVENT_WORDS or word in own:
            continue
        found.add(word.removesuffix("s") if len(word) > 3 else word)
    return found


def day_from_mismatch(context: Context, fact: Fact, value: DateValue) -> Mismatch | None:
    """Why ``day_from`` gives no day for the value's time, or where it does, a synthetic
    question for V405/V406: None when the passage is fit to be read for the day."""
    passage = fact.day_from
    assert passage is not None
    if value.time is None or value.end is not None or value.relative is not None:
        return Mismatch("V405", "day_from: is for a time of day whose day its quote does not "
                        "give (a single day with a time, no 'relative:')",
                        "remove 'day_from:'")
    view = context.article_for(fact)
    if view is None or not context.occurrences(fact):
        return None  # Q301 reports it
    starts = whole_occurrences(view.plain, normalise(passage))[0]
    if not starts:
        return Mismatch("V405", f"day_from: \"{passage}\" is not in {fact.source}", _HINT)
    if len(starts) > 1:
        return Mismatch("V405", f"day_from: \"{passage}\" stands {len(starts)} times in "
                        f"{fact.source}", "extend 'day_from:' until it stands once")
    date, weekday, why = day_wording(passage)
    if date is None and weekday is None:
        return Mismatch("V405", f"day_from: \"{passage}\" {why}; it must name the one day "
                        "of the event", _HINT)
    shared = event_words(passage, fact.subject) & event_words(fact.quote, fact.subject)
    if not shared:
        return Mismatch("V405", f"day_from: \"{passage}\" shares no word of the event with "
                        "the quote (names and function words aside), so nothing shows that "
                        "it tells of the same event", _HINT)
    return None


def day_question(fact: Fact, value: DateValue) -> tuple[Fact, DateValue]:
    """The day passage as a date fact of its own, to be checked as any date is: the value's
    day, worked out from the weekday where the passage gives one."""
    assert fact.day_from is not None
    date, weekday, _ = day_wording(fact.day_from)
    day = DateValue(kind="date", date=value.date, relative=weekday if date is None else None)
    return fact.model_copy(update={"quote": fact.day_from, "value": day,
                                   "day_from": None}), day
