"""Segments over time: scheduled refreshes, size history, membership entered / left."""
from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest
from audiences import approved

from assistant import pipeline
from assistant.errors import PermissionDenied, ReviewError
from assistant.review.schedule import parse

UTC = dt.timezone.utc
A = dt.date(2026, 9, 30)


def test_cron_expressions():
    monday_7am = dt.datetime(2026, 10, 5, 7, 0, tzinfo=UTC)
    assert parse("daily").last_fire(monday_7am) == dt.datetime(2026, 10, 5, 6, 0, tzinfo=UTC)
    assert parse("weekly").last_fire(dt.datetime(2026, 10, 4, 23, 0, tzinfo=UTC)) == dt.datetime(2026, 9, 28, 6, 0, tzinfo=UTC)
    assert parse("30 5 * * 1-5").last_fire(dt.datetime(2026, 10, 4, tzinfo=UTC)) == dt.datetime(2026, 10, 2, 5, 30, tzinfo=UTC)
    assert parse("*/15 * * * *").last_fire(dt.datetime(2026, 10, 4, 10, 44, tzinfo=UTC)).minute == 30
    assert parse("0 0 1,15 * 0").runs_on(dt.date(2026, 10, 4))  # a Sunday: day or weekday, as cron has it
    assert parse("0 0 29 2 *").last_fire(monday_7am).date() == dt.date(2024, 2, 29)
    assert parse("daily").due(dt.datetime(2026, 10, 4, 7, tzinfo=UTC), monday_7am)
    assert not parse("daily").due(dt.datetime(2026, 10, 5, 6, 30, tzinfo=UTC), monday_7am)
    for bad, why in (("every day", "expected 5 fields"), ("61 * * * *", "outside 0-59"), ("0 0 * * mon", "not a number")):
        with pytest.raises(ReviewError, match=why):
            parse(bad)


def test_refresh_due_runs_each_due_schedule_once(svc):
    spain, vip = approved(svc), approved(svc, "VIP customers")
    tom, ada = pipeline.user(svc, "tom"), pipeline.user(svc, "ada")
    pipeline.schedule(svc, tom, spain, "daily")
    pipeline.schedule(svc, tom, vip, "weekly")
    set_at = dt.datetime.fromisoformat(pipeline.schedules(svc)[0].set_at)
    nothing_yet = pipeline.refresh_due(svc, ada, now=set_at)
    assert nothing_yet.ran == [] and nothing_yet.checked == 2
    later = set_at + dt.timedelta(days=8)  # past a daily and a weekly firing (Monday 06:00 UTC)
    # a Tuesday 07:00: the next day holds a daily firing and no Monday's (the test passed or failed by weekday)
    later = dt.datetime.combine(later.date() + dt.timedelta(days=(1 - later.weekday()) % 7), dt.time(7), later.tzinfo)
    first = pipeline.refresh_due(svc, ada, now=later)
    assert sorted(r.audience_id for r in first.ran) == [1, 2] and first.failed == []
    assert pipeline.refresh_due(svc, ada, now=later).ran == []  # twice in a row: nothing the second time
    next_day = pipeline.refresh_due(svc, ada, now=later + dt.timedelta(days=1))
    assert [r.audience_id for r in next_day.ran] == [1]  # the weekly one is not due again yet
    history = pipeline.size_history(svc, 1)
    assert [h.size for h in history] == [first.ran[0].size, first.ran[0].size] and history[1].entered == 0
    assert history[0].entered == history[0].size > 0


def test_a_schedule_needs_an_approved_version_and_a_valid_expression(svc):
    draft = pipeline.save(svc, pipeline.user(svc, "maria"), pipeline.translate(svc, "VIP customers").definition)
    with pytest.raises(ReviewError, match="only approved versions are refreshed on a schedule"):
        pipeline.schedule(svc, pipeline.user(svc, "maria"), draft, "daily")
    with pytest.raises(ReviewError, match="expected 5 fields"):
        pipeline.schedule(svc, pipeline.user(svc, "maria"), approved(svc), "every monday")
    assert pipeline.schedules(svc) == []


