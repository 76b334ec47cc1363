"""Test files timed alone, this checkout against another, round by round: where the suite's minutes go.

Each run is `python -m pytest FILE -p no:cacheprovider -q` in a fresh process of the checkout (its own code, tests
and fixtures: a file's session fixtures, such as the demo warehouse, are part of its cost, as on a suite worker).
Per run: wall seconds, and the CPU seconds of the whole process tree (pytest, the CLI processes it starts, a Spark
JVM), collected by making this script the subreaper of whatever a run leaves behind (a JVM outlives the pytest that
started it by a moment, and its CPU would be lost otherwise). On a shared machine the CPU figure is the one that
moves less.
`--baseline DIR` (another checkout, e.g. `git archive main | tar -x -C DIR`, using this checkout's .venv)
alternates the two, the order swapped every round, and prints each side's medians and the median of the paired
ratios (this / baseline). A run that fails is reported and stops the script: a faster file that fails proves nothing.
Usage: python benchmarks/test_files.py [--rounds R] [--baseline DIR] FILE [FILE ...]
"""
from __future__ import annotations

import argparse
import ctypes
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PR_SET_CHILD_SUBREAPER = 36


def _reap_orphans() -> None:
    while True:
        try:
            os.waitpid(-1, 0)
        except ChildProcessError:
            return


def run_file(root: Path, file: str) -> tuple[float, float]:
    """(wall, CPU) seconds of one run of `file` in the checkout at `root`."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    env = {**os.environ, "PYTHONPATH": str(root)}
    proc = subprocess.run([sys.executable, "-m", "pytest", file, "-p", "no:cacheprovider", "-q", "-x"], cwd=root,
                          env=env, capture_output=True, text=True, check=False)
    wall = time.perf_counter() - started
    _reap_orphans()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode != 0:
        sys.exit(f"{file} failed in {root} (exit code {proc.returncode}):\n{proc.stdout[-3000:]}\n{proc.stderr[-2000:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("files", nargs="+")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--baseline", type=Path, help="another checkout to compare with, round by round")
    args = ap.parse_args()
    ctypes.CDLL(None).prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0)
    sides = {"this": ROOT, **({"baseline": args.baseline.resolve()} if args.baseline else {})}
    for file in args.files:
        runs: dict[str, list[tuple[float, float]]] = {side: [] for side in sides}
        for r in range(args.rounds):
            order = list(sides) if r % 2 == 0 else list(sides)[::-1]
            for side in order:
                runs[side].append(run_file(sides[side], file))
                wall, cpu = runs[side][-1]
                print(f"  {file} round {r + 1} {side:8s}: {wall:6.1f} s wall, {cpu:6.1f} s CPU", flush=True)
        for side, figures in runs.items():
            walls, cpus = [w for w, _ in figures], [c for _, c in figures]
            print(f"{file} {side:8s}: wall median {statistics.median(walls):6.1f} s (min {min(walls):.1f}), "
                  f"CPU median {statistics.median(cpus):6.1f} s (min {min(cpus):.1f}), {len(figures)} runs")
        if "baseline" in runs:
            pairs = list(zip(runs["this"], runs["baseline"]))
            print(f"{file} this / baseline, median of paired ratios: wall "
                  f"{statistics.median(t[0] / b[0] for t, b in pairs):.2f}, CPU "
                  f"{statistics.median(t[1] / b[1] for t, b in pairs):.2f}", flush=True)


if __name__ == "__main__":
    main()
