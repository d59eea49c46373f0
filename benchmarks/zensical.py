"""``make zensical``: build the site with every engine and compare each with MkDocs.

    python -m benchmarks.zensical OUT [--root PROJECT]

Material for MkDocs reaches end of life in May 2027, and Zensical, its successor, reads
``mkdocs.yml`` but runs no MkDocs plugin. ``make site ENGINE=…`` therefore builds from the
folder ``python -m generator pages`` writes; this builds that folder with MkDocs,
ProperDocs and Zensical (each from its venv, as ``make engines`` installs them) and
compares, page by page, the text of each page's article (what a reader reads, without the
theme around it) and the anchors in it.

Exit status: 0 when every page carries the same text and anchors, 1 when one differs or a
build fails, 2 on bad usage. The differences are listed.
"""

from __future__ import annotations

import argparse
import html
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
_ARTICLE = re.compile(r'<article class="md-content__inner md-typeset">(.*?)</article>', re.S)
_TAG = re.compile(r"<[^>]+>")
_BLOCK_END = re.compile(r"<br\s*/?>|</(?:p|li|td|th|tr|h[1-6]|div|pre|dt|dd|blockquote|table)>")
_ID = re.compile(r'\bid="([^"_][^"]*)"')  # ids starting with "_" are the theme's own
# Theme furniture inside the article that differs between engines and says nothing.
_FURNITURE = re.compile(r'<a [^>]*class="(?:headerlink|md-content__button[^"]*)"[^>]*>.*?</a>',
                        re.S)


def page_content(page: str) -> tuple[str, list[str]]:
    """A page's article as plain text, and the anchors (ids) in it, in order."""
    found = _ARTICLE.search(page)
    body = _FURNITURE.sub("", found.group(1) if found else "")
    # Block ends separate words; inline tags (a highlighter's spans) do not.
    text = " ".join(html.unescape(_TAG.sub("", _BLOCK_END.sub(" ", body))).split())
    return text, _ID.findall(body)


def contents(site: Path) -> dict[str, tuple[str, list[str]]]:
    return {path.relative_to(site).as_posix(): page_content(path.read_text(encoding="utf-8"))
            for path in sorted(site.rglob("*.html"))}


def compare(mkdocs_site: Path, other_site: Path, other: str = "Zensical") -> list[str]:
    """Every page whose text or anchors differ, or that one engine did not build."""
    ours, theirs = contents(mkdocs_site), contents(other_site)
    problems = [f"{name}: only in the {'MkDocs' if name in ours else other} build"
                for name in sorted(ours.keys() ^ theirs.keys())]
    for name in sorted(ours.keys() & theirs.keys()):
        (text, ids), (other_text, other_ids) = ours[name], theirs[name]
        if ids != other_ids:
            missing = sorted(set(ids) ^ set(other_ids))[:5]
            problems.append(f"{name}: anchors differ (e.g. {', '.join(missing) or 'order'})")
        if text != other_text:
            at = next((i for i, (a, b) in enumerate(zip(text, other_text, strict=False))
                       if a != b), min(len(text), len(other_text)))
            problems.append(f"{name}: text differs at character {at}: MkDocs "
                            f"{text[max(0, at - 40):at + 40]!r}, {other} "
                            f"{other_text[max(0, at - 40):at + 40]!r}")
    return problems


ENGINES = {"mkdocs": "MkDocs", "properdocs": "ProperDocs", "zensical": "Zensical"}


def engine_command(engine: str) -> list[str]:
    if engine == "mkdocs":
        return [sys.executable, "-m", "mkdocs", "build", "--strict"]
    return [str(PROJECT / f".venv-{engine}" / "bin" / engine), "build", "--strict"]


def _run(command: Sequence[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    return subprocess.run(list(command), cwd=cwd, capture_output=True, text=True, env=env,
                          check=False)


def build_all(root: Path, out: Path) -> list[str]:
    """Generate once, build with each engine, compare; the problems (empty when equal)."""
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    done = _run([sys.executable, "-m", "generator", "pages", str(out / "docs"), "--root",
                 str(root), "--config", str(out / "engine.yml")], root)
    if done.returncode != 0:
        return [f"generator pages failed: {done.stderr.strip()[-500:]}"]
    problems: list[str] = []
    for engine, name in ENGINES.items():
        built = _run([*engine_command(engine), "-f", "engine.yml"], out)
        if built.returncode != 0:
            return [f"{name} build --strict failed: "
                    f"{(built.stdout + built.stderr).strip()[-800:]}"]
        checked = _run([sys.executable, "-m", "generator", "built", str(out / "site"),
                        "--pages", str(out / "docs")], root)
        if checked.returncode != 0:
            return [f"{name}: {checked.stderr.strip()[-800:]}"]
        os.replace(out / "site", out / f"site-{engine}")
        if engine != "mkdocs":
            problems += compare(out / "site-mkdocs", out / f"site-{engine}", name)
    return problems


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.zensical", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", type=Path, help="work folder (replaced)")
    parser.add_argument("--root", type=Path, default=PROJECT, help="the project (default: this)")
    args = parser.parse_args(argv)
    out = args.out.resolve()
    root = args.root.resolve()
    if out == root or out in root.parents or root / "facts" in (out, *out.parents) or (
            root / "docs") in (out, *out.parents):
        print(f"error: {args.out} holds or lies inside the project's content", file=sys.stderr)
        return 2
    problems = build_all(root, out)
    for problem in problems:
        print(problem)
    pages = len(list((out / "site-zensical").rglob("*.html"))) if not problems else 0
    print(f"{len(problems)} difference(s)" if problems else
          f"ProperDocs, Zensical and MkDocs carry the same text and anchors on {pages} pages",
          file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
