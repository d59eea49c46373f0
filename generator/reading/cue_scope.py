"""How far a cue word reaches in its clause: the cases where a word that stance reads as a
hedge or a negation stands in the value's clause and still does not govern the value.

Why apart: ``stance.py`` finds which clause governs a value; these rules, each on the
tokens of one clause, say which of that clause's words reach it. Each is read from real
sentences (tests/fixtures/stance/sentences.yml):

- a duration after "for" or "in" measures how long the negation holds: "The higher Chinese
  tariffs don't kick in for 2½ weeks" states the 2½ weeks;
- a negation before "until" and the value denies only the time before it: "won't be
  seated in Congress until January" is expected in January (the modal's stance);
- a negated attitude is about its object: "weren't concerned about ... five other
  nuclear plants" denies no plant;
- a negation of a participle after the value describes the value's noun: "the $300bn-plus
  of Chinese imports not currently targeted", "storm surges ... not allowing rivers to
  drain";
- the standard of a comparison is outside the modal: "will be similar to those in
  hurricanes Dennis and Floyd in 1999";
- a noun of possibility governs what it names: "planned to hold a hearing ... on the
  possibility of imposing duties of up to 25%" is possible, not planned;
- a forecast verb with an object and "to": "forecasts the river to ... crest ... at 35.4
  feet" is expected;
- a hedge adjective as a predicate: "Also possible are storm surges of up to 7 feet";
- a future time after the value: "up to 3.5ft (1m) of rain over the next few days";
- a forecast model's output: "40-50" rainfall totals beginning to show up in higher-res
  guidance" is expected (a verb of appearing after the value, then "in" a model noun);
- a sentence that opens with "That's", "That is", "This is" or "That means" takes, in its
  main clause, the hedge of the sentence before it: "Florence could dump
  ... 18 trillion gallons of rain ... That's enough to ... cover the entire state of Texas
  with nearly 4 inches of water" is possible;
- the items of a list under a colon take its lead-in's hedge: "China's retaliatory tariffs
  will be imposed at the following levels:" then "25% tariffs on 2,493 items ...";
- an "if" clause in the present on a clause in the present, neither hedged nor past,
  states a rule: "a mandatory recount takes place if a candidate wins by a half
  percentage point or less" (``conditional_rule``);
- an "if" or "whether" clause that a predicate of knowing asks is a question, not a
  condition: "it should be clear in three or four weeks if the trip was successful"
  (``question_clause``); no "if" reaches a time gone by ("two weeks ago");
- "should" beside a time to come expects ("should be clear in three or four weeks"),
  without one it is an ought ("should be seen as separate") (``time_to_come``);
- "no" determining a clause's subject denies the clause: "No poll showed Jones leading
  by 5 points" (``no_subject``);
- a bracketed conversion is read where the figure it converts stands: "Winds of up to
  70mph (110km/h) are also expected" expects the 110km/h too (``converted_figure``);
- a value in a definite description after a plan's verb ("plans to extend US tariffs to
  the $300bn-plus of Chinese imports not currently targeted") may be what the plan would
  do or the size of what it names, now: the reader cannot tell which (``description_of``);
  so too a description nested in a subject that a hedge after it governs ("A Democrat
  winning the special election for the seat to replace Attorney General Jeff Sessions was
  seen as just a remote possibility": ``subject_description``), and the noun phrase a
  refused act concerns ("refused to back an alleged child molester": ``refused_act``);
- a time clause on a gerund ("after failing to reach agreement") has no tense of its own:
  after a past verb ("as their trade dispute escalated") it takes no hedge from above.
- the whole of a partitive under a hedge may be what the thing is now, or not: "will
  control just 51 of the upper chamber's 100 seats" (``partitive_whole``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import generator.reading.lexicon as lx
from generator.reading.numbers import parse_number
from generator.reading.structure import parse
from generator.reading.verbs import Token, is_finite, tokenize

if TYPE_CHECKING:
    from generator.reading.structure import Clause, Sentence

_AUXILIARIES = lx.BE | lx.HAVE | lx.DO | lx.MODALS


def negation_reaches(tokens: Sequence[Token], negation: int, first: int, last: int) -> bool:
    """Whether the negation at ``negation`` governs the value at ``first``..``last``."""
    if negation < first and first > 0 and tokens[first - 1].lower in ("for", "in") and any(
            tokens[i].lower in lx.DURATION_WORDS for i in range(first, min(len(tokens),
                                                                       last + 2))):
        return False  # "don't kick in for 2½ weeks": the delay is stated
    if not_until(tokens, negation, first):
        return False  # "won't be seated until January": not before January, then it will
    index = negation + 1
    while index < len(tokens) and tokens[index].lower in lx.NEGATED_ADVERBS:
        index += 1
    if index + 1 < len(tokens) and tokens[index].lower in lx.ATTITUDES \
            and tokens[index + 1].lower in lx.ATTITUDE_PREPOSITIONS and first > index + 1:
        return False  # "weren't concerned about ... five other nuclear plants"
    before = tokens[negation - 1].lower if negation else ""
    if first < negation and before not in _AUXILIARIES and index < len(tokens):
        word = tokens[index].lower
        if word.isalpha() and len(word) > 4 and (word.endswith("ing") or word.endswith("ed")):
            return False  # "imports not currently targeted", "and not allowing rivers"
    return True


def time_adjunct(tokens: Sequence[Token], denials: set[int], first: int) -> str:
    """"Not a single poll showed Jones leading prior to the Post's story ... Nov. 9": a
    value inside a time phrase of a negated clause dates what is denied; the denial does
    not deny it, nor does the reader know it is stated. ``denials`` are the start offsets
    of the clause's denying words; the doubt says why, or is empty."""
    for index in range(first - 1, -1, -1):
        if tokens[index].start in denials:
            return ""
        if tokens[index].lower in lx.TIME_ADJUNCTS and any(
                tokens[i].start in denials for i in range(index)):
            return (f"the value stands in a time phrase ('{tokens[index].text}') of a "
                    "negated clause; the reader cannot tell if the denial reaches it")
    return ""


