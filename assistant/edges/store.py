"""The one module that runs SQL on the application store: audiences, versions, reviews, exports, memberships, audit.

Callers get typed rows back (JSON columns decoded) and write through a `Tx`, whose methods are the
only statements that change the store.

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

from assistant.definition import AudienceDefinition
from assistant.dry_run.result import DryRunResult
from assistant.errors import StoreError


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


@dataclass(frozen=True)
class Version:
    id: int
    audience_id: int
    audience_name: str
    number: int
    status: str
    definition: AudienceDefinition
    definition_hash: str
    author: str
    editors: tuple[str, ...]
    created_at: str
    submitted_at: str | None
    expected_size: int | None
    note: str | None
    dry_run: DryRunResult | None
    size: int | None
    flags: tuple[dict, ...]

    def touched_by(self, name: str) -> bool:
        """Authored or edited by this person (the four-eyes rule)."""
        return name == self.author or name in self.editors


@dataclass(frozen=True)
class AudienceSummary:
    id: int
    name: str
    created_by: str
    version_id: int
    number: int
    status: str
    size: int | None
    author: str
    exports: int
    refreshes: int


@dataclass(frozen=True)
class Review:
    version_id: int
    reviewer: str
    decision: str
    comment: str
    approved_hash: str | None
    approved_size: int | None
    typed_size: int | None
    at: str


@dataclass(frozen=True)
class ExportRecord:
    id: int
    version_id: int
    exported_by: str
    at: str
    rows: int
    file: str
    checksum: str
    destination: str
    format: str
    reconciliation: list[dict]


@dataclass(frozen=True)
class RefreshRecord:
    id: int
    audience_id: int
    version_id: int
    as_of: str
    at: str
    by: str
    size: int
    entered: int
    left: int


@dataclass(frozen=True)
class AuditEntry:
    seq: int
    at: str
    actor: str
    action: str
    subject: str
    details: str


_VERSION_SELECT = "SELECT v.*, a.name AS audience_name FROM versions v JOIN audiences a ON a.id = v.audience_id"


def _version(row) -> Version:
    return Version(
        id=row["id"], audience_id=row["audience_id"], audience_name=row["audience_name"], number=row["number"],
        status=row["status"], definition=AudienceDefinition.model_validate_json(row["definition"]),
        definition_hash=row["definition_hash"], author=row["author"], editors=tuple(json.loads(row["editors"])),
        created_at=row["created_at"], submitted_at=row["submitted_at"], expected_size=row["expected_size"],
        note=row["note"], dry_run=DryRunResult.model_validate_json(row["dry_run"]) if row["dry_run"] else None,
        size=row["size"], flags=tuple(json.loads(row["flags"])))


def _review(row) -> Review:
    return Review(**{f: row[f] for f in Review.__dataclass_fields__})


class Tx:
    """The writes of one transaction; each method is one statement (or one batch) on the store."""

    def __init__(self, store: Store, con: sqlite3.Connection):
        self._store, self._con = store, con

    def version(self, version_id: int) -> Version | None:
        row = self._con.execute(f"{_VERSION_SELECT} WHERE v.id = ?", (version_id,)).fetchone()
        return _version(row) if row else None

    def create_audience(self, name: str, created_by: str) -> int:
        return self._con.execute("INSERT INTO audiences (name, created_by, created_at) VALUES (?, ?, ?)",
                                 (name, created_by, now())).lastrowid

    def rename_audience(self, audience_id: int, name: str) -> None:
        self._con.execute("UPDATE audiences SET name = ? WHERE id = ?", (name, audience_id))

    def last_version_number(self, audience_id: int) -> int | None:
        return self._con.execute("SELECT max(number) FROM versions WHERE audience_id = ?", (audience_id,)).fetchone()[0]

    def add_version(self, audience_id: int, number: int, definition: AudienceDefinition, author: str) -> int:
        return self._con.execute(
            "INSERT INTO versions (audience_id, number, status, definition, definition_hash, author, created_at) "
            "VALUES (?, ?, 'draft', ?, ?, ?, ?)",
            (audience_id, number, definition.model_dump_json(), definition.content_hash(), author, now())).lastrowid

    def update_definition(self, version_id: int, definition: AudienceDefinition, editors: list[str]) -> None:
        self._con.execute("UPDATE versions SET definition = ?, definition_hash = ?, editors = ? WHERE id = ?",
                          (definition.model_dump_json(), definition.content_hash(), json.dumps(sorted(editors)), version_id))

    def mark_submitted(self, version_id: int, dry_run: DryRunResult, expected_size: int | None, note: str) -> None:
        self._con.execute(
            "UPDATE versions SET status = 'in_review', submitted_at = ?, expected_size = ?, note = ?, dry_run = ?, "
            "size = ?, flags = ? WHERE id = ?",
            (now(), expected_size, note, dry_run.model_dump_json(), dry_run.final_size,
             json.dumps([f.model_dump() for f in dry_run.flags]), version_id))

    def set_status(self, version_id: int, status: str) -> None:
        self._con.execute("UPDATE versions SET status = ? WHERE id = ?", (status, version_id))

    def add_review(self, version_id: int, reviewer: str, decision: str, comment: str, *, approved_hash: str | None = None,
                   approved_size: int | None = None, typed_size: int | None = None) -> None:
        self._con.execute(
            "INSERT INTO reviews (version_id, reviewer, decision, comment, approved_hash, approved_size, typed_size, at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (version_id, reviewer, decision, comment, approved_hash, approved_size, typed_size, now()))

    def add_export(self, version_id: int, exported_by: str, rows: int, file: str, checksum: str, destination: str,
                   fmt: str, reconciliation: list[dict]) -> int:
        return self._con.execute(
            "INSERT INTO exports (version_id, exported_by, at, rows, file, checksum, destination, format, reconciliation) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (version_id, exported_by, now(), rows, file, checksum, destination, fmt, json.dumps(reconciliation))).lastrowid

    def current_members(self, audience_id: int) -> set[str]:
        return {r[0] for r in self._con.execute(
            "SELECT customer_key FROM memberships WHERE audience_id = ? AND valid_to IS NULL", (audience_id,))}

    def move_members(self, audience_id: int, day: str, entered: set[str], left: set[str]) -> None:
        """Close the membership of who left, open one for who entered (valid-from / valid-to dates)."""
        self._con.executemany(
            "UPDATE memberships SET valid_to = ? WHERE audience_id = ? AND customer_key = ? AND valid_to IS NULL",
            [(day, audience_id, k) for k in left])
        self._con.executemany("INSERT INTO memberships (audience_id, customer_key, valid_from) VALUES (?, ?, ?)",
                              [(audience_id, k, day) for k in entered])

    def add_refresh(self, audience_id: int, version_id: int, as_of: str, by: str, size: int, entered: int,
                    left: int) -> None:
        self._con.execute("INSERT INTO refreshes (audience_id, version_id, as_of, at, by, size, entered, left_count) "
                          "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", (audience_id, version_id, as_of, now(), by, size, entered, left))

    def audit(self, actor: str, action: str, subject: str, details: dict | None = None) -> None:
        self._store._append_audit(self._con, actor, action, subject, details)


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
            with self.transaction():
                for statement in _statements(MIGRATIONS[version]):
                    self._con.execute(statement)
                self._con.execute(f"PRAGMA user_version = {int(version) + 1}")

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
            yield Tx(self, con)
            con.execute("COMMIT")
        except sqlite3.Error as exc:
            con.execute("ROLLBACK")
            raise StoreError(f"the application store refused the change, nothing was saved: {exc}",
                             hint="check that the disk has space and the store file is writable (AUDIENCE_STORE)") from None
        except BaseException:
            con.execute("ROLLBACK")
            raise

    def _query(self, sql: str, params: tuple = ()) -> list[sqlite3.Row]:
        return self._con.execute(sql, params).fetchall()

    # -- reads ------------------------------------------------------------------
    def version(self, version_id: int) -> Version | None:
        rows = self._query(f"{_VERSION_SELECT} WHERE v.id = ?", (version_id,))
        return _version(rows[0]) if rows else None

    def versions(self, audience_id: int) -> list[Version]:
        return [_version(r) for r in self._query(f"{_VERSION_SELECT} WHERE v.audience_id = ? ORDER BY v.number DESC",
                                                  (audience_id,))]

    def previous_version(self, version: Version) -> Version | None:
        rows = self._query(f"{_VERSION_SELECT} WHERE v.audience_id = ? AND v.number < ? ORDER BY v.number DESC LIMIT 1",
                           (version.audience_id, version.number))
        return _version(rows[0]) if rows else None

    def latest_approved(self, audience_id: int) -> Version | None:
        rows = self._query(f"{_VERSION_SELECT} WHERE v.audience_id = ? AND v.status IN ('approved', 'exported') "
                           "ORDER BY v.number DESC LIMIT 1", (audience_id,))
        return _version(rows[0]) if rows else None

    def waiting_twin(self, author: str, definition_hash: str, audience_id: int | None) -> Version | None:
        """A version of this author with this definition already waiting for review (a second click of Submit)."""
        rows = self._query(f"{_VERSION_SELECT} WHERE v.author = ? AND v.definition_hash = ? AND v.status = 'in_review' "
                           "AND (? IS NULL OR v.audience_id = ?) ORDER BY v.id DESC LIMIT 1",
                           (author, definition_hash, audience_id, audience_id))
        return _version(rows[0]) if rows else None

    def queue(self) -> list[Version]:
        return [_version(r) for r in self._query(f"{_VERSION_SELECT} WHERE v.status = 'in_review' ORDER BY v.submitted_at")]

    def audiences(self) -> list[AudienceSummary]:
        rows = self._query("""
            SELECT a.id, a.name, a.created_by, v.id AS version_id, v.number, v.status, v.size, v.author,
                   (SELECT count(*) FROM exports e JOIN versions x ON x.id = e.version_id WHERE x.audience_id = a.id) AS exports,
                   (SELECT count(*) FROM refreshes r WHERE r.audience_id = a.id) AS refreshes
            FROM audiences a JOIN versions v ON v.audience_id = a.id
            WHERE v.number = (SELECT max(number) FROM versions WHERE audience_id = a.id) ORDER BY a.id DESC""")
        return [AudienceSummary(**dict(r)) for r in rows]

    def approval(self, version_id: int) -> Review | None:
        rows = self._query("SELECT * FROM reviews WHERE version_id = ? AND decision = 'approved' ORDER BY id DESC LIMIT 1",
                           (version_id,))
        return _review(rows[0]) if rows else None

    def reviews(self, version_id: int) -> list[Review]:
        return [_review(r) for r in self._query("SELECT * FROM reviews WHERE version_id = ? ORDER BY id", (version_id,))]

    def exports(self, version_id: int) -> list[ExportRecord]:
        rows = self._query("SELECT * FROM exports WHERE version_id = ? ORDER BY id DESC", (version_id,))
        return [ExportRecord(**{**dict(r), "reconciliation": json.loads(r["reconciliation"])}) for r in rows]

    def next_export_id(self) -> int:
        return self._query("SELECT coalesce(max(id), 0) + 1 FROM exports")[0][0]

    def refreshes(self, audience_id: int) -> list[RefreshRecord]:
        rows = self._query("SELECT * FROM refreshes WHERE audience_id = ? ORDER BY id DESC", (audience_id,))
        return [RefreshRecord(**{**{k: r[k] for k in r.keys() if k != "left_count"}, "left": r["left_count"]})
                for r in rows]

    def audit_entries(self, limit: int = 50) -> list[AuditEntry]:
        rows = self._query("SELECT seq, at, actor, action, subject, details FROM audit_log ORDER BY seq DESC LIMIT ?",
                           (limit,))
        return [AuditEntry(**dict(r)) for r in rows]

    # -- audit ----------------------------------------------------------------
    def _digest(self, seq: int, at: str, actor: str, action: str, subject: str, details: str, prev: str) -> str:
        payload = json.dumps([seq, at, actor, action, subject, details, prev], separators=(",", ":"))
        return hmac.new(self._key, payload.encode(), hashlib.sha256).hexdigest()

    def _append_audit(self, con, actor: str, action: str, subject: str, details: dict | None = None) -> None:
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
        rows = self._query("SELECT * FROM audit_log ORDER BY seq")
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
