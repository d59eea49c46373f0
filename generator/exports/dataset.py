"""The schema.org ``Dataset`` that the home page declares: the downloads, described.

Search engines and dataset catalogues read it from a ``<script type="application/ld+json">``
element; every URL in it is relative to the home page, so it costs no request and points
at the files published beside the pages.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

# Each download: what it is, and its media type.
DOWNLOADS: dict[str, tuple[str, str]] = {
    "facts.json": ("Every fact with its evidence, stance, date basis and notes",
                   "application/json"),
    "facts.csv": ("The same facts, one row each, for a spreadsheet", "text/csv"),
    "facts.schema.json": ("The JSON Schema of facts.json", "application/schema+json"),
    "annotations.jsonld": ("Every quote anchored in its article, as W3C Web Annotations",
                           "application/ld+json"),
    "datapackage.json": ("A Frictionless Data Package describing facts.csv",
                         "application/json"),
}


def dataset(title: str, facts: int, articles: int, downloads: Iterable[str],
            based_on: Iterable[str] = ()) -> dict[str, Any]:
    """The ``Dataset`` of one fact sheet: its downloads (names in ``DOWNLOADS``) and the
    original articles it quotes (their URLs)."""
    record: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "Dataset",
        "name": title,
        "description": f"{facts} facts, each quoting one of {articles} news articles word "
                       "for word and checked against it, with its stance (stated, reported, "
                       "expected ...) and how its date is known.",
        "url": "./",
        "isAccessibleForFree": True,
        "distribution": [{"@type": "DataDownload", "name": name,
                          "description": DOWNLOADS[name][0],
                          "encodingFormat": DOWNLOADS[name][1], "contentUrl": name}
                         for name in downloads],
    }
    urls = sorted(set(based_on))
    if urls:
        record["isBasedOn"] = urls
    return record
