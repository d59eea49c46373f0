"""Where a registry entry's facts about its article come from: dates and their basis,
and, for an article brought in by ``add``, what it was read from and how."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, StringConstraints, model_validator

from generator.model.base import IsoDate, NonEmpty, Strict

# stated: the article's text says it; catalogue: a collection's records; page-metadata:
# the page's own metadata or markup (read by htmldate); inferred: worked out, with the
# reasoning; unknown: an editor looked and found none; not-found: ``add`` read none and
# nobody has looked yet (the check refuses it until someone has).
DateBasis = Literal["stated", "catalogue", "page-metadata", "inferred", "unknown", "not-found"]
# Where a field of an entry added by ``add`` was read: the page's metadata (meta tags,
# JSON-LD, the canonical link, its language), the archive record's headers, or the
# editor (given on the command line).
FieldBasis = Literal["page-metadata", "archive-record", "editor"]
Sha256 = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]


class Published(Strict):
    """A publication date and the basis for it. Never more precise than the basis gives."""

    basis: DateBasis
    date: IsoDate | None = None
    not_before: IsoDate | None = None
    reasoning: NonEmpty | None = None
    year_basis: Literal["catalogue", "page-metadata"] | None = Field(
        default=None, description="an inferred date whose day and month the text states "
        "without a year ('March 11'): where its year comes from, a collection's records "
        "or the page's metadata, not the article's own yearless day (rule R207)")

    @model_validator(mode="after")
    def _basis_agrees(self) -> Published:
        if self.basis in ("unknown", "not-found") and self.date is not None:
            raise ValueError(f"a publication date with basis '{self.basis}' cannot have a "
                             "date")
        if self.basis in ("stated", "catalogue", "page-metadata") and self.date is None:
            raise ValueError(f"basis '{self.basis}' needs a date")
        if self.basis == "inferred" and self.reasoning is None:
            raise ValueError("an inferred date needs its reasoning written down")
        if self.year_basis is not None and self.basis != "inferred":
            raise ValueError(f"'year_basis' is for an inferred date; a '{self.basis}' date "
                             "takes its year from its basis already: remove year_basis")
        return self


class Updated(Strict):
    """The date this copy was last updated, beside the first-published date."""

    basis: Literal["stated", "catalogue", "page-metadata"]
    date: IsoDate
    reasoning: NonEmpty | None = None


class Origin(Strict):
    """What an article was read from (``add`` writes it): the stored raw bytes and their
    pin, the extractor and its settings, the capture, and the basis of every field."""

    format: Literal["text", "html", "warc", "wacz"]
    file: NonEmpty | None = Field(
        default=None, description="the raw page or WARC record, in facts/originals/")
    sha256: Sha256 = Field(description="the pin of the raw bytes as they were read")
    input: NonEmpty | None = Field(default=None, description="the file name it was added from")
    extractor: NonEmpty | None = Field(default=None, description="e.g. trafilatura 2.3.1")
    settings: NonEmpty | None = None
    dates: NonEmpty | None = Field(default=None, description="what read the dates, e.g. "
                                   "htmldate 1.11.0")
    captured: NonEmpty | None = Field(default=None, description="an archive's WARC-Date")
    record: NonEmpty | None = Field(default=None, description="an archive's WARC-Record-ID")
    basis: dict[Literal["title", "publisher", "author", "language", "url"], FieldBasis] = Field(
        default_factory=dict, description="where each field of the entry was read")
