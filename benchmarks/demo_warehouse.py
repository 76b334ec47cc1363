"""What the benchmarks on one demo warehouse share: their arguments, and the warehouse, generated when missing.

Imported by the benchmark scripts beside it (`python benchmarks/X.py` puts this folder on the path).
"""
from __future__ import annotations

import argparse
from pathlib import Path


def arguments(*, customers: int, runs: int) -> argparse.Namespace:
    """--customers N (the generated warehouse's size), --db PATH (an existing warehouse instead), --runs R."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--customers", type=int, default=customers)
    ap.add_argument("--db", type=Path)
    ap.add_argument("--runs", type=int, default=runs)
    return ap.parse_args()


def demo_db(args: argparse.Namespace, folder: str | Path) -> Path:
    """--db when given, else a demo warehouse of --customers generated into `folder` (once)."""
    db = args.db or Path(folder) / "w.duckdb"
    if not db.exists():
        from assistant.demo import generate

        print(f"generating {args.customers:,} customers into {db} ...", flush=True)
        generate.generate(db, customers=args.customers)
    return db
