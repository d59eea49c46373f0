"""The check from end to end: find the files, load, validate, verify.

Every adapter (the CLI, the MkDocs plugin, the tests) calls :func:`check_project`, so
there is one checker with one set of messages.
"""

from __future__ import annotations

import gc
import os
import re
from pathlib import Path
from typing import TYPE_CHECKING

from generator.base.report import Position, Problem, Severity
from generator.check.context import Context, new_context
from generator.check.verify import CheckResult, conclude, run_rules
from generator.load import SourceFolder, load_yaml_file
from generator.load.articles import SOURCES_ENV
from generator.model.validate import Validated, validate_facts, validate_registry, validate_site

if TYPE_CHECKING:
    from generator.check.cache import ResultCache
    from generator.check.incremental import CheckMemo

FACTS_DIR = "facts"
REGISTRY = "sources.yml"
SITE = "site.yml"
SOURCES_DIR = "sources"
DOCS_DIR = "docs"
RESERVED = {REGISTRY, SITE}
SAFE_FILE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*\.ya?ml$")


def fact_files(facts_dir: Path) -> list[Path]:
    """The fact files: every ``*.yml`` in the facts folder but the registry and page map."""
    found = [path for pattern in ("*.yml", "*.yaml") for path in facts_dir.glob(pattern)]
    return sorted(path for path in found if path.name not in RESERVED)


def sources_folder(root: Path, validated: Validated) -> SourceFolder:
    """The folder that holds the articles: ``facts/sources``, or the registry's
    ``sources_dir:`` resolved against the sheet (``root``), symbolic links followed.

    A named folder is outside the sheet's own files (another outlet's articles, which the
    repository may not redistribute): it is read, never written, and files in it that
    the registry does not name are not this sheet's business.
    """
    if validated.sources_dir is None:
        return SourceFolder.scan(root / FACTS_DIR / SOURCES_DIR, f"{FACTS_DIR}/{SOURCES_DIR}")
    override = os.environ.get(SOURCES_ENV, "").strip()
    display, base, top = validated.sources_dir, "relative to the sheet", root
    if override:  # this machine's copy, wherever it is: the variable wins
        display, base, top = override, f"from {SOURCES_ENV}", Path.cwd()
    elif validated.sources_dir_from == "repository":
        base = "relative to the repository's root"
        found = repository_root(root)
        if found is None:
            folder = SourceFolder(root, display, missing=True, external=True,
                                  declared_at=validated.sources_dir_at, base=base)
            folder.why = (f"cannot be found: {root} is in no git repository (no .git in it "
                          f"or above it); set {SOURCES_ENV} to the articles' folder")
            return folder
        top = found
    resolved = Path(os.path.realpath(top / os.path.expanduser(display)))
    folder = SourceFolder.scan(resolved, display)
    folder.external = True
    folder.declared_at = validated.sources_dir_at
    folder.base = base
    if folder.missing:
        folder.why = f"{folder.why}: it resolves to {resolved}"
    return folder


def repository_root(root: Path) -> Path | None:
    """The nearest folder at or above ``root`` holding ``.git`` (a folder, or a worktree's
    file), read from the file system: no git needed."""
    here = root.resolve()
    for folder in (here, *here.parents):
        if (folder / ".git").exists():
            return folder
    return None


def check_project(root: Path, jobs: int = 1, cache: bool = False,
                  memo: CheckMemo | None = None) -> CheckResult:
    """Load, validate and verify the fact sheet under ``root``.

    With ``jobs`` above 1 or ``cache``, fact files are checked one at a time
    (:mod:`generator.check.parallel`, :mod:`generator.check.cache`); the result is the same.
    With ``memo`` (``serve``), what an earlier build of this process checked and is
    unchanged is taken from it (:mod:`generator.check.incremental`); the result is the same.
    The check builds many small objects and no reference cycles, so the cyclic garbage
    collector only costs time here (a sixth of a 100k-fact check); it is paused meanwhile.
    """
    paused = gc.isenabled()
    gc.disable()
    try:
        return _check_project(root, jobs, cache, memo)
    finally:
        if paused:
            gc.enable()


def _missing_registry_hint(root: Path) -> str:
    """Run from inside facts/ (or any folder below the project), the registry is one or
    more levels up: say so, rather than only "create it"."""
    resolved = root.resolve()
    for parent in [resolved, *resolved.parents]:
        if (parent / FACTS_DIR / REGISTRY).is_file():
            return (f"run from the project root ({parent}) or pass --root {parent}; the "
                    f"check looks for {FACTS_DIR}/{REGISTRY} under {resolved}")
    return (f"run from the project root (the folder holding {FACTS_DIR}/) or pass --root; "
            f"in a new project, create {FACTS_DIR}/{REGISTRY} with 'sources:'")


def _check_project(root: Path, jobs: int, cache: bool, memo: CheckMemo | None) -> CheckResult:
    if memo is not None:
        memo.next_build()
    load = memo.load if memo is not None else load_yaml_file
    facts_dir = root / FACTS_DIR
    validated = Validated()
    registry = facts_dir / REGISTRY
    if registry.exists():
        validate_registry(load(registry, f"{FACTS_DIR}/{REGISTRY}"), validated)
    else:
        validated.registry_path = f"{FACTS_DIR}/{REGISTRY}"
        validated.problems.append(Problem(
            "Y006", Severity.ERROR, Position(f"{FACTS_DIR}/{REGISTRY}"),
            "the source registry is missing", _missing_registry_hint(root)))
    site = facts_dir / SITE
    if site.exists():
        validate_site(load(site, f"{FACTS_DIR}/{SITE}"), validated)
    if jobs > 1 or cache or memo is not None:
        return _check_by_file(root, validated, jobs, cache, memo)
    documents = []
    for path in fact_files(facts_dir):
        if SAFE_FILE_NAME.match(path.name):
            documents.append(load_yaml_file(path, f"{FACTS_DIR}/{path.name}"))
        else:
            validated.problems.append(Problem(
                "Y006", Severity.ERROR, Position(f"{FACTS_DIR}/{path.name}"),
                "a fact file name may hold only letters, digits, '.', '_' and '-'",
                "rename the file; its name appears in links on the site"))
    validate_facts(documents, validated)
    _docs_pages(root, validated)
    return run_rules(validated, sources_folder(root, validated))


