"""SQL for other engines: sqlglot's transpiler plus rewrites that keep DuckDB's meaning.

DuckDB's date_diff counts unit boundaries crossed (date_diff('year', '2000-12-31',
'2001-01-01') = 1); Spark's DATEDIFF(YEAR, ...) counts whole units elapsed. sqlglot
renders one as the other, silently. Spelled out with year()/month(), both agree.
"""
from __future__ import annotations

import datetime as dt

import sqlglot
from sqlglot import exp

from assistant.errors import AudienceError

DIALECTS = ("duckdb", "snowflake", "bigquery", "spark", "postgres")
# A dialect is verified only where tests execute its output on that engine (tests/test_engines_postgres.py, test_engines_spark.py).
VERIFIED_DIALECTS = frozenset({"duckdb", "postgres", "spark"})


def _year(e):
    return exp.Year(this=e.copy())


def _month(e):
    return exp.Month(this=e.copy())


def boundary_date_diff(tree: exp.Expr) -> exp.Expr:
    def rewrite(node):
        if not isinstance(node, exp.DateDiff):
            return node
        unit = (node.unit.name if node.unit else "DAY").upper()
        end, start = node.this, node.expression
        if unit == "YEAR":
            return exp.Paren(this=exp.Sub(this=_year(end), expression=_year(start)))
        if unit in ("MONTH", "QUARTER"):
            months = exp.Add(this=exp.Mul(this=exp.Paren(this=exp.Sub(this=_year(end), expression=_year(start))),
                                          expression=exp.Literal.number(12)),
                             expression=exp.Sub(this=_month(end), expression=_month(start)))
            return exp.Paren(this=months if unit == "MONTH" else exp.IntDiv(this=exp.Paren(this=months),
                                                                             expression=exp.Literal.number(3)))
        if unit == "DAY":
            return exp.DateDiff(this=exp.cast(end.copy(), "DATE"), expression=exp.cast(start.copy(), "DATE"),
                                unit=exp.var("DAY"))
        return node

    return tree.transform(rewrite)


def transpile(sql: str, dialect: str) -> str:
    """Render DuckDB SQL for another engine; raises on constructs sqlglot cannot express there."""
    if dialect not in DIALECTS:
        raise AudienceError(f"unknown SQL dialect '{dialect}'", hint=f"use one of: {', '.join(DIALECTS)}")
    if dialect == "duckdb":
        return sqlglot.transpile(sql, read="duckdb", write="duckdb", pretty=True)[0]
    # The same rewrites the engines apply, so what a user copies is what the tests verified.
    tree = boundary_date_diff(sqlglot.parse_one(sql, read="duckdb"))
    return tree.sql(dialect=dialect, pretty=True, unsupported_level=sqlglot.ErrorLevel.RAISE)


def transpile_definition(defn, catalog, dialect: str, *, as_of: dt.date | None = None,
                         with_policies: bool = False) -> str:
    from assistant.sql.compile import compile_sql

    return transpile(compile_sql(defn, catalog, as_of, with_policies=with_policies), dialect)
