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
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
    WithJsonSchema,
    model_validator,
)

from generator.model.edtf import bounds_of
from generator.reading import (
    CURRENCIES,
    SCALE_FACTORS,
    UNITS,
)


class Strict(BaseModel):
    """Fail closed: unknown keys and loose types are errors."""

    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


def _as_decimal(value: Any) -> Any:
    if isinstance(value, bool):
        raise ValueError("expected a number, got a yes/no value")
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, str):
        raise ValueError(f"expected a number, got the text {value!r}; write the digits "
                         "unquoted (1e9 is text in YAML 1.1: write 1000000000 or 1.0e9)")
    return value


def _year_as_text(value: Any) -> Any:
    """An unquoted year (``date: 2007``) loads as a number; it is the date "2007"."""
    if isinstance(value, int) and not isinstance(value, bool) and 1000 <= value <= 9999:
        return str(value)
    return value


def _iso_date(value: str) -> str:
    parts = value.split("-")
    try:
        if len(parts) == 1:
            dt.date(int(parts[0]), 1, 1)
        elif len(parts) == 2:
            dt.date(int(parts[0]), int(parts[1]), 1)
        else:
            dt.date.fromisoformat(value)
    except ValueError as error:
        raise ValueError(f"{value} is not a calendar date ({error})") from None
    return value


_ISO_DATE_SCHEMA = r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$"
Number = Annotated[Decimal, BeforeValidator(_as_decimal), WithJsonSchema({"type": "number"})]
NonEmpty = Annotated[str, StringConstraints(min_length=1)]


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
IsoDate = Annotated[
    str,
    BeforeValidator(_year_as_text),
    StringConstraints(pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$"),
    AfterValidator(_iso_date),
    # The schema's pattern also refuses month 13 and day 32, for the editor's squiggles;
    # the checker's own message (a real calendar date) stays the authority.
    WithJsonSchema({"type": "string", "pattern": _ISO_DATE_SCHEMA,
                    "description": "YYYY, YYYY-MM or YYYY-MM-DD"}),
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
Noun = Annotated[
    str,
    StringConstraints(pattern=r"^[a-z][a-z' -]*[a-z]$", max_length=60),
    WithJsonSchema({"type": "string", "pattern": r"^[a-z][a-z' -]*[a-z]$",
                    "description": "a counted thing in the singular, lower case: car, "
                                   "launcher, battery"}),
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
        {"type": "string", "pattern": r"^[a-z][a-z' -]*[a-z]$",
         "description": "a counted thing in the singular, lower case: car"})] = None

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
    date: IntervalEnd
    precision: Literal["year", "month", "day"] | None = None
    qualifier: DateQualifier | None = None
    relative: NonEmpty | None = None
    end: IntervalEnd | None = Field(
        default=None, description="the end of an interval; '..' for an open end")
    end_qualifier: DateQualifier | None = Field(
        default=None, description="early, mid, late or about, for the end of an interval")

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


class FactFile(Strict):
    facts: list[Fact]


class Relation(Strict):
    type: Literal["rewrite-of", "translation-of", "republication-of", "follow-up-of"]
    source: NonEmpty


class Published(Strict):
    """A publication date and the basis for it. Never more precise than the basis gives."""

    basis: Literal["stated", "catalogue", "inferred", "unknown"]
    date: IsoDate | None = None
    not_before: IsoDate | None = None
    reasoning: NonEmpty | None = None

    @model_validator(mode="after")
    def _basis_agrees(self) -> Published:
        if self.basis == "unknown" and self.date is not None:
            raise ValueError("an unknown publication date cannot have a date")
        if self.basis in ("stated", "catalogue") and self.date is None:
            raise ValueError(f"basis '{self.basis}' needs a date")
        if self.basis == "inferred" and self.reasoning is None:
            raise ValueError("an inferred date needs its reasoning written down")
        return self


# No backslash escapes but \s: the exported schema must be a valid ECMA-262 (unicode) regex.
_URL = r"""^https?://[^\s<>"'`]+$"""


class Dismissal(Strict):
    """A figure or date in an article that no fact curates, and why: "page furniture"."""

    passage: NonEmpty = Field(description="verbatim text of the article holding the mention(s)")
    reason: NonEmpty


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
    language: Annotated[str, StringConstraints(pattern=r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")]
    published: Published
    relation: Relation | None = None
    url: Annotated[str, StringConstraints(pattern=_URL)] | None = None
    sha256: Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]
    currency: Annotated[Currency | None, WithJsonSchema(
        {"enum": list(CURRENCIES), "description": "the currency a bare $ (or another shared "
         "symbol or noun) means in this article, e.g. CAD for a Canadian publisher"})] = None
    furniture: list[NonEmpty] = Field(
        default_factory=list,
        description="verbatim passages that are page furniture, not article text")
    notes: NonEmpty | None = None
    dismissed: list[Dismissal] = Field(
        default_factory=list,
        description="figures and dates of the article that no fact curates, with the reason")

    @property
    def slug(self) -> str:
        stem = self.file.rsplit(".", 1)[0]
        return re.sub(r"[^a-z0-9]+", "-", stem.lower()).strip("-") or "source"


class Registry(Strict):
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


class Site(Strict):
    """The page map: everything topic-specific about the site lives here, not in code."""

    title: NonEmpty
    description: NonEmpty | None = None
    home: Home = Home()
    pages: list[Page]


# ---------------------------------------------------------------------------------------
# How a value reads to a person: one wording for the checker's messages and the site.

def plain_number(amount: Decimal) -> str:
    """400 not 4E+2; 3.5 not 3.50; thousands grouped."""
    normal = amount.normalize()
    if normal == normal.to_integral_value():
        return f"{int(normal):,}"
    return format(normal, ",f")
