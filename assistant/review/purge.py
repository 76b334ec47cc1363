"""Retention of contact data: export files older than the retention period leave the outbox.

Each purge is one audit entry naming every file deleted with its checksum and size, so what was sent
stays provable (the export records keep row counts and checksums) while the contacts themselves go.
"""
from __future__ import annotations

import datetime as dt

from pydantic import BaseModel

from assistant.edges import outbox
from assistant.edges.store import Store
from assistant.review.users import User, require


class PurgedFile(BaseModel):
    name: str
    sha256: str
    bytes: int
    modified: dt.datetime


class PurgeResult(BaseModel):
    older_than: dt.datetime
    retention_days: int
    deleted: list[PurgedFile]


def purge(store: Store, folder, user: User, retention_days: int, now: dt.datetime) -> PurgeResult:
    require(user, "purge")
    cutoff = now - dt.timedelta(days=retention_days)
    old = outbox.older_than(folder, cutoff)
    deleted = []
    for f in old:
        outbox.delete(f)
        deleted.append(PurgedFile(name=f.path.name, sha256=f.sha256, bytes=f.size, modified=f.modified))
    with store.transaction() as tx:
        tx.audit(user.name, "purge", "outbox", {"retention_days": retention_days, "older_than": cutoff.isoformat(),
                                                "files": [d.model_dump(mode="json") for d in deleted]})
    return PurgeResult(older_than=cutoff, retention_days=retention_days, deleted=deleted)
