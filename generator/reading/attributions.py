"""Attributions: who speaks for a clause ("X said", ", officials said", "according to X").

Why apart: the clause reader (``structure.py``) finds where a saying stands; what kind of
speaker it is, and where a trailing one ends, are read here.
"""

from __future__ import annotations

from dataclasses import dataclass

import generator.reading.lexicon as lx
from generator.reading.verbs import LOOKAHEAD, Token, is_verb


@dataclass(frozen=True, slots=True)
class Attribution:
    """Who speaks: the speaker's words, the verb, and the clauses whose words they are.

    ``kind`` is "named" ("Peskov said"), "anonymous" ("sources said"), "hearsay"
    ("reportedly", "X reported that", "according to X", "it was said"), "self" (an
    organisation reporting its own figure: "Acme reported a loss of $7m"), "denial"
    ("X denied that"), or "correction" ("An earlier version of this story said").
    """

    kind: str
    speaker: str
    verb: str
    start: int  # the verb's offsets in the sentence
    end: int
    whole_sentence: bool = False

def trailing_attribution(tokens: list[Token], start: int) -> tuple[int, int] | None:
    """", officials said" / ", Haberturk TV said on Friday" / ", said Pilpson, director":
    the speaker's words then a verb of saying (or the verb then a name), and nothing after
    but adverbials until the sentence ends or a comma: (verb index, end index)."""
    end = len(tokens)
    stop = min(end, start + LOOKAHEAD)
    first = tokens[start] if start < end else None
    if first is not None and (first.lower in lx.SAY_VERBS or first.lower in lx.DENIAL_VERBS):
        following = tokens[start + 1] if start + 1 < end else None
        after = end_of_phrase(tokens, start + 1)
        if (following is not None and following.text[:1].isupper()
                and not first.lower.endswith("ing")
                and not any(is_verb(tokens, j) for j in range(start + 1, after))):
            return start, after  # ", said Pilpson, director of ..."
        return None
    for index in range(start, stop):
        word = tokens[index].lower
        if word in (",", ";", ":", '"') or word in lx.SUBORDINATORS or word == "that":
            return None
        if word in lx.SAY_VERBS or word in lx.DENIAL_VERBS:
            after = end_of_phrase(tokens, index + 1)
            if any(is_verb(tokens, j) for j in range(index + 1, after)):
                return None
            if after < end and tokens[after].lower not in (",", ".", '"', ";"):
                return None
            if not all(_adverbial(tokens[j]) for j in range(index + 1, after)):
                return None  # "Shortly afterward, the Weather Service reported wind gusts"
            return index, after
        if is_verb(tokens, index):
            return None
    return None


def end_of_phrase(tokens: list[Token], start: int) -> int:
    """The end of a short phrase: the next comma, break or sentence end."""
    for index in range(start, min(len(tokens), start + 3 * LOOKAHEAD)):
        if tokens[index].lower in (",", ";", ":", ".", '"'):
            return index
    return min(len(tokens), start + 3 * LOOKAHEAD)


def attribution_kind(words: list[str], verb: str) -> str:
    joined = " ".join(words)
    if verb in lx.DENIAL_VERBS:
        return "denial"
    if any(word in lx.ANONYMOUS for word in words) or "not to be" in joined:
        return "anonymous"
    if any(cue in joined for cue in lx.CORRECTION_WORDS):
        return "correction"
    if verb in lx.HEARSAY_VERBS:
        return "hearsay"
    return "named"


def _adverbial(token: Token) -> bool:
    """What may follow a trailing attribution's verb: "said on Friday", "told reporters",
    "said in an interview with CNN", "said Saturday"; not an object ("wind gusts")."""
    word = token.lower
    return word in lx.SAY_ADVERBIALS or word in lx.PREPOSITIONS or word[:1].isdigit() \
        or token.text[:1].isupper() or not word.isalnum()


def telling_follows(tokens: list[Token], start: int) -> bool:
    """A speaker (a name, a pronoun, "the mayor") and a verb of saying right after a
    closing quotation mark: '," Trump told', '," he said', '," the mayor said'; a name
    may carry an appositive between commas: '," Hu Xijin, editor-in-chief of the Global
    Times, wrote on Twitter' (trial 3 named the quotation's last word the speaker)."""
    for index in range(start, min(len(tokens), start + 5)):
        word = tokens[index]
        if index > start and word.lower in lx.SAY_VERBS:
            return True
        if word.lower == "," and index > start and tokens[index - 1].text[:1].isupper():
            after = appositive_end(tokens, index)
            return after is not None and after < len(tokens) \
                and tokens[after].lower in lx.SAY_VERBS
        if not word.lower.isalpha() or word.lower in lx.COORDINATORS \
                or word.lower in lx.SUBORDINATORS or is_verb(tokens, index):
            return False
    return False


def named_place(tokens: list[Token], index: int) -> bool:
    """A named place after a passive "reported": the thing was recorded there ("All
    five deaths were reported in North Carolina:"), not said by someone."""
    if index + 1 >= len(tokens):
        return False
    return tokens[index].lower in ("in", "at", "across") and \
        tokens[index + 1].text[:1].isupper()


def appositive_end(tokens: list[Token], comma: int) -> int | None:
    """The index just past an appositive that opens at ``comma`` and closes at the next
    comma (", editor-in-chief of the Global Times,"), or None: it holds no verb."""
    for index in range(comma + 1, min(len(tokens), comma + 3 * LOOKAHEAD)):
        word = tokens[index].lower
        if word == ",":
            return index + 1 if index > comma + 1 else None
        if word in (";", ":", ".", '"', "(", ")") or is_verb(tokens, index):
            return None
    return None


def speaker_words(tokens: list[Token], subject: list[int]) -> list[int]:
    """The speaker in a saying's subject, quotes and commas left out, and no word of a
    quotation before it; a name with an appositive that closes right before the verb is
    the name alone ("Hu Xijin, editor-in-chief of the Global Times, wrote": Hu Xijin)."""
    quotes = [i for i in subject if tokens[i].lower == '"']
    if quotes:  # the words before a closing mark are the quotation's, never its speaker
        subject = [i for i in subject if i > quotes[-1]]
    kept = [i for i in subject if tokens[i].lower not in (",", '"')]
    while kept and tokens[kept[0]].lower in lx.COORDINATORS:
        # "The Afghan Taliban, however, claimed": 'however' opens the clause, it speaks not
        # (trial 6's message quoted "'however claimed'"); ", but the US military said"
        kept = kept[1:]
    commas = [i for i in subject if tokens[i].lower == ","]
    if len(commas) >= 2 and subject and commas[-1] == subject[-1]:
        name = [i for i in kept if i < commas[0]]
        if name and all(tokens[i].text[:1].isupper() for i in name) and not any(
                is_verb(tokens, i) for i in subject if i > commas[0]):
            return name  # and ", 58, a Global Times editor," too
    return kept


def is_toll(tokens: list[Token], index: int) -> bool:
    """"had claimed five lives", "claimed the lives of": a toll, not a saying."""
    for probe in range(index + 1, min(len(tokens), index + 6)):
        word = tokens[probe].lower
        if word in lx.TOLL_NOUNS:
            return True
        if word in (",", ";", ":", ".", "that") or is_verb(tokens, probe):
            return False
    return False
