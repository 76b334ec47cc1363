"""The same audiences on PostgreSQL (a real server started by the test) as on DuckDB.

Skips loudly when the PostgreSQL server binaries are missing (.ci/run installs Debian's package).
"""
from __future__ import annotations

import datetime as dt

import pytest

import pg_server
from assistant.sql.compile import compile_sql
from assistant.dry_run.run import dry_run, members
from assistant.demo.load import load_into_postgres
from assistant.edges.warehouse.postgres import PostgresWarehouse, redact
from assistant.errors import WarehouseError
from assistant.evals import load_golden
from assistant.translate.offline.translator import OfflineTranslator
from assistant.translate.value_index import build

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


def keys(wh, sql) -> set:
    return {r[0] for r in wh.query(sql, max_rows=10**7).rows if r[0] is not None}


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


def approved_export(defn, run, engine, tmp_path):
    """Submit (maria), approve (sam) and export on `engine` through the pipeline: the whole send path there."""
    from assistant import pipeline
    from assistant.settings import load_settings

    with pipeline.open(load_settings(home=tmp_path / "home"), warehouse=engine) as services:
        maria, sam = pipeline.user(services, "maria"), pipeline.user(services, "sam")
        version_id = pipeline.submit(services, maria, defn, dry_run=run).version_id
        pipeline.approve(services, sam, version_id)
        return pipeline.export(services, maria, version_id)


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


# -- Spark ----------------------------------------------------------------------

def _spark_reason() -> str | None:
    import shutil

    try:
        import pyspark  # noqa: F401
    except ImportError:
        return "pyspark is not installed (it is a test dependency in pyproject.toml)"
    if not shutil.which("java"):
        return "no Java runtime (Spark needs one; .ci/run installs Debian's default-jre-headless)"
    return None


SPARK_REASON = _spark_reason()
spark_only = pytest.mark.skipif(SPARK_REASON is not None, reason=f"SKIPPED LOUDLY: {SPARK_REASON}")


@pytest.fixture(scope="module")
def sparkw(demo_db, tmp_path_factory):
    from assistant.demo.load import write_parquet
    from assistant.edges.warehouse.spark import SparkWarehouse

    folder = tmp_path_factory.mktemp("parquet")
    write_parquet(demo_db, folder)
    return SparkWarehouse(folder, master="local[2]", time_limit_ms=120_000, max_rows=1_000)


def fingerprint_sql(label: str, sql: str, key: str = "customer_id") -> str:
    """A set of keys as (count, sum, sum of squares mod p): equal sets, equal prints; one Spark job per batch."""
    return (f"SELECT '{label}' AS id, count(*) AS n, coalesce(sum(k), 0) AS s1, coalesce(sum((k * k) % 1000003), 0) AS s2 "
            f"FROM (SELECT DISTINCT {key} AS k FROM ({sql}\n) AS q WHERE {key} IS NOT NULL) AS d")


@spark_only
@pytest.mark.timeout(900)  # ~400 queries on local Spark: 220 s alone on this 2-core machine, more when it is shared
def test_golden_set_returns_the_same_customers_on_spark(sparkw, warehouse, catalog):
    translator = OfflineTranslator(catalog, build(warehouse, catalog))
    queries = []
    for p in [p for p in load_golden() if p.catalog == "demo_retailer" and p.gold]:
        queries.append((f"gold {p.id}", p.gold))
        result = translator.translate(p.request, p.as_of)
        if result.definition is not None and result.status == "ok":
            queries.append((f"translation {p.id}", compile_sql(result.definition, catalog)))
    expected = {}
    for label, sql in queries:
        row = warehouse.query(fingerprint_sql(label, sql)).rows[0]
        expected[label] = tuple(int(x) for x in row[1:])
    got = {}
    for i in range(0, len(queries), 40):
        batch = " UNION ALL ".join(fingerprint_sql(label, sql) for label, sql in queries[i:i + 40])
        for row in sparkw.query(batch, max_rows=1000).rows:
            got[row[0]] = tuple(int(x) for x in row[1:])
    mismatches = [label for label in expected if got.get(label) != expected[label]]
    assert len(queries) > 350 and mismatches == []


@spark_only
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


@spark_only
def test_export_on_spark(sparkw, warehouse, catalog, tmp_path):
    defn = OfflineTranslator(catalog, build(warehouse, catalog)).translate("VIP customers in France", dt.date(2026, 9, 30),
                                                                           "email").definition
    run = dry_run(defn, catalog, sparkw)
    result = approved_export(defn, run, sparkw, tmp_path)
    assert result.rows == dry_run(defn, catalog, warehouse).final_size == run.final_size > 0


