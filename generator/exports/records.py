"""Every fact as plain data, with what qualifies it: stance, date basis, notes, conflicts."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from generator.base.escape import page_url, slug
from generator.check.verify import CheckResult
from generator.model import DateValue, Fact, Source, precision_of
from generator.model.chronology import counted_interval, counted_unit
from generator.model.describe import describe_fact
from generator.model.provenance import DateBasis
from generator.reading.references import ExportedFact, export_free_text
from generator.reading.times import PARAGRAPH_DAY, names_no_day

SOURCES_DIR = "sources"
# How the article's publication date is known, in a reader's words.
# Every publication-date basis in words: a basis the registry accepts must never be missing
# here (a worked-out date on an article that `add` registered crashed the build).
PUBLICATION_BASIS_WORDS: dict[DateBasis, str] = {
    "stated": "stated in the article", "catalogue": "from the collection's records",
    "page-metadata": "from the page's metadata", "inferred": "worked out from the text",
    "unknown": "not known", "not-found": "not found on the page"}


def _json_value(value: Any) -> Any:
    if isinstance(value, Decimal):
        return float(value) if value != value.to_integral_value() else int(value)
    return value


def date_basis(fact: Fact, source: Source | None) -> dict[str, Any] | None:
    """How the date is known: stated by the quote, or derived from its wording and the
    publication date (whose own basis is stated, catalogue or inferred)."""
    value = fact.value
    if not isinstance(value, DateValue):
        return None
    known = value.end if value.date == ".." and value.end is not None else value.date
    record: dict[str, Any] = {"precision": precision_of(known), "qualifier": value.qualifier,
                              "basis": "derived" if value.relative or fact.day_from
                              else "stated"}
    if counted_interval(value):
        # "within two years": counted from the article's date in years, not day bounds
        # (the sentence may count from an earlier day)
        record["precision"] = counted_unit(value.relative or "") or record["precision"]
        record["counted"] = True
    if fact.date_basis == "article":
        # dated only by the article's own date: the claim was made on or before that day
        record["basis"] = "article-date"
        record["mark"] = "on or before the article's date"
    if value.time is not None:
        record["time"] = value.time
        record["zone"] = value.zone
        record["offset"] = value.offset
    if value.relative:
        published = source.published if source else None
        record["mark"] = derived_mark(fact, source)
        record["derived_from"] = {
            "wording": value.relative,
            "publication_date": published.date if published else None,
            "publication_basis": published.basis if published else None,
        }
        if source is not None and source.updated is not None:
            record["derived_from"]["update_date"] = source.updated.date
            record["derived_from"]["update_basis"] = source.updated.basis
        if names_no_day(value.time, value.relative):
            record["derived_from"]["day_from"] = "paragraph"
    return record


def shown_display(fact: Fact, source: Source | None) -> str:
    """The value in words as the site shows it: a counted interval in its own words as of
    the article's date, a dateline date as 'on or before' it, else the value in words."""
    value = fact.value
    described = describe_fact(fact)
    if isinstance(value, DateValue) and counted_interval(value):
        published = source.published if source else None
        when = (published.date or published.not_before) if published else None
        if source is not None and source.updated is not None:
            when = source.updated.date  # the text read is the update: it counts from it
        return f"{value.relative}, as of {when or 'the article’s date (not known)'}"
    if isinstance(value, DateValue) and fact.date_basis == "article":
        return f"on or before {described}"
    return described