def test_daily_indicators_are_materialised_before_the_refreshes_that_read_them(svc):
    pipeline.enrich(svc, A)
    svc.reopen_warehouse()
    v = approved(svc, "customers in the retention stage")
    assert "enrich.journey_stage" in pipeline.version(svc, v).definition.criteria[0].sql
    pipeline.enrich(svc, A - dt.timedelta(days=1))  # yesterday's indicators: stale for today's refresh
    svc.reopen_warehouse()
    with pytest.raises(ReviewError, match="changes more than its dates"):  # what a refresh on stale indicators does
        pipeline.refresh(svc, pipeline.user(svc, "tom"), 1, as_of=A)
    pipeline.schedule(svc, pipeline.user(svc, "tom"), v, "daily")
    report = pipeline.refresh_due(svc, pipeline.user(svc, "ada"), now=dt.datetime.now(UTC) + dt.timedelta(days=1))
    assert "journey_stage" in report.materialised and report.failed == [] and len(report.ran) == 1
    assert svc.catalog.materialised["journey_stage"] == A.isoformat()


def test_cli_schedule_and_refresh_due(tmp_path, demo_db):
    envvars = {**os.environ, "AUDIENCE_HOME": str(tmp_path / "home"), "AUDIENCE_DB": str(demo_db)}

    def run(*args):
        return subprocess.run([sys.executable, "-m", "assistant", *args], capture_output=True, text=True, env=envvars)

    assert run("submit", "--as", "maria", "--request", "customers in Spain").returncode == 0
    assert run("review", "approve", "1", "--as", "sam").returncode == 0
    out = run("schedule", "1", "daily", "--as", "maria")
    assert out.returncode == 0 and "refreshed on schedule 'daily'" in out.stdout, out.stderr
    first = run("refresh", "--due", "--as", "ada", "--now", "2099-01-01T00:00")
    assert first.returncode == 0 and "audience 1 as of 2026-09-30" in first.stdout, first.stderr
    assert "nothing due (1 schedule(s))" in run("refresh", "--due", "--as", "ada", "--now", "2099-01-01T00:00").stdout
    assert "last run 20" in run("schedule", "--list").stdout
    bad = run("schedule", "1", "every day", "--as", "maria")
    assert bad.returncode == 1 and "expected 5 fields" in bad.stderr and "Traceback" not in bad.stderr


# -- retention of contact data ----------------------------------------------------------------

def test_purge_leaves_no_contact_file_older_than_the_setting(svc):
    v = approved(svc, "customers in Spain", channel="email")
    ada, tom = pipeline.user(svc, "ada"), pipeline.user(svc, "tom")
    files = [Path(pipeline.export(svc, tom, v).file) for _ in range(3)]
    crash_leftover = svc.settings.outbox / "audience1_v1_x.csv.partial"
    crash_leftover.write_text("customer_id,email\n1,a@example.com\n")
    now = dt.datetime.now(UTC)
    for age, path in zip((40, 31, 2), files):
        stamp = (now - dt.timedelta(days=age)).timestamp()
        os.utime(path, (stamp, stamp))
    os.utime(crash_leftover, ((now - dt.timedelta(days=90)).timestamp(),) * 2)
    with pytest.raises(PermissionDenied, match="only an admin can purge"):
        pipeline.purge(svc, tom)
    result = pipeline.purge(svc, ada, now=now)
    assert result.retention_days == 30
    assert sorted(f.name for f in result.deleted) == sorted([files[0].name, files[1].name, crash_leftover.name])
    cutoff = now - dt.timedelta(days=30)
    remaining = list(svc.settings.outbox.iterdir())
    assert remaining == [files[2]]
    assert all(dt.datetime.fromtimestamp(p.stat().st_mtime, UTC) >= cutoff for p in remaining)
    entry = pipeline.audit_entries(svc, 1)[0]
    assert entry.action == "purge" and files[0].name in entry.details and "@" not in entry.details
    assert pipeline.audit_verify(svc).ok
    assert {e.checksum for e in pipeline.exports(svc, v)} >= {f.sha256 for f in result.deleted if f.name != crash_leftover.name}
    assert pipeline.purge(svc, ada, now=now).deleted == []


