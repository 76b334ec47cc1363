"""Activation ("send"): only approved versions, re-checked at send time, written and delivered once, truthfully.

The export selects the members with the dry run's own plan (assistant.dry_run.run.members), and compares
them with the members the reviewer approved: if more customers left or entered than the tolerance allows,
even at equal size, it stops and asks for re-approval. Then, in this order, each step recorded so a crash
anywhere leaves the outbox and the store in agreement (see `recover`):

1. the export's row is inserted (status pending): its id, taken inside the transaction, names the file and
   derives the idempotency keys;
2. the file is written to a temp name, fsynced, renamed (status written once recorded);
3. each webhook batch is posted and its outcome recorded (delivered or failed, with the reason);
4. the outcome: exported (file and every batch delivered), partial or failed (resumable with `resume`).

One reconciliation explains every difference between the size approved, the members at send time, what
was sendable and what the destination accepted.
"""
from __future__ import annotations

import math
from contextlib import ExitStack
from pathlib import Path

from pydantic import BaseModel

from assistant.dry_run.members import Members, drift, unpack
from assistant.dry_run.run import dry_run, members
from assistant.edges.destination import (EXPORT_FILE, batches, check_webhook_url, export_lock, file_checksum,
                                         idempotency_key, outbox_file, partial, post_batch, read_file, write_file)
from assistant.edges.store import ExportRecord, Store
from assistant.edges.warehouse.base import Warehouse
from assistant.errors import DeliveryError, ReviewError
from assistant.failpoints import failpoint
from assistant.review.users import User, require
from assistant.review.workflow import version
from schema_catalog.model import Catalog


class ReconciliationStep(BaseModel):
    step: str
    size: int
    difference: int
    explanation: str


class ExportResult(BaseModel):
    export_id: int
    status: str                # exported | partial | failed
    file: str
    rows: int
    checksum: str
    destination: str
    delivered: int             # rows the destination accepted (all rows when there is no webhook)
    batches: int
    batches_delivered: int
    failures: list[str]
    reconciliation: list[ReconciliationStep]

    @property
    def ok(self) -> bool:
        return self.status == "exported"


def export(store: Store, settings, catalog: Catalog, wh: Warehouse, user: User, version_id: int,
           fmt: str | None = None, webhook_url: str | None = None) -> ExportResult:
    require(user, "export")
    url = webhook_url or settings.webhook_url
    if url:
        url = check_webhook_url(url)
    row = version(store, version_id)
    if row.status not in ("approved", "exported"):
        raise ReviewError(f"version {version_id} is {row.status}: only approved versions are exported",
                          hint="submit it for review and get a second person's approval")
    approval = store.approval(version_id)
    defn = row.definition
    if approval is None or approval.approved_hash != defn.content_hash():
        raise ReviewError("the definition differs from the one approved", hint="submit this version for review again")
    now_run = dry_run(defn, catalog, wh, breakdowns=[], sample_size=0, settings=settings)
    now = members(defn, catalog, wh, as_of=now_run.as_of)
    moved = _check_drift(store, settings, version_id, approval.approved_size, approval.approved_members, now)
    fmt = fmt or settings.export_format
    submitted_request = row.dry_run.request_size if row.dry_run else approval.approved_size
    steps = _reconcile(submitted_request, approval.approved_size, now_run, now.size, moved)
    batch_count = math.ceil(now.size / settings.webhook_batch_size) if url else 0
    with ExitStack() as held:
        with store.transaction() as tx:
            export_id = tx.start_export(version_id, user.name, now.size, "", fmt, [s.model_dump() for s in steps], url,
                                        settings.webhook_batch_size, batch_count)
            path = outbox_file(settings.outbox, export_id, row.audience_id, row.number, fmt)
            tx.set_export_file(export_id, str(path))
            # Locked before COMMIT: another process's recovery never sees this pending export unlocked.
            held.enter_context(export_lock(settings.outbox, export_id, wait=True))
        failpoint("export_started")
        try:
            checksum = write_file(now.rows, now.columns, path, fmt)
        except DeliveryError as exc:
            _finish(store, user, store.export_record(export_id), "failed", 0, exc.message, steps)
            raise
        with store.transaction() as tx:
            tx.export_written(export_id, checksum)
        failpoint("export_written")
        return _deliver(store, settings, user, store.export_record(export_id), url, steps)


