"""The hours of the day an event falls in: numbers (0 for 00:00-00:59 .. 23 for 23:00-23:59), their SQL and their words.

'between 11pm and 2am', 'after 10pm', 'entre 23 h et 2 h du matin', 'le soir après 20 h' restrict a behaviour's events
to some hours of the day (`EventCondition.hours`), across midnight when said so: 11pm to 2am is 23, 0 and 1 (the end
hour is where the range stops, 2am itself is out). Only an event dated by a timestamp has an hour: one dated by a day
(a date dimension's date) has none, and the hours are refused there (meaning._check_names). The SQL is EXTRACT(HOUR
FROM ...), which DuckDB, PostgreSQL and Spark read alike.
"""
from __future__ import annotations

import sqlglot
from sqlglot import exp

from assistant.date_parts import checked, one_of


def check(hours) -> tuple[int, ...]:
    """The hours sorted, once each; ValueError naming the bad one when an hour is not 0 (midnight) to 23."""
    return checked(hours, 0, 23, "an hour of the day is 0 (from midnight) to 23 (from 11pm)")


def span(start: int, end: int) -> tuple[int, ...]:
    """The hours from `start` up to, not including, `end` (0 .. 24), across midnight when end comes first: 23 to 2 is
    (0, 1, 23). () when they are the same hour (nothing, or the whole day: either way not a restriction)."""
    return check(tuple((start + k) % 24 for k in range((end - start) % 24)))


def hour_of(ts: exp.Expression) -> exp.Expression:
    """The hour of the day (0 .. 23) of a timestamp."""
    return exp.Extract(this=exp.var("HOUR"), expression=ts.copy())


def in_hours(column: str, hours) -> str:
    """The DuckDB condition that the timestamp `column` (a qualified column) falls in one of `hours`."""
    return one_of(hour_of(sqlglot.parse_one(column, read="duckdb", into=exp.Column)), check(hours))


def runs(hours) -> list[tuple[int, int]]:
    """The hours as ranges [start, end) of consecutive hours, across midnight: (0, 1, 23) is [(23, 2)]."""
    hours = check(hours)
    if len(hours) == 24:
        return [(0, 0)]
    said = set(hours)
    starts = [h for h in hours if (h - 1) % 24 not in said]
    out = []
    for s in starts:
        e = s
        while e % 24 in said:
            e += 1
        out.append((s, e % 24))
    return out


def describe(hours, words: dict) -> str:
    """The hours in a language's words (its WORDING['hours']): each run 'between 11pm and 2am', or 'after 10pm' when
    it runs to midnight, 'before 8am' when it starts at midnight."""
    parts = []
    for start, end in runs(hours):
        name = words["names"].__getitem__
        if end == 0 and start != 0:
            parts.append(words["after"].format(start=name(start)))
        elif start == 0 and end != 0:
            parts.append(words["before"].format(end=name(end)))
        else:
            parts.append(words["between"].format(start=name(start), end=name(end)))
    return words["or"].join(parts)