# Words between a partitive's "of" and its whole's figure: "51 of the upper chamber's 100
# seats", "20 of the 50 jets".
MAX_WHOLE_MODIFIERS = 3


def partitive_whole(tokens: Sequence[Token], first: int, hedge: str) -> str:
    """"The party will control just 51 of the upper chamber's 100 seats": the figure after
    "<number> of" and a definite description is the whole the part is counted from; what
    the clause's hedge governs is the part, and the whole may be what the thing is now.
    Under a hedge (``hedge``, its word) the reader cannot tell: the doubt says why, or is
    empty."""
    if not hedge:
        return ""
    for back in range(1, MAX_WHOLE_MODIFIERS + 2):
        at = first - back
        if at < 1:
            return ""
        word = tokens[at].lower
        if word == "of":
            break
        if not word.replace("'", "").isalpha():
            return ""
    else:
        return ""
    whole = tokens[at + 1].lower
    definite = whole in lx.DEFINITE or whole.endswith("'s")
    if back == 1 or not definite or not tokens[at - 1].text[:1].isdigit():
        return ""
    return (f"the value is the whole that '{tokens[at - 1].text} of' counts from: '{hedge}' "
            "governs the part, and the reader cannot tell whether it governs the whole")


def not_until(tokens: Sequence[Token], negation: int, first: int) -> bool:
    """"won't be seated in Congress until January": a negation before "until" and the
    value denies only the time before it; the value is when it will happen. So does one
    before a value that opens with "before" ("would not be seated before the end of the
    year": the interval from the year's end on)."""
    return negation < first and (
        any(tokens[i].lower in ("until", "till")
            for i in range(max(negation + 1, first - 1), first + 1))
        or (tokens[first].lower == "before" and verb_negation(tokens, negation)))


def verb_negation(tokens: Sequence[Token], negation: int) -> bool:
    """The negation at ``negation`` negates a verb group ("would not be seated", "won't
    reopen", "did not leave"), not a noun ("Not a single poll showed ...")."""
    word = tokens[negation].lower
    if word.endswith("n't") and word != "n't":
        return True  # "won't", "didn't": the auxiliary and its negation in one token
    return word in ("not", "n't") and negation > 0 and tokens[negation - 1].lower in _AUXILIARIES


