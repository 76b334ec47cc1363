"""Guard speed: checking the 5 parts of the dry-run benchmark's definition, uncached, on the demo catalog and on
a 300-table catalog (the demo catalog plus ERP tables). Targets: <= 5 ms and <= 10 ms per definition.

Prints the median, min and max of R runs of the 5 checks, the two catalogs interleaved, in wall-clock and in
CPU milliseconds of this thread (on a shared, loaded machine the CPU figure is the one that moves less).
Usage: python benchmarks/guard.py [--runs R]
"""
from __future__ import annotations

import argparse
import statistics
import time

from dry_run import DEFINITION
from large_catalog import big_catalog

from assistant.settings import DEMO_CATALOG
from assistant.sql.guard import check_sql_uncached
from schema_catalog import load_catalog


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=200)
    args = ap.parse_args()
    demo = load_catalog(DEMO_CATALOG)
    catalogs = {"demo catalog": demo, "300-table catalog": big_catalog(demo)}
    parts = [c.sql for c in DEFINITION.criteria + DEFINITION.exclusions]
    samples: dict[str, list[float]] = {name: [] for name in catalogs}
    cpu: dict[str, list[float]] = {name: [] for name in catalogs}
    for name, catalog in catalogs.items():  # first call outside the figures: imports, allow-list, lazy caches
        for sql in parts:
            check_sql_uncached(sql, catalog)
    for _ in range(args.runs):
        for name, catalog in catalogs.items():
            t, c = time.perf_counter(), time.thread_time()
            for sql in parts:
                check_sql_uncached(sql, catalog)
            samples[name].append((time.perf_counter() - t) * 1000)
            cpu[name].append((time.thread_time() - c) * 1000)
    for name, s in samples.items():
        print(f"guard, {len(parts)}-part definition, {name} ({len(catalogs[name].tables)} tables): "
              f"median {statistics.median(s):.2f} ms (min {min(s):.2f}, max {max(s):.2f}, {args.runs} runs); "
              f"CPU median {statistics.median(cpu[name]):.2f} ms (min {min(cpu[name]):.2f})")


if __name__ == "__main__":
    main()
