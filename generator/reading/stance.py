"""How a sentence puts a value: stated, reported, expected, possible or denied, read from
the clause and the verb that govern the value (``structure.py``), not from cues nearby.

Why: a figure can stand in a quote and still not be claimed. "The Kremlin denied reports
of a $4bn order" claims no $4bn; "could reach 1,500 kilometres" is a possibility. And a
hedge in a neighbouring clause does not reach it: in "Investigators will study why the
train left the rails 3 km outside the station" the 3 km is stated.

What governs a value, failing closed:

- its own clause's verb group, wherever it stands, before or after the value: a modal
  ("will" expects, "could", "may", "might" make possible, "would" either), a negation
  ("Two radars were never delivered"), a denial verb, a "to" chain ("is expected to",
  "refused to", "wants to"), a stance adverb ("reportedly", "possibly");
- "no" before the value's noun ("no casualties"), and value words before it ("a proposed
  levy of 4%", "the former chief"): they belong to the value;
- the clauses it hangs from, by kind: a participial clause (", killing 41 people") reads
  as the clause it follows; a time clause in the present ("after Congress approves")
  takes its parent's hedge; "if", "unless" and "whether" make possible, and so does an
  "if" clause hanging from the value's clause; a relative clause and a "why" clause keep
  their own verb;
- who speaks: a named speaker's words ("X said", ", X said") allow reported and accept
  stated; an organisation reporting its own figure ("Acme reported a loss of $7m") is
  first-hand; anonymous sources, "according to", "reportedly", "X reported that" and "it
  was said" are second-hand; a correction ("An earlier version of this story said")
  supports nothing; "said on Tuesday" dates the saying, the date is stated;
- a figure of a noun that a relative clause describes ("the 2.1 million workers who lose
  cover") is read in that relative clause; without a definite article ("did not deliver 4
  jets that were ordered") the figure stands in both clauses and either reading holds;
- a wish or a threat ("wants to", "hopes to", "threatened to") makes what follows it
  possible, a plan ("plans to", "intends to") expected; the wisher stays stated;
- a relative clause on a planned thing ("the planned new tranche of U.S. duties - which
  covers 3,805 product categories -") says what the plan would be: expected, even where
  the fact's subject names the plan word (only an answer lifts it);
- a name in the subject of a verb of saying is the writer's, outside a trailing
  "according to" ("State Councilor Wang Yi, said ..., according to China's Foreign
  Ministry").

Each sentence is parsed once per process (``structure.parse`` is cached by its text), so a
sentence quoted by many facts costs one parse.

Where the structure is unclear (a relative clause inside a subject whose main verb the
reader cannot find: "A plan that would cap fees wins approval Thursday"), or a "would"
in someone's words cannot be read as an expectation (words said "at one point" that
"had said" puts in a moment since passed; a measurer's findings: "exit polls indicated
that black voters would make up 28 percent"), the reading says so and supports nothing.
"""

from __future__ import annotations

import re

import generator.reading.cue_scope as cue_scope
import generator.reading.lexicon as lx
import generator.reading.negated_subject as negated_subject
import generator.reading.presupposed as presupposed
import generator.reading.speech as speech
from generator.reading.sentences import (
    CLAUSE_REACH,
    SentenceEnds,
    clause_around,
    sentence_words,
    with_line_breaks,
)
from generator.reading.stance_cues import (
    PLANNED_WHY,
    Cue,
    StanceReading,
    allowed_by,
    cue_key,
)
from generator.reading.structure import Clause, Sentence, parse, tokenize

_MODALS = {"will": "expected", "'ll": "expected", "shall": "expected", "won't": "expected",
           "would": "possible", "wouldn't": "possible", "'d": "possible",
           "could": "possible", "couldn't": "possible", "may": "possible",
           "might": "possible", "mightn't": "possible"}
# Expectation words that need no "to": "deliveries expected next year".
_EXPECTATION = frozenset({"expected", "expects", "scheduled", "slated", "projected",
                          "forecast", "predicted"})
_ATTRIBUTION_STANCE = {"named": "attributed", "self": "attributed", "anonymous": "reported",
                       "hearsay": "reported", "denial": "denied", "correction": "correction"}
