"""The days of the week an event falls on: ISO numbers (Monday 1 .. Sunday 7), their SQL and their words.

'on Sundays', 'at the weekend', 'en semaine' restrict a behaviour's events to some days of the week
(`EventCondition.days`). The SQL is a sqlglot expression whose meaning was checked on DuckDB, PostgreSQL and
Spark (tests/test_engines_*.py): sqlglot renders DuckDB's isodow as a function PostgreSQL lacks and as a
wrong formula on Spark, so the day is counted from a known Monday instead, which every engine reads alike.
"""
from __future__ import annotations

import sqlglot
from sqlglot import exp

from assistant.date_parts import checked, one_of

WEEKEND = (6, 7)
WEEKDAYS = (1, 2, 3, 4, 5)
_MONDAY = "1900-01-01"      # a Monday: the days since it, modulo 7, are the day of the week (0: Monday)


def check(days) -> tuple[int, ...]:
    """The days sorted, once each; ValueError naming the bad one when a day is not 1 (Monday) to 7 (Sunday)."""
    return checked(days, 1, 7, "a day of the week is 1 (Monday) to 7 (Sunday)")


def day_of_week(ts: exp.Expression) -> exp.Expression:
    """The ISO day of the week (1 Monday .. 7 Sunday) of a date or timestamp: the whole days since a Monday,
    modulo 7, plus one. A day count is rewritten for each engine by assistant/sql/dialects.boundary_date_diff;
    ((n % 7) + 7) % 7 keeps a day before 1900 (a negative count) right where % keeps the sign."""
    since = exp.DateDiff(this=exp.cast(ts.copy(), "DATE"), expression=exp.cast(exp.Literal.string(_MONDAY), "DATE"),
                         unit=exp.var("DAY"))
    seven = exp.Literal.number(7)
    shifted = exp.Paren(this=exp.Add(this=exp.Paren(this=exp.Mod(this=since, expression=seven.copy())),
                                     expression=seven.copy()))
    return exp.Paren(this=exp.Add(this=exp.Paren(this=exp.Mod(this=shifted, expression=seven.copy())),
                                  expression=exp.Literal.number(1)))


def on_days(column: str, days) -> str:
    """The DuckDB condition that the date or timestamp `column` (a qualified column) falls on one of `days`."""
    return one_of(day_of_week(sqlglot.parse_one(column, read="duckdb", into=exp.Column)), check(days))


def describe(days, words: dict) -> str:
    """The days in a language's words (its WORDING['days']): the weekend and the weekdays by their own names."""
    days = check(days)
    if days == WEEKEND:
        return words["weekend"]
    if days == WEEKDAYS:
        return words["weekdays"]
    return words["days"].format(days=words["or"].join(words["names"][d - 1] for d in days))
