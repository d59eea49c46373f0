"""Typed models of the source registry, the facts and the page map.

These models are the single definition of the file formats: the checker validates with
them and ``python -m generator schema`` exports the editors' JSON Schema from them.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BeforeValidator,
    Field,
    StringConstraints,
    WithJsonSchema,
    model_validator,
)

from generator.model.base import IsoDate as IsoDate
from generator.model.base import (
    NonEmpty,
    Strict,
    _iso_date,
    _year_as_text,
)
from generator.model.datetime_form import DATETIME_FORM, datetime_as_parts, split_datetime
from generator.model.dismissal import PATTERN_NUMBER as PATTERN_NUMBER
from generator.model.dismissal import TODO_REASON as TODO_REASON
from generator.model.dismissal import Dismissal as Dismissal
from generator.model.edtf import bounds_of
from generator.model.provenance import FieldBasis as FieldBasis
from generator.model.provenance import Origin, Updated
from generator.model.provenance import Published as Published
from generator.reading import (
    CURRENCIES,
    SCALE_FACTORS,
    UNITS,
)
from generator.reading.times import ZONES

TIME_ZONES = sorted(set(ZONES.values()))


def _as_decimal(value: Any) -> Any:
    if isinstance(value, bool):
        raise ValueError("expected a number, got a yes/no value")
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, str):
        raise ValueError(f"expected a number, got the text {value!r}; write the digits "
                         "unquoted (1e9 is text in YAML 1.1: write 1000000000 or 1.0e9)")
    return value


Number = Annotated[Decimal, BeforeValidator(_as_decimal), WithJsonSchema({"type": "number"})]


def _given(value: Any) -> Any:
    """A key written with no value (or a value the loader refused) is not 'left out'."""
    if value is None:
        raise ValueError("expected a number, got nothing")
    return value


# A number that may be left out, but not written empty.
MaybeNumber = Annotated[Number | None, BeforeValidator(_given), WithJsonSchema({"type": "number"})]
Slug = Annotated[
    str,
    StringConstraints(pattern=r"^[a-z0-9]+(?:-[a-z0-9]+)*$", max_length=80),
    WithJsonSchema({"type": "string", "pattern": r"^[a-z0-9]+(?:-[a-z0-9]+)*$", "maxLength": 80,
                    "description": "lower-case letters, digits and single hyphens"}),
]
Qualifier = Literal["exact", "over", "about", "up to", "under", "at least"]
Stance = Literal["stated", "reported", "expected", "possible", "denied"]
DateQualifier = Literal["early", "mid", "late", "about"]

# EDTF (ISO 8601-2) forms a date may take beyond YYYY, YYYY-MM and YYYY-MM-DD: a year not
# stated (XXXX-11-12), a season (2019-21 spring .. 2019-24 winter), a decade (201X), and a
# trailing ~ (approximate), ? (uncertain) or % (both). ".." is an open end of an interval.
_EDTF_BODY = (r"(?:\d{4}(?:-\d{2}(?:-\d{2})?)?|XXXX-\d{2}(?:-\d{2})?|\d{4}-2[1-4]|\d{3}X)"
              r"[~?%]?")
_EDTF_DATE = f"^{_EDTF_BODY}$"
# A time of day: HH:MM on a 24-hour clock, or 24:00 (midnight, the end of its day); ~ hedged.
_TIME = r"^(?:(?:[01]\d|2[0-3]):[0-5]\d~?|24:00)$"
_INTERVAL_END = rf"^(?:\.\.|{_EDTF_BODY})$"
# The schema's patterns also refuse month 13 and day 32, for the editor's squiggles.
_MONTH, _DAY = r"(?:0[1-9]|1[0-2])", r"(?:0[1-9]|[12]\d|3[01])"
_EDTF_SCHEMA_BODY = (rf"(?:\d{{4}}(?:-{_MONTH}(?:-{_DAY})?|-2[1-4])?|XXXX-{_MONTH}(?:-{_DAY})?"
                     r"|\d{3}X)[~?%]?")
_EDTF_SCHEMA = f"^{_EDTF_SCHEMA_BODY}$"
_INTERVAL_END_SCHEMA = rf"^(?:\.\.|{_EDTF_SCHEMA_BODY})$"


def _edtf_date(value: str) -> str:
    """Check a date against the calendar; the edtf package reads the extended forms."""
    plain = value.rstrip("~?%")
    if re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", plain) and not re.fullmatch(r"\d{4}-2[1-4]",
                                                                            plain):
        _iso_date(plain)
        return value
    if plain.startswith("XXXX-"):
        parts = [int(p) for p in plain.split("-")[1:]]
        try:
            dt.date(2000, parts[0], parts[1] if len(parts) > 1 else 1)  # 2000: 29 February
        except ValueError as error:
            raise ValueError(f"{value} is not a calendar date ({error})") from None
        return value
    import edtf  # only the extended forms need the full EDTF grammar

    try:
        edtf.parse_edtf(value)
    except edtf.EDTFParseException:
        raise ValueError(f"{value} is not an EDTF date") from None
    return value


EdtfDate = Annotated[
    str,
    BeforeValidator(_year_as_text),
    StringConstraints(pattern=_EDTF_DATE),
    AfterValidator(_edtf_date),
    WithJsonSchema({"type": "string", "pattern": _EDTF_SCHEMA,
                    "description": "YYYY, YYYY-MM, YYYY-MM-DD; or EDTF: XXXX-MM-DD (year not "
                    "stated), YYYY-21..24 (spring, summer, autumn, winter), YYYX (decade); a "
                    "trailing ~ approximate, ? uncertain, % both"}),
]
IntervalEnd = Annotated[
    str,
    BeforeValidator(_year_as_text),
    StringConstraints(pattern=_INTERVAL_END),
    AfterValidator(lambda value: value if value == ".." else _edtf_date(value)),
    WithJsonSchema({"type": "string", "pattern": _INTERVAL_END_SCHEMA,
                    "description": "a date as in 'date:', or '..' for an open end"}),
]


def _one_of(allowed: list[str], what: str) -> AfterValidator:
    def check(value: str) -> str:
        if value not in allowed:
            raise ValueError(f"unknown {what} {value!r}; use one of: {', '.join(allowed)}")
        return value

    return AfterValidator(check)


def _known_unit(value: str) -> str:
    if value not in UNITS:
        raise ValueError(f"unknown unit {value!r}: a counted thing is written 'noun: {value}'; "
                         f"units are {', '.join(UNITS)}")
    return value


Unit = Annotated[str, AfterValidator(_known_unit), WithJsonSchema({"enum": list(UNITS)})]
# A counted noun as the text writes it, in the singular: lower case for a common noun,
# the text's capitals for a name ("Kenyan", "Republican") or a designation ("A320neo jet",
# "S-400 battery", "U.S. product").
_NOUN_PATTERN = r"^[A-Za-z0-9](?:[A-Za-z0-9'’. &-]*[A-Za-z0-9.])?$"


def _has_a_letter(value: str) -> str:
    if not any(c.isalpha() for c in value):
        raise ValueError(f"the noun {value!r} has no letter: a number is written in 'amount:'")
    return value


Noun = Annotated[
    str,
    StringConstraints(pattern=_NOUN_PATTERN, max_length=60),
    AfterValidator(_has_a_letter),
    WithJsonSchema({"type": "string", "pattern": _NOUN_PATTERN,
                    "description": "a counted thing in the singular, as the text writes "
                                   "it: car, crew member, Kenyan, home and business"}),
]
Currency = Annotated[str, _one_of(list(CURRENCIES), "currency"),
                     WithJsonSchema({"enum": list(CURRENCIES)})]
Scale = Literal["thousand", "million", "billion", "trillion"]


def precision_of(date: str) -> Literal["year", "month", "day"]:
    return ("year", "month", "day")[date.count("-")]


def is_plain_date(date: str) -> bool:
    """True for YYYY, YYYY-MM and YYYY-MM-DD: the forms that name a calendar period exactly."""
    return re.fullmatch(r"\d{4}(-(0\d|1[0-2])(-\d{2})?)?", date) is not None


class _Figure(Strict):
    """What quantities and sums share: one amount or a range, a scale, a rate, a ±."""

    amount: MaybeNumber = Field(default=None, description="the number; or give min and max")
    min: MaybeNumber = Field(default=None, description="the low end of a range")
    max: MaybeNumber = Field(default=None, description="the high end of a range")
    plus_minus: MaybeNumber = Field(default=None, description="the ± of 400 ± 5 km")
    scale: Annotated[Scale | None, WithJsonSchema(
        {"enum": ["thousand", "million", "billion", "trillion"]})] = None
    per: Annotated[NonEmpty | None, WithJsonSchema(
        {"type": "string", "minLength": 1,
         "description": "what a rate is per: battery, day, share"})] = None
    qualifier: Qualifier = "exact"

    @model_validator(mode="after")
    def _one_amount(self) -> _Figure:
        ranged = self.min is not None or self.max is not None
        if ranged == (self.amount is not None):
            raise ValueError("give either 'amount' or both 'min' and 'max'")
        if ranged and (self.min is None or self.max is None):
            raise ValueError("a range needs both 'min' and 'max'")
        if self.min is not None and self.max is not None and self.min >= self.max:
            raise ValueError(f"min ({self.min}) must be less than max ({self.max})")
        if self.plus_minus is not None and (ranged or self.plus_minus <= 0):
            raise ValueError("'plus_minus' is a positive number beside 'amount'")
        return self

    @property
    def ends(self) -> tuple[Decimal, ...]:
        """The numbers the value asserts: its amount, or both ends of its range."""
        if self.amount is not None:
            return (self.amount,)
        assert self.min is not None and self.max is not None
        return (self.min, self.max)

    @property
    def factor(self) -> Decimal:
        return SCALE_FACTORS[self.scale]


class Quantity(_Figure):
    """An amount of a unit or count of a noun: ``{kind: quantity, amount: 400, unit: km}``."""

    kind: Literal["quantity"]
    unit: Annotated[Unit | None, WithJsonSchema({"enum": list(UNITS)})] = None
    noun: Annotated[Noun | None, WithJsonSchema(
        {"type": "string", "pattern": _NOUN_PATTERN,
         "description": "a counted thing in the singular, as the text writes it: car, "
                        "crew member, Kenyan"})] = None

    @model_validator(mode="after")
    def _unit_or_noun(self) -> Quantity:
        if (self.unit is None) == (self.noun is None):
            raise ValueError("give either 'unit' (km, t, percent...) or 'noun' (a counted "
                             "thing: car, launcher)")
        return self


class Money(_Figure):
    """A sum: ``{kind: money, amount: 3.5, scale: billion, currency: USD, qualifier: exact}``."""

    kind: Literal["money"]
    currency: Currency

    @property
    def total(self) -> Decimal:
        return self.ends[0] * SCALE_FACTORS[self.scale]


class DateValue(Strict):
    """A date with the precision the evidence gives: ``{kind: date, date: 2019-07, qualifier: mid}``.

    ``date`` takes YYYY, YYYY-MM, YYYY-MM-DD and the EDTF forms (a year not stated,
    seasons, decades, approximate ~ and uncertain ?). ``end`` makes the value an interval
    ("between late 2019 and early 2020"); ``date: ".."`` or ``end: ".."`` leave one end open
    ("by 2020", "since 2015"). ``relative`` names the wording ("on Tuesday", "last month",
    "within two years") when the date is derived from the article's publication date; the
    checker redoes that arithmetic.
    """  # noqa: E501 - the first line is the schema's description

    kind: Literal["date"]
    # A day with its time (16 characters or more) is checked by the checker; a shorter
    # date by the pattern, so that an editor's schema client names the mistake.
    date: Annotated[IntervalEnd, WithJsonSchema({
        "type": "string",
        "description": "YYYY, YYYY-MM, YYYY-MM-DD, an EDTF form, '..' for an open start; or "
                       "a day with its time of day: " + DATETIME_FORM,
        "if": {"minLength": 16}, "then": {"maxLength": 26},
        "else": {"pattern": _INTERVAL_END_SCHEMA}})]
    precision: Literal["year", "month", "day"] | None = None
    qualifier: DateQualifier | None = None
    relative: NonEmpty | None = None
    end: IntervalEnd | None = Field(
        default=None, description="the end of an interval; '..' for an open end")
    end_qualifier: DateQualifier | None = Field(
        default=None, description="early, mid, late or about, for the end of an interval")
    time: Annotated[str | None, StringConstraints(pattern=_TIME), WithJsonSchema(
        {"type": "string", "pattern": _TIME,
         "description": "the time of day as the quote gives it, HH:MM on a 24-hour clock "
         "(24:00 is midnight at the end of the day); a trailing ~ when the quote hedges it "
         "('about 11:30 p.m.')"})] = None
    zone: Annotated[str | None, _one_of(TIME_ZONES, "time zone"),
                    WithJsonSchema({"enum": TIME_ZONES,
                                    "description": "the time zone the quote states with the "
                                    "time: 'local' for 'local time', else its abbreviation"})
                    ] = None
    offset: Annotated[str | None, WithJsonSchema({
        "type": "string", "description": "the UTC offset of the time (-04:00), as the "
        "quote's zone gives it on that day; written in date: as 2018-09-16T05:00:00-04:00"})
                      ] = None

    @model_validator(mode="before")
    @classmethod
    def _datetime_split(cls, data: Any) -> Any:
        return datetime_as_parts(data)

    @model_validator(mode="after")
    def _precision_agrees(self) -> DateValue:
        if self.date == ".." and self.end in (None, ".."):
            raise ValueError("date '..' (an open start) needs an 'end:' date")
        if self.end is None and self.end_qualifier is not None:
            raise ValueError("'end_qualifier:' needs an 'end:' date")
        if self.precision is not None:
            if not is_plain_date(self.date):
                raise ValueError(f"'precision:' is for YYYY, YYYY-MM or YYYY-MM-DD dates, not "
                                 f"'{self.date}'; the EDTF form gives its own precision")
            if self.precision != precision_of(self.date):
                raise ValueError(f"precision '{self.precision}' does not agree with the date "
                                 f"'{self.date}', which has {precision_of(self.date)} precision")
        if (self.zone is not None or self.offset is not None) and self.time is None:
            raise ValueError("'zone:' needs a 'time:' of day")
        if self.offset is not None:
            split_datetime(f"{self.date}T00:00{self.offset}")  # the offset's own form
        if self.time is not None:
            if self.end not in (None, ".."):
                raise ValueError("'time:' is for one day or an open end ('after 2 a.m. "
                                 "Sunday'), not an interval between two dates: give the day "
                                 "of the time as 'date:'")
            if not re.fullmatch(r"(?:\d{4}|XXXX)-\d{2}-\d{2}", self.date):
                raise ValueError(f"'time:' needs the day it falls on: a date YYYY-MM-DD (or "
                                 f"XXXX-MM-DD), not '{self.date}'")
        if (self.end is not None and ".." not in (self.date, self.end)
                and bounds_of(self.end).latest < bounds_of(self.date).earliest):
            raise ValueError(f"the interval ends ({self.end}) before it starts ({self.date})")
        return self

    @property
    def is_interval(self) -> bool:
        return self.end is not None


class Text(Strict):
    """A name or phrase that stands in the quote: ``{kind: text, text: SA-21 Growler}``."""

    kind: Literal["text"]
    text: NonEmpty


class TextList(Strict):
    """Several names that each stand in the quote: ``{kind: list, items: [China, India]}``."""

    kind: Literal["list"]
    items: Annotated[list[NonEmpty], Field(min_length=1)]


Value = Annotated[Quantity | Money | DateValue | Text | TextList, Field(discriminator="kind")]


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


class FactFile(Strict):
    facts: list[Fact]


class Relation(Strict):
    type: Literal["rewrite-of", "translation-of", "republication-of", "update-of",
                  "follow-up-of"]
    source: NonEmpty


# No backslash escapes but \s: the exported schema must be a valid ECMA-262 (unicode) regex.
_URL = r"""^https?://[^\s<>"'`]+$"""


