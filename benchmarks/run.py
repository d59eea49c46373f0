"""``make bench``: how fast and how big the check and the site build are, against targets.

    python -m benchmarks.run [--out DIR] [--quick] [--json FILE]

Generates synthetic corpora (:mod:`benchmarks.corpus`, ten facts per article) under
``benchmarks/out/`` (git-ignored) and measures, each run in its own subprocess:

- the check (``python -m generator check --root …``) at 1k, 10k and 100k facts;
- the floor for the same corpus: a process that only parses the same YAML files with
  ``yaml.load(…, Loader=yaml.CSafeLoader)`` and reads every article's bytes;
- the site build (``mkdocs build --strict``) at 100 and 1,000 articles, and the
  generator's share of it: ``generator.site.publish.build_pageset`` (check + render) timed in
  a process of its own on the same corpus;
- a ``mkdocs serve``-style rebuild of the real site after one edit to a fact file, in
  one warm process on a copy of the project's ``facts/``, ``docs/`` and ``mkdocs.yml``.

Wall time is the median of several runs; peak memory is the child's own maximum resident
set size (``os.wait4``; the runner itself imports nothing heavy and generates the corpora
in subprocesses, since a child's reading starts from its parent's size). Each row says
whether its target is met. Nothing here asserts on a timing: the table is the output.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import IO, Any

HERE = Path(__file__).resolve().parent
PROJECT = HERE.parent
PY = sys.executable

# (facts, articles, runs)
CHECKS = [(1_000, 100, 5), (10_000, 1_000, 3), (100_000, 10_000, 1)]
BUILDS = [(1_000, 100, 3), (10_000, 1_000, 3)]  # runs: pairs with the hand-written site
QUICK_CHECKS = [(1_000, 100, 3), (10_000, 1_000, 1)]
QUICK_BUILDS = [(1_000, 100, 1)]

FLOOR = """\
import sys, yaml
from pathlib import Path
facts = Path(sys.argv[1]) / "facts"
for path in sorted(facts.glob("*.yml")):
    yaml.load(path.read_bytes(), Loader=yaml.CSafeLoader)
total = sum(len(p.read_bytes()) for p in sorted((facts / "sources").iterdir()))
print(total)
"""


@dataclass(slots=True)
class Sample:
    seconds: float
    rss_mb: float
    returncode: int
    stdout: str
    stderr: str
    cpu: float = 0.0  # user + system seconds of the child and its own children
    codes: frozenset[str] = frozenset()  # the problem codes it printed


@dataclass(slots=True)
class Row:
    name: str
    corpus: str
    facts: int
    runs: int
    seconds: float | None
    rss_mb: float | None
    floor: float | None = None
    target: str = "—"
    met: bool | None = None
    note: str = ""
    samples: list[float] = field(default_factory=list)
    cpu: float | None = None

    @property
    def per_fact_us(self) -> float | None:
        if self.seconds is None or not self.facts:
            return None
        return self.seconds / self.facts * 1e6


def measure(command: Sequence[str], cwd: Path | None = None,
            env: dict[str, str] | None = None) -> Sample:
    """Run ``command``; its wall time and its own peak resident memory."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONDONTWRITEBYTECODE": "1",
           **(env or {})}
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        process = subprocess.Popen(list(command), cwd=cwd, env=env, stdout=out, stderr=err)
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)
        # On Linux, wait4 counts the child's own reaped children too (the check's forks).
        cpu = usage.ru_utime + usage.ru_stime
        codes = _codes(out)
        return Sample(seconds, usage.ru_maxrss / 1024, process.returncode, _tail(out),
                      _tail(err), cpu, codes)


# Only this much of a child's output is kept. A check prints a line per problem (about
# 90 MB at 100k facts), and this runner must stay small: Linux hands a new process the
# peak memory of the one that started it, so every later measurement would show ours.
KEPT_OUTPUT = 64 * 1024
_CODE = re.compile(rb"(?:error|warning)\[([A-Z]\d{3})\]")


