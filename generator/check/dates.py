"""Does a quote support a date in an EDTF form or an interval? Shared by V405 and V406.

Plain dates (YYYY, YYYY-MM, YYYY-MM-DD) are read in ``values``; this module adds a year
not stated (XXXX-11-12), seasons, decades, approximate (~) and uncertain (?) dates, and
intervals: both ends of "between late 2019 and early 2020" must stand in the quote, joined
as one range; "by 2020" and "since 2015" are intervals with an open end; "within two
years" is an interval derived from the publication date.
"""

from __future__ import annotations

import re

from generator.check.anchors import anchored
from generator.check.context import Context
from generator.check.mismatch import Mismatch
from generator.model import DateValue, Fact, is_plain_date
from generator.model.chronology import describe_one
from generator.model.describe import describe_date
from generator.model.edtf import SEASONS
from generator.reading import (
    MONTHS,
    OPEN_END_SHIFTS,
    OPEN_START_SHIFTS,
    DateMention,
    contains_phrase,
    date_ranges_in,
    dates_in,
    find_whole,
    normalise,
    relative_date,
    relative_interval,
)
from generator.reading.excerpts import sentence_around
from generator.reading.relative import WORDING_QUALIFIERS, points, relative_context
from generator.reading.relative_bounds import (
    deadline,
    negated_before,
    negated_until,
    unhedged,
    week_middle,
    weekday_before,
    weekday_of,
)
from generator.reading.relative_spans import relative_span, span_point
from generator.reading.structure import parse
from generator.reading.tense import Direction, direction

_RANGE_HINT = ("both ends must stand in the quote as one range: 'between A and B', 'from A "
               "to B', 'A-B'; an open end is 'by B' or 'since A'")


def relative_basis(context: Context, fact: Fact, quote: str, wording: str,
                   derived: str) -> str | Mismatch | None:
    """The publication date that relative ``wording`` in ``quote`` is resolved from, or why
    there is none (None when the source is unregistered: R201 reports that)."""
    if not contains_phrase(quote, wording):
        return Mismatch("V406", f"the relative wording '{wording}' is not in the quote",
                        "copy the wording exactly from the quote")
    source = context.sources.get(fact.source)
    if source is None:
        return None
    published = source.model.published
    anchor, _ = source.model.anchor
    if anchor is None:
        return Mismatch("V406", f"'{wording}' is relative, but the publication date of "
                        f"{fact.source} is {published.basis}",
                        f"{derived} cannot be derived from an unknown publication date")
    return anchor


def anchor_name(context: Context, fact: Fact) -> str:
    """What the day a relative wording counts from is: "the update date" where the registry
    gives the text's last update (the text as read is that update), else "the publication
    date"."""
    source = context.sources.get(fact.source)
    return source.model.anchor[1] if source is not None else "the publication date"


def is_extended(value: DateValue) -> bool:
    """True for values this module reads: an EDTF form, an interval or a hedge mark."""
    return value.end is not None or not is_plain_date(value.date)


def _flags(date: str) -> tuple[str, bool, bool]:
    plain = date.rstrip("~?%")
    marks = date[len(plain):]
    return plain, "~" in marks or "%" in marks, "?" in marks or "%" in marks


def mention_matches(mention: DateMention, date: str, qualifier: str | None) -> bool:
    """True when ``mention`` gives every part of the EDTF ``date`` and its qualifier."""
    plain, approximate, uncertain = _flags(date)
    wanted = qualifier or ("about" if approximate else None)
    if (mention.reading or None) != wanted:
        return False
    if uncertain != (mention.uncertain is not None):
        return False
    if plain.endswith("X"):
        return mention.decade == int(plain[:3]) * 10
    if plain.startswith("XXXX-"):
        parts = [int(p) for p in plain.split("-")[1:]]
        return (mention.month == parts[0] and mention.season is None
                and (len(parts) == 1 or mention.day == parts[1]))
    parts = [int(p) for p in plain.split("-")]
    if len(parts) == 2 and parts[1] in SEASONS:
        return mention.year == parts[0] and mention.season == parts[1]
    if mention.year != parts[0] or mention.decade is not None:
        return False
    if len(parts) == 1:
        return True
    return mention.month == parts[1] and (len(parts) == 2 or mention.day == parts[2])