def resume(store: Store, settings, user: User, export_id: int, webhook_url: str | None = None) -> ExportResult:
    """Deliver the batches an export has not delivered yet, from its own file (same content, same keys)."""
    require(user, "export")
    with export_lock(settings.outbox, export_id, wait=False) as held:
        if not held:
            raise DeliveryError(f"export {export_id} is being worked on by another process",
                                hint="wait for it to finish, then check `audience review show` or resume again")
        record = store.export_record(export_id)
        if record is None:
            raise DeliveryError(f"no export {export_id}", hint="see the exports of a version in `audience review show`")
        if record.status == "exported":
            raise DeliveryError(f"export {export_id} was delivered completely; there is nothing to resume",
                                hint="run a new export of the version if you need to send it again")
        if record.status == "pending" or not record.checksum:
            raise DeliveryError(f"export {export_id} never got its file, so there is nothing to resume",
                                hint=f"export version {record.version_id} again")
        url = check_webhook_url(webhook_url) if webhook_url else record.webhook
        steps = [ReconciliationStep(**s) for s in record.reconciliation if s["step"] != "delivered"]
        return _deliver(store, settings, user, record, url, steps)


def _deliver(store: Store, settings, user: User, record: ExportRecord, url: str | None,
             steps: list[ReconciliationStep]) -> ExportResult:
    path = Path(record.file)
    if not path.exists() or file_checksum(path) != record.checksum:
        _finish(store, user, record, "failed", 0, "its file is missing or was changed after it was written", steps)
        raise DeliveryError(f"the file of export {record.id} ({path}) is missing or was changed after it was written",
                            hint=f"export version {record.version_id} again")
    failures: list[str] = []
    if url:
        columns, rows = read_file(path, record.format)
        done = {b.batch for b in store.batches(record.id) if b.status == "delivered"}
        for batch in batches(rows, record.batch_size or settings.webhook_batch_size):
            if batch.number in done:
                continue
            key = idempotency_key(record.id, batch)
            outcome = post_batch(url, record.id, batch, columns, key, retries=settings.webhook_retries,
                                 timeout=settings.webhook_timeout_s)
            with store.transaction() as tx:
                tx.record_batch(record.id, batch.number, len(batch.rows), batch.content_hash, key,
                                "delivered" if outcome.delivered else "failed", outcome.detail)
            failpoint("export_batch")
            if not outcome.delivered:
                # Stop here: the destination is down or refuses; later batches wait for `resume`, in order.
                failures.append(f"batch {batch.number}: {outcome.detail}")
                break
    failpoint("export_delivered")
    status, delivered, detail = _outcome(store, record, url, failures)
    return _finish(store, user, record, status, delivered, detail, steps, url=url)


def _outcome(store: Store, record: ExportRecord, url: str | None, failures: list[str]) -> tuple[str, int, str]:
    if not url:
        return "exported", record.rows, ""
    recorded = store.batches(record.id)
    ok = [b for b in recorded if b.status == "delivered"]
    delivered = sum(b.rows for b in ok)
    if len(ok) == record.batches:
        return "exported", delivered, ""
    failed = failures or [f"batch {b.batch}: {b.detail}" for b in recorded if b.status != "delivered"]
    unsent = record.batches - len(recorded)
    detail = "; ".join([f"{len(ok)} of {record.batches} batches delivered ({delivered:,} of {record.rows:,} rows)",
                        *failed, *([f"{unsent} batches not sent yet"] if unsent else [])])
    return ("partial" if ok else "failed"), delivered, detail


def _finish(store: Store, user: User, record: ExportRecord, status: str, delivered: int, detail: str,
            steps: list[ReconciliationStep], *, url: str | None = None) -> ExportResult:
    if url:
        steps = [*steps, ReconciliationStep(step="delivered", size=delivered, difference=delivered - record.rows,
                                            explanation="accepted by the destination" + (f"; {detail}" if detail else ""))]
    destination = f"{record.file} + {url}" if url else record.file
    with store.transaction() as tx:
        tx.set_export_outcome(record.id, status, delivered, detail, [s.model_dump() for s in steps], destination)
        if status == "exported":
            tx.set_status(record.version_id, "exported")
        tx.audit(user.name, "export", f"version {record.version_id}",
                 {"export": record.id, "status": status, "rows": record.rows, "checksum": record.checksum,
                  "destination": destination, "delivered": delivered, "detail": detail})
    recorded = store.batches(record.id)
    unsent = record.batches - len(recorded)
    failures = [f"batch {b.batch}: {b.detail}" for b in recorded if b.status != "delivered"]
    failures += [f"{unsent} batches not sent yet"] if unsent and url else []
    return ExportResult(export_id=record.id, status=status, file=record.file, rows=record.rows, checksum=record.checksum,
                        destination=destination, delivered=delivered, batches=record.batches,
                        batches_delivered=sum(b.status == "delivered" for b in recorded),
                        failures=failures or ([detail] if status == "failed" and detail else []), reconciliation=steps)


