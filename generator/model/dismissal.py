"""A dismissal: figures and dates of an article that no fact curates, and why.

Its own module so the registry's model (``generator.model``) stays small; it is
re-exported there.
"""

from __future__ import annotations

from pydantic import Field, model_validator

from generator.model.base import NonEmpty, Strict

# The placeholder of a dismissal's pattern: any number, as digits or in words.
PATTERN_NUMBER = "{number}"
# A reason the skeleton of ``uncovered --skeleton`` writes, which the check refuses.
TODO_REASON = "TODO"


class Dismissal(Strict):
    """Figures and dates of an article that no fact curates, and why: "page furniture".

    One of three ways to say where: a verbatim ``passage``, a whole ``sentence``, or a
    ``pattern`` of words with ``{number}`` for any number ("Image {number} of {number}"),
    which dismisses every place the words stand.
    """

    passage: NonEmpty | None = Field(
        default=None, description="verbatim text of the article holding the mention(s)")
    sentence: NonEmpty | None = Field(
        default=None, description="a whole sentence of the article, verbatim")
    pattern: NonEmpty | None = Field(
        default=None, description="words of the article with {number} for any number, "
        "e.g. 'Image {number} of {number}': every place they stand")
    reason: NonEmpty

    @model_validator(mode="after")
    def _one_place(self) -> Dismissal:
        given = [self.passage, self.sentence, self.pattern]
        if sum(1 for value in given if value is not None) != 1:
            raise ValueError("give one of 'passage', 'sentence' or 'pattern'")
        if self.pattern is not None and PATTERN_NUMBER not in self.pattern:
            raise ValueError("a pattern holds {number} where a number stands "
                             "(for words alone, use 'passage')")
        if self.pattern is not None and not any(
                character.isalpha() for character in self.pattern.replace(PATTERN_NUMBER, "")):
            raise ValueError("a pattern needs words of the article around {number}: "
                             "'{number}' alone would dismiss every number")
        if self.reason.strip().upper().startswith(TODO_REASON):
            raise ValueError("write the reason in place of TODO: why no fact curates it")
        return self

    @property
    def words(self) -> str:
        """What the dismissal gives: its passage, sentence or pattern."""
        return self.passage or self.sentence or self.pattern or ""

    @property
    def key(self) -> str:
        return "passage" if self.passage else "sentence" if self.sentence else "pattern"
