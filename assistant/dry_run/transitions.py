"""Stage transitions: how many customers moved from one value of an indicator to another between two days.

"How many first-time buyers became repeat buyers since last month": the indicator is computed as of
each day (its SQL takes {as_of}), the two are joined on the customer key (a full join: customers with
no value on one day count as '(none)'), and one GROUP BY gives every (from, to) pair.
"""
from __future__ import annotations

import datetime as dt

import sqlglot
from pydantic import BaseModel
from sqlglot import exp

from assistant.edges.warehouse.base import Warehouse
from assistant.errors import AudienceError
from assistant.sql.guard import check_sql
from assistant.sql.scope import prefixed_ctes
from schema_catalog.model import Catalog
from schema_catalog.templates import render

NONE = "(none)"


class TransitionMatrix(BaseModel):
    indicator: str
    since: dt.date
    until: dt.date
    values: list[str]                  # rows and columns, in the catalog's order, then '(none)' if it occurs
    counts: dict[str, dict[str, int]]  # counts[from][to]

    def moved(self, before: str, after: str) -> int:
        return self.counts.get(before, {}).get(after, 0)


def _side(catalog: Catalog, name: str, day: dt.date, alias: str) -> exp.Subquery:
    key = catalog.entity.key
    checked = check_sql(render(catalog.indicators[name].sql, day), catalog, returns=(key, "value"))
    tree = prefixed_ctes(sqlglot.parse_one(checked.sql, read="duckdb"), alias)
    return exp.Subquery(this=tree, alias=exp.TableAlias(this=exp.to_identifier(alias)))


def transitions_sql(catalog: Catalog, name: str, since: dt.date, until: dt.date) -> str:
    key = catalog.entity.key
    before = exp.func("coalesce", exp.cast(exp.column("value", table="f"), "VARCHAR"), exp.Literal.string(NONE))
    after = exp.func("coalesce", exp.cast(exp.column("value", table="t"), "VARCHAR"), exp.Literal.string(NONE))
    query = (exp.select(exp.alias_(before, "stage_from"), exp.alias_(after, "stage_to"),
                        exp.alias_(exp.Count(this=exp.Star()), "customers"))
             .from_(_side(catalog, name, since, "f"))
             .join(_side(catalog, name, until, "t"), on=exp.column(key, table="f").eq(exp.column(key, table="t")),
                   join_type="full")
             .group_by(before.copy(), after.copy()))
    return check_sql(query.sql(dialect="duckdb"), catalog, returns=("stage_from", "stage_to", "customers")).sql


def transitions(catalog: Catalog, wh: Warehouse, name: str, since: dt.date, until: dt.date) -> TransitionMatrix:
    if name not in catalog.indicators:
        raise AudienceError(f"unknown indicator '{name}'", hint=f"use one of: {', '.join(catalog.indicators)}")
    if "{as_of}" not in catalog.indicators[name].sql:
        raise AudienceError(f"indicator '{name}' does not depend on the date: it has no transitions",
                            hint="pick an indicator whose SQL uses {as_of}, e.g. lifecycle_stage")
    if since >= until:
        raise AudienceError(f"--since {since} is not before {until}", hint="give an earlier start date")
    counts: dict[str, dict[str, int]] = {}
    for before, after, n in wh.query(transitions_sql(catalog, name, since, until), max_rows=100_000).rows:
        counts.setdefault(before, {})[after] = int(n)
    seen = set(counts) | {a for row in counts.values() for a in row}
    declared = list(catalog.indicators[name].values or {})
    values = [v for v in declared if v in seen] + sorted(seen - set(declared) - {NONE}) + ([NONE] if NONE in seen else [])
    return TransitionMatrix(indicator=name, since=since, until=until, values=values, counts=counts)
