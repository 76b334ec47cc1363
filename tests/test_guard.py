"""The guard: hostile and broken SQL is refused with a position and a fix; good SQL passes and still runs."""
from __future__ import annotations

import pytest

from assistant.errors import WarehouseError
from assistant.sql.guard import GuardError, allowed_functions, check_sql
from sql_fixtures import read_cases

REJECTS = read_cases("guard_rejects.sql")
ACCEPTS = read_cases("guard_accepts.sql")


def test_the_hostile_table_is_large_enough():
    assert len(REJECTS) >= 40


@pytest.mark.parametrize("case", REJECTS, ids=[c["case"] for c in REJECTS])
def test_guard_rejects(case, catalog):
    with pytest.raises(GuardError) as info:
        check_sql(case["sql"], catalog)
    err = info.value
    assert case["expect"].lower() in str(err).lower()
    assert err.hint, "every rejection says how to fix it"


@pytest.mark.parametrize("case", REJECTS, ids=[c["case"] for c in REJECTS])
def test_engine_refuses_on_its_own(case, warehouse, tmp_path):
    """Defence in depth: the same text sent straight to the sandboxed engine."""
    if case["engine"] == "refuse":
        with pytest.raises(WarehouseError):
            warehouse.query(case["sql"])
    else:
        try:
            warehouse.query(case["sql"])
        except WarehouseError:
            pass
    # Whatever happened, the next query sees the real catalog tables and the locked settings.
    assert warehouse.scalar("SELECT count(*) FROM crm.customers") == 4000
    assert warehouse.scalar("SELECT current_setting('enable_external_access')") is False
    assert warehouse.scalar("SELECT count(*) FROM duckdb_databases() WHERE NOT internal") == 1


def test_temp_objects_do_not_outlive_their_query(warehouse):
    warehouse.query("CREATE TEMP VIEW customers AS SELECT 1 AS customer_id")
    warehouse.query("CREATE TEMP TABLE crm_customers AS SELECT 1 AS customer_id")
    with pytest.raises(WarehouseError):
        warehouse.query("SELECT * FROM crm_customers")
    assert warehouse.scalar("SELECT count(*) FROM duckdb_views() WHERE view_name = 'customers'") == 0


def test_engine_cannot_write_files(warehouse, tmp_path):
    target = tmp_path / "out.csv"
    for sql in (f"COPY (SELECT 1) TO '{target}'", f"EXPORT DATABASE '{tmp_path / 'dump'}'"):
        with pytest.raises(WarehouseError):
            warehouse.query(sql)
    assert not target.exists() and not (tmp_path / "dump").exists()


def test_engine_time_limit_interrupts(demo_db):
    from assistant.edges.warehouse.duckdb import DuckDBWarehouse

    with DuckDBWarehouse(demo_db, time_limit_ms=300) as wh:
        with pytest.raises(WarehouseError, match="longer than 300 ms") as info:
            wh.query("SELECT count(*) FROM range(100000000000) a, range(10) b")
        assert "query_time_limit_ms" in info.value.hint
        assert wh.scalar("SELECT 1") == 1  # the connection is still usable


def test_row_cap_reports_truncation(warehouse):
    res = warehouse.query("SELECT customer_id FROM crm.customers", max_rows=10)
    assert len(res.rows) == 10 and res.truncated


def test_huge_query_is_refused(catalog):
    big = "SELECT customer_id FROM crm.customers WHERE " + " OR ".join(f"customer_id = {i}" for i in range(6000))
    with pytest.raises(GuardError, match="characters long"):
        check_sql(big, catalog)
    deep = "SELECT customer_id FROM crm.customers WHERE customer_id IN (" + ", ".join(str(i) for i in range(5500)) + ")"
    with pytest.raises(GuardError, match="too complex"):
        check_sql(deep, catalog)


def test_errors_point_at_the_position(catalog):
    with pytest.raises(GuardError) as info:
        check_sql("SELECT customer_id\nFROM crm.customers\nWHERE tier = 'vip'", catalog)
    assert (info.value.line, info.value.col) == (3, 10)
    assert "did you mean loyalty_tier" in info.value.hint


def test_unknown_table_suggests_the_closest(catalog):
    with pytest.raises(GuardError) as info:
        check_sql("SELECT customer_id FROM pos.transaction", catalog)
    assert "pos.transactions" in info.value.hint


@pytest.mark.parametrize("case", ACCEPTS, ids=[c["case"] for c in ACCEPTS])
def test_guard_accepts_and_regenerated_sql_runs(case, catalog, warehouse):
    checked = check_sql(case["sql"], catalog)
    original = warehouse.query(case["sql"], max_rows=100_000).rows
    regenerated = warehouse.query(checked.sql, max_rows=100_000).rows
    assert sorted(original, key=repr) == sorted(regenerated, key=repr)  # regeneration keeps DuckDB syntax working


