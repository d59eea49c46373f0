"""``make bench``'s verdict on issue 21's five targets, each with the machine's load, and
for each target missed a cProfile profile and a line on where its time goes.

The targets (issue 21): the cold 10k-fact check at most 2× the floor (parsing the YAML
and reading the articles); with a warm cache at most 1.0× the floor; the 100k-fact check
in at most 500 MB; the 1,000-article site build at most 1.0× a hand-written Material site
of as many pages; the ``serve`` rebuild after one fact edit at 10k facts in at most 0.5 s
and at most 5% of a cold build of the same run. Check ratios compare **CPU** seconds
(user + system, children included): the machine is shared, and load inflates wall time far
more than CPU time. Profiles go to ``benchmarks/out/profiles/`` (git-ignored): the
statistics file, and its 30 costliest functions as text. Nothing asserts on a timing.
"""

from __future__ import annotations

import contextlib
import os
import pstats
import shutil
import subprocess
import sys
from dataclasses import dataclass
from io import StringIO
from pathlib import Path
from typing import Any

PY = sys.executable
PROJECT = Path(__file__).resolve().parent.parent


@dataclass(slots=True)
class Target:
    name: str
    measured: str
    met: bool | None  # None: not measured in this run
    load: str = "—"
    profile: str = ""
    why: str = ""


def load_now() -> float:
    """The one-minute load average (how many processes wanted the 2 cores)."""
    try:
        return os.getloadavg()[0]
    except OSError:  # pragma: no cover - no load average on this system
        return float("nan")


