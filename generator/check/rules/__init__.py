"""The checker's rules, one per module, in the order they run.

Each module has an ``ID`` (the stable code), a ``NAME``, the ``STAGE`` that enforces it
and a docstring with a passing and a failing example; those docstrings are the rules page
of the documentation. Rules of the ``load`` and ``validate`` stages are enforced while
the YAML is composed and validated, in one pass; ``verify`` rules have a ``check()``
that yields problems.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable, Iterable
from types import ModuleType
from typing import Protocol, cast

from generator.base.report import Problem


class Rule(Protocol):
    ID: str
    NAME: str
    STAGE: str
    __doc__: str | None


class CheckingRule(Rule, Protocol):
    check: Callable[..., Iterable[Problem]]


def _modules() -> list[ModuleType]:
    names = sorted(info.name for info in pkgutil.iter_modules(__path__)
                   if not info.name.startswith("_"))
    return [importlib.import_module(f"{__name__}.{name}") for name in names]


DOCUMENTED_RULES: list[Rule] = [cast(Rule, module) for module in _modules()]
ALL_RULES: list[CheckingRule] = [cast(CheckingRule, rule) for rule in DOCUMENTED_RULES
                                 if rule.STAGE == "verify"]
