"""Offline translator latency over every golden request (target: median at most 50 ms).

Usage: python benchmarks/translate.py [--rounds N]
"""
from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from assistant.evals import CATALOGS, golden_warehouse, load_golden
from assistant.translate.offline.translator import OfflineTranslator
from assistant.translate.value_index import build
from assistant.edges.warehouse.duckdb import DuckDBWarehouse
from schema_catalog import load_catalog


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args()
    prompts = load_golden()
    with tempfile.TemporaryDirectory() as tmp:
        for name in sorted({p.catalog for p in prompts}):
            catalog = load_catalog(CATALOGS[name])
            with DuckDBWarehouse(golden_warehouse(name, Path(tmp))) as wh:
                t0 = time.perf_counter()
                translator = OfflineTranslator(catalog, build(wh, catalog))
                setup = (time.perf_counter() - t0) * 1000
            samples = []
            for _ in range(args.rounds):
                for p in (p for p in prompts if p.catalog == name):
                    t = time.perf_counter()
                    translator.translate(p.request, p.as_of)
                    samples.append((time.perf_counter() - t) * 1000)
            samples.sort()
            print(f"{name}: {len(samples)} translations, median {statistics.median(samples):.2f} ms, "
                  f"p95 {samples[int(0.95 * len(samples))]:.2f} ms, max {samples[-1]:.2f} ms "
                  f"(lexicon and value index built once in {setup:.0f} ms)")


if __name__ == "__main__":
    main()
