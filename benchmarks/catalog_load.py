"""Catalog load time, and what a CLI call pays before it can translate: load the catalog and build its lexicon.

For the shipped catalogs and a generated catalog the size of TPC-DS's (20 tables, ~400 columns, thousands of
synonyms), paired runs in one process, alternating:
  before: the file parsed and validated (no compiled form to read), phrase keys through the tokenizer;
  after:  the compiled form read from beside the file (schema_catalog/cache.py), plain phrase keys split.
Prints medians of wall time and of CPU time (the machine is shared: CPU time is the cost, wall time what a
user waits), and the median paired ratio after/before. Target: after <= 300 ms for the TPC-DS-sized catalog.
Usage: python benchmarks/catalog_load.py [--runs R]
"""
from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from assistant.settings import DEMO_CATALOG  # noqa: E402
from assistant.translate.offline import lexicon  # noqa: E402
from assistant.translate.offline.text import phrase_key, tokenize  # noqa: E402
from schema_catalog import cache, load_catalog  # noqa: E402
from tpcds_size_catalog import size_of, tpcds_size_catalog  # noqa: E402

SHIPPED = [DEMO_CATALOG, DEMO_CATALOG.parent / "catalogs" / "streambox.yaml", DEMO_CATALOG.parent / "catalogs" / "tpcds.yaml"]


def _tokenized_key(text: str) -> tuple[str, ...]:
    return tuple(t.norm for t in tokenize(text))


def _load_and_lexicon(path: Path) -> None:
    lexicon.build_lexicon(load_catalog(path))


def _before(uncached: Path) -> None:
    lexicon.phrase_key = _tokenized_key
    try:
        _load_and_lexicon(uncached)
    finally:
        lexicon.phrase_key = phrase_key


def _timed(fn, *args) -> tuple[float, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    fn(*args)
    return time.perf_counter() - wall, time.process_time() - cpu


def _uncached_copy(path: Path, folder: Path) -> Path:
    """The same file where no compiled form can be written: `__pycache__` is a file, so every load parses."""
    copy_dir = folder / path.stem
    copy_dir.mkdir()
    (copy_dir / cache.FOLDER).write_text("not a folder")
    return Path(shutil.copy(path, copy_dir / path.name))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=11)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        generated = tpcds_size_catalog(folder / "tpcds_size.yaml")
        for path in [p for p in SHIPPED if p.is_file()] + [generated]:
            uncached = _uncached_copy(path, folder)
            load_catalog(path)  # writes the compiled form once, as the first call after an edit does
            _before(uncached)   # warm imports
            before, after = [], []
            for _ in range(args.runs):
                before.append(_timed(_before, uncached))
                after.append(_timed(_load_and_lexicon, path))
            tables, columns, synonyms = size_of(path)
            wall_ratio = statistics.median(a[0] / b[0] for a, b in zip(after, before))
            print(f"{path.name} ({tables} tables, {columns} columns, {synonyms} synonyms): load + lexicon "
                  f"before median {_ms(before, 0)} wall / {_ms(before, 1)} CPU; "
                  f"after median {_ms(after, 0)} wall / {_ms(after, 1)} CPU; paired ratio {wall_ratio:.2f}")


def _ms(samples: list[tuple[float, float]], i: int) -> str:
    return f"{statistics.median(s[i] for s in samples) * 1000:.0f} ms"


if __name__ == "__main__":
    main()
