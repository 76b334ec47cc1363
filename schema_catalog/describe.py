"""Plain tables describing a catalog: where each attribute lives."""
from __future__ import annotations

from schema_catalog.model import Catalog


def attribute_rows(catalog: Catalog) -> list[dict]:
    """One row per column and per indicator: source system, table, column, freshness, personal data."""
    rows = []
    for tname, table in catalog.tables.items():
        source = catalog.sources[table.source]
        for cname, col in table.columns.items():
            rows.append({
                "attribute": col.description.rstrip(".") or cname,
                "source": table.source, "system": source.system, "table": tname, "column": cname,
                "type": col.type, "freshness": source.freshness, "personal": "yes" if col.personal else "no",
            })
    for name, ind in catalog.indicators.items():
        rows.append({
            "attribute": ind.label, "source": "indicator", "system": "derived (enrich)", "table": "-", "column": name,
            "type": ind.type, "freshness": f"{ind.refresh} (computed at query time)" if ind.refresh == "dynamic"
            else f"{ind.refresh} (materialised once a day)", "personal": "no",
        })
    return rows
