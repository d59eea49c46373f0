"""What a number counts: the noun phrase it belongs to, read token by token.

A count is read from the words after its number, as a small noun-phrase reader does:

- a run of modifiers and a head noun, where a modifier may be a name or designation
  ("64 A320neo jets", "more than 300 Airbus A321 planes", "two Ku Klux Klan members"),
  a measure ("two five-gallon tanks") or an adjective; adjectives may be joined by "and"
  or commas ("17 international and domestic flights"). The head is the last word of the
  run that reads as a plural (or the last word when the count is one): "22,819 write-in
  votes cast" counts votes. Every tail of the run that ends at the head is a noun the
  count supports: "six crew members" supports ``member`` and ``crew member``;
- coordinated nouns ("788,916 homes and businesses") count the things together: they
  support ``home and business``, not ``home`` alone;
- a partitive ("220 of the jets", "all 48 of the carrier's new model", "51 of the
  chamber's 100 seats") counts a part of the things named after "of": ``jet``, ``model``,
  ``seat``;
- an elided noun: a predicate that only people take ("8 dead", "killing all 212
  aboard", "41 opposed") counts people (``person``); a bare count after an earlier count
  of the same sentence ("received 671,151 votes, to Moore's 650,436", "with 3,900 more on
  order") counts what that one counts (see figures.py, which links them);
- a number hyphened to a word that names one thing by its number ("a tan, 20-seater
  FMTV trucks", "an 18-wheeler") counts nothing: no seaters, no trucks;
- a count after its noun ("the death toll rose to at least 11", "the number of injured
  is 27", "population 29,000", "the outage total is 814,351") counts that noun.

Nothing else is guessed: a bare number with none of these counts nothing.
The word lists are data, below; matching is case-blind, messages keep the text's case.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from generator.reading.designations import NUMBERED_NAMES, is_listed_designation
from generator.reading.lexicon import ELIDED_NOUNS, IRREGULAR_PAST, SAY_VERBS
from generator.reading.nouns import IRREGULAR_SINGULARS, STOP_WORDS, plural
from generator.reading.numbers import FRACTION_DENOMINATORS, NUMBER_WORDS, SCALE_WORDS

# Plural forms that do not end in -s, and nouns that count in the singular form.
_PLURAL_WORDS_TEXT = """people men women children aircraft personnel staff crew police
cattle sheep fish deer series species troops feet teeth mice geese"""
PLURAL_WORDS = frozenset(_PLURAL_WORDS_TEXT.split())
# Words that end a noun run besides the function words of nouns.py: prepositions,
# adverbs of time and comparison, "more" ("3,900 more on order").
_RUN_STOPS_TEXT = """without including near later earlier now since after
before during while across through against among so there here then yet still already
ago apiece altogether overall total toward towards until via versus vs like behind
beyond inside outside within upon including except plus"""
RUN_STOPS = STOP_WORDS | frozenset(_RUN_STOPS_TEXT.split())
# Words between a verb and its count: "affected nearly 2.5 million people".
_BEFORE_COUNT_TEXT = """nearly about almost roughly some around over more than less fewer
at least up to just only approximately an estimated"""
BEFORE_COUNT = frozenset(_BEFORE_COUNT_TEXT.split())
# Past participles that stand before a noun as adjectives ("armed civilians"): after
# "and", they join a noun, not a second verb.
_PARTICIPLE_ADJECTIVES_TEXT = """armed unarmed retired elected registered licensed trained
skilled unskilled married unmarried unemployed employed detained related unrelated
qualified experienced disabled aged dedicated talented organized organised"""
PARTICIPLE_ADJECTIVES = frozenset(_PARTICIPLE_ADJECTIVES_TEXT.split())
# A count whose only word is one of these counts people: "8 dead", "212 aboard".
_PERSON_PREDICATES_TEXT = """dead injured aboard missing wounded hurt killed opposed
homeless displaced evacuated stranded rescued unaccounted"""
PERSON_PREDICATES = frozenset(_PERSON_PREDICATES_TEXT.split())
# Nouns that name a count of something written after them, and what they count:
# "the death toll ... 11" counts deaths, "population 29,000" people.
COUNTER_NOUNS = {"death toll": "death", "toll": "death", "population": "person",
                 "body count": "body", "casualty count": "casualty"}
# "the number of X", "the X total", "the X count", "a tally of X": they count X.
COUNTER_OF = frozenset({"number", "tally", "count", "total"})
COUNTER_AFTER = frozenset({"total", "count", "tally", "toll"})
# Words that say which total it is, not what it counts: "the current total" counts no
# currents (trial 18: draft proposed "about 6,723 currents").
_TOTAL_ADJECTIVES_TEXT = """current final overall grand running official unofficial latest
new old combined cumulative early preliminary total previous updated revised last first
partial certified projected estimated"""
TOTAL_ADJECTIVES = frozenset(_TOTAL_ADJECTIVES_TEXT.split())
# What a person predicate supports as a noun.
PERSON_NOUNS = frozenset({"person", "people"})
__DETERMINERS_TEXT = """the these those its their his her our your my this that a an
all some both"""
_DETERMINERS = frozenset(__DETERMINERS_TEXT.split())
# Words after a number that make it an hour: "5 a.m.", "14:05 GMT".
# "one last month", "two this week": a relative date after a number (a pronoun's, or a
# count of events) is when, not what is counted.
RELATIVE_LEADS = frozenset({"last", "next", "this", "past", "coming"})
DATE_UNITS = frozenset({"week", "weekend", "month", "year", "night", "morning", "afternoon",
                        "evening", "spring", "summer", "fall", "autumn", "winter"})
TIME_WORDS = frozenset({"a.m", "p.m", "am", "pm", "o'clock", "gmt", "utc", "et", "edt", "est",
                        "bst", "cet", "pt", "pdt", "pst", "ct", "cdt", "cst", "local"})
# A modifier run of more than this many words reads no noun (it crosses into the clause).
MAX_MODIFIERS = 3
MAX_CONJUNCTS = 4
# The window of text read after a number, and before it for a count after its noun.
WINDOW = 96
LOOKBACK = 90
MAX_TOKENS = 16  # no run, coordination or partitive reaches further

_TOKEN = re.compile(r"(?:[A-Za-z]\.){2,}|[^\W_](?:[\w'’.&-]*[^\W_])?|[^\w\s]")
_POSSESSIVE = re.compile(r"(?:'s|’s|s'|s’)$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Counted:
    """What a number counts.

    ``how`` is "noun" (the phrase after it), "partitive" ("220 of the jets"),
    "person" ("8 dead"), "antecedent" (an earlier count's noun), "after" (a count after its
    noun) or "none". ``nouns`` are the phrases it supports, lower-cased, each a tuple of
    conjuncts, each conjunct a tuple of words as written (plural or not); ``written`` is
    the phrase as the text writes it, for messages; ``end`` where its words end.
    """

    how: str
    nouns: tuple[tuple[tuple[str, ...], ...], ...]
    written: str
    end: int


NOTHING = "none"
NO_COUNT = Counted(NOTHING, (), "", 0)


def _tokens(text: str, at: int, to: int, limit: int = 0) -> list[tuple[str, int, int]]:
    """The tokens of ``text[at:to]`` (the first ``limit`` only, when given)."""
    found: list[tuple[str, int, int]] = []
    for match in _TOKEN.finditer(text, at, to):
        if limit and len(found) >= limit:
            break
        word = match.group(0)
        end = match.end()
        if len(word) > 1 and word.endswith(".") and word.count(".") == 1:
            word, end = word[:-1], end - 1  # "jets." ends a sentence; "U.S." stays whole
        found.append((word, match.start(), end))
    return found


@lru_cache(maxsize=4096)
def is_plural(word: str) -> bool:
    """True for a word that reads as a plural noun: "jets", "people", "aircraft"."""
    lowered = word.lower()
    if lowered in PLURAL_WORDS:
        return True
    return (len(lowered) > 2 and lowered.endswith("s") and not lowered.endswith(
        ("ss", "us", "is", "'s", "’s")) and lowered.replace("-", "").isalpha())


@lru_cache(maxsize=4096)
def _is_number(word: str) -> bool:
    """Digits, or number words ("four", "twenty-four"); not a measure ("five-gallon")."""
    return (word[:1].isdigit() and all(c.isdigit() or c in ",." for c in word)) or all(
        part in NUMBER_WORDS for part in word.lower().split("-"))


@lru_cache(maxsize=4096)
def _is_word(word: str) -> bool:
    return word[:1].isalnum() and not _is_number(word)


def _run(tokens: list[tuple[str, int, int]], index: int, many: bool, depth: int = 0,
         verb: bool = False) -> tuple[list[list[tuple[str, int, int]]], int]:
    """The conjuncts of a noun run from ``index``: each a list of tokens ending at its
    head; and the index after the run. No conjunct when no head is read. At most
    ``MAX_CONJUNCTS`` nouns are joined, which bounds the work."""
    conjuncts: list[list[tuple[str, int, int]]] = []
    current: list[tuple[str, int, int]] = []
    position = index
    while position < len(tokens):
        word = tokens[position][0]
        lowered = word.lower()
        if (_is_word(word) or _designation(tokens, position, current)) and (
                lowered not in RUN_STOPS and _rank(current, len(current)) <= MAX_MODIFIERS):
            current.append(tokens[position])
            position += 1
            continue
        joiner = lowered in ("and", "or", ",")
        if not (joiner and current and position + 1 < len(tokens)):
            break
        head = _head(current, many)
        nxt = tokens[position + 1][0]
        if nxt.lower() in ("and", "or") and word == ",":  # "homes, shops and schools"
            position += 1
            nxt = tokens[position + 1][0] if position + 1 < len(tokens) else ""
        if not _is_word(nxt) or nxt.lower() in RUN_STOPS or depth >= MAX_CONJUNCTS:
            break
        rest, after = _run(tokens, position + 1, many, depth + 1)
        if word == "," and _attribution(tokens, after):
            break  # "22 UN staff, officials said": the comma opens an attribution
        if head is not None and head == len(current) - 1 and is_plural(current[-1][0]):
            if verb and word == "and" and _second_verb(tokens, position + 1, rest):
                break  # "affected 2.5 million people and outraged local officials"
            if not rest or not all(is_plural(c[-1][0]) for c in rest):
                break  # "43 dogs, 80 cats": the comma ends the phrase
            conjuncts.append(current)  # "homes and businesses": nouns joined
            conjuncts.extend(rest)
            return conjuncts, after
        if word == "," and (not many or not rest or any(is_plural(t[0]) for t in current)):
            break  # "all 2,220 precincts reporting, Jones received": the comma ends it
        current.append(tokens[position])  # "international and domestic flights"
        position += 1
    head = _head(current, many)
    if head is None:
        return [], index
    conjuncts.append(current[:head + 1])
    return conjuncts, index + len(current[:head + 1])


def _second_verb(tokens: list[tuple[str, int, int]], index: int,
                 rest: list[list[tuple[str, int, int]]]) -> bool:
    """After a count's verb ("affected ... people"), "and" and a past tense with its own
    object ("and outraged local officials") open a second verb, not a second noun."""
    word = tokens[index][0]
    return (word.islower() and word not in PARTICIPLE_ADJECTIVES and _reads_as_past(word)
            and bool(rest) and len(rest[0]) > 1)


def _verb_before(text: str, end: int) -> bool:
    """True when a past tense stands right before the count ending at ``end``, past its
    number and words like "nearly": "affected nearly 2.5 million"."""
    words = [t[0].lower() for t in _tokens(text, max(0, end - LOOKBACK), end)]
    while words and (_is_number(words[-1]) or words[-1] in SCALE_WORDS):
        words.pop()  # the number itself: "2.5 million"
    while words and words[-1] in BEFORE_COUNT:
        words.pop()
    return bool(words) and _reads_as_past(words[-1])


def _attribution(tokens: list[tuple[str, int, int]], index: int) -> bool:
    """A say verb at ``index``, or after a short "of" phrase there: "…jets, executives
    of both companies announced" is who said it, not a thing counted with the jets."""
    if index < len(tokens) and tokens[index][0].lower() == "of":
        for probe in range(index + 1, min(index + 5, len(tokens))):
            if not _is_word(tokens[probe][0]):
                return False
            if tokens[probe][0].lower() in SAY_VERBS:
                return True
        return False
    return index < len(tokens) and tokens[index][0].lower() in SAY_VERBS


