"""Free text, read the way the checker reads quotes: references, quotations, editor's notes.

Editors write notes, event headlines, ``preferred`` reasons and the words of the page map.
Three marks in that text say where what it states comes from:

- ``[[fact-id]]`` cites a checked fact: the site shows the fact's value with its citation
  and stance in place of the mark;
- a quotation in quote marks ('...', "...", ‘...’, “...”) quotes an article verbatim;
- ``[[ref:reference-id]]`` marks the sentence it stands in as the editor's own knowledge,
  resting on a work registered under ``references:`` in facts/sources.yml. The site shows
  that sentence as an editor's note, apart from what the sources say.

:func:`analyse` splits a text into those parts and reads the figures, dates and proper
names left in the editor's own words, with the same reader as quotes
(:mod:`generator.reading`). Rule E701 checks what the analysis finds; the Jinja filter
``freetext`` (:func:`free_text_filter`) renders it. Both use this one analysis, so the
site shows exactly what was checked.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, field
from typing import Literal, Protocol

from markupsafe import Markup

from generator.base.escape import escape_text
from generator.reading import (
    DateMention,
    Figure,
    dates_in,
    figures_in,
    is_designation,
    normalise,
    normalise_mapped,
)

REFERENCE_RE = re.compile(r"\[\[(?:(?P<ref>ref):)?(?P<id>[a-z0-9]+(?:-[a-z0-9]+)*)\]\]")
# Anything that looks like a reference but is not one is reported, never shown as text.
_BROKEN_REFERENCE = re.compile(r"\[\[|\]\]")
# A source named by its catalogue number, as notes do: "(000)", "004".
# Numbered the way the sheet's own files are ("000_…", "01_cnn_…"): only those numbers.
_SOURCE_NUMBER = re.compile(r"(?<![\w.,])\d{2,4}(?![\w.,]|\s?(?:km|kilomet))")
# A number word that refers back rather than counts: "the two crashes", "one of them",
# "each one". Words before it that make it point at what the text already named.
_REFERRING_DETERMINERS = frozenset({"the", "these", "those", "both", "all", "its", "their",
                                    "each", "every", "any", "no", "this", "that", "which"})
_SMALL_NUMBER_WORDS = frozenset({"one", "two", "three"})
_OPENERS = {"'": "'", '"': '"', "\u2018": "\u2019", "\u201c": "\u201d"}
# Abbreviations that end no sentence: the titles before a name among them ("Gov. Roy
# Cooper", "Capt. Kelly Hughes"). "a.m." and "p.m." are left out: they often do end one.
_ABBREVIATIONS = {"U.S.", "Mr.", "Mrs.", "Ms.", "Dr.", "St.", "No.", "Rep.", "Corp.", "Gen.",
                  "Sen.", "Jr.", "e.g.", "i.e.", "vs.", "U.K.", "U.N.", "Gov.", "Capt.", "Sgt.",
                  "Lt.", "Col.", "Maj.", "Rev.", "Prof.", "Supt.", "Cmdr.", "Adm.", "Sr.",
                  # a month's short form ends no sentence: "until Nov. 1", "an Oct. 21 speech"
                  "Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sep.", "Sept.",
                  "Oct.", "Nov.", "Dec."}
# After "a.m." or "p.m." a sentence goes on where the next word is one of these, or is
# not capitalised: "5 a.m. ET Sunday", "at 8 p.m. local time".
_TIME_ABBREVIATIONS = {"a.m.", "p.m.", "A.M.", "P.M."}
_AFTER_A_TIME = {"ET", "EST", "EDT", "CT", "CST", "CDT", "MT", "MST", "MDT", "PT", "PST",
                 "PDT", "GMT", "BST", "UTC", "CET", "CEST", "AEST", "IST", "JST", "Monday",
                 "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
_WORD = re.compile(r"(?:[A-Z]\.){2,}|[^\W\d_](?:[\w\-]|[.'’](?=[^\W_]))*", re.UNICODE)
# Capitalised words that start sentences and labels without naming anyone.
_COMMON_STARTS = {
    "A", "An", "The", "As", "At", "In", "On", "Of", "By", "For", "From", "To", "It", "Its",
    "This", "That", "These", "Those", "He", "She", "They", "We", "Both", "Each", "Said", "Only",
    "Not", "No", "Here", "There", "Where", "When", "While", "After", "Before", "Also", "But",
    "And", "Or", "If", "Probably", "Year", "Date", "Dates", "Every", "What", "How",
}


_ISO_DATE = re.compile(r"(?<![\w-])(\d{4})-(\d{2})-(\d{2})(?![\w-])")
_NUMBER_WORD = (r"(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
                r"|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty"
                r"|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million"
                r"|billion|trillion|dozen|half|quarter|third|once|twice)")
# Any digit run (with the separators a reader may refuse: "3 000", "3,4", "1.000.000"),
# vulgar fraction, or run of number words, wherever it stands.
_DIGITS = (r"[\d\u00bc-\u00be\u2150-\u215e](?:[\d\u00bc-\u00be\u2150-\u215e]"
           r"|[ ,.\u00a0\u202f'’](?=\d))*")
# Digits glued to a letter or digit before them ("p0", "A320neo") are part of a
# designation; a lone "x" before them is a multiplier ("x10"), and they count.
_ANY_NUMBER = re.compile(
    rf"(?:(?:(?<![^\W_])|(?<=(?<![^\W_])[x×])){_DIGITS}|\b{_NUMBER_WORD}\b)(?:(?:[\s-]+|\s+and\s+)\b{_NUMBER_WORD}\b)*",
    re.IGNORECASE)


# Wording that claims more than one quote can show: how often, how usual, how long before.
CLAIM_RE = re.compile(
    r"\b(?:usually|commonly|typically|generally|widely|often|always|traditionally"
    r"|(?:days|weeks|months|years|decades) (?:earlier|later|before|after))\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Mention:
    """A figure, date or proper name in the editor's own words, with where it stands."""

    kind: Literal["figure", "date", "name", "designation", "claim", "ordinary"]
    text: str
    start: int
    end: int
    figure: Figure | None = None
    date: DateMention | None = None


