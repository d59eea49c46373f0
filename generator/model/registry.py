"""The source registry (``facts/sources.yml``): each article, its pin, dates and
relations to other articles."""

from __future__ import annotations

import re
from typing import Annotated, Literal

from pydantic import (
    Field,
    StringConstraints,
    WithJsonSchema,
    model_validator,
)

from generator.model.base import (
    NonEmpty,
    Strict,
)
from generator.model.dismissal import Dismissal
from generator.model.provenance import Origin, Published, Updated
from generator.model.values import (
    Currency,
    Slug,
)
from generator.reading import (
    CURRENCIES,
)


class Relation(Strict):
    type: Literal["rewrite-of", "translation-of", "republication-of", "update-of",
                  "follow-up-of"]
    source: NonEmpty


# No backslash escapes but \s: the exported schema must be a valid ECMA-262 (unicode) regex.
_URL = r"""^https?://[^\s<>"'`]+$"""


class Reference(Strict):
    """An outside work an editor's note rests on: ``[[ref:id]]`` in free text cites it."""

    id: Slug
    kind: Literal["book", "register", "url", "standard", "report"]
    title: NonEmpty
    url: Annotated[str, StringConstraints(pattern=_URL)] | None = None
    note: NonEmpty | None = None


class Source(Strict):
    file: NonEmpty
    publisher: NonEmpty
    title: NonEmpty
    author: NonEmpty | None = None
    language: Annotated[str, StringConstraints(pattern=r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")]
    published: Published
    updated: Updated | None = Field(
        default=None, description="when this copy was last updated, beside 'published'")
    relation: Relation | None = None
    url: Annotated[str, StringConstraints(pattern=_URL)] | None = None
    sha256: Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]
    currency: Annotated[Currency | None, WithJsonSchema(
        {"enum": list(CURRENCIES), "description": "the currency a bare $ (or another shared "
         "symbol or noun) means in this article, e.g. CAD for a Canadian publisher"})] = None
    number_format: Literal["decimal-point", "decimal-comma"] = Field(
        default="decimal-point",
        description="how the article writes numbers: decimal-point (1,144.50) or "
        "decimal-comma (1.144,50), as many European outlets do")
    furniture: list[NonEmpty] = Field(
        default_factory=list,
        description="verbatim passages that are page furniture, not article text")
    notes: NonEmpty | None = None
    dismissed: list[Dismissal] = Field(
        default_factory=list,
        description="figures and dates of the article that no fact curates, with the reason")
    republish: bool = Field(
        default=True, description="false for another outlet's article: the site shows its "
        "quotes and their sentences, never its full text (add writes false)")
    origin: Origin | None = None

    @property
    def anchor(self) -> tuple[str | None, str]:
        """The day its relative wordings ("on Sunday", "last week") count from, and what that
        day is: the text as read is its last update where one is registered ("the update
        date"), else its first publication ("the publication date")."""
        if self.updated is not None:
            return self.updated.date, "the update date"
        return self.published.date, "the publication date"

    @model_validator(mode="after")
    def _updated_after_published(self) -> Source:
        first = self.published.date
        if self.updated is not None and first is not None \
                and self.updated.date[:len(first)] < first[:len(self.updated.date)]:
            raise ValueError(f"the update ({self.updated.date}) is dated before the first "
                             f"publication ({first})")
        return self
    archive_url: Annotated[str, StringConstraints(pattern=_URL)] | None = Field(
        default=None, description="an archived copy of the original (e.g. the Wayback "
        "Machine's), linked beside the original on the evidence page")

    @property
    def slug(self) -> str:
        stem = self.file.rsplit(".", 1)[0]
        return re.sub(r"[^a-z0-9]+", "-", stem.lower()).strip("-") or "source"


class Registry(Strict):
    sources_dir: NonEmpty | None = Field(
        default=None, description="the folder that holds the articles, relative to the sheet "
        "(the folder holding facts/), when it is not facts/sources: e.g. articles the "
        "repository may not redistribute, kept beside it; FACTSHEET_SOURCES_DIR, when set, "
        "names the folder instead")
    sources_dir_from: Literal["sheet", "repository"] = Field(
        default="sheet", description="what sources_dir is relative to: the sheet (the "
        "folder holding facts/) or the root of the git repository that holds it, so the "
        "path stays true wherever the sheet sits in the repository")
    sources: list[Source]
    references: list[Reference] = Field(default_factory=list)
