"""CLI edge of the review workflow: submit, review, export, refresh, segment, audit. Each takes --as USER."""
from __future__ import annotations

import argparse
import csv
import datetime as dt
import sys
from pathlib import Path

from assistant import pipeline
from assistant.cli.common import load_definition, services, settings_from
from assistant.errors import AudienceError


def _context(args):
    settings = settings_from(args)
    svc = services(settings) if getattr(args, "needs_warehouse", False) else pipeline.open(settings)
    who = pipeline.user(svc, args.as_user) if getattr(args, "as_user", None) else None
    return svc, who


def cmd_submit(args) -> int:
    svc, who = _context(args)
    with svc:
        if args.request is not None and not args.request.strip():
            raise AudienceError("the request is empty", hint="say who to reach, e.g. --request \"gold customers in Spain\"")
        if args.request:
            result = pipeline.translate(svc, args.request, as_of=args.as_of, channel=args.channel or "none")
            if result.status != "ok":
                raise AudienceError(f"the request was not translated: {result.message or '; '.join(result.warnings)}",
                                    hint="answer the clarification or rephrase, then submit again")
            defn = result.definition
        else:
            defn = load_definition(args)
        for ref, exclude in [(r, False) for r in args.in_audience or []] + [(r, True) for r in args.not_in_audience or []]:
            defn = pipeline.with_audience(svc, defn, ref[0], number=ref[1], exclude=exclude)
        sub = pipeline.submit(svc, who, defn, expected_size=args.expected_size, note=args.note or "", name=args.name,
                              audience_id=args.audience)
        v = pipeline.version(svc, sub.version_id)
    run = sub.dry_run
    flags = "; ".join(f.message for f in run.flags) or "none"
    print(f"'{v.audience_name}' version {v.number} (version id {sub.version_id}, audience {v.audience_id}) submitted for review: "
          f"{run.final_size:,} customers ({run.share:.2%} of the base); "
          f"size guard: {flags}")
    return 0


def cmd_review(args) -> int:
    svc, who = _context(args)
    with svc:
        if args.action == "list":
            if args.all:
                _list([(a.version_id, a.id, a.status, a.size, a.author, a.name) for a in pipeline.audiences(svc)],
                      "no audiences yet")
            else:
                _list([(v.id, v.audience_id, v.status, v.size, v.author, v.audience_name) for v in pipeline.queue(svc)],
                      "nothing to review")
            return 0
        if args.action == "show":
            v = pipeline.version(svc, args.version)
            diff = pipeline.diff(svc, args.version)
            print(v.definition.to_text())
            print(f"\nstatus: {v.status}; size at submission: {v.size}; expected: {v.expected_size}; "
                  f"note: {v.note or '-'}")
            for f in v.flags:
                print(f"  ! {f['message']}")
            for problem in pipeline.reference_problems(svc, args.version):
                print(f"  ! needs a new review: {problem}")
            print(f"audience {v.audience_id} ({v.audience_name}), version {v.number}")
            if diff.previous is None:
                print("first version of this audience")
            else:
                print(f"changes from version {diff.previous_number}: " + "; ".join(diff.changes) +
                      (f" (final size {_size(diff.size_before)} -> {_size(diff.size_after)})"))
                for s in diff.steps:
                    if s.before != s.after:
                        print(f"  {s.label}: {_size(s.before)} -> {_size(s.after)}")
            return 0
        if args.action == "approve":
            if pipeline.version(svc, args.version).flags and args.confirm_size is None:
                raise AudienceError(f"the size guard flagged version {args.version}: confirm you saw its final size",
                                    hint=f"pass --confirm-size with the final size `audience review show {args.version}` "
                                         "prints")
            pipeline.approve(svc, who, args.version, typed_size=args.confirm_size, comment=args.comment or "")
            print(f"version {args.version} approved by {who.name}")
            return 0
        pipeline.reject(svc, who, args.version, args.comment or "")
        print(f"version {args.version} rejected by {who.name}")
        return 0


