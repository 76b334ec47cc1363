"""Splits and holdouts: which arm each customer is in, decided in Python from the customer key.

Assignment is HMAC-SHA256 keyed by the split's salt over "audience id:customer key": the first 8 bytes,
read as a fraction of 2**64, fall into one arm's share (arms in order, then the holdout). It is computed
here, on the keys the engine returns, rather than with an engine hash function: DuckDB's hash() is not
stable across versions, Spark's hash() is Murmur3 and PostgreSQL's hashtext() is its own, and md5 (the
one they share) turns into an integer differently on each (and sqlglot does not transpile that). Python
gives one answer whatever the engine, and the salt never appears in any SQL text or query log.
A customer keeps their arm across refreshes: the salt, the audience id and the key do not change.
"""
from __future__ import annotations

import hashlib
import hmac
import secrets

from pydantic import ValidationError

from assistant.definition import Arm, Split
from assistant.errors import ReviewError

HOLDOUT = "holdout"


def parse_arms(text: str) -> list[tuple[str, float]]:
    """'A:45,B:45' -> [('A', 45.0), ('B', 45.0)]."""
    arms = []
    for item in (t.strip() for t in text.split(",") if t.strip()):
        name, sep, share = item.partition(":")
        try:
            arms.append((name.strip(), float(share)))
        except ValueError:
            raise ReviewError(f"arm '{item}' is not NAME:PERCENT", hint="write arms as A:45,B:45") from None
        if not sep:
            raise ReviewError(f"arm '{item}' has no share", hint="write arms as A:45,B:45")
    return arms


def new_split(audience_id: int, arms: list[tuple[str, float]], holdout: float = 0.0,
              salt: str | None = None) -> Split:
    """A validated split; a new random salt unless one is kept from an earlier split of the audience."""
    try:
        return Split(audience_id=audience_id, arms=[Arm(name=n, share=s) for n, s in arms], holdout=holdout,
                     salt=salt or secrets.token_hex(16))
    except ValidationError as exc:
        first = exc.errors()[0]
        raise ReviewError(f"the split is not valid: {first['msg']}",
                          hint="give arms as NAME:PERCENT (e.g. A:45,B:45) that add up to 100 with the holdout") from None


def _fraction(split: Split, key) -> float:
    digest = hmac.new(split.salt.encode(), f"{split.audience_id}:{key}".encode(), hashlib.sha256).digest()
    return int.from_bytes(digest[:8], "big") / 2 ** 64


def arm_of(split: Split, key) -> str:
    """The arm of one customer key (keys compare as text: 42 and '42' are one customer)."""
    point, edge = _fraction(split, key) * 100, 0.0
    for arm in split.arms:
        edge += arm.share
        if point < edge:
            return arm.name
    return HOLDOUT if split.holdout else split.arms[-1].name  # float edge at exactly 100


def group_names(split: Split) -> list[str]:
    return [a.name for a in split.arms] + ([HOLDOUT] if split.holdout else [])


def export_rows(split: Split | None, rows: list[tuple], columns: list[str]) -> tuple[list[tuple], list[str], list[str]]:
    """The rows to send with their arm appended, the holdout taken out; and the holdout's keys (column 0)."""
    if split is None:
        return rows, columns, []
    out, held = [], []
    for row in rows:
        arm = arm_of(split, row[0])
        if arm == HOLDOUT:
            held.append(str(row[0]))
        else:
            out.append((*row, arm))
    return out, [*columns, "arm"], held
