"""The audit log tells the truth: tampering is detected, a crash or a full disk is not a false alarm.

Each case is played on a real store file (SQLite) with its head file and key on disk, as an attacker
with write access to the store's folder (but not to the key) or a power cut would leave them.
"""
from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from assistant.definition import AudienceDefinition, Criterion
from assistant.edges.store import Store
from assistant.errors import StoreError
from assistant.review import workflow
from assistant.review.users import find_user
from assistant.settings import load_settings

ROOT = Path(__file__).resolve().parent.parent


def definition(n: int) -> AudienceDefinition:
    return AudienceDefinition(request=f"request {n}", criteria=[
        Criterion(label="spain", sql=f"SELECT customer_id FROM crm.customers WHERE customer_id > {n}")])


@pytest.fixture()
def settings(tmp_path):
    return load_settings(home=tmp_path / "home")


def drafts(settings, n: int) -> None:
    """n audit entries, each written by one committed action."""
    store = Store.from_settings(settings)
    try:
        for i in range(n):
            workflow.save_draft(store, find_user(settings, "maria"), definition(i))
    finally:
        store.close()


def raw(settings) -> sqlite3.Connection:
    """The attacker's own connection to the store file, append-only triggers dropped."""
    con = sqlite3.connect(settings.store_path)
    con.execute("DROP TRIGGER IF EXISTS audit_no_update")
    con.execute("DROP TRIGGER IF EXISTS audit_no_delete")
    return con


def verify(settings):
    store = Store.from_settings(settings)
    try:
        return store.verify_audit()
    finally:
        store.close()


def head_file(settings) -> Path:
    return settings.home / "audit.head"


def cli(settings, *args, **env):
    return subprocess.run([sys.executable, "-m", "assistant", *args], capture_output=True, text=True, cwd=ROOT,
                          env={**os.environ, "AUDIENCE_HOME": str(settings.home), **env})


def test_an_intact_log_verifies(settings):
    drafts(settings, 4)
    report = verify(settings)
    assert report.ok and report.entries == 4, report.problems


def test_truncating_the_tail_and_rewriting_the_head_from_the_store_is_detected(settings):
    drafts(settings, 5)
    con = raw(settings)
    con.execute("DELETE FROM audit_log WHERE seq > 3")
    con.commit()
    seq, digest = con.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    con.close()
    # The attacker rewrites the head with what the store itself holds, in the head's own layout.
    old = head_file(settings).read_text()
    if old.lstrip().startswith("{"):
        import json

        head = json.loads(old)
        head.update({"entries": 3, "seq": seq, "hash": digest})
        head_file(settings).write_text(json.dumps(head))
    else:
        head_file(settings).write_text(f"{seq} {digest}\n")
    report = verify(settings)
    assert not report.ok and any("head" in p for p in report.problems), report.problems
    out = cli(settings, "audit", "verify")
    assert out.returncode == 1 and "TAMPERED" in out.stdout and "Traceback" not in out.stderr


def test_deleting_every_entry_and_the_head_is_detected(settings):
    drafts(settings, 3)
    con = raw(settings)
    con.execute("DELETE FROM audit_log")
    con.commit()
    con.close()
    head_file(settings).unlink()
    report = verify(settings)
    assert not report.ok and any("deleted" in p for p in report.problems), report.problems


def test_deleting_the_head_alone_is_detected(settings):
    drafts(settings, 2)
    head_file(settings).unlink()
    report = verify(settings)
    assert not report.ok and any("head" in p and "missing" in p for p in report.problems), report.problems


def test_a_missing_key_is_refused_once_the_log_has_entries(settings):
    drafts(settings, 2)
    key = settings.home / "audit.key"
    saved = key.read_bytes()
    key.unlink()
    with pytest.raises(StoreError, match="audit key") as err:
        Store.from_settings(settings)
    assert "AUDIENCE_AUDIT_KEY" in str(err.value)
    assert not key.exists()  # never silently regenerated: a new key would re-sign a rewritten history
    out = cli(settings, "audit", "verify")
    assert out.returncode == 1 and "audit key" in out.stderr and "Traceback" not in out.stderr
    # The same key from the environment, or from a secrets file kept elsewhere, opens the store again.
    assert cli(settings, "audit", "verify", AUDIENCE_AUDIT_KEY=saved.decode().strip()).returncode == 0
    secret = settings.home.parent / "secrets" / "audit_key"
    secret.parent.mkdir()
    secret.write_bytes(saved)
    assert cli(settings, "audit", "verify", AUDIENCE_AUDIT_KEY_FILE=str(secret)).returncode == 0
    assert not key.exists()


