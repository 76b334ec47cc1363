"""The same audiences on PostgreSQL (a real server started by the test) as on DuckDB.

Skips loudly when the PostgreSQL server binaries are missing (.ci/run installs Debian's package).
"""
from __future__ import annotations

import datetime as dt

import pytest

import pg_server
from assistant.demo.load import load_into_postgres
from assistant.dry_run.run import dry_run
from assistant.edges.warehouse.postgres import PostgresWarehouse, redact
from assistant.errors import WarehouseError
from assistant.evals import load_golden
from assistant.sql.compile import compile_sql
from assistant.translate.offline.translator import OfflineTranslator
from assistant.translate.value_index import build
from engines import (DAY_SETS, HOUR_SETS, MONTH_SETS, OWN_PLACES, approved_export, keys, nested_definition, overlap_definitions,
                     split_definition, store_purchases_gold, store_purchases_placed, store_purchases_placed_gold,
                     store_purchases_when)

REASON = pg_server.available()
pytestmark = pytest.mark.skipif(REASON is not None, reason=f"SKIPPED LOUDLY: {REASON}")


@pytest.fixture(scope="module")
def pg(demo_db):
    server = pg_server.PostgresServer()
    loader, reader = server.create_warehouse()
    counts = load_into_postgres(demo_db, loader)
    server.grant_reader()
    yield reader, counts
    server.stop()


@pytest.fixture(scope="module")
def pgw(pg):
    wh = PostgresWarehouse(pg[0], time_limit_ms=2_000, max_rows=1_000)
    yield wh
    wh.close()


def test_demo_data_is_loaded_whole(pg, warehouse):
    _, counts = pg
    assert counts["crm.customers"] == 4000 and len(counts) == 16
    assert counts["web.events"] == warehouse.scalar("SELECT count(*) FROM web.events")


def test_postgres_engine_is_read_only_with_a_time_limit(pgw):
    for sql in ("CREATE TABLE crm.x AS SELECT 1", "DELETE FROM crm.customers", "DROP TABLE crm.customers"):
        with pytest.raises(WarehouseError):
            pgw.query(sql)
    with pytest.raises(WarehouseError, match="longer than 2000 ms"):
        pgw.query("SELECT pg_sleep(5)")
    assert pgw.scalar("SELECT count(*) FROM crm.customers") == 4000


def test_secrets_never_appear_in_errors():
    with pytest.raises(WarehouseError) as info:
        PostgresWarehouse("host=127.0.0.1 port=1 user=reader password=hunter2 dbname=x")
    assert "hunter2" not in str(info.value) and "password=***" in str(info.value)
    assert redact("postgresql://reader:hunter2@db:5432/w") == "postgresql://reader:***@db:5432/w"


def test_golden_set_returns_the_same_customers_on_postgres(pgw, warehouse, catalog):
    translator = OfflineTranslator(catalog, build(pgw, catalog))
    mismatches, checked = [], 0
    for p in [p for p in load_golden() if p.catalog == "demo_retailer" and p.gold]:
        expected = keys(warehouse, p.gold)
        if keys(pgw, p.gold) != expected:
            mismatches.append(f"gold {p.id}")
        result = translator.translate(p.request, p.as_of)
        if result.definition is not None and result.status == "ok":
            sql = compile_sql(result.definition, catalog)
            if keys(pgw, sql) != keys(warehouse, sql):
                mismatches.append(f"translation {p.id}")
        checked += 1
    assert checked >= 180 and mismatches == []


def test_dry_run_and_export_on_postgres(pgw, warehouse, catalog, tmp_path):
    defn = OfflineTranslator(catalog, build(warehouse, catalog)).translate(
        "gold customers who bought online in the last 6 months, except those with an open ticket", dt.date(2026, 9, 30),
        "email").definition
    on_duck, on_pg = dry_run(defn, catalog, warehouse), dry_run(defn, catalog, pgw)
    assert on_pg.final_size == on_duck.final_size > 0
    assert [s.size_after for s in on_pg.funnel + on_pg.waterfall] == [s.size_after for s in on_duck.funnel + on_duck.waterfall]
    assert on_pg.reachability == on_duck.reachability and on_pg.breakdowns == on_duck.breakdowns
    assert len(on_pg.sample) == 20 and all("***" in row[1] for row in on_pg.sample)
    assert approved_export(defn, on_pg, pgw, tmp_path).rows == on_duck.final_size


