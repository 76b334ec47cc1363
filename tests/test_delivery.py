"""Delivery tells the truth: a webhook that fails makes a failed (or partial) export, a non-zero exit, and a
resumable one; the outbox and the store agree after a crash at any step.

A real loopback webhook (http.server in a thread) answers each failure; crashes are real process deaths at
named steps (AUDIENCE_FAILPOINT, assistant/failpoints.py), followed by the startup recovery.
"""
from __future__ import annotations

import hashlib
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from webhook_server import Webhook

from assistant import pipeline
from assistant.definition import AudienceDefinition, Criterion
from assistant.errors import DeliveryError
from assistant.settings import load_settings

ROOT = Path(__file__).resolve().parent.parent
SPAIN = AudienceDefinition(request="customers in Spain", channel="email", criteria=[
    Criterion(label="in Spain", sql="SELECT customer_id FROM crm.customers WHERE country = 'ES'")])
BATCH = 100


@pytest.fixture()
def settings(tmp_path, demo_db):
    return load_settings(home=tmp_path / "home", db=demo_db, webhook_batch_size=BATCH, webhook_retries=1,
                         webhook_timeout_s=0.5)


@pytest.fixture()
def approved(settings) -> int:
    with pipeline.open(settings) as svc:
        sub = pipeline.submit(svc, pipeline.user(svc, "maria"), SPAIN)
        pipeline.approve(svc, pipeline.user(svc, "rachel"), sub.version_id)
        assert sub.dry_run.final_size > 2 * BATCH
        return sub.version_id


def export(settings, version_id, url, **kw):
    with pipeline.open(settings) as svc:
        return pipeline.export(svc, pipeline.user(svc, "maria"), version_id, webhook_url=url, **kw)


def refused_port() -> str:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    return f"http://127.0.0.1:{port}/audiences"  # nothing listens there any more


@pytest.mark.parametrize("failure", [500, 400, 429, "refused", "hang"])
def test_a_failed_delivery_is_recorded_as_failed_not_exported(settings, approved, failure):
    hook = Webhook(lambda batch, attempt: failure) if failure != "refused" else None
    try:
        result = export(settings, approved, hook.url if hook else refused_port())
    finally:
        if hook:
            hook.close()
    assert result.status == "failed" and not result.ok and result.delivered == 0
    assert result.batches_delivered == 0 and result.failures
    with pipeline.open(settings) as svc:
        record = pipeline.exports(svc, approved)[0]
        assert record.status == "failed" and record.delivered == 0 and "0 of" in record.detail
        assert pipeline.version(svc, approved).status == "approved"  # not "exported": nothing reached anyone
    if failure == 400:
        assert hook.attempts == {0: 1}  # refused for good: not retried, and the next batches not tried in vain
    if failure in (500, 429):
        assert all(n == 2 for n in hook.attempts.values())  # retried once (webhook_retries=1)


def test_the_cli_exits_non_zero_when_delivery_failed(settings, approved):
    hook = Webhook(lambda batch, attempt: 500)
    try:
        out = subprocess.run([sys.executable, "-m", "assistant", "export", str(approved), "--as", "maria", "--webhook",
                              hook.url], capture_output=True, text=True, cwd=ROOT,
                             env={**os.environ, "AUDIENCE_HOME": str(settings.home), "AUDIENCE_DB": str(settings.db),
                                  "AUDIENCE_WEBHOOK_BATCH_SIZE": str(BATCH), "AUDIENCE_WEBHOOK_RETRIES": "0"})
    finally:
        hook.close()
    assert out.returncode == 1, out.stdout + out.stderr
    assert "failed" in out.stdout and "--resume 1" in out.stderr and "Traceback" not in out.stderr


def test_a_partial_delivery_is_counted_and_resumed_without_duplicates(settings, approved):
    down = {"now": True}
    hook = Webhook(lambda batch, attempt: 503 if batch >= 2 and down["now"] else 200)
    try:
        first = export(settings, approved, hook.url)
        assert first.status == "partial" and first.batches_delivered == 2 and first.delivered == 2 * BATCH
        assert first.batches > 3 and first.failures[0].startswith("batch 2: no success after 2 attempts")
        assert first.failures[1] == f"{first.batches - 3} batches not sent yet"  # stopped at the first failed batch
        down["now"] = False
        hook.attempts.clear()
        with pipeline.open(settings) as svc:
            resumed = pipeline.resume_export(svc, pipeline.user(svc, "maria"), first.export_id)
        assert resumed.status == "exported" and resumed.delivered == resumed.rows == first.rows
        assert set(hook.attempts) == set(range(2, first.batches))  # only the missing batches were sent
        assert all(len(keys) == 1 for keys in hook.keys_by_batch.values())  # batch 2 resent with its first key
        assert len(hook.contacts) == first.rows
        assert len(set(hook.contacts)) == first.rows  # every contact once
        with pipeline.open(settings) as svc:
            assert pipeline.version(svc, approved).status == "exported"
            record = pipeline.exports(svc, approved)[0]
            assert record.status == "exported" and record.destination == f"{record.file} + {hook.url}"
            with pytest.raises(DeliveryError, match="nothing to resume"):
                pipeline.resume_export(svc, pipeline.user(svc, "maria"), first.export_id)
    finally:
        hook.close()