def _designation(tokens: list[tuple[str, int, int]], position: int,
                 current: list[tuple[str, int, int]]) -> bool:
    """A model number inside a name ("30 Boeing 787 jets"): plain digits right after a
    capitalised modifier and before a word; it names the things, it counts nothing."""
    word = tokens[position][0]
    return (bool(current) and word.isdigit() and current[-1][0][:1].isupper()
            and _is_word(current[-1][0]) and position + 1 < len(tokens)
            and _is_word(tokens[position + 1][0]))


def _rank(run: list[tuple[str, int, int]], index: int) -> int:
    """How many modifiers stand before ``index``: joiners ("and", ",") do not count, so
    "18 Northern and central California counties" has three before its head."""
    return sum(1 for token in run[:index] if token[0].lower() not in ("and", "or", ","))


def _in_run(token: tuple[str, int, int]) -> bool:
    return _is_word(token[0]) or token[0].isdigit()


def _head(run: list[tuple[str, int, int]], many: bool) -> int | None:
    words = [i for i, token in enumerate(run) if _in_run(token)]
    if not words:
        return None
    if many:
        plurals = [i for i in words if is_plural(run[i][0]) and _rank(run, i) <= MAX_MODIFIERS]
        if plurals:
            return plurals[-1]
        if _reads_as_past(run[words[-1]][0]) or _reads_as_past(run[words[0]][0]):
            # "Standard & Poor's 500 index slipped": a number of many before a singular
            # noun and a verb names the thing (an index, a category), it counts nothing
            return None
    last = max((i for i in words if _rank(run, i) <= MAX_MODIFIERS), default=0)
    if _reads_as_past(run[last][0]):
        # "Those 13 blossomed into ...", "the index slipped": the run ends at its verb
        last -= 1
    return last if last >= 0 and _is_word(run[last][0]) else None


