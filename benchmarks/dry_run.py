"""The dry run against a hand-written count of the same final audience, at 100k, 1M and 5M customers.

For each warehouse size and each definition (5 parts; 10 criteria), the full dry run (funnel, waterfall,
reachability on every channel, 4 breakdowns, masked sample), a hand-written `COUNT(DISTINCT customer_id)`
of its final audience, and the dry run with each criterion's own size (what the app and `audience dry-run`
show, a second statement) run in turn on one connection; each pair gives a ratio (dry run / count) and the
script prints the median ratio with its min and max, and the median milliseconds of both sides. Pairs make
the ratio robust on a shared machine: both sides of a pair see the same load.

Warehouses live in --dir (w_<N>.duckdb), generated when missing; 5M (and any size above 1M) is the 1M
warehouse replicated with shifted keys, every table in its source's row order (facts stay sorted by time).
Targets: ratio <= 1.2x at 1M and 5M, <= 1.5x at 100k; 5M dry run <= 1 s; 10 criteria <= 1.5x.
Usage: python benchmarks/dry_run.py [--sizes 100000 1000000 5000000] [--dir /tmp/audience-bench] [--runs 9]
"""
from __future__ import annotations

import argparse
import datetime as dt
import statistics
import time
from pathlib import Path

import duckdb

from assistant.definition import AudienceDefinition, Criterion
from assistant.demo import generate as demo_warehouse
from assistant.dry_run.run import dry_run
from assistant.edges.warehouse.duckdb import DuckDBWarehouse
from assistant.settings import DEMO_CATALOG
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
# What a person would write to count the same final audience: the request and the email policies.
HAND_COUNT = f"""
SELECT count(DISTINCT c.customer_id) FROM crm.customers c
WHERE c.loyalty_tier IN ('gold', 'vip') AND c.email IS NOT NULL
  AND c.customer_id IN (SELECT customer_id FROM crm.consents WHERE channel = 'email' AND opted_in)
  AND c.customer_id IN (SELECT customer_id FROM pos.transactions WHERE transaction_ts >= {A} - INTERVAL 6 MONTH
                        GROUP BY customer_id HAVING count(*) >= 2)
  AND c.customer_id IN (SELECT m.customer_id FROM marketing.messages m JOIN marketing.campaigns ca USING (campaign_id)
                        WHERE ca.channel = 'email' AND m.opened_at >= {A} - INTERVAL 3 MONTH)
  AND c.customer_id NOT IN (SELECT customer_id FROM web.events WHERE event_type = 'add_to_cart' AND customer_id IS NOT NULL
                            AND event_ts >= {A} - INTERVAL 30 DAY
                            EXCEPT SELECT customer_id FROM ecom.orders WHERE status <> 'cancelled' AND order_ts >= {A} - INTERVAL 30 DAY)
  AND c.customer_id NOT IN (SELECT customer_id FROM marketing.messages WHERE sent_at >= {A} - INTERVAL 30 DAY
                            GROUP BY customer_id HAVING count(*) > 5)
  AND c.customer_id NOT IN (SELECT customer_id FROM crm.do_not_contact)
  AND c.customer_id NOT IN (SELECT customer_id FROM marketing.messages WHERE sent_at >= {A} - INTERVAL 30 DAY
                            GROUP BY customer_id HAVING count(*) >= 5)
"""
TEN = [
    ("silver or better", "SELECT customer_id FROM crm.customers WHERE loyalty_tier IN ('silver', 'gold', 'vip')"),
    ("in 5 countries", "SELECT customer_id FROM crm.customers WHERE country IN ('FR', 'DE', 'ES', 'IT', 'BE')"),
    ("customer for a year", f"SELECT customer_id FROM crm.customers WHERE signup_date < {A} - INTERVAL 1 YEAR"),
    ("aged 25 to 64", f"SELECT customer_id FROM crm.customers WHERE date_diff('year', birth_date, {A}) BETWEEN 25 AND 64"),
    ("store purchase in 12 months", f"SELECT customer_id FROM pos.transactions WHERE transaction_ts >= {A} - INTERVAL 12 MONTH"),
    ("online order in 24 months", f"SELECT customer_id FROM ecom.orders WHERE status <> 'cancelled' AND order_ts >= {A} - INTERVAL 24 MONTH"),
    ("opened an email in 6 months", f"SELECT m.customer_id FROM marketing.messages m JOIN marketing.campaigns c "
                                    f"ON c.campaign_id = m.campaign_id WHERE c.channel = 'email' AND m.opened_at >= {A} - INTERVAL 6 MONTH"),
    ("site visit in 3 months", f"SELECT customer_id FROM web.sessions WHERE started_at >= {A} - INTERVAL 3 MONTH"),
    ("churn risk under 0.8", "SELECT customer_id FROM ds.customer_scores WHERE churn_risk < 0.8"),
    ("bought shoes in store in 2 years", f"SELECT t.customer_id FROM pos.transactions t JOIN pos.transaction_lines l "
                                         f"ON l.transaction_id = t.transaction_id JOIN pim.products p ON p.product_id = l.product_id "
                                         f"WHERE p.category = 'shoes' AND t.transaction_ts >= {A} - INTERVAL 2 YEAR"),
]
TEN_CRITERIA = AudienceDefinition(request="ten criteria", as_of=dt.date(2026, 9, 30), channel="email",
                                  criteria=[Criterion(label=label, sql=sql) for label, sql in TEN])
