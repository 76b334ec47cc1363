"""Daily indicators ("enrich"): materialised once a day, with their as-of date, beside the warehouse.

The warehouse stays read-only: daily indicators are written to a separate DuckDB
file that the sandboxed engine attaches read-only as the `enrich` schema.
Dynamic indicators are computed at query time, as is a daily one that has not
been materialised for the requested date (with a warning).
"""
from __future__ import annotations

import datetime as dt
import hashlib
import os
from pathlib import Path

import duckdb
from sqlglot import exp

from assistant.edges.warehouse.base import scrub
from assistant.errors import GuardError, WarehouseError
from assistant.sql.guard import check_sql
from schema_catalog.model import ENRICH_SCHEMA as SCHEMA
from schema_catalog.model import Catalog, Column, Source, Table
from schema_catalog.templates import render

def _guarded(name: str, sql: str, catalog: Catalog, as_of: dt.date) -> str:
    try:
        return check_sql(render(sql, as_of), catalog, returns=(catalog.entity.key, "value")).sql
    except GuardError as exc:
        raise GuardError(f"daily indicator '{name}': {exc.message}", hint=exc.hint, line=exc.line, col=exc.col) from None


def _ident(name: str) -> str:
    return exp.to_identifier(name, quoted=True).sql(dialect="duckdb")


def _literal(day: dt.date) -> str:
    return exp.cast(exp.Literal.string(day.isoformat()), "DATE").sql(dialect="duckdb")


def enrich_path(home: Path, warehouse: Path, catalog: Catalog) -> Path:
    digest = hashlib.sha256(str(Path(warehouse).resolve()).encode()).hexdigest()[:10]
    return Path(home) / f"enrich_{catalog.name}_{digest}.duckdb"


def materialise(warehouse: Path, catalog: Catalog, out: Path, as_of: dt.date) -> dict[str, str]:
    """Compute every daily indicator as of `as_of` into `out` (written aside, then swapped in whole)."""
    daily = {n: i for n, i in catalog.indicators.items() if i.refresh == "daily"}
    tmp = out.with_name(out.name + ".partial")
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        tmp.unlink(missing_ok=True)
    except OSError as exc:
        raise WarehouseError(f"cannot write daily indicators next to {out}: {exc.strerror}",
                             hint="set AUDIENCE_HOME to a writable folder") from None
    key = catalog.entity.key
    # The indicators' SQL passes the guard like any other: what runs is the checked, regenerated query.
    queries = {name: _guarded(name, ind.sql, catalog, as_of) for name, ind in daily.items()}
    try:
        con = duckdb.connect(config={"autoload_known_extensions": False, "autoinstall_known_extensions": False})
        try:
            con.execute("ATTACH ? AS wh (READ_ONLY)", [str(Path(warehouse).resolve())])
            con.execute("ATTACH ? AS out", [str(tmp.resolve())])
            # Both files are open: nothing else is reachable from here on.
            con.execute("SET enable_external_access = false")
            con.execute("SET lock_configuration = true")
            con.execute("USE wh")
            day = _literal(as_of)
            for name, sql in queries.items():
                target = exp.table_(name, db="main", catalog="out", quoted=True).sql(dialect="duckdb")
                con.execute(f"CREATE TABLE {target} AS SELECT {_ident(key)}, value, {day} AS as_of FROM ({sql}) AS i")
            con.execute("CREATE TABLE out.main._materialised (indicator VARCHAR, as_of DATE, materialised_at TIMESTAMP)")
            con.executemany("INSERT INTO out.main._materialised VALUES (?, ?, ?)",
                            [(n, as_of, dt.datetime.now()) for n in daily])
            con.execute("DETACH out")
        finally:
            con.close()
    except (duckdb.Error, OSError) as exc:
        tmp.unlink(missing_ok=True)
        raise WarehouseError(f"could not materialise the daily indicators: {scrub(str(exc))}",
                             hint="check the indicators compile (`audience catalog check`) and the home folder is writable") from None
    os.replace(tmp, out)
    return {n: as_of.isoformat() for n in daily}


def enriched_catalog(catalog: Catalog, materialised: dict[str, str]) -> Catalog:
    """The catalog plus the materialised indicator tables (enrich.<name>), so the guard knows them."""
    if not materialised:
        return catalog
    key_type = catalog.column(catalog.key_column).type
    tables = {f"{SCHEMA}.{name}": Table(source=SCHEMA, description=f"daily indicator {name}, materialised",
                                        columns={catalog.entity.key: Column(type=key_type, description="Customer key."),
                                                 "value": Column(type=catalog.indicators[name].type, description="Indicator value."),
                                                 "as_of": Column(type="DATE", description="Materialised as of.")})
              for name in materialised if name in catalog.indicators}
    sources = {**catalog.sources, SCHEMA: Source(system="Daily indicators (enrich)", schema=SCHEMA, freshness="daily")}
    return catalog.with_materialised(materialised, {**catalog.tables, **tables}, sources)