def _tail(stream: IO[bytes]) -> str:
    stream.seek(0, os.SEEK_END)
    stream.seek(max(0, stream.tell() - KEPT_OUTPUT))
    return stream.read().decode("utf-8", "replace")


def _codes(stream: IO[bytes]) -> frozenset[str]:
    """The problem codes in a child's output, read a line at a time."""
    stream.seek(0)
    return frozenset(code.decode() for line in stream for code in _CODE.findall(line))


def repeat(command: Sequence[str], runs: int, cwd: Path | None = None,
           before: Callable[[], None] | None = None,
           env: dict[str, str] | None = None) -> tuple[list[Sample], Sample | None]:
    """``runs`` samples; the first failed one, if any, is returned on its own."""
    samples: list[Sample] = []
    for _ in range(runs):
        if before is not None:
            before()
        sample = measure(command, cwd, env)
        if sample.returncode != 0:
            return samples, sample
        samples.append(sample)
    return samples, None


def _failure(sample: Sample) -> str:
    tail = (sample.stderr.strip() or sample.stdout.strip()).splitlines()[-3:]
    return f"failed (exit {sample.returncode}): " + " | ".join(tail)


def _row(name: str, corpus: str, facts: int, samples: list[Sample],
         failed: Sample | None) -> Row:
    if failed is not None or not samples:
        return Row(name, corpus, facts, len(samples), None, None, met=False,
                   note=_failure(failed) if failed else "no run")
    times = [s.seconds for s in samples]
    return Row(name, corpus, facts, len(samples), statistics.median(times),
               max(s.rss_mb for s in samples), samples=times,
               cpu=statistics.median(s.cpu for s in samples))


