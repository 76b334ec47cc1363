"""Settings are documented and overridable; the CLI's edges give clear errors, never tracebacks."""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from assistant.errors import SettingsError
from assistant.settings import Settings, load_settings

ROOT = Path(__file__).resolve().parent.parent


def test_every_setting_is_documented():
    undocumented = [n for n, f in Settings.model_fields.items() if not f.description]
    assert undocumented == []


def test_every_setting_is_in_the_readme():
    readme = (ROOT / "README.md").read_text()
    missing = [f"AUDIENCE_{n.upper()}" for n in Settings.model_fields if f"AUDIENCE_{n.upper()}" not in readme]
    assert missing == []


def test_environment_overrides_and_flags_win(monkeypatch, tmp_path):
    monkeypatch.setenv("AUDIENCE_DB", str(tmp_path / "x.duckdb"))
    monkeypatch.setenv("AUDIENCE_QUERY_TIME_LIMIT_MS", "1234")
    s = load_settings()
    assert s.warehouse_path == tmp_path / "x.duckdb" and s.query_time_limit_ms == 1234
    assert load_settings(db=tmp_path / "y.duckdb").warehouse_path == tmp_path / "y.duckdb"


def test_bad_setting_names_the_variable(monkeypatch):
    monkeypatch.setenv("AUDIENCE_THREADS", "many")
    with pytest.raises(SettingsError, match="AUDIENCE_THREADS"):
        load_settings()


def run_cli(*args, env_home: Path | None = None):
    return subprocess.run([sys.executable, "-m", "assistant", *args], capture_output=True, text=True)


def test_demo_data_command_writes_the_requested_warehouse(tmp_path):
    out = tmp_path / "w.duckdb"
    proc = run_cli("demo-data", "--customers", "200", "--as-of", "2026-01-31", "--seed", "3", "--out", str(out))
    assert proc.returncode == 0, proc.stderr
    # the progress ('120/200') goes to stderr, never to stdout (whose path may hold 'pytest-200/')
    assert not re.search(r"\b\d+/\d+\b", proc.stdout) and "Demo warehouse ready" in proc.stdout, proc.stdout
    assert "lookups" in proc.stderr  # the progress bar names the steps
    con = duckdb.connect(str(out), read_only=True)
    assert con.execute("SELECT as_of, customers, seed FROM meta.warehouse").fetchall()[0][1:] == (200, 3)
    con.close()
    again = run_cli("demo-data", "--if-missing", "--out", str(out))
    assert again.returncode == 0 and "lookups" not in again.stderr


def test_demo_warehouse_is_generated_on_first_use(tmp_path, monkeypatch):
    monkeypatch.setenv("AUDIENCE_DEMO_CUSTOMERS", "150")
    proc = run_cli("catalog", "check")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert (tmp_path / "home" / "demo_warehouse.duckdb").exists()


@pytest.mark.parametrize("args,expect", [
    (["catalog", "check", "--db", "/nonexistent/w.duckdb"], "warehouse not found"),
    (["demo-data", "--as-of", "31/12/2026"], "is not a date"),
    (["catalog", "show", "--catalog", "/nonexistent.yaml"], "cannot read catalog file"),
])
def test_user_errors_are_messages(args, expect):
    proc = run_cli(*args)
    assert proc.returncode != 0
    assert expect in proc.stderr
    assert "Traceback" not in proc.stderr
