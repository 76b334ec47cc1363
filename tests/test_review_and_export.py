"""Review, approval, export and audit: four eyes, atomic decisions, no duplicate sends, tamper evidence."""
from __future__ import annotations

import csv
import datetime as dt
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest
from webhook_server import Webhook

from assistant.review import workflow as review
from assistant.review.users import find_user
from assistant.review.export import export
from assistant.sql.compile import compile_sql
from assistant.dry_run.run import dry_run, members
from assistant.translate.offline.translator import OfflineTranslator
from assistant.review.refresh import refresh
from assistant.settings import load_settings
from assistant.edges.store import MIGRATIONS, SCHEMA_VERSION, Store
from assistant.errors import DeliveryError, PermissionDenied, ReviewError
from assistant.translate.value_index import build
from assistant.edges.warehouse.duckdb import DuckDBWarehouse

A = dt.date(2026, 9, 30)
ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture()
def env(tmp_path, demo_db, catalog):
    settings = load_settings(home=tmp_path / "home", db=demo_db)
    store = Store.from_settings(settings)
    wh = DuckDBWarehouse(demo_db)
    translator = OfflineTranslator(catalog, build(wh, catalog))
    yield settings, store, wh, translator
    wh.close()
    store.close()


def users(settings):
    return {u.name: find_user(settings, u.name) for u in settings.users}


def submitted(settings, store, wh, translator, catalog, request="gold customers in Spain", channel="email",
              expected=None, author="maria") -> int:
    defn = translator.translate(request, A, channel).definition
    run = dry_run(defn, catalog, wh, expected_size=expected, settings=settings)
    version = review.save_draft(store, users(settings)[author], defn)
    review.submit(store, users(settings)[author], version, run, expected, "please check",
                  members=members(defn, catalog, wh, as_of=run.as_of))
    return version


def test_lifecycle_roles_and_four_eyes(env, catalog):
    settings, store, wh, tr = env
    u = users(settings)
    v = submitted(settings, store, wh, tr, catalog)
    with pytest.raises(PermissionDenied, match="only an admin or a reviewer"):
        review.approve(store, u["tom"], v)
    with pytest.raises(ReviewError, match="four eyes"):
        review.approve(store, review.User("maria", "admin"), v)  # even an admin cannot approve their own
    with pytest.raises(ReviewError, match="needs a comment"):
        review.reject(store, u["rachel"], v, "  ")
    review.approve(store, u["rachel"], v, comment="ok")
    assert review.version(store, v).status == "approved"
    with pytest.raises(ReviewError, match="not in review"):
        review.reject(store, u["sam"], v, "too late")
    # editing an approved definition makes a new draft; the approval stays with the old version
    edited = tr.translate("gold customers in Spain or Italy", A, "email").definition
    v2 = review.edit(store, u["tom"], v, edited)
    assert v2 != v and review.version(store, v2).status == "draft" and review.version(store, v2).number == 2
    assert store.approval(v2) is None
    diff = review.diff_from_previous(store, v2)
    assert diff.changes == ["changed criterion: Spain -> Spain or Italy"]
    run = dry_run(edited, catalog, wh, settings=settings)
    review.submit(store, u["tom"], v2, run, members=members(edited, catalog, wh, as_of=run.as_of))
    with pytest.raises(ReviewError, match="four eyes"):
        review.approve(store, review.User("tom", "reviewer"), v2)
    review.reject(store, u["sam"], v2, "Italy is out of scope")
    assert review.version(store, v2).status == "rejected"


def test_flagged_audience_needs_the_typed_size(env, catalog):
    settings, store, wh, tr = env
    u = users(settings)
    v = submitted(settings, store, wh, tr, catalog, request="customers in Europe", channel="none", expected=10)
    row = review.version(store, v)
    assert {f["code"] for f in row.flags} >= {"unexpected_size", "large_share"}
    with pytest.raises(ReviewError, match="type its final size") as refused:
        review.approve(store, u["rachel"], v)
    assert f"{row.size:,}" not in str(refused.value) and str(row.size) not in str(refused.value)
    with pytest.raises(ReviewError, match="type its final size"):
        review.approve(store, u["rachel"], v, typed_size=row.size + 1)
    review.approve(store, u["rachel"], v, typed_size=row.size)
    assert store.approval(v).typed_size == row.size