def _reads_as_past(word: str) -> bool:
    """A past tense where a noun's head would stand: the verb of the clause, not what a
    number counts ("8 dead", "300 injured" are person predicates, read apart)."""
    lowered = word.lower()
    if lowered in PERSON_PREDICATES or not lowered.isalpha():
        return False
    return lowered in IRREGULAR_PAST or (len(lowered) > 4 and lowered.endswith("ed")
                                         and not lowered.endswith("eed"))


def _phrases(conjuncts: list[list[tuple[str, int, int]]]
             ) -> tuple[tuple[tuple[str, ...], ...], ...]:
    """Every noun a run supports: each tail of a single conjunct, or every combination of
    tails of coordinated ones."""
    words = [[t[0].lower() if _in_run(t) else "and" for t in c] for c in conjuncts]
    if len(words) == 1:
        return tuple((tuple(words[0][i:]),) for i in range(len(words[0]))
                     if words[0][i] != "and")
    heads = tuple(tuple(w[-1:]) for w in words)
    whole = tuple(tuple(w) for w in words)
    return tuple(dict.fromkeys([heads, whole]))


# "one-third", "two-thirds": a fraction written with a hyphen counts no thirds.
_HYPHEN_FRACTIONS = frozenset(FRACTION_DENOMINATORS) | {"third", "thirds"}


