"""Every value the schema accepts renders: pages (tables, timeline, evidence), words and
exports, without an exception (issue 18: `date: "..", end: "XXXX-04"` passed the check and
then crashed the build with a bare IndexError).

The fact sheet of tests/fixtures/other_topic is checked once; each generated value then
replaces the value of one table fact and one timeline fact, and the whole site and its
exports are rendered through the real renderer.
"""

from __future__ import annotations

import dataclasses
import shutil
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from pydantic import TypeAdapter, ValidationError

from generator.check.pipeline import CheckResult, check_project
from generator.exports import build_exports
from generator.model import Value
from generator.model.chronology import span_of
from generator.model.describe import describe
from generator.site.render import render_site, wording_of
from generator.site.timeline import TimelineEvent, draw

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "other_topic"
VALUE = TypeAdapter(Value)
SETTINGS = settings(max_examples=200, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture,
                                           HealthCheck.too_slow])

# ---------------------------------------------------------------------------------------
# Values as an editor may write them: every kind, every date form, every optional key.

_MARKS = st.sampled_from(["", "", "~", "?", "%"])
_YEARS = st.integers(1, 9999)
_MONTHS = st.integers(1, 12)


@st.composite
def _one_date(draw: st.DrawFn) -> str:
    year, month = draw(_YEARS), draw(_MONTHS)
    day = draw(st.integers(1, 28))
    form = draw(st.sampled_from(["year", "month", "day", "xmonth", "xday", "season",
                                 "decade"]))
    body = {"year": f"{year:04d}", "month": f"{year:04d}-{month:02d}",
            "day": f"{year:04d}-{month:02d}-{day:02d}", "xmonth": f"XXXX-{month:02d}",
            "xday": f"XXXX-{month:02d}-{day:02d}",
            "season": f"{year:04d}-{draw(st.integers(21, 24))}",
            "decade": f"{year:04d}"[:3] + "X"}[form]
    return body + draw(_MARKS)


_QUALIFIER = st.sampled_from([None, "early", "mid", "late", "about"])
_TIME = st.one_of(st.none(), st.builds(lambda h, m, mark: f"{h:02d}:{m:02d}{mark}",
                                       st.integers(0, 23), st.integers(0, 59),
                                       st.sampled_from(["", "~"])), st.just("24:00"))
_ZONE = st.sampled_from([None, "local", "GMT", "UTC", "EDT", "EST", "ET", "BST"])


@st.composite
def date_values(draw: st.DrawFn) -> dict[str, Any]:
    value: dict[str, Any] = {"kind": "date"}
    shape = draw(st.sampled_from(["one", "interval", "open start", "open end", "relative",
                                  "time"]))
    if shape == "one":
        value["date"] = draw(_one_date())
    elif shape == "interval":
        value["date"], value["end"] = draw(_one_date()), draw(_one_date())
    elif shape == "open start":
        value["date"], value["end"] = "..", draw(_one_date())
    elif shape == "open end":
        value["date"], value["end"] = draw(_one_date()), ".."
    elif shape == "relative":
        value["date"] = draw(_one_date())
        value["relative"] = draw(st.sampled_from(["on Tuesday", "next year", "last month",
                                                  "within two years", "<b>&x"]))
        if draw(st.booleans()):
            value["end"] = draw(_one_date())
    else:
        year, month, day = draw(_YEARS), draw(_MONTHS), draw(st.integers(1, 28))
        value["date"] = draw(st.sampled_from([f"{year:04d}-{month:02d}-{day:02d}",
                                              f"XXXX-{month:02d}-{day:02d}"]))
        value["time"] = draw(_TIME) or "06:12"
        zone = draw(_ZONE)
        if zone:
            value["zone"] = zone
    qualifier = draw(_QUALIFIER)
    if qualifier and value["date"] != "..":
        value["qualifier"] = qualifier
    end_qualifier = draw(_QUALIFIER)
    if end_qualifier and value.get("end") not in (None, ".."):
        value["end_qualifier"] = end_qualifier
    return value


_NUMBER = st.decimals(min_value=Decimal("-1e12"), max_value=Decimal("1e12"),
                      allow_nan=False, allow_infinity=False, places=3)
