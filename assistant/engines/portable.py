"""Rewrites that keep DuckDB's meaning when sqlglot renders for another engine.

DuckDB's date_diff counts unit boundaries crossed (date_diff('year', '2000-12-31',
'2001-01-01') = 1); Spark's DATEDIFF(YEAR, ...) counts whole units elapsed. sqlglot
renders one as the other, silently. Spelled out with year()/month(), both agree.
"""
from __future__ import annotations

from sqlglot import exp


def _year(e):
    return exp.Year(this=e.copy())


def _month(e):
    return exp.Month(this=e.copy())


def boundary_date_diff(tree: exp.Expr) -> exp.Expr:
    def rewrite(node):
        if not isinstance(node, exp.DateDiff):
            return node
        unit = (node.unit.name if node.unit else "DAY").upper()
        end, start = node.this, node.expression
        if unit == "YEAR":
            return exp.Paren(this=exp.Sub(this=_year(end), expression=_year(start)))
        if unit in ("MONTH", "QUARTER"):
            months = exp.Add(this=exp.Mul(this=exp.Paren(this=exp.Sub(this=_year(end), expression=_year(start))),
                                          expression=exp.Literal.number(12)),
                             expression=exp.Sub(this=_month(end), expression=_month(start)))
            return exp.Paren(this=months if unit == "MONTH" else exp.IntDiv(this=exp.Paren(this=months),
                                                                             expression=exp.Literal.number(3)))
        if unit == "DAY":
            return exp.DateDiff(this=exp.cast(end.copy(), "DATE"), expression=exp.cast(start.copy(), "DATE"),
                                unit=exp.var("DAY"))
        return node

    return tree.transform(rewrite)
