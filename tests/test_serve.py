"""``mkdocs serve`` with a broken fact answers with a page listing the problems, in the
terminal's words, instead of a request that never ends; ``mkdocs build`` still fails.

A real server on 127.0.0.1, polled with a bounded number of requests (never a sleep that
decides the outcome); the process is always stopped.
"""

from __future__ import annotations

import html
import os
import re
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

from sitetools import copy_project

from generator.check.formats.text import line as problem_line
from generator.check.pipeline import check_project
from generator.check.triage import triage

REPO = Path(__file__).resolve().parent.parent
ATTEMPTS = 240  # requests of at most 5 s each, 0.5 s apart: a hung server fails in time


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def fetch(url: str) -> tuple[int, str] | None:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode("utf-8", "replace")
    except (urllib.error.URLError, OSError):
        return None


def test_serve_shows_the_problems_until_the_fact_is_fixed(tmp_path: Path) -> None:
    project = copy_project(REPO, tmp_path / "project")
    specs = project / "facts" / "specs.yml"
    good = specs.read_text(encoding="utf-8")
    broken = good.replace("amount: 400, unit: km}", "amount: 40, unit: km}", 1)
    assert broken != good
    specs.write_text(broken, encoding="utf-8")
    expected = [problem_line(p) for p in triage(check_project(project)) if p.severity == "error"]
    assert expected
    port = free_port()
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    server = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "-f",
         str(project / "mkdocs.yml"), "-a", f"127.0.0.1:{port}"],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env, cwd=project)
    try:
        answer = None
        for _ in range(ATTEMPTS):
            answer = fetch(f"http://127.0.0.1:{port}/")
            if answer is not None or server.poll() is not None:
                break
            time.sleep(0.5)
        assert answer is not None, "the server never answered"
        status, body = answer
        assert status == 200
        assert "The fact sheet has problems" in body
        text = html.unescape(re.sub(r"<[^>]+>", "", body))
        for line in expected:  # the terminal's words, every one
            assert line in text, line
        # Every page of the sheet says so, not a 404 or an old page.
        status, body = fetch(f"http://127.0.0.1:{port}/specs/") or (0, "")
        assert status == 200 and "The fact sheet has problems" in body
        # Fixed: the server rebuilds and serves the sheet again.
        specs.write_text(good, encoding="utf-8")
        for _ in range(ATTEMPTS):
            answer = fetch(f"http://127.0.0.1:{port}/specs/")
            if answer and "The fact sheet has problems" not in answer[1]:
                break
            time.sleep(0.5)
        assert answer and answer[0] == 200 and "has problems" not in answer[1]
        assert "400 km" in answer[1]
    finally:
        server.terminate()
        try:
            output, _ = server.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
            output, _ = server.communicate()
    assert expected[0] in output  # the terminal printed the same line
