"""A date with its time of day written the ISO 8601 way, as editors and other tools write it:
``"2018-09-16T05:00:00-04:00"`` is the day ``2018-09-16``, the time ``05:00`` and the UTC
offset ``-04:00``. The value keeps the three apart (``date``, ``time``, ``offset``), so every
rule reads a day as before and the time rule reads the time; a trailing ``~`` ("about
11:30 p.m.") hedges the time. Written without regular expressions: the form is small.
"""

from __future__ import annotations

from typing import Any

# The reason a written datetime is refused, in the editor's words; the form it should take.
DATETIME_FORM = ("YYYY-MM-DDThh:mm (seconds :00 may follow), then the quote's zone as a UTC "
                 "offset (-04:00, Z) if it states one, and ~ if it hedges the time")


def _two_digits(text: str) -> bool:
    return len(text) == 2 and text.isascii() and text.isdigit()


def _offset(text: str) -> str:
    """"Z" or "+hh:mm"/"-hh:mm", as "+00:00" or the offset itself."""
    if text == "Z":
        return "+00:00"
    hours, _, minutes = text[1:].partition(":")
    if not (_two_digits(hours) and _two_digits(minutes)) or int(hours) > 14 or \
            int(minutes) >= 60:
        raise ValueError(f"'{text}' is not a UTC offset: write -04:00, +05:30 or Z")
    return text


def split_datetime(written: str) -> tuple[str, str, str | None]:
    """(day, time, offset) of ``written``: "2018-09-16T05:00:00-04:00" is ("2018-09-16",
    "05:00", "-04:00"); raises ValueError, saying what to write, for any other form."""
    day, _, rest = written.partition("T")
    hedged = rest.endswith("~")
    rest = rest.rstrip("~")
    offset: str | None = None
    if rest.endswith("Z"):
        rest, offset = rest[:-1], "+00:00"
    else:
        cut = max(rest.rfind("+"), rest.rfind("-"))
        if cut > 0:
            rest, offset = rest[:cut], _offset(rest[cut:])
    parts = rest.split(":")
    if len(parts) not in (2, 3) or not all(_two_digits(p) for p in parts):
        raise ValueError(f"'{written}' is not a date with a time: write {DATETIME_FORM}")
    if len(parts) == 3 and parts[2] != "00":
        raise ValueError(f"'{written}' gives seconds: a quote gives a time to the minute; "
                         f"write {parts[0]}:{parts[1]}")
    hour, minute = int(parts[0]), int(parts[1])
    if not (hour < 24 and minute < 60) and (hour, minute) != (24, 0):
        raise ValueError(f"'{written}' is not a time of day: hours run 00 to 23 (24:00 is "
                         "midnight at the end of the day), minutes 00 to 59")
    return day, f"{parts[0]}:{parts[1]}{'~' if hedged else ''}", offset


def datetime_as_parts(data: Any) -> Any:
    """A date value's mapping with ``date: <day>T<time>`` split into date, time and offset
    (the model's own keys); anything else unchanged, for the schema to judge."""
    if not isinstance(data, dict):
        return data
    written = data.get("date")
    if not isinstance(written, str) or "T" not in written:
        return data
    if data.get("time") is not None:
        raise ValueError(f"the time is given twice: in date ('{written}') and in time: keep "
                         "one")
    day, time, offset = split_datetime(written)
    parts = {**data, "date": day, "time": time}
    if offset is not None:
        parts["offset"] = offset
    return parts