TEN_HAND_COUNT = f"""
SELECT count(DISTINCT c.customer_id) FROM crm.customers c
WHERE c.loyalty_tier IN ('silver', 'gold', 'vip') AND c.country IN ('FR', 'DE', 'ES', 'IT', 'BE')
  AND c.signup_date < {A} - INTERVAL 1 YEAR
  AND date_diff('year', c.birth_date, {A}) BETWEEN 25 AND 64 AND c.email IS NOT NULL
  AND c.customer_id IN (SELECT customer_id FROM crm.consents WHERE channel = 'email' AND opted_in)
  AND c.customer_id IN (SELECT customer_id FROM pos.transactions WHERE transaction_ts >= {A} - INTERVAL 12 MONTH)
  AND c.customer_id IN (SELECT customer_id FROM ecom.orders WHERE status <> 'cancelled' AND order_ts >= {A} - INTERVAL 24 MONTH)
  AND c.customer_id IN (SELECT m.customer_id FROM marketing.messages m JOIN marketing.campaigns ca USING (campaign_id)
                        WHERE ca.channel = 'email' AND m.opened_at >= {A} - INTERVAL 6 MONTH)
  AND c.customer_id IN (SELECT customer_id FROM web.sessions WHERE started_at >= {A} - INTERVAL 3 MONTH)
  AND c.customer_id IN (SELECT customer_id FROM ds.customer_scores WHERE churn_risk < 0.8)
  AND c.customer_id IN (SELECT t.customer_id FROM pos.transactions t JOIN pos.transaction_lines l USING (transaction_id)
                        JOIN pim.products p USING (product_id) WHERE p.category = 'shoes' AND t.transaction_ts >= {A} - INTERVAL 2 YEAR)
  AND c.customer_id NOT IN (SELECT customer_id FROM crm.do_not_contact)
  AND c.customer_id NOT IN (SELECT customer_id FROM marketing.messages WHERE sent_at >= {A} - INTERVAL 30 DAY
                            GROUP BY customer_id HAVING count(*) >= 5)
"""
CASES = {"5 parts": (DEFINITION, HAND_COUNT), "10 criteria": (TEN_CRITERIA, TEN_HAND_COUNT)}

# Keys made distinct in each copy of a replicated warehouse; other tables (products, stores, campaigns) are shared.
SHIFTED = ("customer_id", "transaction_id", "order_id", "session_id", "event_id", "message_id", "ticket_id")
SHARED = ("pim.products", "pos.stores", "marketing.campaigns", "meta.warehouse")
SHIFT = 10**13


