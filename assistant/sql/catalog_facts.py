"""What the guard reads of a catalog, computed once per catalog object.

Every check used to rebuild sqlglot's schema (normalising each table and column name) and the sets of
personal columns from the whole catalog: on the demo catalog that was a third of a check's time, on a
300-table one most of it. A catalog is frozen, so what is derived from it never goes stale; a catalog
changed by `with_materialised` is another object, with its own entry.
"""
from __future__ import annotations

from dataclasses import dataclass

from sqlglot.schema import MappingSchema

from schema_catalog.model import Catalog


@dataclass(frozen=True)
class CatalogFacts:
    schema: MappingSchema          # sqlglot's schema, for qualifying columns
    tables: dict[str, str]         # lower-cased schema.table -> its name in the catalog
    personal: frozenset[str]       # schema.table.column of personal columns, lower-cased
    personal_names: frozenset[str]  # their bare column names, lower-cased
    contacts: frozenset[str]       # channel contact columns, lower-cased
    births: frozenset[str]         # personal columns with role birth_date, lower-cased
    birth_parts: frozenset[str] = frozenset()   # ... with role birth_year, birth_month or birth_day (integer parts)
    birth_days: frozenset[str] = frozenset()    # ... of them, birth_day's


_FACTS: dict[int, tuple[Catalog, CatalogFacts]] = {}


def catalog_facts(catalog: Catalog) -> CatalogFacts:
    """The entry holds the catalog, so its id cannot be reused by another object while it is cached."""
    hit = _FACTS.get(id(catalog))
    if hit is not None and hit[0] is catalog:
        return hit[1]
    personal = catalog.personal_columns()
    facts = CatalogFacts(
        schema=MappingSchema(catalog.schema_mapping(), dialect="duckdb"),
        tables={name.lower(): name for name in catalog.tables},
        personal=frozenset(c.lower() for c in personal),
        personal_names=frozenset(c.rsplit(".", 1)[1].lower() for c in personal),
        contacts=frozenset(p.contact.lower() for p in catalog.policies.channels.values()),
        births=frozenset(c.lower() for c in personal if catalog.column(c).role == "birth_date"),
        birth_parts=frozenset(c.lower() for c in personal
                              if catalog.column(c).role in ("birth_year", "birth_month", "birth_day")),
        birth_days=frozenset(c.lower() for c in personal if catalog.column(c).role == "birth_day"))
    if len(_FACTS) >= 16:
        _FACTS.clear()
    _FACTS[id(catalog)] = (catalog, facts)
    return facts