def derived_mark(fact: Fact, source: Source | None) -> str:
    """The mark a worked-out date carries wherever it is exported, empty for any other
    value: 'date worked out from “on Friday” and the publication date 2017-12-30 (from
    the collection's records)'."""
    value = fact.value
    if isinstance(value, DateValue) and fact.day_from:  # the day from another sentence
        return (f"date's day worked out from another sentence of the article, "
                f"\u201c{fact.day_from}\u201d, read by the editor as the same event")
    if not isinstance(value, DateValue) or not value.relative:
        return ""
    if names_no_day(value.time, value.relative):  # "The next high tide is at 4 p.m."
        return f"date worked out from \u201c{value.relative}\u201d and {PARAGRAPH_DAY}"
    if source is not None and source.updated is not None:  # the text as read is the update
        return (f"date worked out from \u201c{value.relative}\u201d and the update date "
                f"{source.updated.date} ({PUBLICATION_BASIS_WORDS[source.updated.basis]})")
    published = source.published if source else None
    if published is None or not (published.date or published.not_before):
        return f"date worked out from \u201c{value.relative}\u201d and an unknown publication date"
    when = published.date or f"not before {published.not_before}"
    return (f"date worked out from \u201c{value.relative}\u201d and the publication date "
            f"{when} ({PUBLICATION_BASIS_WORDS[published.basis]})")


def evidence_url(source: Source, fact_id: str, directory_urls: bool) -> str:
    """The quote highlighted on its evidence page, relative to the site root, as the
    site is built: ``sources/<name>.html#q-…`` or ``sources/<name>/#q-…``."""
    return f"{page_url(f'{SOURCES_DIR}/{source.slug}.md', directory_urls)}#q-{slug(fact_id)}"


def records(result: CheckResult, directory_urls: bool = True) -> list[dict[str, Any]]:
    """Every fact as plain data, for the exports. ``directory_urls`` is the site's URL
    style, so every evidence link resolves on the site the exports are published with."""
    sources = {entry.model.file: entry.model for entry in result.validated.sources}
    facts = {entry.model.id: entry.model for entry in result.validated.facts}
    groups = {fact_id: group for group in result.conflicts for fact_id in group}
    works = {e.model.id: e.model for e in result.validated.references}

    def lookup(fact_id: str) -> ExportedFact | None:
        fact = facts.get(fact_id)
        if fact is None or fact_id in result.failed_facts:
            return None
        value = fact.value
        # The full mark (with the publication date) stands in the cited fact's own row.
        marks = ((f"date worked out from \u201c{value.relative}\u201d",)
                 if isinstance(value, DateValue) and value.relative else ())
        return ExportedFact(describe_fact(fact), fact.stance, marks)

    def text(value: str | None) -> str | None:
        return None if value is None else export_free_text(value, lookup, works)

    rows = []
    for entry in result.validated.facts:
        fact = entry.model
        source = sources.get(fact.source)
        group = result.disagreeing.get(fact.id, [])
        evidence = evidence_url(source, fact.id, directory_urls) if source else None
        preferred = next((facts[i] for i in groups.get(fact.id, []) if facts[i].preferred), None)
        rows.append({
            "id": fact.id,
            "subject": fact.subject,
            "property": fact.property,
            "value": {k: _json_value(v) for k, v in fact.value.model_dump().items()
                      if v is not None},
            "display": shown_display(fact, source),
            "stance": fact.stance,
            "date": date_basis(fact, source),
            "quote": fact.quote,
            "event": text(fact.event),
            "note": text(fact.note),
            "preferred": text(fact.preferred),
            "source": {
                "file": fact.source,
                "publisher": source.publisher if source else None,
                "title": source.title if source else None,
                "published": source.published.model_dump(exclude_none=True) if source else None,
                "updated": (source.updated.model_dump(exclude_none=True)
                            if source and source.updated else None),
                "relation": (source.relation.model_dump()
                             if source and source.relation else None),
                "url": source.url if source else None,
                "evidence": evidence,
            },
            "evidence": evidence,
            "check": "failed" if fact.id in result.failed_facts else "passed",
            "variant_of": ({"id": result.variants[fact.id][0],
                            "relation": result.variants[fact.id][1]}
                           if fact.id in result.variants else None),
            "conflicts_with": [{"id": other, "display": describe_fact(facts[other]),
                                "source": facts[other].source} for other in group],
            "preferred_value": None if preferred is None else {
                "id": preferred.id, "display": describe_fact(preferred),
                "reason": text(preferred.preferred)},
            "defined_at": f"{entry.path}:{entry.at('id').line}",
        })
    return rows
