"""How well the conservation check on a model's answer (assistant/translate/answer_conservation.py) names what a
model dropped, and how often it warns on a faithful answer.

Usage:
  python benchmarks/model_drops.py [FILE.yaml ...]      (default: every blind set, evals/blind/*.yaml)

Each request the offline translator answers on the demo catalog stands for a model's answer: its parts, each with
its phrase and typed meaning. Faithful: that answer as it is (every warning the check adds is noise). Careless: the
same answer with one thing dropped from one part's meaning (its period, its dimension values, its count, its amount,
one value of a list), one answer per part and thing; the figure is the share named in a warning.
"""
from __future__ import annotations

import argparse
import copy
import tempfile
from collections import Counter
from pathlib import Path

from assistant.edges.warehouse.duckdb import DuckDBWarehouse
from assistant.evals import CATALOGS, golden_warehouse, load_golden
from assistant.translate.answer_conservation import lost_in_answer
from assistant.translate.offline.translator import OfflineTranslator
from assistant.translate.value_index import build
from assistant.wording import catalog_labels
from schema_catalog import load_catalog

ROOT = Path(__file__).resolve().parent.parent
# one thing dropped from a typed meaning: True when the meaning had it
DROPS = {
    "period": lambda s: s.pop("window", None) is not None,
    "dimension values": lambda s: s.pop("dims", None) not in (None, {}),
    "count": lambda s: s.pop("count", None) is not None,
    "amount": lambda s: s.pop("amount", None) is not None,
    "one value of a list": lambda s: len(s.get("values") or []) > 1 and s["values"].pop() is not None,
}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("files", nargs="*", type=Path)
    files = ap.parse_args().files or sorted((ROOT / "evals" / "blind").glob("*.yaml"))
    catalog = load_catalog(CATALOGS["demo_retailer"])
    with tempfile.TemporaryDirectory() as tmp, DuckDBWarehouse(golden_warehouse("demo_retailer", Path(tmp))) as wh:
        reader = OfflineTranslator(catalog, build(wh, catalog))
        faithful = noisy = 0
        tried, named = Counter(), Counter()
        for p in (p for p in load_golden(files) if p.catalog == "demo_retailer"):
            r = reader.translate(p.request, p.as_of)
            if r.status != "ok" or r.definition is None:
                continue
            parts, ignored = r.definition.criteria + r.definition.exclusions, r.definition.ignored
            labels = catalog_labels(catalog, r.language) if r.language != "en" else {}

            def added(answer) -> list[str]:
                said = lost_in_answer(reader, p.request, p.as_of, r.language, answer, ignored, labels)
                return [w for w in said if w not in r.warnings]
            faithful += 1
            noisy += bool(added(parts))
            for i, part in enumerate(parts):
                for name, drop in DROPS.items():
                    spec = copy.deepcopy(part.spec or {})
                    if part.spec and drop(spec):
                        tried[name] += 1
                        named[name] += bool(added(parts[:i] + [part.model_copy(update={"spec": spec})] + parts[i + 1:]))
    print(f"faithful answers warned: {noisy} of {faithful}")
    for name in DROPS:
        if tried[name]:
            print(f"careless, {name} dropped: named {named[name]} of {tried[name]} ({named[name] / tried[name]:.0%})")
    total = sum(tried.values())
    print(f"careless, all: named {sum(named.values())} of {total} ({sum(named.values()) / max(total, 1):.0%})")


if __name__ == "__main__":
    main()