def counted_after(text: str, end: int, many: bool) -> Counted:
    """What the number ending at ``end`` counts, read from the words after it."""
    tokens = _tokens(text, end, min(len(text), end + WINDOW), MAX_TOKENS)
    if not tokens:
        return Counted(NOTHING, (), "", end)
    if tokens[0][0].lower().rstrip(".") in TIME_WORDS:
        return Counted(NOTHING, (), "", end)  # "a 5 a.m. advisory": an hour counts nothing
    if len(tokens) > 1 and tokens[0][0].lower() in RELATIVE_LEADS and \
            tokens[1][0].lower() in DATE_UNITS:
        return Counted(NOTHING, (), "", end)  # "including one last month": a date follows
    if tokens[0][0].lower() in FRACTION_DENOMINATORS:
        return Counted(NOTHING, (), "", end)  # "One half of ...": a share, no count of halves
    if tokens[0][0] == "-" and tokens[0][1] == end and len(tokens) > 1 and _is_word(
            tokens[1][0]) and tokens[1][1] == end + 1:  # "a 150-page draft" counts pages
        word = tokens[1]
        if word[0].lower() in NUMBERED_NAMES:  # "20-seater FMTV trucks" count no one
            return Counted(NOTHING, (), "", end)
        if word[0].lower() in _HYPHEN_FRACTIONS:  # "one-third of Europe's population":
            return Counted(NOTHING, (), "", end)  # a share, no count of thirds
        return Counted("noun", (((word[0].lower(),),),), word[0], word[2])
    index = 1 if tokens[0][0] == "+" and tokens[0][1] == end else 0  # "100+ animals"
    if index < len(tokens) and tokens[index][0].isdigit() and is_listed_designation(
            text, tokens[index][1]):
        index += 1  # "roughly 400 737 Max jets": a model's number names the jets counted
    if [t[0].lower() for t in tokens[index:index + 2]] == ["or", "so"]:
        index += 2  # "about 14,000 or so votes": "or so" hedges the number, votes counted
    how = "noun"
    if index < len(tokens) and tokens[index][0].lower() in ELIDED_NOUNS:
        # "nine others": no noun; 'written' keeps the word, which no antecedent replaces
        return Counted(NOTHING, (), tokens[index][0], end)
    if index < len(tokens) and tokens[index][0].lower() == "of":
        if not many:
            return Counted(NOTHING, (), "", end)  # "one of four storms" is membership
        how, index = "partitive", _after_of(tokens, index + 1)
        if index < len(tokens) and _is_number(tokens[index][0]):
            index += 1  # "51 of the chamber's 100 seats": the seats counted
            many = True
        if index >= len(tokens) or not _is_word(tokens[index][0]):
            return Counted(NOTHING, (), "", end)
    verb = any(t[0].lower() == "and" for t in tokens) and _verb_before(text, end)
    conjuncts, _ = _run(tokens, index, many, verb=verb)
    if not conjuncts:
        return Counted(NOTHING, (), "", end)
    last = conjuncts[-1][-1]
    written = text[conjuncts[0][0][1]:last[2]]
    if how == "noun" and len(conjuncts) == 1 and len(conjuncts[0]) == 1 and (
            conjuncts[0][0][0].lower() in PERSON_PREDICATES):
        return Counted("person", tuple((( n,),) for n in sorted(PERSON_NOUNS)), written, last[2])
    return Counted(how, _phrases(conjuncts), written, last[2])


