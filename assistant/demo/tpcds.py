"""Generate the TPC-DS warehouse (the second example) with DuckDB's tpcds extension, offline once set up.

An extension loads only into the DuckDB version it was built for, and the registry ships the tpcds
extension (`duckdb-extension-tpcds`, `duckdb-ext-tpcds`) for DuckDB 1.5.x at most, while this project
runs DuckDB 2.x. So dsdgen runs in a side environment pinned to the extension's DuckDB: a folder that
pip fills once (`pip install --target`), put first on PYTHONPATH of a child process
(`dsdgen_worker.py`), which writes Parquet. This process then loads the Parquet into the output file
with the project's DuckDB, so the warehouse is always in the project's storage format, declares the
dimension keys, and records the data team's 'today' in `meta.warehouse`.
"""
from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

import duckdb

from assistant.errors import DemoDataError

# The side environment: the newest extension build on the registry and the DuckDB it was built for.
SIDE_DUCKDB = "1.5.5"
SIDE_PINS = (f"duckdb=={SIDE_DUCKDB}", "duckdb-extension-tpcds==1.5.5")
EXTENSION_PACKAGE = "duckdb_extension_tpcds"

# The data team's 'today': the last day with store and web sales. Later rows (catalog sales and returns
# run past it) stay in the data; requests close their windows here.
TODAY = dt.date(2003, 1, 2)
DEFAULT_SCALE = 0.01
MIN_SCALE = 0.01  # below it dsdgen does not finish (tried: 0.001 ran for minutes without an answer)
MAX_SCALE = 100.0

# Dimension tables and their surrogate key, declared as primary keys (DuckDB enforces them and looks
# rows up by them). Fact tables have no single key and get none.
DIMENSION_KEYS = {
    "call_center": "cc_call_center_sk", "catalog_page": "cp_catalog_page_sk", "customer": "c_customer_sk",
    "customer_address": "ca_address_sk", "customer_demographics": "cd_demo_sk", "date_dim": "d_date_sk",
    "household_demographics": "hd_demo_sk", "income_band": "ib_income_band_sk", "item": "i_item_sk",
    "promotion": "p_promo_sk", "reason": "r_reason_sk", "ship_mode": "sm_ship_mode_sk", "store": "s_store_sk",
    "time_dim": "t_time_sk", "warehouse": "w_warehouse_sk", "web_page": "wp_web_page_sk", "web_site": "web_site_sk",
}
FACT_TABLES = ("catalog_returns", "catalog_sales", "inventory", "store_returns", "store_sales", "web_returns",
               "web_sales")
TABLES = tuple(sorted((*DIMENSION_KEYS, *FACT_TABLES)))

Progress = Callable[[int, int, str], None]
WORKER = Path(__file__).with_name("dsdgen_worker.py")


def side_environment(root: Path) -> Path:
    """The pinned side environment under `root`, installed with pip on first use (needs the registry once)."""
    folder = Path(root) / ("side-" + "-".join(p.replace("==", "-") for p in SIDE_PINS))
    if _extension_file(folder):
        return folder
    try:
        folder.parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=".installing-", dir=folder.parent))
    except OSError as exc:
        raise _install_error(folder, f"{exc.strerror}: {exc.filename}") from None
    cmd = [sys.executable, "-m", "pip", "install", "--quiet", "--no-input", "--disable-pip-version-check",
           "--target", str(staging), *SIDE_PINS]
    try:
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=900)
    except (OSError, subprocess.TimeoutExpired) as exc:
        shutil.rmtree(staging, ignore_errors=True)
        raise _install_error(folder, str(exc)) from None
    if done.returncode != 0 or not _extension_file(staging):
        shutil.rmtree(staging, ignore_errors=True)
        raise _install_error(folder, _last_line(done.stderr or done.stdout))
    shutil.rmtree(folder, ignore_errors=True)
    staging.replace(folder)  # a half-finished install is never taken for a ready one
    return folder


def _install_error(folder: Path, reason: str) -> DemoDataError:
    return DemoDataError(
        f"could not install the TPC-DS side environment ({' '.join(SIDE_PINS)}) into {folder}: {reason}",
        hint=f"it is installed once from the package registry (Linux x86-64 wheels); on a machine that reaches it, "
             f"run `{Path(sys.executable).name} -m pip install --target {folder} {' '.join(SIDE_PINS)}`, "
             "then generate again offline")


