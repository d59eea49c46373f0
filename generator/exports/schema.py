"""The JSON Schema of facts.json, published beside it as facts.schema.json."""

from __future__ import annotations

from typing import Any

_TEXT_OR_NULL: dict[str, Any] = {"type": ["string", "null"]}
_DATE = {"type": "string", "pattern": r"^\d{4}(-\d{2}(-\d{2})?)?$"}

_FACT: dict[str, Any] = {
    "type": "object",
    "additionalProperties": False,
    "required": ["id", "subject", "property", "value", "display", "stance", "date", "quote",
                 "event", "note", "preferred", "source", "evidence", "check", "variant_of",
                 "conflicts_with", "preferred_value", "defined_at"],
    "properties": {
        "id": {"type": "string", "pattern": r"^[a-z0-9]+(?:-[a-z0-9]+)*$"},
        "subject": {"type": "string", "minLength": 1},
        "property": {"type": "string", "minLength": 1},
        "value": {"type": "object", "required": ["kind"],
                  "properties": {"kind": {"enum": ["quantity", "money", "date", "text", "list"]}}},
        "display": {"type": "string", "description": "the value in words, as the site shows it"},
        "stance": {"enum": ["stated", "reported", "expected", "possible", "denied"]},
        "date": {
            "description": "for a date value: its precision and how it is known",
            "oneOf": [{"type": "null"}, {
                "type": "object", "additionalProperties": False,
                "required": ["precision", "qualifier", "basis"],
                "properties": {
                    "precision": {"enum": ["year", "month", "week", "day"],
                                  "description": "the finest part the evidence gives; for "
                                                 "a counted interval ('within two years'), "
                                                 "the unit it counts in"},
                    "counted": {"type": "boolean",
                                "description": "an interval counted from the article's "
                                               "date in the unit of its wording, not day "
                                               "bounds"},
                    "qualifier": {"enum": ["early", "mid", "late", "about", None]},
                    "time": {"type": "string",
                             "pattern": "^(?:(?:[01]\\d|2[0-3]):[0-5]\\d~?|24:00)$",
                             "description": "the time of day, HH:MM on a 24-hour clock; "
                                            "~ hedged"},
                    "zone": {"oneOf": [{"type": "string"}, {"type": "null"}],
                             "description": "the time zone the quote states, 'local' for "
                                            "local time, null when it states none"},
                    "offset": {"oneOf": [{"type": "string"}, {"type": "null"}],
                               "description": "the time's UTC offset (-04:00) where the "
                                              "value gives one"},
                    "basis": {"enum": ["stated", "derived", "article-date"],
                              "description": "stated by the quote, derived from its "
                                             "wording and the publication date, or the "
                                             "article's own date (a dateline): the claim "
                                             "was made on or before it"},
                    "mark": {"type": "string",
                             "description": "for a derived date: how it was worked out, "
                                            "as the site marks it"},
                    "derived_from": {
                        "type": "object", "additionalProperties": False,
                        "required": ["wording", "publication_date", "publication_basis"],
                        "properties": {
                            "wording": {"type": "string"},
                            "publication_date": {"oneOf": [_DATE, {"type": "null"}]},
                            "publication_basis": {"enum": ["stated", "catalogue", "page-metadata",
                                                           "inferred", "unknown", None]},
                            "update_date": {**_DATE, "description": "where the text read is "
                                            "an update: the day the wording counts from"},
                            "update_basis": {"enum": ["stated", "catalogue", "page-metadata"]},
                            "day_from": {"enum": ["paragraph"], "description": "a time whose "
                                         "wording names no day ('at 4 p.m.'): the day is the "
                                         "one its paragraph states, not the publication date"},
                        },
                    },
                },
            }],
        },
        "quote": {"type": "string", "minLength": 1},
        "event": _TEXT_OR_NULL,
        "note": {**_TEXT_OR_NULL, "description": "references expanded; an editor's note "
                                                 "is marked [editor's knowledge; basis: ...]"},
        "preferred": {**_TEXT_OR_NULL, "description": "why this value is preferred"},
        "source": {
            "type": "object", "additionalProperties": False,
            "required": ["file", "publisher", "title", "published", "url", "evidence"],
            "properties": {
                "file": {"type": "string"},
                "publisher": _TEXT_OR_NULL,
                "title": _TEXT_OR_NULL,
                "published": {"type": ["object", "null"],
                              "properties": {"basis": {"enum": ["stated", "catalogue",
                                                                "page-metadata", "inferred",
                                                                "unknown"]},
                                             "date": _DATE, "not_before": _DATE,
                                             "reasoning": {"type": "string"}},
                              "required": ["basis"]},
                "updated": {"type": ["object", "null"],
                            "description": "when this copy was last updated, and how that "
                                           "is known",
                            "properties": {"basis": {"enum": ["stated", "catalogue",
                                                              "page-metadata"]},
                                           "date": _DATE, "reasoning": {"type": "string"}},
                            "required": ["basis", "date"]},
                "relation": {"type": ["object", "null"],
                             "description": "the article this one rewrites, translates, "
                                            "republishes, updates or follows up",
                             "properties": {"type": {"type": "string"},
                                            "source": {"type": "string"}},
                             "required": ["type", "source"]},
                "url": _TEXT_OR_NULL,
                "evidence": _TEXT_OR_NULL,
            },
        },
        "evidence": {**_TEXT_OR_NULL, "description": "the quote highlighted in its article, "
                                                     "relative to the site root"},
        "check": {"enum": ["passed", "failed"]},
        "variant_of": {"description": "the fact whose value this one renders (a translation, "
                                      "a unit conversion, a rewrite's wording): a variant, "
                                      "not a disagreement",
                       "oneOf": [{"type": "null"}, {
                           "type": "object", "additionalProperties": False,
                           "required": ["id", "relation"],
                           "properties": {"id": {"type": "string"},
                                          "relation": {"type": "string"}}}]},
        "conflicts_with": {"type": "array", "items": {
            "type": "object", "additionalProperties": False,
            "required": ["id", "display", "source"],
            "properties": {"id": {"type": "string"}, "display": {"type": "string"},
                           "source": {"type": "string"}}}},
        "preferred_value": {"oneOf": [{"type": "null"}, {
            "type": "object", "additionalProperties": False,
            "required": ["id", "display", "reason"],
            "properties": {"id": {"type": "string"}, "display": {"type": "string"},
                           "reason": {"type": "string"}}}]},
        "defined_at": {"type": "string", "pattern": r"^.+:\d+$"},
    },
}

EXPORT_SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": "facts.schema.json",
    "title": "facts.json: every fact of the fact sheet with its evidence",
    "type": "object",
    "additionalProperties": False,
    "required": ["facts"],
    "properties": {"$schema": {"type": "string"},
                   "facts": {"type": "array", "items": _FACT}},
}
