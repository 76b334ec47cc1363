"""`audience catalog draft` speed on the demo warehouse (20,000 customers) and on TPC-DS at SF 0.1 (10,000
customers, 288,464 store sales lines, 25 tables, 428 columns).

Prints, per warehouse, the median, min and max wall-clock seconds of R drafts (the two warehouses interleaved),
the median of each stage (measuring every table, relationships, reading vocabularies), and the process CPU
seconds (DuckDB's own threads included: on a shared, loaded machine the wall figure moves more).
Usage: python benchmarks/catalog_draft.py [--runs R] [--demo FILE] [--tpcds FILE]
(the warehouses are generated into AUDIENCE_HOME when not given and missing).
"""
from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from assistant.demo import generate as demo_warehouse
from assistant.demo.golden import golden_warehouse
from assistant.edges.warehouse.duckdb import DuckDBWarehouse
from assistant.settings import load_settings
from schema_catalog.draft import draft_catalog


def one_draft(path: Path) -> tuple[float, float, dict[str, float]]:
    started, cpu = time.perf_counter(), time.process_time()
    with DuckDBWarehouse(path, time_limit_ms=120_000) as wh:
        result = draft_catalog(wh, name=path.stem, source_note=str(path))
    return time.perf_counter() - started, time.process_time() - cpu, result.timings


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--demo", type=Path)
    ap.add_argument("--tpcds", type=Path)
    args = ap.parse_args()
    home = load_settings().home
    demo = args.demo or home / "demo_warehouse.duckdb"
    if not demo.exists():
        demo_warehouse.generate(demo, customers=20_000)
    tpcds = args.tpcds or golden_warehouse("tpcds", home / "evals")
    warehouses = {"demo (20k customers)": demo, "TPC-DS SF 0.1": tpcds}
    walls: dict[str, list[float]] = {n: [] for n in warehouses}
    cpus: dict[str, list[float]] = {n: [] for n in warehouses}
    stages: dict[str, dict[str, list[float]]] = {n: {} for n in warehouses}
    for _ in range(args.runs):
        for name, path in warehouses.items():
            wall, cpu, timings = one_draft(path)
            walls[name].append(wall)
            cpus[name].append(cpu)
            for stage, seconds in timings.items():
                stages[name].setdefault(stage, []).append(seconds)
    for name in warehouses:
        w = walls[name]
        parts = ", ".join(f"{stage} {statistics.median(v):.2f} s" for stage, v in stages[name].items() if stage != "total")
        print(f"{name}: draft median {statistics.median(w):.2f} s (min {min(w):.2f}, max {max(w):.2f}, {len(w)} runs); "
              f"CPU {statistics.median(cpus[name]):.2f} s; stages: {parts}")


if __name__ == "__main__":
    main()
