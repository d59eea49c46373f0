"""Tokens and the verbs the sentence-structure reader can see (``structure.py``).

Why apart: which token is a verb, a finite verb or a participle is a question of words,
asked by the clause reader and the attribution reader alike.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import generator.reading.lexicon as lx

# A token: a figure ("$3.4-billion", "1,500", "301-122"), a word with its inner
# apostrophes, dots and hyphens ("didn't", "U.S", "would-be"), or one other character.
_TOKEN = re.compile(r"[$£€¥]?\d+(?:[.,]\d+)*(?:-\w+)*%?|\w+(?:['.\-]\w+)*|'ll|'s|\S")
# A sentence is read at most this many tokens: the work per sentence is bounded.
MAX_TOKENS = 400
# How far a lookahead reaches (a verb after "after", a trailing attribution's words).
LOOKAHEAD = 12
@dataclass(frozen=True, slots=True)
class Token:
    text: str
    lower: str
    start: int  # offsets in the sentence
    end: int


def tokenize(sentence: str) -> list[Token]:
    out: list[Token] = []
    for match in _TOKEN.finditer(sentence):
        if len(out) >= MAX_TOKENS:
            break
        out.append(Token(match.group(0), match.group(0).lower(), match.start(), match.end()))
    return out


def is_verb(tokens: list[Token], index: int) -> bool:
    """A verb the reader can see: an auxiliary, a modal, a past tense, a verb of saying."""
    word = tokens[index].lower
    if index > 0 and tokens[index].text[:1].isupper():
        return False  # "the United States", "Will Smith": a name mid-sentence
    if word.endswith("ing"):  # "is reporting", ", saying", "by arguing": else a noun
        return index == 0 or tokens[index - 1].lower in lx.BE or tokens[index - 1].lower in (
            ",", "and", "or", "by", "after", "before", "while", "when", "without", "since")
    if word in lx.BE or word in lx.HAVE or word in lx.DO or word in lx.MODALS:
        return word != "'s"
    if word in lx.SAY_VERBS or word in lx.DENIAL_VERBS or word in lx.IRREGULAR_PAST:
        return not after_determiner(tokens, index) and not plural_after_preposition(
            tokens, index) and not _after_a_word(tokens, index)
    if word.endswith("n't"):
        return True
    if len(word) > 4 and word.endswith("ed") and word.isalpha():
        return not after_determiner(tokens, index)
    # "She needs", "it says": a present tense after a pronoun; "- which covers 3,805
    # product categories -": after a relative pronoun ("which products will": a noun)
    following = tokens[index + 1].lower if index + 1 < len(tokens) else ""
    return index > 0 and tokens[index - 1].lower in ("he", "she", "it", "which", "who") \
        and word.endswith("s") and word.isalpha() and word not in lx.PREPOSITIONS \
        and len(word) > 3 and following not in lx.MODALS | lx.BE | lx.HAVE | lx.DO


def _after_a_word(tokens: list[Token], index: int) -> bool:
    """"an original estimate", "a new report": a base form after "a" and one word is a
    noun, for a verb after a singular subject ("a spokesman says") would end in -s and a
    past tense in -ed (trial 6 read "estimate" as a verb of saying with the speaker
    "who")."""
    word = tokens[index].lower
    return index > 1 and tokens[index - 2].lower in ("a", "an") \
        and tokens[index - 1].lower.isalpha() and not word.endswith(("s", "ed")) \
        and word not in lx.IRREGULAR_PAST


def plural_after_preposition(tokens: list[Token], index: int) -> bool:
    """"data on states where ...", "in reports": a present tense in -s never follows a
    preposition (an infinitive takes "to state"), so the word is a plural noun."""
    return index > 0 and tokens[index].lower.endswith("s") \
        and tokens[index - 1].lower in lx.PREPOSITIONS


def after_determiner(tokens: list[Token], index: int) -> bool:
    """"the proposed levy", "a signed deal": a participle used as an adjective."""
    return index > 0 and tokens[index - 1].lower in lx.DETERMINERS


def is_finite(tokens: list[Token], index: int) -> bool:
    """A verb that can start a clause's predicate (not a participle after "by" or "be")."""
    word = tokens[index].lower
    previous = tokens[index - 1].lower if index else ""
    if word in lx.MODALS or word in lx.BE or word in lx.HAVE or word in lx.DO:
        return word != "'s"
    if previous in lx.PREPOSITIONS or previous in lx.BE or previous in lx.HAVE:
        return False
    return is_verb(tokens, index) and (word.endswith("ed") or word in lx.IRREGULAR_PAST)


def verb_follows(tokens: list[Token], start: int) -> bool:
    """A verb stands within the lookahead, before a comma or a break."""
    for index in range(start, min(len(tokens), start + LOOKAHEAD)):
        if tokens[index].lower in (",", ";", ":", "(", ")"):
            return False
        if is_verb(tokens, index):
            return True
    return False


def is_participle(token: Token) -> bool:
    word = token.lower
    return (len(word) > 4 and word.endswith("ing") and word.isalpha()
            and word not in lx.ING_NOT_VERBS)


# The pronouns that may open a relative clause's subject without "that".
_SUBJECT_PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i", "you"})


def contact_relative(tokens: list[Token], start: int) -> bool:
    """After ", something": a subject and its verb, a relative clause whose "that" is left
    out (", something the agency wants to do in the 2030s"). The subject opens with a
    determiner, a pronoun or a name; its verb (or a catenative and "to") follows within a
    few words, before any comma."""
    if start >= len(tokens):
        return False
    first = tokens[start]
    if not (first.lower in lx.DETERMINERS or first.lower in _SUBJECT_PRONOUNS
            or first.text[:1].isupper()):
        return False
    for index in range(start + 1, min(len(tokens), start + 5)):
        word = tokens[index].lower
        if not word.isalnum():
            return False
        following = tokens[index + 1].lower if index + 1 < len(tokens) else ""
        if is_verb(tokens, index) or (word in lx.CATENATIVES and following == "to"):
            return True
    return False
