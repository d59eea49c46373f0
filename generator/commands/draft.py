"""``python -m generator draft SOURCE "QUOTE"``: propose a fact that passes.

The quote is found in the article the way the check finds it, and read with the checker's
own tokenisers (figures, dates, relative dates). Every reading becomes a candidate fact,
and the candidates are run through the real check on a scratch copy of the article and
its registry entry: only what passes is proposed. The first passing reading is printed as
a ready fact in YAML; the others are listed as "also found". Where the quote is not in
the article, the closest passage is shown, as the check shows it. Nothing is written.
"""

from __future__ import annotations

import calendar
import re
import sys
import tempfile
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

import yaml

from generator.base.escape import slug
from generator.base.report import Severity
from generator.check.context import ArticleView
from generator.check.dates import way_of
from generator.check.pipeline import check_project
from generator.commands.draft_subject import guess_property, guess_subject
from generator.model import DateValue, Money, Quantity
from generator.model.describe import describe
from generator.reading import (
    DateMention,
    Figure,
    dates_in,
    figures_in,
    find_whole,
    normalise,
    singular_nouns,
)
from generator.reading.figure_forms import before_ago
from generator.reading.relative import WORDING_QUALIFIERS
from generator.reading.times import times_in

# Wordings a date can be given in relative to the article's publication date.
_WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_RELATIVE = re.compile(
    rf"\b(?:(?:on|last|this|next) )?(?:{_WEEKDAYS})\b"
    r"|\b(?:last|this|next) (?:week|month|year)\b|\b(?:yesterday|today)\b", re.IGNORECASE)
_DATE_QUALIFIERS = {"early", "mid", "late", "about"}
TEXT_BY_HAND = ("a name or phrase is not read out of a sentence: for a text or list value, "
                "give its words with --text \"...\" or --item ... --item ...")
WHY_NO_READING = ("the quote holds no figure with a unit or currency and no date the checker "
                  "can read; for a text or list value, give its words with --text \"...\" "
                  "or --item ... --item ..., as the quote spells them")


@dataclass(slots=True)
class Draft:
    """The outcome of a draft: the passing readings (first is proposed) and why not."""

    source: str
    quote: str
    line: int = 0
    passing: list[dict[str, Any]] = field(default_factory=list)
    failing: list[tuple[dict[str, Any], str]] = field(default_factory=list)
    problem: str = ""
    stances: dict[str, str] = field(default_factory=dict)  # value_yaml -> its stance
    # value_yaml -> every stance its sentence allows (more than one: the editor chooses)
    choices: dict[str, frozenset[str]] = field(default_factory=dict)


def _number(amount: Decimal) -> int | Decimal:
    normal = amount.normalize()
    return int(normal) if normal == normal.to_integral_value() else normal