def _docs_pages(root: Path, validated: Validated) -> None:
    docs = root / DOCS_DIR
    if docs.is_dir():
        validated.docs_pages = {p.relative_to(docs).as_posix() for p in docs.rglob("*.md")}


def _check_by_file(root: Path, validated: Validated, jobs: int, use_cache: bool,
                   memo: CheckMemo | None = None) -> CheckResult:
    """The same check, a fact file at a time: per-fact rules in parallel or from the cache."""
    from generator.check.cache import ResultCache
    from generator.check.coverage import seed_checked_facts
    from generator.check.parallel import PER_FACT_RULES, FileRunner
    from generator.check.rules import ALL_RULES

    facts_dir = root / FACTS_DIR
    context = new_context(validated, sources_folder(root, validated))
    registry = facts_dir / REGISTRY
    registry_bytes = registry.read_bytes() if registry.is_file() else b""
    cache = (ResultCache(root, registry_bytes, memo.store) if memo is not None else
             ResultCache(root, registry_bytes) if use_cache else None)
    load = memo.load if memo is not None else load_yaml_file
    reading = _ArticleReading(context, cache, jobs)
    runner = FileRunner(context, jobs)
    seen: dict[str, Position] = {}
    keys: dict[int, str] = {}
    for index, path in enumerate(fact_files(facts_dir)):
        display = f"{FACTS_DIR}/{path.name}"
        if not SAFE_FILE_NAME.match(path.name):
            validated.problems.append(Problem(
                "Y006", Severity.ERROR, Position(display),
                "a fact file name may hold only letters, digits, '.', '_' and '-'",
                "rename the file; its name appears in links on the site"))
            continue
        before = len(validated.facts)
        validate_facts([load(path, display)], validated, seen)
        entries = validated.facts[before:]
        if cache is not None:
            try:
                keys[index] = cache.key(context, display, path.read_bytes(), entries)
            except OSError:
                keys[index] = ""
            hit = cache.get(keys[index], len(entries)) if keys[index] else None
            if hit is not None:
                runner.results[index] = hit
                del keys[index]  # nothing new to store
                continue
            if memo is not None:  # a changed file: only its changed facts checked again
                runner.results[index] = memo.check_file(context, entries, cache.registry)
                continue
        runner.submit(index, entries)
    _docs_pages(root, validated)
    finished = runner.finish()
    # The files' verdicts on each fact, given to the rules across files (coverage reads
    # them) rather than judged again here; the facts are in the files' order.
    supported = [flag for _, checked in finished
                 for flag in ([None] if checked.supported is None else checked.supported)]
    if None not in supported and len(supported) == len(validated.facts):
        seed_checked_facts(context, [entry for entry, flag in zip(validated.facts, supported,
                                                                   strict=True) if flag])
    reading.finish()
    problems = [problem for rule in ALL_RULES if rule.ID not in PER_FACT_RULES
                for problem in rule.check(context)]
    spans: list[tuple[int, int] | None] = []
    for index, checked in finished:
        problems.extend(checked.problems)
        spans.extend(checked.spans)
        if cache is not None and keys.get(index):
            cache.put(keys[index], checked)
    return conclude(context, problems, spans)


class _ArticleReading:
    """Each article's figures and dates (what coverage counts), read in children while
    this process loads the fact files, or taken from the cache; seeded into the context."""

    def __init__(self, context: Context, cache: ResultCache | None, jobs: int) -> None:
        from generator.check.coverage import (
            article_number_format,
            read_sites_of,
            seed_article_sites,
        )
        from generator.check.parallel import MIN_FORKED_ARTICLES, ForkedMap

        self.context, self.cache = context, cache
        self.missing: list[str] = []
        # An article is read as its registry entry says it writes numbers: the cache keeps
        # each reading apart ("1.144.000" is one number with a decimal comma, three without).
        formats = {name: article_number_format(context, name) for name in context.articles}
        self.keys = {name: context.articles[name].sha256() + (
            "" if formats[name] == "decimal-point" else f"+{formats[name]}")
            for name in context.articles}
        for name in sorted(context.articles):
            stored = cache.sites(self.keys[name]) if cache else None
            if stored is None:
                self.missing.append(name)
            else:
                seed_article_sites(context, name, stored)
        views = [(context.articles[name], formats[name]) for name in self.missing]
        # One child per core but the one that loads; a single job, or a few articles, are
        # read here.
        children = jobs - 1 if len(views) >= MIN_FORKED_ARTICLES else 0
        self.work = ForkedMap(read_sites_of, views, children)

    def finish(self) -> None:
        from generator.check.coverage import seed_article_sites

        for name, sites in zip(self.missing, self.work.results(), strict=True):
            seed_article_sites(self.context, name, sites)
            if self.cache is not None:
                self.cache.put_sites(self.keys[name], sites)
