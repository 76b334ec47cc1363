"""Bind a guarded query on the engine without reading a row: names, types and functions resolved.

sqlglot's guard knows the catalog's tables and columns but not the engine's types: `date_diff` on an
integer column, or a comparison of a date with text, passes the guard and fails at run time. A
`LIMIT 0` run makes the engine bind the query, so a translation is never called ok with SQL that fails.
"""
from __future__ import annotations

import sqlglot
from sqlglot import exp

from assistant.edges.warehouse.base import Warehouse
from assistant.sql.guard import check_sql
from schema_catalog.model import Catalog


def bind(warehouse: Warehouse, sql: str, catalog: Catalog) -> None:
    """Guard `sql`, then bind it on the engine; raises GuardError or WarehouseError."""
    checked = check_sql(sql, catalog)
    probe = exp.select("*").from_(sqlglot.parse_one(checked.sql, read="duckdb").subquery("q")).limit(0)
    warehouse.query(probe.sql(dialect="duckdb"), max_rows=0)
