"""Fill the placeholders of catalog SQL ({as_of} and declared parameters)."""
from __future__ import annotations

import datetime as dt
import re

import sqlglot
from sqlglot import exp

_PLACEHOLDER = re.compile(r"\{([a-z_][a-z0-9_]*)\}")


def date_literal(day: dt.date) -> str:
    return f"DATE '{day.isoformat()}'"


def render(sql: str, as_of: dt.date, params: dict[str, object] | None = None) -> str:
    """Replace {as_of} by a DATE literal and {name} by its parameter; unknown names are an error.

    Only these lowercase identifiers are replaced, so DuckDB struct literals such
    as {'a': 1} pass through untouched.
    """
    values = {"as_of": date_literal(as_of), **{k: str(v) for k, v in (params or {}).items()}}

    def sub(match: re.Match) -> str:
        name = match.group(1)
        if name not in values:
            raise KeyError(name)
        return values[name]

    return _PLACEHOLDER.sub(sub, sql)


def placeholders(sql: str) -> set[str]:
    return set(_PLACEHOLDER.findall(sql))


def tables_read(sql: str) -> set[str]:
    """The tables ('schema.table') a piece of catalog SQL reads, its placeholders aside; none when it does not parse
    (the catalog's check reports that)."""
    try:
        tree = sqlglot.parse_one(_PLACEHOLDER.sub("1", sql))
    except sqlglot.errors.ParseError:
        return set()
    return {".".join(p for p in (t.db, t.name) if p) for t in tree.find_all(exp.Table)}