# -- splits: the same arms on every engine ----------------------------------------

def split_definition(warehouse, catalog):
    from assistant.review.split import new_split

    defn = OfflineTranslator(catalog, build(warehouse, catalog)).translate(
        "customers in Spain or Italy", dt.date(2026, 9, 30), "email").definition
    return defn.model_copy(update={"split": new_split(11, [("A", 45), ("B", 45)], 10, salt="engines-test-salt")})


def test_split_gives_the_same_arms_on_postgres(pgw, warehouse, catalog):
    from assistant.dry_run.arms import arm_report, assignments

    defn = split_definition(warehouse, catalog)
    on_duck = assignments(defn, catalog, warehouse)
    assert len(on_duck) > 100 and set(on_duck.values()) == {"A", "B", "holdout"}
    assert assignments(defn, catalog, pgw) == on_duck
    assert arm_report(defn, catalog, pgw, ["crm.customers.country"]) == arm_report(defn, catalog, warehouse,
                                                                                   ["crm.customers.country"])


@spark_only
def test_split_gives_the_same_arms_on_spark(sparkw, warehouse, catalog):
    from assistant.dry_run.arms import assignments

    defn = split_definition(warehouse, catalog)
    assert assignments(defn, catalog, sparkw) == assignments(defn, catalog, warehouse)


def overlap_definitions(warehouse, catalog):
    translator = OfflineTranslator(catalog, build(warehouse, catalog))
    return [translator.translate(r, dt.date(2026, 9, 30), ch).definition for r, ch in (
        ("customers in Spain or Italy", "email"), ("VIP or gold customers", "none"),
        ("customers who bought online in the last 6 months", "sms"))]


def test_overlap_is_the_same_on_postgres(pgw, warehouse, catalog):
    from assistant.dry_run.overlap import overlap

    defs = overlap_definitions(warehouse, catalog)
    on_duck = overlap(defs, ["a", "b", "c"], catalog, warehouse)
    on_pg = overlap(defs, ["a", "b", "c"], catalog, pgw)
    assert on_pg.regions == on_duck.regions and on_duck.in_only(0, 1, 2) > 0


@spark_only
def test_overlap_is_the_same_on_spark(sparkw, warehouse, catalog):
    from assistant.dry_run.overlap import overlap

    defs = overlap_definitions(warehouse, catalog)
    assert overlap(defs, ["a", "b", "c"], catalog, sparkw).regions == overlap(defs, ["a", "b", "c"], catalog, warehouse).regions


def nested_definition(warehouse, catalog, tmp_path):
    """'VIP or gold customers' except the members of an approved 'customers in Spain or Italy' audience.

    Built on the session's warehouse connection: a second DuckDB connection to the same file in this process
    would meet the first one's locked configuration.
    """
    from assistant.edges.store import Store
    from assistant.review import nested
    from assistant.review import workflow as review
    from assistant.review.users import find_user
    from assistant.settings import load_settings

    settings = load_settings(home=tmp_path / "home")
    store = Store.from_settings(settings)
    translator = OfflineTranslator(catalog, build(warehouse, catalog))
    inner = translator.translate("customers in Spain or Italy", dt.date(2026, 9, 30), "email").definition
    maria = find_user(settings, "maria")
    v = review.save_draft(store, maria, inner)
    run = dry_run(inner, catalog, warehouse)
    review.submit(store, maria, v, run, members=members(inner, catalog, warehouse, as_of=run.as_of))
    review.approve(store, find_user(settings, "sam"), v)
    outer = translator.translate("VIP or gold customers", dt.date(2026, 9, 30), "email").definition
    reference = nested.reference(store, catalog, review.version(store, v).audience_id)
    store.close()
    return nested.with_reference(outer, reference, exclude=True)


def test_audience_inside_audience_on_postgres(pgw, warehouse, catalog, tmp_path):
    defn = nested_definition(warehouse, catalog, tmp_path)
    on_duck, on_pg = dry_run(defn, catalog, warehouse), dry_run(defn, catalog, pgw)
    assert on_pg.final_size == on_duck.final_size > 0 and on_pg.waterfall == on_duck.waterfall


@spark_only
def test_audience_inside_audience_on_spark(sparkw, warehouse, catalog, tmp_path):
    defn = nested_definition(warehouse, catalog, tmp_path)
    assert keys(sparkw, compile_sql(defn, catalog)) == keys(warehouse, compile_sql(defn, catalog))
