"""Overlap speed and split balance on a demo warehouse (default: 1,000,000 customers, generated if missing).

Prints:
- the median time of `pipeline.overlap` over three audiences (one query on the engine), and of DuckDB
  alone counting the three audiences one by one, measured interleaved;
- arm shares of a 45/45/10 split over the first 100,000 customer keys, against the requested shares.
Usage: python benchmarks/experiments.py [--customers N] [--db PATH] [--runs R]
"""
from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

from demo_warehouse import arguments, demo_db  # benchmarks/demo_warehouse.py

from assistant import pipeline
from assistant.review.split import arm_of, new_split
from assistant.settings import load_settings

REQUESTS = ("gold or VIP customers who bought online in the last 6 months",
            "customers in France, Spain or Italy who opened an email in the last 3 months",
            "customers who bought in store in the last year, except those with an open ticket")


def main() -> None:
    args = arguments(customers=1_000_000, runs=7)
    with tempfile.TemporaryDirectory() as tmp:
        db = demo_db(args, tmp)
        settings = load_settings(home=Path(tmp) / "home", db=db, query_time_limit_ms=120_000)
        with pipeline.open(settings) as svc:
            who = pipeline.user(svc, "maria")
            ids = [pipeline.save(svc, who, pipeline.translate(svc, r, channel="email").definition) for r in REQUESTS]
            sqls = [pipeline.compile(svc, pipeline.version(svc, v).definition, with_policies=True) for v in ids]
            result = pipeline.overlap(svc, ids)  # warm the file cache once for both sides
            t_overlap, t_counts = [], []
            for _ in range(args.runs):  # interleaved, so both sides see the same machine load
                t = time.perf_counter()
                result = pipeline.overlap(svc, ids)
                t_overlap.append((time.perf_counter() - t) * 1000)
                t = time.perf_counter()
                sizes = [svc.warehouse.scalar(f"SELECT count(*) FROM ({sql}) q") for sql in sqls]
                t_counts.append((time.perf_counter() - t) * 1000)
            assert sizes == result.sizes, (sizes, result.sizes)
            base = svc.warehouse.scalar("SELECT count(*) FROM crm.customers")
        print(f"customers={base:,} audiences={result.sizes} union={result.union:,} "
              f"in all three={result.in_only(0, 1, 2):,} runs={args.runs}")
        over, counts = statistics.median(t_overlap), statistics.median(t_counts)
        print(f"overlap of three audiences (one query): median {over:.0f} ms")
        print(f"DuckDB alone counting the three audiences one by one: median {counts:.0f} ms (ratio {over / counts:.2f}x)")
    split = new_split(1, [("A", 45), ("B", 45)], 10)
    counts = {"A": 0, "B": 0, "holdout": 0}
    for key in range(1, 100_001):
        counts[arm_of(split, key)] += 1
    print("split 45/45/10 over 100,000 customer keys: "
          + ", ".join(f"{k} {v / 1000:.2f}% (off by {abs(v / 1000 - s):.2f} points)"
                      for (k, v), s in zip(counts.items(), (45, 45, 10))))


if __name__ == "__main__":
    main()
