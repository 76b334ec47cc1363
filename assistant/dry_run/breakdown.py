"""Breakdown attributes resolved to SQL once, for every query that groups by them (dry run, arm balance).

An attribute is a column of the entity table (read from the entity row `b`), a column of another table keyed
by the customer (one value per customer, joined), a column of a profile table reached through many-to-one
relationships (joined along that path), or an indicator (its guarded query, joined). Built as
sqlglot trees: no attribute name is pasted into SQL text.
"""
from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass

import sqlglot
from sqlglot import exp

from assistant.errors import AudienceError, GuardError
from assistant.meaning import Joins
from assistant.sql.guard import check_sql
from schema_catalog.model import Catalog
from schema_catalog.semantic import profile_path, profile_tables
from schema_catalog.templates import render


@dataclass(frozen=True)
class Attribute:
    name: str                       # as the catalog names it
    value: exp.Expr                 # its value: over the entity row `b`, or `value` of the joined `j{i}`
    join: exp.Subquery | None       # (SELECT key, value ...) AS j{i}, LEFT JOINed on the customer key; None on `b`

    def column(self, alias: str) -> exp.Alias:
        """The value as text (breakdowns of any type are listed the same way), named `alias`."""
        return exp.alias_(exp.cast(self.value.copy(), "VARCHAR"), alias)

    def joined(self, query: exp.Select, key: str) -> exp.Select:
        """`query` (over the entity row `b`) with this attribute's join, when it has one."""
        if self.join is None:
            return query
        alias = self.join.alias
        return query.join(self.join.copy(), on=exp.column(key, table=alias).eq(exp.column(key, table="b")),
                          join_type="left")


def resolve(catalog: Catalog, attrs: list[str], as_of: dt.date) -> list[Attribute]:
    return [_resolve(catalog, attr, f"j{i}", as_of) for i, attr in enumerate(attrs)]


def _resolve(catalog: Catalog, attr: str, alias: str, as_of: dt.date) -> Attribute:
    key, entity = catalog.entity.key, catalog.entity.table
    if attr in catalog.personal_columns():
        # A breakdown prints the values themselves: personal data leaves only through masked samples.
        raise AudienceError(f"cannot break down by {attr}: it is personal data",
                            hint="break down by a non-personal attribute (`audience catalog show` marks personal ones)")
    if attr in catalog.indicators:
        query = _indicator(catalog, attr, as_of)
        on_row = _entity_row_value(query, key, entity)
        if on_row is not None:
            return Attribute(attr, on_row, None)
        return Attribute(attr, exp.column("value", table=alias), _aliased(query, alias))
    if attr not in catalog.all_columns():
        raise AudienceError(f"unknown breakdown attribute '{attr}'",
                            hint="use schema.table.column or an indicator name from the catalog")
    table, column = attr.rsplit(".", 1)
    if table == entity:
        return Attribute(attr, exp.column(column, table="b"), None)
    if key in catalog.tables[table].columns:
        one_each = (exp.select(exp.column(key), exp.alias_(exp.func("any_value", exp.column(column)), "value"))
                    .from_(exp.to_table(table)).group_by(exp.column(key)))
        return Attribute(attr, exp.column("value", table=alias), _aliased(one_each, alias))
    if table in profile_tables(catalog):
        # a table reached from the customer through many-to-one relationships (customer -> address)
        joins = Joins(entity, "c")
        there = joins.reach(profile_path(catalog, table) or [])
        reached = _parsed(f"SELECT c.{key}, {there}.{column} AS value FROM {joins.sql()}").copy()
        return Attribute(attr, exp.column("value", table=alias), _aliased(reached, alias))
    raise AudienceError(f"cannot break down by {attr}: {table} is not a profile table of the customer",
                        hint="break down by a column of a table keyed by the customer or reached from it "
                             "through many-to-one relationships, or by an indicator")


def _indicator(catalog: Catalog, attr: str, as_of: dt.date) -> exp.Query:
    """The indicator's query, guarded: it may not pass a personal column through as its value."""
    try:
        checked = check_sql(render(catalog.indicators[attr].sql, as_of), catalog, returns=(catalog.entity.key, "value"))
    except GuardError as exc:
        raise GuardError(f"cannot break down by the indicator {attr}: {exc.message}", hint=exc.hint) from None
    return _parsed(checked.sql).copy()


_ROW_WISE = ("with", "joins", "laterals", "where", "group", "having", "qualify", "distinct", "limit", "offset")


def _entity_row_value(query: exp.Query, key: str, entity: str) -> exp.Expr | None:
    """An indicator that is an expression of each entity row (`SELECT key, <expr> AS value FROM entity`, nothing
    else) as that expression over the entity row `b`: read with the row, not joined to it. None otherwise."""
    if not isinstance(query, exp.Select) or any(query.args.get(a) for a in _ROW_WISE):
        return None
    source = query.args.get("from_") or query.args.get("from")
    table = source.this if source is not None else None
    if not isinstance(table, exp.Table) or f"{table.db}.{table.name}".lower() != entity.lower() or len(query.expressions) != 2:
        return None
    first, value = query.expressions
    if not (isinstance(first, exp.Column) and first.name.lower() == key.lower()) or value.alias_or_name.lower() != "value":
        return None
    value = value.this if isinstance(value, exp.Alias) else value
    # Another row's values (a window, an aggregate, a subquery) would be read over other rows than the indicator's.
    if any(isinstance(n, (exp.Window, exp.AggFunc, exp.Query)) for n in value.walk()):
        return None
    return value.copy().transform(lambda n: exp.column(n.name, table="b") if isinstance(n, exp.Column) else n)


@functools.lru_cache(maxsize=256)
def _parsed(sql: str) -> exp.Query:
    """Parsing an indicator's CASE costs more than the rest of a plan: each text is parsed once (and copied)."""
    return sqlglot.parse_one(sql, read="duckdb")


def _aliased(query: exp.Query, alias: str) -> exp.Subquery:
    return exp.Subquery(this=query, alias=exp.TableAlias(this=exp.to_identifier(alias)))
