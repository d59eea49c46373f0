"""The building blocks of every model: strictness, non-empty text and calendar dates."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    StringConstraints,
    WithJsonSchema,
)


class Strict(BaseModel):
    """Fail closed: unknown keys and loose types are errors."""

    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


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
NonEmpty = Annotated[str, StringConstraints(min_length=1)]

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
