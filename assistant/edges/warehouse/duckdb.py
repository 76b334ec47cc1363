"""The embedded default engine: a DuckDB file (or a Parquet folder), read-only and sandboxed.

Defence in depth behind the SQL guard: even a query that slipped past it
cannot read or write files, attach databases, load extensions, change
settings or run forever. Each query gets a fresh cursor, so session state
(temp objects, `USE`, variables) cannot leak from one query to the next.
"""
from __future__ import annotations

import threading
import time
from pathlib import Path

import duckdb

from assistant.edges.warehouse.base import QueryResult, Warehouse
from assistant.errors import WarehouseError


class DuckDBWarehouse(Warehouse):
    """A read-only, locked-down DuckDB connection to one warehouse file (the embedded default engine)."""

    def __init__(self, path: str | Path, *, time_limit_ms: int = 10_000, memory_limit: str = "2GB",
                 threads: int = 2, max_rows: int = 1_000, enrich: Path | None = None,
                 attach: dict[str, Path] | None = None):
        """`path` is a DuckDB file, or a folder of schema.table.parquet files; `attach` adds more DuckDB files
        (alias -> file) for multi-source setups: a table `crm.customers` resolves to the file attached as `crm`."""
        self.path = Path(path)
        self.time_limit_ms = time_limit_ms
        self.max_rows = max_rows
        if not self.path.exists():
            raise WarehouseError(f"warehouse not found: {self.path}",
                                 hint="run `audience demo-data` for the demo warehouse, or pass --db / set AUDIENCE_DB")
        parquet = self.path.is_dir()
        config = {"autoload_known_extensions": False, "autoinstall_known_extensions": False,
                  "memory_limit": memory_limit, "threads": threads}
        if not parquet:
            config["access_mode"] = "READ_ONLY"
        try:
            self._con = duckdb.connect(":memory:" if parquet else str(self.path), config=config)
            self.enrich = Path(enrich) if enrich and Path(enrich).exists() else None
            if self.enrich:  # materialised daily indicators, attached read-only before files are shut off
                self._con.execute(f"ATTACH '{self.enrich.resolve()}' AS enrich (READ_ONLY)")
            for alias, file in (attach or {}).items():
                self._con.execute(f"ATTACH '{Path(file).resolve()}' AS \"{alias}\" (READ_ONLY)")
            if parquet:
                self._parquet_views()
            self._con.execute("SET enable_external_access = false")
            # Set the time limit, then lock: nothing a query does can change either.
            self._con.execute(f"SET max_execution_time = {int(time_limit_ms)}")
            self._con.execute("SET enable_progress_bar = false")
            self._con.execute("SET lock_configuration = true")
        except duckdb.Error as exc:
            raise WarehouseError(f"cannot open warehouse {self.path}: {_first_line(exc)}",
                                 hint="check the file is a DuckDB database and not opened for writing by another program") from None

    def _parquet_views(self) -> None:
        """A Parquet folder as schemas of views; only that folder stays readable once files are shut off."""
        folder = self.path.resolve()
        self._con.execute(f"SET allowed_directories = ['{folder}/']")
        for file in sorted(folder.glob("*.*.parquet")):
            schema, table = file.name[: -len(".parquet")].split(".", 1)
            self._con.execute(f'CREATE SCHEMA IF NOT EXISTS "{schema}"')
            self._con.execute(f"CREATE VIEW \"{schema}\".\"{table}\" AS SELECT * FROM read_parquet('{file}')")

    @classmethod
    def from_settings(cls, settings, catalog=None) -> DuckDBWarehouse:
        from assistant.edges.warehouse.enrich import enrich_path

        enrich = enrich_path(settings.home, settings.warehouse_path, catalog) if catalog is not None else None
        return cls(settings.warehouse_path, time_limit_ms=settings.query_time_limit_ms, memory_limit=settings.memory_limit,
                   threads=settings.threads, max_rows=settings.max_rows, enrich=enrich, attach=settings.duckdb_attach)

    def materialised(self) -> dict[str, str]:
        """Daily indicators materialised beside this warehouse: {name: as_of}."""
        if not self.enrich:
            return {}
        rows = self.query("SELECT indicator, CAST(as_of AS VARCHAR) FROM enrich._materialised", max_rows=10_000).rows
        return dict(rows)

    def run(self, statements: list[str], params: list | None = None, *, max_rows: int | None = None) -> list[QueryResult]:
        """Run statements in order on one fresh cursor (so they can share temp tables), each under the time limit.

        The cursor, and any temp table on it, is gone when this returns.
        """
        cap = self.max_rows if max_rows is None else max_rows
        cursor = self._con.cursor()
        try:
            return [self._execute(cursor, sql, params if i == len(statements) - 1 else None, cap)
                    for i, sql in enumerate(statements)]
        finally:
            cursor.close()

    def _execute(self, cursor, sql: str, params: list | None, cap: int) -> QueryResult:
        # Backstop for the engine's own limit: interrupt a little after it.
        timer = threading.Timer(self.time_limit_ms / 1000 * 1.5 + 0.5, cursor.interrupt)
        timer.start()
        started = time.perf_counter()
        try:
            cursor.execute(sql, params or [])
            columns = [d[0] for d in cursor.description or []]
            rows = cursor.fetchmany(cap + 1) if cursor.description else []
        except duckdb.InterruptException:
            raise WarehouseError(f"the query ran longer than {self.time_limit_ms} ms and was stopped",
                                 hint="narrow the audience or raise the query_time_limit_ms setting (AUDIENCE_QUERY_TIME_LIMIT_MS)") from None
        except duckdb.Error as exc:
            raise WarehouseError(f"the warehouse refused the query: {_first_line(exc)}",
                                 hint="check table and column names against the catalog (`audience catalog show`)") from None
        finally:
            timer.cancel()
        elapsed = (time.perf_counter() - started) * 1000
        return QueryResult(columns, rows[:cap], len(rows) > cap, elapsed)

    def signature(self) -> str:
        """Changes whenever the data may have changed (value indexes are rebuilt on a new signature)."""
        files = sorted(self.path.glob("*.parquet")) if self.path.is_dir() else [self.path]
        return "|".join(f"{f.resolve()}:{f.stat().st_size}:{f.stat().st_mtime_ns}" for f in files)

    def columns(self) -> dict[str, dict[str, str]]:
        """{schema.table: {column: type}} as the warehouse has them."""
        res = self.query("SELECT schema_name, table_name, column_name, data_type FROM duckdb_columns() "
                         "WHERE NOT internal ORDER BY schema_name, table_name, column_index", max_rows=1_000_000)
        out: dict[str, dict[str, str]] = {}
        for schema, table, column, dtype in res.rows:
            out.setdefault(f"{schema}.{table}", {})[column] = dtype
        return out

    def close(self) -> None:
        self._con.close()


def _first_line(exc: Exception) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
