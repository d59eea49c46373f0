"""datapackage.json: a Frictionless Data Package that describes facts.csv.

One resource, ``facts.csv``, with its Table Schema: every column of
:data:`generator.exports.csv_export.COLUMNS`, its type, what it holds and the values it
may take, so a reader's tools (``frictionless validate datapackage.json``) can check the
file they downloaded. An empty cell is a missing value.
"""

from __future__ import annotations

from typing import Any

from generator.base.escape import slug
from generator.exports.csv_export import COLUMNS

_DATE = r"\d{4}(-\d{2}(-\d{2})?)?"
_ID = r"[a-z0-9]+(-[a-z0-9]+)*"
_PUBLICATION_BASES = ["stated", "catalogue", "inferred", "unknown"]

# Each column: its description and any constraints beyond "a string".
FIELDS: dict[str, tuple[str, dict[str, Any]]] = {
    "id": ("the fact's id; facts.json#<id> is the same fact", {"required": True,
                                                              "unique": True, "pattern": _ID}),
    "subject": ("what the fact is about", {"required": True}),
    "property": ("which property of the subject it states", {"required": True}),
    "display": ("the value in words, as the site shows it", {"required": True}),
    "stance": ("how the source holds the value; anything but 'stated' is a hedge the "
               "value keeps wherever it is used",
               {"required": True,
                "enum": ["stated", "reported", "expected", "possible", "denied"]}),
    "value_json": ("the typed value, as JSON (its kind, amount, unit, date, qualifier ...)",
                   {"required": True}),
    "date_precision": ("for a date: the finest part its evidence gives; for an interval "
                       "counted from the article's date ('within two years'), the unit it "
                       "counts in", {"enum": ["year", "month", "week", "day"]}),
    "date_basis": ("for a date: 'stated' by the quote, 'derived' (worked out) from its "
                   "wording and the article's publication date, or 'article-date': the "
                   "article's own date (a dateline), on or before which the claim was made",
                   {"enum": ["stated", "derived", "article-date"]}),
    "date_derived_from": ("for a derived date: the wording and the publication date it was "
                          "worked out from, with how that date is known; for an "
                          "article-date, 'on or before the article's date'", {}),
    "quote": ("the article's words, verbatim", {"required": True}),
    "event": ("the timeline headline, references expanded with their marks", {}),
    "note": ("the editor's note, references expanded with their marks; editor's own "
             "knowledge is marked [editor's knowledge; basis: ...]", {}),
    "source": ("the article's file; sources/<file> is its text as served", {"required": True}),
    "publisher": ("who published the article", {}),
    "source_published": ("when the article was published, as precisely as known",
                         {"pattern": _DATE}),
    "source_published_not_before": ("when only a lower bound is known: the article was "
                                    "published on or after this", {"pattern": _DATE}),
    "source_published_basis": ("how the publication date is known: stated in the article, "
                               "from the collection's catalogue, inferred from the text, or "
                               "unknown", {"enum": _PUBLICATION_BASES}),
    "source_updated": ("when this copy of the article was last updated, if it says",
                       {"pattern": _DATE}),
    "source_updated_basis": ("how the update date is known",
                             {"enum": ["stated", "catalogue", "page-metadata"]}),
    "source_relation": ("the article this one rewrites, translates, republishes, updates or "
                        "follows up: '<relation> <file>'; such an article is no independent "
                        "source", {}),
    "evidence": ("the quote highlighted on its evidence page, relative to the site root", {}),
    "check": ("whether the checker proved the quote supports the value",
              {"required": True, "enum": ["passed", "failed"]}),
    "variant_of": ("the fact whose value this one renders, and how: 'id (translation)'; a "
                   "variant, not a disagreement", {}),
    "conflicts_with": ("facts from other sources that disagree: 'id (value)', space-separated",
                       {}),
    "preferred_value": ("where sources disagree, the value the editor prefers: 'id (value)'",
                        {}),
    "preferred_reason": ("why that value is preferred", {}),
}


# What the package may say of rights: the facts are the sheet's, under the licence its
# page map declares; the quotes are the articles' words, which belong to their publishers
# and for which no licence is claimed.
RIGHTS = ("The quote column holds the articles' own words, which belong to their "
          "publishers: no licence is claimed for them.")


def datapackage(title: str | None = None,
                licence: dict[str, str] | None = None) -> dict[str, Any]:
    """The Data Package describing facts.csv; ``title`` is the fact sheet's and
    ``licence`` the one its page map declares for the facts (none is claimed without)."""
    fields = []
    for column in COLUMNS:
        description, constraints = FIELDS[column]
        field: dict[str, Any] = {"name": column, "type": "string", "description": description}
        if constraints:
            field["constraints"] = constraints
        fields.append(field)
    package: dict[str, Any] = {
        "name": slug(title or "fact sheet"),
        "title": title or "Fact sheet",
        "description": "Every fact of the fact sheet with its verbatim evidence, stance and "
                       "date basis. facts.json holds the same facts with nested detail. "
                       + (f"The facts (every column but quote) are under {licence['title']}. "
                          if licence else "No licence is declared for the facts. ") + RIGHTS,
        "resources": [{
            "name": "facts",
            "path": "facts.csv",
            "profile": "tabular-data-resource",
            "format": "csv",
            "mediatype": "text/csv",
            "encoding": "utf-8",
            "dialect": {"delimiter": ",", "quoteChar": "\"", "doubleQuote": True,
                        "lineTerminator": "\n", "header": True},
            "schema": {"fields": fields, "primaryKey": ["id"], "missingValues": [""]},
        }],
    }
    if licence:
        package["licenses"] = [licence]
    return package
