"""Where approved contacts go: a file in the outbox (written atomically) and an optional webhook.

A crash never leaves a half-written file; a webhook batch carries an idempotency key so a retry never
duplicates contacts.
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

from assistant.errors import DeliveryError


def outbox_file(outbox: Path, audience_id: int, number: int, fmt: str) -> Path:
    """A new file name in the outbox (created when missing)."""
    try:
        outbox.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DeliveryError(f"cannot create the outbox {outbox}: {exc.strerror}",
                            hint="set AUDIENCE_HOME to a writable folder") from None
    stamp = dt.datetime.now(dt.timezone.utc).strftime("%Y%m%dT%H%M%S%f")
    return outbox / f"audience{int(audience_id)}_v{int(number)}_{stamp}.{fmt}"


def write_file(rows: list[tuple], columns: list[str], path: Path, fmt: str) -> str:
    """The rows as CSV or Parquet at `path`; returns the file's sha256. Nothing is left behind on failure."""
    try:
        return _write(rows, columns, path, fmt)
    except OSError as exc:
        path.with_name(path.name + ".partial").unlink(missing_ok=True)
        raise DeliveryError(f"could not write the export file {path}: {exc.strerror}",
                            hint="free disk space or fix the outbox folder's permissions, then export again; "
                                 "nothing was recorded") from None


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
            select = ", ".join(f"c{i} AS {_identifier(c)}" for i, c in enumerate(columns))
            # An in-memory DuckDB only formats the file; the path is ours (outbox_file), quoted as a literal.
            con.execute(f"COPY (SELECT {select} FROM t) TO {_literal(str(tmp))} (FORMAT PARQUET)")
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


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _identifier(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'
