"""Copy a DuckDB warehouse into PostgreSQL, or write it as Parquet for Spark (`audience demo-data --postgres/--parquet`)."""
from __future__ import annotations

import tempfile
from pathlib import Path

import duckdb

from assistant.edges.warehouse.postgres import redact  # noqa: F401 - the CLI prints DSNs redacted

_PG_TYPES = {"VARCHAR": "TEXT", "DOUBLE": "DOUBLE PRECISION", "FLOAT": "REAL"}


def _tables(con) -> list[tuple[str, str]]:
    return con.execute("SELECT schema_name, table_name FROM duckdb_tables() ORDER BY ALL").fetchall()


def load_into_postgres(duckdb_path: Path, dsn: str) -> dict[str, int]:
    """Schemas, tables (same names and types) and rows, in one PostgreSQL transaction."""
    import psycopg

    counts = {}
    src = duckdb.connect(str(duckdb_path), read_only=True)
    try:
        with tempfile.TemporaryDirectory() as tmp, psycopg.connect(dsn) as pg:
            for schema, table in _tables(src):
                cols = src.execute("SELECT column_name, data_type FROM duckdb_columns() WHERE schema_name = ? AND table_name = ? "
                                   "ORDER BY column_index", [schema, table]).fetchall()
                ddl = ", ".join(f'"{c}" {_PG_TYPES.get(t, t)}' for c, t in cols)
                pg.execute(f'CREATE SCHEMA IF NOT EXISTS "{schema}"')
                pg.execute(f'DROP TABLE IF EXISTS "{schema}"."{table}"')
                pg.execute(f'CREATE TABLE "{schema}"."{table}" ({ddl})')
                csv = Path(tmp) / f"{schema}.{table}.csv"
                src.execute(f"COPY \"{schema}\".\"{table}\" TO '{csv}' (HEADER, DELIMITER ',')")
                with pg.cursor() as cur, cur.copy(f'COPY "{schema}"."{table}" FROM STDIN (FORMAT csv, HEADER true)') as copy:
                    with open(csv, "rb") as f:
                        while chunk := f.read(1 << 20):
                            copy.write(chunk)
                counts[f"{schema}.{table}"] = src.execute(f'SELECT count(*) FROM "{schema}"."{table}"').fetchall()[0][0]
            pg.execute("ANALYZE")
    finally:
        src.close()
    return counts


def write_parquet(duckdb_path: Path, out_dir: Path) -> dict[str, Path]:
    """One Parquet file per table, named schema.table.parquet."""
    out_dir.mkdir(parents=True, exist_ok=True)
    src = duckdb.connect(str(duckdb_path), read_only=True)
    try:
        files = {}
        for schema, table in _tables(src):
            path = out_dir / f"{schema}.{table}.parquet"
            src.execute(f"COPY \"{schema}\".\"{table}\" TO '{path}' (FORMAT PARQUET)")
            files[f"{schema}.{table}"] = path
        return files
    finally:
        src.close()