def test_allow_list_has_the_everyday_functions_and_no_readers():
    names = {n.upper() for n in allowed_functions()}
    assert {"COUNT", "SUM", "DATEDIFF", "COALESCE", "LOWER", "PERCENT_RANK"} <= names
    assert not {"READ_CSV", "GETENV", "CURRENT_SETTING", "GLOB", "READ_TEXT"} & names


def test_parquet_folder_and_attached_files(demo_db, catalog, tmp_path, warehouse):
    """DuckDB also reads a folder of Parquet tables, and more files attached read-only for multi-source setups."""
    import duckdb

    from assistant.dry_run.run import dry_run
    from assistant.definition import AudienceDefinition, Criterion
    from assistant.demo.load import write_parquet
    from assistant.edges.warehouse.duckdb import DuckDBWarehouse

    import shutil

    copy = tmp_path / "copy.duckdb"  # one process cannot open the same file under two configurations
    shutil.copy(demo_db, copy)
    write_parquet(copy, tmp_path / "pq")
    defn = AudienceDefinition(as_of="2026-09-30", channel="email", criteria=[
        Criterion(label="gold", sql="SELECT customer_id FROM crm.customers WHERE loyalty_tier = 'gold'")])
    with DuckDBWarehouse(tmp_path / "pq") as pq:
        assert dry_run(defn, catalog, pq).final_size == dry_run(defn, catalog, warehouse).final_size
        with pytest.raises(WarehouseError):
            pq.query(f"SELECT * FROM read_csv('{demo_db}')")  # outside the folder: refused
    scores = tmp_path / "scores.duckdb"
    con = duckdb.connect(str(scores))
    con.execute(f"CREATE TABLE main.customer_scores AS SELECT * FROM read_parquet('{tmp_path / 'pq' / 'ds.customer_scores.parquet'}')")
    con.close()
    with DuckDBWarehouse(copy, attach={"scores": scores}) as multi:
        sql = "SELECT customer_id FROM scores.customer_scores WHERE churn_risk > 0.7"
        assert len(multi.query(sql, max_rows=10**6).rows) == len(
            multi.query("SELECT customer_id FROM ds.customer_scores WHERE churn_risk > 0.7", max_rows=10**6).rows)
        with pytest.raises(WarehouseError):
            multi.query("DROP TABLE scores.customer_scores")


def test_the_path_guards_each_query_once(demo_db, tmp_path, monkeypatch):
    # translate -> dry run -> submit re-checks criteria, policies and breakdowns at every step; the verdict is
    # remembered per (text, catalog, output columns), so each distinct query is parsed and checked once.
    from collections import Counter

    import assistant.sql.guard as guard
    from assistant import pipeline
    from assistant.settings import load_settings

    checked, check = Counter(), guard._check
    monkeypatch.setattr(guard, "_check", lambda sql, catalog, returns: checked.update([(sql, returns)]) or
                        check(sql, catalog, returns))
    monkeypatch.setattr(guard, "_CACHE", {})
    with pipeline.open(load_settings(home=tmp_path / "home", db=demo_db)) as svc:
        translation = pipeline.translate(svc, "gold customers in Spain who bought online in the last 6 months",
                                         channel="email")
        run = pipeline.dry_run(svc, translation.definition)
        pipeline.submit(svc, pipeline.user(svc, "maria"), translation.definition, dry_run=run)
        pipeline.dry_run(svc, translation.definition, own_sizes=True)
    assert checked and max(checked.values()) == 1, [q for q, n in checked.items() if n > 1]


def test_what_the_guard_derives_from_a_catalog_is_built_once_per_catalog(catalog, monkeypatch):
    # Rebuilding sqlglot's schema and the personal-column sets at every check was most of a check's time on
    # a large catalog; a catalog is frozen, so they are derived once per catalog object.
    from collections import Counter

    from assistant.sql import catalog_facts
    from assistant.sql.guard import check_sql_uncached
    from schema_catalog.model import Catalog

    calls, personal, mapping = Counter(), Catalog.personal_columns, Catalog.schema_mapping
    monkeypatch.setattr(Catalog, "personal_columns", lambda self: calls.update(["personal"]) or personal(self))
    monkeypatch.setattr(Catalog, "schema_mapping", lambda self: calls.update(["schema"]) or mapping(self))
    monkeypatch.setattr(catalog_facts, "_FACTS", {})
    for sql in ("SELECT customer_id FROM crm.customers WHERE email IS NOT NULL",
                "SELECT customer_id FROM crm.consents WHERE channel = 'email'",
                "SELECT c.customer_id FROM crm.customers AS c WHERE date_diff('year', c.birth_date, DATE '2026-09-30') > 30"):
        check_sql_uncached(sql, catalog)
    assert calls == {"personal": 1, "schema": 1}
    with pytest.raises(GuardError, match="personal column"):  # and the derived sets still refuse what they did
        check_sql_uncached("SELECT customer_id FROM crm.customers WHERE email LIKE 'nora%'", catalog)
