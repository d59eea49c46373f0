"""Helpers for the site tests: copy a project, build it with MkDocs, serve it, parse HTML."""

from __future__ import annotations

import contextlib
import functools
import hashlib
import http.server
import os
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def copy_project(source: Path, target: Path) -> Path:
    """Copy a project (facts, docs, mkdocs.yml) so a test may change it freely."""
    target.mkdir(parents=True, exist_ok=True)
    shutil.copytree(source / "facts", target / "facts")
    if (source / "docs").exists():
        shutil.copytree(source / "docs", target / "docs")
    else:
        (target / "docs").mkdir()
    shutil.copy(source / "mkdocs.yml", target / "mkdocs.yml")
    return target


def build(project: Path, out: Path, epoch: str = "1700000000",
          env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """``mkdocs build --strict`` of ``project`` into ``out``; never raises on failure.

    ``GITHUB_REPOSITORY`` is dropped from the environment unless ``env`` sets it, so a
    build in CI makes the same site as one on a laptop.
    """
    base = {k: v for k, v in os.environ.items() if k != "GITHUB_REPOSITORY"}
    env = {**base, "NO_MKDOCS_2_WARNING": "1", "SOURCE_DATE_EPOCH": epoch, **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(project / "mkdocs.yml"),
         "-d", str(out)],
        cwd=project, env=env, capture_output=True, text=True, timeout=300, check=False)


def tree_digest(root: Path) -> dict[str, str]:
    """Every file under ``root`` with the sha256 of its bytes."""
    return {str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file()}


class Elements(HTMLParser):
    """Collects every start tag with its attributes, and the page's text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, {k: v or "" for k, v in attrs}))

    def handle_data(self, data: str) -> None:
        self.text.append(data)

    @property
    def ids(self) -> set[str]:
        return {attrs["id"] for _, attrs in self.tags if "id" in attrs}


def parse(path: Path) -> Elements:
    parser = Elements()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


@contextlib.contextmanager
def serve(root: Path) -> Iterator[str]:
    """Serve ``root`` on a free loopback port; yields the base URL."""

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:
            pass

    handler = functools.partial(Quiet, directory=str(root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


def chromium_path() -> str:
    """The browser the tests drive: $CHROMIUM, else Debian's package. Never a download."""
    for candidate in (os.environ.get("CHROMIUM"), "/usr/bin/chromium"):
        if candidate and os.access(candidate, os.X_OK):
            return candidate
    raise RuntimeError("no Chromium: install Debian's 'chromium' (make test does) or set CHROMIUM")


CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run",
                 "--disable-quic"]


ENGINES = ("mkdocs", "properdocs", "zensical")


def engine_command(engine: str) -> list[str]:
    """How to run an engine's build: MkDocs from this venv, the others from their own
    (``make engines`` installs them from their hash-pinned locks)."""
    if engine == "mkdocs":
        return [sys.executable, "-m", "mkdocs", "build", "--strict"]
    executable = REPO / f".venv-{engine}" / "bin" / engine
    if not os.access(executable, os.X_OK):
        raise RuntimeError(f"no {executable}: run 'make engines' first")
    return [str(executable), "build", "--strict"]


def build_with(engine: str, project: Path, out: Path, epoch: str = "1700000000",
               ) -> subprocess.CompletedProcess[str]:
    """What ``make site ENGINE=engine`` does, into ``out/site``: ``generator pages`` into
    ``out/docs`` with ``out/engine.yml``, the engine's strict build, then ``generator built``.
    Never raises on failure; the first step that fails is returned."""
    base = {k: v for k, v in os.environ.items() if k != "GITHUB_REPOSITORY"}
    env = {**base, "NO_MKDOCS_2_WARNING": "1", "SOURCE_DATE_EPOCH": epoch}
    steps = [
        ([sys.executable, "-m", "generator", "pages", str(out / "docs"), "--root", str(project),
          "--config", str(out / "engine.yml")], project),
        ([*engine_command(engine), "-f", "engine.yml"], out),
        ([sys.executable, "-m", "generator", "built", str(out / "site"), "--pages",
          str(out / "docs")], project),
    ]
    done = None
    for command, cwd in steps:
        done = subprocess.run(command, cwd=cwd,
                              env=env, capture_output=True, text=True, timeout=300, check=False)
        if done.returncode != 0:
            break
    assert done is not None
    return done


def make_repository(folder: Path) -> Path:
    """``folder`` as the root of a git repository (``git init``, no commit), as a checkout
    is: a registry's ``sources_dir_from: repository`` reads its path from there."""
    folder.mkdir(parents=True, exist_ok=True)
    subprocess.run(["git", "init", "-q", str(folder)], check=True, capture_output=True,
                   timeout=60)
    return folder