def readings(quote: str, published: str | None) -> list[dict[str, Any]]:
    """Every value the checker's tokenisers read in ``quote``, most specific first."""
    plain = normalise(quote)
    mentions = dates_in(plain)  # read once: the figures loop and the dates below both ask
    values: list[dict[str, Any]] = []
    for figure in figures_in(plain):
        if before_ago(plain, figure.end):
            continue  # "two weeks ago" dates a time gone by: no duration (trial 3)
        if figure.qualifier == "range" and figure.low is not None \
                and figure.amount == figure.low and figure.high is not None:
            values.extend(_range_value(figure))
            continue
        if figure.qualifier in ("range", "alternative", "negated", "rate", "across"):
            continue
        if figure.currency:
            value: dict[str, Any] = {"kind": "money", "amount": _number(figure.amount)}
            if figure.scale:
                value["scale"] = figure.scale
            value["currency"] = figure.currency
        elif figure.unit:
            value = {"kind": "quantity", "amount": _number(figure.amount), "unit": figure.unit}
        elif (noun := _counted_noun(figure)) is not None and not any(
                m.start <= figure.start < m.end for m in mentions):
            value = {"kind": "quantity", "amount": _number(figure.amount), "noun": noun}
            if noun != noun.lower():  # and in lower case, the only case the schema takes today
                values.append({**value, "noun": noun.lower()})
                if figure.qualifier != "exact":
                    values[-1]["qualifier"] = figure.qualifier
        else:
            continue
        if figure.qualifier != "exact":
            value["qualifier"] = figure.qualifier
        if figure.per is not None and figure.per != "each":
            # "$50 billion in annual purchases", "$30 billion a year": the check wants it
            values.append({**value, "per": figure.per})
        values.append(value)
    for mention in mentions:
        if mention.year is None:
            continue  # a day or month alone is read against the publication date below
        parts = [f"{mention.year:04d}"] + [f"{p:02d}" for p in (mention.month, mention.day)
                                            if p is not None]
        if mention.month is None and mention.day is not None:
            continue
        value = {"kind": "date", "date": "-".join(parts)}
        if mention.qualifier in _DATE_QUALIFIERS:
            value["qualifier"] = mention.qualifier
        elif mention.qualifier:
            continue  # "before 2019", "since 2017", a range: no date of an event
        values.append(value)
    from generator.check.dates import date_readings, relative_point  # the check's reading
    from generator.reading.relative_spans import relative_span, span_point

    if published:
        phrases = _weeks_of(plain) + [m.group() for m in _RELATIVE.finditer(plain)]
        phrases += [_month_wording(plain, m) for m in mentions if m.year is None]
        for phrase in dict.fromkeys(phrases):
            derived, _, _ = relative_point(plain, phrase, published)
            if derived:
                values.append({"kind": "date", "date": derived, "relative": phrase}
                              | _wording_qualifier(phrase))
        for match in _OPEN_RELATIVE.finditer(plain):
            point = span_point(match.group())
            way = way_of(plain, point).way if point is not None else "back"
            span, _ = relative_span(match.group(), published, way)
            if span is not None:
                values.append({"kind": "date", "date": span[0], "end": span[1],
                               "relative": match.group()})
    values.extend(date_readings(plain, published))
    values.extend(_timed(values, plain))
    unique: dict[str, dict[str, Any]] = {}
    for value in values:
        if _valid(value):  # a reading the models refuse is no draft (and never a crash)
            unique.setdefault(repr(sorted(value.items())), value)
    return list(unique.values())


def _range_value(figure: Figure) -> list[dict[str, Any]]:
    """Both ends of a range read at its first end ("in three or four weeks", "from 5% to
    25%"), as one value; none where the range measures nothing the reader can name."""
    assert figure.low is not None and figure.high is not None
    ends: dict[str, Any] = {"min": _number(figure.low), "max": _number(figure.high)}
    if figure.currency:
        value: dict[str, Any] = {"kind": "money", **ends}
        if figure.scale:
            value["scale"] = figure.scale
        value["currency"] = figure.currency
    elif figure.unit:
        value = {"kind": "quantity", **ends, "unit": figure.unit}
    elif (noun := _counted_noun(figure)) is not None and noun == noun.lower():
        value = {"kind": "quantity", **ends, "noun": noun}
    else:
        return []
    if figure.outer != "exact":
        value["qualifier"] = figure.outer
    return [value]


def _weeks_of(plain: str) -> list[str]:
    """Every "the first/last week of <Month>" in ``plain``: the whole wording is the date
    ("the last week of December" is late December), never its "last week"."""
    found = []
    for words in WORDING_QUALIFIERS:
        for start in find_whole(plain, words):
            rest = plain[start + len(words):].split(maxsplit=1)
            month = rest[0].rstrip(".,;:") if rest else ""
            if month in calendar.month_name[1:]:
                found.append(f"{plain[start:start + len(words)]} {month}")
    return found


def _wording_qualifier(phrase: str) -> dict[str, str]:
    """The qualifier a wording carries in itself ("the last week of" -> late), as a value key."""
    for words, qualifier in WORDING_QUALIFIERS.items():
        if phrase.lower().startswith(words):
            return {"qualifier": qualifier}
    return {}


