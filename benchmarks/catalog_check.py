"""`audience catalog check` time: the demo catalog on the demo warehouse, TPC-DS's on its SF 0.1 warehouse.

The check compiles, guards and binds (`LIMIT 0`) a probe per request family on top of its table, key,
relationship, vocabulary and catalog-SQL checks, so its time grows with the catalog. Prints per catalog the
median wall and CPU time over the runs (on a shared machine wall time includes waiting), how many things were
checked and the verdict. Target: <= 30 s on TPC-DS.
The warehouses are generated once into AUDIENCE_HOME (default .data) and reused: the demo with its default
customers, TPC-DS through dsdgen in its pinned side environment (minutes the first time).
Usage: python benchmarks/catalog_check.py [--runs R] [--skip-tpcds]
"""
from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from assistant.demo import generate as demo_warehouse
from assistant.demo.golden import golden_warehouse
from assistant.demo.tpcds import TODAY
from assistant.edges.warehouse.duckdb import DuckDBWarehouse
from assistant.settings import DEMO_CATALOG, Settings
from schema_catalog import load_catalog
from schema_catalog.check import check_catalog

TPCDS_CATALOG = DEMO_CATALOG.parent / "catalogs" / "tpcds.yaml"


def _time_check(catalog_path: Path, db: Path, as_of, runs: int) -> None:
    catalog = load_catalog(catalog_path)
    times, cpu, report = [], [], None
    for _ in range(runs):
        with DuckDBWarehouse(db, time_limit_ms=30_000) as wh:
            start, start_cpu = time.perf_counter(), time.process_time()
            report = check_catalog(catalog, wh, as_of=as_of)
            times.append(time.perf_counter() - start)
            cpu.append(time.process_time() - start_cpu)
    verdict = "OK" if report.ok else f"{len(report.errors)} error(s), first: {report.errors[0]}"
    print(f"{catalog_path.name} on {db.name}: check median {statistics.median(times):.1f} s wall, "
          f"{statistics.median(cpu):.1f} s CPU (this process and DuckDB's threads) over {runs} run(s); "
          f"{report.checked} things checked, {len(report.warnings)} warning(s); {verdict}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--skip-tpcds", action="store_true", help="time the demo catalog only")
    args = parser.parse_args()
    home = Settings().home
    demo_db = home / "demo_warehouse.duckdb"
    if not demo_db.exists():
        demo_warehouse.generate(demo_db)
    _time_check(DEMO_CATALOG, demo_db, demo_warehouse.DEFAULT_AS_OF, args.runs)
    if not args.skip_tpcds and TPCDS_CATALOG.is_file():
        _time_check(TPCDS_CATALOG, golden_warehouse("tpcds", home / "evals"), TODAY, args.runs)


if __name__ == "__main__":
    main()
