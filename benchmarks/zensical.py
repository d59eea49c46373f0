"""``make zensical``: build the rendered pages with Zensical and compare them with MkDocs.

    python -m benchmarks.zensical OUT --zensical PATH/TO/zensical [--root PROJECT]

Material for MkDocs reaches end of life in May 2027, and Zensical, its successor, reads
``mkdocs.yml`` but runs no MkDocs plugin. This keeps the way open: it writes the
generated pages with ``python -m generator render`` (Markdown with a ``title:`` front
matter), adds the hand-written pages of ``docs/``, writes a config without the
``factsheet`` plugin, builds it with ``zensical build --strict`` and builds the project
with ``mkdocs build --strict``. Then it compares, page by page, the text of each page's
article (what a reader reads, without the theme around it) and the anchors in it.

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
import tempfile
from collections.abc import Sequence
from pathlib import Path

import yaml

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
            for path in sorted(site.rglob("index.html"))}


def compare(mkdocs_site: Path, zensical_site: Path) -> list[str]:
    """Every page whose text or anchors differ, or that one engine did not build."""
    ours, theirs = contents(mkdocs_site), contents(zensical_site)
    problems = [f"{name}: only in the {'MkDocs' if name in ours else 'Zensical'} build"
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
                            f"{text[max(0, at - 40):at + 40]!r}, Zensical "
                            f"{other_text[max(0, at - 40):at + 40]!r}")
    return problems


def zensical_config(root: Path, out: Path) -> Path:
    """The project's ``mkdocs.yml`` for the rendered pages: no plugin, the sheet's title."""
    config = yaml.safe_load((root / "mkdocs.yml").read_text(encoding="utf-8"))
    config["plugins"] = [p for p in config.get("plugins", []) if p != "factsheet"]
    config["docs_dir"] = "pages"
    config["site_dir"] = "site-zensical"
    site = root / "facts" / "site.yml"
    if site.is_file():
        title = (yaml.safe_load(site.read_text(encoding="utf-8")) or {}).get("title")
        if isinstance(title, str):
            config["site_name"] = title
    path = out / "mkdocs.yml"
    path.write_text(yaml.safe_dump(config, sort_keys=False, allow_unicode=True),
                    encoding="utf-8")
    return path


def _run(command: Sequence[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    return subprocess.run(list(command), cwd=cwd, capture_output=True, text=True, env=env,
                          check=False)


def build_both(root: Path, out: Path, zensical: str) -> list[str]:
    """Render, build with each engine, compare; the list of problems (empty when equal)."""
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    pages = out / "pages"
    # render refuses any folder inside the project, so it writes to a temporary one.
    with tempfile.TemporaryDirectory(prefix="zensical-pages-") as scratch:
        done = _run([sys.executable, "-m", "generator", "render", f"{scratch}/pages",
                     "--root", str(root)], root)
        if done.returncode != 0:
            return [f"render failed: {done.stderr.strip()[-500:]}"]
        shutil.copytree(f"{scratch}/pages", pages)
    docs = root / "docs"
    if docs.is_dir():
        for path in sorted(docs.rglob("*")):
            target = pages / path.relative_to(docs)
            if path.is_file() and not target.exists():
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(path, target)
    config = zensical_config(root, out)
    built = _run([zensical, "build", "--strict", "-f", str(config)], out)
    if built.returncode != 0:
        return [f"zensical build --strict failed: {(built.stdout + built.stderr).strip()[-800:]}"]
    mkdocs = _run([sys.executable, "-m", "mkdocs", "build", "--strict", "-f",
                   str(root / "mkdocs.yml"), "-d", str(out / "site-mkdocs")], root)
    if mkdocs.returncode != 0:
        return [f"mkdocs build --strict failed: {mkdocs.stderr.strip()[-800:]}"]
    return compare(out / "site-mkdocs", out / "site-zensical")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.zensical", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", type=Path, help="work folder (replaced)")
    parser.add_argument("--zensical", default="zensical", help="the zensical executable")
    parser.add_argument("--root", type=Path, default=PROJECT, help="the project (default: this)")
    args = parser.parse_args(argv)
    out = args.out.resolve()
    root = args.root.resolve()
    if out == root or out in root.parents or root / "facts" in (out, *out.parents) or (
            root / "docs") in (out, *out.parents):
        print(f"error: {args.out} holds or lies inside the project's content", file=sys.stderr)
        return 2
    zensical = str(Path(args.zensical).resolve()) if "/" in args.zensical else args.zensical
    problems = build_both(root, out, zensical)
    for problem in problems:
        print(problem)
    pages = len(list((out / "site-zensical").rglob("index.html"))) if not problems else 0
    print(f"{len(problems)} difference(s)" if problems else
          f"Zensical and MkDocs carry the same text and anchors on {pages} pages",
          file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
