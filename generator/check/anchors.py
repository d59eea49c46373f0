"""Relative dates that count from another date of their sentence, not from publication.

"In a 2019 speech, he said the plant would close next year": the speech is dated 2019, so
its "next year" is 2020, whatever the article's date. "The ferry sank on 14 September
2018; a day earlier, ..." counts its day from the sinking. The reader finds the anchor
(the last date with a year before the wording in the quote) and resolves from it where
the wording can only count from it ("a day earlier", "the following year") or where a
verb of saying stands between the two (the words are the dated speaker's); where it
cannot resolve from the anchor, it says so and resolves nothing from the publication date.

"Trump said ... a trip to Beijing two weeks ago": a count of days or weeks "ago" in a
speaker's words counts from the day they spoke, which the dateline need not be (a Reuters
text of 14 May reports Monday 13 May). Where the sentence dates nothing, the reader cannot
tell the day and says so (:func:`spoken_ago`), rather than count from the dateline.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from generator.reading import DateMention, dates_in, find_whole, normalise
from generator.reading.relative_mentions import relative_dates_in
from generator.reading.tense import SAYING

_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
           "seven": 7, "eight": 8, "nine": 9, "ten": 10}
# Wording that only counts from another date: "a day earlier", "two weeks later", "the
# following year", "the day before".
_FROM_ANCHOR = re.compile(
    r"^(?:(?P<n>a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3})\s+"
    r"(?P<unit>day|week|month|year)s?\s+(?P<way>earlier|later|before|after)"
    r"|the\s+(?P<way2>following|previous|preceding|next)\s+(?P<unit2>day|week|month|year)"
    r"|the\s+day\s+(?P<way3>before|after))$")
_YEAR_WORDING = {"next year": 1, "last year": -1, "this year": 0}


@dataclass(frozen=True, slots=True)
class Anchored:
    """A wording read against an anchor: the date, or None and why; ``anchor`` as written."""

    date: str | None
    why: str
    anchor: str


def _anchor(plain: str, at: int) -> DateMention | None:
    before = [m for m in dates_in(plain[:at]) if m.year is not None and m.decade is None
              and m.season is None]
    return before[-1] if before else None


def anchored(quote: str, phrase: str) -> Anchored | None:
    """``phrase`` resolved from another date of ``quote``, or None when it counts from the
    publication date as usual."""
    plain = normalise(quote)
    wording = " ".join(normalise(phrase).lower().split())
    starts = find_whole(plain, normalise(phrase))
    if not starts:
        return None
    at = starts[0]
    counted = _FROM_ANCHOR.match(wording)
    anchor = _anchor(plain, at)
    if counted is None:
        if anchor is None or not any(word.lower() in SAYING for word in re.findall(
                r"[\w']+", plain[anchor.end:at])):
            return None
        written = plain[anchor.start:anchor.end]
        if wording in _YEAR_WORDING and anchor.year is not None:
            return Anchored(f"{anchor.year + _YEAR_WORDING[wording]:04d}", "", written)
        return Anchored(None, f"'{phrase}' is the words of a speaker dated '{written}', not "
                        "of the publication date", written)
    if anchor is None:
        return Anchored(None, f"'{phrase}' counts from another date, which the quote does "
                        "not give", "")
    written = plain[anchor.start:anchor.end]
    unit = counted.group("unit") or counted.group("unit2") or "day"
    way = counted.group("way") or counted.group("way2") or counted.group("way3") or ""
    sign = -1 if way in ("earlier", "before", "previous", "preceding") else 1
    number = counted.group("n") or "one"
    count = sign * (int(number) if number.isdigit() else _COUNTS[number])
    if unit == "year":
        return Anchored(f"{anchor.year + count:04d}", "", written)  # type: ignore[operator]
    if anchor.month is None or (unit in ("day", "week") and anchor.day is None):
        return Anchored(None, f"'{phrase}' counts {unit}s from '{written}', which does not "
                        f"give its {unit if unit != 'week' else 'day'}", written)
    assert anchor.year is not None
    if unit == "month":
        index = anchor.year * 12 + anchor.month - 1 + count
        return Anchored(f"{index // 12:04d}-{index % 12 + 1:02d}", "", written)
    assert anchor.day is not None
    try:
        day = dt.date(anchor.year, anchor.month, anchor.day) + dt.timedelta(
            days=count * (7 if unit == "week" else 1))
    except (ValueError, OverflowError):
        return Anchored(None, f"'{phrase}' from '{written}' falls outside the calendar", written)
    return Anchored(day.isoformat(), "", written)


_PUNCTUATION = ".,;:!?\"'“”‘’()"


def spoken_ago(sentence: str, phrase: str) -> str | None:
    """Why ``phrase`` ("two weeks ago") cannot be counted from the publication date: it
    counts days or weeks back in a speaker's words (a verb of saying before it) and the
    sentence gives no day, its own or the speaking's, to count from; None otherwise."""
    words = " ".join(normalise(phrase).lower().split()).split()
    if len(words) != 3 or words[2] != "ago" or words[1] not in ("day", "days", "week", "weeks"):
        return None
    plain = normalise(sentence)
    starts = find_whole(plain, normalise(phrase))
    if len(starts) != 1 or dates_in(plain) or len(relative_dates_in(plain)) > 1:
        return None  # the sentence dates something: the anchored readings above decide
    said = [w.strip(_PUNCTUATION).lower() for w in plain[:starts[0]].split()]
    verb = next((w for w in reversed(said) if w in SAYING), None)
    if verb is None:
        return None
    return (f"'{phrase}' is in the words of a speaker ('{verb}'): it counts from the day "
            "they spoke, which the sentence does not give (the dateline need not be it)")