def progress(message: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


# ---------------------------------------------------------------------------------------
# Workers: run as ``python -m benchmarks.run --worker KIND ROOT``; print one JSON line.


def _worker_pageset(root: Path) -> dict[str, Any]:
    start = time.perf_counter()
    from generator.site.publish import build_pageset

    imported = time.perf_counter()
    pageset = build_pageset(root)
    done = time.perf_counter()
    return {"import": imported - start, "seconds": done - imported, "ok": pageset.result.ok,
            "pages": len(pageset.pages), "facts": len(pageset.result.validated.facts)}


def _edit_one_fact(facts: Path) -> str:
    """Change one fact the way an editor would: its note, else a comment after it."""
    from generator.check.pipeline import fact_files

    for path in fact_files(facts):
        lines = path.read_text(encoding="utf-8").split("\n")
        for number, line in enumerate(lines):
            stripped = line.lstrip()
            if stripped.startswith('note: "') and line.endswith('"'):
                lines[number] = line[:-1] + ' (edited)"'
                path.write_text("\n".join(lines), encoding="utf-8")
                return f"{path.name}:{number + 1}: note edited"
    paths = fact_files(facts)
    if not paths:
        return "no fact file"
    with paths[0].open("a", encoding="utf-8") as handle:
        handle.write("\n# edited by the benchmark\n")
    return f"{paths[0].name}: comment appended"


def _worker_real(source: Path) -> dict[str, Any]:
    """A warm ``mkdocs serve`` rebuild after one fact edit, on a copy of the real site."""
    import logging

    logging.getLogger("mkdocs").setLevel(logging.ERROR)
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    from generator.site.publish import build_pageset

    with tempfile.TemporaryDirectory(prefix="bench-real-") as tmp:
        root = Path(tmp) / "project"
        root.mkdir()
        shutil.copy2(source / "mkdocs.yml", root / "mkdocs.yml")
        for folder in ("facts", "docs"):
            if (source / folder).is_dir():
                shutil.copytree(source / folder, root / folder)
        site = Path(tmp) / "site"

        def full_build() -> float:
            start = time.perf_counter()
            config = load_config(config_file=str(root / "mkdocs.yml"), site_dir=str(site),
                                 strict=True)
            build(config)
            return time.perf_counter() - start

        result: dict[str, Any] = {}
        try:
            result["first_build"] = full_build()  # warms imports, templates and caches
        except BaseException as error:  # mkdocs raises SystemExit-derived Abort
            return {"error": f"the real site does not build: {type(error).__name__}: {error}"}
        result["edit"] = _edit_one_fact(root / "facts")
        start = time.perf_counter()
        pageset = build_pageset(root)
        result["pageset"] = time.perf_counter() - start
        result["pageset_ok"] = pageset.result.ok
        result["facts"] = len(pageset.result.validated.facts)
        try:
            result["rebuild"] = full_build()
        except BaseException as error:
            result["error"] = f"the rebuild failed: {type(error).__name__}: {error}"
        return result


def worker(kind: str, root: Path) -> int:
    result = _worker_pageset(root) if kind == "pageset" else _worker_real(root)
    print(json.dumps(result))
    return 0


def run_worker(kind: str, root: Path) -> tuple[dict[str, Any] | None, Sample]:
    sample = measure([PY, "-m", "benchmarks.run", "--worker", kind, str(root)], cwd=PROJECT)
    if sample.returncode != 0:
        return None, sample
    return json.loads(sample.stdout.strip().splitlines()[-1]), sample


# ---------------------------------------------------------------------------------------
# The benchmark


def corpus_name(facts: int, articles: int) -> str:
    return f"{facts // 1000}k-facts-{articles}-articles"


def ensure_corpus(out: Path, facts: int, articles: int) -> Path:
    """Generate a corpus in a subprocess.

    The runner must stay small: on Linux a child's ``ru_maxrss`` starts from the memory
    of the process that spawned it, so a big runner would inflate every later reading.
    """
    root = out / corpus_name(facts, articles)
    sample = measure([PY, "-m", "benchmarks.corpus", str(root), "--facts", str(facts),
                      "--sources", str(articles), "--seed", "0"], cwd=PROJECT)
    if sample.returncode != 0:
        raise SystemExit(f"could not generate {root}: {_failure(sample)}")
    progress(f"generated {root.name} in {sample.seconds:.1f} s")
    return root


def bench_check(root: Path, facts: int, runs: int) -> list[Row]:
    """The floor, the check as run (every core), serial, and with a warm cache."""
    label = f"{facts:,} facts / {facts // 10:,} articles"
    progress(f"floor and check, {label}, {runs} run(s) each")
    floor_samples, floor_failed = repeat([PY, "-c", FLOOR, str(root)], runs)
    floor = _row("floor (CSafeLoader + read)", label, facts, floor_samples, floor_failed)
    command = [PY, "-m", "generator", "check", "--root", str(root)]
    off = {"FACTCHECK_CACHE": "0"}
    check_samples, check_failed = repeat(command, runs, cwd=PROJECT, env=off)
    check = _row("check", label, facts, check_samples, check_failed)
    check.note = "every core (the default)"
    serial_samples, serial_failed = repeat([*command, "--jobs", "1"], runs, cwd=PROJECT, env=off)
    serial = _row("check, one process (--jobs 1)", label, facts, serial_samples, serial_failed)
    cache = root / ".cache"
    shutil.rmtree(cache, ignore_errors=True)
    cold = measure([*command, "--cache"], cwd=PROJECT)
    warm_samples, warm_failed = repeat([*command, "--cache"], runs, cwd=PROJECT)
    warm = _row("check, warm cache (--cache)", label, facts, warm_samples,
                warm_failed or (cold if cold.returncode else None))
    warm.note = f"cold run that filled it {cold.seconds:.2f} s"
    shutil.rmtree(cache, ignore_errors=True)
    for row in (check, serial, warm):
        row.floor = floor.seconds
    return [floor, check, serial, warm]


HANDWRITTEN_MKDOCS = """\
# A plain hand-written site: Material, search, the same features, no generator.
site_name: "Hand-written site"
strict: true
theme:
  name: material
  font: false
  language: en
  features: [content.action.edit, navigation.sections, navigation.top, search.highlight,
             toc.follow]
plugins:
  - search
markdown_extensions: [tables, attr_list, md_in_html, admonition, {toc: {permalink: true}}]
validation:
  omitted_files: info
nav:
  - Home: index.md
"""


def handwritten_site(corpus: Path, out: Path, pages: int) -> Path:
    """A site of ``pages`` pages, each holding one of the corpus's articles as paragraphs."""
    shutil.rmtree(out, ignore_errors=True)
    docs = out / "docs"
    docs.mkdir(parents=True)
    (out / "mkdocs.yml").write_text(HANDWRITTEN_MKDOCS, encoding="utf-8")
    articles = sorted((corpus / "facts" / "sources").iterdir())
    for number in range(pages):
        text = articles[number % len(articles)].read_text(encoding="utf-8")
        paragraphs = [" ".join(part.split()) for part in text.split("\n\n") if part.strip()]
        name = "index.md" if number == 0 else f"page-{number:05d}.md"
        (docs / name).write_text(f"# Page {number}\n\n" + "\n\n".join(paragraphs) + "\n",
                                 encoding="utf-8")
    return out


def bench_build(root: Path, facts: int, articles: int, runs: int,
                floor: float | None) -> list[Row]:
    """The strict build against a hand-written site of as many pages, in ``runs`` pairs."""
    label = f"{facts:,} facts / {articles:,} articles"
    progress(f"mkdocs build --strict, {label}, against a hand-written site, {runs} pair(s)")
    site = root.parent / f"site-{root.name}"
    hand = root.parent / f"handwritten-{root.name}"
    hand_site = hand / "site"
    build_command = [PY, "-m", "mkdocs", "build", "--strict", "-f", str(root / "mkdocs.yml"),
                     "-d", str(site)]
    hand_command = [PY, "-m", "mkdocs", "build", "--strict", "-f", str(hand / "mkdocs.yml"),
                    "-d", str(hand_site)]
    built: list[Sample] = []
    plain: list[Sample] = []
    failed: Sample | None = None
    for _ in range(runs):
        shutil.rmtree(site, ignore_errors=True)
        sample = measure(build_command)
        if sample.returncode != 0:
            failed = sample
            break
        built.append(sample)
        if not plain and not hand.exists():
            handwritten_site(root, hand, len(list(site.rglob("index.html"))))
        shutil.rmtree(hand_site, ignore_errors=True)
        other = measure(hand_command)
        if other.returncode != 0:
            failed = other
            break
        plain.append(other)
    pages = len(list(site.rglob("index.html"))) if site.exists() else 0
    build = _row("site build", label, facts, built, failed)
    build.floor = floor
    handwritten = _row("hand-written site, same page count", f"{pages:,} pages", 0, plain, failed)
    if built and plain and len(built) == len(plain):
        ratios = [a.seconds / b.seconds for a, b in zip(built, plain, strict=True)]
        build.note = (f"{statistics.median(ratios):.1f}× the hand-written site (median of "
                      f"{len(ratios)} pairs: {', '.join(f'{r:.1f}' for r in ratios)})")
        handwritten.target = "build ≤ 1.0× this"
        handwritten.met = statistics.median(ratios) <= 1.0
    build.note = "; ".join(part for part in (build.note, _index_note(site)) if part)
    shutil.rmtree(site, ignore_errors=True)
    shutil.rmtree(hand_site, ignore_errors=True)
    progress(f"generator share (build_pageset in-process), {label}")
    result, sample = run_worker("pageset", root)
    if result is None:
        share = Row("generator share", label, facts, 0, None, None, met=False,
                    note=_failure(sample))
    else:
        share = Row("generator share (build_pageset)", label, facts, 1, result["seconds"],
                    sample.rss_mb,
                    note=f"imports {result['import']:.2f} s more; {result['pages']} pages")
        if build.seconds:
            share.note = (f"{100 * result['seconds'] / build.seconds:.0f}% of the build; "
                          + share.note)
    return [build, handwritten, share]


# (kind, size): the hostile inputs, at the sizes it measured them.
HOSTILE = [("agreeing", 24_000), ("long-quote", 160_000), ("long-quote", 1_000_000),
           ("near-quote", 20), ("registry-numbers", 10_000), ("hex-amounts", 20_000),
           ("common-word", 200), ("figure-article", 150_000), ("figure-article", 1_400_000)]
QUICK_HOSTILE = [("agreeing", 2_400), ("long-quote", 160_000), ("registry-numbers", 1_000),
                 ("hex-amounts", 2_000), ("common-word", 20), ("figure-article", 150_000)]


def bench_hostile(out: Path, cases: list[tuple[str, int]]) -> list[Row]:
    """Each hostile input, checked once: it must finish in seconds with clear errors."""
    rows = []
    for kind, size in cases:
        root = out / f"hostile-{kind}-{size}"
        shutil.rmtree(root, ignore_errors=True)
        made = measure([PY, "-m", "benchmarks.hostile", kind, str(root), "--size", str(size)],
                       cwd=PROJECT)
        if made.returncode != 0:
            rows.append(Row(f"hostile: {kind}", f"{size:,}", 0, 0, None, None, met=False,
                            note=_failure(made)))
            continue
        progress(f"hostile input {kind} ({size:,})")
        sample = measure([PY, "-m", "generator", "check", "--root", str(root)], cwd=PROJECT,
                         env={"FACTCHECK_CACHE": "0"})
        summary = (sample.stderr.strip().splitlines() or ["no summary"])[-1]
        codes = sorted(sample.codes)
        crashed = sample.returncode not in (0, 1) or "Traceback" in sample.stderr
        rows.append(Row(f"hostile: {kind}", f"{size:,}", 0, 1, sample.seconds, sample.rss_mb,
                        target="seconds, clear errors", met=not crashed and sample.seconds < 10,
                        note=f"exit {sample.returncode}; {', '.join(codes) or 'no codes'}; "
                             f"{summary}", cpu=sample.cpu))
        shutil.rmtree(root, ignore_errors=True)
    return rows


def _index_note(site: Path) -> str:
    """The size of the search index a reader's browser downloads, when the build wrote one."""
    index = site / "search" / "search_index.json"
    return f"search index {index.stat().st_size / 1e6:.1f} MB" if index.exists() else ""


def bench_build_variants(root: Path, facts: int, articles: int, runs: int) -> list[Row]:
    """The build side of the HTML path: what evidence pages cost in search, and a warm
    ``serve``-style rebuild after one fact edit (unchanged evidence pages are cached)."""
    label = f"{facts:,} facts / {articles:,} articles"
    variant = root / "mkdocs-no-evidence-search.yml"
    variant.write_text((root / "mkdocs.yml").read_text("utf-8").replace(
        "  - factsheet\n", "  - factsheet:\n      search_evidence: false\n"), "utf-8")
    progress(f"mkdocs build --strict without evidence pages in search, {label}")
    site = root.parent / f"site-{root.name}-no-evidence-search"
    samples, failed = repeat(
        [PY, "-m", "mkdocs", "build", "--strict", "-f", str(variant), "-d", str(site)], runs,
        before=lambda: shutil.rmtree(site, ignore_errors=True))
    rows = [_row("site build, evidence pages not in search", label, facts, samples, failed)]
    rows[0].note = _index_note(site)
    shutil.rmtree(site, ignore_errors=True)
    # Material's search costs the build its parse of every page's HTML: measured by
    # leaving search out altogether (the site then has no search: for comparison only).
    unsearched = root / "mkdocs-no-search.yml"
    unsearched.write_text((root / "mkdocs.yml").read_text("utf-8").replace(
        "  - search\n", "  - search:\n      enabled: false\n"), "utf-8")
    progress(f"mkdocs build --strict without search (Material's search cost), {label}")
    samples, failed = repeat(
        [PY, "-m", "mkdocs", "build", "--strict", "-f", str(unsearched), "-d", str(site)], runs,
        before=lambda: shutil.rmtree(site, ignore_errors=True))
    shutil.rmtree(site, ignore_errors=True)
    rows.append(_row("site build, no search at all (comparison)", label, facts, samples,
                     failed))
    progress(f"serve-style rebuild after one fact edit, {label}")
    result, sample = run_worker("real", root)
    if result is None or "rebuild" not in result:
        why = (result or {}).get("error") or _failure(sample)
        rows.append(Row("rebuild after one fact edit", label, facts, 0, None, None, note=why))
    else:
        rows.append(Row("rebuild after one fact edit (warm, in-process)", label, facts, 1,
                        result["rebuild"], sample.rss_mb,
                        note=f"first build {result['first_build']:.2f} s"))
    return rows


# The target for a serve-style rebuild of the real site after one fact edit.
REBUILD_SECONDS = 0.5
REBUILD_TARGET = f"≤ {REBUILD_SECONDS} s"


def bench_real(source: Path) -> list[Row]:
    progress(f"serve-style rebuild of the real site ({source})")
    result, sample = run_worker("real", source)
    label = "real corpus"
    if result is None or "pageset" not in result:
        why = result["error"] if result else _failure(sample)
        return [Row("rebuild after one edit", label, 0, 0, None, None, target=REBUILD_TARGET,
                    met=False, note=why)]
    facts = int(result["facts"])
    pageset = Row("build_pageset after the edit", label, facts, 1, result["pageset"],
                  sample.rss_mb, note=str(result["edit"]))
    rows = [pageset]
    if "rebuild" in result:
        rows.append(Row("rebuild after one edit (warm, in-process)", label, facts, 1,
                        result["rebuild"], sample.rss_mb, target=REBUILD_TARGET,
                        met=result["rebuild"] <= REBUILD_SECONDS,
                        note=f"first build {result['first_build']:.2f} s"))
    else:
        rows.append(Row("rebuild after one edit", label, facts, 0, None, None,
                        target=REBUILD_TARGET, met=False, note=result.get("error", "")))
    return rows


def judge(rows: dict[str, Row]) -> None:
    """Write the targets and whether they are met onto the rows."""
    check10 = rows.get("check 10000")
    if check10 is not None and check10.seconds is not None:
        check10.target = "≤ 1.0 s and ≤ 2× floor"
        check10.met = check10.seconds <= 1.0 and (
            check10.floor is not None and check10.seconds <= 2 * check10.floor)
    check100 = rows.get("check 100000")
    if check100 is not None and check100.seconds is not None:
        check100.target = "≤ 10 s, ≤ 500 MB, linear memory"
        low, mid = rows.get("check 1000"), rows.get("check 10000")
        linear = None
        if low and mid and low.rss_mb and mid.rss_mb and check100.rss_mb:
            slope_low = (mid.rss_mb - low.rss_mb) / 9_000 * 1024  # KB per fact
            slope_high = (check100.rss_mb - mid.rss_mb) / 90_000 * 1024
            linear = slope_high <= 1.5 * slope_low
            check100.note = (f"memory {slope_high:.1f} KB/fact from 10k to 100k, "
                             f"{slope_low:.1f} KB/fact from 1k to 10k")
        check100.met = (check100.seconds <= 10 and bool(linear)
                        and (check100.rss_mb or 0) <= 500)
    build = rows.get("build 10000")
    if build is not None and build.seconds is not None:
        build.target = "≤ 10 s and ≤ 150 MB"
        build.met = build.seconds <= 10 and (build.rss_mb or 0) <= 150
    for key, row in rows.items():
        if key.startswith("share ") and row.seconds is not None:
            whole = rows.get("build " + key.split()[1])
            row.target = "≤ 15% of the build"
            row.met = bool(whole and whole.seconds and row.seconds <= 0.15 * whole.seconds)


def _cell(value: float | None, unit: str, digits: int = 2) -> str:
    return "—" if value is None else f"{value:,.{digits}f} {unit}"


def table(rows: list[Row]) -> str:
    head = ("| Measurement | Corpus | Runs | Wall (median) | CPU | Peak RSS | µs/fact | × floor | "
            "Target | Met | Notes |")
    lines = [head, "|---|---|---:|---:|---:|---:|---:|---:|---|---|---|"]
    for row in rows:
        ratio = (f"{row.seconds / row.floor:.1f}×" if row.seconds and row.floor else "—")
        met = "—" if row.met is None else ("met" if row.met else "**not met**")
        lines.append(
            f"| {row.name} | {row.corpus} | {row.runs} | {_cell(row.seconds, 's')} | "
            f"{_cell(row.cpu, 's')} | {_cell(row.rss_mb, 'MB', 0)} | "
            f"{'—' if row.per_fact_us is None else f'{row.per_fact_us:,.0f}'} | {ratio} | "
            f"{row.target} | {met} | {row.note} |")
    return "\n".join(lines)


def machine() -> str:
    try:
        commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=PROJECT,
                                capture_output=True, text=True, check=False).stdout.strip()
    except OSError:
        commit = ""
    return (f"{dt.date.today().isoformat()}, {os.cpu_count()} CPUs, Python "
            f"{platform.python_version()}, {platform.system()} {platform.machine()}"
            + (f", commit {commit}" if commit else ""))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.run", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=HERE / "out",
                        help="where the corpora go (default: benchmarks/out, git-ignored)")
    parser.add_argument("--quick", action="store_true",
                        help="skip 100k facts and the 1,000-article build; fewer runs")
    parser.add_argument("--json", type=Path, help="also write the rows as JSON here")
    parser.add_argument("--real", type=Path, default=PROJECT,
                        help="the project whose site is rebuilt (default: this one)")
    parser.add_argument("--worker", choices=["pageset", "real"], help=argparse.SUPPRESS)
    parser.add_argument("root", nargs="?", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        return worker(args.worker, args.root)

    started = time.perf_counter()
    checks, builds = (QUICK_CHECKS, QUICK_BUILDS) if args.quick else (CHECKS, BUILDS)
    args.out.mkdir(parents=True, exist_ok=True)
    rows: dict[str, Row] = {}
    order: list[Row] = []
    roots: dict[int, Path] = {}
    floors: dict[int, float | None] = {}
    for facts, articles, runs in checks:
        roots[facts] = root = ensure_corpus(args.out, facts, articles)
        floor, check, serial, warm = bench_check(root, facts, runs)
        rows[f"floor {facts}"], rows[f"check {facts}"] = floor, check
        rows[f"serial {facts}"], rows[f"warm {facts}"] = serial, warm
        floors[facts] = floor.seconds
        order += [floor, check, serial, warm]
    for facts, articles, runs in builds:
        root = roots.get(facts) or ensure_corpus(args.out, facts, articles)
        build, handwritten, share = bench_build(root, facts, articles, runs, floors.get(facts))
        rows[f"build {facts}"], rows[f"share {facts}"] = build, share
        rows[f"hand {facts}"] = handwritten
        order += [build, handwritten, share, *bench_build_variants(root, facts, articles, runs)]
    order += bench_hostile(args.out, QUICK_HOSTILE if args.quick else HOSTILE)
    order += bench_real(args.real)
    judge(rows)

    print(f"\n`make bench` — {machine()}; total {time.perf_counter() - started:.0f} s\n")
    print(table(order))
    if args.json:
        args.json.write_text(json.dumps([asdict(row) for row in order], indent=2) + "\n",
                             encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