def extended_date(context: Context, fact: Fact, value: DateValue) -> Mismatch | None:
    """The V404/V405/V406 diagnosis of an extended date value, or None when supported."""
    quote = context.quote(fact)
    if value.relative is not None:
        return _relative_interval(context, fact, value, quote)
    if value.end is None:
        mentions = [m for m in dates_in(quote) if m.shift is None]
        if any(mention_matches(m, value.date, value.qualifier) for m in mentions):
            return None
        wanted = describe_one(value.date, value.qualifier)
        near = [m for m in dates_in(quote) if mention_matches(m, value.date.rstrip("~?%"), None)
                or mention_matches(m, value.date, None)]
        if near:
            return Mismatch("V404", f"qualifier: the quote's date reads "
                            f"\"{quote[near[0].start:near[0].end]}\", the value says {wanted}",
                            "set 'qualifier:' (and ~ or ?) as the quote hedges the date")
        century = _century_written(quote, value.date)
        if century is not None:  # "the 1300s" (trial 5): a century, which has no date form
            decade = value.date.rstrip("~?%")[:3]
            return Mismatch("V405", f"the quote gives the century '{century}', not the "
                            f"decade {decade}X (the years {decade}0 to {decade}9)",
                            "a century has no date form yet: give it as "
                            f"text, {{kind: text, text: \"{century}\"}}")
        return Mismatch("V405", f"the quote does not give the date {wanted}",
                        "every part of the date must stand in the quote: a season as 'spring "
                        "2019', a decade as 'the 2010s', a day without a year as "
                        "'November 12' (date: XXXX-11-12)")
    for found in date_ranges_in(quote):
        if value.date == "..":
            if (found.first is None and found.last is not None
                    and found.last.shift in OPEN_START_SHIFTS
                    and _end_matches(found.last, value.end, value.end_qualifier)):
                return None
        elif value.end == "..":
            if (found.last is None and found.first is not None
                    and found.first.shift in OPEN_END_SHIFTS
                    and _end_matches(found.first, value.date, value.qualifier)):
                return None
        elif (found.first is not None and found.last is not None
              and _end_matches(found.first, value.date, value.qualifier)
              and _end_matches(found.last, value.end or "", value.end_qualifier)):
            return None

    return Mismatch("V405", f"the quote does not give the interval {describe_date(value)}",
                    _RANGE_HINT)


def _end_matches(mention: DateMention, date: str | None, qualifier: str | None) -> bool:
    """An end of a range: its shift ("range", "by", "since") is what makes it an end."""
    if date is None:
        return False
    plain = DateMention(mention.year, mention.month, mention.day, mention.reading,
                        mention.start, mention.end, reading=mention.reading,
                        season=mention.season, decade=mention.decade,
                        uncertain=mention.uncertain)
    return mention_matches(plain, date, qualifier)


def way_of(quote: str, phrase: str) -> Direction:
    """Which way ``phrase`` points where it stands in ``quote`` (its first whole occurrence);
    wording with a direction of its own ("last month") needs none and reads back."""
    if not points(phrase):
        return Direction("back", "")
    plain = normalise(quote)
    starts = find_whole(plain, normalise(phrase))
    if not starts:
        return Direction(None, f"'{phrase}' is not in the quote")
    return direction(plain, starts[0], starts[0] + len(normalise(phrase)))


def wording_qualifier(phrase: str) -> str | None:
    """The qualifier a relative wording carries in itself: "late" in "in late June" and in
    "the last week of December"; None for "June" (a qualifier before it is read apart)."""
    wording = " ".join(normalise(phrase).lower().split())
    if week_middle(wording) is not None:
        return "about"  # "the middle of next week": about its Wednesday
    for prefix, qualifier in WORDING_QUALIFIERS.items():
        if wording.startswith(prefix):
            return qualifier
    months = re.sub(r"[a-z]+", lambda m: m.group(0).capitalize() if m.group(0) in MONTHS
                    else m.group(0), wording)  # "in late june" -> "in late June"
    mentions = dates_in(months)
    return mentions[0].reading if len(mentions) == 1 else None