def test_cli_purge(tmp_path):
    envvars = {**os.environ, "AUDIENCE_HOME": str(tmp_path / "home"), "AUDIENCE_OUTBOX_RETENTION_DAYS": "7"}
    outbox = tmp_path / "home" / "outbox"
    outbox.mkdir(parents=True)
    old = outbox / "audience1_v1_old.csv"
    old.write_text("customer_id,email\n1,a@example.com\n")
    stamp = time.time() - 8 * 86400
    os.utime(old, (stamp, stamp))
    out = subprocess.run([sys.executable, "-m", "assistant", "purge", "--as", "ada"], capture_output=True, text=True,
                         env=envvars)
    assert out.returncode == 0 and "1 file(s) older than 7 days deleted" in out.stdout, out.stderr
    assert not old.exists()


# -- the customer view, segment movement, journey stages ----------------------------------------

@pytest.fixture()
def two_refreshes(svc, tmp_path, demo_db):
    """'customers in Spain' and 'VIP customers', refreshed a month ago and today; between the two, every
    tenth Spanish or Italian customer moved country. Returns (spain audience, vip audience, later services)."""
    spain, vip = (pipeline.version(svc, approved(svc, r)).audience_id for r in ("customers in Spain", "VIP customers"))
    tom = pipeline.user(svc, "tom")
    month_ago = A - dt.timedelta(days=30)
    for audience in (spain, vip):
        pipeline.refresh(svc, tom, audience, as_of=month_ago)
    moved = tmp_path / "moved.duckdb"
    shutil.copy(demo_db, moved)
    con = duckdb.connect(str(moved))
    con.execute("UPDATE crm.customers SET country = CASE country WHEN 'ES' THEN 'IT' ELSE 'ES' END "
                "WHERE customer_id % 10 = 0 AND country IN ('ES', 'IT')")
    con.close()
    later = pipeline.open(svc.settings.model_copy(update={"db": moved}))
    for audience in (spain, vip):
        pipeline.refresh(later, tom, audience, as_of=A)
    yield spain, vip, later
    later.close()


def test_the_customer_view_lists_exactly_the_recorded_memberships(svc, two_refreshes):
    spain, vip, later = two_refreshes
    rachel = pipeline.user(svc, "rachel")
    left_spain = {r[0] for r in store_rows(svc, "SELECT customer_key FROM memberships WHERE audience_id = ? "
                                                "AND valid_to IS NOT NULL", (spain,))}
    vips = {r[0] for r in store_rows(svc, "SELECT customer_key FROM memberships WHERE audience_id = ?", (vip,))}
    key = sorted(left_spain & vips)[0] if left_spain & vips else sorted(left_spain)[0]
    view = pipeline.customer(svc, rachel, key)
    recorded = store_rows(svc, "SELECT audience_id, valid_from, valid_to FROM memberships WHERE customer_key = ? "
                               "ORDER BY valid_from, audience_id", (key,))
    assert [(m.audience_id, str(m.valid_from), m.valid_to and str(m.valid_to)) for m in view.history] == recorded
    assert [m.audience_id for m in view.left] == [spain] and view.left[0].valid_to == A
    assert {m.audience_id for m in view.current} == ({vip} if key in vips else set())
    with pytest.raises(PermissionDenied, match="only an admin or a reviewer can customer"):
        pipeline.customer(svc, pipeline.user(svc, "maria"), key)


def test_customer_search_by_key_masked_contact_or_name(svc):
    rachel = pipeline.user(svc, "rachel")
    key, first, last, email = svc.warehouse.query(
        "SELECT CAST(customer_id AS VARCHAR), first_name, last_name, email FROM crm.customers "
        "WHERE email IS NOT NULL ORDER BY customer_id LIMIT 1 OFFSET 7").rows[0]
    by_key = pipeline.find_customers(svc, rachel, key)
    assert [m.key for m in by_key] == [key] and email not in by_key[0].contact and "***" in by_key[0].contact
    masked = by_key[0].contact
    assert key in [m.key for m in pipeline.find_customers(svc, rachel, masked)]
    assert key in [m.key for m in pipeline.find_customers(svc, rachel, email.upper())]
    assert key in [m.key for m in pipeline.find_customers(svc, rachel, f"{first} {last}")]
    assert pipeline.find_customers(svc, rachel, "nobody' OR 1=1 --") == []
    with pytest.raises(PermissionDenied):
        pipeline.find_customers(svc, pipeline.user(svc, "tom"), key)


