"""Check the Groupe Vélocité blind set (#57): its shape, and that every gold runs on the autos warehouse and returns customers.

Usage: python3 evals/autos/validate.py [evals/autos/autos_blind_en.yaml evals/autos/autos_blind_fr.yaml]
Builds the warehouse in memory from evals/warehouses/autos.sql (or reads --db PATH).
Needs duckdb and pyyaml (use /work/main/.venv/bin/python).
"""
import re
import sys
from pathlib import Path

import duckdb
import yaml

HERE = Path(__file__).resolve().parent
args = sys.argv[1:]
if "--db" in args:
    i = args.index("--db")
    con = duckdb.connect(args[i + 1], read_only=True)
    del args[i:i + 2]
else:
    con = duckdb.connect()
    con.execute((HERE.parent / "warehouses" / "autos.sql").read_text())
files = args or [str(HERE / "autos_blind_en.yaml"), str(HERE / "autos_blind_fr.yaml")]
assert str(con.execute("SELECT as_of FROM meta.warehouse").fetchone()[0]) == "2026-09-30"

bad = 0
golds = {}
for name in files:
    lang = "en" if name.endswith("_en.yaml") else "fr"
    doc = yaml.safe_load(Path(name).read_text())
    assert doc.get("catalog") == "autos", f"{name}: catalog: autos expected"
    assert str(doc.get("as_of")) == "2026-09-30", f"{name}: as_of 2026-09-30 expected"
    seen = set()
    counts = {"audience": 0, "clarify": 0, "refuse": 0}
    diffs = {"easy": 0, "medium": 0, "hard": 0}
    for n, p in enumerate(doc["prompts"], 1):
        pid = p.get("id")
        where = f"{name} {pid}"
        if pid != f"au-{lang}-{n:03d}":
            print(f"{where}: id au-{lang}-{n:03d} expected"); bad += 1
        if pid in seen:
            print(f"{where}: duplicate id"); bad += 1
        seen.add(pid)
        if not p.get("request"):
            print(f"{where}: no request"); bad += 1
        tags = p.get("tags") or []
        if len(tags) < 2 or tags[0] not in diffs:
            print(f"{where}: tags must be [difficulty, theme]"); bad += 1
        else:
            diffs[tags[0]] += 1
        expect = p.get("expect")
        if expect not in counts:
            print(f"{where}: expect must be audience, clarify or refuse"); bad += 1; continue
        counts[expect] += 1
        if expect != "audience":
            if not p.get("why"):
                print(f"{where}: {expect} without why"); bad += 1
            if p.get("gold"):
                print(f"{where}: {expect} with a gold"); bad += 1
            continue
        gold = p.get("gold")
        if not gold:
            print(f"{where}: audience without gold"); bad += 1; continue
        try:
            rows = con.execute(gold).fetchall()
            cols = [d[0] for d in con.description]
        except Exception as e:
            print(f"{where}: gold fails: {str(e).splitlines()[0]}"); bad += 1; continue
        if cols != ["customer_id"]:
            print(f"{where}: gold must return one column customer_id, got {cols}"); bad += 1
        ids = [r[0] for r in rows]
        d = len(set(ids))
        note = "" if len(ids) == d else f" (DUPLICATES: {len(ids) - d})"
        if d == 0:
            note += " (EMPTY)"; bad += 1
        elif len(ids) != d:
            bad += 1
        golds[pid] = gold
        print(f"{where}: {d} customers{note}")
    print(f"{name}: {len(doc['prompts'])} prompts, {counts}, {diffs}")
    if len(doc["prompts"]) != 30:
        print(f"{name}: 30 prompts expected"); bad += 1
# au-fr-001..015 translate au-en-001..015: same golds
for k in range(1, 16):
    en, fr = golds.get(f"au-en-{k:03d}"), golds.get(f"au-fr-{k:03d}")
    if (en or fr) and en != fr and len(files) == 2:
        print(f"au-fr-{k:03d}: gold differs from au-en-{k:03d}"); bad += 1
print("OK" if not bad else f"{bad} problem(s)")
sys.exit(1 if bad else 0)
