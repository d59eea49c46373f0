"""What a build publishes besides the pages: the facts as data, with their evidence.

- ``facts.json``: every fact with its stance, date basis, notes, conflicts, preferred value
  and evidence link; ``facts.schema.json`` is its JSON Schema, published beside it;
- ``facts.csv``: the same, flat, for a spreadsheet; ``datapackage.json`` describes it
  (a Frictionless Data Package: every column with its type and constraints);
- ``annotations.jsonld``: a W3C Web Annotation collection, one annotation per fact, whose
  selectors anchor the quote in ``sources/<article>.txt``, the article text as served
  (an article that may not be republished is not served: its quotes are anchored in the
  original's address, with no more context than their own sentence).
"""

from __future__ import annotations

import json

from generator.check.article_maps import ArticleMaps
from generator.check.verify import CheckResult
from generator.exports.annotations import ARTICLE_TEXT_DIR, annotation_collection
from generator.exports.csv_export import export_csv
from generator.exports.datapackage import datapackage
from generator.exports.jsontext import dumps_indented
from generator.exports.records import records
from generator.exports.schema import EXPORT_SCHEMA

EXPORT_JSON = "facts.json"
EXPORT_CSV = "facts.csv"
EXPORT_SCHEMA_FILE = "facts.schema.json"
EXPORT_ANNOTATIONS = "annotations.jsonld"
EXPORT_DATAPACKAGE = "datapackage.json"


def export_json(rows: list[dict[str, object]]) -> str:
    return dumps_indented({"$schema": EXPORT_SCHEMA_FILE, "facts": rows}, end="\n")


def build_exports(result: CheckResult, maps: ArticleMaps | None = None,
                  directory_urls: bool = True) -> dict[str, str]:
    """Every export of one checked fact sheet: site path -> text. ``maps`` are the
    articles' offset maps, shared with the pages when given; ``directory_urls`` is the
    site's URL style, which the evidence links follow."""
    rows = records(result, directory_urls)
    site = result.validated.site
    title = site.model.title if site is not None else None
    exports = {EXPORT_JSON: export_json(rows), EXPORT_CSV: export_csv(rows)}
    exports[EXPORT_ANNOTATIONS] = dumps_indented(annotation_collection(result, maps, rows),
                                                 end="\n")
    del rows  # each export is made and its parts let go before the next (memory)
    exports[EXPORT_SCHEMA_FILE] = json.dumps(EXPORT_SCHEMA, indent=2, sort_keys=True) + "\n"
    republished = {entry.model.file for entry in result.validated.sources
                   if entry.model.republish}
    licence = (site.model.licence.model_dump(exclude_none=True)
               if site is not None and site.model.licence is not None else None)
    exports[EXPORT_DATAPACKAGE] = json.dumps(datapackage(title, licence), indent=2,
                                             sort_keys=True) + "\n"
    for name, article in sorted(result.articles.items()):
        if name in republished:  # another outlet's text (republish: false) is never served
            exports[f"{ARTICLE_TEXT_DIR}/{name}"] = article.text
    return exports


__all__ = ["EXPORT_ANNOTATIONS", "EXPORT_CSV", "EXPORT_DATAPACKAGE", "EXPORT_JSON",
           "EXPORT_SCHEMA_FILE", "build_exports", "export_csv", "export_json", "records"]
