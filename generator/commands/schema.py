"""``python -m generator schema``: the editors' JSON Schemas, exported from the models.

The schemas are committed under ``generator/schema/`` and referenced from the YAML files
by a yaml-language-server modeline, so editors get completion and validation. ``--check``
fails when a committed schema no longer matches the models.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from generator.base.atomic import write_text
from generator.model import FactFile, Registry, Site

SCHEMA_DIR = Path(__file__).parents[1] / "schema"
SCHEMAS: dict[str, tuple[type[BaseModel], str]] = {
    "facts.schema.json": (FactFile, "A fact file: curated facts, each with its verbatim quote."),
    "sources.schema.json": (Registry, "The source registry: one entry per article."),
    "site.schema.json": (Site, "The page map: which facts go on which page."),
}


def _tagged_unions(node: Any) -> Any:
    """Replace pydantic's OpenAPI ``discriminator`` + ``oneOf`` with plain JSON Schema.

    ``discriminator`` is no JSON Schema keyword, so a client tries every branch of the
    ``oneOf`` and a money value without a currency is reported as "'scale' was
    unexpected". With ``if kind is X then X's schema`` the client checks the one branch
    the ``kind`` names and says "'currency' is a required property".
    """
    if isinstance(node, list):
        return [_tagged_unions(item) for item in node]
    if not isinstance(node, dict):
        return node
    node = {key: _tagged_unions(value) for key, value in node.items()}
    discriminator = node.get("discriminator")
    if isinstance(discriminator, dict) and "mapping" in discriminator and "oneOf" in node:
        tag, mapping = discriminator["propertyName"], discriminator["mapping"]
        branches = [{"if": {"properties": {tag: {"const": kind}}, "required": [tag]},
                     "then": {"$ref": ref}} for kind, ref in sorted(mapping.items())]
        rest = {k: v for k, v in node.items() if k not in ("discriminator", "oneOf")}
        return {**rest, "type": "object", "required": [tag],
                "properties": {tag: {"enum": sorted(mapping)}}, "allOf": branches}
    return node


def schema_text(model: type[BaseModel], description: str) -> str:
    schema: dict[str, Any] = _tagged_unions(model.model_json_schema(mode="validation"))
    schema = {"$schema": "https://json-schema.org/draft/2020-12/schema",
              "description": description, **schema}
    return json.dumps(schema, indent=2, sort_keys=True) + "\n"


def export(check_only: bool = False) -> int:
    stale = []
    for name, (model, description) in SCHEMAS.items():
        path = SCHEMA_DIR / name
        text = schema_text(model, description)
        current = path.read_text(encoding="utf-8") if path.exists() else None
        if current == text:
            continue
        if check_only:
            stale.append(name)
        else:
            write_text(path, text)
            print(f"wrote {path}", file=sys.stderr)
    if stale:
        print(f"error: stale schema(s): {', '.join(stale)}; run 'python -m generator schema'",
              file=sys.stderr)
        return 1
    return 0
