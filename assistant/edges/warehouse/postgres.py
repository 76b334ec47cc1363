"""PostgreSQL as the warehouse: read-only transactions, a statement timeout, SQL transpiled from DuckDB.

The SQL is guarded in DuckDB dialect first (the guard runs before transpiling),
then sqlglot renders it for PostgreSQL. The connection is read-only twice over:
the role should have SELECT only, and every session is set to
default_transaction_read_only with a statement_timeout.
"""
from __future__ import annotations

import re
import time

import sqlglot

from assistant.sql.dialects import boundary_date_diff
from assistant.errors import WarehouseError
from assistant.edges.warehouse.base import Constraint, QueryResult, Warehouse, scrub

_SECRET = re.compile(r"(password=)\S+|(://[^:/@]+:)[^@]+@", re.I)


def redact(dsn: str) -> str:
    """A DSN fit for messages and logs: the password never appears."""
    return _SECRET.sub(lambda m: (m.group(1) or m.group(2)) + "***" + ("@" if m.group(2) else ""), dsn)


class PostgresWarehouse(Warehouse):
    dialect = "postgres"

    def __init__(self, dsn: str, *, time_limit_ms: int = 10_000, max_rows: int = 1_000):
        import psycopg

        self._psycopg = psycopg
        self.dsn, self.time_limit_ms, self.max_rows = dsn, time_limit_ms, max_rows
        self.enrich = None
        try:
            self._con = psycopg.connect(dsn, autocommit=True)
            self._con.execute("SET default_transaction_read_only = on")
            self._con.execute(f"SET statement_timeout = {int(time_limit_ms)}")
            # Membership flags are `key IN (subquery)`: PostgreSQL hashes the subquery only when it fits in
            # work_mem, else it re-scans it per row (quadratic on a million customers).
            self._con.execute("SET work_mem = '256MB'")
        except psycopg.Error as exc:
            raise WarehouseError(f"cannot connect to PostgreSQL at {redact(dsn)}: {str(exc).strip().splitlines()[0]}",
                                 hint="check AUDIENCE_POSTGRES_DSN, that the server runs and the role may log in") from None

    def to_dialect(self, sql: str) -> str:
        tree = boundary_date_diff(sqlglot.parse_one(sql, read="duckdb"))
        return tree.sql(dialect="postgres", unsupported_level=sqlglot.ErrorLevel.RAISE)

    def run(self, statements: list[str], params: list | None = None, *, max_rows: int | None = None) -> list[QueryResult]:
        cap = self.max_rows if max_rows is None else max_rows
        out = []
        for i, sql in enumerate(statements):
            started = time.perf_counter()
            try:
                text = self.to_dialect(sql)
            except sqlglot.errors.SqlglotError as exc:
                raise WarehouseError(f"this query cannot be expressed for PostgreSQL: {str(exc).splitlines()[0]}",
                                     hint="simplify the criterion, or run it on DuckDB") from None
            try:
                if params:
                    raise WarehouseError("query parameters are not supported on PostgreSQL", hint="inline the values")
                with self._con.cursor() as cur:
                    cur.execute(text)
                    columns = [d.name for d in cur.description or []]
                    rows = cur.fetchmany(cap + 1) if cur.description else []
            except self._psycopg.errors.QueryCanceled:
                raise WarehouseError(f"the query ran longer than {self.time_limit_ms} ms and was stopped",
                                     hint="narrow the audience or raise AUDIENCE_QUERY_TIME_LIMIT_MS") from None
            except self._psycopg.Error as exc:
                raise WarehouseError(f"PostgreSQL refused the query: {scrub(str(exc))}",
                                     hint="check table and column names against the catalog") from None
            out.append(QueryResult(columns, [tuple(r) for r in rows[:cap]], len(rows) > cap,
                                   (time.perf_counter() - started) * 1000))
        return out

    def columns(self) -> dict[str, dict[str, str]]:
        res = self.query("SELECT table_schema || '.' || table_name, column_name, upper(data_type) FROM information_schema.columns "
                         "WHERE table_schema NOT IN ('pg_catalog', 'information_schema') ORDER BY table_schema, table_name, ordinal_position",
                         max_rows=1_000_000)
        out: dict[str, dict[str, str]] = {}
        for table, column, dtype in res.rows:
            out.setdefault(table, {})[column] = {"CHARACTER VARYING": "VARCHAR", "TEXT": "VARCHAR", "NUMERIC": "DECIMAL",
                                                 "DOUBLE PRECISION": "DOUBLE", "TIMESTAMP WITHOUT TIME ZONE": "TIMESTAMP"}.get(dtype, dtype)
        return out

    def constraints(self) -> list[Constraint]:
        """Single-column primary, unique and foreign keys, from pg_constraint: the information schema shows a
        table's constraints only to roles with more than SELECT on it, and the warehouse role is read-only."""
        res = self.query(
            "SELECT n.nspname || '.' || c.relname, con.contype, a.attname, fn.nspname || '.' || f.relname, fa.attname "
            "FROM pg_constraint AS con JOIN pg_class AS c ON c.oid = con.conrelid "
            "JOIN pg_namespace AS n ON n.oid = c.relnamespace "
            "JOIN pg_attribute AS a ON a.attrelid = c.oid AND a.attnum = con.conkey[1] "
            "LEFT JOIN pg_class AS f ON f.oid = con.confrelid LEFT JOIN pg_namespace AS fn ON fn.oid = f.relnamespace "
            "LEFT JOIN pg_attribute AS fa ON fa.attrelid = f.oid AND fa.attnum = con.confkey[1] "
            "WHERE con.contype IN ('p', 'u', 'f') AND cardinality(con.conkey) = 1 "
            "AND n.nspname NOT IN ('pg_catalog', 'information_schema') ORDER BY 1, 2, 3", max_rows=1_000_000)
        kinds = {"p": "primary", "u": "unique", "f": "foreign"}
        return [Constraint(table, kinds[kind], (column,), ref_table if kind == "f" else None,
                           (ref_column,) if kind == "f" else ())
                for table, kind, column, ref_table, ref_column in res.rows]

    def signature(self) -> str:
        changes = self.scalar("SELECT coalesce(sum(n_tup_ins + n_tup_upd + n_tup_del), 0) FROM pg_stat_user_tables")
        return f"{redact(self.dsn)}|{changes}"

    def close(self) -> None:
        self._con.close()