def cut_before(tokens: Sequence[Token], clause: Sequence[int], first: int,
               markers: frozenset[str]) -> int | None:
    """The last marker of ``markers`` between the clause's start and the value (a
    comparison, a noun of possibility followed by "of"), or None."""
    found = None
    for index in clause:
        if index >= first:
            break
        word = tokens[index].lower
        if word not in markers:
            continue
        following = tokens[index + 1].lower if index + 1 < len(tokens) else ""
        if markers in (lx.POSSIBILITY_NOUNS, lx.PROCESS_NOUNS) and following != "of":
            continue
        if word in ("similar", "comparable", "equal", "compared") and following not in (
                "to", "with"):
            continue
        found = index
    return found


def forecasts_object(tokens: Sequence[Token], verb: int, first: int) -> bool:
    """"forecasts the river to reach ... and crest ... at 35.4 feet": a forecast of its
    object, reaching a value after its "to"."""
    for index in range(verb + 1, min(len(tokens), verb + 8)):
        word = tokens[index].lower
        if word == "to":
            following = tokens[index + 1] if index + 1 < len(tokens) else None
            return following is not None and following.lower.isalpha() \
                and following.lower not in lx.DETERMINERS and first > index
        if word in (",", ";", ":", ".") or word in _AUXILIARIES:
            return False
    return False


def predicate_hedge(tokens: Sequence[Token], index: int) -> bool:
    """"Also possible are ...", "more talks are likely": the adjective next to a "be"."""
    before = tokens[index - 1].lower if index else ""
    after = tokens[index + 1].lower if index + 1 < len(tokens) else ""
    return before in lx.BE or (after in lx.BE and after != "'s")


def model_output(tokens: Sequence[Token], noun: int, last: int) -> bool:
    """"totals ... show up in higher-res guidance": the model noun at ``noun`` closes
    "in"/"on" plus at most three modifiers, after a verb of appearing that follows the
    value (which ends at ``last``)."""
    index = noun - 1
    while index > last and noun - index <= 3 and tokens[index].lower not in ("in", "on") \
            and tokens[index].lower.replace("-", "").isalpha():
        index -= 1
    if index <= last + 1 or tokens[index].lower not in ("in", "on"):
        return False
    verb = index - 1
    if tokens[verb].lower == "up":
        verb -= 1
    return verb > last and tokens[verb].lower in lx.APPEARING


def no_subject(tokens: Sequence[Token], index: int, subject: Sequence[int]) -> bool:
    """"No poll showed Jones leading by 5 points": "no" determining its clause's subject
    negates the clause, as "Not a single poll" does ("no more than", "no longer" and a
    bare "No," are no such determiner)."""
    if tokens[index].lower != "no" or index not in subject or index + 1 >= len(tokens):
        return False
    if any(tokens[i].lower.isalpha() and tokens[i].lower not in lx.COORDINATORS
           for i in subject if i < index):
        return False  # "Moscow sees no obstacles": the object's "no", not the subject's
    following = tokens[index + 1]
    return index + 1 in subject and following.lower.isalpha() \
        and following.lower not in lx.NOT_NEGATED_AFTER


def past_time_at(tokens: Sequence[Token], first: int) -> bool:
    """The value's own words are a time gone by ("last month", "a year ago", "two weeks
    ago"): no modal of its clause makes it to come ("would be the latest ..., including
    one last month"), nor does an "if" ("if a ... trip to Beijing two weeks ago was
    successful": the trip was)."""
    words = " ".join(tokens[j].lower for j in range(first, min(len(tokens), first + 3)))
    if any(words.startswith(phrase) for phrase in lx.PAST_TIME):
        return True
    return first + 2 < len(tokens) and tokens[first + 1].lower in lx.DURATION_WORDS \
        and tokens[first + 2].lower == "ago"


