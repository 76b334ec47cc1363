"""The months of the year an event falls on, whatever its year: numbers (January 1 .. December 12), their SQL and
their words.

'in December of any year', 'every summer', 'chaque année en décembre' restrict a behaviour's events to some calendar
months (`EventCondition.months`); 'in December' alone is one period (the latest December, a window), never this.
The SQL is a sqlglot expression: DuckDB's month() is EXTRACT(MONTH FROM ...) on PostgreSQL and MONTH() on Spark,
checked on each engine (tests/test_engines_*.py, tests/test_months_of_year.py).
"""
from __future__ import annotations

import sqlglot
from sqlglot import exp

from assistant.date_parts import checked, one_of

# the meteorological seasons of the northern hemisphere (lang_en.SEASONS says where each starts and how long it is)
SEASONS = {"winter": (12, 1, 2), "spring": (3, 4, 5), "summer": (6, 7, 8), "autumn": (9, 10, 11)}


def check(months) -> tuple[int, ...]:
    """The months sorted, once each; ValueError naming the bad one when a month is not 1 (January) to 12 (December)."""
    return checked(months, 1, 12, "a month of the year is 1 (January) to 12 (December)")


def month_of(ts: exp.Expression) -> exp.Expression:
    """The calendar month (1 .. 12) of a date or timestamp."""
    return exp.Month(this=ts.copy())


def in_months(column: str, months) -> str:
    """The DuckDB condition that the date or timestamp `column` (a qualified column) falls in one of `months`."""
    return one_of(month_of(sqlglot.parse_one(column, read="duckdb", into=exp.Column)), check(months))


def describe(months, words: dict) -> str:
    """The months in a language's words (its WORDING['year_months']): a season by its own name ('in summer of any
    year'), else the months named ('in November or December of any year')."""
    months = check(months)
    season = next((name for name, said in SEASONS.items() if tuple(sorted(said)) == months), None)
    if season is not None:
        return words["season"].format(season=words["seasons"][season])
    return words["months"].format(months=words["or"].join(words["names"][m - 1] for m in months))
