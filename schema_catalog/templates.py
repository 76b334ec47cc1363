"""Fill the placeholders of catalog SQL ({as_of} and declared parameters)."""
from __future__ import annotations

import datetime as dt
import re

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