def test_segment_movement_since_the_previous_refresh(svc, two_refreshes):
    spain, vip, later = two_refreshes
    m = pipeline.movement(svc, spain)
    then = {r[0] for r in store_rows(svc, "SELECT customer_key FROM memberships WHERE audience_id = ? AND valid_from <= ? "
                                          "AND (valid_to IS NULL OR valid_to > ?)", (spain, str(A - dt.timedelta(days=30)), str(A - dt.timedelta(days=30))))}
    # members now, as the latest refreshes recorded them (a refresh applies the approved channel's policies)
    current = "SELECT customer_key FROM memberships WHERE audience_id = ? AND valid_to IS NULL"
    now_spain = {r[0] for r in store_rows(svc, current, (spain,))}
    now_vip = {r[0] for r in store_rows(svc, current, (vip,))}
    assert (m.since, m.until, m.members_then) == (A - dt.timedelta(days=30), A, len(then))
    assert m.columns == ["VIP customers", "no other segment"] and m.entered == len(now_spain - then) > 0
    stayed, left = then & now_spain, then - now_spain
    assert m.counts == [[len(stayed & now_vip), len(stayed - now_vip)], [len(left & now_vip), len(left - now_vip)]]
    with pytest.raises(ReviewError, match="movement needs two"):
        pipeline.movement(svc, pipeline.version(svc, approved(svc, "gold customers")).audience_id)


def test_lifecycle_stage_transitions_between_two_days(svc):
    since = A - dt.timedelta(days=90)
    t = pipeline.transitions(svc, since)
    assert t.values[:6] == ["prospect", "first_buyer", "repeat_buyer", "loyal_buyer", "at_risk_buyer", "lapsed_buyer"]
    sql = svc.catalog.indicators["lifecycle_stage"].sql
    from schema_catalog.templates import render
    stage = [dict(svc.warehouse.query(render(sql, day), max_rows=10**6).rows) for day in (since, A)]
    expected: dict = {}
    for key in set(stage[0]) | set(stage[1]):
        pair = (stage[0].get(key, "(none)"), stage[1].get(key, "(none)"))
        expected[pair] = expected.get(pair, 0) + 1
    got = {(a, b): n for a, row in t.counts.items() for b, n in row.items()}
    assert got == expected and t.moved("first_buyer", "repeat_buyer") > 0 and t.moved("(none)", "prospect") > 0
    with pytest.raises(Exception, match="is not before"):
        pipeline.transitions(svc, A, since)


def store_rows(svc, sql, params=()):
    import sqlite3

    con = sqlite3.connect(svc.settings.store_path)
    try:
        return con.execute(sql, params).fetchall()
    finally:
        con.close()


def test_cli_customer_movement_and_stages(tmp_path, demo_db):
    envvars = {**os.environ, "AUDIENCE_HOME": str(tmp_path / "home"), "AUDIENCE_DB": str(demo_db)}

    def run(*args):
        return subprocess.run([sys.executable, "-m", "assistant", *args], capture_output=True, text=True, env=envvars)

    assert run("submit", "--as", "maria", "--request", "customers in Spain").returncode == 0
    assert run("review", "approve", "1", "--as", "sam").returncode == 0
    assert run("refresh", "1", "--as", "tom", "--as-of", "2026-08-31").returncode == 0
    assert run("refresh", "1", "--as", "tom").returncode == 0
    moved = run("movement", "1")
    assert moved.returncode == 0 and "members on 2026-08-31" in moved.stdout and "stayed in the segment" in moved.stdout
    import sqlite3

    con = sqlite3.connect(tmp_path / "home" / "store.sqlite")
    key = con.execute("SELECT min(customer_key) FROM memberships").fetchone()[0]
    con.close()
    shown = run("customer", key, "--as", "rachel")
    assert shown.returncode == 0 and "in   customers in Spain" in shown.stdout and "since 2026-08-31" in shown.stdout
    assert "@" not in shown.stdout.replace("***@", "")
    denied = run("customer", key, "--as", "maria")
    assert denied.returncode == 1 and "only an admin or a reviewer" in denied.stderr
    stages = run("stages", "--since", "2026-06-30")
    assert stages.returncode == 0 and "first_buyer" in stages.stdout and "repeat_buyer" in stages.stdout
