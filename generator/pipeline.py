"""The check from end to end: find the files, load, validate, verify.

Every adapter (the CLI, the MkDocs plugin, the tests) calls :func:`check_project`, so
there is one checker with one set of messages.
"""

from __future__ import annotations

from pathlib import Path

from generator.load import load_yaml_file
from generator.report import Position, Problem, Severity
from generator.validate import Validated, validate_facts, validate_registry, validate_site
from generator.verify import CheckResult, run_rules

FACTS_DIR = "facts"
REGISTRY = "sources.yml"
SITE = "site.yml"
SOURCES_DIR = "sources"
RESERVED = {REGISTRY, SITE}


def fact_files(facts_dir: Path) -> list[Path]:
    """The fact files: every ``*.yml`` in the facts folder but the registry and page map."""
    found = [path for pattern in ("*.yml", "*.yaml") for path in facts_dir.glob(pattern)]
    return sorted(path for path in found if path.name not in RESERVED)


def check_project(root: Path) -> CheckResult:
    """Load, validate and verify the fact sheet under ``root``."""
    facts_dir = root / FACTS_DIR
    validated = Validated()
    registry = facts_dir / REGISTRY
    if registry.exists():
        validate_registry(load_yaml_file(registry, f"{FACTS_DIR}/{REGISTRY}"), validated)
    else:
        validated.registry_path = f"{FACTS_DIR}/{REGISTRY}"
        validated.problems.append(Problem(
            "Y006", Severity.ERROR, Position(f"{FACTS_DIR}/{REGISTRY}"),
            "the source registry is missing", "create facts/sources.yml with 'sources:'"))
    site = facts_dir / SITE
    if site.exists():
        validate_site(load_yaml_file(site, f"{FACTS_DIR}/{SITE}"), validated)
    documents = [load_yaml_file(path, f"{FACTS_DIR}/{path.name}") for path in fact_files(facts_dir)]
    validate_facts(documents, validated)
    return run_rules(validated, facts_dir / SOURCES_DIR, f"{FACTS_DIR}/{SOURCES_DIR}")
