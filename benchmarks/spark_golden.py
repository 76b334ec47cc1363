"""The whole golden set on a local Spark session: every translation's SQL and every gold, against DuckDB's customers.

The suite runs the fewest of these queries that use every construct (tests/test_engines_spark.py); this runs
all of them and prints the time of each Spark job and any query whose customers differ.
Usage: python benchmarks/spark_golden.py [--customers 4000]
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "tests")]

from engines import SMALL_DATA, covering, fingerprint_sql, golden_queries  # noqa: E402

from assistant.demo import generate as demo_warehouse  # noqa: E402
from assistant.demo.load import write_parquet  # noqa: E402
from assistant.edges.warehouse.duckdb import DuckDBWarehouse  # noqa: E402
from assistant.edges.warehouse.spark import SparkWarehouse  # noqa: E402
from assistant.settings import DEMO_CATALOG  # noqa: E402
from assistant.translate.offline.translator import OfflineTranslator  # noqa: E402
from assistant.translate.value_index import build  # noqa: E402
from schema_catalog import load_catalog  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--customers", type=int, default=4_000)
    args = ap.parse_args()
    catalog = load_catalog(DEMO_CATALOG)
    with tempfile.TemporaryDirectory() as tmp:
        db = demo_warehouse.generate(Path(tmp) / "w.duckdb", customers=args.customers)
        write_parquet(db, Path(tmp) / "parquet")
        with DuckDBWarehouse(db) as duck:
            queries = golden_queries(OfflineTranslator(catalog, build(duck, catalog)), catalog)
            expected = {label: duck.query(fingerprint_sql(label, sql)).rows[0][1:] for label, sql in queries}
        print(f"{len(queries)} queries; the suite runs {len(covering(queries))} of them (every construct once)")
        spark = SparkWarehouse(Path(tmp) / "parquet", master="local[2]", time_limit_ms=600_000, max_rows=1_000,
                               config=SMALL_DATA)
        wrong = []
        for i in range(0, len(queries), 40):
            batch = queries[i:i + 40]
            started = time.perf_counter()
            rows = spark.query(" UNION ALL ".join(fingerprint_sql(label, sql) for label, sql in batch), max_rows=1000).rows
            got = {row[0]: tuple(int(x) for x in row[1:]) for row in rows}
            wrong += [label for label, _ in batch if got.get(label) != tuple(int(x) for x in expected[label])]
            print(f"queries {i + 1}-{i + len(batch)}: {time.perf_counter() - started:.1f} s")
        print(f"different customers on Spark: {wrong or 'none'}")


if __name__ == "__main__":
    main()
