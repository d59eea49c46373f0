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

from generator.reading import CURRENCIES, CURRENCY_SYMBOLS, MONTH_NAMES, SCALE_FACTORS, UNITS


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


def _one_of(allowed: list[str], what: str) -> AfterValidator:
    def check(value: str) -> str:
        if value not in allowed:
            raise ValueError(f"unknown {what} {value!r}; use one of: {', '.join(allowed)}")
        return value

    return AfterValidator(check)


Unit = Annotated[str, _one_of(list(UNITS), "unit"), WithJsonSchema({"enum": list(UNITS)})]
Currency = Annotated[str, _one_of(list(CURRENCIES), "currency"),
                     WithJsonSchema({"enum": list(CURRENCIES)})]
Scale = Literal["thousand", "million", "billion", "trillion"]


def precision_of(date: str) -> Literal["year", "month", "day"]:
    return ("year", "month", "day")[date.count("-")]


class Quantity(Strict):
    """An amount of a unit: ``{kind: quantity, amount: 400, unit: km}``."""

    kind: Literal["quantity"]
    amount: Number
    unit: Unit
    qualifier: Qualifier = "exact"


class Money(Strict):
    """A sum: ``{kind: money, amount: 3.5, scale: billion, currency: USD, qualifier: exact}``."""

    kind: Literal["money"]
    amount: Number
    scale: Scale | None = None
    currency: Currency
    qualifier: Qualifier = "exact"

    @property
    def total(self) -> Decimal:
        return self.amount * SCALE_FACTORS[self.scale]


class DateValue(Strict):
    """A date with the precision the evidence gives: ``{kind: date, date: 2019-07, qualifier: mid}``.

    ``relative`` names the wording ("on Tuesday", "last month") when the date is derived
    from the article's publication date; the checker redoes that arithmetic.
    """  # noqa: E501 - the first line is the schema's description

    kind: Literal["date"]
    date: IsoDate
    precision: Literal["year", "month", "day"] | None = None
    qualifier: Literal["early", "mid", "late", "about"] | None = None
    relative: NonEmpty | None = None

    @model_validator(mode="after")
    def _precision_agrees(self) -> DateValue:
        if self.precision is not None and self.precision != precision_of(self.date):
            raise ValueError(f"precision '{self.precision}' does not agree with the date "
                             f"'{self.date}', which has {precision_of(self.date)} precision")
        return self


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
    stance: Literal["stated", "reported", "expected", "possible", "denied"] = "stated"
    event: NonEmpty | None = None
    note: NonEmpty | None = None
    preferred: NonEmpty | None = Field(
        default=None, description="why this value is preferred over conflicting ones")


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


class Source(Strict):
    file: NonEmpty
    publisher: NonEmpty
    title: NonEmpty
    language: Annotated[str, StringConstraints(pattern=r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")]
    published: Published
    relation: Relation | None = None
    url: Annotated[str, StringConstraints(pattern=_URL)] | None = None
    sha256: Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]
    furniture: list[NonEmpty] = Field(
        default_factory=list,
        description="verbatim passages that are page furniture, not article text")
    notes: NonEmpty | None = None

    @property
    def slug(self) -> str:
        stem = self.file.rsplit(".", 1)[0]
        return re.sub(r"[^a-z0-9]+", "-", stem.lower()).strip("-") or "source"


class Registry(Strict):
    sources: list[Source]


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

_QUALIFIER_WORDS = {"exact": "", "over": "more than ", "about": "about ", "up to": "up to ",
                    "under": "less than ", "at least": "at least "}
_COUNTED = {"day", "week", "month", "year", "target", "missile", "system", "battery",
            "launcher", "unit"}


def plain_number(amount: Decimal) -> str:
    """400 not 4E+2; 3.5 not 3.50; thousands grouped."""
    normal = amount.normalize()
    if normal == normal.to_integral_value():
        return f"{int(normal):,}"
    return format(normal, ",f")


def describe_date(value: DateValue) -> str:
    parts = [int(p) for p in value.date.split("-")]
    if len(parts) == 3:
        text = f"{parts[2]} {MONTH_NAMES[parts[1] - 1]} {parts[0]}"
    elif len(parts) == 2:
        text = f"{MONTH_NAMES[parts[1] - 1]} {parts[0]}"
    else:
        text = str(parts[0])
    if value.qualifier == "mid":
        return f"mid-{text}"
    return f"{value.qualifier} {text}" if value.qualifier else text


def describe(value: Quantity | Money | DateValue | Text | TextList) -> str:
    """The value in words: "up to 402 km", "more than US$2 billion", "mid-July 2019"."""
    if isinstance(value, Quantity):
        unit = value.unit
        if unit in _COUNTED and value.amount != 1:
            unit = unit[:-1] + "ies" if unit.endswith("y") else unit + "s"
        return f"{_QUALIFIER_WORDS[value.qualifier]}{plain_number(value.amount)} {unit}"
    if isinstance(value, Money):
        scale = f" {value.scale}" if value.scale else ""
        symbol = CURRENCY_SYMBOLS.get(value.currency, value.currency + " ")
        return f"{_QUALIFIER_WORDS[value.qualifier]}{symbol}{plain_number(value.amount)}{scale}"
    if isinstance(value, DateValue):
        return describe_date(value)
    if isinstance(value, Text):
        return value.text
    return ", ".join(value.items)
