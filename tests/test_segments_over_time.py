"""Segments over time: scheduled refreshes, size history, membership entered / left."""
from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from assistant import pipeline
from assistant.errors import PermissionDenied, ReviewError
from assistant.review.schedule import parse
from assistant.settings import load_settings

UTC = dt.timezone.utc
A = dt.date(2026, 9, 30)


@pytest.fixture()
def svc(tmp_path, demo_db):
    services = pipeline.open(load_settings(home=tmp_path / "home", db=demo_db))
    yield services
    services.close()


def approved(svc, request="customers in Spain", channel="none") -> int:
    defn = pipeline.translate(svc, request, channel=channel).definition
    sub = pipeline.submit(svc, pipeline.user(svc, "maria"), defn)
    pipeline.approve(svc, pipeline.user(svc, "rachel"), sub.version_id, typed_size=sub.dry_run.final_size)
    return sub.version_id


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
    later = set_at + dt.timedelta(days=8)  # past a daily and a weekly firing
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
