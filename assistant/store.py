"""The one module that owns the application store: audiences, versions, reviews, exports, memberships, audit.

SQLite, separate from the warehouse (whose connection stays read-only). Every
write is one transaction taken with BEGIN IMMEDIATE, so two reviewers acting on
the same version from two processes cannot both win. The audit log is
append-only (triggers) and chained with an HMAC whose key and latest head live
outside the store: an edited, deleted or truncated entry is detected.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
import os
import secrets
import sqlite3
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from assistant.errors import AudienceError


class StoreError(AudienceError):
    """The application store refused an action (state, role, or a concurrent change)."""


MIGRATIONS: list[str] = [
    # 1: audiences, versions, reviews, exports, users, audit log
    """
    CREATE TABLE users (name TEXT PRIMARY KEY, role TEXT NOT NULL, display TEXT NOT NULL DEFAULT '');
    CREATE TABLE audiences (id INTEGER PRIMARY KEY, name TEXT NOT NULL, created_by TEXT NOT NULL, created_at TEXT NOT NULL);
    CREATE TABLE versions (
        id INTEGER PRIMARY KEY, audience_id INTEGER NOT NULL REFERENCES audiences(id), number INTEGER NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('draft', 'in_review', 'approved', 'rejected', 'exported')),
        definition TEXT NOT NULL, definition_hash TEXT NOT NULL, author TEXT NOT NULL, editors TEXT NOT NULL DEFAULT '[]',
        created_at TEXT NOT NULL, submitted_at TEXT, expected_size INTEGER, note TEXT, dry_run TEXT, size INTEGER,
        flags TEXT NOT NULL DEFAULT '[]', UNIQUE (audience_id, number));
    CREATE TABLE reviews (
        id INTEGER PRIMARY KEY, version_id INTEGER NOT NULL REFERENCES versions(id), reviewer TEXT NOT NULL,
        decision TEXT NOT NULL CHECK (decision IN ('approved', 'rejected')), comment TEXT NOT NULL DEFAULT '',
        approved_hash TEXT, approved_size INTEGER, typed_size INTEGER, at TEXT NOT NULL);
    CREATE TABLE exports (
        id INTEGER PRIMARY KEY, version_id INTEGER NOT NULL REFERENCES versions(id), exported_by TEXT NOT NULL,
        at TEXT NOT NULL, rows INTEGER NOT NULL, file TEXT NOT NULL, checksum TEXT NOT NULL, destination TEXT NOT NULL,
        format TEXT NOT NULL, reconciliation TEXT NOT NULL);
    CREATE TABLE audit_log (
        seq INTEGER PRIMARY KEY, at TEXT NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL, subject TEXT NOT NULL,
        details TEXT NOT NULL, prev_hash TEXT NOT NULL, hash TEXT NOT NULL);
    CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
    CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
    """,
    # 2: segment membership tagged on the customer key, and refreshes
    """
    CREATE TABLE memberships (
        audience_id INTEGER NOT NULL REFERENCES audiences(id), customer_key TEXT NOT NULL,
        valid_from TEXT NOT NULL, valid_to TEXT);
    CREATE INDEX memberships_current ON memberships (audience_id, valid_to);
    CREATE TABLE refreshes (
        id INTEGER PRIMARY KEY, audience_id INTEGER NOT NULL REFERENCES audiences(id), version_id INTEGER NOT NULL,
        as_of TEXT NOT NULL, at TEXT NOT NULL, by TEXT NOT NULL, size INTEGER NOT NULL, entered INTEGER NOT NULL,
        left_count INTEGER NOT NULL);
    """,
]
SCHEMA_VERSION = len(MIGRATIONS)
GENESIS = "0" * 64


def now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="microseconds")


@dataclass(frozen=True)
class AuditReport:
    ok: bool
    entries: int
    problems: list[str]


class Store:
    def __init__(self, path: str | Path, *, audit_key: bytes, head_path: str | Path | None = None):
        self.path = Path(path)
        self.head_path = Path(head_path) if head_path else self.path.with_suffix(".audit-head")
        self._key = audit_key
        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self._con = sqlite3.connect(self.path, timeout=30, isolation_level=None, check_same_thread=False)
            self._con.row_factory = sqlite3.Row
            self._con.execute("PRAGMA journal_mode = WAL")
            self._con.execute("PRAGMA foreign_keys = ON")
            self.migrate()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"cannot open the application store {self.path}: {exc}",
                             hint="check the file is the store (SQLite) and the disk is writable (AUDIENCE_STORE)") from None

    @classmethod
    def from_settings(cls, settings) -> Store:
        return cls(settings.store_path, audit_key=audit_key(settings), head_path=settings.home / "audit.head")

    def close(self) -> None:
        self._con.close()

    # -- schema -------------------------------------------------------------
    def schema_version(self) -> int:
        return self._con.execute("PRAGMA user_version").fetchone()[0]

    def migrate(self, target: int = SCHEMA_VERSION) -> None:
        """Bring an older store up to date, one versioned migration per transaction."""
        while self.schema_version() < target:
            version = self.schema_version()
            with self.transaction() as con:
                for statement in _statements(MIGRATIONS[version]):
                    con.execute(statement)
                con.execute(f"PRAGMA user_version = {version + 1}")

    @contextmanager
    def transaction(self):
        """One atomic write; BEGIN IMMEDIATE takes the write lock first, so checks and writes see one state."""
        con = self._con
        try:
            con.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            raise StoreError(f"the application store is busy or unwritable: {exc}",
                             hint="try again; check that the disk has space and the store file is writable") from None
        try:
            yield con
            con.execute("COMMIT")
        except sqlite3.Error as exc:
            con.execute("ROLLBACK")
            raise StoreError(f"the application store refused the change, nothing was saved: {exc}",
                             hint="check that the disk has space and the store file is writable (AUDIENCE_STORE)") from None
        except BaseException:
            con.execute("ROLLBACK")
            raise

    def query(self, sql: str, params: tuple = ()) -> list[sqlite3.Row]:
        return self._con.execute(sql, params).fetchall()

    # -- audit ----------------------------------------------------------------
    def _digest(self, seq: int, at: str, actor: str, action: str, subject: str, details: str, prev: str) -> str:
        payload = json.dumps([seq, at, actor, action, subject, details, prev], separators=(",", ":"))
        return hmac.new(self._key, payload.encode(), hashlib.sha256).hexdigest()

    def audit(self, con, actor: str, action: str, subject: str, details: dict | None = None) -> None:
        """Append one entry, inside the caller's transaction (so it commits or rolls back with the action)."""
        last = con.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
        seq, prev = (last["seq"] + 1, last["hash"]) if last else (1, GENESIS)
        at, body = now(), json.dumps(details or {}, sort_keys=True, default=str)
        digest = self._digest(seq, at, actor, action, subject, body, prev)
        con.execute("INSERT INTO audit_log VALUES (?, ?, ?, ?, ?, ?, ?, ?)", (seq, at, actor, action, subject, body, prev, digest))
        # The head lives outside the store: deleting the newest entries cannot go unnoticed.
        tmp = self.head_path.with_suffix(".tmp")
        tmp.write_text(f"{seq} {digest}\n")
        os.replace(tmp, self.head_path)

    def verify_audit(self) -> AuditReport:
        problems, prev, seq = [], GENESIS, 0
        rows = self.query("SELECT * FROM audit_log ORDER BY seq")
        for row in rows:
            seq += 1
            if row["seq"] != seq:
                problems.append(f"entry {seq} is missing (found {row['seq']} next)")
                seq = row["seq"]
            if row["prev_hash"] != prev:
                problems.append(f"entry {row['seq']} does not follow the entry before it")
            expected = self._digest(row["seq"], row["at"], row["actor"], row["action"], row["subject"], row["details"],
                                    row["prev_hash"])
            if not hmac.compare_digest(expected, row["hash"]):
                problems.append(f"entry {row['seq']} ({row['action']} by {row['actor']}) was altered")
            prev = row["hash"]
        head = self.head_path.read_text().split() if self.head_path.exists() else None
        if rows and head is None:
            problems.append(f"the chain head file {self.head_path} is missing")
        elif head and (int(head[0]), head[1]) != ((rows[-1]["seq"], rows[-1]["hash"]) if rows else (0, GENESIS)):
            problems.append(f"the store ends at entry {rows[-1]['seq'] if rows else 0} but the chain head records "
                            f"entry {head[0]}: entries were deleted or the store was replaced")
        return AuditReport(ok=not problems, entries=len(rows), problems=problems)


def _statements(script: str) -> list[str]:
    """Split a migration into statements, keeping trigger bodies (which contain ';') whole."""
    out, buf = [], []
    for part in script.split(";"):
        buf.append(part)
        text = ";".join(buf).strip()
        if not text:
            buf = []
            continue
        if text.upper().startswith("CREATE TRIGGER") and not text.upper().endswith("END"):
            continue
        out.append(text)
        buf = []
    return out


def audit_key(settings) -> bytes:
    """The HMAC key: the setting, or a random key created once in the home folder (never in the store)."""
    if settings.audit_key:
        return settings.audit_key.encode()
    path = settings.home / "audit.key"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            pass  # another process created it first
        else:
            with os.fdopen(fd, "w") as f:
                f.write(secrets.token_hex(32))
    return path.read_text().strip().encode()