def test_a_wrong_key_is_reported_not_accepted(settings):
    drafts(settings, 2)
    out = cli(settings, "audit", "verify", AUDIENCE_AUDIT_KEY="not the key")
    assert out.returncode == 1 and "TAMPERED" in out.stdout


SCRIPT = """
from assistant.settings import load_settings
from assistant.edges.store import Store
from assistant.review import workflow
from assistant.review.users import find_user
from assistant.definition import AudienceDefinition, Criterion
settings = load_settings()
store = Store.from_settings(settings)
workflow.save_draft(store, find_user(settings, "maria"), AudienceDefinition(request="late", criteria=[
    Criterion(label="x", sql="SELECT customer_id FROM crm.customers")]))
"""


def test_a_crash_between_commit_and_head_write_is_recovered_not_an_alarm(settings):
    drafts(settings, 2)
    proc = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, cwd=ROOT,
                          env={**os.environ, "AUDIENCE_HOME": str(settings.home), "AUDIENCE_FAILPOINT": "audit_head"})
    assert proc.returncode == 97, proc.stderr  # the process died after COMMIT, before the head was written
    con = sqlite3.connect(settings.store_path)
    assert con.execute("SELECT count(*) FROM audit_log").fetchone()[0] == 3  # the action itself is committed
    con.close()
    report = verify(settings)
    assert report.ok and report.entries == 3, report.problems
    out = cli(settings, "audit", "verify")
    assert out.returncode == 0 and "intact" in out.stdout


def test_a_head_that_cannot_be_written_does_not_undo_the_action(settings):
    drafts(settings, 1)
    # A full disk, simulated: the head's place is taken by a folder, so writing it fails after COMMIT.
    head = head_file(settings)
    before = head.read_text()
    head.unlink()
    head.mkdir()
    (head / "blocker").write_text("x")
    store = Store(settings.store_path, audit_key=(settings.home / "audit.key").read_bytes().strip(), head_path=head)
    try:
        version_id = workflow.save_draft(store, find_user(settings, "maria"), definition(9))
        assert workflow.version(store, version_id).status == "draft"  # committed, though the head could not follow
    finally:
        store.close()
    (head / "blocker").unlink()
    head.rmdir()
    head.write_text(before)
    # The head is one entry behind; that entry carries the key's signature: the next start catches up.
    report = verify(settings)
    assert report.ok and report.entries == 2, report.problems
    assert head.read_text() != before


def legacy_store(settings, entries: int) -> str:
    """A store as schema 2 left it: entries chained with the key, an unsigned 'seq hash' head beside it."""
    import hashlib
    import hmac
    import json

    from assistant.edges.store import MIGRATIONS

    settings.home.mkdir(parents=True)
    key = "k" * 64
    (settings.home / "audit.key").write_text(key)
    con = sqlite3.connect(settings.store_path)
    for script in MIGRATIONS[:2]:
        for statement in script.split(";\n"):
            if statement.strip():
                con.executescript(statement + ";")
    con.execute("PRAGMA user_version = 2")
    prev = "0" * 64
    for seq in range(1, entries + 1):
        row = [seq, f"2026-01-0{seq}", "maria", "draft", f"version {seq}", "{}", prev]
        digest = hmac.new(key.encode(), json.dumps(row, separators=(",", ":")).encode(), hashlib.sha256).hexdigest()
        con.execute("INSERT INTO audit_log VALUES (?, ?, ?, ?, ?, ?, ?, ?)", (*row, digest))
        prev = digest
    con.commit()
    con.close()
    head_file(settings).write_text(f"{entries} {prev}\n")
    return prev


def test_an_older_stores_unsigned_head_is_signed_once_on_upgrade_never_after(settings):
    last = legacy_store(settings, 3)
    report = verify(settings)
    assert report.ok and report.entries == 3, report.problems
    assert head_file(settings).read_text().startswith("{")  # signed now
    con = raw(settings)
    con.execute("DELETE FROM audit_log WHERE seq = 3")
    con.commit()
    second = con.execute("SELECT hash FROM audit_log WHERE seq = 2").fetchone()[0]
    con.close()
    # A downgrade to the unsigned layout, matching the shortened log: refused once the store is upgraded.
    head_file(settings).write_text(f"2 {second}\n")
    report = verify(settings)
    assert not report.ok and last != second, report.problems