def _century_written(quote: str, date: str) -> str | None:
    """ "the 1300s" where the value is the decade 130X: the words of a century, which the
    decade form does not say (only the first ten of its years)."""
    plain = date.rstrip("~?%")
    if len(plain) != 4 or not plain.endswith("0X") or not plain[:3].isdigit():
        return None
    words = f"the {plain[:2]}00s"
    return words if contains_phrase(quote, words) else None


def open_interval_hint(matching: list[DateMention], date: str) -> str | None:
    """ "legalized by 2016" (trial 5): the date closes an open interval, which no qualifier
    says (V404 asked for early, mid, late or about); "since 2015" opens one."""
    words = {m.qualifier or "" for m in matching}
    if words and words <= OPEN_START_SHIFTS:
        return (f"'{sorted(words)[0]} {date}' is an interval open at its start: write "
                f"date: \"..\", end: \"{date}\"")
    if words and words <= OPEN_END_SHIFTS:
        return (f"'{sorted(words)[0]} {date}' is an interval open at its end: write "
                f"date: \"{date}\", end: \"..\"")
    return None


def unsure_hint(phrase: str) -> str:
    """What to write when the reader cannot tell which way ``phrase`` points: the date as
    the quote gives it (a month or day without its year), or the verb that dates it."""
    mentions = dates_in(phrase if phrase[:1].isupper() else phrase.title())
    if len(mentions) == 1 and mentions[0].year is None and mentions[0].month is not None:
        day = f"-{mentions[0].day:02d}" if mentions[0].day is not None else ""
        form = f"XXXX-{mentions[0].month:02d}{day}"
        if mentions[0].shift in OPEN_START_SHIFTS:
            return f"write the date as the quote gives it, year not stated: date: \"..\", " \
                   f"end: \"{form}\"; or quote the verb that dates it"
        if mentions[0].shift is None:
            # without 'relative:', which is for a date the checker derives (trial 5 wrote
            # both and was refused again)
            return f"write the date as the quote gives it, year not stated: date: \"{form}\" " \
                   "with no 'relative:'; or quote the verb that dates it"
    return "quote the verb that says whether it is past or to come, or leave the date out"


# The words an open or bounded interval's wording opens with ("until January", "after
# Christmas", "since Tuesday").
_LIMIT_WORDS = frozenset({"until", "till", "by", "before", "through", "since", "from", "after"})


def limit_point(context: Context, fact: Fact, value: DateValue) -> Mismatch | None:
    """V406 for a plain date whose 'relative:' opens with a limit word ("until Nov. 1",
    "by 2024", "since May"): the wording names an interval that the date opens or closes,
    not the day itself (trial 6: "had until Nov. 1" passed as the day 1 November). A
    negated "until" names the point ("won't be seated until January"). The hint proposes
    only the interval that passes the check; otherwise it proposes no date."""
    assert value.relative is not None
    quote = context.quote(fact)
    opener = value.relative.split(" ", 1)[0].lower()
    if opener not in _LIMIT_WORDS or negated_until(quote, value.relative):
        return None
    hint = ("write the interval the wording names: date: \"..\" and end: for 'until', 'by' "
            "or 'before', end: \"..\" for 'since', 'from' or 'after', each end as the quote "
            "gives it")
    for start, end in (("..", value.date), (value.date, "..")):
        interval = value.model_copy(update={"date": start, "end": end})
        if _relative_interval(context, fact, interval, quote) is None:
            hint = f"write the interval: date: \"{start}\", end: \"{end}\""
            break
    return Mismatch("V406", f"'{value.relative}' names an interval, not the date "
                    f"{value.date} itself: '{opener}' never supports a plain date", hint)