@dataclass(frozen=True, slots=True)
class Part:
    """A run of free text: plain words, a fact reference, a quotation or an editor's note."""

    kind: Literal["text", "fact", "quotation", "editor", "source"]
    start: int
    end: int
    target: str = ""  # the fact id, the reference ids of an editor's note, a source number


@dataclass(slots=True)
class Analysis:
    """Free text split into its parts, with the mentions read in its plain parts."""

    text: str
    parts: list[Part] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    fact_references: list[tuple[str, int, int]] = field(default_factory=list)
    references: list[tuple[str, int, int]] = field(default_factory=list)
    broken: list[int] = field(default_factory=list)

    def sentence_facts(self, at: int) -> list[str]:
        """The fact ids referenced in the sentence around offset ``at``."""
        for start, end in sentences(self.text):
            if start <= at < end:
                return [fid for fid, s, _ in self.fact_references if start <= s < end]
        return []


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans: a full stop, ! or ? and a space end one, abbreviations excepted; so
    does a stop inside closing quotation marks before a capital or an opening mark
    ('… so." If …'), but not before a word in lower case ('"No." she said')."""
    spans, begin = [], 0
    for match in _SENTENCE_STOP.finditer(text):
        if match.group(1) and not _opens_sentence(text, match.end()):
            continue
        # The word the stop ends: back to the last space, which is never before the last
        # stop found (each is followed by a space), so the whole scan stays linear.
        word_start = match.start()
        while word_start > begin and not text[word_start - 1].isspace():
            word_start -= 1
        word = text[word_start:match.start(1)]
        if word in _ABBREVIATIONS or re.fullmatch(r"(?:[A-Z]\.)+", word):
            continue
        if word in _TIME_ABBREVIATIONS and _time_goes_on(text, match.start(1)):
            continue
        spans.append((begin, match.end()))
        begin = match.end()
        while begin < len(text) and text[begin].isspace():
            begin += 1
    spans.append((begin, len(text)))
    return [span for span in spans if span[0] < span[1]]


# A stop, with the closing quotation marks after it (group 1), before a space and a word.
_SENTENCE_STOP = re.compile("[.!?]([\"'\u201d\u2019]*)(?=\\s+\\S)")


def _opens_sentence(text: str, at: int) -> bool:
    """True when the first word after ``at`` (past its spaces) opens a sentence: a capital
    or an opening quotation mark."""
    following = text[at:at + 40].lstrip()
    return bool(following) and (following[0].isupper() or following[0] in "\"'\u201c\u2018")


def _time_goes_on(text: str, at: int) -> bool:
    """True when the words after a time's "a.m." continue its sentence."""
    following = text[at:at + 40].split()
    if not following:
        return False
    word = following[0].strip(",;:")
    return word in _AFTER_A_TIME or not word[:1].isupper()