def _after_of(tokens: list[tuple[str, int, int]], index: int) -> int:
    """The index after "of", past a determiner and a possessor: "of the carrier's"."""
    if index < len(tokens) and tokens[index][0].lower() in _DETERMINERS:
        index += 1
    for probe in range(index, min(index + 4, len(tokens))):
        if _POSSESSIVE.search(tokens[probe][0]) or (
                probe + 1 < len(tokens) and tokens[probe + 1][0] in ("'", "’")):
            return probe + (2 if tokens[probe][0][-1:] not in ("'", "’") and probe + 1 < len(
                tokens) and tokens[probe + 1][0] in ("'", "’") else 1)
        if not _is_word(tokens[probe][0]) or tokens[probe][0].lower() in RUN_STOPS:
            break
    return index


# A counter noun and the words that may join it to its number: "the death toll from the
# storm rose to at least 11", "the number of injured ... is 27", "population 29,000".
_COUNTER_WORD = re.compile(r"toll|population|number|tally|count|total", re.IGNORECASE)
_TIME = re.compile(r"\b\d{1,2}:\d{2}\b")
_CLAUSE_BREAK = re.compile(r"[.;:!?]\s|\bbut\b|\bwhile\b|\d", re.IGNORECASE)


def counted_before(text: str, start: int) -> Counted:
    """A count written after its noun: what the noun before ``start`` counts."""
    low = max(0, start - LOOKBACK)
    if _COUNTER_WORD.search(text, low, start) is None:
        return Counted(NOTHING, (), "", start)  # the common case, found at once
    window = _TIME.sub(lambda m: " " * len(m.group(0)), text[low:start])
    cuts = [cut.end() for cut in _CLAUSE_BREAK.finditer(window)]
    if cuts:
        window, low = window[cuts[-1]:], low + cuts[-1]
    tokens = [t[0].lower() for t in _tokens(window, 0, len(window))]
    words = [t for t in tokens if _is_word(t) or t in ("'", "’")]
    for index in range(len(words) - 1, -1, -1):
        word = words[index]
        pair = " ".join(words[index:index + 2])
        if pair in COUNTER_NOUNS:
            return _after(COUNTER_NOUNS[pair], start)
        if word in COUNTER_NOUNS and (index == 0 or f"{words[index - 1]} {word}"
                                      not in COUNTER_NOUNS):
            if word == "toll" and index > 0 and words[index - 1] not in _DETERMINERS:
                return _after(words[index - 1], start)  # "the flood toll"
            return _after(COUNTER_NOUNS[word], start)
        if word in COUNTER_OF and index + 2 < len(words) and words[index + 1] == "of":
            noun = words[index + 2]
            if noun in _DETERMINERS and index + 3 < len(words):
                noun = words[index + 3]
            return _after(noun, start)
        if word in COUNTER_AFTER and index > 0 and words[index - 1] not in _DETERMINERS and (
                words[index - 1] not in TOTAL_ADJECTIVES):
            return _after(words[index - 1], start)  # "the power outage total"
    return Counted(NOTHING, (), "", start)