def question_clause(sentence: Sentence, clause: Clause) -> bool:
    """An "if" or "whether" clause that a predicate of knowing asks ("it should be clear in
    three or four weeks if the trip was successful"): a question, not a condition, so it
    makes its parent no possibility. Between the predicate and the "if" may stand only a
    time ("in three or four weeks"); "will know more if" is a condition."""
    if not clause.tokens or clause.parent is None:
        return False
    tokens = sentence.tokens
    index = clause.tokens[0] - 1
    while index >= 0 and clause.tokens[0] - index <= 8:
        word = tokens[index].lower
        if word in lx.QUESTION_PREDICATES:
            return True
        if word not in lx.QUESTION_GAP and parse_number(word) is None:
            return False
        index -= 1
    return False


def future_time_after(tokens: Sequence[Token], last: int) -> int | None:
    """A future time within a few words after the value ("of rain over the next few
    days"): the index of its first word, or None."""
    for index in range(last + 1, min(len(tokens) - 2, last + 8)):
        words = " ".join(tokens[j].lower for j in range(index, index + 3))
        if any(words.startswith(phrase) for phrase in lx.FUTURE_TIME):
            return index
        if tokens[index].lower in (",", ";", ":", ".") or tokens[index].lower in _AUXILIARIES:
            return None
    return None


def time_to_come(tokens: Sequence[Token], clause: Sequence[int]) -> bool:
    """A time to come in the clause ("in three or four weeks", "within days", "soon",
    "next week", "by Thursday"): a "should" beside it expects ("it should be clear in three or four
    weeks"); without one it is an ought ("should be seen as separate"), no expectation."""
    for index in clause:
        word = tokens[index].lower
        if word in lx.SOON_WORDS:
            return True
        if word in ("in", "within") and any(
                tokens[j].lower in lx.DURATION_WORDS
                for j in range(index + 1, min(len(tokens), index + 7))):
            return True
        if word == "by" and index + 1 < len(tokens) and \
                tokens[index + 1].lower in lx.DEADLINE_DAYS:
            return True  # "should ease by Thursday morning" (trial 6): a deadline to come
    return False


def past_time_after(tokens: Sequence[Token], last: int) -> int | None:
    """A past time within a few words after the value ("'s $12 billion plan last year"):
    the index of its first word, or None."""
    for index in range(last + 1, min(len(tokens) - 1, last + 5)):
        words = " ".join(tokens[j].lower for j in range(index, min(len(tokens), index + 3)))
        if any(words.startswith(phrase) for phrase in lx.PAST_TIME):
            return index
        if tokens[index].lower in (",", ";", ":", ".") or tokens[index].lower in _AUXILIARIES:
            return None
    return None


def list_lead_in(text: str, low: int, items: int = 24) -> int | None:
    """Where the sentence at ``low`` is an item of a list on lines of its own under a
    lead-in that ends with a colon: the colon's offset, else None. Items are short lines
    without an end mark; the walk back is bounded."""
    at = low
    for _ in range(items):
        end = at
        while end > 0 and text[end - 1].isspace():
            end -= 1
        if end == 0 or "\n" not in text[end:at]:
            return None  # the sentence does not start a line of its own
        if text[end - 1] == ":":
            return end - 1
        start = text.rfind("\n", 0, end) + 1
        if end - start > 200 or text[end - 1] in ".!?\"":
            return None
        at = start
    return None


def anaphoric_lead(text: str, low: int) -> int | None:
    """Where the sentence at ``low`` opens with an anaphoric "That's" (lexicon
    ANAPHORIC_OPENERS) right after a sentence that ends with its mark (a headline or a
    caption has none): the offset just past that sentence's last word, else None."""
    if not text[low:low + 12].lower().startswith(lx.ANAPHORIC_OPENERS):
        return None
    end = low  # a new paragraph may point back too ('... could dump.' / 'That's enough')
    while end > 0 and low - end < 8 and text[end - 1].isspace():
        end -= 1
    mark = end
    while mark > 0 and end - mark < 3 and text[mark - 1] in "\"'”’)":
        mark -= 1  # '... Maryland."' : the end mark stands inside the closing quote
    if mark == 0 or text[mark - 1] not in ".!?":
        return None
    word = mark - 1
    while word > 0 and mark - word < 4 and not text[word - 1].isalnum():
        word -= 1
    return word if word > 0 else None


