"""A fact and a fact file: what an editor writes under ``facts:``, with its stance, its
answers to the stance reader and the renderings it declares."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import (
    BeforeValidator,
    Field,
    StringConstraints,
    ValidationInfo,
    WithJsonSchema,
    field_validator,
    model_validator,
)

from generator.model.base import (
    NonEmpty,
    Strict,
)
from generator.model.values import (
    _TIME,
    EdtfDate,
    Slug,
    Stance,
    Value,
)


class Rendering(Strict):
    """How one fact's value renders another's: "S-400 Triumph" translates "Triumf"."""

    of: Slug = Field(description="the id of the fact whose value this one renders")
    relation: Literal["transliteration", "translation", "unit conversion", "rounding",
                      "spelling"]
    probably: bool = Field(
        default=False, description="true where the editor can only judge the rendering "
        "probable (402 km is probably 250 miles converted): shown as 'probably a unit "
        "conversion', the hedge kept")


class StanceScope(Strict):
    """The editor's answer to a wrong doubt of the stance reader: the cue word ``cue``
    stands near the value but does not govern it, for ``reason``. It applies to the stance
    only, never to a figure, and is shown with the fact."""

    cue: NonEmpty = Field(description="the cue word as the article writes it, e.g. would")
    reason: NonEmpty = Field(description="why the cue does not govern the value")


def _one_or_many(value: Any) -> Any:
    """One answer ``{cue, reason}`` is a list of one: a sentence may need several."""
    return [value] if isinstance(value, dict) else value


_SCOPE_SCHEMA = {"type": "object", "additionalProperties": False, "required": ["cue", "reason"],
                 "properties": {"cue": {"type": "string", "minLength": 1, "description":
                                        "the cue word as the article writes it, e.g. would"},
                                "reason": {"type": "string", "minLength": 1, "description":
                                           "why the cue does not govern the value"}}}
# The editor writes one answer as a mapping, several as a list of mappings.
StanceScopes = Annotated[
    list[StanceScope], BeforeValidator(_one_or_many), Field(min_length=1),
    WithJsonSchema({"oneOf": [_SCOPE_SCHEMA, {"type": "array", "items": _SCOPE_SCHEMA,
                                              "minItems": 1}]})]


class Fact(Strict):
    """One claim, its verbatim evidence, and where it stands in its file."""

    id: Slug
    source: NonEmpty
    subject: NonEmpty
    property: NonEmpty
    quote: NonEmpty
    value: Value
    stance: Stance = Field(
        default="stated", description="how the source puts the claim: stated as fact, "
        "reported second-hand, expected or planned, possible, or denied")
    stance_scope: StanceScopes | None = Field(
        default=None, description="the editor's answer where the checker reads a cue word "
        "as governing the value and it does not: the word and why (stance only); a list "
        "of such answers where several cue words do not govern it")
    noun_from: NonEmpty | None = Field(
        default=None, description="where a count's elided noun is stated ('1 million are "
        "without power'): the words of the same article, before the quote in its "
        "paragraph, that count the value's noun ('This storm is impacting 5 million "
        "people'), verbatim")
    day_from: NonEmpty | None = Field(
        default=None, description="where the day of a time is stated when the quote gives "
        "only the time ('at 7:15 a.m. EDT'): words of the same article, verbatim, that name "
        "the event's day ('Since marching ashore Friday near Wilmington')")
    event: NonEmpty | None = None
    note: NonEmpty | None = None
    preferred: NonEmpty | None = Field(
        default=None, description="why this value is preferred over conflicting ones")
    claim: Slug | None = Field(
        default=None, description="facts on one subject and property that share this name "
        "make the same claim in other words: they do not conflict")
    as_of: EdtfDate | None = Field(
        default=None, description="when the claim held; claims held at times that cannot "
        "overlap are a change over time, not a conflict")
    as_of_time: Annotated[str | None, StringConstraints(pattern=_TIME), WithJsonSchema(
        {"type": "string", "pattern": _TIME,
         "description": "the time of day on the 'as_of:' day when a reading held, HH:MM on "
         "a 24-hour clock as the quote gives it ('at 2 a.m.'): readings at different times "
         "are a change over time"})] = None
    date_basis: Literal["article"] | None = Field(
        default=None, description="'article': the quote dates the claim only by its "
        "article's own date (a dateline), so the claim was made on or before that day")
    rendering: Rendering | None = Field(
        default=None, description="this value renders another fact's value (a "
        "transliteration, translation, unit conversion, rounding or spelling): a variant, "
        "not a disagreement")

    @model_validator(mode="after")
    def _time_has_a_day(self) -> Fact:
        if self.as_of_time is not None and self.as_of is None:
            raise ValueError("'as_of_time:' is a time on the 'as_of:' day: give 'as_of:' too")
        return self

    @field_validator("subject", "property")
    @classmethod
    def _not_a_placeholder(cls, words: str, info: ValidationInfo) -> str:
        # draft writes "TODO subject" where it cannot tell (trial 5): never published
        if _placeholder(words):
            raise ValueError(f"write the {info.field_name} in place of TODO: the words the "
                             "other facts on the page use")
        return words


def _placeholder(words: str) -> bool:
    """ "TODO subject", "TODO": a placeholder left for the editor, not a name."""
    first = words.split()[0] if words.split() else ""
    return first.rstrip(":") == "TODO"


class FactFile(Strict):
    facts: list[Fact]
