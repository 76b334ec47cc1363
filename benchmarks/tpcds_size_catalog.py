"""A catalog file the size of TPC-DS's (benchmarks only): 20 tables, ~400 columns, thousands of synonyms.

Written as YAML the way a data team would write it: a customer table and profile tables keyed by it,
sales facts with their dimensions, closed vocabularies whose values carry English and French synonyms.
Its words are made up; its shape and size are what a load costs.
"""
from __future__ import annotations

import random
from pathlib import Path

import yaml

from schema_catalog.model import CATALOG_VERSION

TYPES = ["INTEGER", "BIGINT", "DECIMAL", "VARCHAR", "DATE", "VARCHAR", "VARCHAR"]
WORDS = ["band", "segment", "tier", "region", "channel", "format", "family", "status", "group", "class", "type",
         "label", "colour", "size", "style", "season", "market", "zone", "grade", "line"]


def _tag(i: int) -> str:
    """A number spelt in letters: catalog words are words, not codes."""
    return "".join("abcdefghijklmnopqrstuvwxyz"[int(d)] for d in str(i))


def _value_block(rng: random.Random, stem: str, n: int) -> dict:
    stem = stem.replace("_", " ")
    return {f"{stem}_{v}": {"label": f"{stem} {_tag(v)}",
                            "synonyms": [f"{stem} {_tag(v)} {w}" for w in rng.sample(WORDS, 4)],
                            "fr": {"label": f"{stem} {_tag(v)} fr",
                                   "synonyms": [f"{stem} {_tag(v)} {w} fr" for w in rng.sample(WORDS, 3)]}}
            for v in range(n)}


def _column(rng: random.Random, table: str, i: int) -> tuple[str, dict]:
    typ = rng.choice(TYPES)
    name = f"{table}_{rng.choice(WORDS)}_{_tag(i)}"
    col: dict = {"type": typ, "description": f"{name} of {table}.",
                 "synonyms": [f"{name.replace('_', ' ')} {w}" for w in rng.sample(WORDS, 3)],
                 "fr": {"label": f"{name} fr", "synonyms": [f"{name.replace('_', ' ')} {w} fr" for w in rng.sample(WORDS, 2)]}}
    if typ == "VARCHAR" and i % 3 == 0:
        col["values"] = _value_block(rng, name, 8)
    return name, col


def tpcds_size_catalog(path: Path, tables: int = 20, columns: int = 20, seed: int = 7) -> Path:
    rng = random.Random(seed)
    cat: dict = {"version": CATALOG_VERSION, "name": "tpcds_size", "currency": "USD",
                 "entity": {"name": "customer", "plural": "customers", "table": "main.customer", "key": "c_customer_sk",
                            "synonyms": ["customer", "customers", "shopper", "shoppers", "buyer", "buyers"]},
                 "sources": {"wh": {"system": "warehouse", "schema": "main", "freshness": "daily"}},
                 "tables": {}, "relationships": [], "events": {}}
    names = ["customer"] + [f"profile_{_tag(i)}" for i in range(tables // 2 - 1)] + \
        [f"sales_{_tag(i)}" for i in range(tables - tables // 2)]
    for t in names:
        cols = dict(_column(rng, t, i) for i in range(columns - 2))
        key = {"c_customer_sk": {"type": "BIGINT", "description": "Customer key."}}
        extra = {"sold_ts": {"type": "DATE", "description": "Day of the sale."},
                 "net_paid": {"type": "DECIMAL", "description": "Amount paid.", "synonyms": ["spend", "spent"]}} \
            if t.startswith("sales") else {"c_since": {"type": "DATE", "description": "Customer since."}}
        cat["tables"][f"main.{t}"] = {"source": "wh", "description": f"The {t} table.",
                                      "columns": {**key, **extra, **cols}}
        if t != "customer":
            cat["relationships"].append({"name": "customer", "from": f"main.{t}.c_customer_sk",
                                         "to": "main.customer.c_customer_sk"})
        if t.startswith("sales"):
            dims = {c: {"column": f"main.{t}.{c}"} for c, col in cols.items() if col.get("values")}
            cat["events"][t] = {"label": t.replace("_", " "), "table": f"main.{t}", "customer_key": "c_customer_sk",
                                "time": "sold_ts", "amount": "net_paid", "kind": "purchase",
                                "synonyms": [f"{t} {w}" for w in WORDS[:6]],
                                "qualifiers": [f"in {t} {w}" for w in WORDS[:4]],
                                "fr": {"label": f"{t} fr", "synonyms": [f"{t} {w} fr" for w in WORDS[:6]]},
                                "dimensions": dims}
    path.write_text(yaml.safe_dump(cat, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return path


def size_of(path: Path) -> tuple[int, int, int]:
    """(tables, columns, synonyms) of a catalog file, counted in its YAML."""
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    synonyms = 0

    def walk(node) -> None:
        nonlocal synonyms
        if isinstance(node, dict):
            synonyms += len(node.get("synonyms", []) or [])
            for v in node.values():
                walk(v)
        elif isinstance(node, list):
            for v in node:
                walk(v)
    walk(data)
    tables = data["tables"]
    return len(tables), sum(len(t["columns"]) for t in tables.values()), synonyms
