"""The CI and Pages workflows, the pre-commit hook and the documented entry points agree.

The workflows run only on GitHub, so these tests read them as data: the triggers, the
steps that must run, pinned actions and least-privilege permissions.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
WORKFLOWS = ROOT / ".github" / "workflows"
CI = WORKFLOWS / "ci.yml"
PAGES = WORKFLOWS / "pages.yml"

# owner/repo[/path]@v1.2[.3…] or @<40-hex commit>; never a branch or a bare major tag.
PINNED = re.compile(r"^[\w.-]+/[\w.-]+(?:/[\w./-]+)?@(?:v\d+(?:\.\d+)+|[0-9a-f]{40})$")


def load_workflow(path: Path) -> dict[str, Any]:
    assert path.is_file(), f"{path.relative_to(ROOT)} is missing"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert isinstance(data, dict), f"{path.name} is not a mapping"
    # YAML 1.1 reads the key `on` as the boolean True; give it its name back.
    if True in data:
        data["on"] = data.pop(True)
    return data


@pytest.fixture(scope="module")
def ci() -> dict[str, Any]:
    return load_workflow(CI)


@pytest.fixture(scope="module")
def pages() -> dict[str, Any]:
    return load_workflow(PAGES)


def jobs(workflow: dict[str, Any]) -> dict[str, dict[str, Any]]:
    found = workflow.get("jobs")
    assert isinstance(found, dict) and found, "the workflow has no jobs"
    return found


def steps(workflow: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    for name, job in jobs(workflow).items():
        for step in job.get("steps", []):
            yield name, step


def runs(workflow: dict[str, Any]) -> list[str]:
    """Every `run:` script, one line each, in the order the steps run."""
    return [" ".join(str(step["run"]).split()) for _, step in steps(workflow) if "run" in step]


def index_of(scripts: list[str], pattern: str) -> int:
    for position, script in enumerate(scripts):
        if re.search(pattern, script):
            return position
    raise AssertionError(f"no step runs {pattern!r}; the steps run: {scripts}")


def triggers(workflow: dict[str, Any]) -> dict[str, Any]:
    on = workflow.get("on")
    if isinstance(on, str):
        return {on: None}
    if isinstance(on, list):
        return dict.fromkeys(on)
    assert isinstance(on, dict), f"unexpected 'on': {on!r}"
    return on


def test_ci_runs_on_pull_requests_and_pushes(ci: dict[str, Any]) -> None:
    on = triggers(ci)
    assert "pull_request" in on
    assert "push" in on


def test_pages_deploys_on_push_to_main(pages: dict[str, Any]) -> None:
    on = triggers(pages)
    assert "push" in on
    assert "main" in (on["push"] or {}).get("branches", []), on["push"]
    assert "pull_request" not in on, "a pull request must never deploy the site"


def test_ci_annotates_broken_facts_then_tests_then_builds_strictly(ci: dict[str, Any]) -> None:
    scripts = runs(ci)
    setup = index_of(scripts, r"^make setup$")
    check = index_of(scripts, r"python -m generator check --format github\b")
    test = index_of(scripts, r"^make test$")
    build = index_of(scripts, r"python -m mkdocs build\b.*--strict\b")
    assert setup < check < test < build, scripts


def test_ci_uses_python_311_with_pip_cache_keyed_on_the_lock(ci: dict[str, Any]) -> None:
    setups = [step for _, step in steps(ci) if step.get("uses", "").startswith(
        "actions/setup-python@")]
    assert len(setups) == 1, setups
    options = setups[0].get("with", {})
    assert str(options.get("python-version")) == "3.11"
    assert options.get("cache") == "pip"
    assert options.get("cache-dependency-path") == "requirements.lock"


def test_pages_builds_with_pip_cache(pages: dict[str, Any]) -> None:
    setups = [step for _, step in steps(pages) if step.get("uses", "").startswith(
        "actions/setup-python@")]
    assert setups and all(step.get("with", {}).get("cache") == "pip" for step in setups)


def test_strict_build_silences_the_mkdocs_2_warning(ci: dict[str, Any]) -> None:
    builds = [(job, step) for job, step in steps(ci) if "mkdocs build" in str(step.get("run"))]
    assert builds
    for job, step in builds:
        env = {**ci.get("env", {}), **jobs(ci)[job].get("env", {}), **step.get("env", {})}
        assert str(env.get("NO_MKDOCS_2_WARNING")) == "1", step


def test_browser_tests_get_chrome_through_the_chromium_variable(ci: dict[str, Any]) -> None:
    tests = [(job, step) for job, step in steps(ci) if step.get("run") == "make test"]
    assert tests, "no step runs make test"
    for job, step in tests:
        env = {**ci.get("env", {}), **jobs(ci)[job].get("env", {}), **step.get("env", {})}
        chromium = str(env.get("CHROMIUM", ""))
        assert chromium, "make test runs without CHROMIUM: the browser tests would find none"
        # Ubuntu's chromium package is a snap stub; the runner's Chrome or setup-chrome's.
        assert "chrome" in chromium.lower(), chromium
    for _, step in steps(ci):
        assert not re.search(r"apt(-get)? install.*\bchromium\b", str(step.get("run", ""))), step


ALL_WORKFLOWS = sorted([*WORKFLOWS.glob("*.yml"), *WORKFLOWS.glob("*.yaml")])


@pytest.mark.parametrize("path", ALL_WORKFLOWS, ids=lambda p: p.name)
def test_every_action_is_pinned_to_a_commit_with_its_version_in_a_comment(path: Path) -> None:
    """A tag can be moved; a commit cannot. The comment says which release it is."""
    lines = [line.strip() for line in path.read_text(encoding="utf-8").splitlines()
             if re.match(r"\s*(- )?uses:", line)]
    assert lines
    for line in lines:
        reference = line.split("uses:", 1)[1].strip()
        if reference.startswith("./"):
            continue
        assert re.fullmatch(r"[\w.-]+/[\w./-]+@[0-9a-f]{40} # v\d+(\.\d+)+", reference), (
            f"{path.name}: {reference!r} is not pinned to a full commit with '# vX.Y.Z'")


@pytest.mark.parametrize("tool, arguments", [
    ("actionlint", []), ("zizmor", ["--offline", "--quiet", ".github/workflows"]),
])
def test_workflow_linters_find_nothing(tool: str, arguments: list[str]) -> None:
    import subprocess
    import sys

    binary = Path(sys.executable).parent / tool
    run = subprocess.run([str(binary), *arguments], cwd=ROOT, capture_output=True, text=True,
                         timeout=120, check=False)
    assert run.returncode == 0, run.stdout + run.stderr


def test_pull_requests_get_the_fact_diff_in_the_job_summary(ci: dict[str, Any]) -> None:
    diffs = [(job, step) for job, step in steps(ci) if "generator diff" in str(step.get("run"))]
    assert len(diffs) == 1, diffs
    _, step = diffs[0]
    assert "pull_request" in str(step.get("if")) and "cancelled()" in str(step.get("if"))
    assert re.search(r'diff HEAD\^1 HEAD --format markdown >> "\$GITHUB_STEP_SUMMARY"',
                     step["run"]), step["run"]
    checkouts = [s for _, s in steps(ci) if s.get("uses", "").startswith("actions/checkout@")]
    assert checkouts[0]["with"]["fetch-depth"] >= 2, "the base commit must be fetched"
    assert not any("pull_request_target" in str(key) for key in triggers(ci))


@pytest.mark.parametrize("path", [CI, PAGES], ids=lambda p: p.name)
def test_every_action_is_pinned_to_a_version(path: Path) -> None:
    workflow = load_workflow(path)
    used = [step["uses"] for _, step in steps(workflow) if "uses" in step]
    used += [job["uses"] for job in jobs(workflow).values() if "uses" in job]
    assert used
    for reference in used:
        if reference.startswith("./"):
            continue  # an action in this repository is pinned by the checkout itself
        assert PINNED.match(reference), f"{path.name}: {reference!r} is not pinned to a version"


@pytest.mark.parametrize("reference", [
    "actions/checkout@main", "actions/checkout@master", "actions/checkout",
    "actions/checkout@v4", "actions/checkout@latest", "actions/checkout@v4.x",
])
def test_pin_pattern_refuses_floating_references(reference: str) -> None:
    assert not PINNED.match(reference)


@pytest.mark.parametrize("reference", [
    "actions/checkout@v4.2.2", "actions/setup-python@v5.3",
    "actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683",
])
def test_pin_pattern_accepts_versions_and_commits(reference: str) -> None:
    assert PINNED.match(reference)


@pytest.mark.parametrize("path", ALL_WORKFLOWS, ids=lambda p: p.name)
def test_top_level_permissions_are_read_only(path: Path) -> None:
    workflow = load_workflow(path)
    assert workflow.get("permissions") == {"contents": "read"}


@pytest.mark.parametrize("path", [CI, PAGES], ids=lambda p: p.name)
def test_every_job_states_least_permissions(path: Path) -> None:
    for name, job in jobs(load_workflow(path)).items():
        granted = job.get("permissions")
        assert isinstance(granted, dict), f"{path.name}: job {name} does not state permissions"
        writes = {scope for scope, level in granted.items() if level == "write"}
        if name == "deploy" and path == PAGES:
            assert writes == {"pages", "id-token"}, granted
        else:
            assert not writes, f"{path.name}: job {name} may write {sorted(writes)}"


def test_only_the_deploy_job_may_write_pages(pages: dict[str, Any]) -> None:
    deploy = jobs(pages)["deploy"]
    assert deploy["permissions"].get("pages") == "write"
    assert deploy["permissions"].get("id-token") == "write"
    assert "contents" not in deploy["permissions"]
    assert jobs(pages)["build"]["permissions"] == {"contents": "read"}
    environment = deploy.get("environment")
    assert isinstance(environment, dict) and environment.get("name") == "github-pages"
    assert "steps.deployment.outputs.page_url" in str(environment.get("url"))


def test_pages_builds_the_site_then_uploads_and_deploys_it(pages: dict[str, Any]) -> None:
    build = [step for job, step in steps(pages) if job == "build"]
    deploy = [step for job, step in steps(pages) if job == "deploy"]
    assert any(step.get("run") == "make site" for step in build)
    uploads = [s for s in build if s.get("uses", "").startswith("actions/upload-pages-artifact@")]
    assert len(uploads) == 1 and uploads[0].get("with", {}).get("path") == "site", uploads
    assert any(s.get("uses", "").startswith("actions/configure-pages@") for _, s in steps(pages))
    deployments = [s for s in deploy if s.get("uses", "").startswith("actions/deploy-pages@")]
    assert len(deployments) == 1 and deployments[0].get("id") == "deployment"
    assert jobs(pages)["deploy"].get("needs") in ("build", ["build"])


def test_ci_cancels_superseded_runs(ci: dict[str, Any]) -> None:
    concurrency = ci.get("concurrency")
    assert isinstance(concurrency, dict) and concurrency.get("group"), concurrency
    assert concurrency.get("cancel-in-progress") is True


@pytest.mark.parametrize("path", [CI, PAGES], ids=lambda p: p.name)
def test_source_date_epoch_comes_from_the_commit(path: Path) -> None:
    scripts = runs(load_workflow(path))
    index_of(scripts, r"SOURCE_DATE_EPOCH=\$\(git log -1 --format=%ct\).*GITHUB_ENV")


def test_pre_commit_checks_facts_when_they_change() -> None:
    config = yaml.safe_load((ROOT / ".pre-commit-config.yaml").read_text(encoding="utf-8"))
    hooks = [hook for repo in config["repos"] if repo["repo"] == "local" for hook in repo["hooks"]]
    checks = [hook for hook in hooks if hook.get("id") == "check-facts"]
    assert len(checks) == 1, hooks
    hook = checks[0]
    assert hook["entry"] == "bash .ci/pre-commit-check"
    assert hook["language"] == "system"
    assert hook["pass_filenames"] is False
    assert re.match(hook["files"], "facts/specs.yml") and re.match(hook["files"], "docs/x.md")
    script = (ROOT / ".ci" / "pre-commit-check").read_text(encoding="utf-8")
    assert "generator check --staged" in script and "make setup" in script


def test_ci_entry_point_runs_make_test() -> None:
    script = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    commands = [line.strip() for line in script.splitlines()
                if line.strip() and not line.lstrip().startswith("#")]
    assert "make test" in commands, commands


def quick_start(readme: str) -> str:
    """The README's quick-start section: its heading up to the next heading of its level."""
    heading = re.search(r"^(#{1,6})\s*quick[ -]?start\b.*$", readme, re.IGNORECASE | re.MULTILINE)
    assert heading, "README.md has no 'Quick start' heading"
    level = len(heading.group(1))
    following = re.compile(rf"^#{{1,{level}}}\s", re.MULTILINE)
    end = following.search(readme, heading.end())
    return readme[heading.end(): end.start() if end else len(readme)]


def test_readme_quick_start_shows_make_site_and_make_test() -> None:
    readme = ROOT / "README.md"
    assert readme.is_file(), "README.md is missing"
    section = quick_start(readme.read_text(encoding="utf-8"))
    assert re.search(r"\bmake site\b", section), section
    assert re.search(r"\bmake test\b", section), section


def test_quick_start_section_ends_at_the_next_heading() -> None:
    readme = "# Title\n\n## Quick start\n\n    make site\n\n## Other\n\nmake test\n"
    section = quick_start(readme)
    assert "make site" in section
    assert "make test" not in section
