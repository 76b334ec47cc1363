"""CLI edge of the review workflow: submit, review, export, refresh, segment, audit. Each takes --as USER."""
from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import sys
from pathlib import Path

from assistant.errors import AudienceError


def _context(args):
    from assistant.cli import settings_from, workspace
    from assistant.review import find_user
    from assistant.store import Store

    settings = settings_from(args)
    user = find_user(settings, getattr(args, "as_user", None)) if getattr(args, "as_user", None) else None
    return settings, user, Store.from_settings(settings), lambda: workspace(settings)


def cmd_submit(args) -> int:
    from assistant.cli import _load_definition
    from assistant.dry_run import dry_run
    from assistant.review import save_draft, submit
    from assistant.translators import make_translator

    settings, user, store, open_ws = _context(args)
    with open_ws() as ws:
        catalog, wh = ws.catalog, ws.wh
        if args.request:
            result = make_translator("offline", catalog, wh, settings).translate(args.request, args.as_of or wh.as_of(),
                                                                                   args.channel or "none")
            if result.status != "ok":
                raise AudienceError(f"the request was not translated: {result.message or '; '.join(result.warnings)}",
                                    hint="answer the clarification or rephrase, then submit again")
            defn = result.definition
        else:
            defn = _load_definition(args, settings)
        run = dry_run(defn, catalog, wh, expected_size=args.expected_size, settings=settings)
    version = save_draft(store, user, defn, name=args.name)
    submit(store, user, version, run, args.expected_size, args.note or "")
    flags = "; ".join(f.message for f in run.flags) or "none"
    print(f"version {version} submitted for review: {run.final_size:,} customers ({run.share:.2%} of the base); "
          f"size guard: {flags}")
    return 0


def cmd_review(args) -> int:
    from assistant import review

    settings, user, store, _ = _context(args)
    if args.action == "list":
        rows = review.audiences(store) if args.all else review.queue(store)
        for r in rows:
            print(f"version {r['version_id'] if args.all else r['id']}  audience {r['id'] if args.all else r['audience_id']}  "
                  f"{r['status']:<9}  size {r['size'] if r['size'] is not None else '-':>8}  by {r['author']}  {r['name']}")
        if not rows:
            print("nothing to review" if not args.all else "no audiences yet")
        return 0
    if args.action == "show":
        row = review.version_row(store, args.version)
        defn = review.definition_of(row)
        diff = review.diff_from_previous(store, args.version)
        print(defn.to_text())
        print(f"\nstatus: {row['status']}; size at submission: {row['size']}; expected: {row['expected_size']}; "
              f"note: {row['note'] or '-'}")
        for f in json.loads(row["flags"]):
            print(f"  ! {f['message']}")
        print("changes from the previous version: " + "; ".join(diff["changes"]) +
              (f" (size {diff['size_before']} -> {diff['size_after']})" if diff["previous"] else ""))
        return 0
    if args.action == "approve":
        review.approve(store, user, args.version, typed_size=args.confirm_size, comment=args.comment or "")
        print(f"version {args.version} approved by {user.name}")
        return 0
    review.reject(store, user, args.version, args.comment or "")
    print(f"version {args.version} rejected by {user.name}")
    return 0


def cmd_export(args) -> int:
    from assistant.activation import export

    settings, user, store, open_ws = _context(args)
    with open_ws() as ws:
        result = export(store, settings, ws.catalog, ws.wh, user, args.version, fmt=args.format, webhook_url=args.webhook)
    print(f"export {result.export_id}: {result.rows:,} rows to {result.destination} (sha256 {result.checksum[:16]}...)")
    for s in result.reconciliation:
        print(f"  {s.step:<45} {s.size:>10,}  {s.difference:+,}  {s.explanation}")
    return 0


def cmd_refresh(args) -> int:
    from assistant.refresh import refresh
    from assistant.translators import make_translator

    settings, user, store, open_ws = _context(args)
    with open_ws() as ws:
        result = refresh(store, ws.catalog, ws.wh, make_translator("offline", ws.catalog, ws.wh, settings), user,
                         args.audience, args.as_of or ws.wh.as_of() or dt.date.today())
    print(f"audience {result.audience_id} as of {result.as_of}: {result.size:,} members, "
          f"{result.entered:,} entered, {result.left:,} left")
    return 0


