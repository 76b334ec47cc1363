"""Run inside the side environment: load the tpcds extension, run dsdgen, write one Parquet file per table.

Started by `assistant.demo.tpcds` as `python -s dsdgen_worker.py EXTENSION SCALE OUT_DIR VERSION` with the
side environment first on PYTHONPATH. It imports only the standard library and that environment's duckdb,
never the project (whose DuckDB cannot load this extension).
"""
from __future__ import annotations

import sys
from pathlib import Path

import duckdb


def main(extension: str, scale: float, out_dir: Path, version: str) -> None:
    if duckdb.__version__ != version:
        # PYTHONPATH did not win over the project's site-packages: say so instead of failing on LOAD.
        sys.exit(f"the side environment's duckdb was not imported (got {duckdb.__version__} from {duckdb.__file__}, "
                 f"wanted {version})")
    con = duckdb.connect()
    con.execute("SET enable_progress_bar = false")
    con.execute("LOAD " + "'" + extension.replace("'", "''") + "'")
    con.execute("CALL dsdgen(sf = ?)", [scale])
    out_dir.mkdir(parents=True, exist_ok=True)
    for (table,) in con.execute("SELECT table_name FROM duckdb_tables() ORDER BY table_name").fetchall():
        target = str(out_dir / f"{table}.parquet").replace("'", "''")
        con.execute(f"COPY \"{table}\" TO '{target}' (FORMAT PARQUET)")
    con.close()


if __name__ == "__main__":
    main(sys.argv[1], float(sys.argv[2]), Path(sys.argv[3]), sys.argv[4])
