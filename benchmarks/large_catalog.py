"""The demo catalog drowned in unrelated ERP tables, as a large warehouse's catalog would be (benchmarks only).

The same construction as tests/test_llm.py's `big_catalog`, so figures and tests speak of one catalog.
"""
from __future__ import annotations

import random

from schema_catalog.model import Catalog, Column, Source, Table

WORDS = ["invoice", "ledger", "supplier", "warehouse_bin", "shipment", "payroll", "asset", "budget", "contract",
         "vendor", "pallet", "tax", "currency_rate", "cost_center", "forecast", "machine", "shift", "audit_trail"]


def big_catalog(catalog: Catalog, tables: int = 300) -> Catalog:
    rng = random.Random(7)
    extra_tables = {}
    for i in range(tables - len(catalog.tables)):
        w = rng.choice(WORDS)
        cols = {"customer_id": Column(type="BIGINT", description="Customer key.")}
        cols |= {f"{rng.choice(WORDS)}_{k}": Column(type=rng.choice(["BIGINT", "VARCHAR", "DATE", "DECIMAL"]),
                                                    description=f"{w} attribute {k}") for k in range(8)}
        extra_tables[f"erp.{w}_{i}"] = Table(source="erp", description=f"ERP {w} records", columns=cols)
    return catalog.model_copy(update={"tables": {**catalog.tables, **extra_tables},
                                      "sources": {**catalog.sources, "erp": Source(system="ERP", schema="erp", freshness="daily")}})