def quotations(text: str) -> list[tuple[int, int]]:
    """Quoted passages, marks included: an opening mark after a space or bracket, up to
    the matching mark before a space or punctuation ("Press TV's 'as far as'")."""
    spans: list[tuple[int, int]] = []
    at = 0
    while at < len(text):
        char = text[at]
        closer = _OPENERS.get(char)
        opens = closer is not None and (at == 0 or text[at - 1] in " ([—-/") and (
            at + 1 < len(text) and not text[at + 1].isspace())
        if not opens:
            at += 1
            continue
        end = at + 1
        while True:
            end = text.find(closer, end)  # type: ignore[arg-type]
            if end < 0 or end + 1 >= len(text) or not text[end + 1].isalnum():
                break
            end += 1
        if end < 0:
            at += 1
            continue
        spans.append((at, end + 1))
        at = end + 1
    return spans


def analyse(text: str, source_numbers: Collection[str] = ()) -> Analysis:
    """Split ``text`` into its parts and read the mentions left in its plain parts."""
    analysis = Analysis(text)
    masked = list(text)

    def mask(start: int, end: int) -> None:
        masked[start:end] = " " * (end - start)

    for match in REFERENCE_RE.finditer(text):
        what = (match["id"], match.start(), match.end())
        (analysis.references if match["ref"] else analysis.fact_references).append(what)
    covered = [(s, e) for _, s, e in analysis.fact_references + analysis.references]
    for match in _BROKEN_REFERENCE.finditer(text):
        if not any(s <= match.start() < e for s, e in covered):
            analysis.broken.append(match.start())
    for fact_id, start, end in analysis.fact_references:
        analysis.parts.append(Part("fact", start, end, fact_id))
        mask(start, end)
    editor: list[tuple[int, int]] = []
    for start, end in sentences(text):
        ids = [rid for rid, s, _ in analysis.references if start <= s < end]
        if ids:
            editor.append((start, end))
            analysis.parts.append(Part("editor", start, end, " ".join(ids)))
            mask(start, end)
    for start, end in quotations("".join(masked)):
        analysis.parts.append(Part("quotation", start, end))
        mask(start, end)
    for number in _SOURCE_NUMBER.finditer("".join(masked)):
        if number.group() in source_numbers:
            analysis.parts.append(Part("source", number.start(), number.end(), number.group()))
            mask(number.start(), number.end())
    analysis.parts.sort(key=lambda part: part.start)
    analysis.mentions = _mentions("".join(masked))
    return analysis


