"""Typed models of the source registry, the facts and the page map.

These models are the single definition of the file formats: the checker validates with
them and ``python -m generator schema`` exports the editors' JSON Schema from them.
One module a concern: ``values`` (what a fact states), ``facts``, ``registry`` (the
articles) and ``site`` (the page map); this package re-exports them.
"""

from __future__ import annotations

from generator.model.base import IsoDate as IsoDate
from generator.model.dismissal import PATTERN_NUMBER as PATTERN_NUMBER
from generator.model.dismissal import TODO_REASON as TODO_REASON
from generator.model.dismissal import Dismissal as Dismissal
from generator.model.facts import Fact as Fact
from generator.model.facts import FactFile as FactFile
from generator.model.facts import Rendering as Rendering
from generator.model.facts import StanceScope as StanceScope
from generator.model.facts import StanceScopes as StanceScopes
from generator.model.provenance import FieldBasis as FieldBasis
from generator.model.provenance import Published as Published
from generator.model.provenance import Updated as Updated
from generator.model.registry import Reference as Reference
from generator.model.registry import Registry as Registry
from generator.model.registry import Relation as Relation
from generator.model.registry import Source as Source
from generator.model.site import Cell as Cell
from generator.model.site import Editors as Editors
from generator.model.site import Home as Home
from generator.model.site import Licence as Licence
from generator.model.site import Page as Page
from generator.model.site import Row as Row
from generator.model.site import Section as Section
from generator.model.site import Site as Site
from generator.model.values import TIME_ZONES as TIME_ZONES
from generator.model.values import Currency as Currency
from generator.model.values import DateQualifier as DateQualifier
from generator.model.values import DateValue as DateValue
from generator.model.values import EdtfDate as EdtfDate
from generator.model.values import IntervalEnd as IntervalEnd
from generator.model.values import MaybeNumber as MaybeNumber
from generator.model.values import Money as Money
from generator.model.values import Noun as Noun
from generator.model.values import Number as Number
from generator.model.values import Qualifier as Qualifier
from generator.model.values import Quantity as Quantity
from generator.model.values import Scale as Scale
from generator.model.values import Slug as Slug
from generator.model.values import Stance as Stance
from generator.model.values import Text as Text
from generator.model.values import TextList as TextList
from generator.model.values import Unit as Unit
from generator.model.values import Value as Value
from generator.model.values import is_plain_date as is_plain_date
from generator.model.values import plain_number as plain_number
from generator.model.values import precision_of as precision_of
