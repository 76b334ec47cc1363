"""Offline translator latency over every golden request (target: median at most 50 ms), and English against
French over the blind sets (issue 17: French no slower than English).

Usage: python benchmarks/translate.py [--rounds N] [--languages]

--languages times the blind English and French sets (evals/blind/blind_en*.yaml, blind_fr*.yaml) on one
translator, interleaved round by round so machine noise falls on both alike, after one warm-up pass (the
French lexicon and dictionary are built on first use, as in the app). It prints each language's median and p95,
and the French/English ratio of medians. Those are different requests; the same request in both languages is
the fairer comparison: each French item of the blind sets that says '# from <english id>' is timed back to back
with its English original (each language first in half the pairs: the second run is the faster), and the script
prints the median of those paired ratios. Last, the same pairs end to end (translate, check, dry run on the demo
warehouse: what the marketer waits for), over the pairs both languages answer with a definition.
"""
from __future__ import annotations

import argparse
import re
import statistics
import tempfile
import time
from pathlib import Path

from assistant import pipeline
from assistant.evals import CATALOGS, golden_warehouse, load_golden
from assistant.translate.offline.translator import OfflineTranslator
from assistant.translate.value_index import build
from assistant.edges.warehouse.duckdb import DuckDBWarehouse
from schema_catalog import load_catalog

BLIND = Path(__file__).resolve().parent.parent / "evals" / "blind"


def _translator(name: str, tmp: str) -> tuple[OfflineTranslator, float]:
    catalog = load_catalog(CATALOGS[name])
    with DuckDBWarehouse(golden_warehouse(name, Path(tmp))) as wh:
        t0 = time.perf_counter()
        translator = OfflineTranslator(catalog, build(wh, catalog))
        return translator, (time.perf_counter() - t0) * 1000


def _summary(samples: list[float]) -> str:
    samples = sorted(samples)
    return f"median {statistics.median(samples):.2f} ms, p95 {samples[int(0.95 * len(samples))]:.2f} ms"


def golden(rounds: int) -> None:
    prompts = load_golden()
    with tempfile.TemporaryDirectory() as tmp:
        for name in sorted({p.catalog for p in prompts}):
            translator, setup = _translator(name, tmp)
            samples = []
            for _ in range(rounds):
                for p in (p for p in prompts if p.catalog == name):
                    t = time.perf_counter()
                    translator.translate(p.request, p.as_of)
                    samples.append((time.perf_counter() - t) * 1000)
            print(f"{name}: {len(samples)} translations, {_summary(samples)}, max {max(samples):.2f} ms "
                  f"(lexicon and value index built once in {setup:.0f} ms)")


def languages(rounds: int) -> None:
    sets = {lang: load_golden(sorted(BLIND.glob(f"blind_{lang}*.yaml"))) for lang in ("en", "fr")}
    with tempfile.TemporaryDirectory() as tmp:
        translator, _ = _translator("demo_retailer", tmp)
        for prompts in sets.values():          # warm-up: each language's reader built, as after a first request
            for p in prompts:
                translator.translate(p.request, p.as_of)
        samples: dict[str, list[float]] = {lang: [] for lang in sets}
        for _ in range(rounds):
            for lang, prompts in sets.items():
                for p in prompts:
                    t = time.perf_counter()
                    translator.translate(p.request, p.as_of)
                    samples[lang].append((time.perf_counter() - t) * 1000)
    for lang, s in samples.items():
        print(f"{lang}: {len(sets[lang])} requests x {rounds}, {_summary(s)}")
    ratio = statistics.median(samples["fr"]) / statistics.median(samples["en"])
    print(f"French / English median: {ratio:.2f}")
    pairs = _translated_pairs()
    with tempfile.TemporaryDirectory() as tmp:
        translator, _ = _translator("demo_retailer", tmp)
        for en, fr in pairs:
            translator.translate(en.request, en.as_of), translator.translate(fr.request, fr.as_of)
        ratios = []
        for n in range(rounds):
            for k, (en, fr) in enumerate(pairs):
                # the second of two back-to-back runs is the faster (warm caches): each language goes first as often
                first, second = (en, fr) if (n + k) % 2 == 0 else (fr, en)
                t = time.perf_counter()
                translator.translate(first.request, first.as_of)
                t_first = time.perf_counter() - t
                t = time.perf_counter()
                translator.translate(second.request, second.as_of)
                t_second = time.perf_counter() - t
                ratios.append(t_second / t_first if first is en else t_first / t_second)
    print(f"the same request in both languages: {len(pairs)} pairs x {rounds}, median of paired ratios (French / "
          f"English) {statistics.median(ratios):.2f} (min {min(ratios):.2f}, max {max(ratios):.2f})")
    end_to_end(pairs, rounds)


def end_to_end(pairs: list[tuple], rounds: int) -> None:
    """What the marketer waits for: request to checked SQL to sizes (pipeline.translate, then pipeline.dry_run),
    paired as above, over the pairs both languages answer with a definition."""
    with tempfile.TemporaryDirectory() as tmp, DuckDBWarehouse(golden_warehouse("demo_retailer", Path(tmp))) as wh:
        services = pipeline.open(warehouse=wh)

        def run(p) -> None:
            t = pipeline.translate(services, p.request, as_of=p.as_of)
            pipeline.dry_run(services, t.definition, sample_size=0)

        answered = [(en, fr) for en, fr in pairs if all(
            pipeline.translate(services, p.request, as_of=p.as_of).status == "ok" for p in (en, fr))]
        for en, fr in answered:        # warm-up: each statement planned once, as after a first dry run
            run(en), run(fr)
        ratios, spent = [], {"en": [], "fr": []}
        for n in range(rounds):
            for k, (en, fr) in enumerate(answered):
                order = (("en", en), ("fr", fr)) if (n + k) % 2 == 0 else (("fr", fr), ("en", en))
                took = {}
                for lang, p in order:
                    t = time.perf_counter()
                    run(p)
                    took[lang] = (time.perf_counter() - t) * 1000
                    spent[lang].append(took[lang])
                ratios.append(took["fr"] / took["en"])
    print(f"end to end (translate, check, dry run): {len(answered)} pairs answered in both x {rounds}, median "
          f"English {statistics.median(spent['en']):.1f} ms, French {statistics.median(spent['fr']):.1f} ms, median of "
          f"paired ratios (French / English) {statistics.median(ratios):.2f}")


def _translated_pairs() -> list[tuple]:
    """(English item, its French translation) for every French blind item marked '# from <english id>'."""
    english = {p.id: p for p in load_golden(sorted(BLIND.glob("blind_en*.yaml")))}
    pairs = []
    for path in sorted(BLIND.glob("blind_fr*.yaml")):
        french = {p.id: p for p in load_golden([path])}
        for en_id, fr_id in re.findall(r"# from (\S+)\s*\n\s*- id: (\S+)", path.read_text()):
            if en_id in english and fr_id in french:
                pairs.append((english[en_id], french[fr_id]))
    return pairs


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--languages", action="store_true", help="English against French over the blind sets")
    args = ap.parse_args()
    languages(args.rounds) if args.languages else golden(args.rounds)


if __name__ == "__main__":
    main()
