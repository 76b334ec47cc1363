"""Activation ("send"): only approved versions, re-checked at send time, written and delivered once.

The export re-runs the approved SQL now; if the audience moved beyond the
tolerance since approval, it stops and asks for re-approval. The member list
(key and the channel's contact field, after the policy exclusions) goes to a
file in the outbox and optionally to a webhook in batches with idempotency
keys. One reconciliation explains every difference between the size approved,
the size at send time, what was sendable and what the destination accepted.
"""
from __future__ import annotations

import datetime as dt

from pydantic import BaseModel

from assistant.dry_run.run import dry_run
from assistant.edges.destination import outbox_file, post_batches, write_file
from assistant.edges.store import Store
from assistant.edges.warehouse.base import Warehouse
from assistant.errors import ReviewError
from assistant.review.split import export_rows
from assistant.review.users import User, require
from assistant.review.workflow import version
from assistant.sql.compile import compile_sql
from schema_catalog.model import Catalog


class ReconciliationStep(BaseModel):
    step: str
    size: int
    difference: int
    explanation: str


class ExportResult(BaseModel):
    export_id: int
    file: str
    rows: int
    checksum: str
    destination: str
    delivered: int
    reconciliation: list[ReconciliationStep]


def _members_sql(defn, catalog: Catalog, as_of: dt.date) -> tuple[str, list[str]]:
    key, entity = catalog.entity.key, catalog.entity.table
    audience = compile_sql(defn, catalog, as_of, with_policies=True)
    if defn.channel == "none":
        return f"SELECT a.{key} FROM ({audience}) AS a ORDER BY a.{key}", [key]
    contact = catalog.policies.channels[defn.channel].contact
    table, column = contact.rsplit(".", 1)
    if table == entity:
        sql = f"SELECT a.{key}, c.{column} FROM ({audience}) AS a JOIN {entity} AS c ON c.{key} = a.{key} ORDER BY a.{key}"
    else:
        sql = (f"SELECT a.{key}, any_value(c.{column}) FROM ({audience}) AS a JOIN {table} AS c ON c.{key} = a.{key} "
               f"GROUP BY a.{key} ORDER BY a.{key}")
    return sql, [key, column]


def export(store: Store, settings, catalog: Catalog, wh: Warehouse, user: User, version_id: int,
           fmt: str | None = None, webhook_url: str | None = None) -> ExportResult:
    require(user, "export")
    row = version(store, version_id)
    if row.status not in ("approved", "exported"):
        raise ReviewError(f"version {version_id} is {row.status}: only approved versions are exported",
                          hint="submit it for review and get a second person's approval")
    approval = store.approval(version_id)
    defn = row.definition
    if approval is None or approval.approved_hash != defn.content_hash():
        raise ReviewError("the definition differs from the one approved", hint="submit this version for review again")
    now_run = dry_run(defn, catalog, wh, breakdowns=[], sample_size=0, settings=settings)
    approved_size = approval.approved_size
    moved = abs(now_run.final_size - approved_size) / max(approved_size, 1)
    if moved > settings.export_size_tolerance:
        raise ReviewError(f"the audience moved from {approved_size:,} at approval to {now_run.final_size:,} now "
                          f"({moved:.1%}, tolerance {settings.export_size_tolerance:.0%}): the data changed since approval",
                          hint="save it as a new version and submit it for re-approval")
    sql, columns = _members_sql(defn, catalog, now_run.as_of)
    rows = wh.query(sql, max_rows=50_000_000).rows
    rows, columns, held = export_rows(defn.split, rows, columns)  # the arm per contact; the holdout never leaves
    fmt = fmt or settings.export_format
    path = outbox_file(settings.outbox, row.audience_id, row.number, fmt)
    checksum = write_file(rows, columns, path, fmt)
    destination = str(path)
    delivered, failures = len(rows), []
    url = webhook_url or settings.webhook_url
    if url:
        destination = f"{path} + {url}"
        delivered, failures = post_batches(url, store.next_export_id(), rows, columns,
                                           batch_size=settings.webhook_batch_size, retries=settings.webhook_retries)
    submitted_request = row.dry_run.request_size if row.dry_run else approved_size
    steps = _reconcile(submitted_request, approved_size, now_run, len(rows), delivered, failures, url, len(held))
    with store.transaction() as tx:
        export_id = tx.add_export(version_id, user.name, len(rows), str(path), checksum, destination, fmt,
                                  [s.model_dump() for s in steps])
        tx.record_holdout(version_id, export_id, held)
        tx.set_status(version_id, "exported")
        tx.audit(user.name, "export", f"version {version_id}",
                 {"rows": len(rows), "checksum": checksum, "destination": destination, "delivered": delivered,
                  "held_out": len(held)})
    return ExportResult(export_id=export_id, file=str(path), rows=len(rows), checksum=checksum,
                        destination=destination, delivered=delivered, reconciliation=steps)


def _reconcile(approved_request: int, approved: int, run, written: int, delivered: int, failures: list[str],
               url, held: int = 0) -> list[ReconciliationStep]:
    """Every difference between approval and delivery, explained by the step that caused it."""
    steps = [
        ReconciliationStep(step="approved", size=approved, difference=0,
                           explanation=f"final size the reviewer approved (the request's own audience was {approved_request:,})"),
        ReconciliationStep(step="audience at send time", size=run.request_size, difference=run.request_size - approved_request,
                           explanation=f"the request's own audience re-run as of {run.as_of}, before policies; "
                                       "a difference means the data changed since approval"),
    ]
    size = run.request_size
    for s in run.waterfall:
        if s.role.startswith("policy"):
            size -= s.removed
            steps.append(ReconciliationStep(step=s.label, size=size, difference=-s.removed,
                                            explanation=f"removed by the policy '{s.label}'"))
    if held:
        size -= held
        steps.append(ReconciliationStep(step="holdout", size=size, difference=-held,
                                        explanation="the split's holdout: kept for measurement, never exported"))
    steps.append(ReconciliationStep(step="sendable", size=written, difference=written - size,
                                    explanation="rows written to the export file"))
    if url:
        steps.append(ReconciliationStep(step="delivered", size=delivered, difference=delivered - written,
                                        explanation="accepted by the destination" + (f"; {'; '.join(failures)}" if failures else "")))
    return steps
