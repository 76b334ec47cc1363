"""Scheduled refreshes: set a version's schedule, find the audiences whose refresh is due.

Meant to run from cron or a systemd timer (`audience refresh --due`, README). The refresh itself is
review/refresh.py; the pipeline materialises daily indicators first when a due audience reads them.
"""
from __future__ import annotations

import datetime as dt

import sqlglot
from sqlglot import exp

from assistant.definition import AudienceDefinition
from assistant.edges.store import ScheduleRecord, Store
from assistant.errors import ReviewError
from assistant.review.schedule import parse
from assistant.review.users import User, require
from assistant.review.workflow import version
from schema_catalog.model import ENRICH_SCHEMA


def set_schedule(store: Store, user: User, version_id: int, expr: str | None) -> None:
    """Carry a refresh schedule on an approved version (None removes the audience's schedule)."""
    require(user, "refresh")
    row = version(store, version_id)
    if expr is not None:
        parse(expr)  # a bad expression is refused before anything is stored
        if row.status not in ("approved", "exported"):
            raise ReviewError(f"version {version_id} is {row.status}: only approved versions are refreshed on a schedule",
                              hint="get it approved first")
    with store.transaction() as tx:
        if expr is None:
            tx.drop_schedule(row.audience_id)
        else:
            tx.set_schedule(row.audience_id, version_id, expr.strip(), user.name)
        tx.audit(user.name, "schedule", f"audience {row.audience_id}", {"version": version_id, "schedule": expr})


def due(store: Store, now: dt.datetime) -> list[ScheduleRecord]:
    """Schedules that fired since their audience's last refresh (or since they were set)."""
    out = []
    for s in store.schedules():
        since = dt.datetime.fromisoformat(s.last_run or s.set_at)
        if parse(s.expr).due(since, now):
            out.append(s)
    return out


def reads_daily_indicators(definition: AudienceDefinition) -> bool:
    """True when a part reads a materialised daily indicator (a table of the enrich schema)."""
    for part in definition.criteria + definition.exclusions:
        tree = sqlglot.parse_one(part.sql, read="duckdb")
        if any(t.db.lower() == ENRICH_SCHEMA for t in tree.find_all(exp.Table)):
            return True
    return False
