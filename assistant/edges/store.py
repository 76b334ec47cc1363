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
import logging
import os
import secrets
import sqlite3
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from assistant.definition import AudienceDefinition
from assistant.dry_run.result import DryRunResult
from assistant.errors import StoreError
from assistant.failpoints import failpoint

log = logging.getLogger(__name__)


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
    # 3: the member set each submitted version was dry-run with (bound by the approval), and exports that
    # tell the truth about delivery: a status, the webhook, and every batch with its idempotency key
    """
    CREATE TABLE version_members (
        version_id INTEGER PRIMARY KEY REFERENCES versions(id), size INTEGER NOT NULL, digest TEXT NOT NULL,
        keys BLOB NOT NULL);
    ALTER TABLE reviews ADD COLUMN approved_members TEXT;
    ALTER TABLE exports ADD COLUMN status TEXT NOT NULL DEFAULT 'exported';
    ALTER TABLE exports ADD COLUMN webhook TEXT;
    ALTER TABLE exports ADD COLUMN batch_size INTEGER;
    ALTER TABLE exports ADD COLUMN batches INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE exports ADD COLUMN delivered INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE exports ADD COLUMN detail TEXT NOT NULL DEFAULT '';
    CREATE TABLE export_batches (
        export_id INTEGER NOT NULL REFERENCES exports(id), batch INTEGER NOT NULL, rows INTEGER NOT NULL,
        content_hash TEXT NOT NULL, idempotency_key TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('delivered', 'failed')), detail TEXT NOT NULL DEFAULT '',
        at TEXT NOT NULL, PRIMARY KEY (export_id, batch));
    """,
]
SCHEMA_VERSION = len(MIGRATIONS)
SIGNED_HEAD_SCHEMA = 3
GENESIS = "0" * 64


def now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="microseconds")


@dataclass(frozen=True)
class AuditReport:
    ok: bool
    entries: int
    problems: list[str]
    recovered: str = ""  # a head caught up after a crash or a full disk (not a problem: the key signed the entries)


@dataclass(frozen=True)
class AuditHead:
    entries: int
    seq: int
    hash: str


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
    approved_members: str | None = None  # digest of the member set the approval binds (None before schema 3)


@dataclass(frozen=True)
class MemberSet:
    size: int
    digest: str
    keys: bytes  # sorted keys as text, zlib-packed (assistant.dry_run.members)


EXPORT_STATUSES = ("pending", "written", "exported", "partial", "failed")


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
    # pending: id taken, file not yet recorded; written: file recorded, delivery not finished;
    # exported: file (and every batch) delivered; partial / failed: some / no batch accepted (resumable).
    status: str = "exported"
    webhook: str | None = None
    batch_size: int | None = None
    batches: int = 0
    delivered: int = 0
    detail: str = ""


@dataclass(frozen=True)
class BatchRecord:
    batch: int
    rows: int
    content_hash: str
    idempotency_key: str
    status: str
    detail: str


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
    try:
        return _decode_version(row)
    except (ValueError, TypeError, KeyError) as exc:  # pydantic's ValidationError and json's errors are ValueErrors
        raise StoreError(f"version {row['id']}'s stored definition or dry run is unreadable: {str(exc).splitlines()[0]}",
                         hint="the store was edited or damaged outside the tool: restore it from a backup") from None


def _decode_version(row) -> Version:
    return Version(
        id=row["id"], audience_id=row["audience_id"], audience_name=row["audience_name"], number=row["number"],
        status=row["status"], definition=AudienceDefinition.model_validate_json(row["definition"]),
        definition_hash=row["definition_hash"], author=row["author"], editors=tuple(json.loads(row["editors"])),
        created_at=row["created_at"], submitted_at=row["submitted_at"], expected_size=row["expected_size"],
        note=row["note"], dry_run=DryRunResult.model_validate_json(row["dry_run"]) if row["dry_run"] else None,
        size=row["size"], flags=tuple(json.loads(row["flags"])))


def _review(row) -> Review:
    return Review(**{f: row[f] for f in Review.__dataclass_fields__})