def _valid(value: dict[str, Any]) -> bool:
    from pydantic import TypeAdapter, ValidationError

    from generator.model import Value

    try:
        TypeAdapter(Value).validate_python(
            {k: (Decimal(str(v)) if k == "amount" else v) for k, v in value.items()})
    except ValidationError:
        return False
    return True


_OPEN_RELATIVE = re.compile(
    rf"\b(?:until|till|by|before|through|since|from|after)\s+(?:on\s+)?(?:{_WEEKDAYS}|"
    r"Christmas|Thanksgiving|New Year's Day|(?:January|February|March|April|May|June|July|"
    r"August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|"
    r"Dec\.)(?:\s+\d{1,2}(?!\d))?)\b(?!,?\s+\d{4})"
    r"|\b(?:next|this|last) week\b|\bthe (?:first|second) half of (?:next|this|last) year\b")


def _counted_noun(figure: Figure) -> str | None:
    """The noun a number counts, as the reader reads it: the shortest phrase it supports,
    each word in the case the quote writes it ("32 Kenyans" -> "Kenyan"); the check
    decides the rest. None where it counts nothing the reader can name."""
    nouns = sorted(singular_nouns(figure.counted), key=lambda n: (len(n), n))
    if not nouns:
        return None
    written = {word.lower(): word for word in figure.counted.written.split()}
    words = []
    for word in nouns[0].split():
        original = next((w for low, w in written.items() if low.startswith(word.lower())), "")
        words.append(word[:1].upper() + word[1:] if original[:1].isupper() else word)
    return " ".join(words)


def _month_wording(plain: str, mention: DateMention) -> str:
    """A month or day without a year as written, without its qualifier word ("February"
    of "mid-February"): the qualifier is a key of its own."""
    written = plain[mention.start:mention.end]
    if mention.reading is not None:
        written = re.sub(r"^(?:early|mid|late|about|around|circa|end of|beginning of|"
                         r"middle of)[\s-]+(?:in\s+)?", "", written, flags=re.IGNORECASE)
    return written


def _timed(values: list[dict[str, Any]], plain: str) -> list[dict[str, Any]]:
    """Each day-precision date again with each time of day the quote gives (the check keeps
    only a time that stands next to its day, with its zone and hedge)."""
    timed: list[dict[str, Any]] = []
    for mention in times_in(plain):
        if mention.shift is not None:
            continue
        for value in values:
            date = str(value.get("date", ""))
            if value["kind"] != "date" or "end" in value or not re.fullmatch(
                    r"(?:\d{4}|XXXX)-\d{2}-\d{2}", date):
                continue
            with_time = {**value, "time": mention.time + ("~" if mention.approximate else "")}
            if mention.zone:
                with_time["zone"] = mention.zone
            timed.insert(0, with_time)
    return timed


def _scalar(value: Any) -> str:
    if isinstance(value, list):
        return "[" + ", ".join(_scalar(item) for item in value) + "]"
    if isinstance(value, int | Decimal):
        return format(value, "f") if isinstance(value, Decimal) else str(value)
    text = str(value)
    if re.fullmatch(r"[A-Za-z][A-Za-z /-]*", text) and text not in ("yes", "no", "on", "off"):
        return text
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _quoted(text: str) -> str:
    """A quote always in double quotes, as the format asks: unquoted, " #" would cut it."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def value_yaml(value: dict[str, Any]) -> str:
    return "{" + ", ".join(f"{k}: {_scalar(v)}" for k, v in value.items()) + "}"


def fact_yaml(fact_id: str, source: str, subject: str, prop: str, quote: str,
              value: dict[str, Any], stance: str = "stated") -> str:
    return (f"  - id: {fact_id}\n    source: {_scalar(source)}\n    subject: {_scalar(subject)}\n"
            f"    property: {_scalar(prop)}\n    quote: {_quoted(quote)}\n"
            f"    value: {value_yaml(value)}\n"
            + (f"    stance: {stance}\n" if stance != "stated" else ""))


def stance_choices(data: bytes, quote: str, value: dict[str, Any]) -> frozenset[str]:
    """Every stance the article's clause allows a reading (rule V410)."""
    from pydantic import TypeAdapter

    from generator.check.rules.v410_stance import stances_for
    from generator.model import Value
    from generator.reading.stance import with_line_breaks

    text = with_line_breaks(data.decode("utf-8", errors="replace"))
    plain_quote = normalise(quote)
    starts = find_whole(text.replace("\n", " "), plain_quote)
    typed = TypeAdapter(Value).validate_python(
        {k: (Decimal(str(v)) if k == "amount" else v) for k, v in value.items()})
    return stances_for(text, starts[0] if starts else 0, plain_quote, typed)