def _list(rows: list[tuple], empty: str) -> None:
    """One line per (version id, audience id, status, size, author, name), or `empty` when there is none."""
    for version_id, audience_id, status, size, author, name in rows:
        print(f"version {version_id}  audience {audience_id}  {status:<9}  size {_size(size):>8}  by {author}  {name}")
    if not rows:
        print(empty)


def _size(n: int | None) -> str:
    return "-" if n is None else str(n)


def cmd_export(args) -> int:
    if args.recover:
        with pipeline.open(settings_from(args)) as svc:
            notes = pipeline.recover_exports(svc)
        print("\n".join(notes) if notes else "outbox and store agree: nothing to recover")
        return 0
    if (args.version is None) == (args.resume is None):
        raise AudienceError("export needs a version id, or --resume EXPORT_ID (not both)",
                            hint="e.g. `audience export 3 --as maria` or `audience export --resume 7 --as maria`")
    if not args.as_user:
        raise AudienceError("export needs --as USER", hint="act as a user who may export (a marketer or an admin)")
    svc, who = _context(args)
    with svc:
        if args.resume is not None:
            result = pipeline.resume_export(svc, who, args.resume, webhook_url=args.webhook)
        else:
            result = pipeline.export(svc, who, args.version, fmt=args.format, webhook_url=args.webhook)
    print(f"export {result.export_id} {result.status}: {result.rows:,} rows to {result.destination} "
          f"(sha256 {result.checksum[:16]}...)")
    for s in result.reconciliation:
        print(f"  {s.step:<45} {s.size:>10,}  {s.difference:+,}  {s.explanation}")
    if result.ok:
        return 0
    print(f"error: delivery {result.status}: {result.batches_delivered} of {result.batches} batches delivered "
          f"({result.delivered:,} of {result.rows:,} rows)", file=sys.stderr)
    for failure in result.failures:
        print(f"  {failure}", file=sys.stderr)
    print(f"Fix: resume with `audience export --resume {result.export_id} --as {who.name}` once the destination "
          "accepts again (only the missing batches are sent)", file=sys.stderr)
    return 1


def cmd_refresh(args) -> int:
    svc, who = _context(args)
    if args.due:
        from assistant.cli.experiments import print_due

        with svc:
            return print_due(pipeline.refresh_due(svc, who, as_of=args.as_of, now=args.now))
    if args.audience is None:
        raise AudienceError("refresh needs an audience id, or --due", hint="e.g. `audience refresh 3 --as maria`")
    with svc:
        result = pipeline.refresh(svc, who, args.audience, as_of=args.as_of)
    print(f"audience {result.audience_id} as of {result.as_of}: {result.size:,} members, "
          f"{result.entered:,} entered, {result.left:,} left")
    return 0


def cmd_segment(args) -> int:
    svc, _ = _context(args)
    with svc:
        run = pipeline.segment(svc, args.version, args.breakdown)
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
    svc, _ = _context(args)
    with svc:
        if args.action == "show":
            for r in pipeline.audit_entries(svc, args.limit):
                print(f"{r.seq:>5}  {r.at}  {r.actor:<8} {r.action:<8} {r.subject:<14} {r.details}")
            return 0
        report = pipeline.audit_verify(svc)
    if report.recovered:
        print(f"note: {report.recovered}")
    if report.ok:
        print(f"audit log intact: {report.entries} entries, chain and head verified")
        return 0
    for p in report.problems:
        print(f"TAMPERED: {p}")
    return 1


def _audience_ref(text: str) -> tuple[int, int | None]:
    audience, _, number = text.partition(":")
    try:
        return int(audience), int(number) if number else None
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not AUDIENCE_ID or AUDIENCE_ID:VERSION") from None


def _instant(text: str) -> dt.datetime:
    try:
        value = dt.datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a time; write YYYY-MM-DDTHH:MM") from None
    return value if value.tzinfo else value.replace(tzinfo=dt.timezone.utc)


