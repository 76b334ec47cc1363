"""Overlap of audiences: every Venn region's size from one query on the engine.

Each audience's keys are tagged with its bit (1, 2, 4, ...); per customer the bits add up to the set of
audiences they are in (keys are unique within an audience: each is a filter of the entity table), and
one GROUP BY on that mask gives the size of every region. Pairwise counts, shares and the union follow
from the regions in Python, so the engine scans each audience once.
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
from assistant.sql.compile import compile_sql
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


def overlap_sql(definitions: list[AudienceDefinition], catalog: Catalog, as_of: dt.date | None) -> str:
    key = catalog.entity.key
    tagged = None
    for i, defn in enumerate(definitions):
        audience = prefixed_ctes(sqlglot.parse_one(compile_sql(defn, catalog, as_of, with_policies=True), read="duckdb"),
                                 f"q{i}")
        part = (exp.select(exp.column(key, table=f"q{i}"), exp.alias_(exp.Literal.number(1 << i), "bit"))
                .from_(exp.Subquery(this=audience, alias=exp.TableAlias(this=exp.to_identifier(f"q{i}")))))
        tagged = part if tagged is None else exp.union(tagged, part, distinct=False)
    masks = (exp.select(exp.column(key), exp.alias_(exp.func("sum", exp.column("bit")), "mask"))
             .from_(exp.Subquery(this=tagged, alias=exp.TableAlias(this=exp.to_identifier("t"))))
             .group_by(exp.column(key)))
    query = (exp.select(exp.column("mask"), exp.alias_(exp.Count(this=exp.Star()), "customers"))
             .from_(exp.Subquery(this=masks, alias=exp.TableAlias(this=exp.to_identifier("m"))))
             .group_by(exp.column("mask")))
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
