"""CLI edge of experiments and segments over time: split, overlap, scheduled refresh, purge, customer view."""
from __future__ import annotations

import argparse
import datetime as dt

from assistant import pipeline
from assistant.cli.common import services, settings_from
from assistant.errors import AudienceError


def _who(svc, args):
    return pipeline.user(svc, args.as_user)


def cmd_split(args) -> int:
    with services(settings_from(args)) as svc:
        sub = pipeline.split(svc, _who(svc, args), args.version, pipeline.parse_arms(args.arms), holdout=args.holdout)
    report = sub.dry_run.arms
    print(f"version {sub.version_id} (split) submitted for review: {sub.dry_run.final_size:,} customers")
    for a in report.arms:
        print(f"  {a.name:<10} {a.size:>10,}  {a.share:6.2f}% (asked {a.requested:g}%)")
    for b in report.balance:
        verdict = "balanced" if b.balanced else "UNBALANCED: the arms differ more than chance would explain"
        print(f"  balance on {b.attribute}: chi-square {b.chi_square:.2f}, {b.dof} dof, p = {b.p_value:.3f}, {verdict}")
    return 0


def cmd_overlap(args) -> int:
    with services(settings_from(args)) as svc:
        result = pipeline.overlap(svc, args.versions)
    n = len(result.labels)
    print(f"{n} audiences, {result.union:,} customers in at least one ({result.elapsed_ms:.0f} ms)")
    width = max(len(label) for label in result.labels)
    for i, label in enumerate(result.labels):
        cells = "  ".join(f"{result.pairwise[i][j]:>9,} ({result.share(i, j):6.1%})" for j in range(n))
        print(f"  {label:<{width}}  {cells}")
    print("  (row i, column j: customers of i also in j, and their share of i)")
    for mask in sorted(result.regions, key=lambda m: (-bin(m).count("1"), m)):
        names = " & ".join(result.labels[i] for i in range(n) if mask >> i & 1)
        print(f"  only {names}: {result.regions[mask]:,}")
    return 0


def print_due(report: pipeline.DueReport) -> int:
    if report.materialised:
        print(f"materialised {len(report.materialised)} daily indicator(s) first: {', '.join(report.materialised)}")
    for r in report.ran:
        print(f"audience {r.audience_id} as of {r.as_of}: {r.size:,} members, {r.entered:,} entered, {r.left:,} left")
    for audience_id, message in report.failed:
        print(f"audience {audience_id} not refreshed: {message}")
    if not report.ran and not report.failed:
        print(f"nothing due ({report.checked} schedule(s))")
    return 1 if report.failed else 0


def cmd_schedule(args) -> int:
    with services(settings_from(args)) as svc:
        if args.list:
            for s in pipeline.schedules(svc):
                print(f"audience {s.audience_id}  version {s.version_id}  {s.expr:<16} last run {s.last_run or 'never'}"
                      f"  {s.audience_name}")
            return 0
        if args.version is None or (args.expr is None and not args.off) or not args.as_user:
            raise AudienceError("schedule needs a version id, a schedule (or --off) and --as USER",
                                hint="e.g. `audience schedule 3 daily --as maria`, or `audience schedule --list`")
        pipeline.schedule(svc, _who(svc, args), args.version, None if args.off else args.expr)
    print(f"version {args.version}: " + ("schedule removed" if args.off else f"refreshed on schedule '{args.expr}'"))
    return 0


def cmd_purge(args) -> int:
    with pipeline.open(settings_from(args)) as svc:
        result = pipeline.purge(svc, _who(svc, args), days=args.days)
    for f in result.deleted:
        print(f"deleted {f.name} ({f.bytes:,} bytes, sha256 {f.sha256[:16]}..., written {f.modified:%Y-%m-%d})")
    print(f"{len(result.deleted)} file(s) older than {result.retention_days} days deleted from the outbox; "
          "recorded in the audit log")
    return 0


