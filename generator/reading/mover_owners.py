"""Who a market figure belongs to: the subject of a verb of change right before it.

"The Hang Seng Index sank 1.7% while Shanghai shed 0.2% and Tokyo was off 0.7%" gives
1.7% to the Hang Seng Index, 0.2% to Shanghai, 0.7% to Tokyo; "the tech-heavy Nasdaq, which
has been the most vulnerable to trade tensions, was down 3.4%" gives 3.4% to the Nasdaq
(a relative clause between the name and its verb is passed over); "Manila and Jakarta both
down 1.6%" gives 1.6% to both. The name is read word by word: capitalised words, '&',
numbers within a name ("Standard & Poor's 500 index") and the words "index" and "average".
Anything else names no owner: the reading does not guess. Written without regular
expressions.
"""

from __future__ import annotations

from generator.reading.joins import CHANGE_WORDS

# Verbs of a market's move that the range reader's list lacks.
_MOVES = CHANGE_WORDS | frozenset({"sank", "sink", "sinks", "shed", "sheds", "lost", "loses",
                                   "gained", "gains", "eased", "eases", "dipped", "dips",
                                   "advanced", "retreated", "rallied", "slumped", "skidded",
                                   "tumbled", "sagged", "firmed"})
# Words between a verb of change and its figure ("fell by 2%", "closed down 1%").
_BRIDGE = frozenset({"by", "up", "down", "off", "nearly", "almost", "about", "some", "more",
                     "than", "over", "around", "roughly", "another", "a", "further"})
# A state of change after "was", "were", "is", "are", "closed" or a subject alone.
_STATES = frozenset({"down", "up", "off", "higher", "lower"})
_BE = frozenset({"was", "were", "is", "are", "closed", "ended", "finished", "opened"})
_DISTRIBUTIVE = frozenset({"both", "each", "all"})
_NAME_WORDS = frozenset({"index", "average", "&", "and"})
_NOT_NAMES = frozenset({"the", "while", "with", "and", "but", "as", "when", "after", "its",
                        "their", "it", "this", "that", "which", "who", "in", "on", "at"})
_CLAUSE_OPENERS = frozenset({"which", "who", "whose"})


def _words(text: str) -> list[str]:
    """Words and commas, in order: "Nasdaq, which" is ["Nasdaq", ",", "which"]."""
    out: list[str] = []
    for word in text.split():
        trail = []
        while word and word[-1] in ",;:":
            trail.append(word[-1])
            word = word[:-1]
        if word:
            out.append(word)
        out += trail[::-1]
    return out


def _verb_end(words: list[str]) -> int | None:
    """Where the subject ends: the index after it, for words that end in a verb of change
    (and its bridge words) before the figure; None when they do not."""
    index = len(words)
    while index > 0 and words[index - 1].lower() in _BRIDGE - _STATES:
        index -= 1
    if index == 0:
        return None
    word = words[index - 1].lower()
    if word in _STATES:
        index -= 1
        if index > 0 and words[index - 1].lower() in _BE:
            return index - 1
        return index  # "Manila and Jakarta both down 1.6%"
    if word in _MOVES and word not in _STATES:
        return index - 1
    return None


def _name_before(words: list[str], end: int) -> str | None:
    """The name that ends at ``end`` (exclusive): capitalised words, '&', numbers inside a
    name, "index", "and" between names; a "both" or "each" right before ``end`` is passed."""
    while end > 0 and words[end - 1].lower() in _DISTRIBUTIVE:
        end -= 1
    if end > 0 and words[end - 1] == ",":  # ", which has been ..., was down": the clause
        close = end - 1
        opener = next((i for i in range(close - 1, -1, -1) if words[i] == ","), None)
        of = _of_phrase(words, close)
        if of is not None:  # "the FTSE 250 index of medium-sized, more UK-focused companies,"
            end = of
        elif opener is None or opener + 1 >= close or \
                words[opener + 1].lower() not in _CLAUSE_OPENERS:
            return None
        else:
            end = opener
    start = end
    while start > 0:
        word = words[start - 1]
        if word.lower() in _NOT_NAMES - _NAME_WORDS or word in (",", ";", ":"):
            break
        if not (word[:1].isupper() or word.lower() in _NAME_WORDS or word.isdigit()):
            break
        start -= 1
    while start < end and words[start].lower() in ("and", "&"):
        start += 1
    while end > start and words[end - 1].lower() in ("and", "&"):
        end -= 1
    name = words[start:end]
    if not any(w[:1].isupper() for w in name):
        return None
    return " ".join(name)


# How far back from the comma before the verb an "of" phrase on the name may start.
_OF_REACH = 10


def _of_phrase(words: list[str], close: int) -> int | None:
    """Where an "of" phrase on a name starts, when the words before the comma at ``close``
    are one: "the FTSE 250 index of medium-sized, more UK-focused companies," (a comma
    inside it joins its adjectives); the word before "of" must be a name's ("index",
    "average" or capitalised). None otherwise."""
    for index in range(close - 1, max(0, close - _OF_REACH) - 1, -1):
        word = words[index]
        if word.lower() in _CLAUSE_OPENERS or word in (";", ":"):
            return None
        if word.lower() == "of":
            before = words[index - 1] if index > 0 else ""
            named = before.lower() in ("index", "average") or before[:1].isupper()
            return index if named else None
    return None


def mover_owner(before: str) -> str | None:
    """The owner of the figure that follows ``before`` (the sentence up to the figure), when
    the name right before a verb of change names it; else None."""
    words = _words(before[-160:])
    end = _verb_end(words)
    if end is None:
        return None
    return _name_before(words, end)


# Levies whose base follows "on": "25% levies on $50 billion worth of U.S. products" and
# "lower tariffs on a list of $60 billion in goods" are two rounds, each owning its sum.
_LEVIES = frozenset({"levy", "levies", "tariff", "tariffs", "duty", "duties", "tax", "taxes"})
_BASE_WORDS = frozenset({"a", "an", "list", "of", "worth", "another", "additional"})


def levy_owner(before: str) -> str | None:
    """The levy whose base is the sum that follows ``before``: "lower tariffs" in "...
    and lower tariffs on a list of $60 billion"; None where no levy stands before "on"."""
    words = _words(before[-120:])
    index = len(words)
    while index > 0 and words[index - 1].lower() in _BASE_WORDS:
        index -= 1
    if index < 2 or words[index - 1].lower() != "on" or \
            words[index - 2].lower() not in _LEVIES:
        return None
    end = index - 1
    start = end - 1
    while start > 0 and end - start < 3:
        word = words[start - 1]
        if word in (",", ";") or word.lower() in _NOT_NAMES or any(c.isdigit() for c in word):
            break
        start -= 1
    return " ".join(words[start:end])
