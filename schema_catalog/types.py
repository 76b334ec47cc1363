"""Families of SQL types: one table read by the catalog's loader and check, the draft, the probes, the parser
and the model's answer schema, so a type means the same thing to all of them.

A catalog may write a type as the warehouse shows it, with its precision ('DECIMAL(7,2)', 'TIMESTAMP(3)') or an
engine's own spelling ('UBIGINT', 'TIMESTAMP_NS', 'STRING', PostgreSQL's 'CHARACTER VARYING'): each counts as its
family.
"""
from __future__ import annotations

FAMILIES: dict[str, tuple[str, ...]] = {
    "integer": ("TINYINT", "SMALLINT", "INTEGER", "INT", "BIGINT", "HUGEINT",
                "UTINYINT", "USMALLINT", "UINTEGER", "UBIGINT", "UHUGEINT", "INT2", "INT4", "INT8"),
    "decimal": ("DECIMAL", "NUMERIC"),
    "float": ("DOUBLE", "FLOAT", "REAL", "DOUBLE PRECISION", "FLOAT4", "FLOAT8"),
    "text": ("VARCHAR", "TEXT", "STRING", "CHAR", "CHARACTER VARYING", "CHARACTER", "BPCHAR"),
    "date": ("DATE",),
    "timestamp": ("TIMESTAMP", "TIMESTAMPTZ", "TIMESTAMP WITH TIME ZONE", "DATETIME"),
    "boolean": ("BOOLEAN", "BOOL"),
}
NUMERIC = frozenset({"integer", "decimal", "float"})
TEMPORAL = frozenset({"date", "timestamp"})
_BY_NAME = {name: family for family, names in FAMILIES.items() for name in names}


def base_type(sql_type: str) -> str:
    """'decimal(7,2)' -> 'DECIMAL'."""
    return sql_type.upper().split("(")[0].strip()


def family(sql_type: str) -> str:
    """The type's family (a key of FAMILIES), or its base name in lower case when it has none (BLOB, STRUCT...)."""
    base = base_type(sql_type)
    if base in _BY_NAME:
        return _BY_NAME[base]
    if base.startswith("TIMESTAMP"):        # TIMESTAMP_NS, TIMESTAMP_MS, TIMESTAMP WITH LOCAL TIME ZONE...
        return "timestamp"
    return base.lower()


def is_numeric(sql_type: str) -> bool:
    return family(sql_type) in NUMERIC


def is_temporal(sql_type: str) -> bool:
    """A date or a timestamp: what a window or a calendar period can read."""
    return family(sql_type) in TEMPORAL


def compatible(declared: str, actual: str) -> bool:
    """A catalog's declared type fits the warehouse's: the same family, or both numeric."""
    a, b = family(declared), family(actual)
    return a == b or (a in NUMERIC and b in NUMERIC)