def sentence_of(context: Context, fact: Fact) -> str | None:
    """The article's sentence (or sentences) around the quote, when it reaches beyond the
    quote; None when the quote is not found or is the whole sentence."""
    text = context.lined_text(fact)
    starts = context.occurrences(fact)
    if text is None or len(starts) != 1:
        return None
    end = starts[0] + len(context.quote(fact))
    first, last = sentence_around(text, starts[0], end)
    if (first, last) == (starts[0], end):
        return None
    return text[first:last]


def _relative_interval(context: Context, fact: Fact, value: DateValue,
                       quote: str) -> Mismatch | None:
    assert value.relative is not None
    if value.end is None:
        return Mismatch("V406", f"'{value.relative}' with an EDTF date: a relative date is "
                        "derived as YYYY, YYYY-MM or YYYY-MM-DD",
                        "state the derived date, or remove 'relative:'")
    # "in the next month or so": the interval of "in the next month", its end approximate.
    wording = unhedged(value.relative) or value.relative
    # "last week" in "the last week of December" is a part of December, not the week
    # before the dateline (trial 18: draft proposed 4 to 10 December and the check took it).
    # A wording that opens with its own limit word stands after others ("until after
    # Christmas" is "after Christmas").
    opens_with_limit = wording.split(" ", 1)[0].lower() in _LIMIT_WORDS
    shifted = None if opens_with_limit else relative_context(quote, wording)
    limit = None if opens_with_limit else deadline(quote, wording)
    if shifted is not None and limit is None:
        return Mismatch("V406", f"'{value.relative}' cannot be read on its own here: {shifted}",
                        "put the whole wording in 'relative:' if it is supported, or state "
                        "the date as the quote gives it")
    published = relative_basis(context, fact, quote, value.relative, "an interval")
    if not isinstance(published, str):
        return published
    point = wording if limit is not None else span_point(wording)
    way = way_of(quote, point) if point is not None else Direction("back", "")
    if point is not None and way.way is None and points(point) and not any(
            clause.verbs for clause in parse(quote).clauses):
        # A quote with no verb at all ("at the latest, the first week of January") is
        # dated by its sentence's verb, where the wording stands in it once.
        sentence = sentence_of(context, fact)
        if sentence is not None and len(find_whole(normalise(sentence),
                                                   normalise(point))) == 1:
            way = way_of(sentence, point)
    resolved, why = _span(wording, published, way, limit)
    if resolved is None:
        if point is not None and way.way is None and points(point):
            return Mismatch("V406", f"'{value.relative}' has no year, and {way.why}: the reader "
                            f"cannot tell whether it is before or after publication",
                            unsure_hint(value.relative))
        return Mismatch("V406", why, "state the interval as the quote does, or correct "
                        "'relative:'")
    if negated_before(quote, wording):
        # "would not be seated before the end of the year": then or later.
        resolved = (resolved[1], "..")
    if (value.date, value.end) != resolved:
        how = f" ({way.why})" if way.why else ""
        return Mismatch("V406", f"'{value.relative}'{how} from "
                        f"{anchor_name(context, fact)} {published} is {resolved[0]} to "
                        f"{resolved[1]}, not "
                        f"{value.date} to {value.end}",
                        f"set date: \"{resolved[0]}\", end: \"{resolved[1]}\"")
    hedged = point is not None and wording_qualifier(point) == "about"
    if (wording != value.relative or (hedged and resolved[0] == "..")) \
            and value.end_qualifier != "about":
        return Mismatch("V404", f"qualifier: '{value.relative}' makes the end of the interval "
                        f"approximate, the value says {value.end_qualifier or 'none'}",
                        "set end_qualifier: about")
    if hedged and resolved[1] == ".." and value.qualifier != "about":
        return Mismatch("V404", f"qualifier: '{value.relative}' makes the start of the "
                        f"interval approximate, the value says {value.qualifier or 'none'}",
                        "set qualifier: about")
    return None