def _mentions(masked: str) -> list[Mention]:
    """Dates first, then figures not inside a date, then capitalised names."""
    plain = normalise(masked)
    # Most free text is already in normal form; only then are offsets the same both ways.
    mapped = None if plain == masked else normalise_mapped(masked)
    text = plain if mapped is None else mapped.text

    def span(start: int, end: int) -> tuple[int, int]:
        return (start, end) if mapped is None else mapped.original_span(start, end)

    found: list[Mention] = []
    for iso in _ISO_DATE.finditer(masked):  # "2019-07-12" is a date, not three figures
        year, month, day = (int(part) for part in iso.groups())
        found.append(Mention("date", iso.group(), iso.start(), iso.end(), date=DateMention(
            year, month, day, None, iso.start(), iso.end())))
    for date in dates_in(text):
        start, end = span(date.start, date.end)
        if any(m.start < end and start < m.end for m in found):
            continue
        found.append(Mention("date", masked[start:end], start, end, date=date))
    for figure in figures_in(text):
        start, end = span(figure.start, figure.end)
        if refers_back(masked, start, end):
            found.append(Mention("ordinary", masked[start:end], start, end))
        elif not any(m.start < end and start < m.end for m in found):
            found.append(Mention("figure", masked[start:end], start, end, figure=figure))
    taken = [(m.start, m.end) for m in found]
    found.extend(_names(masked, taken))
    # Fail closed: a number the reader refuses ("3 000 km", "US$ 3,4 bn", "½ million",
    # "twenty twenty-five") is a figure nothing can back, never nothing to report.
    taken = [(m.start, m.end) for m in found]
    for number in _ANY_NUMBER.finditer(masked):
        if not any(s < number.end() and number.start() < e for s, e in taken):
            if is_designation(masked, number.start()):
                # "Category 5", "Flight 302": a label, as coverage reads it, and still a
                # name that a quote must spell.
                start = _label_start(masked, number.start())
                found.append(Mention("designation", masked[start:number.end()], start,
                                     number.end()))
                continue
            found.append(Mention("figure", number.group(), number.start(), number.end()))
    found.extend(Mention("claim", match.group(), match.start(), match.end())
                 for match in CLAIM_RE.finditer(masked))
    return sorted((m for m in found if m.kind != "ordinary"), key=lambda m: m.start)


def _label_start(text: str, at: int) -> int:
    """Where a designation's label starts: the capitalised word right before its number
    ("Category 5", "Flight 302"), or the number itself ("787-9")."""
    if at < 2 or text[at - 1] != " ":
        return at
    start = at - 1
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] in "&"):
        start -= 1
    return start if text[start:start + 1].isupper() else at


def refers_back(text: str, start: int, end: int) -> bool:
    """True for "one", "two" or "three" used as ordinary words, not as a count to back:
    after a referring determiner ("the two crashes", "each one") or as "one of". A number
    that counts something new ("two people died") is still a figure."""
    word = text[start:end].lower()
    if word not in _SMALL_NUMBER_WORDS:
        return False
    # One word each side is all it reads: a short window, not the whole text, per number.
    before = text[max(0, start - 40):start].split()
    after = text[end:end + 40].split()
    previous = before[-1].lower().strip("(\"'‘“") if before else ""
    if previous in _REFERRING_DETERMINERS:
        return True
    return word == "one" and bool(after) and after[0].lower() == "of"


def _names(masked: str, taken: list[tuple[int, int]]) -> list[Mention]:
    """Runs of capitalised words, less a common word that merely starts a sentence."""
    starts = {start for start, _ in sentences(masked)}
    names: list[Mention] = []
    run: list[re.Match[str]] = []

    def close() -> None:
        while run:
            first = run[0]
            at_start = masked[:first.start()].strip() == "" or any(
                masked[s:first.start()].strip(" ([\"'‘“") == "" for s in starts
                if s <= first.start())
            word = first.group()
            lone_plain = (len(run) == 1 and not _is_possessive(masked, first)
                          and not any(ch.isupper() or ch.isdigit() for ch in word[1:]))
            if at_start and (word in _COMMON_STARTS or lone_plain):
                run.pop(0)
                continue
            break
        if run:
            start, end = run[0].start(), run[-1].end()
            names.append(Mention("name", masked[start:end], start, end))
        run.clear()

    for word in _WORD.finditer(masked):
        if any(s <= word.start() < e for s, e in taken):
            close()
            continue
        capital = word.group()[0].isupper()
        # "PG&E", "AT&T": an ampersand between capitals joins one name.
        joined = (bool(run) and masked[run[-1].end():word.start()] in (" ", "&")
                  and not _is_possessive(masked, run[-1]))
        if capital and (joined or not run):
            run.append(word)
        else:
            close()
            if capital:
                run.append(word)
    close()
    return [_trim(name) for name in names]


