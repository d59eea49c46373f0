"""Render stage: the timeline's overview graphic, as escaped HTML and SVG.

Why: order and position come from each date's calendar span (generator.model.chronology), not
from the digits of its date: an interval is drawn as a bar from its earliest to its
latest day, an approximate date with soft edges, an expectation as a hollow mark, and a
date whose year is not stated in a lane of its own. Labels are laid out in rows so that
nothing is drawn over anything else. Two drawings are emitted, a horizontal one for wide
screens and a vertical one for phones; CSS shows one. No script is needed.

Every text from the data passes through :func:`generator.base.escape.escape_text`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from generator.model.chronology import Span
from generator.base.escape import escape_text, slug


@dataclass(frozen=True, slots=True)
class TimelineEvent:
    """One event as the graphic needs it: where it links, what it says, when it was."""

    anchor: str
    label: str
    title: str
    span: Span
    fact_id: str


# Sizes in SVG user units; the wide drawing is shown at about its own width, the narrow
# one at a phone's width, so a 14-unit font stays at least 11 px tall on screen.
WIDE = 720
NARROW = 360
FONT = 14
ROW = 28
MARK = 12
_CHAR = 7.4  # average advance of a FONT-sized character, generous


def text_width(text: str) -> float:
    return len(text) * _CHAR


def wrap(text: str, room: float) -> list[str]:
    """Words of ``text`` in lines no wider than ``room`` (a long word gets a line of its own)."""
    lines: list[str] = []
    for word in text.split():
        if lines and text_width(f"{lines[-1]} {word}") <= room:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return lines or [""]


def _lines(x: float, y: float, lines: list[str]) -> str:
    spans = "".join(f'<tspan x="{x:.1f}" dy="{0 if i == 0 else FONT + 3}">{escape_text(line)}'
                    "</tspan>" for i, line in enumerate(lines))
    return f'<text class="fs-tl-label" x="{x:.1f}" y="{y:.1f}" font-size="{FONT}">{spans}</text>'


def _day(date: dt.date) -> float:
    return float(date.toordinal())


def _domain(events: list[TimelineEvent]) -> tuple[float, float, int, int]:
    days = [d for e in events if not e.span.year_unknown
            for d in (e.span.earliest, e.span.latest) if d is not None]
    first_year = min(d.year for d in days)
    last_year = max(d.year for d in days) + 1
    return (_day(dt.date(first_year, 1, 1)), _day(dt.date(last_year, 1, 1)), first_year,
            last_year)


def _mark(x: float, y: float, width: float, height: float, event: TimelineEvent,
          vertical: bool) -> str:
    """The mark of one event: a bar (or a dot-sized bar), hollow for an expectation."""
    span = event.span
    classes = ["fs-tl-mark"]
    if span.interval:
        classes.append("fs-tl-interval")
    if span.approximate or span.uncertain:
        classes.append("fs-tl-approx")
    if span.expected:
        classes.append("fs-tl-expected")
    if span.open_start:
        classes.append("fs-tl-open-start")
    if span.open_end:
        classes.append("fs-tl-open-end")
    gradient = "fs-tl-soft-v" if vertical else "fs-tl-soft"
    if span.year_unknown:
        classes.append("fs-tl-year-unknown")
        return (f'<rect class="{" ".join(classes)}" x="{x:.1f}" y="{y:.1f}" width="{width:.1f}" '
                f'height="{height:.1f}" rx="{min(width, height) / 2:.1f}" fill="none" '
                'stroke="currentColor" stroke-width="2" stroke-dasharray="2 2"/>')
    if span.expected:
        fill = "none"
        stroke = 'stroke="currentColor" stroke-width="2"'
        if span.approximate or span.uncertain:
            stroke += ' stroke-dasharray="3 2"'
    else:
        fill = f"url(#{gradient})" if (span.approximate or span.uncertain
                                        or span.open_start or span.open_end) else "currentColor"
        stroke = ""
    return (f'<rect class="{" ".join(classes)}" x="{x:.1f}" y="{y:.1f}" width="{width:.1f}" '
            f'height="{height:.1f}" rx="{min(width, height) / 2:.1f}" fill="{fill}" {stroke}/>')


def _link(event: TimelineEvent, body: str, order: int) -> str:
    name = escape_text(f"{event.label}: {event.title}")
    return (f'<a class="fs-tl-event" href="#{slug(event.anchor)}" data-order="{order}" '
            f'data-fact="{escape_text(event.fact_id)}" aria-label="{name}">'
            f"<title>{name}</title>{body}</a>")


def _defs(prefix: str) -> str:
    return ("<defs>"
            f'<linearGradient id="fs-tl-soft{prefix}" x1="0" y1="0" '
            f'x2="{"0" if prefix else "1"}" y2="{"1" if prefix else "0"}">'
            '<stop offset="0" stop-color="currentColor" stop-opacity="0.15"/>'
            '<stop offset="0.3" stop-color="currentColor" stop-opacity="1"/>'
            '<stop offset="0.7" stop-color="currentColor" stop-opacity="1"/>'
            '<stop offset="1" stop-color="currentColor" stop-opacity="0.15"/>'
            "</linearGradient></defs>")


def _heading(title_id: str, desc_id: str, count: int, first: int, last: int,
             unknown: int) -> str:
    extra = (f"; {unknown} event{'s' if unknown != 1 else ''} whose year is not stated are "
             "in a lane of their own" if unknown else "")
    return (f'<title id="{title_id}" data-axis>Timeline of {count} events, {first} to '
            f"{last - 1}</title>"
            f'<desc id="{desc_id}" data-axis>Each mark links to its event in the list below. '
            "Bars span the period a date covers, soft edges mark approximate dates, hollow "
            "marks are "
            f"expectations or possibilities, not events{extra}.</desc>")


def wide(events: list[TimelineEvent]) -> str:
    """The horizontal drawing: time runs left to right; labels in rows, none overlapping."""
    dated = [e for e in events if not e.span.year_unknown]
    unknown = [e for e in events if e.span.year_unknown]
    start, stop, first_year, last_year = _domain(dated) if dated else (0.0, 1.0, 0, 1)
    left, right = 8.0, WIDE - 8.0

    def x(day: float) -> float:
        return left + (day - start) / (stop - start) * (right - left)

    rows: list[float] = []  # the right end of what each row holds
    parts: list[str] = []
    for order, event in enumerate(dated):
        span = event.span
        x0 = x(_day(span.earliest)) if span.earliest else left
        x1 = x(_day(span.latest) + 1) if span.latest else right
        width = max(x1 - x0, MARK)
        label = text_width(event.label)
        if x0 + width + 6 + label <= right:
            low, high, label_x, anchor = x0, x0 + width + 6 + label, x0 + width + 6, "start"
        else:
            low, high, label_x, anchor = x0 - 6 - label, x0 + width, x0 - 6, "end"
        row = next((i for i, end in enumerate(rows) if end + 10 <= low), len(rows))
        if row == len(rows):
            rows.append(high)
        rows[row] = high
        y = 8 + row * ROW
        body = (_mark(x0, y + (ROW - MARK) / 2 - 2, width, MARK, event, vertical=False)
                + f'<text class="fs-tl-label" x="{label_x:.1f}" y="{y + ROW / 2 + 3:.1f}" '
                  f'text-anchor="{anchor}" font-size="{FONT}">{escape_text(event.label)}</text>')
        parts.append(_link(event, body, order))
    axis_y = 8 + max(len(rows), 1) * ROW + 6
    axis = [f'<line class="fs-tl-axis" x1="{left}" y1="{axis_y}" x2="{right}" y2="{axis_y}" '
            'stroke="currentColor" stroke-width="1.5"/>']
    step = max(1, round((last_year - first_year) / ((right - left) / 48)))
    for year in range(first_year, last_year + 1):
        pos = x(_day(dt.date(year, 1, 1)))
        axis.append(f'<line x1="{pos:.1f}" y1="{axis_y - 4}" x2="{pos:.1f}" y2="{axis_y + 4}" '
                    'stroke="currentColor" stroke-width="1"/>')
        if (year - first_year) % step == 0 and year < last_year:
            axis.append(f'<text class="fs-tl-year" data-axis x="{pos + 2:.1f}" y="{axis_y + 20}" '
                        f'font-size="{FONT - 1}">{year}</text>')
    height = axis_y + 30
    lane: list[str] = []
    if unknown:
        lane.append(f'<text class="fs-tl-lane" x="{left}" y="{height + 14}" '
                    f'font-size="{FONT - 1}" font-style="italic">Year not stated</text>')
        cursor, lane_y = left, height + 24
        for order, event in enumerate(unknown, start=len(dated)):
            width = MARK + 6 + text_width(event.label)
            if cursor + width > right and cursor > left:
                cursor, lane_y = left, lane_y + ROW
            body = (_mark(cursor, lane_y + (ROW - MARK) / 2 - 2, MARK, MARK, event, False)
                    + f'<text class="fs-tl-label" x="{cursor + MARK + 6:.1f}" '
                      f'y="{lane_y + ROW / 2 + 3:.1f}" font-size="{FONT}">'
                      f"{escape_text(event.label)}</text>")
            lane.append(_link(event, body, order))
            cursor += width + 16
        height = lane_y + ROW + 4
    return (f'<svg class="fs-timeline-svg fs-tl-wide" viewBox="0 0 {WIDE} {height:.0f}" '
            f'width="{WIDE}" role="group" aria-labelledby="fs-tl-title-w" '
            f'aria-describedby="fs-tl-desc-w" xmlns="http://www.w3.org/2000/svg">'
            + _heading("fs-tl-title-w", "fs-tl-desc-w", len(events), first_year, last_year,
                       len(unknown))
            + _defs("") + "".join(axis) + "".join(parts) + "".join(lane) + "</svg>")


def narrow(events: list[TimelineEvent]) -> str:
    """The vertical drawing for phones: time runs downwards, one row per event, in order;
    rows keep their time positions where there is room and are pushed down where not."""
    dated = [e for e in events if not e.span.year_unknown]
    unknown = [e for e in events if e.span.year_unknown]
    start, _stop, first_year, last_year = _domain(dated) if dated else (0.0, 1.0, 0, 1)
    top, axis_x = 12.0, 56.0
    per_year = ROW * 1.2  # time runs at this many units a year, gaps capped at 3 rows
    label_x = axis_x + MARK + 14
    room = NARROW - label_x - 4

    parts: list[str] = []
    years: list[str] = []
    last_y, last_day, last_height = top - ROW, start, ROW
    shown_year: int | None = None
    for order, event in enumerate(dated):
        span = event.span
        begin = _day(span.earliest) if span.earliest else start
        gap = (begin - last_day) / 365.25 * per_year
        y = last_y + min(max(gap, last_height), last_height + 2 * ROW)
        last_day = max(begin, last_day)
        lines = wrap(event.label, room)
        last_y, last_height = y, ROW + (len(lines) - 1) * (FONT + 3)
        day = span.earliest or span.latest
        if day is not None and day.year != shown_year:
            shown_year = day.year
            years.append(f'<text class="fs-tl-year" data-axis x="{axis_x - 10}" '
                         f'y="{y + ROW / 2 + 3:.1f}" '
                         f'text-anchor="end" font-size="{FONT - 1}">{day.year}</text>')
        body = (_mark(axis_x + 6, y + (ROW - MARK) / 2 - 2, MARK, MARK, event, vertical=True)
                + _lines(label_x, y + ROW / 2 + 3, lines))
        parts.append(_link(event, body, order))
    height = last_y + last_height + 8
    axis = (f'<line class="fs-tl-axis" x1="{axis_x}" y1="{top}" x2="{axis_x}" '
            f'y2="{height - 8:.1f}" stroke="currentColor" stroke-width="1.5"/>')
    lane: list[str] = []
    if unknown:
        lane.append(f'<text class="fs-tl-lane" x="8" y="{height + 14:.1f}" '
                    f'font-size="{FONT - 1}" font-style="italic">Year not stated</text>')
        y = height + 22
        for order, event in enumerate(unknown, start=len(dated)):
            lines = wrap(event.label, room)
            body = (_mark(axis_x + 6, y + (ROW - MARK) / 2 - 2, MARK, MARK, event, True)
                    + _lines(label_x, y + ROW / 2 + 3, lines))
            lane.append(_link(event, body, order))
            y += ROW + (len(lines) - 1) * (FONT + 3)
        height = y + 6
    return (f'<svg class="fs-timeline-svg fs-tl-narrow" viewBox="0 0 {NARROW} {height:.0f}" '
            f'width="{NARROW}" role="group" aria-labelledby="fs-tl-title-n" '
            f'aria-describedby="fs-tl-desc-n" xmlns="http://www.w3.org/2000/svg">'
            + _heading("fs-tl-title-n", "fs-tl-desc-n", len(events), first_year, last_year,
                       len(unknown))
            + _defs("-v") + axis + "".join(years) + "".join(parts) + "".join(lane) + "</svg>")


# Which drawing shows: the wide one from 600 px up. Sizes are fixed so labels stay
# readable; a drawing wider than its column scrolls inside it.
STYLE = (
    "<style>"
    ".fs-tl{overflow-x:auto;margin:1em 0}"
    ".fs-tl svg{display:block;max-width:none;height:auto;color:var(--md-accent-fg-color,#526cfe)}"
    ".fs-tl .fs-tl-label,.fs-tl .fs-tl-year,.fs-tl .fs-tl-lane"
    "{fill:var(--md-default-fg-color,#000)}"
    ".fs-tl a:focus .fs-tl-label,.fs-tl a:hover .fs-tl-label{text-decoration:underline}"
    ".fs-tl a:focus{outline:2px solid var(--md-accent-fg-color,#526cfe)}"
    ".fs-tl .fs-tl-narrow{display:none}"
    "@media (max-width:600px){.fs-tl .fs-tl-wide{display:none}"
    ".fs-tl .fs-tl-narrow{display:block;width:100%}}"
    "</style>"
)


def draw(events: list[TimelineEvent]) -> str:
    """The overview as HTML: both drawings and the style that picks one. Events in order."""
    if not events:
        return ""
    return f'<div class="fs-tl">{STYLE}{wide(events)}{narrow(events)}</div>'
