"""One obvious way to open what a command works on: settings, the catalog and its warehouse.

The catalog is loaded, the warehouse opened read-only (the demo one generated on first
use), and the catalog extended with the daily indicators materialised beside it.
"""
from __future__ import annotations

from dataclasses import dataclass

from assistant import demo_warehouse
from assistant.enrich import enriched_catalog
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


def open_workspace(settings, progress=None) -> Workspace:
    catalog = load_catalog(settings.catalog)
    ensure_demo_warehouse(settings, progress)
    wh = Warehouse.from_settings(settings, catalog)
    return Workspace(settings, enriched_catalog(catalog, wh.materialised()), wh)