def _export(row) -> ExportRecord:
    return ExportRecord(**{**dict(row), "reconciliation": json.loads(row["reconciliation"])})


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
                   approved_size: int | None = None, typed_size: int | None = None,
                   approved_members: str | None = None) -> None:
        self._con.execute(
            "INSERT INTO reviews (version_id, reviewer, decision, comment, approved_hash, approved_size, typed_size, at, "
            "approved_members) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (version_id, reviewer, decision, comment, approved_hash, approved_size, typed_size, now(), approved_members))

    def set_members(self, version_id: int, members: MemberSet) -> None:
        self._con.execute("INSERT OR REPLACE INTO version_members (version_id, size, digest, keys) VALUES (?, ?, ?, ?)",
                          (version_id, members.size, members.digest, members.keys))

    def members_digest(self, version_id: int) -> str | None:
        row = self._con.execute("SELECT digest FROM version_members WHERE version_id = ?", (version_id,)).fetchone()
        return row[0] if row else None

    def start_export(self, version_id: int, exported_by: str, rows: int, destination: str, fmt: str,
                     reconciliation: list[dict], webhook: str | None, batch_size: int, batches: int) -> int:
        """The export's id, taken inside the transaction (idempotency keys derive from it); no file yet."""
        return self._con.execute(
            "INSERT INTO exports (version_id, exported_by, at, rows, file, checksum, destination, format, reconciliation, "
            "status, webhook, batch_size, batches) VALUES (?, ?, ?, ?, '', '', ?, ?, ?, 'pending', ?, ?, ?)",
            (version_id, exported_by, now(), rows, destination, fmt, json.dumps(reconciliation), webhook, batch_size,
             batches)).lastrowid

    def set_export_file(self, export_id: int, file: str) -> None:
        self._con.execute("UPDATE exports SET file = ? WHERE id = ?", (file, export_id))

    def export_written(self, export_id: int, checksum: str) -> None:
        self._con.execute("UPDATE exports SET checksum = ?, status = 'written' WHERE id = ? AND status = 'pending'",
                          (checksum, export_id))

    def set_export_outcome(self, export_id: int, status: str, delivered: int, detail: str,
                           reconciliation: list[dict], destination: str) -> None:
        self._con.execute("UPDATE exports SET status = ?, delivered = ?, detail = ?, reconciliation = ?, destination = ? "
                          "WHERE id = ?", (status, delivered, detail, json.dumps(reconciliation), destination, export_id))

    def record_batch(self, export_id: int, batch: int, rows: int, content_hash: str, key: str, status: str,
                     detail: str) -> None:
        self._con.execute(
            "INSERT OR REPLACE INTO export_batches (export_id, batch, rows, content_hash, idempotency_key, status, detail, at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", (export_id, batch, rows, content_hash, key, status, detail, now()))

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
    def __init__(self, path: str | Path, *, audit_key: bytes | None, head_path: str | Path | None = None):
        """audit_key None: no key exists yet; `adopt_new_key` creates one if the log is still empty."""
        self.path = Path(path)
        self.head_path = Path(head_path) if head_path else self.path.with_suffix(".audit-head")
        self._key = audit_key
        self._head_due: tuple[int, str] | None = None
        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self._con = sqlite3.connect(self.path, timeout=30, isolation_level=None, check_same_thread=False)
            self._con.row_factory = sqlite3.Row
            self._con.execute("PRAGMA journal_mode = WAL")
            self._con.execute("PRAGMA foreign_keys = ON")
            self._refuse_newer()
            # Unsigned heads predate schema 3: one is accepted (and signed) only while upgrading to it.
            self._legacy_head_ok = self.schema_version() < SIGNED_HEAD_SCHEMA
            self.migrate()
            if audit_key is not None:
                self._catch_up_head()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"cannot open the application store {self.path}: {exc}",
                             hint="check the file is the store (SQLite) and the disk is writable (AUDIENCE_STORE)") from None

    @classmethod
    def from_settings(cls, settings) -> Store:
        key = configured_audit_key(settings)
        store = cls(settings.store_path, audit_key=key, head_path=settings.home / "audit.head")
        if key is None:
            try:
                store.adopt_new_key(settings.home / "audit.key")
            except BaseException:
                store.close()
                raise
        return store

    def close(self) -> None:
        self._con.close()

    # -- schema -------------------------------------------------------------
    def schema_version(self) -> int:
        return self._con.execute("PRAGMA user_version").fetchone()[0]

    def _refuse_newer(self) -> None:
        """A store written by a newer version of the tool has tables this code does not know: never guess."""
        found = self.schema_version()
        if found > SCHEMA_VERSION:
            self._con.close()
            raise StoreError(f"the application store {self.path} has schema version {found}, newer than this "
                             f"version of the tool understands ({SCHEMA_VERSION})",
                             hint="upgrade the tool, or point AUDIENCE_STORE at a store it wrote")

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
            self._head_due = None
            con.execute("ROLLBACK")
            raise StoreError(f"the application store refused the change, nothing was saved: {exc}",
                             hint="check that the disk has space and the store file is writable (AUDIENCE_STORE)") from None
        except BaseException:
            self._head_due = None
            con.execute("ROLLBACK")
            raise
        self._write_head_after_commit()

    def _query(self, sql: str, params: tuple = ()) -> list[sqlite3.Row]:
        try:
            return self._con.execute(sql, params).fetchall()
        except sqlite3.DatabaseError as exc:  # "database disk image is malformed", "file is not a database"
            raise StoreError(f"the application store {self.path} is damaged and cannot be read: {exc}",
                             hint="restore the store from a backup (AUDIENCE_STORE); `audit verify` tells what changed") from None

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
        return [_export(r) for r in rows]

    def export_record(self, export_id: int) -> ExportRecord | None:
        rows = self._query("SELECT * FROM exports WHERE id = ?", (export_id,))
        return _export(rows[0]) if rows else None

    def unfinished_exports(self) -> list[ExportRecord]:
        """Exports a crash may have interrupted: no file recorded yet, or delivery not finished."""
        return [_export(r) for r in self._query("SELECT * FROM exports WHERE status IN ('pending', 'written') ORDER BY id")]

    def export_files(self) -> set[str]:
        return {r[0] for r in self._query("SELECT file FROM exports WHERE file <> ''")}

    def batches(self, export_id: int) -> list[BatchRecord]:
        rows = self._query("SELECT batch, rows, content_hash, idempotency_key, status, detail FROM export_batches "
                           "WHERE export_id = ? ORDER BY batch", (export_id,))
        return [BatchRecord(r["batch"], r["rows"], r["content_hash"], r["idempotency_key"], r["status"], r["detail"])
                for r in rows]

    def members(self, version_id: int) -> MemberSet | None:
        rows = self._query("SELECT size, digest, keys FROM version_members WHERE version_id = ?", (version_id,))
        return MemberSet(rows[0]["size"], rows[0]["digest"], rows[0]["keys"]) if rows else None

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
        self._head_due = (seq, digest)  # written after COMMIT (transaction), never before

    # The head lives outside the store and is signed with the key: it records how many entries the log
    # holds and the last one's hash, so deleting the newest entries (or all of them) cannot go unnoticed,
    # and nobody without the key can write a head that matches a shortened log.
    def _head_mac(self, entries: int, seq: int, digest: str) -> str:
        payload = json.dumps(["head", entries, seq, digest], separators=(",", ":"))
        return hmac.new(self._key, payload.encode(), hashlib.sha256).hexdigest()

    def _write_head(self, seq: int, digest: str) -> None:
        # Entries are numbered 1..n without gaps (verify_audit checks it), so the last seq is the count.
        head = {"entries": seq, "seq": seq, "hash": digest, "mac": self._head_mac(seq, seq, digest)}
        tmp = self.head_path.with_name(self.head_path.name + ".tmp")
        with open(tmp, "w") as f:
            f.write(json.dumps(head) + "\n")
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, self.head_path)

    def _write_head_after_commit(self) -> None:
        due, self._head_due = self._head_due, None
        if due is None:
            return
        failpoint("audit_head")
        try:
            self._write_head(*due)
        except OSError as exc:
            # The action is committed; the head stays behind and the next start catches it up from entries
            # the key signed (_catch_up_head). Failing the action now would report a change that was saved.
            log.warning("the audit head %s could not be written (%s); it is caught up at the next start",
                        self.head_path, exc.strerror)

    def _read_head(self) -> tuple[AuditHead | None, str | None]:
        """(head, None), (None, None) when there is no head file, or (None, problem) when it cannot be trusted."""
        try:
            text = self.head_path.read_text()
        except FileNotFoundError:
            return None, None
        except OSError as exc:
            return None, f"the chain head file {self.head_path} cannot be read: {exc.strerror}"
        try:
            raw = json.loads(text)
            head = AuditHead(int(raw["entries"]), int(raw["seq"]), str(raw["hash"]))
            mac = str(raw["mac"])
        except (ValueError, KeyError, TypeError):
            return None, f"the chain head file {self.head_path} is not a signed head: it was replaced or damaged"
        if not hmac.compare_digest(mac, self._head_mac(head.entries, head.seq, head.hash)):
            return None, (f"the chain head file {self.head_path} does not carry the audit key's signature: "
                          "it was rewritten (or the key is not the one that signed it)")
        return head, None

    def _audit_rows(self, after: int = 0) -> list[sqlite3.Row]:
        return self._query("SELECT * FROM audit_log WHERE seq > ? ORDER BY seq", (after,))

    def _chain_problems(self, rows, prev: str, seq: int) -> list[str]:
        problems = []
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
        return problems

    def _catch_up_head(self) -> str:
        """A head behind the log after a crash or a full disk, moved to the last entry: what was done, or ''.

        Only entries the key signed, chained from the head's own last hash, are accepted: anyone without the
        key can neither add such entries nor sign a head, so a lagging head proves no entry was removed.
        A log with no head and no decisions yet is a new store: it gets its first head.
        """
        head, bad = self._read_head()
        try:
            if bad:
                return self._upgrade_legacy_head()
            if head is None:
                if not self._audit_rows() and not self._query("SELECT 1 FROM versions LIMIT 1"):
                    self._write_head(0, GENESIS)
                return ""
        except OSError as exc:
            log.warning("the audit head %s could not be written (%s)", self.head_path, exc.strerror)
            return ""
        rows = self._audit_rows(after=head.seq)
        if not rows or head.entries != head.seq:
            return ""
        at_head = self._query("SELECT hash FROM audit_log WHERE seq = ?", (head.seq,)) if head.seq else [{"hash": GENESIS}]
        if not at_head or at_head[0]["hash"] != head.hash or self._chain_problems(rows, head.hash, head.seq):
            return ""
        try:
            self._write_head(rows[-1]["seq"], rows[-1]["hash"])
        except OSError:
            return ""
        return (f"the chain head was {len(rows)} entries behind the log (a crash or a full disk after a commit); "
                "those entries carry the key's signature and the head now records them")

    def _upgrade_legacy_head(self) -> str:
        """A head of the unsigned 'seq hash' layout (before schema 3) that matches the log is signed once."""
        text = self.head_path.read_text().split()
        if not self._legacy_head_ok or len(text) != 2 or not text[0].isdigit():
            return ""
        last = self._query("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1")
        if not last or (last[0]["seq"], last[0]["hash"]) != (int(text[0]), text[1]) or \
                self._chain_problems(self._audit_rows(), GENESIS, 0):
            return ""
        self._write_head(int(text[0]), text[1])
        return "the chain head was in the unsigned layout of an older version; it matched the log and is now signed"

    def verify_audit(self) -> AuditReport:
        recovered = self._catch_up_head()
        rows = self._audit_rows()
        problems = self._chain_problems(rows, GENESIS, 0)
        last = (rows[-1]["seq"], rows[-1]["hash"]) if rows else (0, GENESIS)
        head, bad = self._read_head()
        versions = self._query("SELECT count(*) FROM versions")[0][0]
        if not rows and versions:
            problems.append(f"the audit log is empty but the store holds {versions} audience versions: "
                            "its entries were deleted")
        if bad:
            problems.append(bad)
        elif head is None and rows:
            problems.append(f"the chain head file {self.head_path} is missing: it was deleted")
        elif head is not None and ((head.seq, head.hash) != last or head.entries != len(rows)):
            problems.append(f"the store ends at entry {last[0]} ({len(rows)} entries) but the chain head records "
                            f"entry {head.seq} ({head.entries} entries): entries were deleted or the store was replaced")
        return AuditReport(ok=not problems, entries=len(rows), problems=problems, recovered=recovered)

    def audit_entry_count(self) -> int:
        return self._query("SELECT count(*) FROM audit_log")[0][0]

    def adopt_new_key(self, key_path: Path) -> None:
        """A first key, created only for a store whose audit log is still empty (and has no head yet)."""
        entries = self.audit_entry_count()
        if entries:
            raise StoreError(
                f"the audit key is missing ({key_path} does not exist and neither AUDIENCE_AUDIT_KEY nor "
                f"AUDIENCE_AUDIT_KEY_FILE is set), but the audit log of {self.path} has {entries} entries: "
                "a new key would sign over a history nobody can check any more",
                hint="restore the key that signed the log: set AUDIENCE_AUDIT_KEY, or AUDIENCE_AUDIT_KEY_FILE to the "
                     "secrets file holding it (README: Keeping the audit key)")
        self._key = _create_key(key_path)
        # An empty log has nothing a new key could hide (emptied logs are caught by verify_audit: versions remain);
        # its head is signed again with the new key.
        self.head_path.unlink(missing_ok=True)
        self._catch_up_head()


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


def configured_audit_key(settings) -> bytes | None:
    """The HMAC key: AUDIENCE_AUDIT_KEY, the secrets file AUDIENCE_AUDIT_KEY_FILE, or `home`/audit.key; None if none."""
    if settings.audit_key:
        return settings.audit_key.encode()
    if settings.audit_key_file:
        try:
            key = Path(settings.audit_key_file).read_text().strip()
        except OSError as exc:
            raise StoreError(f"cannot read the audit key file {settings.audit_key_file}: {exc.strerror}",
                             hint="point AUDIENCE_AUDIT_KEY_FILE at the secrets file holding the key (README: Keeping "
                                  "the audit key)") from None
        if not key:
            raise StoreError(f"the audit key file {settings.audit_key_file} is empty",
                             hint="restore the key into it, or unset AUDIENCE_AUDIT_KEY_FILE") from None
        return key.encode()
    path = settings.home / "audit.key"
    return path.read_text().strip().encode() if path.exists() else None


def _create_key(path: Path) -> bytes:
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        pass  # another process created it first
    else:
        with os.fdopen(fd, "w") as f:
            f.write(secrets.token_hex(32))
            f.flush()
            os.fsync(f.fileno())
    return path.read_text().strip().encode()
