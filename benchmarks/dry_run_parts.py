"""What each part of the dry run statement costs, against the hand-written count (issue 18's floors).

The dry run is one statement (assistant/dry_run/plan.py). This times, on one connection and interleaved, that
statement as the app runs it (breakdowns and a 20-row sample), without breakdowns, without breakdowns nor
sample (counts only: funnel, waterfall, reach), and the hand-written count of benchmarks/dry_run.py; for each it
prints the median time, the median of paired ratios to the count, and the median time DuckDB takes to plan it
(PREPARE: parse, bind, optimize; DuckDB plans a prepared statement again at each EXECUTE, so this cost is paid
at every run). Warehouses come from benchmarks/dry_run.py (--dir, w_<N>.duckdb, generated when missing).

Usage: python benchmarks/dry_run_parts.py [--sizes 100000 1000000] [--dir /tmp/audience-bench] [--runs 11]
"""
from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

import duckdb
from dry_run import DEFINITION, HAND_COUNT, warehouse

from assistant.dry_run.plan import plan_for
from assistant.settings import DEMO_CATALOG
from schema_catalog import load_catalog


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    ap.add_argument("--dir", type=Path, default=Path("/tmp/audience-bench"))
    ap.add_argument("--runs", type=int, default=11)
    args = ap.parse_args()
    args.dir.mkdir(parents=True, exist_ok=True)
    catalog = load_catalog(DEMO_CATALOG)

    def statement(breakdowns: list[str], sample: int) -> str:
        return plan_for(DEFINITION, catalog, DEFINITION.as_of, breakdowns=breakdowns, sample_size=sample, dialect="duckdb").sql

    cases = {"dry run (as the app runs it)": statement(list(catalog.breakdowns), 20),
             "without breakdowns": statement([], 20),
             "counts only (no breakdowns, no sample)": statement([], 0),
             "hand-written count": HAND_COUNT}
    for n in args.sizes:
        con = duckdb.connect(str(warehouse(args.dir, n)), read_only=True, config={"threads": 2, "memory_limit": "4GB"})
        for sql in cases.values():
            con.execute(sql).fetchall()   # warms the file cache
        run: dict[str, list[float]] = {k: [] for k in cases}
        plan: dict[str, list[float]] = {k: [] for k in cases}
        for _ in range(args.runs):        # interleaved: every case sees the same machine load
            for name, sql in cases.items():
                t = time.perf_counter()
                con.execute(sql).fetchall()
                run[name].append(time.perf_counter() - t)
                t = time.perf_counter()
                con.execute(f"PREPARE p AS {sql}")
                plan[name].append(time.perf_counter() - t)
        count = run["hand-written count"]
        for name in cases:
            ratio = statistics.median(a / b for a, b in zip(run[name], count))
            print(f"{n:>9,} customers, {name:<39}: {statistics.median(run[name]) * 1000:7.1f} ms | {ratio:.2f}x the count | "
                  f"planning {statistics.median(plan[name]) * 1000:5.1f} ms", flush=True)
        con.close()


if __name__ == "__main__":
    main()
