"""The embedded default engine: a DuckDB file (or a Parquet folder), read-only and sandboxed.

Defence in depth behind the SQL guard: even a query that slipped past it
cannot read or write files, attach databases, load extensions, change
settings or run forever. Each query gets a fresh cursor, so session state
(temp objects, `USE`, variables) cannot leak from one query to the next.
"""
from __future__ import annotations

import re
import threading
import time
from pathlib import Path

import duckdb
from sqlglot import exp

from assistant.edges.warehouse.base import Constraint, QueryResult, Warehouse, parquet_tables, scrub
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
        # Every name that reaches SQL is checked before the connection exists.
        tables = parquet_tables(self.path) if parquet else {}
        self.enrich = Path(enrich).resolve() if enrich and Path(enrich).exists() else None
        attached = {"enrich": self.enrich} if self.enrich else {}
        attached.update({_alias(a): Path(f).resolve() for a, f in (attach or {}).items()})
        config = {"autoload_known_extensions": False, "autoinstall_known_extensions": False,
                  "memory_limit": memory_limit, "threads": threads}
        if not parquet:
            config["access_mode"] = "READ_ONLY"
        try:
            self._con = duckdb.connect(":memory:" if parquet else str(self.path), config=config)
            # The sandbox first: from here on only the listed files are reachable, and only for reading.
            readable = [*tables.values(), *(p for f in attached.values() for p in (f, Path(f"{f}.wal")))]
            self._con.execute(f"SET allowed_paths = {_literal_list(readable)}")
            self._con.execute("SET enable_external_access = false")
            for alias, file in attached.items():  # materialised indicators and other sources, read-only
                self._con.execute(f"ATTACH ? AS {_identifier(alias)} (READ_ONLY)", [str(file)])
            for (schema, table), file in tables.items():
                self._con.execute(f"CREATE SCHEMA IF NOT EXISTS {_identifier(schema)}")
                self._con.execute(f"CREATE VIEW {_identifier(schema)}.{_identifier(table)} AS "
                                  f"SELECT * FROM read_parquet({_literal(file)})")
            # The engine's own limit, then lock: nothing a query does can change either.
            self._con.execute(f"SET max_execution_time = {int(time_limit_ms)}")
            self._con.execute("SET enable_progress_bar = false")
            self._con.execute("SET lock_configuration = true")
        except duckdb.Error as exc:
            raise WarehouseError(f"cannot open warehouse {self.path}: {scrub(str(exc))}",
                                 hint="check the file is a DuckDB database and not opened for writing by another program") from None

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

    @property
    def interrupt_after_s(self) -> float:
        """When a running query is interrupted: at the limit itself, not after a grace period."""
        return self.time_limit_ms / 1000

    def _execute(self, cursor, sql: str, params: list | None, cap: int) -> QueryResult:
        # max_execution_time is only checked between pipeline steps; the engine's interrupt stops any operator
        # (a cross join, a regex join, a recursive CTE) at the limit.
        timer = threading.Timer(self.interrupt_after_s, cursor.interrupt)
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
            raise WarehouseError(f"the warehouse refused the query: {scrub(str(exc))}",
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

    def constraints(self) -> list[Constraint]:
        """Primary, unique and foreign keys of the warehouse's own tables (a DuckDB foreign key stays in its schema)."""
        res = self.query("SELECT schema_name, table_name, constraint_type, constraint_column_names, referenced_table, "
                         "referenced_column_names FROM duckdb_constraints() WHERE constraint_type IN "
                         "('PRIMARY KEY', 'UNIQUE', 'FOREIGN KEY') ORDER BY schema_name, table_name, constraint_index",
                         max_rows=1_000_000)
        kinds = {"PRIMARY KEY": "primary", "UNIQUE": "unique", "FOREIGN KEY": "foreign"}
        return [Constraint(f"{schema}.{table}", kinds[kind], tuple(cols), f"{schema}.{ref}" if ref else None, tuple(refcols or ()))
                for schema, table, kind, cols, ref, refcols in res.rows]

    def close(self) -> None:
        self._con.close()


_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
def _alias(name: str) -> str:
    if not _NAME.match(name):
        raise WarehouseError(f"the attach alias {name!r} is not a plain name",
                             hint="use letters, digits and underscores in AUDIENCE_DUCKDB_ATTACH aliases")
    return name


def _identifier(name: str) -> str:
    return exp.to_identifier(name, quoted=True).sql(dialect="duckdb")


def _literal(value: object) -> str:
    return exp.Literal.string(str(value)).sql(dialect="duckdb")


def _literal_list(values: list) -> str:
    return exp.Array(expressions=[exp.Literal.string(str(v)) for v in values]).sql(dialect="duckdb")