def _is_possessive(text: str, word: re.Match[str]) -> bool:
    return text[word.end():word.end() + 1] in ("'", "’") or word.group().endswith(
        ("'s", "’s"))


def _trim(name: Mention) -> Mention:
    """Drop a possessive ending: "Press TV's" names Press TV."""
    text = re.sub(r"['’]s?$", "", name.text)
    return Mention("name", text, name.start, name.start + len(text))


# ---------------------------------------------------------------------------------------
# Rendering: the ``freetext`` filter.


class CitedFact(Protocol):
    """What the renderer knows of a checked fact (site.views.FactView satisfies it)."""

    @property
    def display(self) -> str: ...

    @property
    def derived(self) -> str: ...

    @property
    def stance(self) -> str: ...

    def cite(self, from_page: str) -> Markup: ...

    @property
    def publisher(self) -> str: ...


@dataclass(frozen=True, slots=True)
class ReferenceInfo:
    """A registered outside work, as an editor's note shows its basis."""

    title: str
    kind: str
    url: str | None


def render_free_text(text: str, owner: str | None, here: str,
                     facts: Callable[[str], CitedFact | None],
                     works: dict[str, ReferenceInfo],
                     source_numbers: Collection[str] = ()) -> Markup:
    """Free text as inline HTML: references expanded, quotations and the editor's own
    figures tied (``data-quote``, ``data-fact``), editor's notes set apart."""
    analysis = analyse(text, source_numbers)
    tied = ([(m.start, m.end) for m in analysis.mentions if m.kind in ("figure", "date")]
            if owner else [])
    out: list[str] = []
    at = 0

    def plain(start: int, end: int) -> str:
        chunk, pieces, cursor = text[start:end], [], 0
        for s, e in tied:
            if start <= s and e <= end:
                pieces.append(escape_text(chunk[cursor:s - start]))
                pieces.append(f'<span class="fs-tied" data-fact="{escape_text(owner)}">'
                              f"{escape_text(chunk[s - start:e - start])}</span>")
                cursor = e - start
        pieces.append(escape_text(chunk[cursor:]))
        return "".join(pieces)

    def inner(start: int, end: int) -> str:
        """A stretch without editor's notes: plain text, fact references, quotations."""
        pieces, cursor = [], start
        for part in analysis.parts:
            if part.kind == "editor" or part.start < start or part.end > end:
                continue
            pieces.append(plain(cursor, part.start))
            if part.kind == "fact":
                pieces.append(_fact_markup(part.target, here, facts))
            elif part.kind == "source":
                pieces.append(f'<span class="fs-source-number" data-source="{part.target}">'
                              f"{part.target}</span>")
            else:
                pieces.append(f'<span class="fs-quoted" data-quote>'
                              f"{escape_text(text[part.start:part.end])}</span>")
            cursor = part.end
        pieces.append(plain(cursor, end))
        return "".join(pieces)

    for part in analysis.parts:
        if part.kind != "editor":
            continue
        out.append(inner(at, part.start))
        out.append(_editor_markup(text, part, here, facts, works, inner))
        at = part.end
    out.append(inner(at, len(text)))
    return Markup("".join(out))