def _span(wording: str, published: str, way: Direction,
          limit: str | None) -> tuple[tuple[str, str] | None, str]:
    """The interval ``wording`` names; with a limit phrase beside it ("at the latest"), the
    date it names opens or closes an open interval."""
    if limit is None:
        return relative_span(wording, published, way.way)
    resolved, why = relative_date(wording, published, way.way)
    if resolved is None:
        return None, why
    return (("..", resolved) if limit == "start" else (resolved, "..")), ""


def relative_point(quote: str, phrase: str, published: str) -> tuple[str | None, str, str]:
    """``phrase`` resolved where it stands in ``quote``: (date, why not, hint if unsure).

    A wording that counts from another date of the quote is resolved from that date, or
    not at all (see :mod:`generator.check.anchors`)."""
    from_anchor = anchored(quote, phrase)
    if from_anchor is not None:
        if from_anchor.date is None:
            return None, from_anchor.why, ("extend the quote to the date it counts from, or "
                                           "state the date as the quote gives it")
        return from_anchor.date, f"counted from '{from_anchor.anchor}' in the quote", ""
    way = way_of(quote, phrase)
    resolved, why = relative_date(phrase, published, way.way)
    named = weekday_before(quote, phrase) if points(phrase) else None
    candidates = {found for way_of_day in ("back", "forward")
                  if (found := relative_date(phrase, published, way_of_day)[0]) is not None
                  } if named is not None else set()
    if named is not None and candidates:
        return _by_weekday(phrase, named, candidates, way, resolved)
    if resolved is None and way.way is None and points(phrase):
        return None, (f"'{phrase}' has no year, and {way.why}: the reader cannot tell whether "
                      f"it is before or after publication"), unsure_hint(phrase)
    return resolved, (why if resolved is None else way.why), ""


def _by_weekday(phrase: str, named: str, candidates: set[str], way: Direction,
                resolved: str | None) -> tuple[str | None, str, str]:
    """A day without a year given with its weekday ("on Wednesday, September 26"): of the
    ``candidates`` (the day before publication and the day after), the one that falls on
    that weekday; where the clause's tense points to the other, or both or neither fall on
    it, nothing."""
    matching = sorted(day for day in candidates if weekday_of(day) == named)
    if len(matching) != 1 or (resolved is not None and resolved != matching[0]):
        clash = (f"{way.why}, but {resolved} is a {weekday_of(resolved)}"
                 if resolved is not None and weekday_of(resolved) is not None else
                 f"{len(matching)} of the days it can be fall on a {named}")
        return None, (f"'{phrase}' is given as a {named.title()}, and {clash}: the reader "
                      "cannot tell which year it is"), unsure_hint(phrase)
    return matching[0], f"'{named.title()}, {phrase}' falls on {matching[0]}", ""


def relative_advice(context: Context, fact: Fact, quote: str, mention: DateMention) -> str:
    """The hint for a date whose year the quote does not give, read from the publication
    date the way the check reads it: a value that passes, or why there is none."""
    written = quote[mention.start:mention.end]
    source = context.sources.get(fact.source)
    published = source.model.anchor[0] if source is not None else None
    named = anchor_name(context, fact)
    day = f"-{mention.day:02d}" if mention.day is not None else ""
    month = mention.month or 0
    bare = f"date: \"XXXX-{month:02d}{day}\" (year not stated)"
    if published is None or mention.shift not in (None, *OPEN_START_SHIFTS) or \
            mention.season is not None:
        return f"the year is not in the quote: write {bare}"
    wording = written
    if mention.reading is not None:  # "mid-February": the qualifier is its own key
        plain = dates_in(written.title())
        wording = written[plain[0].start:] if plain else written
        wording = wording.split("-", 1)[-1] if "-" in wording[:7] else wording
        wording = wording.split(" ", 1)[-1] if wording.lower().startswith(
            ("early ", "late ", "mid ", "about ")) else wording
    qualifier = f", qualifier: {mention.reading}" if mention.reading else ""
    if mention.shift is not None:
        shifted = f"{mention.shift} {wording}"
        if not contains_phrase(quote, shifted):
            return (f"the year is not in the quote: write date: \"..\", "
                    f"end: \"XXXX-{month:02d}{day}\"")
        span = span_point(shifted)
        way = way_of(quote, span or wording)
        resolved_span, _ = relative_span(shifted, published, way.way)
        if resolved_span is None:
            return (f"the year is not in the quote, and the reader cannot tell whether "
                    f"'{wording}' is before or after publication: {unsure_hint(shifted)}")
        return (f"the year is not in the quote; from {named} {published}"
                f"{' (' + way.why + ')' if way.why else ''}: date: \"{resolved_span[0]}\", "
                f"end: \"{resolved_span[1]}\", relative: \"{shifted}\"")
    whole = _whole_wording(quote, mention.start, wording)
    if whole is None:
        return f"the year is not in the quote: write {bare}"
    wording = whole
    resolved, why, unsure = relative_point(quote, wording, published)
    if resolved is None:
        return f"the year is not in the quote: {why}; {unsure or 'write ' + bare}"
    return (f"the year is not in the quote; from {named} {published}"
            f"{' (' + why + ')' if why else ''}: date: \"{resolved}\"{qualifier}, "
            f"relative: \"{wording}\"")


