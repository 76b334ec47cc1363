"""The same audiences on Spark (a local session reading the demo warehouse as Parquet files) as on DuckDB.

Skips loudly when pyspark or a Java runtime is missing (.ci/run installs Debian's default-jre-headless).
The golden set's queries on Spark: the same queries on PostgreSQL run whole (test_engines_postgres.py); on a local Spark
session the ~400 of them take minutes, and what differs between engines is the constructs, not the literals: the fewest
queries that use every construct any of them uses (a node of the tree with its parent and role, a function, an
interval's unit, a cast's type, a literal's kind) run here. `benchmarks/spark_golden.py` runs them all.
"""
from __future__ import annotations

import datetime as dt

import pytest

from assistant.dry_run.run import dry_run
from assistant.errors import WarehouseError
from assistant.sql.compile import compile_sql
from assistant.translate.offline.translator import OfflineTranslator
from assistant.translate.value_index import build
from engines import (DAY_SETS, HOUR_SETS, MONTH_SETS, OWN_PLACES, approved_export, constructs, covering, fingerprint_sql,
                     golden_queries, keys, nested_definition, on_spark, overlap_definitions, spark_only,
                     spark_warehouse, split_definition, store_purchases_gold, store_purchases_placed,
                     store_purchases_placed_gold, store_purchases_when)

pytestmark = [spark_only, pytest.mark.minutes]


@pytest.fixture(scope="module")
def sparkw(demo_db, tmp_path_factory):
    # The golden set's queries are one Spark job: on a shared 2-core machine a batch of 40 took over the usual 120 s.
    return spark_warehouse(demo_db, tmp_path_factory, time_limit_ms=600_000)


def test_dry_run_and_limits_on_spark(sparkw, warehouse, catalog):
    defn = OfflineTranslator(catalog, build(warehouse, catalog)).translate(
        "customers aged 18-34 who bought shoes in the last year, except those with an open ticket", dt.date(2026, 9, 30),
        "sms").definition
    on_duck, on_spark = dry_run(defn, catalog, warehouse), dry_run(defn, catalog, sparkw)
    assert on_spark.final_size == on_duck.final_size > 0
    assert [s.removed for s in on_spark.waterfall] == [s.removed for s in on_duck.waterfall]
    assert on_spark.breakdowns == on_duck.breakdowns and on_spark.reachability == on_duck.reachability
    with pytest.raises(WarehouseError, match="only SELECT"):
        sparkw.query("DROP VIEW crm.customers")
    assert sparkw.scalar("SELECT count(*) FROM crm.customers") == 4000


def test_export_on_spark(sparkw, warehouse, catalog, tmp_path):
    defn = OfflineTranslator(catalog, build(warehouse, catalog)).translate("VIP customers in France", dt.date(2026, 9, 30),
                                                                           "email").definition
    run = dry_run(defn, catalog, sparkw)
    result = approved_export(defn, run, sparkw, tmp_path)
    assert result.rows == dry_run(defn, catalog, warehouse).final_size == run.final_size > 0


def test_split_gives_the_same_arms_on_spark(sparkw, warehouse, catalog):
    from assistant.dry_run.arms import assignments

    defn = split_definition(warehouse, catalog)
    assert assignments(defn, catalog, sparkw) == assignments(defn, catalog, warehouse)


def test_overlap_is_the_same_on_spark(sparkw, warehouse, catalog):
    from assistant.dry_run.overlap import overlap

    defs = overlap_definitions(warehouse, catalog)
    assert overlap(defs, ["a", "b", "c"], catalog, sparkw).regions == overlap(defs, ["a", "b", "c"], catalog, warehouse).regions


def test_audience_inside_audience_on_spark(sparkw, warehouse, catalog, tmp_path):
    defn = nested_definition(warehouse, catalog, tmp_path)
    assert keys(sparkw, compile_sql(defn, catalog)) == keys(warehouse, compile_sql(defn, catalog))


def test_days_of_the_week_select_the_same_customers_on_spark(sparkw, warehouse, catalog):
    """Each day set, compiled once, against Spark's own dayofweek (1 Sunday .. 7 Saturday) run as written."""
    for days in DAY_SETS:
        sql = store_purchases_when(catalog, "days", days)
        spark_days = [d % 7 + 1 for d in days]      # ISO Monday 1 .. Sunday 7 in Spark's numbering
        gold = {r[0] for r in sparkw.spark.sql(store_purchases_gold("dayofweek(transaction_ts)", spark_days)).collect()}
        assert gold and keys(sparkw, sql) == gold == keys(warehouse, sql), days


def test_months_of_any_year_select_the_same_customers_on_spark(sparkw, warehouse, catalog):
    """Each month set, compiled once, against Spark's own month() run as written."""
    for months in MONTH_SETS:
        sql = store_purchases_when(catalog, "months", months)
        gold = {r[0] for r in sparkw.spark.sql(store_purchases_gold("month(transaction_ts)", months)).collect()}
        assert gold and keys(sparkw, sql) == gold == keys(warehouse, sql), months


def test_hours_of_the_day_select_the_same_customers_on_spark(sparkw, warehouse, catalog):
    """Each hour set, compiled once, against Spark's own hour() run as written."""
    for hours in HOUR_SETS:
        sql = store_purchases_when(catalog, "hours", hours)
        gold = {r[0] for r in sparkw.spark.sql(store_purchases_gold("hour(transaction_ts)", hours)).collect()}
        assert gold and keys(sparkw, sql) == gold == keys(warehouse, sql), hours


def test_a_place_against_the_customers_own_selects_the_same_customers_on_spark(sparkw, warehouse, catalog):
    """The correlated EXISTS of 'abroad', 'in their own city', compiled once, against a join written by hand."""
    for dim, same in OWN_PLACES:
        gold = {r[0] for r in sparkw.spark.sql(store_purchases_placed_gold(dim, same)).collect()}
        assert gold and keys(sparkw, store_purchases_placed(catalog, dim, same)) == gold == \
            keys(warehouse, store_purchases_placed(catalog, dim, same)), (dim, same)


@pytest.mark.timeout(600)
def test_every_construct_of_the_golden_set_returns_the_same_customers_on_spark(sparkw, warehouse, catalog):
    queries = golden_queries(OfflineTranslator(catalog, build(warehouse, catalog)), catalog)
    chosen = covering(queries)
    assert len(queries) > 350 and set().union(*(constructs(sql) for _, sql in chosen)) == \
        set().union(*(constructs(sql) for _, sql in queries))
    expected = {label: tuple(int(x) for x in warehouse.query(fingerprint_sql(label, sql)).rows[0][1:])
                for label, sql in chosen}
    got = on_spark(sparkw, chosen)
    assert [label for label, _ in chosen if got.get(label) != expected[label]] == []


def test_the_cover_keeps_a_construct_only_one_query_uses():
    queries = [("a", "SELECT customer_id FROM t WHERE x = 1"), ("b", "SELECT customer_id FROM t WHERE x = 2"),
               ("c", "SELECT customer_id FROM t WHERE x = 'a'"),
               ("d", "SELECT customer_id FROM t WHERE ts >= DATE '2026-01-01' - INTERVAL 30 DAY")]
    # b says nothing a does not (a number compared); c compares a text, d subtracts an interval of days from a date
    assert sorted(label for label, _ in covering(queries)) == ["a", "c", "d"]
