"""Item 5: hostile or broken input gives one clear message, never a traceback."""
from __future__ import annotations

import datetime as dt
import json
import sqlite3

import pytest

from assistant import pipeline
from assistant.definition import AudienceDefinition, Criterion
from assistant.errors import AudienceError, GuardError, StoreError
from assistant.settings import load_settings
from assistant.sql.guard import check_sql
from conftest import run_cli

A = dt.date(2026, 9, 30)
NESTED = "SELECT customer_id FROM crm.customers WHERE customer_id = " + "(" * 50 + "1" + ")" * 50
VIP = "SELECT customer_id FROM crm.customers WHERE loyalty_tier = 'vip'"


@pytest.mark.parametrize("depth", [50, 200, 2000])
def test_deep_nesting_is_a_guard_error(catalog, depth):
    sql = "SELECT customer_id FROM crm.customers WHERE customer_id = " + "(" * depth + "1" + ")" * depth
    with pytest.raises(GuardError, match="nested"):
        check_sql(sql, catalog)


def test_deep_nesting_from_the_command_line(demo_db, tmp_path):
    proc = run_cli("dry-run", "--db", str(demo_db), "--sql", NESTED, env={"AUDIENCE_HOME": str(tmp_path / "h")})
    assert proc.returncode == 1 and "nested" in proc.stderr and "Traceback" not in proc.stderr


def test_sqlglot_fallback_warning_never_reaches_the_terminal(demo_db, tmp_path):
    proc = run_cli("dry-run", "--db", str(demo_db), "--sql", "CALL pragma_version()",
                   env={"AUDIENCE_HOME": str(tmp_path / "h")})
    assert proc.returncode == 1 and "only SELECT" in proc.stderr
    assert "Falling back" not in proc.stderr + proc.stdout


@pytest.fixture()
def approved(tmp_path, demo_db):
    """Services over a fresh store holding one approved version."""
    settings = load_settings(home=tmp_path / "home", db=demo_db)
    svc = pipeline.open(settings)
    maria, rachel = pipeline.user(svc, "maria"), pipeline.user(svc, "rachel")
    defn = AudienceDefinition(as_of=A, channel="email", criteria=[Criterion(label="vip", sql=VIP)])
    sub = pipeline.submit(svc, maria, defn)
    pipeline.approve(svc, rachel, sub.version_id)
    yield svc, settings, sub.version_id
    svc.close()


@pytest.mark.parametrize("url", ["file:///etc/passwd", "not a url", "ftp://example.com/x", "http://", "javascript:alert(1)",
                                 "http://exa mple.com/"])
def test_webhook_url_is_validated_before_anything_is_written(approved, url):
    svc, settings, version_id = approved
    with pytest.raises(AudienceError, match="http"):
        pipeline.export(svc, pipeline.user(svc, "maria"), version_id, webhook_url=url)
    assert not settings.outbox.exists() or not any(settings.outbox.rglob("*.*")), "a file was written first"
    assert pipeline.exports(svc, version_id) == []


def test_webhook_url_setting_is_validated_too(approved, monkeypatch):
    svc, settings, version_id = approved
    svc.settings = settings.model_copy(update={"webhook_url": "file:///etc/passwd"})
    with pytest.raises(AudienceError, match="http"):
        pipeline.export(svc, pipeline.user(svc, "maria"), version_id)
    assert not settings.outbox.exists() or not any(settings.outbox.rglob("*.*"))


def test_webhook_url_from_the_command_line(approved, demo_db):
    svc, settings, version_id = approved
    proc = run_cli("export", str(version_id), "--as", "maria", "--db", str(demo_db), "--webhook", "file:///etc/passwd",
                   env={"AUDIENCE_HOME": str(settings.home)})
    assert proc.returncode == 1 and "http" in proc.stderr and "Traceback" not in proc.stderr
    assert not settings.outbox.exists() or not any(settings.outbox.rglob("*.*"))


def _corrupt_pages(path, settings):
    con = sqlite3.connect(path)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    data = bytearray(path.read_bytes())
    page = 4096
    for start in range(page, len(data), page):  # every page but the first (the header and the schema)
        data[start: start + page] = b"\xa5" * page
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("command", [["review", "show", "{v}"], ["export", "{v}", "--as", "maria"], ["audit", "verify"],
                                     ["review", "list", "--all"]])
def test_corrupt_store_pages_are_one_message(approved, demo_db, command):
    svc, settings, version_id = approved
    svc.close()
    _corrupt_pages(settings.store_path, settings)
    args = [c.replace("{v}", str(version_id)) for c in command]
    proc = run_cli(*args, "--db", str(demo_db), env={"AUDIENCE_HOME": str(settings.home)})
    assert proc.returncode != 0, proc.stdout
    assert "Traceback" not in proc.stderr, proc.stderr
    assert "store" in proc.stderr.lower() and proc.stderr.count("error:") == 1, proc.stderr


@pytest.mark.parametrize("bad", ['{"criteria": "not a list"}', "not json at all", '{"as_of": "yesterday"}'])
def test_malformed_definition_row_is_one_message(approved, demo_db, bad):
    svc, settings, version_id = approved
    svc.close()
    con = sqlite3.connect(settings.store_path)
    con.execute("UPDATE versions SET definition = ? WHERE id = ?", (bad, version_id))
    con.commit()
    con.close()
    for args in (["review", "show", str(version_id)], ["export", str(version_id), "--as", "maria"]):
        proc = run_cli(*args, "--db", str(demo_db), env={"AUDIENCE_HOME": str(settings.home)})
        assert proc.returncode == 1 and "Traceback" not in proc.stderr, proc.stderr
        assert f"version {version_id}" in proc.stderr and "definition" in proc.stderr
    with pipeline.open(settings) as again:
        with pytest.raises(StoreError, match=f"version {version_id}"):
            pipeline.version(again, version_id)


def test_lone_surrogate_in_a_request_is_a_message(tmp_path, demo_db):
    from chat_server import ChatServer

    server = ChatServer([json.dumps({"criteria": [{"label": "vip", "phrase": "VIP", "sql": VIP}]})])
    try:
        settings = load_settings(home=tmp_path / "home", db=demo_db, llm_api_key="k", llm_base_url=server.url)
        with pipeline.open(settings) as svc:
            for backend in ("openai", "hybrid", "offline"):
                with pytest.raises(AudienceError, match="character"):
                    pipeline.translate(svc, "VIP customers \ud800 in France", backend=backend)
    finally:
        server.close()
