"""Catalog load time: the shipped catalogs (English and French words), side by side in one run.

Prints, per catalog, the median of `load_catalog` (parse once, line map, validation, cross-references) and,
paired with it, the median of parsing the same text the way the loader did before (compose and safe_load,
each a full pure-Python parse), with the median paired ratio.
Usage: python benchmarks/catalog_load.py [--runs R]
"""
from __future__ import annotations

import argparse
import statistics
import time

import yaml

from assistant.settings import DEMO_CATALOG
from schema_catalog import load_catalog

CATALOGS = [DEMO_CATALOG, DEMO_CATALOG.parent / "catalogs" / "streambox.yaml"]


def _timed(fn, *args) -> float:
    start = time.perf_counter()
    fn(*args)
    return time.perf_counter() - start


def _parse_twice_in_python(text: str) -> None:
    yaml.compose(text, Loader=yaml.SafeLoader)
    yaml.load(text, Loader=yaml.SafeLoader)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    for path in CATALOGS:
        text = path.read_text(encoding="utf-8")
        load_catalog(path)  # warm imports and caches
        now, before = [], []
        for _ in range(args.runs):
            now.append(_timed(load_catalog, path))
            before.append(_timed(_parse_twice_in_python, text))
        ratio = statistics.median(a / b for a, b in zip(now, before))
        print(f"{path.name} ({len(text.splitlines())} lines): load_catalog median {statistics.median(now) * 1000:.0f} ms; "
              f"parsing alone as before median {statistics.median(before) * 1000:.0f} ms; paired ratio {ratio:.2f}")


if __name__ == "__main__":
    main()
