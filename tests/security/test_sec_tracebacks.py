"""Item 5: hostile or broken input gives one clear message, never a traceback."""
from __future__ import annotations

import datetime as dt
import json
import shutil
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


def test_deep_nesting_from_the_command_line(demo_db, tmp_path, cli):
    code, _, err = cli("dry-run", "--db", str(demo_db), "--sql", NESTED, home=tmp_path / "h")
    assert code == 1 and "nested" in err


def test_sqlglot_fallback_warning_never_reaches_the_terminal(demo_db, tmp_path):
    # A subprocess: the warning goes through logging to the process's own terminal, which pytest would capture.
    proc = run_cli("dry-run", "--db", str(demo_db), "--sql", "CALL pragma_version()",
                   env={"AUDIENCE_HOME": str(tmp_path / "h")})
    assert proc.returncode == 1 and "only SELECT" in proc.stderr
    assert "Falling back" not in proc.stderr + proc.stdout


@pytest.fixture(scope="module")
def approved_home(tmp_path_factory, demo_db):
    """A home folder whose store holds one approved version (built once, copied by each test)."""
    home = tmp_path_factory.mktemp("approved") / "home"
    with pipeline.open(load_settings(home=home, db=demo_db)) as svc:
        maria, rachel = pipeline.user(svc, "maria"), pipeline.user(svc, "rachel")
        defn = AudienceDefinition(as_of=A, channel="email", criteria=[Criterion(label="vip", sql=VIP)])
        sub = pipeline.submit(svc, maria, defn)
        pipeline.approve(svc, rachel, sub.version_id)
    return home, sub.version_id


@pytest.fixture()
def approved(approved_home, tmp_path, demo_db):
    """Services over a fresh copy of that store."""
    home, version_id = approved_home
    shutil.copytree(home, tmp_path / "home")
    settings = load_settings(home=tmp_path / "home", db=demo_db)
    svc = pipeline.open(settings)
    yield svc, settings, version_id
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


def test_webhook_url_from_the_command_line(approved, demo_db, cli):
    svc, settings, version_id = approved
    code, _, err = cli("export", str(version_id), "--as", "maria", "--db", str(demo_db), "--webhook", "file:///etc/passwd",
                       home=settings.home)
    assert code == 1 and "http" in err
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
def test_corrupt_store_pages_are_one_message(approved, demo_db, command, cli):
    svc, settings, version_id = approved
    svc.close()
    _corrupt_pages(settings.store_path, settings)
    args = [c.replace("{v}", str(version_id)) for c in command]
    code, out, err = cli(*args, "--db", str(demo_db), home=settings.home)
    assert code != 0, out
    assert "store" in err.lower() and err.count("error:") == 1, err


@pytest.mark.parametrize("bad", ['{"criteria": "not a list"}', "not json at all", '{"as_of": "yesterday"}'])
def test_malformed_definition_row_is_one_message(approved, demo_db, bad, cli):
    svc, settings, version_id = approved
    svc.close()
    con = sqlite3.connect(settings.store_path)
    con.execute("UPDATE versions SET definition = ? WHERE id = ?", (bad, version_id))
    con.commit()
    con.close()
    for args in (["review", "show", str(version_id)], ["export", str(version_id), "--as", "maria"]):
        code, _, err = cli(*args, "--db", str(demo_db), home=settings.home)
        assert code == 1, err
        assert f"version {version_id}" in err and "definition" in err
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
