"""Plain-text renderings of pipeline results for the terminal."""
from __future__ import annotations

from assistant.dry_run.result import DryRunResult


def _bar(n: int, total: int, width: int = 24) -> str:
    return "#" * (round(width * n / total) if total else 0)


def format_dry_run(r: DryRunResult) -> str:
    lines = [f"Dry run as of {r.as_of} for channel '{r.channel}' (definition {r.definition_hash[:12]})",
             f"  base: {r.base:,} customers", "", "Funnel (each criterion intersected in order):"]
    for s in r.funnel:
        alone = "" if s.own_size is None else f"  (alone: {s.own_size:,})"
        lines.append(f"  {s.size_after:>10,}  {_bar(s.size_after, r.base):<24}  {s.label}{alone}")
    if not r.funnel:
        lines.append("  (no criteria: every customer)")
    lines += ["", "Exclusions (what each removes, in order):"]
    for s in r.waterfall:
        kind = "policy" if s.role.startswith("policy") else "request"
        lines.append(f"  -{s.removed:>9,}  -> {s.size_after:>10,}  [{kind}] {s.label}")
    lines += ["", f"Audience as requested: {r.request_size:,}",
              f"Final audience: {r.final_size:,} ({r.share:.2%} of the base)", "", "Reachability:"]
    for reach in r.reachability:
        lines.append(f"  {reach.channel:<6} contact {reach.with_contact:>9,}  consent {reach.with_consent:>9,}  "
                     f"reachable {reach.reachable:>9,}")
    for attr, values in r.breakdowns.items():
        lines += ["", f"By {attr}:"]
        lines += [f"  {v:<20} {n:>9,}" for v, n in values[:12]]
    if r.flags:
        lines += ["", "Size guard:"] + [f"  ! {f.message}" for f in r.flags]
    if r.sample:
        lines += ["", f"Sample ({len(r.sample)} members, personal data masked):", "  " + " | ".join(r.sample_columns)]
        lines += ["  " + " | ".join("" if v is None else str(v) for v in row) for row in r.sample[:10]]
    lines.append(f"\n({r.elapsed_ms:.0f} ms)")
    return "\n".join(lines)