def draft(root: Path, source: str, quote: str, text: str | None = None,
          items: list[str] | None = None) -> Draft:
    """Find, read and verify; see the module docstring.

    With ``text`` or ``items`` (the words of a name or phrase, which no reader can pick
    out of a sentence for the editor), that text or list value is verified instead.
    """
    outcome = Draft(source, quote)
    corpus = check_project(root)
    entries = {e.model.file: e for e in corpus.validated.sources}
    article = corpus.articles.get(source)
    if source not in entries or article is None:
        known = ", ".join(sorted(corpus.articles)) or "none"
        outcome.problem = (f"{source} is not a registered, readable article (the articles: "
                           f"{known})")
        return outcome
    view = ArticleView(article)
    plain_quote = normalise(quote)
    starts = find_whole(view.plain, plain_quote) if plain_quote else []
    if not starts:
        from generator.check.rules.q301_quote_not_found import closest_passage

        line, score, passage = closest_passage(view, plain_quote)
        outcome.problem = (f"quote not found in {source}; closest passage at line {line} "
                           f"({score:.0f}% similar): \"{passage}\"")
        return outcome
    outcome.line = view.line_of(view.mapped.offsets[starts[0]])
    published = entries[source].model.anchor[0]  # relative wordings count from it
    candidates: list[dict[str, Any]] = (
        [{"kind": "text", "text": text}] if text is not None
        else [{"kind": "list", "items": items}] if items else readings(quote, published))
    if not candidates:
        outcome.problem = WHY_NO_READING
        return outcome
    # The entry alone, without its relation to other articles, which are not copied.
    entry = entries[source].model.model_dump(exclude_none=True, exclude={"relation"})
    for value in candidates:
        # A sentence that supports no stance (a correction, an unclear structure): the
        # candidate goes to the check as stated, and fails there with its reason.
        choices = stance_choices(article.data, quote, value)
        outcome.choices[value_yaml(value)] = choices
        outcome.stances[value_yaml(value)] = sorted(choices)[0] if choices else "stated"
    verdicts = _verify(entry, article.data,
                       source, quote, candidates, outcome.stances)
    for value, why in zip(candidates, verdicts, strict=True):
        if why:
            outcome.failing.append((value, why))
        else:
            outcome.passing.append(value)
    if not outcome.passing:
        outcome.problem = "no reading of the quote passes the check: " + "; ".join(
            f"{value_yaml(v)}: {why}" for v, why in outcome.failing)
    return outcome


def _verify(entry: dict[str, Any], data: bytes, source: str, quote: str,
            candidates: list[dict[str, Any]], stances: dict[str, str]) -> list[str]:
    """For each candidate value, "" when it passes the real check, else the first error."""
    with tempfile.TemporaryDirectory(prefix="draft-") as scratch:
        root = Path(scratch)
        (root / "facts" / "sources").mkdir(parents=True)
        (root / "facts" / "sources" / source).write_bytes(data)
        (root / "facts" / "sources.yml").write_text(
            yaml.safe_dump({"sources": [entry]}, allow_unicode=True, sort_keys=False),
            encoding="utf-8")
        facts = "".join(fact_yaml(f"candidate-{i}", source, "S", "p", quote, value,
                                  stances.get(value_yaml(value), "stated"))
                        for i, value in enumerate(candidates))
        (root / "facts" / "draft.yml").write_text("facts:\n" + facts, encoding="utf-8")
        result = check_project(root)
    errors: dict[str, str] = {}
    for problem in result.report:
        if problem.severity is Severity.ERROR and problem.fact_id:
            errors.setdefault(problem.fact_id, f"{problem.code} {problem.message}")
    broken = [p for p in result.report.errors if not p.fact_id]
    if broken:  # the scratch project itself is wrong: pass nothing
        return [f"{broken[0].code} {broken[0].message}"] * len(candidates)
    return [errors.get(f"candidate-{i}", "") for i in range(len(candidates))]


