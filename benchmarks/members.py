"""What binding an approval to its member set costs (default: 1,000,000 customers, generated if missing).

Prints medians, measured side by side in one run, for a small and a large audience:
- the dry run (as the author sees it) and DuckDB alone counting the final audience;
- selecting the members with the dry run's own plan (what submit and export run);
- packing the sorted keys (sha256 digest + zlib: what the store keeps per submitted version), and its size;
- the export's comparison: unpacking the approved keys and the symmetric difference with the members now.
Usage: python benchmarks/members.py [--customers N] [--db PATH] [--runs R]
"""
from __future__ import annotations

import statistics
import tempfile
import time

from demo_warehouse import arguments, demo_db  # benchmarks/demo_warehouse.py
from dry_run import DEFINITION  # the benchmark definition of benchmarks/dry_run.py

from assistant.definition import AudienceDefinition, Criterion
from assistant.dry_run.members import Members, drift, unpack
from assistant.dry_run.run import dry_run, members
from assistant.edges.warehouse.duckdb import DuckDBWarehouse
from assistant.settings import DEMO_CATALOG
from assistant.sql.compile import compile_sql
from schema_catalog import load_catalog

LARGE = AudienceDefinition(request="customers in France, Spain or Italy", channel="email", criteria=[
    Criterion(label="FR, ES, IT", sql="SELECT customer_id FROM crm.customers WHERE country IN ('FR', 'ES', 'IT')")])


def median_ms(fn, runs: int):
    samples, out = [], None
    for _ in range(runs):
        t = time.perf_counter()
        out = fn()
        samples.append((time.perf_counter() - t) * 1000)
    return statistics.median(samples), out


def main() -> None:
    args = arguments(customers=1_000_000, runs=5)
    catalog = load_catalog(DEMO_CATALOG)
    with tempfile.TemporaryDirectory() as tmp:
        db = demo_db(args, tmp)
        wh = DuckDBWarehouse(db, time_limit_ms=120_000, threads=2, memory_limit="4GB")
        for name, defn in (("small", DEFINITION), ("large", LARGE)):
            count_sql = f"SELECT count(*) FROM ({compile_sql(defn, catalog, with_policies=True)}) q"
            run = dry_run(defn, catalog, wh, sample_size=0)  # warm the file cache
            t_dry, t_count, t_members = [], [], []
            for _ in range(args.runs):  # interleaved: every side sees the same machine load
                t_dry.append(median_ms(lambda: dry_run(defn, catalog, wh), 1)[0])
                t_count.append(median_ms(lambda: wh.scalar(count_sql), 1)[0])
                ms, now = median_ms(lambda: members(defn, catalog, wh, as_of=run.as_of), 1)
                t_members.append(ms)
            assert now.size == run.final_size
            # A fresh Members each run: its sorted text and digest are cached per instance.
            t_pack, packed = median_ms(lambda: (lambda m: (m.digest, m.packed()))(Members(now.columns, now.rows, now.as_of)),
                                       args.runs)
            swapped = {str(k) for k in range(-95, 0)} | set(sorted(now.keys())[95:])
            t_diff, change = median_ms(lambda: drift(unpack(packed[1]), swapped), args.runs)
            print(f"{name}: {run.base:,} customers, {now.size:,} members, runs={args.runs}")
            print(f"  dry run                                   median {statistics.median(t_dry):7.0f} ms")
            print(f"  DuckDB counting the final audience        median {statistics.median(t_count):7.0f} ms")
            print(f"  members with the dry run's plan (fetched) median {statistics.median(t_members):7.0f} ms")
            print(f"  sort + sha256 + zlib of the keys          median {t_pack:7.0f} ms   ({len(packed[1]) / 1e6:.2f} MB kept)")
            print(f"  unpack + symmetric difference at export   median {t_diff:7.0f} ms   "
                  f"({change.left} left, {change.entered} entered)")
        wh.close()


if __name__ == "__main__":
    main()