def test_submission_must_match_its_dry_run(env, catalog):
    settings, store, wh, tr = env
    u = users(settings)
    defn = tr.translate("VIP customers", A).definition
    gold = tr.translate("gold customers", A).definition
    other = dry_run(gold, catalog, wh)
    v = review.save_draft(store, u["maria"], defn)
    with pytest.raises(ReviewError, match="another definition"):
        review.submit(store, u["maria"], v, other, members=members(gold, catalog, wh, as_of=other.as_of))


def test_a_definition_with_an_open_question_cannot_be_submitted(env, catalog):
    settings, store, wh, tr = env
    u = users(settings)
    result = tr.translate("VIP customers who love hiking", A)
    assert result.status == "clarify"
    v = review.save_draft(store, u["maria"], result.definition)
    with pytest.raises(ReviewError, match="open questions .*'love hiking'"):
        review.submit(store, u["maria"], v, dry_run(result.definition, catalog, wh),
                      members=members(result.definition, catalog, wh))
    assert store.version(v).status == "draft"


APPROVE_SCRIPT = """
import sys, time
from assistant.settings import load_settings
from assistant.edges.store import Store
from assistant.review import workflow as review
from assistant.review.users import find_user
settings = load_settings()
store = Store.from_settings(settings)
user = find_user(settings, sys.argv[1])
while time.time() < float(sys.argv[3]):
    time.sleep(0.001)
try:
    review.approve(store, user, int(sys.argv[2]))
    print("WON")
except Exception as exc:
    print("LOST", exc)
"""