class Reference(Strict):
    """An outside work an editor's note rests on: ``[[ref:id]]`` in free text cites it."""

    id: Slug
    kind: Literal["book", "register", "url", "standard", "report"]
    title: NonEmpty
    url: Annotated[str, StringConstraints(pattern=_URL)] | None = None
    note: NonEmpty | None = None


class Source(Strict):
    file: NonEmpty
    publisher: NonEmpty
    title: NonEmpty
    author: NonEmpty | None = None
    language: Annotated[str, StringConstraints(pattern=r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")]
    published: Published
    updated: Updated | None = Field(
        default=None, description="when this copy was last updated, beside 'published'")
    relation: Relation | None = None
    url: Annotated[str, StringConstraints(pattern=_URL)] | None = None
    sha256: Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]
    currency: Annotated[Currency | None, WithJsonSchema(
        {"enum": list(CURRENCIES), "description": "the currency a bare $ (or another shared "
         "symbol or noun) means in this article, e.g. CAD for a Canadian publisher"})] = None
    number_format: Literal["decimal-point", "decimal-comma"] = Field(
        default="decimal-point",
        description="how the article writes numbers: decimal-point (1,144.50) or "
        "decimal-comma (1.144,50), as many European outlets do")
    furniture: list[NonEmpty] = Field(
        default_factory=list,
        description="verbatim passages that are page furniture, not article text")
    notes: NonEmpty | None = None
    dismissed: list[Dismissal] = Field(
        default_factory=list,
        description="figures and dates of the article that no fact curates, with the reason")
    republish: bool = Field(
        default=True, description="false for another outlet's article: the site shows its "
        "quotes and their sentences, never its full text (add writes false)")
    origin: Origin | None = None

    @property
    def anchor(self) -> tuple[str | None, str]:
        """The day its relative wordings ("on Sunday", "last week") count from, and what that
        day is: the text as read is its last update where one is registered ("the update
        date"), else its first publication ("the publication date")."""
        if self.updated is not None:
            return self.updated.date, "the update date"
        return self.published.date, "the publication date"

    @model_validator(mode="after")
    def _updated_after_published(self) -> Source:
        first = self.published.date
        if self.updated is not None and first is not None \
                and self.updated.date[:len(first)] < first[:len(self.updated.date)]:
            raise ValueError(f"the update ({self.updated.date}) is dated before the first "
                             f"publication ({first})")
        return self
    archive_url: Annotated[str, StringConstraints(pattern=_URL)] | None = Field(
        default=None, description="an archived copy of the original (e.g. the Wayback "
        "Machine's), linked beside the original on the evidence page")

    @property
    def slug(self) -> str:
        stem = self.file.rsplit(".", 1)[0]
        return re.sub(r"[^a-z0-9]+", "-", stem.lower()).strip("-") or "source"


class Registry(Strict):
    sources_dir: NonEmpty | None = Field(
        default=None, description="the folder that holds the articles, relative to the sheet "
        "(the folder holding facts/), when it is not facts/sources: e.g. articles the "
        "repository may not redistribute, kept beside it; FACTSHEET_SOURCES_DIR, when set, "
        "names the folder instead")
    sources_dir_from: Literal["sheet", "repository"] = Field(
        default="sheet", description="what sources_dir is relative to: the sheet (the "
        "folder holding facts/) or the root of the git repository that holds it, so the "
        "path stays true wherever the sheet sits in the repository")
    sources: list[Source]
    references: list[Reference] = Field(default_factory=list)


class Row(Strict):
    property: NonEmpty
    label: NonEmpty


class Cell(Strict):
    """One labelled fact in a summary card or a register table: ``{label: Value, fact: id}``."""

    label: NonEmpty
    fact: Slug


class Section(Strict):
    id: Slug
    title: NonEmpty
    subject: NonEmpty
    intro: NonEmpty | None = None
    summary: NonEmpty | None = Field(
        default=None, description="one line that opens the section, in the editors' words")
    at_a_glance: list[Cell] = Field(
        default_factory=list,
        description="a register-style table (order date, value, ...), each cell one fact")
    rows: list[Row] = Field(default_factory=list)


class Page(Strict):
    path: Slug
    title: NonEmpty
    kind: Literal["table", "timeline"]
    files: Annotated[list[NonEmpty], Field(min_length=1)]
    intro: NonEmpty | None = None
    sections: list[Section] = Field(default_factory=list)


class Home(Strict):
    intro: list[NonEmpty] = Field(default_factory=list)
    key_figures: list[Slug] = Field(default_factory=list)
    summary: list[Cell] = Field(
        default_factory=list, description="the summary card that opens the home page")


class Editors(Strict):
    """The editors' section of the nav: hand-written pages of ``docs/`` for editors."""

    title: NonEmpty = "For editors"
    pages: list[NonEmpty] = Field(
        default_factory=list, description="pages of docs/ (e.g. format.md), in nav order; "
        "rules.md is the generated rules reference (with rules_page: true)")


class Licence(Strict):
    """The licence of the sheet's facts (not of the articles' words, which belong to their
    publishers): a Frictionless licence, ``{name: MIT, title: MIT License, path: ...}``."""

    name: NonEmpty = Field(description="its SPDX identifier: MIT, CC-BY-4.0")
    title: NonEmpty
    path: Annotated[str, StringConstraints(pattern=_URL)] | None = None


class Site(Strict):
    """The page map: everything topic-specific about the site lives here, not in code."""

    title: NonEmpty
    description: NonEmpty | None = None
    home: Home = Home()
    pages: list[Page]
    rules_page: bool = Field(
        default=False, description="publish the checker's rules reference (rules.md, for "
        "editors) with the site; its examples are the project's own, not this sheet's")
    methodology: NonEmpty | None = Field(
        default=None, description="a hand-written page of docs/ (e.g. methodology.md) on how "
        "the sheet is made: last in the readers' nav; docs pages no key names are left off")
    editors: Editors | None = Field(
        default=None, description="the editors' section of the nav: {title, pages}")
    licence: Licence | None = Field(
        default=None, description="the licence of the facts, which datapackage.json "
        "declares; none is ever claimed for the articles' words")


# ---------------------------------------------------------------------------------------
# How a value reads to a person: one wording for the checker's messages and the site.

def plain_number(amount: Decimal) -> str:
    """400 not 4E+2; 3.5 not 3.50; thousands grouped."""
    normal = amount.normalize()
    if normal == normal.to_integral_value():
        return f"{int(normal):,}"
    return format(normal, ",f")
