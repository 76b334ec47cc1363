"""A part of a date (its day of the week, its month) restricted to some values: the check of those values and their
SQL, shared by assistant/weekdays.py and assistant/months.py."""
from __future__ import annotations

from sqlglot import exp


def checked(values, low: int, high: int, says: str) -> tuple[int, ...]:
    """The values sorted, once each; ValueError naming the bad one (`says` what a good one is) when a value is not an
    integer from `low` to `high`."""
    for v in values:
        if isinstance(v, bool) or not isinstance(v, int) or not low <= v <= high:
            raise ValueError(f"{says}, not {v!r}")
    return tuple(sorted(set(values)))


def one_of(part: exp.Expression, values: tuple[int, ...]) -> str:
    """The DuckDB condition that the date part `part` is one of `values` (already checked)."""
    if len(values) == 1:
        return exp.EQ(this=part, expression=exp.Literal.number(values[0])).sql(dialect="duckdb")
    return exp.In(this=part, expressions=[exp.Literal.number(v) for v in values]).sql(dialect="duckdb")
