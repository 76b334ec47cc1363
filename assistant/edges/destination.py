"""Where approved contacts go: a file in the outbox (written atomically) and an optional webhook.

A crash never leaves a half-written file under an export's name (temp file, fsync, rename). Files are named
after the export's id, so the outbox and the store can be reconciled after a crash. A webhook batch carries
an idempotency key derived from the export's id and the batch's content, so a retry or a resumed export
never duplicates contacts, and two exports never share a key.
"""
from __future__ import annotations

import csv
import fcntl
import hashlib
import http.client
import json
import os
import re
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import duckdb

from assistant.errors import DeliveryError
from assistant.failpoints import failpoint

EXPORT_FILE = re.compile(r"^export(\d+)_.*\.(csv|parquet)(\.partial)?$")


def check_webhook_url(url: str) -> str:
    """An http(s) URL with a host, checked before anything is written or recorded."""
    parsed = urllib.parse.urlsplit(url.strip())
    if parsed.scheme not in ("http", "https") or not parsed.hostname:
        raise DeliveryError(f"the webhook '{url}' is not an http:// or https:// URL",
                            hint="pass the destination's URL, e.g. --webhook https://crm.example.com/audiences")
    return url.strip()


def outbox_file(outbox: Path, export_id: int, audience_id: int, number: int, fmt: str) -> Path:
    """The export's file name in the outbox (created when missing): the id ties the file to its store row."""
    try:
        outbox.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DeliveryError(f"cannot create the outbox {outbox}: {exc.strerror}",
                            hint="set AUDIENCE_HOME to a writable folder") from None
    return outbox / f"export{int(export_id)}_audience{int(audience_id)}_v{int(number)}.{fmt}"


def partial(path: Path) -> Path:
    return path.with_name(path.name + ".partial")


def write_file(rows: list[tuple], columns: list[str], path: Path, fmt: str) -> str:
    """The rows as CSV or Parquet at `path`; returns the file's sha256. Nothing is left behind on failure."""
    try:
        return _write(rows, columns, path, fmt)
    except OSError as exc:
        partial(path).unlink(missing_ok=True)
        raise DeliveryError(f"could not write the export file {path}: {exc.strerror}",
                            hint="free disk space or fix the outbox folder's permissions, then export again") from None


def _write(rows: list[tuple], columns: list[str], path: Path, fmt: str) -> str:
    """Write to a temp file, then rename: a crash leaves no half-written export in the outbox."""
    tmp = partial(path)
    if fmt == "parquet":
        con = duckdb.connect()
        try:
            con.execute(f"CREATE TABLE t ({', '.join(f'c{i} VARCHAR' for i in range(len(columns)))})")
            if rows:
                con.executemany(f"INSERT INTO t VALUES ({', '.join('?' for _ in columns)})",
                                [[None if v is None else str(v) for v in r] for r in rows])
            select = ", ".join(f"c{i} AS {_identifier(c)}" for i, c in enumerate(columns))
            # An in-memory DuckDB only formats the file; the path is ours (outbox_file), quoted as a literal.
            con.execute(f"COPY (SELECT {select} FROM t) TO {_literal(str(tmp))} (FORMAT PARQUET)")
        finally:
            con.close()
        with open(tmp, "rb") as f:
            os.fsync(f.fileno())
    else:
        with open(tmp, "w", newline="") as f:
            writer = csv.writer(f)
            writer.writerow(columns)
            writer.writerows(rows)
            f.flush()
            os.fsync(f.fileno())
    checksum = file_checksum(tmp)
    failpoint("export_write")
    os.replace(tmp, path)
    failpoint("export_rename")
    return checksum


def file_checksum(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def read_file(path: Path, fmt: str) -> tuple[list[str], list[list[str | None]]]:
    """The export file's columns and rows as text: what is delivered is what the file holds."""
    if fmt == "parquet":
        con = duckdb.connect()
        try:
            result = con.execute(f"SELECT * FROM read_parquet({_literal(str(path))})")
            columns = [d[0] for d in result.description]
            return columns, [list(r) for r in result.fetchall()]
        finally:
            con.close()
    with open(path, newline="") as f:
        reader = csv.reader(f)
        columns = next(reader)
        return columns, [[v if v != "" else None for v in r] for r in reader]


@contextmanager
def export_lock(outbox: Path, export_id: int, *, wait: bool) -> Iterator[bool]:
    """Held by the process working on an export: recovery leaves alone an export someone is still running.

    Yields whether the lock is held (always True with wait=True). The OS drops it when the process dies.
    """
    path = outbox / f".export{int(export_id)}.lock"
    try:
        outbox.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    except OSError as exc:
        raise DeliveryError(f"cannot use the outbox {outbox}: {exc.strerror}",
                            hint="set AUDIENCE_HOME to a writable folder") from None
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
        except BlockingIOError:
            yield False
            return
        try:
            yield True
        finally:
            # Removed while held: whoever opened it meanwhile re-reads the export's status after locking it.
            path.unlink(missing_ok=True)
    finally:
        os.close(fd)


@dataclass(frozen=True)
class Batch:
    number: int
    rows: list[list[str | None]]
    content_hash: str


def batches(rows: list[list[str | None]], batch_size: int) -> list[Batch]:
    out = []
    for n, start in enumerate(range(0, len(rows), batch_size)):
        chunk = rows[start:start + batch_size]
        content = json.dumps(chunk, separators=(",", ":")).encode()
        out.append(Batch(n, chunk, hashlib.sha256(content).hexdigest()))
    return out


def idempotency_key(export_id: int, batch: Batch) -> str:
    """Unique per export (its id is taken inside the store's transaction) and per batch content."""
    return hashlib.sha256(f"{int(export_id)}:{batch.number}:{batch.content_hash}".encode()).hexdigest()


@dataclass(frozen=True)
class Outcome:
    delivered: bool
    detail: str


def post_batch(url: str, export_id: int, batch: Batch, columns: list[str], key: str, *, retries: int,
               backoff: float = 0.2, timeout: float = 10.0) -> Outcome:
    """POST one batch; retry what may pass later (429, 5xx, refused connection, timeout), not what never will."""
    body = json.dumps({"export_id": export_id, "batch": batch.number, "columns": columns, "rows": batch.rows}).encode()
    last = ""
    for attempt in range(retries + 1):
        req = urllib.request.Request(url, data=body, method="POST",
                                     headers={"Content-Type": "application/json", "Idempotency-Key": key})
        try:
            with urllib.request.urlopen(req, timeout=timeout) as resp:
                if 200 <= resp.status < 300:
                    return Outcome(True, f"HTTP {resp.status}")
                last = f"HTTP {resp.status}"
        except urllib.error.HTTPError as exc:
            last = f"HTTP {exc.code}"
            if exc.code < 500 and exc.code not in (408, 429):
                return Outcome(False, f"refused with {last}")
        except (urllib.error.URLError, http.client.HTTPException, OSError) as exc:  # refused, reset, timed out, garbled
            reason = getattr(exc, "reason", exc)
            last = "timed out" if isinstance(reason, TimeoutError) or isinstance(exc, TimeoutError) else \
                f"unreachable ({reason})"
        if attempt < retries:
            time.sleep(backoff * 2 ** attempt)
    return Outcome(False, f"no success after {retries + 1} attempts (last: {last})")


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _identifier(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'