# A sentence with none of these words has no cue and no clause the reader could doubt:
# it is stated, and its structure need not be parsed (most sentences of a long article).
_ANY_CUE = re.compile(
    r"(?<![\w'-])(?:" + "|".join(sorted(
        (re.escape(word) for word in (
            lx.NEGATIONS | _MODALS.keys() | lx.DENIAL_VERBS | lx.OUT_DENIALS
            | lx.STANCE_ADVERBS.keys()
            | lx.CATENATIVES.keys() | _EXPECTATION | lx.VALUE_WORDS | lx.SAY_VERBS
            | lx.OBJECT_FORECASTS | lx.MODEL_OUTPUTS | lx.PREDICATE_HEDGES.keys()
            | lx.POSSIBILITY_NOUNS | lx.PROCESS_NOUNS
            | lx.NEGATIVE_SUBJECTS
            | {phrase.split()[-1] for phrase in lx.FUTURE_TIME}
            | lx.HEADLINE_SOURCES | lx.RELATIVES | lx.DELIBERATIONS | lx.CALL_FOR
            | {"if", "unless", "whether", "according", "no", "that"})),
        key=len, reverse=True)) + r")(?![\w'])|n't\b|\bex-|\b(?:is|are|was|were|be|been|am)\s+to\b",
    re.IGNORECASE)


def stance_of(text: str, start: int, end: int, *, is_date: bool = False,
              anaphora: bool = True, ends: SentenceEnds | None = None) -> StanceReading:
    """Read what governs the value at ``start``..``end`` of ``text`` (``anaphora``: a
    sentence opening with "That's" takes the hedge of the one before; one step back).
    ``ends``, when given, is ``text``'s sentences found once (the same reading, faster)."""
    converted = None if is_date else cue_scope.converted_figure(text, start, end)
    if converted is not None:  # "70mph (110km/h)": read where the figure it converts is
        return stance_of(text, *converted, anaphora=anaphora, ends=ends)
    low, high = (clause_around(text, start, end) if ends is None or ends.text is not text
                 else ends.clause_around(start, end))
    if not _ANY_CUE.search(text, low, high):
        own = StanceReading((), low, high)
    else:
        own = _Reader(parse(text[low:high]), low, start - low, end - low, is_date).read()
    back = cue_scope.anaphoric_lead(text, low) if anaphora else None
    if back is not None and cue_scope.in_main_clause(text[low:high], start - low, end - low):
        # "That's enough to ... cover Texas with nearly 4 inches": the sentence before's hedge
        before = stance_of(text, back - 1, back, anaphora=False, ends=ends).cues
        words = sentence_words(text, back - 1, back, ends)
        hedges = tuple(Cue(c.word, c.stance, c.start, c.end, "the sentence before, which "
                           f"'That' points back to: \"{words}\"") for c in before
                       if c.stance in ("expected", "possible"))
        own = StanceReading(own.cues + hedges, own.clause_start, own.clause_end,
                            None if own.other is None else own.other + hedges, own.doubt)
    colon = cue_scope.list_lead_in(text, low)
    if colon is None or cue_scope.tensed(text[low:high]):
        return own  # an item with a tense of its own ("Exports fell 5%") is not the lead-in's
    # an item under "will be imposed at the following levels:" takes the lead-in's hedge,
    # and a message quotes the lead-in, where the cue word stands (trial 3)
    words = sentence_words(text, colon - 1, colon, ends)
    lead = tuple(Cue(c.word, c.stance, c.start, c.end, f"in the list's lead-in: \"{words}\"")
                 for c in stance_of(text, colon - 1, colon, ends=ends).cues
                 if c.stance in ("expected", "possible", "denied"))
    return StanceReading(own.cues + lead, own.clause_start, own.clause_end,
                         None if own.other is None else own.other + lead, own.doubt)


