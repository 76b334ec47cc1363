"""Copy a DuckDB warehouse into PostgreSQL, or write it as Parquet for Spark (`audience demo-data --postgres/--parquet`)."""
from __future__ import annotations

import tempfile
from pathlib import Path

import duckdb
from sqlglot import exp

from assistant.edges.warehouse.postgres import redact  # noqa: F401 - the CLI prints DSNs redacted

_PG_TYPES = {"VARCHAR": "TEXT", "DOUBLE": "DOUBLE PRECISION", "FLOAT": "REAL"}


def _tables(con) -> list[tuple[str, str]]:
    return con.execute("SELECT schema_name, table_name FROM duckdb_tables() ORDER BY ALL").fetchall()


def _select_all(schema: str, table: str) -> str:
    """SELECT * FROM "schema"."table", quoted by sqlglot (names and paths are never pasted into SQL)."""
    return exp.select("*").from_(exp.table_(table, db=schema, quoted=True)).sql(dialect="duckdb")


def load_into_postgres(duckdb_path: Path, dsn: str) -> dict[str, int]:
    """Schemas, tables (same names and types) and rows, in one PostgreSQL transaction."""
    import psycopg
    from psycopg import sql

    counts = {}
    src = duckdb.connect(str(duckdb_path), read_only=True)
    try:
        with tempfile.TemporaryDirectory() as tmp, psycopg.connect(dsn) as pg:
            for schema, table in _tables(src):
                cols = src.execute("SELECT column_name, data_type FROM duckdb_columns() WHERE schema_name = ? AND table_name = ? "
                                   "ORDER BY column_index", [schema, table]).fetchall()
                name = sql.Identifier(schema, table)
                ddl = sql.SQL(", ").join(sql.SQL("{} {}").format(sql.Identifier(c), sql.SQL(_PG_TYPES.get(t, t)))
                                         for c, t in cols)
                pg.execute(sql.SQL("CREATE SCHEMA IF NOT EXISTS {}").format(sql.Identifier(schema)))
                pg.execute(sql.SQL("DROP TABLE IF EXISTS {}").format(name))
                pg.execute(sql.SQL("CREATE TABLE {} ({})").format(name, ddl))
                csv = Path(tmp) / f"{schema}.{table}.csv"
                src.sql(_select_all(schema, table)).write_csv(str(csv), header=True)
                with pg.cursor() as cur, cur.copy(sql.SQL("COPY {} FROM STDIN (FORMAT csv, HEADER true)").format(name)) as copy:
                    with open(csv, "rb") as f:
                        while chunk := f.read(1 << 20):
                            copy.write(chunk)
                counts[f"{schema}.{table}"] = src.sql(_select_all(schema, table)).count("*").fetchall()[0][0]
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
            src.sql(_select_all(schema, table)).write_parquet(str(path))
            files[f"{schema}.{table}"] = path
        return files
    finally:
        src.close()