def test_two_reviewers_at_once_cannot_both_win(env, catalog, tmp_path):
    settings, store, wh, tr = env
    v = submitted(settings, store, wh, tr, catalog)
    start = time.time() + 1.5
    envvars = {**os.environ, "AUDIENCE_HOME": str(settings.home), "AUDIENCE_DB": str(settings.db)}
    procs = [subprocess.Popen([sys.executable, "-c", APPROVE_SCRIPT, name, str(v), str(start)], env=envvars,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for name in ("rachel", "sam")]
    outs = [p.communicate(timeout=60)[0] for p in procs]
    assert sorted(o.split()[0] for o in outs) == ["LOST", "WON"], outs
    assert len(store_sql(store, "SELECT * FROM reviews WHERE version_id = ?", (v,))) == 1
    assert store.verify_audit().ok


def test_export_only_when_approved_and_webhook_never_duplicates(env, catalog):
    settings, store, wh, tr = env
    u = users(settings)
    settings = settings.model_copy(update={"webhook_batch_size": 40, "webhook_retries": 2})
    v = submitted(settings, store, wh, tr, catalog, request="customers in Spain", channel="email")
    with pytest.raises(ReviewError, match="only approved versions are exported"):
        export(store, settings, catalog, wh, u["maria"], v)
    review.approve(store, u["sam"], v)
    # Batch 1 fails its first attempt; batch 2 is stored but its acknowledgement is lost: both are sent again.
    receiver = Webhook(lambda batch, attempt: 503 if (batch, attempt) == (1, 1) else "lost_ack" if (batch, attempt) == (2, 1) else 200)
    try:
        result = export(store, settings, catalog, wh, u["maria"], v, webhook_url=receiver.url)
    finally:
        receiver.close()
    expected = {r[0] for r in wh.query(compile_sql(review.version(store, v).definition, catalog,
                                                   with_policies=True), max_rows=10**6).rows}
    with open(result.file) as f:
        rows = list(csv.reader(f))
    assert rows[0] == ["customer_id", "email"]
    assert {int(r[0]) for r in rows[1:]} == expected and all("@" in r[1] for r in rows[1:])
    assert sorted(int(c) for c in receiver.contacts) == sorted(expected)  # every contact once
    assert receiver.attempts[1] == 2 and receiver.attempts[2] == 2 and result.delivered == len(expected)
    rec = {s.step: s for s in result.reconciliation}
    assert rec["approved"].size == rec["sendable"].size == rec["delivered"].size == len(expected)
    steps = result.reconciliation
    assert all(b.size == a.size + b.difference for a, b in zip(steps[1:], steps[2:]))  # each difference explained
    record = store.exports(v)[0]
    assert record.exported_by == "maria" and record.rows == len(expected) and len(record.checksum) == 64
    assert review.version(store, v).status == "exported"
    export(store, settings, catalog, wh, u["tom"], v, fmt="parquet")  # exported again, as Parquet
    assert duckdb.sql(f"SELECT count(*) FROM '{store_sql(store, 'SELECT file FROM exports ORDER BY id DESC')[0][0]}'").fetchall()[0][0] == len(expected)


def test_export_stops_when_the_data_moved(env, catalog, tmp_path, demo_db):
    settings, store, wh, tr = env
    u = users(settings)
    v = submitted(settings, store, wh, tr, catalog, request="customers in Spain", channel="none")
    review.approve(store, u["rachel"], v)
    changed = tmp_path / "changed.duckdb"
    shutil.copy(demo_db, changed)
    con = duckdb.connect(str(changed))
    con.execute("UPDATE crm.customers SET country = 'ES' WHERE country = 'IT'")
    con.close()
    with DuckDBWarehouse(changed) as moved:
        with pytest.raises(ReviewError, match="the data changed since approval"):
            export(store, settings, catalog, moved, u["maria"], v)
    assert store_sql(store, "SELECT count(*) FROM exports")[0][0] == 0


def test_refresh_rolls_the_dates(env, catalog):
    settings, store, wh, tr = env
    u = users(settings)
    v = submitted(settings, store, wh, tr, catalog, request="customers who bought online in the last 30 days", channel="none")
    review.approve(store, u["rachel"], v)
    audience_id = review.version(store, v).audience_id
    result = refresh(store, catalog, wh, tr, u["tom"], audience_id, dt.date(2026, 9, 15))
    expected = {str(r[0]) for r in wh.query(
        "SELECT customer_id FROM ecom.orders WHERE status <> 'cancelled' AND order_ts >= DATE '2026-09-15' - INTERVAL 30 DAY "
        "AND order_ts < DATE '2026-09-16' "                # the window ends at the refresh's as_of, not at the data's end
        "AND customer_id NOT IN (SELECT customer_id FROM crm.do_not_contact)",    # the policies, as approved
        max_rows=10**6).rows}
    assert result.size == result.entered == len(expected) and result.left == 0


def test_refresh_tags_membership_and_reports_movement(env, catalog, tmp_path, demo_db):
    settings, store, wh, tr = env
    u = users(settings)
    v = submitted(settings, store, wh, tr, catalog, request="customers in Spain", channel="none")
    review.approve(store, u["rachel"], v)
    audience_id = review.version(store, v).audience_id
    first = refresh(store, catalog, wh, tr, u["tom"], audience_id, A)
    assert first.entered == first.size > 0 and first.left == 0
    moved = tmp_path / "moved.duckdb"
    shutil.copy(demo_db, moved)
    con = duckdb.connect(str(moved))
    con.execute("UPDATE crm.customers SET country = CASE country WHEN 'ES' THEN 'IT' ELSE 'ES' END "
                "WHERE customer_id % 10 = 0 AND country IN ('ES', 'IT')")
    now_spanish = {str(r[0]) for r in con.execute("SELECT customer_id FROM crm.customers WHERE country = 'ES' AND "
                                                  "customer_id NOT IN (SELECT customer_id FROM crm.do_not_contact)").fetchall()}
    con.close()
    with DuckDBWarehouse(moved) as wh2:
        second = refresh(store, catalog, wh2, tr, u["tom"], audience_id, A)
    assert second.entered > 0 and second.left > 0 and second.size == len(now_spanish)
    current = {r[0] for r in store_sql(store, "SELECT customer_key FROM memberships WHERE audience_id = ? AND valid_to IS NULL",
                                         (audience_id,))}
    assert current == now_spanish
    closed = store_sql(store, "SELECT count(*) FROM memberships WHERE audience_id = ? AND valid_to IS NOT NULL", (audience_id,))
    assert closed[0][0] == second.left


def test_older_store_is_upgraded(tmp_path):
    path = tmp_path / "old.sqlite"
    con = sqlite3.connect(path)
    for statement in MIGRATIONS[0].split(";\n"):
        if statement.strip():
            con.executescript(statement + ";")
    con.execute("PRAGMA user_version = 1")
    con.execute("INSERT INTO audiences (name, created_by, created_at) VALUES ('kept', 'maria', 'x')")
    con.commit()
    con.close()
    store = Store(path, audit_key=b"k")
    assert store.schema_version() == SCHEMA_VERSION == 4
    assert store_sql(store, "SELECT name FROM audiences")[0][0] == "kept"
    assert store_sql(store, "SELECT count(*) FROM memberships")[0][0] == 0
    assert store_sql(store, "SELECT count(*) FROM export_batches")[0][0] == 0
    assert store_sql(store, "SELECT count(*) FROM version_members")[0][0] == 0


def test_audit_log_detects_edits_deletions_and_truncation(env, catalog):
    settings, store, wh, tr = env
    for request in ("gold customers", "VIP customers", "silver customers"):
        submitted(settings, store, wh, tr, catalog, request=request)
    assert store.verify_audit().ok and store.verify_audit().entries == 6
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        store_sql(store, "DELETE FROM audit_log WHERE seq = 1")
    raw = sqlite3.connect(store.path)
    raw.execute("DROP TRIGGER audit_no_update")
    raw.execute("DROP TRIGGER audit_no_delete")
    raw.execute("UPDATE audit_log SET actor = 'mallory' WHERE seq = 2")
    raw.commit()
    report = store.verify_audit()
    assert not report.ok and any("entry 2" in p and "altered" in p for p in report.problems)
    raw.execute("UPDATE audit_log SET actor = 'maria' WHERE seq = 2")
    raw.execute("DELETE FROM audit_log WHERE seq = 3")
    raw.commit()
    assert any("missing" in p for p in store.verify_audit().problems)
    raw.execute("DELETE FROM audit_log WHERE seq >= 3")  # drop the newest entries: the chain alone would look fine
    raw.commit()
    raw.close()
    report = store.verify_audit()
    assert not report.ok and any("chain head records entry 6" in p for p in report.problems)
    proc = subprocess.run([sys.executable, "-m", "assistant", "audit", "verify"], capture_output=True, text=True,
                          env={**os.environ, "AUDIENCE_HOME": str(settings.home), "AUDIENCE_DB": str(settings.db)})
    assert proc.returncode == 1 and "TAMPERED" in proc.stdout


def test_cli_workflow_with_roles(tmp_path, demo_db):
    envvars = {**os.environ, "AUDIENCE_HOME": str(tmp_path / "home"), "AUDIENCE_DB": str(demo_db)}

    def run(*args):
        return subprocess.run([sys.executable, "-m", "assistant", *args], capture_output=True, text=True, env=envvars)

    assert run("review", "list").stdout.strip() == "nothing to review"
    assert run("review", "list", "--all").stdout.strip() == "no audiences yet"
    out = run("submit", "--as", "maria", "--request", "VIP customers in Italy", "--channel", "email")
    assert out.returncode == 0 and "version 1 (version id 1" in out.stdout, out.stderr
    for listing in (run("review", "list"), run("review", "list", "--all")):  # the queue, every audience: one line each
        line = listing.stdout.strip()
        assert len(listing.stdout.splitlines()) == 1 and line.startswith("version 1  audience 1  in_review")
        assert "by maria" in line, line
    denied = run("review", "approve", "1", "--as", "tom")
    assert denied.returncode == 1 and "only an admin or a reviewer" in denied.stderr and "Traceback" not in denied.stderr
    assert run("review", "approve", "1", "--as", "sam").returncode == 0
    exported = run("export", "1", "--as", "tom")
    assert exported.returncode == 0 and "sendable" in exported.stdout
    segment = run("segment", "1")
    assert segment.returncode == 0 and segment.stdout.startswith("attribute,value,customers,share")
    assert "@" not in segment.stdout
    assert run("audit", "verify").stdout.startswith("audit log intact")
    assert run("export", "1", "--as", "nobody").stderr.startswith("error: unknown user 'nobody'")


def test_unwritable_outbox_is_a_clear_error_and_records_nothing(env, catalog, tmp_path):
    settings, store, wh, tr = env
    v = submitted(settings, store, wh, tr, catalog)
    review.approve(store, users(settings)["rachel"], v)
    settings.outbox.parent.mkdir(parents=True, exist_ok=True)
    settings.outbox.write_text("a file where the outbox folder should be")
    with pytest.raises(DeliveryError, match="cannot create the outbox"):
        export(store, settings, catalog, wh, users(settings)["maria"], v)
    assert store_sql(store, "SELECT count(*) FROM exports")[0][0] == 0


def store_sql(store: Store, sql: str, params: tuple = ()) -> list[tuple]:
    """The test's own look into the store file (the product's code goes through Store's methods)."""
    con = sqlite3.connect(store.path)
    try:
        rows = con.execute(sql, params).fetchall()
        con.commit()
        return rows
    finally:
        con.close()


def test_refresh_and_segment_apply_the_approved_channel_and_policies(env, catalog):
    settings, store, wh, tr = env
    u = users(settings)
    v = submitted(settings, store, wh, tr, catalog, request="gold customers in Spain", channel="email")
    review.approve(store, u["rachel"], v)
    approved = review.version(store, v)
    assert approved.size < approved.dry_run.request_size   # the email policies do remove people
    export(store, settings, catalog, wh, u["maria"], v)
    result = refresh(store, catalog, wh, tr, u["tom"], approved.audience_id, A)
    assert result.size == approved.size            # an unchanged warehouse gives the approved size
    assert (result.entered, result.left) == (0, 0)  # everyone was already sent: nobody 'entered' since the export


def test_a_double_submit_is_one_version_and_a_resubmit_is_the_next(env, catalog, tmp_path, demo_db):
    from assistant import pipeline
    settings, store, wh, tr = env
    copy = tmp_path / "own.duckdb"                   # the pipeline opens its own warehouse (one per file per process)
    shutil.copy(demo_db, copy)
    svc = pipeline.open(settings.model_copy(update={"db": copy}))
    defn = tr.translate("gold customers in Spain", A, "email").definition
    maria = users(settings)["maria"]
    first = pipeline.submit(svc, maria, defn, name="Spanish gold")
    again = pipeline.submit(svc, maria, defn, name="Spanish gold")
    assert again.version_id == first.version_id
    v1 = pipeline.version(svc, first.version_id)
    pipeline.reject(svc, users(settings)["rachel"], v1.id, "add VIP too")
    assert pipeline.reviews(svc, v1.id)[0].comment == "add VIP too"
    wider = tr.translate("gold or VIP customers in Spain", A, "email").definition
    second = pipeline.submit(svc, maria, wider, name="Spanish gold and VIP", audience_id=v1.audience_id)
    v2 = pipeline.version(svc, second.version_id)
    assert (v2.audience_id, v2.number, v2.audience_name) == (v1.audience_id, 2, "Spanish gold and VIP")
    diff = pipeline.diff(svc, v2.id)
    assert diff.previous_number == 1 and any(c.startswith("changed criterion") for c in diff.changes)
    assert any(s.before is not None and s.after is not None and s.before < s.after for s in diff.steps)
    svc.close()


def test_cli_parity_translate_json_submit_versions_and_diff(tmp_path, demo_db):
    envvars = {**os.environ, "AUDIENCE_HOME": str(tmp_path / "home"), "AUDIENCE_DB": str(demo_db)}

    def run(*args):
        return subprocess.run([sys.executable, "-m", "assistant", *args], capture_output=True, text=True, env=envvars)

    empty = run("submit", "--as", "maria", "--request", "")
    assert empty.returncode == 1 and "the request is empty" in empty.stderr and "Traceback" not in empty.stderr
    translated = tmp_path / "gold.json"
    translated.write_text(run("translate", "gold customers in Spain", "--json").stdout)
    assert json.loads(translated.read_text())["definition"]["channel"] == "none"     # the app's default too
    first = run("submit", "--as", "maria", "--definition", str(translated), "--name", "Spanish gold")
    assert first.returncode == 0 and "'Spanish gold' version 1" in first.stdout, first.stderr
    assert "first version of this audience" in run("review", "show", "1").stdout
    assert run("review", "reject", "1", "--as", "sam", "--comment", "add VIP").returncode == 0
    wider = tmp_path / "wider.json"
    wider.write_text(run("translate", "gold or VIP customers in Spain", "--json").stdout)
    second = run("submit", "--as", "maria", "--definition", str(wider), "--audience", "1")
    assert second.returncode == 0 and "'Spanish gold' version 2 (version id 2" in second.stdout, second.stderr
    shown = run("review", "show", "2").stdout
    assert "changes from version 1: changed criterion: gold -> gold or VIP" in shown and "final size" in shown
    unclear = tmp_path / "unclear.json"
    unclear.write_text(run("translate", "engaged customers", "--json").stdout)
    refused = run("submit", "--as", "maria", "--definition", str(unclear))
    assert refused.returncode == 1 and "status is 'clarify'" in refused.stderr
