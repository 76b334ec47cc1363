"""Arm sizes of a split audience and their balance on a few breakdowns, from one guarded query.

The query returns the final audience's keys with the breakdown attributes; the arms are assigned in
Python (review/split.py says why), so every engine gives the same arms.
"""
from __future__ import annotations

import datetime as dt

import sqlglot
from sqlglot import exp

from assistant.definition import AudienceDefinition
from assistant.dry_run.balance import ALPHA, chi_square, p_value
from assistant.dry_run.breakdown import resolve
from assistant.dry_run.result import ArmBalance, ArmReport, ArmSize
from assistant.edges.warehouse.base import Warehouse
from assistant.errors import AudienceError
from assistant.review.split import arm_of, group_names
from assistant.sql.compile import compile_sql
from assistant.sql.guard import check_sql
from schema_catalog.model import Catalog

MAX_MEMBERS = 50_000_000


def members_sql(defn: AudienceDefinition, catalog: Catalog, as_of: dt.date, attrs: list[str]) -> str:
    """SELECT key, a0, a1, ... for the final audience (policies applied: who an export would send to)."""
    key, entity = catalog.entity.key, catalog.entity.table
    query = exp.select(exp.column(key, table="b")).from_(exp.to_table(entity, alias="b"))
    for i, attr in enumerate(resolve(catalog, attrs, as_of)):
        query = attr.joined(query, key).select(attr.column(f"a{i}"))
    audience = sqlglot.parse_one(compile_sql(defn, catalog, as_of, with_policies=True), read="duckdb")
    query = query.where(exp.column(key, table="b").isin(query=audience))
    return check_sql(query.sql(dialect="duckdb"), catalog, returns=(key, *(f"a{i}" for i in range(len(attrs))))).sql


def assignments(defn: AudienceDefinition, catalog: Catalog, wh: Warehouse) -> dict[str, str]:
    """{customer key as text: arm} for the final audience of a split definition."""
    if defn.split is None:
        raise AudienceError("this version has no split", hint="add one with `audience split VERSION --arms A:50,B:50`")
    sql = members_sql(defn, catalog, defn.resolved_as_of(wh.as_of()), [])
    return {str(r[0]): arm_of(defn.split, r[0]) for r in wh.query(sql, max_rows=MAX_MEMBERS).rows}


def arm_report(defn: AudienceDefinition, catalog: Catalog, wh: Warehouse, breakdowns: list[str]) -> ArmReport:
    split = defn.split
    groups = group_names(split)
    requested = {a.name: a.share for a in split.arms} | ({"holdout": split.holdout} if split.holdout else {})
    sql = members_sql(defn, catalog, defn.resolved_as_of(wh.as_of()), breakdowns)
    rows = wh.query(sql, max_rows=MAX_MEMBERS).rows
    index = {g: i for i, g in enumerate(groups)}
    sizes = [0] * len(groups)
    tables: list[dict[str, list[int]]] = [{} for _ in breakdowns]
    for row in rows:
        arm = index[arm_of(split, row[0])]
        sizes[arm] += 1
        for table, value in zip(tables, row[1:]):
            table.setdefault("(missing)" if value is None else str(value), [0] * len(groups))[arm] += 1
    total = sum(sizes)
    arms = [ArmSize(name=g, requested=requested[g], size=n, share=100 * n / total if total else 0.0)
            for g, n in zip(groups, sizes)]
    balance = []
    for attr, table in zip(breakdowns, tables):
        values = sorted(table, key=lambda v: (-sum(table[v]), v))
        stat, dof = chi_square([table[v] for v in values])
        p = p_value(stat, dof)
        balance.append(ArmBalance(attribute=attr, values=values, counts=[table[v] for v in values],
                                  chi_square=round(stat, 4), dof=dof, p_value=p, balanced=p >= ALPHA))
    return ArmReport(arms=arms, balance=balance)