def add_parsers(sub, common) -> None:
    who = argparse.ArgumentParser(add_help=False)
    who.add_argument("--as", dest="as_user", required=True, help="acting user (see AUDIENCE_USERS)")

    p = sub.add_parser("submit", parents=[common, who], help="save a definition and submit it for review")
    src = p.add_mutually_exclusive_group(required=True)
    src.add_argument("--definition", type=Path, help="audience definition JSON")
    src.add_argument("--request", help="a request, translated by the offline translator")
    p.add_argument("--sql", help=argparse.SUPPRESS)
    p.add_argument("--name", help="audience name (asked once; given again with --audience, it renames)")
    p.add_argument("--audience", type=int, help="submit as the next version of this audience (its id)")
    p.add_argument("--channel", choices=["email", "sms", "push", "none"], help="target channel")
    p.add_argument("--as-of", type=dt.date.fromisoformat, help="as-of date")
    p.add_argument("--expected-size", type=int, help="the size you expect (the size guard compares)")
    p.add_argument("--note", help="note for the reviewer")
    p.add_argument("--in-audience", type=_audience_ref, action="append", metavar="ID[:VERSION]",
                   help="only members of this audience (a version number, or its latest approved); repeatable")
    p.add_argument("--not-in-audience", type=_audience_ref, action="append", metavar="ID[:VERSION]",
                   help="except members of this audience (a version number, or its latest approved); repeatable")
    p.set_defaults(func=cmd_submit, needs_warehouse=True)

    p = sub.add_parser("review", parents=[common], help="the review queue; approve or reject")
    p.add_argument("action", choices=["list", "show", "approve", "reject"])
    p.add_argument("version", type=int, nargs="?", help="version id (show, approve, reject)")
    p.add_argument("--as", dest="as_user", help="acting user (approve, reject)")
    p.add_argument("--all", action="store_true", help="list every audience, not only the queue")
    p.add_argument("--confirm-size", type=int, help="type the final size to approve a flagged audience")
    p.add_argument("--comment", help="review comment (required to reject)")
    p.set_defaults(func=_checked_review)

    p = sub.add_parser("export", parents=[common], help="send an approved version: file in the outbox (+ webhook)")
    p.add_argument("version", type=int, nargs="?", help="version id (not with --resume / --recover)")
    p.add_argument("--as", dest="as_user", help="acting user (see AUDIENCE_USERS); required unless --recover")
    p.add_argument("--format", choices=["csv", "parquet"], help="file format")
    p.add_argument("--webhook", help="POST the members to this URL in batches (with --resume: instead of the recorded one)")
    p.add_argument("--resume", type=int, metavar="EXPORT_ID", help="deliver the batches a failed or partial export missed")
    p.add_argument("--recover", action="store_true", help="reconcile the outbox and the store after a crash")
    p.set_defaults(func=cmd_export, needs_warehouse=True)

    p = sub.add_parser("refresh", parents=[common, who], help="re-evaluate an approved audience and tag membership")
    p.add_argument("audience", type=int, nargs="?", help="audience id (or --due)")
    p.add_argument("--due", action="store_true", help="run every scheduled refresh that is due (for cron or a timer)")
    p.add_argument("--now", type=_instant, help="with --due: judge the schedules at this UTC time (catch-up, tests)")
    p.add_argument("--as-of", type=dt.date.fromisoformat, help="new as-of date (default: the warehouse's)")
    p.set_defaults(func=cmd_refresh, needs_warehouse=True)

    p = sub.add_parser("segment", parents=[common], help="breakdowns of a version as chart-ready CSV, no contact data")
    p.add_argument("version", type=int)
    p.add_argument("--breakdown", action="append", help="attribute (repeatable; default: the catalog's)")
    p.add_argument("--out", help="CSV file (default: standard output)")
    p.set_defaults(func=cmd_segment, needs_warehouse=True)

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
