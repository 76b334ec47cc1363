"""CLI edge of experiments and segments over time: split, overlap, scheduled refresh, purge, customer view."""
from __future__ import annotations

import argparse

from assistant import pipeline
from assistant.cli.common import services, settings_from


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


def add_parsers(sub, common) -> None:
    who = argparse.ArgumentParser(add_help=False)
    who.add_argument("--as", dest="as_user", required=True, help="acting user (see AUDIENCE_USERS)")

    p = sub.add_parser("split", parents=[common, who],
                       help="A/B/n arms and a holdout for a version: a new version, submitted for review")
    p.add_argument("version", type=int)
    p.add_argument("--arms", required=True, help="arms as NAME:PERCENT, e.g. A:45,B:45")
    p.add_argument("--holdout", type=float, default=0.0, help="percent kept out of every export (default 0)")
    p.set_defaults(func=cmd_split)
