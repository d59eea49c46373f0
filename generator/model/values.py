"""The typed values a fact states (quantities, money, dates, texts and lists) and the
field types they are made of: the single definition of a value's format."""

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

from generator.model.base import (
    NonEmpty,
    Strict,
    _iso_date,
    _year_as_text,
)
from generator.model.datetime_form import DATETIME_FORM, datetime_as_parts, split_datetime
from generator.model.edtf import bounds_of
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


class Text(Strict):
    """A name or phrase that stands in the quote: ``{kind: text, text: SA-21 Growler}``."""

    kind: Literal["text"]
    text: NonEmpty


class TextList(Strict):
    """Several names that each stand in the quote: ``{kind: list, items: [China, India]}``."""

    kind: Literal["list"]
    items: Annotated[list[NonEmpty], Field(min_length=1)]


Value = Annotated[Quantity | Money | DateValue | Text | TextList, Field(discriminator="kind")]


def plain_number(amount: Decimal) -> str:
    """400 not 4E+2; 3.5 not 3.50; thousands grouped."""
    normal = amount.normalize()
    if normal == normal.to_integral_value():
        return f"{int(normal):,}"
    return format(normal, ",f")