def cmd_customer(args) -> int:
    with services(settings_from(args)) as svc:
        who = _who(svc, args)
        matches = pipeline.find_customers(svc, who, args.search)
        if len(matches) != 1:
            for m in matches:
                print(f"customer {m.key}  {m.name}  {m.contact}")
            print(f"{len(matches)} customers match: search by one of their keys" if matches else "no customer matches")
            return 0 if matches else 1
        view = pipeline.customer(svc, who, matches[0].key)
    print(f"customer {view.key} ({matches[0].name}, {matches[0].contact})")
    for m in view.current:
        print(f"  in   {m.audience:<40} since {m.valid_from}")
    for m in view.left:
        print(f"  was  {m.audience:<40} {m.valid_from} to {m.valid_to}")
    if not view.history:
        print("  in no tagged audience")
    return 0


def cmd_movement(args) -> int:
    with services(settings_from(args)) as svc:
        m = pipeline.movement(svc, args.audience)
    print(f"{m.audience}: {m.members_then:,} members on {m.since}; on {m.until} {m.entered:,} entered")
    width = max(len(c) for c in m.columns)
    print("  " + " " * 24 + "  ".join(f"{c:>{width}}" for c in m.columns))
    for row, counts in zip(m.rows, m.counts):
        print(f"  {row:<24}" + "  ".join(f"{n:>{width},}" for n in counts))
    return 0


def cmd_stages(args) -> int:
    with services(settings_from(args)) as svc:
        t = pipeline.transitions(svc, args.since, args.until, indicator=args.indicator)
    print(f"{t.indicator} from {t.since} (rows) to {t.until} (columns)")
    width = max(10, *(len(v) for v in t.values))
    print(" " * (width + 2) + "  ".join(f"{v:>{width}}" for v in t.values))
    for before in t.values:
        print(f"  {before:<{width}}" + "  ".join(f"{t.moved(before, after):>{width},}" for after in t.values))
    return 0


def add_parsers(sub, common) -> None:
    who = argparse.ArgumentParser(add_help=False)
    who.add_argument("--as", dest="as_user", required=True, help="acting user (see AUDIENCE_USERS)")

    p = sub.add_parser("split", parents=[common, who],
                       help="A/B/n arms and a holdout for a version: a new version, submitted for review")
    p.add_argument("version", type=int)
    p.add_argument("--arms", required=True, help="arms as NAME:PERCENT, e.g. A:45,B:45")
    p.add_argument("--holdout", type=float, default=0.0, help="percent kept out of every export (default 0)")
    p.set_defaults(func=cmd_split)

    p = sub.add_parser("schedule", parents=[common], help="refresh an approved version on a schedule")
    p.add_argument("version", type=int, nargs="?")
    p.add_argument("expr", nargs="?", help="daily, weekly, hourly, or a cron expression in quotes ('30 5 * * 1-5')")
    p.add_argument("--off", action="store_true", help="remove the audience's schedule")
    p.add_argument("--list", action="store_true", help="list the schedules and their last run")
    p.add_argument("--as", dest="as_user", help="acting user (to set or remove)")
    p.set_defaults(func=cmd_schedule)

    p = sub.add_parser("purge", parents=[common, who], help="delete export files older than the retention period")
    p.add_argument("--days", type=int, help="retention in days (default: the outbox_retention_days setting)")
    p.set_defaults(func=cmd_purge)

    p = sub.add_parser("customer", parents=[common, who], help="one customer's audiences now, since when, entered, left")
    p.add_argument("search", help="customer key, masked contact (j***@example.com) or name")
    p.set_defaults(func=cmd_customer)

    p = sub.add_parser("movement", parents=[common], help="where a segment's members went since its previous refresh")
    p.add_argument("audience", type=int)
    p.set_defaults(func=cmd_movement)

    p = sub.add_parser("stages", parents=[common], help="stage-transition matrix of an indicator between two days")
    p.add_argument("--since", type=dt.date.fromisoformat, required=True, help="first day (YYYY-MM-DD)")
    p.add_argument("--until", type=dt.date.fromisoformat, help="second day (default: the warehouse's as-of date)")
    p.add_argument("--indicator", default="lifecycle_stage", help="indicator (default: lifecycle_stage)")
    p.set_defaults(func=cmd_stages)

    p = sub.add_parser("overlap", parents=[common], help="pairwise and Venn counts of 2-8 versions, in one query")
    p.add_argument("versions", type=int, nargs="+", help="version ids (approved or drafts)")
    p.set_defaults(func=cmd_overlap)