def test_two_exports_never_share_an_idempotency_key(settings, approved):
    hook = Webhook()
    try:
        a = export(settings, approved, hook.url)
        keys_a = set(hook.keys_seen)
        b = export(settings, approved, hook.url)
    finally:
        hook.close()
    assert a.ok and b.ok and a.export_id != b.export_id
    assert keys_a.isdisjoint(set(hook.keys_seen) - keys_a) and len(set(hook.keys_seen)) == a.batches + b.batches


def test_a_webhook_that_is_not_http_is_refused_before_anything_is_written(settings, approved):
    for url in ("file:///etc/passwd", "not a url"):
        with pytest.raises(DeliveryError, match="not an http"):
            export(settings, approved, url)
    assert not settings.outbox.exists() or not any(settings.outbox.iterdir())
    with pipeline.open(settings) as svc:
        assert pipeline.exports(svc, approved) == []


SCRIPT = """
import sys
from assistant import pipeline
from assistant.settings import load_settings
with pipeline.open(load_settings()) as svc:
    pipeline.export(svc, pipeline.user(svc, "maria"), int(sys.argv[1]), webhook_url=sys.argv[2])
"""

STEPS = ["export_started", "export_write", "export_rename", "export_written", "export_batch", "export_delivered"]


def file_checksum(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def agree(settings) -> list[str]:
    """Every way the outbox and the store could disagree; [] when they agree."""
    problems = []
    with pipeline.open(settings) as svc:
        records = [r for v in pipeline.audiences(svc) for r in pipeline.exports(svc, v.version_id)]
    files = {p for p in settings.outbox.iterdir() if not p.name.startswith(".")} if settings.outbox.exists() else set()
    for r in records:
        if r.status in ("pending", "written"):
            problems.append(f"export {r.id} left {r.status}")
        if r.status in ("exported", "partial") and not (Path(r.file).exists() and file_checksum(Path(r.file)) == r.checksum):
            problems.append(f"export {r.id} recorded {r.status} without its file")
    recorded = {Path(r.file) for r in records if r.status != "failed" or Path(r.file).exists()}
    problems += [f"orphan file {p.name}" for p in files - recorded]
    problems += [f"temp file {p.name}" for p in files if p.name.endswith(".partial")]
    return problems


@pytest.mark.parametrize("step", STEPS)
def test_a_crash_at_any_export_step_is_reconciled_at_the_next_start(settings, approved, step):
    hook = Webhook()
    try:
        proc = subprocess.run([sys.executable, "-c", SCRIPT, str(approved), hook.url], capture_output=True, text=True,
                              cwd=ROOT, env={**os.environ, "AUDIENCE_HOME": str(settings.home),
                                             "AUDIENCE_DB": str(settings.db), "AUDIENCE_WEBHOOK_BATCH_SIZE": str(BATCH),
                                             "AUDIENCE_FAILPOINT": step})
        assert proc.returncode == 97, proc.stderr  # the process died at that step
        with pipeline.open(settings) as svc:
            notes = pipeline.recover_exports(svc)  # what the startup recovery did
            record = pipeline.exports(svc, approved)[0]
        assert notes and agree(settings) == [], (notes, agree(settings))
        if step in ("export_started", "export_write"):
            assert record.status == "failed" and hook.stored == {}  # no file, nothing sent
        elif step == "export_delivered":  # every batch was accepted; only the final commit was lost
            assert record.status == "exported" and len(hook.contacts) == len(set(hook.contacts)) == record.rows
        else:
            assert record.status in ("partial", "failed") and "--resume" in record.detail
            with pipeline.open(settings) as svc:
                done = pipeline.resume_export(svc, pipeline.user(svc, "maria"), record.id)
            assert done.status == "exported" and sorted(hook.contacts) == sorted(set(hook.contacts))
            assert len(hook.contacts) == done.rows and agree(settings) == []
    finally:
        hook.close()


def test_an_orphan_file_is_removed_and_a_finished_export_is_kept(settings, approved):
    result = export(settings, approved, None)
    orphan = settings.outbox / "export999_audience1_v1.csv"
    orphan.write_text("customer_id,email\n1,someone@example.com\n")
    stray = settings.outbox / (Path(result.file).name + ".partial")
    stray.write_text("half")
    with pipeline.open(settings) as svc:
        notes = pipeline.recover_exports(svc)
    assert not orphan.exists() and not stray.exists() and Path(result.file).exists()
    assert any("export999" in n for n in notes) and agree(settings) == []
    with pipeline.open(settings) as svc:
        report = pipeline.audit_verify(svc)
    assert report.ok, report.problems