def profile_command(command: list[str], name: str, out: Path,
                    env: dict[str, str] | None = None) -> Path | None:
    """Run ``python -m cProfile -o …`` over ``command`` (a ``-m module …`` list); the file."""
    folder = out / "profiles"
    folder.mkdir(parents=True, exist_ok=True)
    stats = folder / f"{name}.prof"
    done = subprocess.run([PY, "-m", "cProfile", "-o", str(stats), *command], cwd=PROJECT,
                          env={**os.environ, "NO_MKDOCS_2_WARNING": "1", **(env or {})},
                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return stats if stats.is_file() and done.returncode in (0, 1) else None


def summarise(stats_file: Path) -> str:
    """Write the profile's top functions beside it; one line: where the time goes (the
    largest parts below the whole, by cumulative time, then the largest own times)."""
    text = StringIO()
    pstats.Stats(str(stats_file), stream=text).sort_stats("cumulative").print_stats(30)
    stats_file.with_suffix(".txt").write_text(text.getvalue(), encoding="utf-8")
    entries = getattr(pstats.Stats(str(stats_file), stream=StringIO()), "stats", {})
    whole = max((cumulative for _, _, _, cumulative, _ in entries.values()), default=0.0) or 1.0
    own_total = sum(own for _, _, own, _, _ in entries.values()) or 1.0

    def name(where: str, function: str) -> str:
        return function if where == "~" else f"{Path(where).stem}.{function}"

    parts = sorted(((cumulative, name(where, function))
                    for (where, _, function), (_, _, _, cumulative, _) in entries.items()
                    if cumulative < 0.9 * whole), reverse=True)
    seen: list[str] = []
    for cumulative, label in parts:
        if len(seen) == 4:
            break
        if not any(label in item for item in seen):
            seen.append(f"{label} {100 * cumulative / whole:.0f}%")
    owns = sorted(entries.items(), key=lambda item: item[1][2], reverse=True)[:3]
    own = [f"{name(where, function)} {100 * spent / own_total:.0f}%"
           for (where, _, function), (_, _, spent, _, _) in owns]
    return f"within the whole: {', '.join(seen)}; own time: {', '.join(own)}"


def table(targets: list[Target]) -> str:
    lines = ["| Target (issue 21) | Measured | Met | Load (1 min) | Profile | "
             "Where the time goes |", "|---|---|---|---:|---|---|"]
    for target in targets:
        met = ("not measured" if target.met is None else "met" if target.met
               else "**missed**")
        lines.append(f"| {target.name} | {target.measured} | {met} | {target.load} | "
                     f"{target.profile or '—'} | {target.why or '—'} |")
    return "\n".join(lines)


def _summary(stats_file: Path | None) -> tuple[str, str]:
    """(where the profile is, its line of largest own times), computed in a subprocess so
    the runner stays small."""
    if stats_file is None:
        return "", "the profile could not be made"
    done = subprocess.run([PY, "-m", "benchmarks.targets", "--summarise", str(stats_file)],
                          cwd=PROJECT, capture_output=True, text=True, check=False)
    line = done.stdout.strip().splitlines()[-1] if done.stdout.strip() else "no summary"
    shown = stats_file.with_suffix(".txt")
    with contextlib.suppress(ValueError):
        shown = shown.relative_to(PROJECT)
    return str(shown), line


def _check(root: Path, *flags: str) -> list[str]:
    return ["-m", "generator", "check", "--root", str(root), *flags]


def evaluate(rows: dict[str, Any], roots: dict[int, Path], out: Path) -> list[Target]:
    """Each of issue 21's five targets from the measured rows; a profile for each missed."""
    targets: list[Target] = []
    size = 10_000 if 10_000 in roots else max(roots, default=0)
    check, floor = rows.get(f"check {size}"), rows.get(f"floor {size}")
    serial, warm = rows.get(f"serial {size}"), rows.get(f"warm {size}")
    root = roots.get(size)

    def ratio_target(name: str, row: Any, limit: float, flags: list[str],
                     before: list[str] | None = None) -> None:
        if row is None or row.cpu is None or floor is None or not floor.cpu or root is None:
            targets.append(Target(name, "not measured", None))
            return
        ratio = row.cpu / floor.cpu
        target = Target(name, f"{row.cpu:.2f} CPU-s = {ratio:.1f}× the floor's {floor.cpu:.2f} "
                        f"(wall {row.seconds:.2f} s against {floor.seconds:.2f} s) at "
                        f"{size:,} facts", ratio <= limit, f"{row.load:.1f}")
        if not target.met:
            if before:
                subprocess.run([PY, *before], cwd=PROJECT, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL, check=False)
            target.profile, target.why = _summary(profile_command(
                _check(root, *flags), f"check-{name.split()[0]}-{size}", out))
        targets.append(target)

    ratio_target("cold check ≤ 2× floor", check, 2.0, ["--jobs", "1", "--no-cache"])
    if check is not None and serial is not None and serial.cpu is not None and targets[-1].met \
            is not None:
        targets[-1].measured += (f"; one process (--jobs 1): {serial.cpu:.2f} CPU-s")
    if root is not None:
        shutil.rmtree(root / ".cache", ignore_errors=True)
    ratio_target("warm check ≤ 1.0× floor", warm, 1.0, ["--cache"],
                 before=_check(root, "--cache") if root else None)
    if root is not None:
        shutil.rmtree(root / ".cache", ignore_errors=True)

    big = rows.get("check 100000")
    big_serial = rows.get("serial 100000")
    if big is None or big.rss_mb is None:
        targets.append(Target("100k check ≤ 500 MB", "not measured (--quick)", None))
    else:
        peak = max(big.rss_mb, big_serial.rss_mb if big_serial and big_serial.rss_mb else 0)
        target = Target("100k check ≤ 500 MB", f"peak {peak:,.0f} MB (every core: "
                        f"{big.rss_mb:,.0f} MB)", peak <= 500, f"{big.load:.1f}")
        if not target.met:
            target.profile, target.why = _summary(profile_command(
                _check(roots[100_000], "--jobs", "1", "--no-cache"), "check-100k", out))
            target.why = "CPU profile, memory not traced: " + target.why
        targets.append(target)

    built = rows.get("build 10000") or rows.get("build 1000")
    if built is None or built.ratio is None:
        targets.append(Target("1,000-article build ≤ 1.0× hand-written", "not measured", None))
    else:
        articles = built.facts // 10
        target = Target("1,000-article build ≤ 1.0× hand-written",
                        f"{built.ratio:.1f}× at {articles:,} articles (median of "
                        f"{built.runs} pairs, wall)", built.ratio <= 1.0, f"{built.load:.1f}")
        corpus = roots.get(built.facts)
        if not target.met and corpus is not None:
            site = out / f"profile-site-{corpus.name}"
            target.profile, target.why = _summary(profile_command(
                ["-m", "mkdocs", "build", "--strict", "-f", str(corpus / "mkdocs.yml"),
                 "-d", str(site)], f"build-{articles}", out))
            shutil.rmtree(site, ignore_errors=True)
        targets.append(target)

    rebuild = rows.get(f"rebuild {size}")
    if rebuild is None or rebuild.cpu is None:
        targets.append(Target("one-edit rebuild ≤ 0.5 s and ≤ 5% of cold", "not measured",
                              None))
    else:
        target = Target("one-edit rebuild ≤ 0.5 s and ≤ 5% of cold",
                        f"{rebuild.cpu:.2f} CPU-s (wall {rebuild.seconds:.2f} s) = "
                        f"{100 * rebuild.cpu / rebuild.floor_cpu:.0f}% of the cold build's "
                        f"{rebuild.floor_cpu:.2f} at {size:,} facts", rebuild.met,
                        f"{rebuild.load:.1f}")
        if not target.met:
            target.profile, target.why = _summary(out / "profiles" / f"rebuild-{size}.prof")
        targets.append(target)
    return targets


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) == 2 and args[0] == "--summarise":
        print(summarise(Path(args[1])))
        return 0
    print("usage: python -m benchmarks.targets --summarise FILE.prof", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())
