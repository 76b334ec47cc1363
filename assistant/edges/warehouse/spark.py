"""Apache Spark as the warehouse: Parquet tables, SQL transpiled from DuckDB, queries cancelled at the time limit.

Local mode in tests (`local[N]`), any cluster through a master URL, or Spark
Connect (`sc://host`). Spark has no read-only session, so only a single
SELECT (checked on sqlglot's tree, after the guard) is ever handed to it; a
query past the time limit has its job group cancelled.
"""
from __future__ import annotations

import threading
from itertools import islice
import time
import uuid
from pathlib import Path

import sqlglot
from sqlglot import exp

from assistant.sql.dialects import boundary_date_diff
from assistant.errors import WarehouseError
from assistant.edges.warehouse.base import QueryResult, Warehouse, parquet_tables, scrub


class SparkWarehouse(Warehouse):
    dialect = "spark"

    def __init__(self, parquet_dir: Path, *, master: str = "local[2]", time_limit_ms: int = 60_000, max_rows: int = 1_000,
                 config: dict[str, str] | None = None):
        """`config`: more Spark settings for the session, given to it as it is built (so the driver's own, such
        as its JVM options, apply when this is the process's first session)."""
        self.parquet_dir, self.time_limit_ms, self.max_rows = Path(parquet_dir), time_limit_ms, max_rows
        self.enrich = None
        if not self.parquet_dir.is_dir():
            raise WarehouseError(f"no Parquet folder at {self.parquet_dir}",
                                 hint="write one with `audience demo-data --parquet DIR` or set AUDIENCE_SPARK_PARQUET")
        try:
            from pyspark.sql import SparkSession
        except ImportError:
            raise WarehouseError("the Spark engine needs pyspark", hint="pip install pyspark (and a Java 17 runtime)") from None
        builder = SparkSession.builder.appName("audience-builder")
        builder = builder.remote(master) if master.startswith("sc://") else builder.master(master)
        local = master.startswith("local")
        builder = (builder.config("spark.ui.enabled", "false").config("spark.ui.showConsoleProgress", "false")
                   .config("spark.sql.shuffle.partitions", "2" if local else "200")
                   .config("spark.sql.session.timeZone", "UTC"))
        for key, value in (config or {}).items():
            builder = builder.config(key, value)
        self.spark = builder.getOrCreate()
        self.spark.sparkContext.setLogLevel("ERROR")
        self.tables = parquet_tables(self.parquet_dir)  # names refused unless schema.table.parquet
        files = _files_database({schema for schema, _ in self.tables})
        self.spark.sql(f"CREATE DATABASE IF NOT EXISTS {_quote(files)}")
        for i, ((schema, table), path) in enumerate(self.tables.items()):
            self.spark.sql(f"CREATE DATABASE IF NOT EXISTS {_quote(schema)}")
            self._register(schema, table, path, f"{_quote(files)}.{_quote(f't{i}')}")
            if local:  # one machine: keep the tables in memory rather than re-reading Parquet per query
                self.spark.sql(f"CACHE TABLE {_quote(schema)}.{_quote(table)}")

    def _register(self, schema: str, table: str, path: Path, file_table: str) -> None:
        # The file as a table of the session's catalog, its schema read once: a view over `parquet.<path>` had
        # Spark list the file and read its schema again at every reference of every query (the golden set's 420
        # queries on local Spark: a fifth of their CPU). Queries name the view, in its schema, and can write nothing.
        self.spark.sql(f"DROP TABLE IF EXISTS {file_table}")
        self.spark.sql(f"CREATE TABLE {file_table} USING parquet LOCATION {_string(str(path))}")
        self.spark.sql(f"CREATE OR REPLACE VIEW {_quote(schema)}.{_quote(table)} AS SELECT * FROM {file_table}")

    def to_dialect(self, sql: str) -> str:
        tree = sqlglot.parse_one(sql, read="duckdb")
        if not isinstance(tree, exp.Query):
            raise WarehouseError("only SELECT queries run on Spark", hint="the guard should have refused this query")
        return boundary_date_diff(tree).sql(dialect="spark", unsupported_level=sqlglot.ErrorLevel.RAISE)

    def run(self, statements: list[str], params: list | None = None, *, max_rows: int | None = None) -> list[QueryResult]:
        if params:
            raise WarehouseError("query parameters are not supported on Spark", hint="inline the values")
        cap = self.max_rows if max_rows is None else max_rows
        return [self._one(sql, cap) for sql in statements]

    def _one(self, sql: str, cap: int) -> QueryResult:
        try:
            text = self.to_dialect(sql)
        except sqlglot.errors.SqlglotError as exc:
            raise WarehouseError(f"this query cannot be expressed for Spark: {str(exc).splitlines()[0]}",
                                 hint="simplify the criterion, or run it on DuckDB") from None
        group = f"audience-{uuid.uuid4().hex}"
        sc = self.spark.sparkContext
        result: dict = {}
        started = time.perf_counter()

        def work():
            sc.setJobGroup(group, "audience query", interruptOnCancel=True)
            try:
                df = self.spark.sql(text)
                result["columns"] = df.columns
                # ORDER BY + LIMIT n makes Spark keep n rows in a heap: stream big results instead.
                rows = df.limit(cap + 1).collect() if cap <= 100_000 else islice(df.toLocalIterator(), cap + 1)
                result["rows"] = [tuple(r) for r in rows]
            except Exception as exc:  # noqa: BLE001 - Spark raises many types; all become one message
                result["error"] = exc

        worker = threading.Thread(target=work, daemon=True)
        worker.start()
        worker.join(self.time_limit_ms / 1000)
        if worker.is_alive():
            sc.cancelJobGroup(group)
            worker.join(10)
            raise WarehouseError(f"the query ran longer than {self.time_limit_ms} ms and was cancelled",
                                 hint="narrow the audience or raise AUDIENCE_QUERY_TIME_LIMIT_MS")
        if "error" in result:
            first = scrub(_cause(result["error"]))
            raise WarehouseError(f"Spark refused the query: {first}", hint="check table and column names against the catalog")
        rows = result["rows"]
        return QueryResult(result["columns"], rows[:cap], len(rows) > cap, (time.perf_counter() - started) * 1000)

    def columns(self) -> dict[str, dict[str, str]]:
        out: dict[str, dict[str, str]] = {}
        for schema, table in self.tables:
            df = self.spark.table(f"{_quote(schema)}.{_quote(table)}")
            out[f"{schema}.{table}"] = {f.name: f.dataType.simpleString().upper() for f in df.schema.fields}
        return out

    def signature(self) -> str:
        files = sorted(self.parquet_dir.glob("*.*.parquet"))
        return "|".join(f"{p.name}:{p.stat().st_mtime_ns}" for p in files)

    def close(self) -> None:
        pass  # the session is shared by the process; Spark stops it at exit


def _quote(name: str) -> str:
    return exp.to_identifier(name, quoted=True).sql(dialect="spark")


def _string(value: str) -> str:
    return exp.Literal.string(value).sql(dialect="spark")


def _files_database(schemas: set[str]) -> str:
    """The database holding the Parquet files as tables: one that is none of the warehouse's schemas."""
    name = "_parquet_files"
    while name.lower() in {s.lower() for s in schemas}:
        name += "_"
    return name


def _cause(exc: Exception) -> str:
    """The informative line of a Spark error (Py4J wraps the Java exception under a generic first line)."""
    lines = [ln.strip(": \t") for ln in str(exc).splitlines() if ln.strip()]
    for ln in lines:
        if ln.startswith("[") or "Exception:" in ln or "Error:" in ln:
            return ln[:300]
    return lines[0][:300] if lines else type(exc).__name__