def test_split_gives_the_same_arms_on_postgres(pgw, warehouse, catalog):
    from assistant.dry_run.arms import arm_report, assignments

    defn = split_definition(warehouse, catalog)
    on_duck = assignments(defn, catalog, warehouse)
    assert len(on_duck) > 100 and set(on_duck.values()) == {"A", "B", "holdout"}
    assert assignments(defn, catalog, pgw) == on_duck
    assert arm_report(defn, catalog, pgw, ["crm.customers.country"]) == arm_report(defn, catalog, warehouse,
                                                                                   ["crm.customers.country"])


def test_overlap_is_the_same_on_postgres(pgw, warehouse, catalog):
    from assistant.dry_run.overlap import overlap

    defs = overlap_definitions(warehouse, catalog)
    on_duck = overlap(defs, ["a", "b", "c"], catalog, warehouse)
    on_pg = overlap(defs, ["a", "b", "c"], catalog, pgw)
    assert on_pg.regions == on_duck.regions and on_duck.in_only(0, 1, 2) > 0


def test_audience_inside_audience_on_postgres(pgw, warehouse, catalog, tmp_path):
    defn = nested_definition(warehouse, catalog, tmp_path)
    on_duck, on_pg = dry_run(defn, catalog, warehouse), dry_run(defn, catalog, pgw)
    assert on_pg.final_size == on_duck.final_size > 0 and on_pg.waterfall == on_duck.waterfall


def test_days_of_the_week_select_the_same_customers_on_postgres(pg, pgw, warehouse, catalog):
    """Each day set, compiled once, against PostgreSQL's own EXTRACT(ISODOW ...) run as written (not transpiled)."""
    import psycopg

    with psycopg.connect(pg[0]) as con:
        for days in DAY_SETS:
            sql = store_purchases_when(catalog, "days", days)
            gold = {r[0] for r in con.execute(store_purchases_gold("EXTRACT(ISODOW FROM transaction_ts)", days))}
            assert gold and keys(pgw, sql) == gold == keys(warehouse, sql), days



def test_months_of_any_year_select_the_same_customers_on_postgres(pg, pgw, warehouse, catalog):
    """Each month set, compiled once, against PostgreSQL's own EXTRACT(MONTH ...) run as written (not transpiled)."""
    import psycopg

    with psycopg.connect(pg[0]) as con:
        for months in MONTH_SETS:
            sql = store_purchases_when(catalog, "months", months)
            gold = {r[0] for r in con.execute(store_purchases_gold("EXTRACT(MONTH FROM transaction_ts)", months))}
            assert gold and keys(pgw, sql) == gold == keys(warehouse, sql), months


def test_hours_of_the_day_select_the_same_customers_on_postgres(pg, pgw, warehouse, catalog):
    """Each hour set, compiled once, against PostgreSQL's own EXTRACT(HOUR ...) run as written."""
    import psycopg

    with psycopg.connect(pg[0]) as con:
        for hours in HOUR_SETS:
            sql = store_purchases_when(catalog, "hours", hours)
            gold = {r[0] for r in con.execute(store_purchases_gold("EXTRACT(HOUR FROM transaction_ts)", hours))}
            assert gold and keys(pgw, sql) == gold == keys(warehouse, sql), hours


def test_a_place_against_the_customers_own_selects_the_same_customers_on_postgres(pg, pgw, warehouse, catalog):
    """The correlated EXISTS of 'abroad', 'in their own city', compiled once, against a join written by hand."""
    import psycopg

    with psycopg.connect(pg[0]) as con:
        for dim, same in OWN_PLACES:
            gold = {r[0] for r in con.execute(store_purchases_placed_gold(dim, same))}
            sql = store_purchases_placed(catalog, dim, same)
            assert gold and keys(pgw, sql) == gold == keys(warehouse, sql), (dim, same)
