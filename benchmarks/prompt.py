"""Prompt pruning on a 300-table catalog: does the pruned context keep what each golden request needs?

Strict: an attribute (table.column) a golden SQL reads counts as kept only when the context lists its table
and, in that table's line, the column. Prints the share of attributes kept, the share of requests with every
attribute kept, and the tokens used (median, max) against the budget. Target: >= 99% of attributes.
Usage: python benchmarks/prompt.py [--budget 6000]
"""
from __future__ import annotations

import argparse
import re
import statistics
import time

import sqlglot
from sqlglot import exp
from sqlglot.optimizer.qualify import qualify

from large_catalog import big_catalog

from assistant.evals import load_golden
from assistant.settings import DEMO_CATALOG
from assistant.translate.llm_context import render
from schema_catalog import load_catalog


def needed(gold: str, catalog) -> set[tuple[str, str]]:
    """(schema.table, column) of every catalog column the SQL reads, resolved through aliases."""
    tree = qualify(sqlglot.parse_one(gold, read="duckdb"), schema=catalog.schema_mapping(), dialect="duckdb",
                   quote_identifiers=False, identify=False, validate_qualify_columns=False)
    aliases = {t.alias_or_name: f"{t.db}.{t.name}" for t in tree.find_all(exp.Table) if t.db}
    return {(aliases[c.table], c.name) for c in tree.find_all(exp.Column)
            if c.table in aliases and c.name in catalog.tables[aliases[c.table]].columns}


def listed(text: str, table: str, column: str) -> bool:
    line = next((ln for ln in text.splitlines() if ln.startswith(f"TABLE {table}:")), None)
    return line is not None and re.search(rf"(?:: |; ){re.escape(column)} ", line) is not None


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--budget", type=int, default=6000)
    args = ap.parse_args()
    demo = load_catalog(DEMO_CATALOG)
    big = big_catalog(demo)
    prompts = [p for p in load_golden() if p.catalog == "demo_retailer" and p.gold]
    kept = total = whole = 0
    tokens, times, missed = [], [], []
    for p in prompts:
        t = time.perf_counter()
        ctx = render(big, p.request, p.as_of, "header", "gpt-4o-mini", args.budget)
        times.append((time.perf_counter() - t) * 1000)
        tokens.append(ctx.tokens)
        attrs = needed(p.gold, demo)
        ok = {a for a in attrs if listed(ctx.text, *a)}
        kept, total, whole = kept + len(ok), total + len(attrs), whole + (ok == attrs)
        missed += [f"{p.request!r}: {t}.{c}" for t, c in sorted(attrs - ok)]
    print(f"300-table catalog ({len(big.tables)} tables), budget {args.budget} tokens, {len(prompts)} golden requests")
    print(f"attributes kept (table listed with the column): {kept}/{total} = {kept / total:.1%}; "
          f"requests with every attribute kept: {whole}/{len(prompts)} = {whole / len(prompts):.1%}")
    print(f"tokens used: median {statistics.median(tokens):,.0f}, max {max(tokens):,}; "
          f"render time: median {statistics.median(times):.1f} ms")
    for m in missed[:15]:
        print("  missed", m)


if __name__ == "__main__":
    main()
