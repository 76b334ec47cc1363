"""Dry-run times on each engine (DuckDB, PostgreSQL, Spark local) for 100k and 1M customers.

Starts a throwaway PostgreSQL server (Debian's binaries) and a local Spark session.
Usage: python benchmarks/engines.py [--customers 100000 1000000] [--runs 3]
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "tests"), str(ROOT / "benchmarks")]

from dry_run import DEFINITION, timed  # noqa: E402
import pg_server  # noqa: E402

from assistant.demo import generate as demo_warehouse  # noqa: E402
from assistant.dry_run.run import dry_run  # noqa: E402
from assistant.demo.load import load_into_postgres, write_parquet  # noqa: E402
from assistant.edges.warehouse.postgres import PostgresWarehouse  # noqa: E402
from assistant.edges.warehouse.spark import SparkWarehouse  # noqa: E402
from assistant.settings import DEMO_CATALOG  # noqa: E402
from assistant.edges.warehouse.duckdb import DuckDBWarehouse  # noqa: E402
from schema_catalog import load_catalog  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--customers", type=int, nargs="+", default=[100_000, 1_000_000])
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--engines", nargs="+", default=["duckdb", "postgres", "spark"])
    args = ap.parse_args()
    catalog = load_catalog(DEMO_CATALOG)
    for n in args.customers:
        with tempfile.TemporaryDirectory() as tmp:
            db = demo_warehouse.generate(Path(tmp) / "w.duckdb", customers=n)
            server = pg_server.PostgresServer()
            try:
                loader, reader = server.create_warehouse()
                t = time.perf_counter()
                load_into_postgres(db, loader)
                server.grant_reader()
                pg_load = time.perf_counter() - t
                write_parquet(db, Path(tmp) / "pq")
                make = {
                    "duckdb": lambda: DuckDBWarehouse(db, time_limit_ms=600_000, memory_limit="4GB"),
                    "postgres": lambda: PostgresWarehouse(reader, time_limit_ms=600_000),
                    "spark": lambda: SparkWarehouse(Path(tmp) / "pq", time_limit_ms=600_000),
                }
                engines = {name: make[name]() for name in args.engines}
                sizes = {}
                for name, wh in engines.items():
                    dry_run(DEFINITION, catalog, wh)  # warm caches once
                    ms, result = timed(lambda: dry_run(DEFINITION, catalog, wh), args.runs)
                    sizes[name] = result.final_size
                    print(f"customers={n:,} engine={name:<9} dry run median {ms:,.0f} ms (final size {result.final_size:,})",
                          flush=True)
                print(f"  same final size on every engine: {len(set(sizes.values())) == 1}; "
                      f"PostgreSQL load took {pg_load:.0f} s", flush=True)
                for wh in engines.values():
                    wh.close()
            finally:
                server.stop()


if __name__ == "__main__":
    main()