def _check_drift(store: Store, settings, version_id: int, approved_size: int, approved_digest: str | None,
                 now: Members):
    """Stop when the members moved beyond the tolerance since approval: customers who left plus who entered."""
    tolerance = settings.export_size_tolerance
    approved = store.members(version_id)
    if approved is None or approved_digest is None or approved.digest != approved_digest:
        # Approved before member sets were recorded (schema < 3): only the size can be compared.
        moved = abs(now.size - approved_size) / max(approved_size, 1)
        if moved > tolerance:
            raise ReviewError(f"the audience moved from {approved_size:,} at approval to {now.size:,} now "
                              f"({moved:.1%}, tolerance {tolerance:.0%}): the data changed since approval",
                              hint="save it as a new version and submit it for re-approval")
        return None
    if approved.digest == now.digest:
        return drift(set(), set())
    change = drift(unpack(approved.keys), now.keys())
    if change.share(approved.size) > tolerance:
        raise ReviewError(f"the members changed since approval: {change.left:,} customers left and {change.entered:,} "
                          f"entered ({change.share(approved.size):.1%} of the {approved.size:,} approved, tolerance "
                          f"{tolerance:.0%}; size {approved.size:,} then, {now.size:,} now): the data changed since approval",
                          hint="save it as a new version and submit it for re-approval")
    return change


def _reconcile(approved_request: int, approved: int, run, written: int, moved) -> list[ReconciliationStep]:
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
    steps.append(ReconciliationStep(step="sendable", size=written, difference=written - size,
                                    explanation="rows written to the export file"))
    steps.append(ReconciliationStep(
        step="members since approval", size=written, difference=0,
        explanation="not compared: approved before member sets were recorded" if moved is None else
        f"{moved.left:,} left, {moved.entered:,} entered since the members the reviewer approved"))
    return steps


# -- recovery: the outbox and the store agree after a crash at any step ----------------------------------

def recover(store: Store, settings, user_name: str = "system") -> list[str]:
    """Finish or fail what a crash interrupted, and remove files no export row accounts for. Returns notes.

    - pending, no complete file: the crash came before the rename; any temp file goes, the export is failed;
    - pending, complete file (renamed, not yet recorded): the file is recorded, then treated as written;
    - written: no webhook: the export is complete; with one: partial or failed by its recorded batches
      (`resume` delivers the rest);
    - a file named after an export the store does not hold, or a stray temp file: removed.
    Exports another process is still working on (its lock is held) are left alone.
    """
    notes = []
    for record in store.unfinished_exports():
        with export_lock(settings.outbox, record.id, wait=False) as held:
            record = store.export_record(record.id) if held else None
            if record is None or record.status not in ("pending", "written"):
                continue
            notes.append(_recover_one(store, record, user_name))
    notes += _remove_orphans(store, settings.outbox)
    return notes


def _recover_one(store: Store, record: ExportRecord, user_name: str) -> str:
    path = Path(record.file) if record.file else None
    steps = [ReconciliationStep(**s) for s in record.reconciliation]
    if record.status == "pending":
        if path is not None:
            partial(path).unlink(missing_ok=True)
        if path is None or not path.exists():
            _recovered(store, user_name, record, "failed", 0, "interrupted before its file was complete; nothing was sent",
                       steps)
            return f"export {record.id}: interrupted before its file was complete; marked failed, nothing was sent"
        with store.transaction() as tx:
            tx.export_written(record.id, file_checksum(path))
        record = store.export_record(record.id)
    status, delivered, detail = _outcome(store, record, record.webhook, [])
    if record.webhook and status != "exported":
        detail = f"interrupted during delivery: {detail}; resume with `audience export --resume {record.id}`"
    _recovered(store, user_name, record, status, delivered, detail, steps)
    return f"export {record.id}: {status}" + (f" ({detail})" if detail else "")


def _recovered(store: Store, user_name: str, record: ExportRecord, status: str, delivered: int, detail: str,
               steps: list[ReconciliationStep]) -> None:
    with store.transaction() as tx:
        destination = f"{record.file} + {record.webhook}" if record.webhook else record.file
        tx.set_export_outcome(record.id, status, delivered, detail, [s.model_dump() for s in steps], destination)
        if status == "exported":
            tx.set_status(record.version_id, "exported")
        tx.audit(user_name, "export recovered", f"version {record.version_id}",
                 {"export": record.id, "status": status, "delivered": delivered, "detail": detail})


def _remove_orphans(store: Store, outbox: Path) -> list[str]:
    if not outbox.is_dir():
        return []
    recorded = store.export_files()
    notes = []
    for path in sorted(outbox.iterdir()):
        match = EXPORT_FILE.match(path.name)
        if not match or str(path) in recorded:
            continue
        export_id = int(match.group(1))
        with export_lock(outbox, export_id, wait=False) as held:
            record = store.export_record(export_id)
            if not held or (record is not None and record.status == "pending"):
                continue  # someone is writing it, or the pending export above owns it
            path.unlink(missing_ok=True)
            notes.append(f"removed {path.name}: no export in the store accounts for it")
    return notes
