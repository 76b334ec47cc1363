"""Check a blind set written on one of the warehouses built by a script (evals/warehouses/NAME.sql): its shape, and
that every gold runs there and returns the catalog's customers. What a data team runs before committing a set.

Usage: python evals/validate_set.py NAME [FILE ...] [--db PATH]
  NAME: the catalog (hotels, grocery, autos); FILE: its sets (default evals/NAME/NAME_blind_en.yaml and _fr.yaml);
  --db: a built warehouse (default: built in memory from evals/warehouses/NAME.sql).
Each file holds 30 prompts (24 audience, 4 clarify, 2 refuse; 10 easy, 10 medium, 10 hard) with ids PREFIX-LANG-NNN,
and the French 001..015 share the English golds.
"""
from __future__ import annotations

import sys
from pathlib import Path

import duckdb
import sqlglot
import yaml
from sqlglot import exp

HERE = Path(__file__).resolve().parent
CATALOGS = HERE.parent / "schema_catalog" / "catalogs"
SHAPE = ({"audience": 24, "clarify": 4, "refuse": 2}, {"easy": 10, "medium": 10, "hard": 10})


def check_file(con, name: str, path: str, customers: set, golds: dict) -> int:
    lang = "en" if path.endswith("_en.yaml") else "fr"
    doc = yaml.safe_load(Path(path).read_text())
    bad = 0
    if doc.get("catalog") != name or str(doc.get("as_of")) != "2026-09-30":
        print(f"{path}: catalog: {name} and as_of: 2026-09-30 expected"); bad += 1
    prefix = doc["prompts"][0]["id"].split("-")[0]
    counts, diffs = dict.fromkeys(SHAPE[0], 0), dict.fromkeys(SHAPE[1], 0)
    for n, p in enumerate(doc["prompts"], 1):
        pid, where = p.get("id"), f"{path} {p.get('id')}"
        if pid != f"{prefix}-{lang}-{n:03d}":
            print(f"{where}: id {prefix}-{lang}-{n:03d} expected"); bad += 1
        tags = p.get("tags") or []
        if not p.get("request") or len(tags) < 2 or tags[0] not in diffs or p.get("expect") not in counts:
            print(f"{where}: a request, tags [difficulty, theme] and expect audience|clarify|refuse expected"); bad += 1
            continue
        diffs[tags[0]] += 1
        counts[p["expect"]] += 1
        if p["expect"] != "audience":
            if not p.get("why") or p.get("gold"):
                print(f"{where}: a why and no gold expected"); bad += 1
            continue
        try:
            cursor = con.execute(p.get("gold") or "")
            rows, cols = cursor.fetchall(), [d[0] for d in cursor.description]
        except Exception as e:       # any failure of a gold is reported, and the next one checked
            print(f"{where}: gold fails: {str(e).splitlines()[0]}"); bad += 1
            continue
        ids = [r[0] for r in rows]
        problems = [text for text, wrong in (("one column customer_id", cols != ["customer_id"]), ("empty", not ids),
                                             ("duplicates", len(ids) != len(set(ids))),
                                             ("ids that are not customers", not set(ids) <= customers)) if wrong]
        bad += bool(problems)
        golds[pid] = p["gold"]
        print(f"{where}: {len(set(ids))} customers" + "".join(f" ({t})" for t in problems))
    if (counts, diffs) != SHAPE:
        print(f"{path}: {counts} {diffs}: 24/4/2 and 10/10/10 expected"); bad += 1
    return bad


def main(argv: list[str]) -> int:
    name, args = argv[0], argv[1:]
    db = args.pop(args.index("--db") + 1) if "--db" in args else None
    args = [a for a in args if a != "--db"]
    con = duckdb.connect(db, read_only=True) if db else duckdb.connect()
    if not db:
        con.execute((HERE / "warehouses" / f"{name}.sql").read_text())
    entity = yaml.safe_load((CATALOGS / f"{name}.yaml").read_text())["entity"]
    # (the catalog's names, quoted by sqlglot's builder: never pasted into SQL)
    keys = sqlglot.select(exp.column(entity["key"], quoted=True)).from_(exp.to_table(entity["table"]))
    customers = {r[0] for r in con.execute(keys.sql(dialect="duckdb")).fetchall()}
    files = args or [str(HERE / name / f"{name}_blind_{lang}.yaml") for lang in ("en", "fr")]
    golds: dict[str, str] = {}
    bad = sum(check_file(con, name, f, customers, golds) for f in files)
    prefix = next(iter(golds), "x-").split("-")[0]
    for k in range(1, 16):       # the French 001..015 translate the English ones: the same golds
        en, fr = golds.get(f"{prefix}-en-{k:03d}"), golds.get(f"{prefix}-fr-{k:03d}")
        if len(files) == 2 and (en or fr) and en != fr:
            print(f"{prefix}-fr-{k:03d}: gold differs from {prefix}-en-{k:03d}"); bad += 1
    print("OK" if not bad else f"{bad} problem(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
