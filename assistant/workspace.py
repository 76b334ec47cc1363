"""One obvious way to open what a command works on: settings, the catalog and its warehouse.

The catalog is loaded, the warehouse opened read-only (the demo one generated on first
use), and the catalog extended with the daily indicators materialised beside it.
"""
from __future__ import annotations

from dataclasses import dataclass

from assistant import demo_warehouse
from assistant.enrich import enriched_catalog
from assistant.errors import WarehouseError
from assistant.warehouse import Warehouse
from schema_catalog import load_catalog
from schema_catalog.model import Catalog


def ensure_demo_warehouse(settings, progress=None) -> None:
    """The demo warehouse, generated on first use when no --db/AUDIENCE_DB is set."""
    if settings.db is None and not settings.demo_db.exists():
        demo_warehouse.generate(settings.demo_db, customers=settings.demo_customers, progress=progress)


@dataclass
class Workspace:
    settings: object
    catalog: Catalog
    wh: Warehouse

    def close(self) -> None:
        self.wh.close()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def open_engine(settings, catalog: Catalog):
    """The warehouse connection for the configured engine (all read-only, all with a time limit)."""
    if settings.engine == "postgres":
        from assistant.engines.postgres import PostgresWarehouse

        if not settings.postgres_dsn:
            raise WarehouseError("engine=postgres needs a connection string", hint="set AUDIENCE_POSTGRES_DSN")
        return PostgresWarehouse(settings.postgres_dsn, time_limit_ms=settings.query_time_limit_ms, max_rows=settings.max_rows)
    if settings.engine == "spark":
        from assistant.engines.spark import SparkWarehouse

        if not settings.spark_parquet:
            raise WarehouseError("engine=spark needs the Parquet folder", hint="set AUDIENCE_SPARK_PARQUET")
        return SparkWarehouse(settings.spark_parquet, master=settings.spark_master,
                              time_limit_ms=settings.query_time_limit_ms, max_rows=settings.max_rows)
    ensure_demo_warehouse(settings)
    return Warehouse.from_settings(settings, catalog)


def open_workspace(settings, progress=None) -> Workspace:
    catalog = load_catalog(settings.catalog)
    if settings.engine == "duckdb":
        ensure_demo_warehouse(settings, progress)
    wh = open_engine(settings, catalog)
    return Workspace(settings, enriched_catalog(catalog, wh.materialised()), wh)