def _after(noun: str, at: int) -> Counted:
    if noun in PERSON_PREDICATES:
        nouns = tuple(((n,),) for n in sorted(PERSON_NOUNS | {noun}))
        return Counted("after", nouns, noun, at)
    return Counted("after", (((noun,),),), noun, at)


def supports_noun(counted: Counted, noun: str) -> bool:
    """True when ``noun`` (a value's, singular; "crew member", "home and business") is
    one of the nouns ``counted`` supports, each head singular or plural."""
    lowered = noun.lower().strip()
    wanted = [tuple(part.split()) for part in re.split(r"\s*,\s*|\s+and\s+|\s+or\s+",
                                                          lowered) if part]
    whole = (tuple(re.sub(r"\s*,\s*|\s+or\s+", " and ", lowered).split()),)
    for phrase in counted.nouns:
        for parts in (wanted, whole):
            if len(phrase) == len(parts) and all(
                    _same_words(w, p) for w, p in zip(parts, phrase, strict=True)):
                return True
    return False


def _same_words(wanted: tuple[str, ...], written: tuple[str, ...]) -> bool:
    if len(wanted) != len(written) or not wanted:
        return False
    if wanted[:-1] != written[:-1]:
        return False
    head, seen = wanted[-1], written[-1]
    if head in PERSON_NOUNS and seen in PERSON_NOUNS:
        return True
    return seen in (head, plural(head))


def counts(counted: Counted, noun: str) -> bool:
    """True when a figure's count supports ``noun`` (the checker's question)."""
    return supports_noun(counted, noun)


def noun_written(counted: Counted) -> str | None:
    """The counted phrase as the quote writes it (its case kept), for messages."""
    return counted.written or None


# Ages. "Smith, 55," and "another man, 81," (a bare number between commas after a name
# or a noun of a person) and "a 62-year-old woman", "her 8-month old child" state an age,
# read as a quantity of years (or months): ``{amount: 55, unit: year}``.
_PERSON_WORDS_TEXT = """man woman boy girl child son daughter father mother husband wife
brother sister resident driver victim person teenager officer"""
PERSON_WORDS = frozenset(_PERSON_WORDS_TEXT.split())
_AGE_AFTER = re.compile(r"[- ](year|month|week|day)s?[- ]old\b", re.IGNORECASE)
_APPOSITION_BEFORE = re.compile(r"(?:^|\s)([A-Za-z][\w'’.-]*), $")
_APPOSITION_AFTER = re.compile(r"[,)]")
MAX_AGE = 120


def age_unit(text: str, start: int, end: int, amount: object) -> tuple[str, int] | None:
    """The unit of an age written at ``start``..``end`` and where its words end, or None."""
    after = _AGE_AFTER.match(text, end)
    if after is not None:
        return {"year": "year", "month": "month", "week": "week", "day": "day"}[
            after.group(1).lower()], after.end()
    before = _APPOSITION_BEFORE.search(text, max(0, start - 32), start)
    if before is None or not _APPOSITION_AFTER.match(text, end):
        return None
    word = before.group(1)
    text_number = text[start:end]
    if not (text_number.isdigit() and 0 < int(text_number) <= MAX_AGE):
        return None
    if word.lower() in PERSON_WORDS or (word[:1].isupper() and word.lower() not in RUN_STOPS
                                        and not word.isupper() and _POSSESSIVE.search(word)
                                        is None and before.start(1) > 0):
        return "year", end
    return None


def singular_nouns(counted: Counted) -> list[str]:
    """The nouns a count supports, as a value writes them (each head in the singular):
    for hints, which propose only what the quote states."""
    found = []
    for phrase in counted.nouns:
        parts = [" ".join([*words[:-1], singular(words[-1])]) for words in phrase]
        found.append(" and ".join(parts))
    return list(dict.fromkeys(found))


def singular(word: str) -> str:
    """The singular whose plural is ``word`` ("batteries" -> "battery"), else ``word``."""
    if word in IRREGULAR_SINGULARS:  # before the rules: "lives" is not the plural of "live"
        return IRREGULAR_SINGULARS[word]
    if (word.endswith("ses") and not word.endswith("sses") and plural(word[:-1]) == word
            and (word.endswith("ouses") or not word.endswith("uses"))):
        return word[:-1]  # "cases", "houses", "responses": the -se nouns, not "cas", "hous"
    for candidate in (word[:-3] + "y", word[:-2], word[:-1]):
        if candidate and plural(candidate) == word:
            return candidate
    return word