def _whole_wording(quote: str, start: int, wording: str) -> str | None:
    """The wording the hint may propose for 'relative:': ``wording`` with as many of the
    words right before it (up to three) as the check needs to read it on its own ("This
    past May", not "May", which V406 refuses: trial 6); None when none will do."""
    before = quote[:start].split()
    for extra in range(4):
        taken = before[len(before) - extra:] if extra else []
        if any(not word[-1:].isalnum() for word in taken):
            return None  # a comma or a quotation mark: another phrase
        candidate = " ".join([*taken, wording])
        if relative_context(quote, candidate) is None:
            return candidate
    return None


def uncertainty(mentions: list[DateMention], value: DateValue) -> Mismatch | None:
    """A plain date whose every supporting mention is hedged ("probably in 2019")."""
    hedged = [m for m in mentions if m.uncertain is not None]
    if mentions and len(hedged) == len(mentions):
        word = hedged[0].uncertain
        return Mismatch("V405", f"'{word}' makes the date uncertain, the value states it",
                        f"mark it uncertain: date: \"{value.date}?\"")
    return None


def date_readings(plain: str, published: str | None) -> list[dict[str, object]]:
    """Extended date values a quote supports, for drafting: intervals and open intervals,
    days and months whose year is not stated, and "within <n> years" from publication."""
    values: list[dict[str, object]] = []

    def end(mention: DateMention | None) -> tuple[str, str | None] | None:
        if mention is None:
            return ("..", None)
        if mention.year is None or mention.season is not None or mention.decade is not None:
            return None
        parts = [f"{mention.year:04d}"] + [f"{p:02d}" for p in (mention.month, mention.day)
                                            if p is not None]
        return "-".join(parts), mention.reading
    for found in date_ranges_in(plain):
        first, last = end(found.first), end(found.last)
        if first is None or last is None:
            continue
        value: dict[str, object] = {"kind": "date", "date": first[0]}
        if first[1]:
            value["qualifier"] = first[1]
        value["end"] = last[0]
        if last[1]:
            value["end_qualifier"] = last[1]
        values.append(value)
    for mention in dates_in(plain):
        if mention.year is None and mention.month is not None and mention.shift is None \
                and mention.season is None:
            day = f"-{mention.day:02d}" if mention.day is not None else ""
            values.append({"kind": "date", "date": f"XXXX-{mention.month:02d}{day}"})
    if published:
        import re

        for match in re.finditer(r"\bwithin\s+\S+\s+(?:day|week|month|year)s?\b", plain,
                                 re.IGNORECASE):
            resolved, _ = relative_interval(match.group(0), published)
            if resolved is not None:
                values.append({"kind": "date", "date": resolved[0], "end": resolved[1],
                               "relative": match.group(0)})
    return values