def cmd_segment(args) -> int:
    from assistant.dry_run import dry_run
    from assistant.review import definition_of, version_row

    settings, _, store, open_ws = _context(args)
    defn = definition_of(version_row(store, args.version))
    with open_ws() as ws:
        run = dry_run(defn.model_copy(update={"channel": "none"}), ws.catalog, ws.wh, breakdowns=args.breakdown,
                      sample_size=0, settings=settings)
    out = open(args.out, "w", newline="") if args.out else sys.stdout
    writer = csv.writer(out)
    writer.writerow(["attribute", "value", "customers", "share"])
    for attr, values in run.breakdowns.items():
        for value, n in values:
            writer.writerow([attr, value, n, f"{n / run.final_size:.4f}" if run.final_size else "0"])
    if args.out:
        out.close()
        print(f"segment breakdowns of {run.final_size:,} customers written to {args.out} (no contact data)")
    return 0


def cmd_audit(args) -> int:
    _, _, store, _ = _context(args)
    if args.action == "show":
        for r in store.query("SELECT * FROM audit_log ORDER BY seq DESC LIMIT ?", (args.limit,)):
            print(f"{r['seq']:>5}  {r['at']}  {r['actor']:<8} {r['action']:<8} {r['subject']:<14} {r['details']}")
        return 0
    report = store.verify_audit()
    if report.ok:
        print(f"audit log intact: {report.entries} entries, chain and head verified")
        return 0
    for p in report.problems:
        print(f"TAMPERED: {p}")
    return 1


def add_parsers(sub, common) -> None:
    who = argparse.ArgumentParser(add_help=False)
    who.add_argument("--as", dest="as_user", required=True, help="acting user (see AUDIENCE_USERS)")

    p = sub.add_parser("submit", parents=[common, who], help="save a definition and submit it for review")
    src = p.add_mutually_exclusive_group(required=True)
    src.add_argument("--definition", type=Path, help="audience definition JSON")
    src.add_argument("--request", help="a request, translated by the offline translator")
    p.add_argument("--sql", help=argparse.SUPPRESS)
    p.add_argument("--name", help="audience name")
    p.add_argument("--channel", choices=["email", "sms", "push", "none"], help="target channel")
    p.add_argument("--as-of", type=dt.date.fromisoformat, help="as-of date")
    p.add_argument("--expected-size", type=int, help="the size you expect (the size guard compares)")
    p.add_argument("--note", help="note for the reviewer")
    p.set_defaults(func=cmd_submit)

    p = sub.add_parser("review", parents=[common], help="the review queue; approve or reject")
    p.add_argument("action", choices=["list", "show", "approve", "reject"])
    p.add_argument("version", type=int, nargs="?", help="version id (show, approve, reject)")
    p.add_argument("--as", dest="as_user", help="acting user (approve, reject)")
    p.add_argument("--all", action="store_true", help="list every audience, not only the queue")
    p.add_argument("--confirm-size", type=int, help="type the final size to approve a flagged audience")
    p.add_argument("--comment", help="review comment (required to reject)")
    p.set_defaults(func=_checked_review)

    p = sub.add_parser("export", parents=[common, who], help="send an approved version: file in the outbox (+ webhook)")
    p.add_argument("version", type=int)
    p.add_argument("--format", choices=["csv", "parquet"], help="file format")
    p.add_argument("--webhook", help="POST the members to this URL in batches")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("refresh", parents=[common, who], help="re-evaluate an approved audience and tag membership")
    p.add_argument("audience", type=int)
    p.add_argument("--as-of", type=dt.date.fromisoformat, help="new as-of date (default: the warehouse's)")
    p.set_defaults(func=cmd_refresh)

    p = sub.add_parser("segment", parents=[common], help="breakdowns of a version as chart-ready CSV, no contact data")
    p.add_argument("version", type=int)
    p.add_argument("--breakdown", action="append", help="attribute (repeatable; default: the catalog's)")
    p.add_argument("--out", help="CSV file (default: standard output)")
    p.set_defaults(func=cmd_segment)

    p = sub.add_parser("audit", parents=[common], help="the audit log")
    p.add_argument("action", choices=["verify", "show"])
    p.add_argument("--limit", type=int, default=50)
    p.set_defaults(func=cmd_audit)


def _checked_review(args) -> int:
    if args.action != "list" and args.version is None:
        raise AudienceError(f"review {args.action} needs a version id", hint="see `audience review list`")
    if args.action in ("approve", "reject") and not args.as_user:
        raise AudienceError(f"review {args.action} needs --as USER", hint="act as a reviewer")
    return cmd_review(args)
