#!/usr/bin/env python3
"""The README's two commands: `python3 dev.py app` and `python3 dev.py test`.

Uses only the standard library so that it runs on a fresh machine with nothing
but Python 3.11+. It creates `.venv` when missing (or when pyproject.toml
changed since the last install), then hands over to the project's own tools.
"""
from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")
STAMP = VENV / ".installed-sha256"
LOCK = ROOT / "requirements.lock"


def _pyproject_digest() -> str:
    """Changes when the project's dependencies or the locked versions change."""
    return hashlib.sha256((ROOT / "pyproject.toml").read_bytes() + LOCK.read_bytes()).hexdigest()


def ensure_venv() -> None:
    """Create the virtualenv and install the project (with test extras) once."""
    if sys.version_info < (3, 11):
        sys.exit(f"Python 3.11 or newer is needed; this is {sys.version.split()[0]}.")
    if not PYTHON.exists():
        print(f"Creating virtualenv in {VENV} ...", flush=True)
        venv.create(VENV, with_pip=True)
    if STAMP.exists() and STAMP.read_text() == _pyproject_digest():
        return
    # The locked versions (with hashes) first, so every fresh machine gets the versions the suite passed with;
    # then the project itself, without resolving anything again. pip's own progress shows what it is doing.
    pip = [str(PYTHON), "-m", "pip", "install", "--disable-pip-version-check", "--progress-bar", "on"]
    print(f"[1/2] Installing the locked dependencies ({LOCK.name}) into .venv ...", flush=True)
    subprocess.run(pip + ["--require-hashes", "-r", str(LOCK)], check=True)
    print("[2/2] Installing the project (editable) ...", flush=True)
    subprocess.run(pip + ["-q", "--no-deps", "-e", str(ROOT)], check=True)
    STAMP.write_text(_pyproject_digest())


def run_app(extra: list[str]) -> int:
    # The CLI generates the demo warehouse (with a progress bar) when missing and no warehouse is configured.
    if not os.environ.get("AUDIENCE_DB") and os.environ.get("AUDIENCE_ENGINE", "duckdb") == "duckdb":
        subprocess.run([str(BIN / "audience"), "demo-data", "--if-missing"], check=True)
    cmd = [str(PYTHON), "-m", "streamlit", "run", str(ROOT / "ui" / "app.py"), "--server.headless", "true",
           "--browser.gatherUsageStats", "false", "--client.showErrorDetails", "false", *extra]
    return subprocess.call(cmd, cwd=ROOT)


def run_tests(extra: list[str]) -> int:
    # One worker per core, a test file per worker (a file's servers and Spark session are started once):
    # the suite spends much of its time waiting on subprocesses, servers and the browser.
    workers = str(min(os.cpu_count() or 1, 4))       # each worker builds its own demo warehouse: a few are enough
    # conftest.py orders the files (the longest first); xdist must not reorder them by their number of tests
    parallel = ["-n", workers, "--dist", "loadfile", "--no-loadscope-reorder"]
    parallel = [] if any(a.startswith("-n") for a in extra) else parallel
    return subprocess.call([str(PYTHON), "-m", "pytest", *parallel, *extra], cwd=ROOT)


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in {"app", "test", "setup"}:
        print("usage: python3 dev.py app|test|setup [extra args]", file=sys.stderr)
        return 2
    ensure_venv()
    command, extra = argv[0], argv[1:]
    if command == "app":
        return run_app(extra)
    if command == "test":
        return run_tests(extra)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
