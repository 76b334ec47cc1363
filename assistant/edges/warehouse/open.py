"""Open the configured warehouse engine: every engine read-only, with a time limit.

Engines are registered by name in ENGINES (the `engine` setting picks one).
"""
from __future__ import annotations

from collections.abc import Callable

from assistant.edges.warehouse.base import Warehouse
from assistant.errors import WarehouseError
from schema_catalog.model import Catalog


def _duckdb(settings, catalog: Catalog | None) -> Warehouse:
    from assistant.edges.warehouse.duckdb import DuckDBWarehouse

    return DuckDBWarehouse.from_settings(settings, catalog)


def _postgres(settings, catalog: Catalog | None) -> Warehouse:
    from assistant.edges.warehouse.postgres import PostgresWarehouse

    if not settings.postgres_dsn:
        raise WarehouseError("engine=postgres needs a connection string", hint="set AUDIENCE_POSTGRES_DSN")
    return PostgresWarehouse(settings.postgres_dsn, time_limit_ms=settings.query_time_limit_ms, max_rows=settings.max_rows)


def _spark(settings, catalog: Catalog | None) -> Warehouse:
    from assistant.edges.warehouse.spark import SparkWarehouse

    if not settings.spark_parquet:
        raise WarehouseError("engine=spark needs the Parquet folder", hint="set AUDIENCE_SPARK_PARQUET")
    return SparkWarehouse(settings.spark_parquet, master=settings.spark_master,
                          time_limit_ms=settings.query_time_limit_ms, max_rows=settings.max_rows)


ENGINES: dict[str, Callable[..., Warehouse]] = {"duckdb": _duckdb, "postgres": _postgres, "spark": _spark}


def open_warehouse(settings, catalog: Catalog | None = None) -> Warehouse:
    """The warehouse connection for the configured engine; `catalog` locates its daily indicators (DuckDB)."""
    if settings.engine not in ENGINES:
        raise WarehouseError(f"unknown engine '{settings.engine}'", hint=f"set AUDIENCE_ENGINE to one of: {', '.join(ENGINES)}")
    return ENGINES[settings.engine](settings, catalog)