def _described(value: dict[str, Any]) -> str:
    if value["kind"] in ("text", "list"):
        return value.get("text") or ", ".join(value["items"])
    kinds: dict[str, type[Quantity] | type[Money] | type[DateValue]] = {
        "quantity": Quantity, "money": Money, "date": DateValue}
    model = kinds[value["kind"]].model_validate(
        {k: (Decimal(str(v)) if k == "amount" else v) for k, v in value.items()})
    relative = f" (\u201c{value['relative']}\u201d)" if "relative" in value else ""
    return describe(model) + relative


def run_draft(root: Path, source: str, quote: str, text: str | None = None,
              items: list[str] | None = None) -> int:
    """Print the proposed fact (exit 0), why there is none (exit 1), or a usage error
    (exit 2: an empty quote is not a quote, and would match everything and nothing)."""
    if not quote.strip():
        print("error: the quote is empty; pass the sentence, word for word, as the second "
              "argument (python -m generator draft SOURCE \"QUOTE\")", file=sys.stderr)
        return 2
    outcome = draft(root, source, quote, text, items)
    if not outcome.passing:
        print(f"error: {outcome.problem}", file=sys.stderr)
        return 1
    corpus = check_project(root)
    site = corpus.validated.site
    subjects = [s.subject for page in site.model.pages for s in page.sections] if site else []
    value = outcome.passing[0]
    subject = guess_subject(quote, subjects)
    prop = guess_property(value)
    publisher = next((e.model.publisher for e in corpus.validated.sources
                      if e.model.file == source), "")
    outlet = slug(publisher.split()[0]) if publisher.split() else ""
    fact_id = "-".join(part for part in (slug(subject), slug(prop), outlet) if part)[:80]
    where = f"{corpus.folder_display}/{source}"
    sys.stdout.write(f"# quote found in {where} line {outcome.line}; add it to a fact file "
                     "under facts/ (check subject and property)\n")
    choices = sorted(outcome.choices.get(value_yaml(value), frozenset()))
    if len(choices) > 1:  # the sentence reads two ways: the editor says which, draft never
        sys.stdout.write(fact_yaml(fact_id.strip("-"), source, subject, prop, quote, value,
                                   "TODO"))
        sys.stdout.write(f"    # the sentence reads two ways, so its stance may be "
                         f"{' or '.join(choices)}: write the one the text gives this value\n")
    else:
        sys.stdout.write(fact_yaml(fact_id.strip("-"), source, subject, prop, quote, value,
                                   outcome.stances.get(value_yaml(value), "stated")))
    todo = [name for name, words in (("subject", subject), ("property", prop))
            if words.startswith("TODO")]
    if todo:  # the quote's first capitalised words name nothing ("The", "According")
        sys.stdout.write(f"    # write the {' and the '.join(todo)} (the check refuses TODO): "
                         "the words the other facts on the page use\n")
    also = [_described(v) for v in outcome.passing[1:]]
    if also:
        sys.stdout.write(f"# also found: {'; '.join(also)}\n")
    for value, why in outcome.failing:
        sys.stdout.write(f"# not proposed: {value_yaml(value)}: {why}\n")
    if text is None and not items:
        sys.stdout.write(f"# {TEXT_BY_HAND}\n")
    return 0
