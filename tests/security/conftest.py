"""Helpers of the security suite: hostile catalogs written to disk, a small Parquet folder, the CLI in a subprocess."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import duckdb
import pytest
import yaml

from assistant.settings import DEMO_CATALOG
from schema_catalog import load_catalog


@pytest.fixture()
def hostile_catalog(tmp_path):
    """Write the demo catalog changed by `mutate(data)` to a file and load it (so problems carry file and line)."""
    def make(mutate, name="hostile.yaml"):
        data = yaml.safe_load(Path(DEMO_CATALOG).read_text())
        mutate(data)
        path = tmp_path / name
        path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True))
        return load_catalog(path)
    return make


@pytest.fixture()
def parquet_folder(tmp_path):
    """A warehouse folder with one small, well-named table: crm.customers.parquet."""
    folder = tmp_path / "pq"
    folder.mkdir()
    con = duckdb.connect()
    con.sql("SELECT range AS customer_id FROM range(10)").write_parquet(str(folder / "crm.customers.parquet"))
    con.close()
    return folder


@pytest.fixture()
def cli(monkeypatch, capsys):
    """The `audience` command run in this process: (exit code, stdout, stderr). An exception escaping it (what a
    user would see as a traceback) fails the test."""
    from assistant.cli.main import main

    def run(*args: str, home: Path) -> tuple[int, str, str]:
        monkeypatch.setenv("AUDIENCE_HOME", str(home))
        capsys.readouterr()
        code = main(list(args))
        captured = capsys.readouterr()
        return code, captured.out, captured.err
    return run


def run_cli(*args: str, cwd: Path | None = None, env: dict | None = None) -> subprocess.CompletedProcess:
    import os

    full = {**os.environ, **(env or {})}
    return subprocess.run([sys.executable, "-m", "assistant", *args], capture_output=True, text=True, cwd=cwd, env=full,
                          timeout=240)