def _extension_file(folder: Path) -> Path | None:
    found = sorted((folder / EXTENSION_PACKAGE / "extensions").glob(f"v{SIDE_DUCKDB}/**/tpcds.duckdb_extension"))
    return found[0] if found else None


def _last_line(text: str) -> str:
    lines = [line.strip() for line in (text or "").splitlines() if line.strip()]
    return lines[-1] if lines else "no output"


def _run_dsdgen(side: Path, scale: float, parquet_dir: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(side)}
    # -P: the worker's folder (assistant/demo) is not put on sys.path, so nothing there can shadow duckdb.
    cmd = [sys.executable, "-s", "-P", str(WORKER), str(_extension_file(side)), repr(scale), str(parquet_dir), SIDE_DUCKDB]
    try:
        done = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=3600)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise DemoDataError(f"dsdgen could not run at scale {scale}: {exc}",
                            hint="check the side environment and the free space") from None
    if done.returncode != 0:
        raise DemoDataError(f"dsdgen failed at scale {scale}: {_last_line(done.stderr or done.stdout)}",
                            hint=f"delete {side} to reinstall the side environment, then generate again")


def _load(parquet_dir: Path, tmp: Path, scale: float, progress: Progress | None, base: int, total: int) -> dict[str, int]:
    con = duckdb.connect(str(tmp), config={"preserve_insertion_order": False})
    try:
        con.execute("SET enable_progress_bar = false")
        counts = {}
        for i, table in enumerate(TABLES):
            if progress:
                progress(base + i, total, table)
            source = parquet_dir / f"{table}.parquet"
            if not source.exists():
                raise DemoDataError(f"dsdgen wrote no {table} table", hint="the side environment's extension is not "
                                    "TPC-DS as expected: delete it and generate again")
            # Table names come from the fixed TABLES list and the path from our own temporary folder.
            con.execute(f'CREATE TABLE "{table}" AS SELECT * FROM read_parquet(?)', [str(source)])
            if table in DIMENSION_KEYS:
                con.execute(f'ALTER TABLE "{table}" ADD PRIMARY KEY ("{DIMENSION_KEYS[table]}")')
            counts[table] = con.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
        con.execute("CREATE SCHEMA meta")
        con.execute("CREATE TABLE meta.warehouse AS SELECT ?::DATE AS as_of, ?::DOUBLE AS scale_factor, "
                    "current_localtimestamp()::TIMESTAMP AS generated_at", [TODAY, scale])
        con.execute("CHECKPOINT")
        return counts
    finally:
        con.close()


def generate(out: Path, scale: float = DEFAULT_SCALE, *, env_root: Path, progress: Progress | None = None) -> dict[str, int]:
    """Write TPC-DS at `scale` to `out` atomically (a failure leaves no partial file); rows per table."""
    if not MIN_SCALE <= scale <= MAX_SCALE:
        raise DemoDataError(f"--scale must be between {MIN_SCALE:g} and {MAX_SCALE:g}, got {scale:g}",
                            hint="0.01 (1,000 customers) for tests, 1 (100,000 customers) for benchmarks")
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    total = 2 + len(TABLES)
    if progress:
        progress(0, total, "side environment")
    side = side_environment(env_root)
    tmp = out.with_name(out.name + ".partial")
    for stale in (tmp, Path(str(tmp) + ".wal")):
        stale.unlink(missing_ok=True)
    try:
        with tempfile.TemporaryDirectory(prefix="tpcds-", dir=out.parent) as parquet_dir:
            if progress:
                progress(1, total, f"dsdgen sf={scale:g}")
            _run_dsdgen(side, scale, Path(parquet_dir))
            counts = _load(Path(parquet_dir), tmp, scale, progress, 2, total)
    except duckdb.Error as exc:
        tmp.unlink(missing_ok=True)
        raise DemoDataError(f"could not write TPC-DS to {out}: {_last_line(str(exc))}",
                            hint="check the folder is writable and has space") from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    os.replace(tmp, out)
    if progress:
        progress(total, total, "done")
    return counts
