"""Item 1: no SQL is assembled from file names, paths, aliases or catalog names by string formatting."""
from __future__ import annotations

import datetime as dt

import duckdb
import pytest

from assistant.edges.warehouse.duckdb import DuckDBWarehouse
from assistant.edges.warehouse.enrich import materialise
from assistant.errors import AudienceError, CatalogError, WarehouseError

A = dt.date(2026, 9, 30)
COPY_PAYLOAD = "s.t.parquet'); COPY (SELECT 42) TO 'x.csv'; SELECT ('.parquet"


def test_hostile_parquet_file_name_is_refused_and_never_runs(parquet_folder, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (parquet_folder / COPY_PAYLOAD).write_bytes((parquet_folder / "crm.customers.parquet").read_bytes())
    with pytest.raises(WarehouseError) as info:
        DuckDBWarehouse(parquet_folder)
    assert not (tmp_path / "x.csv").exists(), "the COPY hidden in a file name ran"
    assert "schema.table.parquet" in str(info.value) and "s.t.parquet'" in str(info.value)


@pytest.mark.parametrize("name", ["crm.cust-omers.parquet", "crm.customers.x.parquet", "1crm.customers.parquet",
                                  'crm."customers".parquet', "crm.customers .parquet"])
def test_parquet_names_must_be_plain_identifiers(parquet_folder, name):
    (parquet_folder / name).write_bytes((parquet_folder / "crm.customers.parquet").read_bytes())
    with pytest.raises(WarehouseError, match="schema.table.parquet"):
        DuckDBWarehouse(parquet_folder)


def test_a_parquet_folder_with_a_quote_in_its_path_still_opens(tmp_path, parquet_folder):
    odd = tmp_path / "it's a folder"
    parquet_folder.rename(odd)
    with DuckDBWarehouse(odd) as wh:
        assert wh.scalar("SELECT count(*) FROM crm.customers") == 10
        assert wh.scalar("SELECT current_setting('enable_external_access')") is False


def test_parquet_folder_cannot_be_written_into(parquet_folder, tmp_path):
    with DuckDBWarehouse(parquet_folder) as wh:
        with pytest.raises(WarehouseError):
            wh.query(f"COPY (SELECT 42) TO '{parquet_folder / 'new.csv'}'")
        with pytest.raises(WarehouseError):
            wh.query(f"COPY (SELECT 42 AS customer_id) TO '{parquet_folder / 'crm.customers.parquet'}' (FORMAT PARQUET)")
    assert sorted(p.name for p in parquet_folder.iterdir()) == ["crm.customers.parquet"]


def test_hostile_attach_path_and_alias_never_run(demo_db, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    scores = tmp_path / "s.duckdb"
    duckdb.connect(str(scores)).close()
    hostile_file = tmp_path / "s.duckdb' AS z; COPY (SELECT 42) TO 'y.csv'; ATTACH 's.duckdb"
    hostile_file.write_bytes(scores.read_bytes())
    for attach in ({"scores": hostile_file}, {'x" (READ_ONLY); COPY (SELECT 42) TO \'y.csv\'; --': scores}):
        try:
            DuckDBWarehouse(demo_db, attach=attach).close()
        except WarehouseError:
            pass
        assert not (tmp_path / "y.csv").exists(), f"the COPY hidden in {attach} ran"
    with pytest.raises(WarehouseError, match="alias"):
        DuckDBWarehouse(demo_db, attach={"bad alias": scores})


def test_attached_file_with_a_quote_in_its_name_opens(demo_db, tmp_path):
    odd = tmp_path / "o'brien.duckdb"
    con = duckdb.connect(str(odd))
    con.execute("CREATE TABLE main.t AS SELECT 1 AS x")
    con.close()
    with DuckDBWarehouse(demo_db, attach={"extra": odd}) as wh:
        assert wh.scalar("SELECT x FROM extra.t") == 1


def test_daily_indicator_sql_is_guarded_before_materialising(demo_db, hostile_catalog, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)

    def mutate(data):
        data["indicators"]["pwn"] = {
            "label": "pwn", "refresh": "daily", "type": "BIGINT",
            "sql": "SELECT customer_id, 1 AS value FROM crm.customers) AS i; COPY (SELECT 42) TO 'z.csv'; "
                   "SELECT * FROM (SELECT customer_id, 1 AS value FROM crm.customers"}
    catalog = hostile_catalog(mutate)
    with pytest.raises(AudienceError) as info:
        materialise(demo_db, catalog, tmp_path / "enrich.duckdb", A)
    assert not (tmp_path / "z.csv").exists(), "the COPY hidden in an indicator ran"
    assert "pwn" in str(info.value)


def test_materialise_works_with_quotes_in_paths(demo_db, catalog, tmp_path):
    out = tmp_path / "it's here" / "enrich.duckdb"
    done = materialise(demo_db, catalog, out, A)
    assert done and out.exists()


@pytest.mark.parametrize("mutate,where", [
    (lambda d: d["tables"]["crm.customers"]["columns"].update({'email" FROM x; --': {"type": "VARCHAR"}}), "columns"),
    (lambda d: d["indicators"].update({'a"b': d["indicators"][next(iter(d["indicators"]))]}), "indicators"),
    (lambda d: d["policies"]["suppressions"].update({"x AS (SELECT 1) --": {"label": "x", "sql": "SELECT customer_id FROM crm.do_not_contact"}}), "suppressions"),
    (lambda d: d["entity"].update({"key": "customer_id; --"}), "entity"),
])
def test_catalog_names_that_reach_sql_must_be_identifiers(hostile_catalog, mutate, where):
    with pytest.raises(CatalogError) as info:
        hostile_catalog(mutate)
    assert "identifier" in str(info.value) and where in str(info.value)
