"""The size guard: flags an audience too big in absolute terms, as a share of the base, or far from expected."""
from __future__ import annotations

from assistant.dry_run.result import DryRunResult, SizeFlag


def size_flags(result: DryRunResult, expected: int | None, settings=None) -> list[SizeFlag]:
    """The size guard: too big in absolute terms, as a share of the base, or far from what the user expected."""
    max_size = getattr(settings, "size_guard_max_size", 250_000)
    max_share = getattr(settings, "size_guard_max_share", 0.5)
    factor = getattr(settings, "size_guard_expected_factor", 3.0)
    flags, size = [], result.final_size
    if size > max_size:
        flags.append(SizeFlag(code="too_large", message=f"{size:,} customers is more than the {max_size:,} limit "
                                                         "(size_guard_max_size)"))
    if result.base and result.share > max_share:
        flags.append(SizeFlag(code="large_share", message=f"{result.share:.0%} of all customers is more than "
                                                           f"{max_share:.0%} (size_guard_max_share)"))
    if expected is not None and expected >= 0:
        ratio = (size + 1) / (expected + 1)
        if ratio > factor or ratio < 1 / factor:
            flags.append(SizeFlag(code="unexpected_size", message=f"{size:,} customers, but {expected:,} were expected "
                                                                  f"({ratio:.1f}x; size_guard_expected_factor is {factor})"))
    if size == 0:
        flags.append(SizeFlag(code="empty", message="nobody matches: check each criterion's own size"))
    return flags
