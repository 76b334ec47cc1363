"""Free-text values (cities, brands, store and campaign names) as the warehouse actually holds them.

The translator matches these against the request, so pointing the same catalog
at another warehouse finds that warehouse's cities and brands. The index is
cached on disk next to the other generated files and rebuilt when the
warehouse file or the catalog changes.
"""
from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

from assistant.edges.warehouse.base import Warehouse
from schema_catalog.model import Catalog

MAX_VALUES_PER_COLUMN = 20_000


def free_text_columns(catalog: Catalog) -> list[str]:
    # Personal columns never feed the index: their values would be matched, cached and shown as words.
    return [f"{t}.{c}" for t, table in catalog.tables.items() for c, col in table.columns.items()
            if col.free_text and not col.personal]


def _signature(wh: Warehouse, catalog: Catalog) -> str:
    payload = f"{wh.signature()}|{','.join(free_text_columns(catalog))}"
    return hashlib.sha256(payload.encode()).hexdigest()[:16]


def build(wh: Warehouse, catalog: Catalog) -> dict[str, list[str]]:
    """{schema.table.column: distinct values}, most frequent first."""
    index = {}
    for qualified in free_text_columns(catalog):
        table, column = qualified.rsplit(".", 1)
        res = wh.query(f"SELECT {column} FROM {table} WHERE {column} IS NOT NULL GROUP BY {column} "
                       f"ORDER BY count(*) DESC, {column} LIMIT {MAX_VALUES_PER_COLUMN}", max_rows=MAX_VALUES_PER_COLUMN)
        index[qualified] = [str(r[0]) for r in res.rows]
    return index


def load_or_build(wh: Warehouse, catalog: Catalog, cache_dir: Path | None) -> dict[str, list[str]]:
    """The index for this warehouse and catalog, from the cache when neither changed."""
    if cache_dir is None:
        return build(wh, catalog)
    path = Path(cache_dir) / f"value_index_{_signature(wh, catalog)}.json"
    try:
        return json.loads(path.read_text())
    except (OSError, ValueError):
        pass
    index = build(wh, catalog)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(index))
        os.replace(tmp, path)
    except OSError:
        pass  # a read-only or full disk only costs a rebuild next time
    return index
