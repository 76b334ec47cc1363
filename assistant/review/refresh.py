"""Segments over time: re-evaluate an approved audience at a new as-of and tag membership on the customer key.

The request is translated again at the new date (a mechanical roll of its
windows); if that changes anything but dates, the refresh stops and asks for a
new version. Membership rows carry valid-from / valid-to dates, so a refresh
reports who entered and who left since the last one.
"""
from __future__ import annotations

import datetime as dt
import re

from pydantic import BaseModel

from assistant.definition import AudienceDefinition
from assistant.edges.store import Store
from assistant.edges.warehouse.base import Warehouse
from assistant.dry_run.members import unpack
from assistant.errors import ReviewError
from assistant.meaning import from_spec
from assistant.review.users import User, require
from assistant.sql.compile import compile_sql
from schema_catalog.model import Catalog

_DATES = re.compile(r"DATE '\d{4}-\d{2}-\d{2}'")


class RefreshResult(BaseModel):
    audience_id: int
    version_id: int
    as_of: dt.date
    size: int
    entered: int
    left: int


def _undated(sql: str) -> str:
    return _DATES.sub("DATE ?", sql)


def _rolled(approved: AudienceDefinition, catalog: Catalog, translator, as_of: dt.date) -> AudienceDefinition:
    """The approved definition at a new date: edited parts re-rendered from their meaning, the rest re-translated."""
    parts = approved.criteria + approved.exclusions
    if any(c.origin == "user" for c in parts) and all(c.spec is not None for c in parts):
        def again(c):
            return c.model_copy(update={"sql": from_spec(c.spec, catalog).render(catalog, as_of).sql})
        return approved.model_copy(update={"as_of": as_of, "criteria": [again(c) for c in approved.criteria],
                                           "exclusions": [again(c) for c in approved.exclusions]})
    if any(c.origin not in ("offline", "glossary") for c in parts):
        raise ReviewError("this audience has hand-written or model-written criteria: their dates cannot be rolled safely",
                         hint="save a new version for the new date and submit it for review")
    rolled = translator.translate(approved.request, as_of, approved.channel).definition
    if rolled is None or [_undated(c.sql) for c in rolled.criteria + rolled.exclusions] != \
            [_undated(c.sql) for c in parts]:
        raise ReviewError("re-reading the request at the new date changes more than its dates",
                         hint="save a new version and submit it for review")
    return rolled


def _exported_members(store: Store, audience_id: int) -> tuple[str, set[str]] | None:
    """The approved members of the audience's latest exported version, with the day of its first export."""
    for v in store.versions(audience_id):                 # newest first
        exports = store.exports(v.id)
        stored = store.members(v.id) if exports else None
        if stored is not None:
            return min(e.at for e in exports)[:10], unpack(stored.keys)
    return None


def refresh(store: Store, catalog: Catalog, wh: Warehouse, translator, user: User, audience_id: int,
            as_of: dt.date, at: dt.datetime | None = None) -> RefreshResult:
    """`at` is when the refresh runs (default: now); a scheduled run passes the time it was due at."""
    require(user, "refresh")
    version = store.latest_approved(audience_id)
    if version is None:
        raise ReviewError(f"audience {audience_id} has no approved version", hint="only approved audiences are refreshed")
    rolled = _rolled(version.definition, catalog, translator, as_of)
    key = catalog.entity.key
    # The channel's policies apply as at approval: an unchanged warehouse gives the approved size.
    members = {str(r[0]) for r in wh.query(compile_sql(rolled, catalog, as_of, with_policies=True),
                                           max_rows=50_000_000).rows}
    baseline = _exported_members(store, audience_id)
    with store.transaction() as tx:
        current = tx.current_members(audience_id)
        if not current and baseline:
            # First refresh after an export: who was sent is already a member; 'entered' is only who is new.
            day_sent, current = baseline
            tx.move_members(audience_id, day_sent, current, set())
        entered, left = members - current, current - members
        day = as_of.isoformat()
        tx.move_members(audience_id, day, entered, left)
        tx.add_refresh(audience_id, version.id, day, user.name, len(members), len(entered), len(left),
                       at.isoformat(timespec="microseconds") if at else None)
        tx.audit(user.name, "refresh", f"audience {audience_id}",
                 {"as_of": day, "size": len(members), "entered": len(entered), "left": len(left), "key": key})
    return RefreshResult(audience_id=audience_id, version_id=version.id, as_of=as_of, size=len(members),
                         entered=len(entered), left=len(left))