def replicate(source: Path, out: Path, copies: int) -> None:
    """`copies` copies of the source warehouse, keys shifted by SHIFT per copy, each table in its source's row order
    (every row beside its copies, so the time-sorted facts stay sorted and a time window reads its period only)."""
    partial = out.with_name(out.name + ".partial")
    partial.unlink(missing_ok=True)
    con = duckdb.connect(str(partial), config={"memory_limit": "3GB"})
    try:
        con.execute("SET enable_progress_bar = false")
        con.execute(f"ATTACH '{source}' AS src (READ_ONLY)")
        tables = con.execute("SELECT schema_name, table_name FROM duckdb_tables() WHERE database_name = 'src' ORDER BY ALL").fetchall()
        for schema, table in tables:
            con.execute(f"CREATE SCHEMA IF NOT EXISTS {schema}")
            name = f"{schema}.{table}"
            if name in SHARED:
                con.execute(f"CREATE TABLE {name} AS SELECT * FROM src.{name}")
                continue
            cols = [r[0] for r in con.execute("SELECT column_name FROM duckdb_columns() WHERE database_name = 'src' "
                                              "AND schema_name = ? AND table_name = ? ORDER BY column_index", [schema, table]).fetchall()]
            # Each source row followed by its copies (unnest streams in order): a table sorted by time stays sorted.
            shifted = ", ".join(f"{c} + k * {SHIFT} AS {c}" if c in SHIFTED else c for c in cols)
            con.execute(f"CREATE TABLE {name} AS SELECT {shifted} FROM (SELECT *, unnest(range({copies})) AS k FROM src.{name})")
        con.execute("UPDATE meta.warehouse SET customers = customers * ?", [copies])
        con.execute("ALTER TABLE crm.customers ADD PRIMARY KEY (customer_id)")
        con.execute("CHECKPOINT")
    finally:
        con.close()
    partial.rename(out)


def warehouse(folder: Path, customers: int) -> Path:
    path = folder / f"w_{customers}.duckdb"
    if path.exists():
        return path
    if customers > 1_000_000 and customers % 1_000_000 == 0:
        base = warehouse(folder, 1_000_000)
        print(f"replicating {base.name} x{customers // 1_000_000} ...", flush=True)
        replicate(base, path, customers // 1_000_000)
    else:
        print(f"generating {customers:,} customers ...", flush=True)
        demo_warehouse.generate(path, customers=customers)
    return path


def timed(fn) -> tuple[float, object]:
    t = time.perf_counter()
    out = fn()
    return (time.perf_counter() - t) * 1000, out


def measure(wh: DuckDBWarehouse, catalog, defn: AudienceDefinition, hand: str, runs: int) -> dict:
    result = dry_run(defn, catalog, wh)  # warms the file cache for both sides
    count = wh.scalar(hand)
    assert count == result.final_size, f"hand count {count} != dry run {result.final_size}"
    dry, cnt, own = [], [], []
    for _ in range(runs):  # interleaved, so the sides of a pair see the same machine load
        dry.append(timed(lambda: dry_run(defn, catalog, wh))[0])
        cnt.append(timed(lambda: wh.scalar(hand))[0])
        own.append(timed(lambda: dry_run(defn, catalog, wh, own_sizes=True))[0])
    ratios = [d / c for d, c in zip(dry, cnt)]
    return {"final": result.final_size, "base": result.base, "dry": statistics.median(dry), "count": statistics.median(cnt),
            "ratio": statistics.median(ratios), "lo": min(ratios), "hi": max(ratios), "own": statistics.median(own),
            "own_ratio": statistics.median(o / c for o, c in zip(own, cnt))}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000, 5_000_000])
    ap.add_argument("--dir", type=Path, default=Path("/tmp/audience-bench"))
    ap.add_argument("--runs", type=int, default=9)
    args = ap.parse_args()
    args.dir.mkdir(parents=True, exist_ok=True)
    catalog = load_catalog(DEMO_CATALOG)
    for n in args.sizes:
        with DuckDBWarehouse(warehouse(args.dir, n), time_limit_ms=120_000, threads=2, memory_limit="4GB") as wh:
            for name, (defn, hand) in CASES.items():
                r = measure(wh, catalog, defn, hand, args.runs)
                print(f"{r['base']:>9,} customers, {name:<11}: final {r['final']:>7,} | dry run {r['dry']:7.0f} ms | "
                      f"hand count {r['count']:6.0f} ms | ratio median {r['ratio']:.2f}x (min {r['lo']:.2f}, max {r['hi']:.2f}, "
                      f"{args.runs} pairs) | with own sizes {r['own']:7.0f} ms ({r['own_ratio']:.2f}x)", flush=True)


if __name__ == "__main__":
    main()