MAX_DESCRIPTION_MODIFIERS = 2  # "the remaining $300 billion": words between "the" and it


def description_of(text: str, cue_end: int, value_start: int) -> str | None:
    """The definite description that holds the value at ``value_start``, where a cue
    ending at ``cue_end`` stands before it ("to the $300bn-plus of Chinese imports not
    currently targeted"), as far as the next comma; None where the value is not in one
    ("another $300 billion", "$300 billion of goods")."""
    if cue_end > value_start:
        return None
    tokens = tokenize(text[cue_end:value_start])
    words = [t for t in tokens if t.text not in ("$", "£", "€")]
    if not words:
        return None
    for back in range(1, min(len(words), MAX_DESCRIPTION_MODIFIERS + 1) + 1):
        word = words[-back]
        if word.lower in lx.DEFINITE:
            end = text.find(",", value_start)
            stop = text.find(".", value_start)
            ends = [e for e in (end, stop) if e != -1]
            start = cue_end + word.start
            return " ".join(text[start:min(ends) if ends else len(text)].split())
        if not word.lower.isalpha() or word.lower in lx.PREPOSITIONS or word.text[:1].isupper():
            return None
    return None


def converted_figure(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of the figure a value in brackets right after it converts ("70mph" for
    the "110km/h" of "70mph (110km/h)", "40 metres" for "40 metres (131 ft)"), else None."""
    before = text[:start].rstrip()
    after = text[end:].lstrip()
    if not before.endswith("(") or not after.startswith(")"):
        return None
    stop = len(before[:-1].rstrip())
    first = stop
    for _ in range(2):  # the figure, or its number and unit word
        while first > 0 and text[first - 1].isspace():
            first -= 1
        word_end = first
        while first > 0 and not text[first - 1].isspace() and word_end - first < 24:
            first -= 1
        if any(ch.isdigit() for ch in text[first:word_end]):
            return first, stop
    return None


def conditional_rule(sentence: Sentence, condition: Clause) -> bool:
    """"State law calls for an automatic recount ... if a candidate wins by not more than
    0.5 percent": an "if" clause and the clause it hangs from, both in the present with
    no modal, negation or past tense, state a rule (in force), not a possibility; but
    only where the main clause provides (a verb of provision, or a law as subject): "If
    talks fail, tariffs rise to 25%" is a forecast, and stays a possibility."""
    if condition.parent is None or sentence.tokens[condition.tokens[0]].lower != "if":
        return False
    parent = sentence.clauses[condition.parent]
    main = {sentence.tokens[i].lower for i in parent.tokens}
    if not main & (lx.RULE_VERBS | lx.RULE_NOUNS):
        return False
    words = [sentence.tokens[i].lower for i in (*parent.tokens, *condition.tokens)]
    present = False
    for at, word in enumerate(words):
        if word in lx.NEGATIONS and at + 1 < len(words) and words[at + 1] in \
                lx.NOT_NEGATED_AFTER:
            continue  # "not more than 0.5 percent": a qualifier
        if word in lx.MODALS or word in lx.NEGATIONS or word.endswith("n't") \
                or word in lx.IRREGULAR_PAST or word in ("was", "were", "had", "did") \
                or (len(word) > 4 and word.endswith("ed") and word.isalpha()):
            return False
        present = present or word in ("is", "are") or (
            len(word) > 3 and word.endswith("s") and word.isalpha() and word not in lx.BE)
    return present


def takes_parent_hedge(tokens: Sequence[Token], record: Clause) -> bool:
    """A present-tense time clause ("after Congress approves") is as hedged as its
    parent; reported words keep their own verb."""
    if record.kind == "complement":
        return False
    if lx.SUBORDINATORS.get(record.marker) != "time":
        return False
    past = any(tokens[i].lower.endswith("ed") or tokens[i].lower in lx.IRREGULAR_PAST
               for i in record.verbs)
    if not past and record.verbs and all(tokens[i].lower.endswith("ing")
                                         for i in record.verbs) and record.tokens:
        # "as their trade dispute escalated after failing to reach agreement": a gerund
        # has no tense; it takes that of the verb it follows, here past
        before = [i for i in range(record.tokens[0] - 1, -1, -1) if is_verb_word(tokens[i])]
        past = bool(before) and _past_word(tokens[before[0]].lower)
    return not past


def tensed(sentence: str) -> bool:
    """A verb with a tense of its own (a modal, "be", "have", a past form) in ``sentence``:
    a list item that has one says when on its own; "25% tariffs on 2,493 items" and "5%
    tariffs to continue on 595 items" have none, and take their lead-in's."""
    parsed = parse(sentence)
    tokens = list(parsed.tokens)
    return any(is_finite(tokens, i) for clause in parsed.clauses for i in clause.verbs)


def is_verb_word(token: Token) -> bool:
    """A word that ends a verb group: a finite verb the reader's lists know (past, present
    of be/have/do, a modal)."""
    word = token.lower
    return word in _AUXILIARIES or _past_word(word)


def _past_word(word: str) -> bool:
    return word.isalpha() and (word in lx.IRREGULAR_PAST or (len(word) > 4 and
                                                             word.endswith("ed")))


MAX_NESTED_WORDS = 5  # "the seat to replace": words between a description's "the" and it


def subject_description(text: str, start: int, end: int) -> str | None:
    """The definite description that holds the value at ``start``..``end`` inside a larger
    phrase ("A Democrat winning the special election for the seat to replace Attorney
    General Jeff Sessions"): "the" opens it after a preposition, and only words and an
    infinitive "to" stand between "the" and the value; None otherwise ("The 5% rise": a
    description that is the whole subject is what its predicate hedges)."""
    low = max(0, start - 240)
    tokens = tokenize(text[low:start])
    for words, index in enumerate(range(len(tokens) - 1, -1, -1), start=1):
        word = tokens[index].lower
        if word in lx.DEFINITE and index > 0 and tokens[index - 1].lower in lx.PREPOSITIONS:
            return " ".join(text[low + tokens[index].start:end].split())
        infinitive = word == "to" and index + 1 < len(tokens) and \
            tokens[index + 1].text.isalpha() and tokens[index + 1].text.islower()
        if words > MAX_NESTED_WORDS or not word.isalpha() or (
                word in lx.PREPOSITIONS and not infinitive) or word in lx.DETERMINERS:
            return None
    return None


def refused_act(text: str, cue_start: int, cue_end: int, value_start: int,
                value: str) -> str | None:
    """"refused to back an alleged child molester": the act a refusal denies ('to back'),
    where the value is the noun phrase right after it, opened by an article (whom or
    what the act concerns); None otherwise ("refused to pay $5m" is read as it was)."""
    if text[cue_start:cue_end].lower() not in lx.CATENATIVES or \
            lx.CATENATIVES[text[cue_start:cue_end].lower()] != "denied":
        return None
    first = value.split()[0].lower() if value.split() else ""
    between = tokenize(text[cue_end:value_start])
    if first not in ("a", "an", "the") or not 2 <= len(between) <= 3 \
            or between[0].lower != "to" or not all(t.text.isalpha() and t.text.islower()
                                                  for t in between):
        return None
    return " ".join(t.text for t in between)


def in_main_clause(sentence: str, start: int, end: int) -> bool:
    """The value hangs from the sentence's first main clause through no relative,
    coordinate or reported clause: "That's enough to ... with nearly 4 inches"."""
    parsed = parse(sentence)
    first = next((i for i, t in enumerate(parsed.tokens) if t.end > start and t.start < end),
                 None)
    if first is None or parsed.clause_of[first] < 0:
        return False
    chain = parsed.chain(parsed.clause_of[first])
    return chain[-1] == 0 and all(parsed.clauses[c].kind in ("main", "predicate",
                                                            "subordinate", "participial")
                                  for c in chain)
