"""The CONTRIBUTING walk-throughs, run as written: each ``sh`` block of the section, in a
shell, in order, with the saved page and the archive it names made by the test."""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

from addtools import article_html, write_warc
from sitetools import REPO

SECTIONS = ["Start a new fact sheet", "Add an article, from a saved page or an archive"]


def blocks(section: str) -> list[str]:
    text = (REPO / "CONTRIBUTING.md").read_text("utf-8")
    start = text.index(f"## {section}\n")
    end = text.find("\n## ", start + 1)
    return re.findall(r"```sh\n(.*?)```", text[start:end if end > 0 else None], re.S)


def test_the_walk_throughs_run_as_written(tmp_path: Path) -> None:
    home = tmp_path / "home"
    downloads = home / "Downloads"
    downloads.mkdir(parents=True)
    (downloads / "library.html").write_bytes(article_html())
    write_warc(downloads / "market.warc.gz", [
        ("https://courier.example/market", article_html(
            title="Elmbrook market moves to the square", url=None,
            paragraphs=["The weekly market of Elmbrook moved to the town square on Friday, "
                        "where the council has set out forty new stalls and a covered hall "
                        "for the winter months, its spokeswoman said."]), "text/html"),
        ("https://courier.example/", article_html(title="Elmbrook Courier front page"),
         "text/html")])
    bin_dir = Path(os.__file__).resolve().parents[2] / "bin"
    venv_bin = REPO / ".venv" / "bin"
    path = os.pathsep.join(str(p) for p in (venv_bin, bin_dir) if p.is_dir())
    env = {**os.environ, "HOME": str(home), "PATH": f"{path}{os.pathsep}{os.environ['PATH']}",
           "NO_MKDOCS_2_WARNING": "1", "SOURCE_DATE_EPOCH": "1700000000"}
    env.pop("GITHUB_ACTIONS", None)
    work = tmp_path / "work"
    work.mkdir()
    for section in SECTIONS:
        found = blocks(section)
        assert found, section
        for block in found:
            result = subprocess.run(["bash", "-e", "-c", block], cwd=work, env=env,
                                    capture_output=True, text=True, timeout=600, check=False)
            assert result.returncode == 0, f"{section}:\n{block}\n{result.stdout}{result.stderr}"
    sheet = work / "my-sheet"
    assert (sheet / "site" / "index.html").is_file()
    registered = (sheet / "facts" / "sources.yml").read_text("utf-8")
    assert "002_elmbrook-library-reopens-after-renovation.txt" in registered
    assert "003_elmbrook-market-moves-to-the-square.txt" in registered
