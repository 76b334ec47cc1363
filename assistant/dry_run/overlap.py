"""Overlap of audiences: every Venn region's size from one query on the engine.

The parts of every audience (criteria, exclusions, channel policies) are pooled: a set that several
audiences share (the do-not-contact list, a consent, the pressure cap) is one CTE computed once, and a
plain filter of the customer table is a condition on the row. Each audience's keys are tagged with its
bit (1, 2, 4, ...); per customer the bits add up to the set of audiences they are in (keys are unique
within an audience), and one GROUP BY on that mask gives the size of every region. Pairwise counts,
shares and the union follow from the regions in Python.
"""
from __future__ import annotations

import datetime as dt
import time

import sqlglot
from pydantic import BaseModel
from sqlglot import exp

from assistant.definition import AudienceDefinition
from assistant.edges.warehouse.base import Warehouse
from assistant.errors import AudienceError
from assistant.sql.compile import policy_parts, request_parts
from assistant.sql.guard import check_sql
from assistant.sql.scope import prefixed_ctes
from schema_catalog.model import Catalog

MAX_AUDIENCES = 8


class OverlapResult(BaseModel):
    labels: list[str]
    sizes: list[int]                 # each audience's final size
    regions: dict[int, int]          # bit mask (bit i: in audience i) -> customers in exactly those audiences
    pairwise: list[list[int]]        # [i][j]: customers in both i and j (the diagonal: sizes)
    union: int
    elapsed_ms: float

    def share(self, i: int, j: int) -> float:
        """Share of audience i that is also in audience j."""
        return self.pairwise[i][j] / self.sizes[i] if self.sizes[i] else 0.0

    def in_only(self, *members: int) -> int:
        """Customers in exactly these audiences (by position) and no other: one Venn region."""
        return self.regions.get(sum(1 << i for i in members), 0)


def _parse(sql: str) -> exp.Expr:
    return sqlglot.parse_one(sql, read="duckdb")


def overlap_sql(definitions: list[AudienceDefinition], catalog: Catalog, warehouse_as_of: dt.date | None) -> str:
    key, entity = catalog.entity.key, catalog.entity.table
    row_key = exp.column(key, table="b")
    sets: dict[str, str] = {}   # part SQL -> CTE name, shared by every audience that has the part
    ctes: list[tuple[str, exp.Expr]] = []
    tagged = None
    for i, defn in enumerate(definitions):
        parts = request_parts(defn, catalog) + policy_parts(catalog, defn.channel, defn.resolved_as_of(warehouse_as_of))
        conds = []
        for p in parts:
            if p.entity_filter:
                cond = _parse(p.entity_filter)
            else:
                if p.sql not in sets:
                    name = sets[p.sql] = f"s{len(sets)}"
                    inner = exp.Subquery(this=prefixed_ctes(_parse(p.sql), name), alias=exp.TableAlias(this=exp.to_identifier("q")))
                    ctes.append((name, exp.select(exp.column(key)).from_(inner).where(exp.column(key).is_(exp.null()).not_())))
                cond = row_key.isin(query=exp.select(exp.column(key)).from_(sets[p.sql]))
            conds.append(cond if p.role in ("criterion", "policy_require") else exp.not_(exp.paren(cond)))
        # Each audience is its own WHERE: the engine turns the probes into semi / anti joins that start from
        # the rows the cheap filters keep, as it does for the audience alone.
        members = exp.select(row_key.copy(), exp.alias_(exp.Literal.number(1 << i), "bit")).from_(exp.to_table(entity, alias="b"))
        members = members.where(exp.and_(*conds)) if conds else members
        tagged = members if tagged is None else exp.union(tagged, members, distinct=False)
    masks = (exp.select(exp.column(key), exp.alias_(exp.func("sum", exp.column("bit")), "mask"))
             .from_(exp.Subquery(this=tagged, alias=exp.TableAlias(this=exp.to_identifier("t"))))
             .group_by(exp.column(key)))
    query = (exp.select(exp.column("mask"), exp.alias_(exp.Count(this=exp.Star()), "customers"))
             .from_(exp.Subquery(this=masks, alias=exp.TableAlias(this=exp.to_identifier("m"))))
             .group_by(exp.column("mask")))
    for name, body in ctes:
        query = query.with_(name, as_=body)
    return check_sql(query.sql(dialect="duckdb"), catalog, returns=("mask", "customers")).sql


def overlap(definitions: list[AudienceDefinition], labels: list[str], catalog: Catalog, wh: Warehouse) -> OverlapResult:
    n = len(definitions)
    if not 2 <= n <= MAX_AUDIENCES:
        raise AudienceError(f"overlap compares 2 to {MAX_AUDIENCES} audiences, got {n}",
                            hint="pass between two and eight version ids")
    started = time.perf_counter()
    rows = wh.query(overlap_sql(definitions, catalog, wh.as_of()), max_rows=1 << MAX_AUDIENCES).rows
    regions = {int(mask): int(count) for mask, count in rows}
    pairwise = [[sum(c for m, c in regions.items() if m >> i & 1 and m >> j & 1) for j in range(n)] for i in range(n)]
    return OverlapResult(labels=labels, sizes=[pairwise[i][i] for i in range(n)], regions=regions, pairwise=pairwise,
                         union=sum(regions.values()), elapsed_ms=(time.perf_counter() - started) * 1000)