class _Reader:
    def __init__(self, sentence: Sentence, offset: int, start: int, end: int,
                 is_date: bool) -> None:
        self.s = sentence
        self.offset = offset
        self.inside = {i for i, t in enumerate(sentence.tokens)
                       if t.end > start and t.start < end}
        self.is_date = is_date

    def cue(self, index: int, stance: str, why: str = "") -> Cue:
        token = self.s.tokens[index]
        return Cue(token.text, stance, self.offset + token.start, self.offset + token.end, why)

    def read(self) -> StanceReading:
        s = self.s
        if not self.inside:
            return StanceReading((), self.offset, self.offset + len(s.text))
        first, last = min(self.inside), max(self.inside)
        clause = s.clause_of[first]
        if clause > 0 and s.clauses[clause].marker == ";" and not s.clauses[clause].verbs:
            # "expects to certify ... the last week of December; at the latest, the first
            # week of January": a clause with no verb after a semicolon repeats the one
            # before it, whose verbs govern it
            clause -= 1
        if clause < 0:  # in the attribution: "according to the text of the amendment"
            speakers = tuple(Cue(a.verb, "attributed", self.offset + a.start,
                                 self.offset + a.end, f"by: {a.speaker}") for a in s.attributions
                             if a.whole_sentence)
            return StanceReading(speakers, self.offset, self.offset + len(s.text))
        cues = self.noun_phrase(first) + self.clause_cues(clause, 0)
        cues += self.attribution(clause, first) + self.planned_antecedent(clause)
        span = self.span(clause)
        relative = self.relative_after(clause, last)
        if relative is not None:
            relative_cues = tuple(self.clause_cues(relative, 0) + self.attribution(relative, -1)
                                  + self.noun_phrase(first))
            if first > 0 and s.tokens[first - 1].lower in lx.DEFINITE:
                return StanceReading(relative_cues, *span)  # "the 2.1 million workers who"
            return StanceReading(tuple(cues), *span, other=relative_cues)
        cues, fronted = self.presupposed(clause, cues)
        denials = {cue.start - self.offset for cue in cues if cue.stance == "denied"}
        record = s.clauses[clause]
        doubt = fronted or self.doubt(clause, first) \
            or presupposed.asked_modal(s.tokens, record.marker, record.tokens, first) \
            or cue_scope.time_adjunct(s.tokens, denials, first) \
            or speech.words_then(s, clause, cues) \
            or presupposed.change_start(s.text, s.tokens, first, any(
                cue.stance in ("expected", "possible") for cue in cues)) \
            or cue_scope.partitive_whole(s.tokens, first, next(
                (cue.word for cue in cues if cue.stance in ("expected", "possible")), ""))
        return StanceReading(tuple(cues), *span, doubt=doubt)

    def presupposed(self, clause: int, cues: list[Cue]) -> tuple[list[Cue], str]:
        """The cues about what the clause presupposes, taken out, and a doubt where a
        fronted value may date a denial (``presupposed.unreached``)."""
        index = {t.start + self.offset: i for i, t in enumerate(self.s.tokens)}
        record = self.s.clauses[clause]
        drop, doubt = presupposed.unreached(
            self.s.tokens, record.tokens, record.marker, min(self.inside), max(self.inside),
            [(index.get(c.start, -1), c.stance) for c in cues])
        return [c for c in cues if index.get(c.start, -1) not in drop], doubt

    def span(self, clause: int) -> tuple[int, int]:
        tokens = self.s.clauses[clause].tokens
        if not tokens:
            return self.offset, self.offset + len(self.s.text)
        return (self.offset + self.s.tokens[tokens[0]].start,
                self.offset + self.s.tokens[tokens[-1]].end)

    def own_cues(self, clause: int) -> list[Cue]:
        """The cues of one clause's own words, wherever they stand in it."""
        s = self.s
        record = s.clauses[clause]
        out: list[Cue] = []
        condition = lx.SUBORDINATORS.get(record.marker) == "condition"
        if condition and record.tokens and not cue_scope.conditional_rule(s, record) \
                and not cue_scope.past_time_at(s.tokens, min(self.inside)):
            out.append(self.cue(record.tokens[0], "possible"))
        words = [i for i in record.tokens if i not in self.inside]
        for index in words:
            token = s.tokens[index]
            word = token.lower
            following = s.tokens[index + 1].lower if index + 1 < len(s.tokens) else ""
            if word in lx.NEGATIONS or word.endswith("n't") or (word == "no" and
                                                                following == "longer") \
                    or (word in lx.NEGATIVE_SUBJECTS and index in record.subject()) \
                    or (record.has_verb and cue_scope.no_subject(s.tokens, index,
                                                                 record.subject())):
                if following in lx.NOT_NEGATED_AFTER and word != "no":
                    continue  # "not only", "not least"
                if word != "no" and word not in lx.NEGATIVE_SUBJECTS and \
                        negated_subject.subject_outside_negation(
                            s.tokens, index, min(self.inside), max(self.inside),
                            record.subject()):
                    continue  # "One ... station hasn't seen a measurable drop of rain"
                if not cue_scope.negation_reaches(s.tokens, index, min(self.inside),
                                                  max(self.inside)):
                    if word in _MODALS and cue_scope.not_until(s.tokens, index,
                                                               min(self.inside)):
                        # "won't be seated until January": it will be, then
                        why = self.provision(clause, word)
                        if not (why and self.in_force(record)):
                            out.append(self.cue(index, _MODALS[word], why))
                    continue
                out.append(self.cue(index, "denied"))
            elif word == "should" and cue_scope.time_to_come(s.tokens, record.tokens):
                out.append(self.cue(index, "expected"))  # "should be clear in three weeks"
            elif word in _MODALS and not (token.text == "May" and following not in
                                          ("be", "not", "have")):
                why = self.provision(clause, word)
                if why and self.in_force(record):
                    continue  # "issued a disaster declaration ... that will make money available"
                out.append(self.cue(index, _MODALS[word], why))
            elif word in lx.OUT_DENIALS and following == "out" and index in record.verbs \
                    and min(self.inside) > index + 1:
                out.append(self.cue(index, "denied"))  # "has ruled out Taliban involvement"
            elif word in lx.DENIAL_VERBS and index in record.verbs:
                if [t.lower for t in s.tokens[index + 1:index + 3]] == ["as", "possible"]:
                    continue  # "as many write-ins dismissed as possible": a need, no denial
                out.append(self.cue(index, "denied"))
            elif word in lx.STANCE_ADVERBS:
                out.append(self.cue(index, lx.STANCE_ADVERBS[word]))
            elif following == "to" and (word in lx.CATENATIVES or word in lx.BE) \
                    and not self.after_determiner(index) and self.verb_after_to(index + 2):
                if word == "due" and (index == 0 or s.tokens[index - 1].lower not in lx.BE):
                    continue  # "three more deaths due to flooding": a cause, not a plan
                stance = lx.CATENATIVES.get(word, "expected")  # "is to": a plan
                if word not in lx.RAISING and word not in lx.BE and min(self.inside) < index:
                    continue  # "The army wants to buy": the army is stated
                if self.attempt_date(index):
                    continue  # "attempted to rein in ... at the end of May": the attempt's date
                out.append(self.cue(index, stance))
            elif word in lx.DELIBERATIONS and \
                    index + 1 < len(s.tokens) and s.tokens[index + 1].lower.endswith("ing") \
                    and min(self.inside) > index:
                out.append(self.cue(index, "possible"))  # "considering cutting orders"
            elif word in lx.OBJECT_FORECASTS and not self.after_determiner(index) and \
                    cue_scope.forecasts_object(s.tokens, index, min(self.inside)):
                out.append(self.cue(index, "expected"))  # "forecasts the river to crest"
            elif word in lx.CALL_FOR and following == "for" and min(self.inside) > index:
                out.append(self.cue(index, "expected"))  # "calling for 1½ feet"
            elif word in lx.MODEL_OUTPUTS and cue_scope.model_output(s.tokens, index,
                                                                     max(self.inside)):
                out.append(self.cue(index, "expected", "a forecast model's output"))
            elif word in _EXPECTATION and not self.after_determiner(index):
                out.append(self.cue(index, "expected"))
            elif word in lx.PREDICATE_HEDGES and cue_scope.predicate_hedge(s.tokens, index):
                out.append(self.cue(index, lx.PREDICATE_HEDGES[word]))  # "Also possible are"
        return self.in_reach(record, out)

    def later_verbs_modals(self, record: Clause, cues: list[Cue]) -> list[Cue]:
        """A date after its subordinate clause's verb, then a modal of a later verb group, no
        "and"/"or"/"but" between: the modal governs a clause the parse ran on into ("...
        at the end of May last year ensures some of that 8.69 GW ... may have since been
        idled", pv magazine, trial 7), not the date of the verb before it."""
        tokens, first, last = self.s.tokens, min(self.inside), max(self.inside)
        if record.kind != "subordinate" or not any(v < first for v in record.verbs):
            return cues  # only a subordinate clause ("after ...") runs on into its parent's
        kept = []
        for c in cues:
            at = next((i for i in record.verbs if i > last
                       and self.offset + tokens[i].start == c.start), None)
            if at is not None and c.word.lower() in _MODALS and not any(
                    tokens[j].lower in ("and", "or", "but") for j in range(last + 1, at)):
                continue
            kept.append(c)
        return kept

    def attempt_date(self, index: int) -> bool:
        """A date after a past attempt ("attempted", "tried") with no deadline word between:
        when the attempt was made, which the text states."""
        first = min(self.inside)
        if not (self.is_date and self.s.tokens[index].lower in lx.PAST_ATTEMPTS
                and first > index):
            return False
        return not any(t.lower in lx.DEADLINE_WORDS for t in self.s.tokens[index + 1:first])

    def in_reach(self, record: Clause, cues: list[Cue]) -> list[Cue]:
        """The clause's cues that reach the value (``cue_scope``): past a comparison a
        modal does not; past "the possibility of" a plan does not; a future time after
        the value makes it expected."""
        tokens, first = self.s.tokens, min(self.inside)
        compared = cue_scope.cut_before(tokens, record.tokens, first, lx.COMPARISONS)
        if compared is not None:
            at = self.offset + tokens[compared].start
            cues = [c for c in cues if not (c.word.lower() in _MODALS and c.start < at)]
        possibility = cue_scope.cut_before(tokens, record.tokens, first, lx.POSSIBILITY_NOUNS)
        if possibility is not None:
            at = self.offset + tokens[possibility].start
            cues = [c for c in cues if not (c.stance == "expected" and c.start < at)
                    and c.start != at]
            cues.append(self.cue(possibility, "possible"))
        process = cue_scope.cut_before(tokens, record.tokens, first, lx.PROCESS_NOUNS)
        if process is not None and tokens[max(0, process - 2)].lower != "in":
            # "started the process of levying tariffs on $325 billion" ("in the process of
            # fulfilling" is under way, and stated)
            cues.append(self.cue(process, "expected", "a process under way"))
        past = cue_scope.past_time_after(tokens, max(self.inside))
        if self.is_date and cue_scope.past_time_at(tokens, first):
            past = first  # the value is itself a time gone by: "including one last month"
        if past is not None and past in record.tokens:  # "$12 billion plan last year"
            at = self.offset + tokens[first].start
            cues = [c for c in cues if not (c.word.lower() in _MODALS and c.start < at)]
        if self.is_date:
            cues = self.later_verbs_modals(record, cues)
        future = cue_scope.future_time_after(tokens, max(self.inside))
        if future is not None and future in record.tokens:
            cues.append(self.cue(future, "expected", "a time to come"))
        return cues

    def verb_after_to(self, index: int) -> bool:
        tokens = self.s.tokens
        if index < len(tokens) and tokens[index].lower in ('"', "'"):
            index += 1  # 'was likely to "continue its violent grind"'
        return index < len(tokens) and tokens[index].lower.isalpha() and \
            tokens[index].lower not in lx.DETERMINERS and not tokens[index].text[:1].isupper()

    def after_determiner(self, index: int) -> bool:
        return index > 0 and self.s.tokens[index - 1].lower in lx.DETERMINERS

    def provision(self, clause: int, modal: str) -> str:
        """"the deal would cut the deficit": what a measure would do is its provision."""
        if modal not in ("would", "will", "'ll", "could"):
            return ""
        record = self.s.clauses[clause]
        subject = record.subject()
        if record.kind == "relative" and record.parent is not None:
            parent = self.s.clauses[record.parent]  # the object the relative describes
            verb = parent.verbs[-1] if parent.verbs else -1
            subject = subject + [i for i in parent.tokens if i > verb][-8:]
        for index in subject:
            if self.s.tokens[index].lower in lx.MEASURES:
                return f"a provision of the {self.s.tokens[index].lower}"
        return ""

    def in_force(self, record: Clause) -> bool:
        """A relative clause on a measure that its parent says was issued, signed or
        passed in the past, with no hedge of its own: its provision is a rule in force."""
        if record.kind != "relative" or record.parent is None:
            return False
        parent = self.s.clauses[record.parent]
        words = [self.s.tokens[i].lower for i in parent.verbs]
        return bool(words) and not any(w in _MODALS or w in lx.NEGATIONS or w.endswith("n't")
                                       for w in words) \
            and words[-1] in lx.ENACTED

    def clause_cues(self, clause: int, depth: int) -> list[Cue]:
        """A clause's own cues and what it takes from the clauses it hangs from."""
        s = self.s
        record = s.clauses[clause]
        cues = self.own_cues(clause)
        for other in s.clauses:
            if other.parent == clause and other.kind == "subordinate" and \
                    lx.SUBORDINATORS.get(other.marker) == "condition" and other.tokens \
                    and not cue_scope.conditional_rule(s, other) \
                    and not cue_scope.question_clause(s, other):
                cues.append(self.cue(other.tokens[0], "possible"))
            elif other.parent == clause and other.kind == "relative" and other.marker == \
                    "which" and other.verbs and s.tokens[other.verbs[-1]].lower in \
                    lx.DENIAL_VERBS and self.ends_clause(other, other.verbs[-1]):
                cues.append(self.cue(other.verbs[-1], "denied"))  # ", which Beijing denied"
        parent = record.parent
        if parent is None or depth > 16:
            return cues
        if record.kind == "participial":  # "never backed down ..., holding rallies":
            inherited = self.clause_cues(parent, depth + 1)  # the negation stops at the comma
            return cues + [c for c in inherited if c.stance != "denied"]
        if record.kind in ("subordinate", "complement") and \
                cue_scope.takes_parent_hedge(s.tokens, record):
            cues += [c for c in self.clause_cues(parent, depth + 1)
                     if c.stance in ("expected", "possible", "denied")
                     and (record.kind == "subordinate" or c.stance != "denied")]
        return cues

    def ends_clause(self, record: Clause, index: int) -> bool:
        """Nothing but punctuation follows ``index`` in its clause: the verb has no object
        of its own ("which Beijing has denied."), so it takes the clause it hangs from."""
        return all(not self.s.tokens[i].lower.isalnum() for i in record.tokens if i > index)

    def attribution(self, clause: int, first: int) -> list[Cue]:
        """Who speaks the clause's words: the nearest speaker up its chain, or one that
        speaks for the whole sentence."""
        s = self.s
        out: list[Cue] = []
        for link in s.chain(clause):
            record = s.clauses[link]
            if record.speaker is not None:
                if self.is_date and first >= 0 and self.dates_saying(first):
                    break
                out.append(self.speaker_cue(record.speaker))
                break
            if record.kind in ("coordinate", "aside"):
                break
        if speech.names_speaker(s, self.inside, clause):
            return out  # "Wang Yi said ..., according to the ministry": the writer's name
        for number, attribution in enumerate(s.attributions):
            if attribution.whole_sentence:
                out.append(self.speaker_cue(number))
        return out

    def speaker_cue(self, number: int) -> Cue:
        attribution = self.s.attributions[number]
        return Cue(attribution.verb, _ATTRIBUTION_STANCE[attribution.kind],
                   self.offset + attribution.start, self.offset + attribution.end,
                   f"by: {attribution.speaker}" if attribution.speaker else "")

    def dates_saying(self, first: int) -> bool:
        """"said on Tuesday": the value follows the verb of saying, the date of the saying."""
        tokens = self.s.tokens
        index = first - 1
        while index >= 0 and first - index <= 3 and tokens[index].lower in ("on", "in", "at",
                                                                            "last", "this",
                                                                            "earlier"):
            index -= 1
        return index >= 0 and tokens[index].lower in lx.SAY_VERBS

    def noun_phrase(self, first: int) -> list[Cue]:
        """Words before the value in its noun phrase: "no", "proposed", "former"."""
        tokens = self.s.tokens
        out: list[Cue] = []
        index = first - 1
        while index >= 0 and first - index <= 4:
            word = tokens[index].lower
            if word == "no" and (index + 1 >= len(tokens) or tokens[index + 1].lower
                                 not in lx.NOT_NEGATED_AFTER):
                out.append(self.cue(index, "denied"))
            elif word in lx.VALUE_WORDS or (word.startswith("ex-") and index + 1 == first):
                out.append(self.cue(index, "value word", "the value's own word"))
            elif (word in lx.PREPOSITIONS and word != "of") or word in (",", ";", ":", '"') \
                    or index in self.s.clauses[self.s.clause_of[first]].verbs:
                if index == first - 1 and word in ("for", "on") and index > 0 \
                        and tokens[index - 1].lower in lx.PLAN_WORDS:
                    # "an increase in tariffs planned for Oct. 15": the plan's day
                    out.append(self.cue(index - 1, "value word", "the value's own word"))
                break
            index -= 1
        return out

    def planned_antecedent(self, clause: int) -> list[Cue]:
        """A relative clause on a planned thing says what the plan would be: "the planned
        new tranche of U.S. duties - which covers 3,805 product categories -" expects
        the 3,805 (the tranche is not in force). Read back from the relative's pronoun
        through its noun phrase to the determiner that opens it."""
        s = self.s
        record = s.clauses[clause]
        if record.kind != "relative" or record.parent is None or not record.tokens \
                or record.marker not in ("which", "that", "who"):
            return []
        parent_verbs = set(s.clauses[record.parent].verbs)
        start = record.tokens[0] - 1
        if start > 0 and s.tokens[start].lower == ",":
            start -= 1  # "the planned tranche, which covers": the comma opens the relative
        for index in range(start, max(-1, start - 12), -1):
            word = s.tokens[index].lower
            if word in lx.PLAN_WORDS:
                return [self.cue(index, "expected", PLANNED_WHY)]
            if word in lx.DETERMINERS or word in (",", ";", ":") or index in parent_verbs \
                    or (word in lx.PREPOSITIONS and word != "of"):
                return []
        return []

    def relative_after(self, clause: int, last: int) -> int | None:
        """The relative clause that describes the value's noun: "workers who lose"."""
        s = self.s
        for index in range(last + 1, min(len(s.tokens), last + 5)):
            word = s.tokens[index].lower
            owner = s.clause_of[index]
            if word in ("who", "that", "which") and owner >= 0 and \
                    s.clauses[owner].kind == "relative" and s.clauses[owner].parent == clause:
                return owner
            if word in lx.PREPOSITIONS or not word.isalpha() or owner != clause:
                return None
        return None

    def doubt(self, clause: int, first: int) -> str:
        """A relative clause inside a subject whose main verb the reader never found ("A
        plan that would cap fees wins approval Thursday": "wins" is not a verb it can
        see): past the relative's own verb and object, the value may be the main
        clause's, and the reader cannot tell."""
        s = self.s
        record = s.clauses[clause]
        if record.kind != "relative" or not record.closes_at_verb or record.parent is None \
                or not record.verbs:
            return ""
        parent = s.clauses[record.parent]
        if parent.has_verb or any(i > record.tokens[-1] for i in parent.tokens):
            return ""
        if first <= record.verbs[-1] + 2:
            return ""
        return (f"the reader cannot tell where the clause that opens with "
                f"'{record.marker}' ends, nor which verb governs the value")


STANCE_WORDS = {"denied": "a denial", "possible": "a possibility", "expected": "an expectation",
                "reported": "second-hand", "attributed": "someone's words",
                "stated": "stated as fact", "correction": "a correction",
                "value word": "a word of the value", "doubt": "unclear"}

__all__ = ["CLAUSE_REACH", "STANCE_WORDS", "Cue", "SentenceEnds", "StanceReading", "allowed_by",
           "clause_around", "cue_key", "stance_of", "tokenize", "with_line_breaks"]
