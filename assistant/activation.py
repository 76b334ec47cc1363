"""Activation ("send"): only approved versions, re-checked at send time, written and delivered once.

The export re-runs the approved SQL now; if the audience moved beyond the
tolerance since approval, it stops and asks for re-approval. The member list
(key and the channel's contact field, after the policy exclusions) goes to a
file in the outbox and optionally to a webhook in batches with idempotency
keys. One reconciliation explains every difference between the size approved,
the size at send time, what was sendable and what the destination accepted.
"""
from __future__ import annotations

import csv
import datetime as dt
import hashlib
import json
import os
import time
import urllib.error
import urllib.request
from pathlib import Path

import duckdb
from pydantic import BaseModel

from assistant.audience_sql import compile_sql
from assistant.dry_run import dry_run
from assistant.review import User, approval_of, definition_of, require, version_row
from assistant.store import Store, StoreError, now
from assistant.warehouse import Warehouse
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


def _write(rows: list[tuple], columns: list[str], path: Path, fmt: str) -> str:
    """Write to a temp file, then rename: a crash leaves no half-written export in the outbox."""
    tmp = path.with_name(path.name + ".partial")
    if fmt == "parquet":
        con = duckdb.connect()
        try:
            con.execute(f"CREATE TABLE t ({', '.join(f'c{i} VARCHAR' for i in range(len(columns)))})")
            if rows:
                con.executemany(f"INSERT INTO t VALUES ({', '.join('?' for _ in columns)})",
                                [[None if v is None else str(v) for v in r] for r in rows])
            select = ", ".join(f'c{i} AS "{c}"' for i, c in enumerate(columns))
            con.execute(f"COPY (SELECT {select} FROM t) TO '{tmp}' (FORMAT PARQUET)")
        finally:
            con.close()
    else:
        with open(tmp, "w", newline="") as f:
            writer = csv.writer(f)
            writer.writerow(columns)
            writer.writerows(rows)
            f.flush()
            os.fsync(f.fileno())
    checksum = hashlib.sha256(tmp.read_bytes()).hexdigest()
    _failpoint("export_after_file")
    os.replace(tmp, path)
    return checksum


def _failpoint(name: str) -> None:
    # Test-only crash injection (like datasette's test sleep): kills the process as a power cut would.
    if os.environ.get("AUDIENCE_FAILPOINT") == name:
        os._exit(97)


def post_batches(url: str, export_id: int, rows: list[tuple], columns: list[str], *, batch_size: int, retries: int,
                 backoff: float = 0.2, timeout: float = 10.0) -> tuple[int, list[str]]:
    """POST rows in batches; each batch carries an idempotency key so a retry never duplicates contacts."""
    delivered, failures = 0, []
    for n, start in enumerate(range(0, len(rows), batch_size)):
        batch = rows[start:start + batch_size]
        key = hashlib.sha256(f"{export_id}:{n}:{len(batch)}".encode()).hexdigest()
        body = json.dumps({"export_id": export_id, "batch": n, "columns": columns,
                           "rows": [[None if v is None else str(v) for v in r] for r in batch]}).encode()
        for attempt in range(retries + 1):
            req = urllib.request.Request(url, data=body, method="POST",
                                         headers={"Content-Type": "application/json", "Idempotency-Key": key})
            try:
                with urllib.request.urlopen(req, timeout=timeout) as resp:
                    if 200 <= resp.status < 300:
                        delivered += len(batch)
                        break
            except urllib.error.HTTPError as exc:
                if exc.code < 500 and exc.code != 429:
                    failures.append(f"batch {n}: refused with HTTP {exc.code}")
                    break
            except (urllib.error.URLError, TimeoutError, ConnectionError):
                pass
            if attempt == retries:
                failures.append(f"batch {n}: no success after {retries + 1} attempts")
            else:
                time.sleep(backoff * 2 ** attempt)
    return delivered, failures


def export(store: Store, settings, catalog: Catalog, wh: Warehouse, user: User, version_id: int,
           fmt: str | None = None, webhook_url: str | None = None) -> ExportResult:
    require(user, "export")
    row = version_row(store, version_id)
    if row["status"] not in ("approved", "exported"):
        raise StoreError(f"version {version_id} is {row['status']}: only approved versions are exported",
                         hint="submit it for review and get a second person's approval")
    approval = approval_of(store, version_id)
    defn = definition_of(row)
    if approval is None or approval["approved_hash"] != defn.content_hash():
        raise StoreError("the definition differs from the one approved", hint="submit this version for review again")
    now_run = dry_run(defn, catalog, wh, breakdowns=[], sample_size=0, settings=settings)
    approved_size = approval["approved_size"]
    moved = abs(now_run.final_size - approved_size) / max(approved_size, 1)
    if moved > settings.export_size_tolerance:
        raise StoreError(f"the audience moved from {approved_size:,} at approval to {now_run.final_size:,} now "
                         f"({moved:.1%}, tolerance {settings.export_size_tolerance:.0%}): the data changed since approval",
                         hint="save it as a new version and submit it for re-approval")
    sql, columns = _members_sql(defn, catalog, now_run.as_of)
    rows = wh.query(sql, max_rows=50_000_000).rows
    fmt = fmt or settings.export_format
    try:
        settings.outbox.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(f"cannot create the outbox {settings.outbox}: {exc.strerror}",
                         hint="set AUDIENCE_HOME to a writable folder") from None
    stamp = dt.datetime.now(dt.timezone.utc).strftime("%Y%m%dT%H%M%S%f")
    path = settings.outbox / f"audience{row['audience_id']}_v{row['number']}_{stamp}.{fmt}"
    try:
        checksum = _write(rows, columns, path, fmt)
    except OSError as exc:
        path.with_name(path.name + ".partial").unlink(missing_ok=True)
        raise StoreError(f"could not write the export file {path}: {exc.strerror}",
                         hint="free disk space or fix the outbox folder's permissions, then export again; nothing was recorded") from None
    destination = str(path)
    delivered, failures = len(rows), []
    next_id = (store.query("SELECT coalesce(max(id), 0) + 1 FROM exports")[0][0])
    url = webhook_url or settings.webhook_url
    if url:
        destination = f"{path} + {url}"
        delivered, failures = post_batches(url, next_id, rows, columns, batch_size=settings.webhook_batch_size,
                                           retries=settings.webhook_retries)
    submitted = json.loads(row["dry_run"]) if row["dry_run"] else {}
    steps = _reconcile(submitted.get("request_size", approved_size), approved_size, now_run, len(rows), delivered,
                       failures, url)
    with store.transaction() as con:
        cur = con.execute("INSERT INTO exports (version_id, exported_by, at, rows, file, checksum, destination, format, "
                          "reconciliation) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                          (version_id, user.name, now(), len(rows), str(path), checksum, destination, fmt,
                           json.dumps([s.model_dump() for s in steps])))
        con.execute("UPDATE versions SET status = 'exported' WHERE id = ?", (version_id,))
        store.audit(con, user.name, "export", f"version {version_id}",
                    {"rows": len(rows), "checksum": checksum, "destination": destination, "delivered": delivered})
    return ExportResult(export_id=cur.lastrowid, file=str(path), rows=len(rows), checksum=checksum,
                        destination=destination, delivered=delivered, reconciliation=steps)


def _reconcile(approved_request: int, approved: int, run, written: int, delivered: int, failures: list[str],
               url) -> list[ReconciliationStep]:
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
    if url:
        steps.append(ReconciliationStep(step="delivered", size=delivered, difference=delivered - written,
                                        explanation="accepted by the destination" + (f"; {'; '.join(failures)}" if failures else "")))
    return steps
