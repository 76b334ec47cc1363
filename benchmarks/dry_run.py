"""Dry run and guard speed on a demo warehouse (default: 1,000,000 customers, generated if missing).

Prints medians measured side by side in one run:
- a full dry run (3 criteria, 2 exclusions, email channel, default breakdowns, sample);
- DuckDB alone counting the final audience (the compiled SQL with policies) on the same connection;
- the guard checking the same definition.
Usage: python benchmarks/dry_run.py [--customers N] [--db PATH] [--runs R]
"""
from __future__ import annotations

import argparse
import datetime as dt
import statistics
import tempfile
import time
from pathlib import Path

from assistant.demo import generate as demo_warehouse
from assistant.sql.compile import compile_sql
from assistant.sql.guard import check_sql_uncached
from assistant.definition import AudienceDefinition, Criterion
from assistant.dry_run.run import dry_run
from assistant.settings import DEMO_CATALOG
from assistant.edges.warehouse.duckdb import DuckDBWarehouse
from schema_catalog import load_catalog

A = "DATE '2026-09-30'"
DEFINITION = AudienceDefinition(
    request="gold or VIP customers who bought at least twice in store in the last 6 months and opened an email "
            "in the last 3 months, except cart abandoners and anyone over-solicited",
    as_of=dt.date(2026, 9, 30), channel="email",
    criteria=[
        Criterion(label="gold or VIP", sql="SELECT customer_id FROM crm.customers WHERE loyalty_tier IN ('gold', 'vip')"),
        Criterion(label="2+ store purchases in 6 months", sql=f"SELECT customer_id FROM pos.transactions WHERE customer_id IS NOT NULL "
                  f"AND transaction_ts >= {A} - INTERVAL 6 MONTH GROUP BY customer_id HAVING count(*) >= 2"),
        Criterion(label="opened an email in 3 months", sql=f"SELECT m.customer_id FROM marketing.messages m JOIN marketing.campaigns c "
                  f"ON c.campaign_id = m.campaign_id WHERE c.channel = 'email' AND m.opened_at >= {A} - INTERVAL 3 MONTH"),
    ],
    exclusions=[
        Criterion(label="cart abandoners (30 days)", sql=f"SELECT customer_id FROM web.events WHERE event_type = 'add_to_cart' "
                  f"AND event_ts >= {A} - INTERVAL 30 DAY EXCEPT SELECT customer_id FROM ecom.orders WHERE status <> 'cancelled' "
                  f"AND order_ts >= {A} - INTERVAL 30 DAY"),
        Criterion(label="over-solicited", sql=f"SELECT customer_id FROM marketing.messages WHERE sent_at >= {A} - INTERVAL 30 DAY "
                  "GROUP BY customer_id HAVING count(*) > 5"),
    ],
)


def timed(fn, runs: int) -> tuple[float, object]:
    samples, out = [], None
    for _ in range(runs):
        t = time.perf_counter()
        out = fn()
        samples.append((time.perf_counter() - t) * 1000)
    return statistics.median(samples), out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--customers", type=int, default=1_000_000)
    ap.add_argument("--db", type=Path)
    ap.add_argument("--runs", type=int, default=7)
    args = ap.parse_args()
    catalog = load_catalog(DEMO_CATALOG)
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or Path(tmp) / "w.duckdb"
        if not db.exists():
            print(f"generating {args.customers:,} customers ...", flush=True)
            demo_warehouse.generate(db, customers=args.customers)
        wh = DuckDBWarehouse(db, time_limit_ms=60_000, threads=2, memory_limit="4GB")
        final_sql = compile_sql(DEFINITION, catalog, with_policies=True)
        count_sql = f"SELECT count(*) FROM ({final_sql}) q"
        dry_run(DEFINITION, catalog, wh)  # warm the file cache once for both sides
        pairs_dry, pairs_count = [], []
        for _ in range(args.runs):  # interleaved, so both sides see the same machine load
            t_dry, result = timed(lambda: dry_run(DEFINITION, catalog, wh), 1)
            t_count, count = timed(lambda: wh.scalar(count_sql), 1)
            pairs_dry.append(t_dry)
            pairs_count.append(t_count)
        assert count == result.final_size, (count, result.final_size)
        parts = DEFINITION.criteria + DEFINITION.exclusions
        t_guard, _ = timed(lambda: [check_sql_uncached(c.sql, catalog) for c in parts], 50)
        dry, cnt = statistics.median(pairs_dry), statistics.median(pairs_count)
        declared = wh.scalar("SELECT count(*) FROM duckdb_constraints() WHERE schema_name = 'crm' "
                             "AND table_name = 'customers' AND constraint_type = 'PRIMARY KEY'")
        print(f"customers={result.base:,} final_size={result.final_size:,} runs={args.runs} "
              f"customer key declared: {'yes (the sample is an index lookup)' if declared else 'no (the sample scans)'}")
        print(f"dry run (funnel, waterfall, reachability, 4 breakdowns, sample): median {dry:.0f} ms")
        print(f"DuckDB alone counting the final audience:                      median {cnt:.0f} ms")
        print(f"ratio dry run / count: {dry / cnt:.2f}x")
        print(f"guard (uncached), 5-part definition: median {t_guard:.1f} ms")
        wh.close()


if __name__ == "__main__":
    main()
