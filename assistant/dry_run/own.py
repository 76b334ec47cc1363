"""Each criterion's size on its own ("12,400 alone"): computed for the views that show it, not by every dry run.

Counting a set alone reads and de-duplicates all of it, which the funnel never needs (it probes each set with
the keys that survive the criteria before it): at 1M customers and ten criteria, own sizes doubled the dry
run. One statement: the entity-row criteria in one scan of the entity table, each set by its distinct keys.
"""
from __future__ import annotations

from assistant.sql.compile import Part, distinct_keys
from schema_catalog.model import Catalog


def own_sizes_sql(parts: list[Part], catalog: Catalog) -> str:
    """SELECT own_0, own_1, ...: customers each part selects alone (entity rows for entity filters, distinct keys
    for sets, as the funnel's steps count them)."""
    key, entity = catalog.entity.key, catalog.entity.table
    on_entity = [f"count_if({p.entity_filter}) AS own_{i}" for i, p in enumerate(parts) if p.entity_filter]
    cols = [f"e.own_{i}" if p.entity_filter else f"({_distinct_count(p, key)}) AS own_{i}" for i, p in enumerate(parts)]
    if not on_entity:
        return f"SELECT {', '.join(cols)}"
    return f"SELECT {', '.join(cols)} FROM (SELECT {', '.join(on_entity)} FROM {entity} AS b) AS e"


def _distinct_count(p: Part, key: str) -> str:
    counted = f"q.{key}" if distinct_keys(p.sql, key) else f"DISTINCT q.{key}"
    return f"SELECT count({counted}) FROM ({p.sql}) AS q"
