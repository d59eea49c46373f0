"""``python -m generator check --staged``: check what the commit will hold.

The pre-commit hook used to check the working tree, so an article that was cited but never
``git add``-ed let the commit pass, and the fresh clone then failed. Here the index (the
staged ``facts/`` and ``docs/``) is written to a scratch folder and checked there; files
under ``facts/`` that are not staged are named, since they are the usual cause.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

STAGED_FOLDERS = ("facts", "docs")


def _git(root: Path, *args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(["git", "-C", str(root), *args], input=stdin, capture_output=True,
                          check=False, timeout=120)


def run_staged(root: Path, run: Callable[[Path], int]) -> int:
    """Check the staged corpus with ``run``; 2 when ``root`` is not a git work tree."""
    top = _git(root, "rev-parse", "--show-toplevel")
    if top.returncode != 0:
        print(f"error: {root} is not in a git work tree; --staged checks what git would "
              "commit", file=sys.stderr)
        return 2
    listed = _git(root, "ls-files", "-z", "--cached", "--", *STAGED_FOLDERS)
    with tempfile.TemporaryDirectory(prefix="staged-") as scratch:
        exported = _git(root, "checkout-index", "-z", "--stdin", f"--prefix={scratch}/",
                        stdin=listed.stdout)
        if exported.returncode != 0:
            print(f"error: cannot export the index: {exported.stderr.decode(errors='replace')}",
                  file=sys.stderr)
            return 2
        status = run(Path(scratch))
    untracked = _git(root, "ls-files", "-z", "--others", "--exclude-standard", "--", "facts")
    unstaged = _git(root, "diff", "-z", "--name-only", "--", "facts")
    names = [n for n in (untracked.stdout + unstaged.stdout).decode(errors="replace").split("\0")
             if n]
    if status != 0 and names:
        print("note: the commit is checked as staged; these files under facts/ are not staged: "
              + ", ".join(sorted(set(names))) + "; 'git add' the ones the commit needs",
              file=sys.stderr)
    return status
