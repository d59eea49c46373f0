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

from benchmarks.targets import Target, evaluate, load_now
from benchmarks.targets import table as targets_table

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
    load: float = 0.0  # the one-minute load average when it started


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
    load: float | None = None
    floor_cpu: float | None = None
    ratio: float | None = None  # a build's median ratio to the hand-written site

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
        load = load_now()
        start = time.perf_counter()
        process = subprocess.Popen(list(command), cwd=cwd, env=env, stdout=out, stderr=err)
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)
        # On Linux, wait4 counts the child's own reaped children too (the check's forks).
        cpu = usage.ru_utime + usage.ru_stime
        codes = _codes(out)
        return Sample(seconds, usage.ru_maxrss / 1024, process.returncode, _tail(out),
                      _tail(err), cpu, codes, load)


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
               cpu=statistics.median(s.cpu for s in samples),
               load=statistics.median(s.load for s in samples))


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


def worker(kind: str, root: Path) -> int:
    result = _worker_pageset(root)
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
        row.floor, row.floor_cpu = floor.seconds, floor.cpu
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
        build.ratio = statistics.median(ratios)
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
    return rows


# The targets for the serve rebuild after one fact edit.
REBUILD_SECONDS = 0.5
REBUILD_SHARE = 0.05
REBUILD_TARGET = f"≤ {REBUILD_SECONDS} s and ≤ {REBUILD_SHARE:.0%} of cold"


def bench_rebuild(root: Path, label: str, out: Path, name: str) -> tuple[Row, Row]:
    """``python -m benchmarks.rebuild``: serve's rebuild after one edit, and the cold build of
    the same run (CPU seconds: the process is single-threaded, as serve's check is)."""
    progress(f"serve rebuild after one fact edit, {label}")
    profile = out / "profiles" / f"rebuild-{name}.prof"
    sample = measure([PY, "-m", "benchmarks.rebuild", str(root), "--profile", str(profile)],
                     cwd=PROJECT)
    try:
        result = json.loads(sample.stdout.strip().splitlines()[-1])
    except (IndexError, ValueError):
        result = {"error": _failure(sample)}
    if "error" in result or "rebuild" not in result:
        failed = Row("serve rebuild after one fact edit", label, 0, 0, None, None,
                     target=REBUILD_TARGET, met=False, note=str(result.get("error")))
        return failed, failed
    wall, cpu = result["rebuild"]
    cold_wall, cold_cpu = result["cold"]
    rebuild = Row("serve rebuild after one fact edit", label, 0, 1, wall, sample.rss_mb,
                  cpu=cpu, load=sample.load, target=REBUILD_TARGET,
                  note=(f"{result['edit']}; {100 * cpu / cold_cpu:.0f}% of the cold build's "
                        f"CPU; {result['composed']} fact file composed, "
                        f"{result['memo_hits']} verdicts reused; first build "
                        f"{result['first_build'][0]:.2f} s"))
    rebuild.met = cpu <= REBUILD_SECONDS and cpu <= REBUILD_SHARE * cold_cpu
    rebuild.floor_cpu = cold_cpu
    cold = Row("cold build, same process (memo dropped)", label, 0, 1, cold_wall,
               sample.rss_mb, cpu=cold_cpu, load=sample.load)
    return rebuild, cold


def judge(rows: dict[str, Row], targets: list[Target]) -> None:
    """Write issue 21's targets onto the rows they judge (the target table says more)."""
    marks = {"check": "cold check ≤ 2× floor", "warm": "warm check ≤ 1.0× floor",
             "check 100000": "100k check ≤ 500 MB"}
    found = {target.name: target for target in targets}
    size = max((int(key.split()[1]) for key in rows if key.startswith("check ")
                and int(key.split()[1]) <= 10_000), default=0)
    for key, name in (("check", marks["check"]), ("warm", marks["warm"])):
        row = rows.get(f"{key} {size}")
        if row is not None and name in found:
            row.target, row.met = name.split(" ", 2)[2], found[name].met
    big = rows.get("check 100000")
    if big is not None and marks["check 100000"] in found:
        big.target, big.met = "≤ 500 MB", found[marks["check 100000"]].met


def _cell(value: float | None, unit: str, digits: int = 2) -> str:
    return "—" if value is None else f"{value:,.{digits}f} {unit}"


def table(rows: list[Row]) -> str:
    head = ("| Measurement | Corpus | Runs | Wall (median) | CPU | Peak RSS | µs/fact | × floor | "
            "Load | Target | Met | Notes |")
    lines = [head, "|---|---|---:|---:|---:|---:|---:|---:|---:|---|---|---|"]
    for row in rows:
        ratio = (f"{row.seconds / row.floor:.1f}×" if row.seconds and row.floor else "—")
        met = "—" if row.met is None else ("met" if row.met else "**not met**")
        lines.append(
            f"| {row.name} | {row.corpus} | {row.runs} | {_cell(row.seconds, 's')} | "
            f"{_cell(row.cpu, 's')} | {_cell(row.rss_mb, 'MB', 0)} | "
            f"{'—' if row.per_fact_us is None else f'{row.per_fact_us:,.0f}'} | {ratio} | "
            f"{'—' if row.load is None else f'{row.load:.1f}'} | "
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
    parser.add_argument("--worker", choices=["pageset"], help=argparse.SUPPRESS)
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
    size = max(facts for facts in roots if facts <= 10_000)
    rebuild, cold = bench_rebuild(roots[size], f"{size:,} facts / {size // 10:,} articles",
                                  args.out, str(size))
    rows[f"rebuild {size}"] = rebuild
    order += [rebuild, cold]
    for facts, articles, runs in builds:
        root = roots.get(facts) or ensure_corpus(args.out, facts, articles)
        build, handwritten, share = bench_build(root, facts, articles, runs, floors.get(facts))
        rows[f"build {facts}"], rows[f"share {facts}"] = build, share
        rows[f"hand {facts}"] = handwritten
        order += [build, handwritten, share, *bench_build_variants(root, facts, articles, runs)]
    order += bench_hostile(args.out, QUICK_HOSTILE if args.quick else HOSTILE)
    order += bench_rebuild(args.real, "real corpus", args.out, "real")
    from benchmarks.engines import bench_engines  # it imports this module's helpers

    order += bench_engines(args.real.resolve())
    progress("issue 21's targets; a profile for each one missed")
    targets = evaluate(rows, roots, args.out)
    judge(rows, targets)

    print(f"\n`make bench` — {machine()}; total {time.perf_counter() - started:.0f} s; load "
          f"average now {load_now():.1f} on {os.cpu_count()} CPUs\n")
    print(targets_table(targets) + "\n")
    print(table(order))
    if args.json:
        args.json.write_text(json.dumps([asdict(row) for row in order], indent=2) + "\n",
                             encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
