"""``make bench``'s verdict on issue 21's targets (:mod:`benchmarks.targets`), on rows
made here: which target is met, missed or not measured, and the profile's summary line.
No timing is asserted: the rows' numbers are given."""

from __future__ import annotations

import cProfile
from pathlib import Path

from benchmarks.run import Row
from benchmarks.targets import evaluate, summarise, table


def _row(name: str, facts: int, cpu: float, rss: float = 100.0, **extra: float) -> Row:
    row = Row(name, "corpus", facts, 1, cpu * 3, rss, cpu=cpu, load=4.0)
    for key, value in extra.items():
        setattr(row, key, value)
    return row


def test_targets_met_are_not_profiled_and_missing_ones_say_so(tmp_path: Path) -> None:
    rows = {"floor 10000": _row("floor", 10_000, 1.0),
            "check 10000": _row("check", 10_000, 1.5),  # 1.5× the floor: met
            "serial 10000": _row("serial", 10_000, 1.4),
            "warm 10000": _row("warm", 10_000, 0.9),  # 0.9×: met
            "build 1000": _row("build", 1_000, 2.0, ratio=0.8, runs=3),
            "rebuild 10000": _row("rebuild", 10_000, 0.3, floor_cpu=10.0)}
    rows["rebuild 10000"].met = True
    targets = evaluate(rows, {10_000: tmp_path}, tmp_path)
    verdicts = {target.name: target.met for target in targets}
    assert verdicts == {"cold check ≤ 2× floor": True, "warm check ≤ 1.0× floor": True,
                        "100k check ≤ 500 MB": None,
                        "1,000-article build ≤ 1.0× hand-written": True,
                        "one-edit rebuild ≤ 0.5 s and ≤ 5% of cold": True}
    assert all(not target.profile for target in targets)
    assert not (tmp_path / "profiles").exists()
    assert "1.5× the floor's 1.00" in targets[0].measured
    assert "0.8× at 100 articles" in targets[3].measured
    shown = table(targets)
    assert shown.count("| met |") == 4 and "not measured" in shown


def test_a_missed_rebuild_names_where_its_time_goes(tmp_path: Path) -> None:
    profiles = tmp_path / "profiles"
    profiles.mkdir()
    profiler = cProfile.Profile()
    profiler.runcall(lambda: sorted(str(number) for number in range(20_000)))
    profiler.dump_stats(str(profiles / "rebuild-10000.prof"))
    rows = {"rebuild 10000": _row("rebuild", 10_000, 4.0, floor_cpu=10.0)}
    rows["rebuild 10000"].met = False
    (target,) = [t for t in evaluate(rows, {10_000: tmp_path}, tmp_path)
                 if t.name.startswith("one-edit")]
    assert target.met is False and "40% of the cold build's 10.00" in target.measured
    assert target.profile.endswith("rebuild-10000.txt")
    assert "Ordered by: cumulative time" in (profiles / "rebuild-10000.txt").read_text("utf-8")
    assert "own time:" in target.why and "<genexpr>" in target.why
    assert "sorted" in summarise(profiles / "rebuild-10000.prof")
