"""The same request in French and in English, translator alone (issue 17: French no slower than English), and the
same measure for two versions of the code side by side.

Usage:
  python benchmarks/french_pairs.py [--passes N]
      this tree: every French blind item marked '# from <english id>' timed back to back with its English original
      (benchmarks/translate.py's pairs; each language first in half of them), after one warm-up pass. Prints the median
      of the paired ratios (French / English) and French's total over English's.
  python benchmarks/french_pairs.py --whole N [--passes N]
      the first N pairs both languages answer with an audience, each timed over the whole wait of the app's first
      view: pipeline.translate (the translation and its check) and pipeline.dry_run on the demo warehouse.
  python benchmarks/french_pairs.py --trees BEFORE AFTER [--rounds 3] [--passes N]
      both trees (each a checkout: its code is imported through PYTHONPATH), one process per tree and round, the trees
      alternated (BEFORE first in even rounds, AFTER first in odd ones) so the machine's load falls on both alike.
      Prints each tree's figures over all its rounds, each round's, and AFTER's time over BEFORE's per language.

The figures are wall times of OfflineTranslator.translate on the demo catalog (--clock cpu: the process's CPU time,
which other jobs on a shared machine do not stretch): compare trees only within one run of this script.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
CLOCKS = {"wall": time.perf_counter, "cpu": time.process_time}


def measure(passes: int, cache: Path, whole: int = 0, clock=time.perf_counter) -> dict:
    """Each pair's times in this process: {'en': [[seconds per pass] per pair], 'fr': [...]}. `whole`: the first
    `whole` pairs both languages answer with an audience, each timed over what the marketer waits for (the
    translation, its check, and the dry run the app shows), not the translator alone."""
    sys.path.insert(0, str(HERE))      # the pairs, as benchmarks/translate.py reads them
    from translate import _translated_pairs

    from assistant.edges.warehouse.duckdb import DuckDBWarehouse
    from assistant.evals import CATALOGS, golden_warehouse
    from assistant.translate.offline.translator import OfflineTranslator
    from assistant.translate.value_index import build
    from schema_catalog import load_catalog

    pairs = _translated_pairs()
    catalog = load_catalog(CATALOGS["demo_retailer"])
    with DuckDBWarehouse(golden_warehouse("demo_retailer", cache)) as wh:
        translator = OfflineTranslator(catalog, build(wh, catalog))
    for en, fr in pairs:       # warm-up: each language's lexicon, memos and caches, as after a first request
        translator.translate(en.request, en.as_of), translator.translate(fr.request, fr.as_of)
    if whole:
        return _measure_whole(pairs, passes, cache, translator, whole)
    took: dict[str, list[list[float]]] = {"en": [[] for _ in pairs], "fr": [[] for _ in pairs]}
    for n in range(passes):
        for k, (en, fr) in enumerate(pairs):
            # the second of two back-to-back runs is the faster (warm caches): each language goes first as often
            for lang, p in ((("en", en), ("fr", fr)) if (n + k) % 2 == 0 else (("fr", fr), ("en", en))):
                t = clock()
                translator.translate(p.request, p.as_of)
                took[lang][k].append(clock() - t)
    return took


def _measure_whole(pairs: list, passes: int, cache: Path, translator, limit: int) -> dict:
    """measure's `whole`: pipeline.translate and pipeline.dry_run on the demo warehouse, for pairs both languages
    answer with an audience (a question has no dry run: timing it against an answer would compare two jobs)."""
    from assistant import pipeline
    from assistant.evals import golden_warehouse
    from assistant.settings import Settings

    both = [(en, fr) for en, fr in pairs if _same_audience(translator, en, fr)][:limit]
    settings = Settings(home=cache, db=golden_warehouse("demo_retailer", cache))
    took: dict[str, list[list[float]]] = {"en": [[] for _ in both], "fr": [[] for _ in both]}
    with pipeline.open(settings) as services:
        for en, fr in both:        # warm-up, as measure's
            for p in (en, fr):
                pipeline.dry_run(services, pipeline.translate(services, p.request, as_of=p.as_of).definition)
        for n in range(passes):
            for k, (en, fr) in enumerate(both):
                for lang, p in ((("en", en), ("fr", fr)) if (n + k) % 2 == 0 else (("fr", fr), ("en", en))):
                    t = time.perf_counter()
                    pipeline.dry_run(services, pipeline.translate(services, p.request, as_of=p.as_of).definition)
                    took[lang][k].append(time.perf_counter() - t)
    return took


def _same_audience(translator, en, fr) -> bool:
    """Both answered with the same audience (the same SQL but its comments, which quote each language's words): the
    dry run is then the same queries, and only the languages' own work differs."""
    from assistant.sql.compile import compile_sql

    a, b = translator.translate(en.request, en.as_of), translator.translate(fr.request, fr.as_of)
    if a.status != "ok" or b.status != "ok":
        return False
    plain = [[line for line in compile_sql(t.definition, translator.catalog).splitlines()
              if not line.strip().startswith("--")] for t in (a, b)]
    return plain[0] == plain[1]


def figures(took: dict) -> dict:
    """The median of the paired ratios (each pass of each pair), French's total over English's, each language's total."""
    ratios = [f / e for en, fr in zip(took["en"], took["fr"]) for e, f in zip(en, fr)]
    total = {lang: sum(map(sum, runs)) for lang, runs in took.items()}
    return {"paired": statistics.median(ratios), "total": total["fr"] / total["en"],
            "en_s": total["en"], "fr_s": total["fr"], "pairs": len(took["en"]), "passes": len(took["en"][0])}


def _line(name: str, f: dict) -> str:
    return (f"{name}: paired median French/English {f['paired']:.3f}, French total / English total {f['total']:.3f} "
            f"(English {f['en_s']:.2f} s, French {f['fr_s']:.2f} s; {f['pairs']} pairs x {f['passes']} passes)")


def side_by_side(trees: list[str], rounds: int, passes: int, cache: Path, clock: str = "wall") -> None:
    names = ("before", "after")
    runs: dict[str, list[dict]] = {name: [] for name in names}
    for r in range(rounds):
        for name, tree in (zip(names, trees) if r % 2 == 0 else reversed(list(zip(names, trees)))):
            env = dict(os.environ, PYTHONPATH=str(Path(tree).resolve()))
            out = subprocess.run([sys.executable, __file__, "--json", "--passes", str(passes), "--cache", str(cache),
                                  "--clock", clock],
                                 env=env, capture_output=True, text=True, check=True).stdout
            runs[name].append(json.loads(out.splitlines()[-1]))
            print(_line(f"round {r + 1} {name}", figures(runs[name][-1])), flush=True)
    merged = {name: {lang: [[t for run in runs[name] for t in run[lang][k]] for k in range(len(runs[name][0][lang]))]
                     for lang in ("en", "fr")} for name in names}
    for name in names:
        print(_line(f"{name} ({trees[names.index(name)]}), all rounds", figures(merged[name])))
    for lang in ("en", "fr"):
        # each pair's median time after over before, then the median of those
        change = statistics.median(statistics.median(a) / statistics.median(b)
                                   for a, b in zip(merged["after"][lang], merged["before"][lang]))
        print(f"{lang}: after / before, median over pairs of each pair's median time: {change:.3f}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--passes", type=int, default=3)
    ap.add_argument("--trees", nargs=2, metavar=("BEFORE", "AFTER"))
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--cache", type=Path, default=None, help="where the demo warehouse is built (default: a temp dir)")
    ap.add_argument("--whole", type=int, default=0, metavar="N",
                    help="time N pairs both languages answer over the whole wait (translate, check, dry run)")
    ap.add_argument("--clock", choices=sorted(CLOCKS), default="wall",
                    help="wall (default) or cpu: the process's own CPU time, which a machine shared with other jobs "
                         "does not stretch (the translator alone)")
    ap.add_argument("--json", action="store_true", help=argparse.SUPPRESS)     # a worker of --trees
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        cache = args.cache or Path(tmp)
        if args.trees:
            side_by_side(args.trees, args.rounds, args.passes, cache, args.clock)
        elif args.json:
            print(json.dumps(measure(args.passes, cache, clock=CLOCKS[args.clock])))
        else:
            print(_line("this tree", figures(measure(args.passes, cache, args.whole, CLOCKS[args.clock]))))


if __name__ == "__main__":
    main()