_POSITIVE = st.decimals(min_value=Decimal("0.001"), max_value=Decimal("1e6"),
                        allow_nan=False, allow_infinity=False, places=3)


@st.composite
def figure_values(draw: st.DrawFn) -> dict[str, Any]:
    kind = draw(st.sampled_from(["quantity", "money"]))
    value: dict[str, Any] = {"kind": kind}
    if draw(st.booleans()):
        value["amount"] = draw(_NUMBER)
        if draw(st.booleans()):
            value["plus_minus"] = draw(_POSITIVE)
    else:
        low = draw(_NUMBER)
        value["min"], value["max"] = low, low + draw(_POSITIVE)
    if kind == "money":
        value["currency"] = draw(st.sampled_from(["USD", "EUR", "GBP", "JPY", "CAD", "XAU"]))
    elif draw(st.booleans()):
        value["unit"] = draw(st.sampled_from(["km", "percent", "mph", "day", "t", "ft"]))
    else:
        value["noun"] = draw(st.sampled_from(["battery", "person", "Kenyan", "<i>x</i>"]))
    for key, choices in (("scale", ["thousand", "million", "billion", "trillion"]),
                         ("qualifier", ["exact", "over", "about", "up to", "under",
                                        "at least"]),
                         ("per", ["day", "year", "battery"])):
        if draw(st.booleans()):
            value[key] = draw(st.sampled_from(choices))
    return value


_WORDS = st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=20)
any_value = st.one_of(
    date_values(), figure_values(),
    st.builds(lambda text: {"kind": "text", "text": text}, _WORDS.filter(str.strip)),
    st.builds(lambda items: {"kind": "list", "items": items},
              st.lists(_WORDS.filter(str.strip), min_size=1, max_size=3)))


# ---------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def checked(tmp_path_factory: pytest.TempPathFactory) -> CheckResult:
    root = tmp_path_factory.mktemp("every-value") / "sheet"
    shutil.copytree(FIXTURE, root)
    result = check_project(root)
    assert result.ok, [p.text for p in result.report.errors]
    return result


def _swapped(result: CheckResult, value: Any) -> list[tuple[int, Any]]:
    """Put ``value`` in place of one table fact and one timeline fact; return the originals."""
    saved = []
    for index, entry in enumerate(result.validated.facts):
        if entry.model.id in ("cost-a1", "opening", "opening-month", "span-a2"):
            saved.append((index, entry))
            result.validated.facts[index] = dataclasses.replace(
                entry, model=entry.model.model_copy(update={"value": value}))
    return saved


@SETTINGS
@given(raw=any_value)
@example(raw={"kind": "date", "date": "..", "end": "XXXX-04"})
@example(raw={"kind": "date", "date": "XXXX-04", "end": ".."})
@example(raw={"kind": "date", "date": "2019", "end": "XXXX-04-02"})
@example(raw={"kind": "date", "date": "XXXX-12-31", "time": "24:00", "zone": "local"})
# A yearless February ran to 29 February 9999, which is no day: the check and build crashed
@example(raw={"kind": "date", "date": "XXXX-02"})
@example(raw={"kind": "date", "date": "XXXX-02-29", "relative": "February 29"})
@example(raw={"kind": "date", "date": "2019", "end": "XXXX-02"})
def test_every_accepted_value_renders(checked: CheckResult, raw: dict[str, Any]) -> None:
    try:
        value = VALUE.validate_python(raw)
    except ValidationError:
        return  # the schema refuses it, with a message of its own: nothing to render
    site = checked.validated.site
    assert site is not None
    saved = _swapped(checked, value)
    try:
        pages = render_site(checked, site.model, site.path)
        exports = build_exports(checked)
        assert pages and exports
        assert describe(value)
        for index, _ in saved:
            fact = checked.validated.facts[index].model
            assert wording_of(fact)
            if hasattr(value, "date"):
                span = span_of(value)
                assert draw([TimelineEvent("a", "label", "title", span, fact.id)])
    finally:
        for index, original in saved:
            checked.validated.facts[index] = original
