"""The page map (``facts/site.yml``): the site's name, its pages, sections and rows."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import (
    Field,
    StringConstraints,
)

from generator.model.base import (
    NonEmpty,
    Strict,
)
from generator.model.registry import (
    _URL,
)
from generator.model.values import (
    Slug,
)


class Row(Strict):
    property: NonEmpty
    label: NonEmpty


class Cell(Strict):
    """One labelled fact in a summary card or a register table: ``{label: Value, fact: id}``."""

    label: NonEmpty
    fact: Slug


class Section(Strict):
    id: Slug
    title: NonEmpty
    subject: NonEmpty
    intro: NonEmpty | None = None
    summary: NonEmpty | None = Field(
        default=None, description="one line that opens the section, in the editors' words")
    at_a_glance: list[Cell] = Field(
        default_factory=list,
        description="a register-style table (order date, value, ...), each cell one fact")
    rows: list[Row] = Field(default_factory=list)


class Page(Strict):
    path: Slug
    title: NonEmpty
    kind: Literal["table", "timeline"]
    files: Annotated[list[NonEmpty], Field(min_length=1)]
    intro: NonEmpty | None = None
    sections: list[Section] = Field(default_factory=list)


class Home(Strict):
    intro: list[NonEmpty] = Field(default_factory=list)
    key_figures: list[Slug] = Field(default_factory=list)
    summary: list[Cell] = Field(
        default_factory=list, description="the summary card that opens the home page")


class Editors(Strict):
    """The editors' section of the nav: hand-written pages of ``docs/`` for editors."""

    title: NonEmpty = "For editors"
    pages: list[NonEmpty] = Field(
        default_factory=list, description="pages of docs/ (e.g. format.md), in nav order; "
        "rules.md is the generated rules reference (with rules_page: true)")


class Licence(Strict):
    """The licence of the sheet's facts (not of the articles' words, which belong to their
    publishers): a Frictionless licence, ``{name: MIT, title: MIT License, path: ...}``."""

    name: NonEmpty = Field(description="its SPDX identifier: MIT, CC-BY-4.0")
    title: NonEmpty
    path: Annotated[str, StringConstraints(pattern=_URL)] | None = None


class Site(Strict):
    """The page map: everything topic-specific about the site lives here, not in code."""

    title: NonEmpty
    description: NonEmpty | None = None
    home: Home = Home()
    pages: list[Page]
    rules_page: bool = Field(
        default=False, description="publish the checker's rules reference (rules.md, for "
        "editors) with the site; its examples are the project's own, not this sheet's")
    methodology: NonEmpty | None = Field(
        default=None, description="a hand-written page of docs/ (e.g. methodology.md) on how "
        "the sheet is made: last in the readers' nav; docs pages no key names are left off")
    editors: Editors | None = Field(
        default=None, description="the editors' section of the nav: {title, pages}")
    licence: Licence | None = Field(
        default=None, description="the licence of the facts, which datapackage.json "
        "declares; none is ever claimed for the articles' words")


# ---------------------------------------------------------------------------------------
# How a value reads to a person: one wording for the checker's messages and the site.
