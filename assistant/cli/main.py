"""`audience`: the command-line edge. Parses flags, calls the core, prints.

Errors from the core (AudienceError) become a message and exit code 1; a
traceback is a bug.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

from assistant import pipeline
from assistant.cli.common import progress_bar, load_definition, services, settings_from
from assistant.demo import generate as demo_warehouse
from assistant.errors import AudienceError, DemoDataError


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date; write YYYY-MM-DD") from None


# -- commands -------------------------------------------------------------

def cmd_demo_data(args) -> int:
    settings = settings_from(args)
    if args.tpcds:
        return _tpcds_data(args, settings)
    if args.scale is not None or args.tpcds_env is not None:
        raise DemoDataError("--scale and --tpcds-env size and place TPC-DS", hint="add --tpcds, or drop them")
    out = Path(args.out) if args.out else settings.demo_db
    if args.if_missing and out.exists() and not (args.postgres or args.parquet):
        print(f"Demo warehouse ready: {out}")
        return 0
    customers = args.customers or settings.demo_customers
    if not (args.if_missing and out.exists()):
        print(f"Generating {customers:,} customers as of {args.as_of} (seed {args.seed}) into {out}", file=sys.stderr)
        demo_warehouse.generate(out, customers=customers, as_of=args.as_of, seed=args.seed, progress=progress_bar)
    print(f"Demo warehouse ready: {out}")
    _copy_elsewhere(args, out)
    return 0


def _tpcds_data(args, settings) -> int:
    from assistant.demo import tpcds

    if args.customers is not None:
        raise DemoDataError("--customers sizes the demo retailer; TPC-DS is sized by --scale",
                            hint="use --scale (0.01 is 1,000 customers, 1 is 100,000)")
    scale = tpcds.DEFAULT_SCALE if args.scale is None else args.scale
    out = Path(args.out) if args.out else settings.home / f"tpcds_sf{scale:g}.duckdb"
    if not (args.if_missing and out.exists()):
        print(f"Generating TPC-DS at scale {scale:g} ('today' {tpcds.TODAY}) into {out}", file=sys.stderr)
        counts = tpcds.generate(out, scale, env_root=args.tpcds_env or settings.home / "tpcds-env", progress=progress_bar)
        print(f"{len(counts)} tables, {counts['customer']:,} customers, {counts['store_sales']:,} store sales lines")
    print(f"TPC-DS warehouse ready: {out}")
    _copy_elsewhere(args, out)
    return 0


def _copy_elsewhere(args, out: Path) -> None:
    if args.postgres:
        from assistant.demo.load import load_into_postgres, redact

        counts = load_into_postgres(out, args.postgres)
        print(f"Loaded {len(counts)} tables ({sum(counts.values()):,} rows) into PostgreSQL at {redact(args.postgres)}")
    if args.parquet:
        from assistant.demo.load import write_parquet

        files = write_parquet(out, args.parquet)
        print(f"Wrote {len(files)} Parquet tables for Spark into {args.parquet}")


def cmd_catalog_check(args) -> int:
    settings = settings_from(args)
    with services(settings) as svc:
        report = pipeline.check(svc)
    for n in report.notes:
        print(f"info: {n}")
    for w in report.warnings:
        print(f"warning: {w}")
    for e in report.errors:
        print(f"error: {e}")
    verdict = "OK" if report.ok else "FAILED"
    print(f"catalog check {verdict}: {report.checked} checks, {len(report.errors)} error(s), "
          f"{len(report.warnings)} warning(s) ({settings.catalog} against {settings.warehouse_path})")
    return 0 if report.ok else 1


def cmd_enrich(args) -> int:
    with services(settings_from(args)) as svc:
        as_of, out, done = pipeline.enrich(svc, args.as_of)
    print(f"materialised {len(done)} daily indicator(s) as of {as_of} into {out}: {', '.join(done) or 'none declared'}")
    return 0


def cmd_catalog_migrate(args) -> int:
    written = pipeline.migrate_catalog(args.file, args.out)
    print(f"{written}: catalog format version 2 (relationships named; review the names, they are roles such as "
          "sold_date or current_address)")
    return 0


def cmd_catalog_draft(args) -> int:
    settings = settings_from(args)
    result = pipeline.draft_catalog(settings, out=args.out, force=args.force, dbt=args.from_dbt, entity=args.entity,
                                    progress=progress_bar if args.out else None)
    if args.out is None:
        sys.stdout.write(result.text)
    c = result.counts
    print(f"drafted {c['tables']} tables, {c['columns']} columns, {c['relationships']} relationships, {c['events']} "
          f"events, {c['vocabularies']} sampled vocabularies, {c['personal']} personal columns in "
          f"{result.timings['total']:.1f} s" + (f" -> {args.out}" if args.out else ""), file=sys.stderr)
    for note in result.notes:
        print(f"note: {note}", file=sys.stderr)
    tags: dict[str, int] = {}
    for tag, _ in result.todos:
        tags[tag] = tags.get(tag, 0) + 1
    print(f"{len(result.todos)} TODOs to resolve before use ({', '.join(f'{t}: {n}' for t, n in tags.items())}); "
          "README 'Point it at your own warehouse' says how, then run `audience catalog check`", file=sys.stderr)
    return 0


def cmd_catalog_show(args) -> int:
    rows = pipeline.attributes(pipeline.open(settings_from(args)))
    if args.search:
        needle = args.search.lower()
        rows = [r for r in rows if any(needle in str(v).lower() for v in r.values())]
    if args.json:
        print(json.dumps(rows, indent=2))
        return 0
    headers = ["attribute", "source", "system", "table", "column", "type", "freshness", "personal"]
    widths = {h: max(len(h), *(len(str(r[h])) for r in rows)) if rows else len(h) for h in headers}
    print("  ".join(h.ljust(widths[h]) for h in headers))
    print("  ".join("-" * widths[h] for h in headers))
    for r in rows:
        print("  ".join(str(r[h]).ljust(widths[h]) for h in headers))
    return 0


def cmd_dry_run(args) -> int:
    from assistant.cli.report import format_dry_run

    defn = load_definition(args)
    with services(settings_from(args)) as svc:
        result = pipeline.dry_run(svc, defn, breakdowns=args.breakdown, expected_size=args.expected_size, own_sizes=True)
    print(result.model_dump_json(indent=2) if args.json else format_dry_run(result))
    return 0


def cmd_translate(args) -> int:
    with services(settings_from(args)) as svc:
        result = pipeline.translate(svc, args.request, as_of=args.as_of, channel=args.channel, backend=args.backend,
                                    record=args.record, replay=args.replay, lang=args.lang)
        sql = pipeline.compile(svc, result.definition) if result.definition and result.status == "ok" else None
    if args.json:
        print(json.dumps({"status": result.status, "language": result.language, "sql": sql,
                          "definition": result.definition.model_dump(mode="json") if result.definition else None,
                          "explanation": result.explanation, "warnings": result.warnings,
                          "unrecognized": result.unrecognized, "ignored": result.ignored,
                          "clarifications": [c.model_dump() for c in result.clarifications],
                          "message": result.message, "elapsed_ms": round(result.elapsed_ms, 2),
                          "attempts": result.attempts, "usage": result.usage}, indent=2, default=str))
    else:
        if result.definition:
            print(result.definition.to_text())
        for q in result.clarifications:
            print(f"? {q.question} (\"{q.phrase}\"): " + " | ".join(q.options))
        if sql:
            print("\n" + sql)
    if result.status == "refused":
        print(f"error: {result.message}", file=sys.stderr)
        return 1
    return 0 if result.status == "ok" else 2


def cmd_eval(args) -> int:
    from assistant.evals import GATE_MATCH, GATE_SILENT

    settings = settings_from(args)
    report = args.report or settings.home / "evals" / "report.json"
    summary = pipeline.evaluate(settings, golden=[Path(p) for p in args.golden] if args.golden else None,
                                backend=args.backend, record=args.record, replay=args.replay, report=Path(report),
                                typed_forms=args.typed_forms, recombined=args.recombined, swapped=args.swapped)
    o = summary["overall"]
    print(f"{o['prompts']} prompts: execution match {o['execution_match']:.1%} (gate {GATE_MATCH:.0%}), "
          f"right or flagged {o['right_or_flagged']:.1%}, silent-wrong {o['silent_wrong']:.1%} (gate {GATE_SILENT:.0%}), "
          f"flags on right answers {o['flags_on_right']:.1%}, clarify {o['clarify']:.1%}, refused {o['refused']:.1%}, "
          f"valid SQL {o['valid_sql']:.1%}, latency p50 {o['latency_p50_ms']:.1f} ms / p95 {o['latency_p95_ms']:.1f} ms")
    for name, b in summary["by_catalog"].items():
        print(f"  {name}: {b['prompts']} prompts, match {b['execution_match']:.1%}, silent-wrong {b['silent_wrong']:.1%}")
    print(f"report: {report} and {Path(report).with_suffix('.md')}")
    return 0 if o["gate_passed"] else 1


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", type=Path, help="warehouse DuckDB file (default: AUDIENCE_DB or the demo warehouse)")
    common.add_argument("--catalog", type=Path, help="schema catalog YAML (default: AUDIENCE_CATALOG or the demo catalog)")

    parser = argparse.ArgumentParser(prog="audience", description="Natural-language audience builder.")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("demo-data", parents=[common], help="generate the demo retailer's warehouse")
    p.add_argument("--customers", type=int, help="number of customers (default: the demo_customers setting)")
    p.add_argument("--as-of", type=_date, default=demo_warehouse.DEFAULT_AS_OF, help="'today' for the data (YYYY-MM-DD)")
    p.add_argument("--seed", type=int, default=demo_warehouse.DEFAULT_SEED, help="random seed")
    p.add_argument("--out", type=Path, help="output file (default: the demo warehouse path)")
    p.add_argument("--if-missing", action="store_true", help="do nothing when the output file exists")
    p.add_argument("--postgres", metavar="DSN", help="also load the warehouse into this PostgreSQL database")
    p.add_argument("--parquet", type=Path, metavar="DIR", help="also write it as Parquet tables for the Spark engine")
    p.add_argument("--tpcds", action="store_true", help="generate TPC-DS (dsdgen) instead of the demo retailer")
    p.add_argument("--scale", type=float, help="TPC-DS scale factor (default 0.01: 1,000 customers; 1: 100,000)")
    p.add_argument("--tpcds-env", type=Path, metavar="DIR",
                   help="folder of the pinned side environment dsdgen runs in (default: AUDIENCE_HOME/tpcds-env; "
                        "installed there with pip on first use)")
    p.set_defaults(func=cmd_demo_data)

    p = sub.add_parser("dry-run", parents=[common], help="sizes, funnel, exclusions, reach and a masked sample")
    src = p.add_mutually_exclusive_group(required=True)
    src.add_argument("--definition", type=Path, help="audience definition JSON file")
    src.add_argument("--sql", help="a hand-written SELECT of customer keys (guarded like any other)")
    p.add_argument("--as-of", type=_date, help="override the definition's as-of date")
    p.add_argument("--channel", choices=["email", "sms", "push", "none"], help="override the target channel")
    p.add_argument("--expected-size", type=int, help="the size you expect; the size guard flags a big difference")
    p.add_argument("--breakdown", action="append", help="attribute to break down by (repeatable; default: the catalog's)")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_dry_run)

    p = sub.add_parser("translate", parents=[common], help="turn a request into an audience definition")
    p.add_argument("request", help="the targeting request, in English or French")
    p.add_argument("--lang", choices=["en", "fr"], help="read the request in this language (default: detected)")
    p.add_argument("--as-of", type=_date, help="'today' for relative dates (default: the warehouse's as-of date)")
    p.add_argument("--backend", default="offline", choices=["offline", "openai", "hybrid"],
                   help="translator: offline (default), openai (any OpenAI-compatible endpoint) or hybrid")
    p.add_argument("--record", type=Path, help="append every model exchange to this JSON-lines file")
    p.add_argument("--replay", type=Path, help="answer model calls from this recorded file (no network)")
    p.add_argument("--channel", default="none", choices=["email", "sms", "push", "none"], help="target channel")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_translate)

    p = sub.add_parser("eval", parents=[common], help="replay the golden prompts and score a translator")
    p.add_argument("--backend", default="offline", choices=["offline", "openai", "hybrid"], help="translator to evaluate")
    p.add_argument("--record", type=Path, help="append every model exchange to this JSON-lines file")
    p.add_argument("--replay", type=Path, help="answer model calls from this recorded file (no network)")
    p.add_argument("--golden", action="append", help="golden YAML file (repeatable; default: every file in evals/golden)")
    p.add_argument("--report", type=Path, help="JSON report path (a Markdown table is written beside it)")
    p.add_argument("--typed-forms", action="store_true",
                   help="also replay each request typed in capitals, in lower case and without accents (same gold; "
                        "tagged typed:caps, typed:lower, typed:unaccented)")
    p.add_argument("--recombined", action="store_true",
                   help="then replay requests composed from the right answers: two joined (gold A INTERSECT B), one "
                        "excluded from another (A EXCEPT B; also 'who never B'), two united (A UNION B), three said "
                        "at once (joined, 'but neither B nor C', united), one reshaped (same gold); tagged "
                        "recombined:and, except, never, or, also, fronted, and3, except3, or3, reshape")
    p.add_argument("--swapped", action="store_true",
                   help="then replay the right answers with one catalog phrase swapped for another phrase of the same "
                        "element and form ('purchased' for 'bought'; same gold); tagged swapped:<kind of element>")
    p.set_defaults(func=cmd_eval)

    p = sub.add_parser("enrich", parents=[common], help="materialise the catalog's daily indicators (once a day)")
    p.add_argument("--as-of", type=_date, help="as-of date (default: the warehouse's)")
    p.set_defaults(func=cmd_enrich)

    from assistant.cli.review import add_parsers
    add_parsers(sub, common)
    from assistant.cli import experiments
    experiments.add_parsers(sub, common)

    cat = sub.add_parser("catalog", help="inspect and validate the schema catalog").add_subparsers(dest="action", required=True)
    p = cat.add_parser("check", parents=[common], help="validate the catalog against a live warehouse")
    p.set_defaults(func=cmd_catalog_check)
    p = cat.add_parser("show", parents=[common], help="where each attribute lives")
    p.add_argument("--search", help="only rows containing this text")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_catalog_show)
    p = cat.add_parser("draft", parents=[common], help="draft a starting catalog from a warehouse (and dbt semantic models)")
    p.add_argument("--out", type=Path, help="write the draft here (default: print it)")
    p.add_argument("--force", action="store_true", help="replace --out when it exists")
    p.add_argument("--from-dbt", type=Path, metavar="PATH",
                   help="a dbt project folder (or YAML file) whose semantic_models override the guesses")
    p.add_argument("--entity", metavar="SCHEMA.TABLE[.KEY]", help="the table holding one row per customer, when the "
                                                                   "guess is wrong or nothing looks like one")
    p.set_defaults(func=cmd_catalog_draft)
    p = cat.add_parser("migrate", help="convert a version-1 catalog file to version 2 (in place unless --out)")
    p.add_argument("file", type=Path, help="the catalog YAML file")
    p.add_argument("--out", type=Path, help="write the converted catalog here instead")
    p.set_defaults(func=cmd_catalog_migrate)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except AudienceError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # `audience ... | head`
        return 0
