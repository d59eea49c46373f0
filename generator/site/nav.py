"""The site's navigation from ``facts/site.yml`` alone, for every engine.

A sheet on any topic builds with the same ``mkdocs.yml``: the nav is Home, each page of
the page map, Sources, the sheet's methodology page and the editors' section, each
labelled with its page's title. Hand-written pages of ``docs/`` reach the site only when
``site.yml`` names them (``methodology:``, ``editors: {title, pages}``); the others are
left off with a note, so an editors' page never lands on a readers' site by accident.
A hand-written ``nav:`` in ``mkdocs.yml`` is honoured as written, with a note.
"""

from __future__ import annotations

import posixpath
from dataclasses import dataclass, field
from typing import Any

import yaml

from generator.model import Site
from generator.site.publish import safe_title

HOME = "index.md"
SOURCES = "sources/index.md"
RULES = "rules.md"  # the generated rules reference (``rules_page: true``)
HAND_NAV_NOTE = ("mkdocs.yml has its own nav:, used as written (every page of docs/ is "
                 "built); remove it to take the nav from facts/site.yml")


@dataclass(slots=True)
class NavPlan:
    """What the nav shows and which hand-written pages the site publishes."""

    nav: list[dict[str, Any]] = field(default_factory=list)
    published: list[str] = field(default_factory=list)  # hand-written files kept
    left_off: list[str] = field(default_factory=list)  # hand-written pages no key names

    def notes(self) -> list[str]:
        """One build note per page left off, saying how to publish it."""
        return [f"docs/{name} is left off the site: facts/site.yml names no such page; "
                "name it as methodology: or under editors: pages: to publish it"
                for name in self.left_off]


def title_of(markdown: str, fallback: str) -> str:
    """A hand-written page's title: its front matter's ``title:`` or its first ``# ``."""
    lines = markdown.splitlines()
    if lines and lines[0].strip() == "---":
        for line in lines[1:]:
            if line.strip() == "---":
                break
            if line.startswith("title:"):
                try:
                    found = yaml.safe_load(line.partition(":")[2])
                except yaml.YAMLError:
                    found = None
                return str(found or fallback)
    for line in lines:
        if line.startswith("# "):
            return line[2:].strip().rstrip("#").strip()
    return fallback


def named_pages(site: Site) -> list[str]:
    """Every page of ``docs/`` that ``site.yml`` names, in nav order (rules.md aside)."""
    named = [site.methodology] if site.methodology else []
    if site.editors is not None:
        named += [name for name in site.editors.pages if name != RULES]
    return named


def plan_nav(site: Site, generated: dict[str, str], hand: dict[str, str],
             hand_nav: bool = False) -> NavPlan:
    """The nav and the published hand-written files.

    ``generated`` maps each generated page to its title; ``hand`` each hand-written file
    of ``docs/`` to its title (any value for a file that is not a page). With
    ``hand_nav`` (mkdocs.yml has its own nav) every hand-written file is kept and no nav
    is made.
    """
    if hand_nav:
        return NavPlan(published=list(hand))
    named = set(named_pages(site))
    plan = NavPlan()
    for name in hand:
        if not name.endswith(".md") or name in named:
            plan.published.append(name)
        else:
            plan.left_off.append(name)

    def entry(path: str) -> dict[str, Any] | None:
        title = generated.get(path) if path in generated else hand.get(path)
        if title is None:
            return None  # a missing page is P602's error; the nav never names it
        return {safe_title(title): path}  # themes print nav labels unescaped

    items: list[dict[str, Any] | None] = [{"Home": HOME}] if HOME in generated else []
    items += [entry(f"{page.path}/index.md") for page in site.pages]
    items.append(entry(SOURCES))
    if site.methodology:
        items.append(entry(site.methodology))
    editors = list(site.editors.pages) if site.editors is not None else []
    if site.rules_page and RULES not in editors:
        editors.append(RULES)
    section = [found for found in (entry(name) for name in dict.fromkeys(editors)) if found]
    plan.nav = [item for item in items if item]
    if section:
        title = site.editors.title if site.editors is not None else "For editors"
        plan.nav.append({safe_title(title): section})
    return plan


def fallback_title(path: str) -> str:
    """A page's name when it has no title: its file name without ``.md``."""
    return posixpath.basename(path).removesuffix(".md")