def _fact_markup(fact_id: str, here: str, facts: Callable[[str], CitedFact | None]) -> str:
    view = facts(fact_id)
    if view is None:  # E701 fails the build first; never show an unchecked value
        return '<span class="fs-ref fs-ref-missing">(reference missing)</span>'
    stance = "" if view.stance == "stated" else f", {escape_text(view.stance)}"
    derived = ", derived date" if view.derived else ""
    title = f' title="{escape_text(view.derived)}"' if view.derived else ""
    return (f'<span class="fs-ref" data-fact="{escape_text(fact_id)}" '
            f'data-stance="{escape_text(view.stance)}"{title}>{escape_text(view.display)} '
            f'<small>(<a class="fs-cite-inline" href="{view.cite(here)}">'
            f"{escape_text(view.publisher)}</a>{stance}{derived})"
            "</small></span>")


def _editor_markup(text: str, part: Part, here: str, facts: Callable[[str], CitedFact | None],
                   works: dict[str, ReferenceInfo], inner: Callable[[int, int], str]) -> str:
    ids = part.target.split()
    body = REFERENCE_RE.sub(lambda m: " " * len(m.group()) if m["ref"] else m.group(),
                            text[part.start:part.end])
    trimmed = len(body.rstrip())
    bases = []
    for rid in ids:
        work = works.get(rid)
        if work is None:
            bases.append(escape_text(rid))
            continue
        title = escape_text(work.title)
        label = (f'<a href="{escape_text(work.url)}" rel="noopener noreferrer">{title}</a>'
                 if work.url else f"<cite>{title}</cite>")
        bases.append(f"{label} ({escape_text(work.kind)})")
    # Render the sentence through ``inner`` with the markers blanked out.
    sentence = inner(part.start, part.start + trimmed)
    for rid in ids:
        marker = escape_text(f"[[ref:{rid}]]")
        sentence = sentence.replace(" " + marker, "").replace(marker, "")
    return (f'<span class="fs-editor" data-reference="{escape_text(part.target)}">'
            f'<span class="fs-editor-label">Editor’s note:</span> {sentence.strip()} '
            f'<span class="fs-editor-basis">(the editor’s knowledge; basis: '
            f'{"; ".join(bases)})</span></span>')


def plain_free_text(text: str, facts: Callable[[str], CitedFact | None]) -> str:
    """Free text as plain words, for a tooltip or title: references become their values."""
    def expand(match: re.Match[str]) -> str:
        if match["ref"]:
            return ""
        view = facts(match["id"])
        return view.display if view is not None else "(reference missing)"

    return " ".join(REFERENCE_RE.sub(expand, text).split()).replace(" .", ".")


@dataclass(frozen=True, slots=True)
class ExportedFact:
    """What the exports show of a cited fact."""

    display: str
    stance: str
    marks: tuple[str, ...] = ()  # how its date is known: "date worked out from ..."


class _Work(Protocol):
    @property
    def title(self) -> str: ...

    @property
    def kind(self) -> str: ...


def export_free_text(text: str, facts: Callable[[str], ExportedFact | None],
                     works: Mapping[str, _Work]) -> str:
    """Free text for the data exports: a reference reads "value [fact-id, stance, marks]"
    (the stance unless stated; marks such as "date worked out from “on Tuesday”"); an
    editor's note keeps its mark, "[editor's knowledge; basis: title (kind)]"."""
    analysis = analyse(text)

    def expand(match: re.Match[str]) -> str:
        if match["ref"]:
            return ""
        view = facts(match["id"])
        if view is None:
            return "(reference missing)"
        stance = () if view.stance == "stated" else (view.stance,)
        return f"{view.display} [{', '.join((match['id'], *stance, *view.marks))}]"

    pieces, at = [], 0
    for part in analysis.parts:
        if part.kind != "editor":
            continue
        pieces.append(REFERENCE_RE.sub(expand, text[at:part.start]))
        bases = "; ".join(f"{works[r].title} ({works[r].kind})" if r in works else r
                          for r in part.target.split())
        sentence = " ".join(REFERENCE_RE.sub(expand, text[part.start:part.end]).split())
        pieces.append(f"{sentence.replace(' .', '.')} [editor's knowledge; basis: {bases}] ")
        at = part.end
    pieces.append(REFERENCE_RE.sub(expand, text[at:]))
    return " ".join("".join(pieces).split())
