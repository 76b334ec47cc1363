"""Where French's extra time goes (issue 17): french_pairs.py's pairs, each translation's CPU time split at the parse.

Usage:
  python benchmarks/french_phases.py [--passes N]

Each pair is timed as french_pairs.py times it (back to back, each language first in half of them, after a warm-up
pass), with OfflineTranslator._read and Parser.parse timed inside it: 'before' is the reading before the parse (the
language's detection, its spelling undone, the rewrite into canonical words, the scans), 'parse' the parse (every
reader, over the tokens the rewrite leaves), 'after' the rest (criteria rendered and worded, checks). The pairs are
cut in fifths by English's time (the paired median sits in the middle ones), and for each phase the mean microseconds
per request of each language are printed; then the tokens each language's parse reads and its cost per token (a
least-squares line over the pairs), which says whether French's parse costs more by its length or by its work.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
PHASES = ("before", "parse", "after", "total")


def measure(passes: int, cache: Path) -> dict:
    """{'en': [per pair {'before', 'parse', 'after', 'total': CPU seconds over the passes, 'tokens': n}], 'fr': ...}"""
    sys.path.insert(0, str(HERE))
    from translate import _translated_pairs

    from assistant.edges.warehouse.duckdb import DuckDBWarehouse
    from assistant.evals import CATALOGS, golden_warehouse
    from assistant.translate.offline.parser import Parser
    from assistant.translate.offline.translator import OfflineTranslator
    from assistant.translate.value_index import build
    from schema_catalog import load_catalog

    inside: dict[str, float] = {}
    parsed: list[int] = []
    _timed(OfflineTranslator, "_read", inside)
    _timed(Parser, "parse", inside, parsed)
    pairs = _translated_pairs()
    catalog = load_catalog(CATALOGS["demo_retailer"])
    with DuckDBWarehouse(golden_warehouse("demo_retailer", cache)) as wh:
        translator = OfflineTranslator(catalog, build(wh, catalog))
    for en, fr in pairs:       # warm-up, as french_pairs.measure's
        translator.translate(en.request, en.as_of), translator.translate(fr.request, fr.as_of)
    took = {lang: [dict.fromkeys(PHASES, 0.0) | {"tokens": 0} for _ in pairs] for lang in ("en", "fr")}
    for n in range(passes):
        for k, (en, fr) in enumerate(pairs):
            for lang, p in ((("en", en), ("fr", fr)) if (n + k) % 2 == 0 else (("fr", fr), ("en", en))):
                inside.clear(), parsed.clear()
                t = time.process_time()
                translator.translate(p.request, p.as_of)
                total = time.process_time() - t
                row = took[lang][k]
                row["parse"] += inside.get("parse", 0.0)
                row["before"] += inside.get("_read", 0.0) - inside.get("parse", 0.0)
                row["after"] += total - inside.get("_read", 0.0)
                row["total"] += total
                row["tokens"] = parsed[0] if parsed else 0
    return took


def _timed(cls: type, name: str, into: dict[str, float], lengths: list[int] | None = None) -> None:
    """cls.name timed into `into[name]` (CPU seconds, summed over its calls); `lengths`: the tokens of each call."""
    method = getattr(cls, name)

    def timed(self, *args, **kwargs):
        if lengths is not None:
            lengths.append(len(args[0]))
        t = time.process_time()
        try:
            return method(self, *args, **kwargs)
        finally:
            into[name] = into.get(name, 0.0) + time.process_time() - t
    setattr(cls, name, timed)


def report(took: dict, passes: int) -> None:
    en, fr = took["en"], took["fr"]
    order = sorted(range(len(en)), key=lambda k: en[k]["total"])
    fifths = [order[i * len(order) // 5:(i + 1) * len(order) // 5] for i in range(5)]
    ratios = [f["total"] / e["total"] for e, f in zip(en, fr)]
    print(f"paired median French/English {statistics.median(ratios):.3f}, "
          f"totals {sum(f['total'] for f in fr) / sum(e['total'] for e in en):.3f} ({len(en)} pairs x {passes} passes)")
    print("us per request, English / French (French - English), pairs in fifths by English's time:")
    for phase in PHASES:
        cells = []
        for part in fifths:
            e, f = (sum(rows[k][phase] for k in part) / len(part) / passes * 1e6 for rows in (en, fr))
            cells.append(f"{e:6.0f} /{f:6.0f} ({f - e:+5.0f})")
        print(f"  {phase:7s}" + "  ".join(cells))
    print("  paired median by fifth: " + "  ".join(
        f"{statistics.median(ratios[k] for k in part):.3f}" for part in fifths))
    for lang, rows in took.items():
        read = [(r["tokens"], r["parse"] / passes * 1e6) for r in rows if r["tokens"]]
        slope, intercept = statistics.linear_regression(*zip(*read))
        print(f"{lang}: the parse reads {statistics.mean(n for n, _ in read):.2f} tokens a request; "
              f"parse us = {slope:.1f} a token + {intercept:.0f}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--passes", type=int, default=3)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        report(measure(args.passes, Path(tmp)), args.passes)


if __name__ == "__main__":
    main()
