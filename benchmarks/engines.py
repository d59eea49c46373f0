"""``make bench``'s engine rows: ``make site`` with each engine, and the rebuild after one
fact edit, on a copy of a project (the real sheet by default).

Per engine, as ``make site ENGINE=…`` runs them: ``generator pages`` into a fresh folder,
the engine's strict build, ``generator built``. Then, once: ``generator pages`` again with
nothing changed, and after one fact edit (the files it rewrote are counted), and MkDocs'
rebuild of the folder after that edit.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

from benchmarks.run import Row, Sample, _edit_one_fact, _failure, measure, progress

PY = sys.executable
PROJECT = Path(__file__).resolve().parent.parent
ENGINES = ("mkdocs", "properdocs", "zensical")


def engine_command(engine: str) -> list[str]:
    if engine == "mkdocs":
        return [PY, "-m", "mkdocs", "build", "--strict", "-f", "engine.yml"]
    return [str(PROJECT / f".venv-{engine}" / "bin" / engine), "build", "--strict",
            "-f", "engine.yml"]


def _pages(project: Path, out: Path) -> list[str]:
    return [PY, "-m", "generator", "pages", str(out / "docs"), "--root", str(project),
            "--config", str(out / "engine.yml")]


def _written(sample: Sample) -> str:
    """The summary line ``generator pages`` prints last: files written, removed, kept."""
    lines = [line for line in sample.stderr.splitlines() if "file(s) written" in line]
    return lines[-1].split(" in ")[0] if lines else _failure(sample)


def _row(name: str, label: str, facts: int, sample: Sample, note: str = "") -> Row:
    ok = sample.returncode == 0
    return Row(name, label, facts, 1, sample.seconds if ok else None, sample.rss_mb,
               note=note if ok else _failure(sample), cpu=sample.cpu)


def bench_engines(source: Path = PROJECT) -> list[Row]:
    """One row per step; times are wall seconds of one run each (CPU in its column)."""
    rows: list[Row] = []
    label = "real corpus" if source == PROJECT else source.name
    facts = sum(path.read_text("utf-8").count("\n  - id: ")
                for path in sorted((source / "facts").glob("*.yml")))
    with tempfile.TemporaryDirectory(prefix="bench-engines-") as scratch:
        project = Path(scratch) / "project"
        project.mkdir()
        for part in ("facts", "docs"):
            if (source / part).is_dir():
                shutil.copytree(source / part, project / part)
        shutil.copy2(source / "mkdocs.yml", project / "mkdocs.yml")
        for engine in ENGINES:
            progress(f"make site ENGINE={engine}, {label}")
            out = Path(scratch) / engine
            out.mkdir()
            if not Path(engine_command(engine)[0]).is_file():  # a missing engine is a row
                rows.append(Row(f"make site ENGINE={engine} (pages + build + built)", label,
                                facts, 0, None, None, note="not installed: run make engines"))
                continue
            pages = measure(_pages(project, out), cwd=project)
            built = measure(engine_command(engine), cwd=out)
            checked = measure([PY, "-m", "generator", "built", str(out / "site"), "--pages",
                               str(out / "docs")], cwd=project)
            total = pages.seconds + built.seconds + checked.seconds
            ok = all(s.returncode == 0 for s in (pages, built, checked))
            failed = next((s for s in (pages, built, checked) if s.returncode), None)
            rows.append(Row(f"make site ENGINE={engine} (pages + build + built)", label,
                            facts, 1, total if ok else None,
                            max(pages.rss_mb, built.rss_mb, checked.rss_mb),
                            cpu=pages.cpu + built.cpu + checked.cpu,
                            note=(f"pages {pages.seconds:.2f} s, {engine} "
                                  f"{built.seconds:.2f} s, built {checked.seconds:.2f} s")
                            if ok and failed is None else _failure(failed or built)))
        out = Path(scratch) / "mkdocs"
        again = measure(_pages(project, out), cwd=project)
        rows.append(_row("generator pages, nothing changed", label, facts, again,
                         _written(again)))
        edit = _edit_one_fact(project / "facts")
        edited = measure(_pages(project, out), cwd=project)
        rows.append(_row("generator pages after one fact edit", label, facts, edited,
                         f"{edit}; {_written(edited)}"))
        rebuilt = measure(engine_command("mkdocs"), cwd=out)
        rows.append(_row("mkdocs build of the folder after the edit", label, facts, rebuilt))
    return rows


if __name__ == "__main__":
    from benchmarks.run import table

    os.environ.setdefault("SOURCE_DATE_EPOCH", "1700000000")
    print(table(bench_engines(Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else PROJECT)))
