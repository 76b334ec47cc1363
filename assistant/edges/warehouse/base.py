"""What the pipeline knows of a warehouse: DuckDB-dialect SQL in, rows out.

Engines (DuckDB, PostgreSQL, Spark) subclass `Warehouse`; only modules of this folder open connections.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from assistant.errors import WarehouseError

# Engines quote the offending value in their errors ("Could not convert string '+33612...' to INT64",
# `invalid input syntax for type bigint: "nora@..."`, "The value 'Lyon' of the type ..."): quoted text and
# long numbers are data, and these messages reach users, logs and the model.
_QUOTED = re.compile(r"'(?:[^']|'')*'|\"(?:[^\"]|\"\")*\"|`[^`]*`")
_NUMBER = re.compile(r"(?<![A-Za-z_])[-+]?\d[\d.,:+-]{2,}")


def scrub(message: str) -> str:
    """The first line of an engine error with every quoted value and long number replaced by '…'.

    Every warehouse error path (each engine, the daily indicators, the catalog check) goes through it.
    Example: scrub("Could not convert string '+33 6 12' to INT64") == "Could not convert string '…' to INT64"
    """
    first = message.strip().splitlines()[0] if message.strip() else "unknown error"
    quoted = _QUOTED.sub(lambda m: m.group(0)[0] + "…" + m.group(0)[0], first)
    return _NUMBER.sub("…", quoted)


_PARQUET = re.compile(r"^([A-Za-z_][A-Za-z0-9_]*)\.([A-Za-z_][A-Za-z0-9_]*)\.parquet$")


def parquet_tables(folder: Path) -> dict[tuple[str, str], Path]:
    """{(schema, table): file} of a warehouse folder; a Parquet file named otherwise is refused, never guessed at."""
    tables = {}
    for file in sorted(folder.resolve().glob("*.parquet")):
        m = _PARQUET.match(file.name)
        if m is None:
            raise WarehouseError(f"the warehouse folder {folder} holds a file named {file.name!r}: Parquet tables "
                                 "must be named schema.table.parquet, with letters, digits and underscores",
                                 hint="rename or move that file out of the folder")
        tables[(m.group(1), m.group(2))] = file
    return tables


@dataclass(frozen=True)
class Constraint:
    """A key the warehouse declares: a primary key, a unique column set, or a foreign key and what it references."""
    table: str                      # schema.table
    kind: str                       # "primary", "unique" or "foreign"
    columns: tuple[str, ...]
    references: str | None = None   # schema.table of a foreign key's target
    referenced: tuple[str, ...] = ()


@dataclass(frozen=True)
class QueryResult:
    columns: list[str]
    rows: list[tuple]
    truncated: bool
    elapsed_ms: float


class Warehouse:
    """The edge every engine implements (`run`, `close`); the rest is shared: DuckDB-dialect SQL in, rows out."""

    dialect = "duckdb"

    def run(self, statements: list[str], params: list | None = None, *, max_rows: int | None = None) -> list[QueryResult]:
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError

    def query(self, sql: str, params: list | None = None, *, max_rows: int | None = None) -> QueryResult:
        """Run one statement; rows beyond the cap are dropped and reported."""
        return self.run([sql], params, max_rows=max_rows)[-1]

    def scalar(self, sql: str, params: list | None = None):
        result = self.query(sql, params, max_rows=1)
        return result.rows[0][0] if result.rows else None

    def as_of(self):
        """The warehouse's own 'today' (meta.warehouse.as_of) when it declares one."""
        try:
            return self.scalar("SELECT as_of FROM meta.warehouse LIMIT 1")
        except WarehouseError:
            return None

    def materialised(self) -> dict[str, str]:
        """Daily indicators materialised beside this warehouse: {name: as_of}."""
        return {}

    def constraints(self) -> list[Constraint]:
        """Keys the warehouse declares (engines that cannot tell return none: keys are then found by name and data)."""
        return []

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()
