"""The members of an audience as a set: what the reviewer approved, compared with what is about to be sent.

Keys are kept as sorted text, packed with zlib (1M keys: a few MB), so that the export can say exactly how
many customers left and entered since approval, not only whether the size moved.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import zlib
from dataclasses import dataclass
from functools import cached_property


@dataclass(frozen=True)
class Members:
    columns: list[str]       # the key first, then the channel's contact column when there is one
    rows: list[tuple]        # one row per member, ordered by key
    as_of: dt.date

    @property
    def size(self) -> int:
        return len(self.rows)

    @cached_property
    def text(self) -> bytes:
        return "\n".join(sorted(str(r[0]) for r in self.rows)).encode()

    @cached_property
    def digest(self) -> str:
        """Equal member sets, equal digests (order-independent: the keys are sorted as text first)."""
        return hashlib.sha256(self.text).hexdigest()

    def packed(self) -> bytes:
        return zlib.compress(self.text, 1)  # level 6: 9x slower for 12% less (1M keys)

    def keys(self) -> set[str]:
        return set(self.text.decode().split("\n")) if self.rows else set()


def unpack(blob: bytes) -> set[str]:
    text = zlib.decompress(blob).decode()
    return set(text.split("\n")) if text else set()


@dataclass(frozen=True)
class Drift:
    left: int      # approved members no longer in the audience
    entered: int   # members now that were not approved

    def share(self, approved: int) -> float:
        return (self.left + self.entered) / max(approved, 1)


def drift(approved: set[str], now: set[str]) -> Drift:
    return Drift(left=len(approved - now), entered=len(now - approved))
