"""Item 3: personal data leaves only through declared masked paths; never through breakdowns, indicators,
error messages, or a criterion used as a count oracle."""
from __future__ import annotations

import datetime as dt

import pytest

from assistant.definition import AudienceDefinition, Criterion
from assistant.dry_run.run import dry_run
from assistant.errors import AudienceError, GuardError, WarehouseError
from assistant.sql.guard import check_sql
from sql_fixtures import read_cases

A = dt.date(2026, 9, 30)
REJECTS = read_cases("personal_rejects.sql")
ACCEPTS = read_cases("personal_accepts.sql")


def _values(warehouse, column: str) -> list[str]:
    return [str(r[0]) for r in warehouse.query(f"SELECT {column} FROM crm.customers WHERE {column} IS NOT NULL",
                                               max_rows=10_000).rows]


def _definition(sql: str) -> AudienceDefinition:
    return AudienceDefinition(as_of=A, criteria=[Criterion(label="c", sql=sql)])


@pytest.mark.parametrize("case", REJECTS, ids=[c["case"] for c in REJECTS])
def test_personal_columns_are_refused_in_criteria(case, catalog):
    with pytest.raises(GuardError) as info:
        check_sql(case["sql"], catalog)
    assert case["expect"] in str(info.value)
    assert "personal" in str(info.value) and info.value.hint


@pytest.mark.parametrize("case", ACCEPTS, ids=[c["case"] for c in ACCEPTS])
def test_declared_roles_still_pass_and_run(case, catalog, warehouse):
    checked = check_sql(case["sql"], catalog)
    assert warehouse.query(checked.sql, max_rows=10).columns == ["customer_id"]


@pytest.mark.parametrize("attr", ["crm.customers.email", "crm.customers.phone", "crm.customers.first_name",
                                  "crm.customers.birth_date"])
def test_breakdown_by_a_personal_column_is_refused(attr, catalog, warehouse):
    defn = _definition("SELECT customer_id FROM crm.customers WHERE loyalty_tier = 'vip'")
    with pytest.raises(AudienceError) as info:
        dry_run(defn, catalog, warehouse, breakdowns=[attr], sample_size=0)
    assert attr in str(info.value) and "personal" in str(info.value)


def test_segment_breakdown_by_email_is_refused(tmp_path, demo_db):
    from assistant import pipeline
    from assistant.settings import load_settings

    with pipeline.open(load_settings(home=tmp_path / "home", db=demo_db)) as svc:
        who = pipeline.user(svc, "maria")
        defn = _definition("SELECT customer_id FROM crm.customers WHERE loyalty_tier = 'vip'")
        version_id = pipeline.save(svc, who, defn)
        with pytest.raises(AudienceError, match="personal"):
            pipeline.segment(svc, version_id, ["crm.customers.email"])


def test_indicator_whose_value_is_an_email_is_refused(hostile_catalog, warehouse):
    def mutate(data):
        data["indicators"]["mail"] = {"label": "mail", "refresh": "dynamic", "type": "VARCHAR",
                                      "sql": "SELECT customer_id, email AS value FROM crm.customers"}
    catalog = hostile_catalog(mutate)
    defn = _definition("SELECT customer_id FROM crm.customers WHERE loyalty_tier = 'vip'")
    with pytest.raises(AudienceError, match="crm.customers.email"):
        dry_run(defn, catalog, warehouse, breakdowns=["mail"], sample_size=0)


@pytest.mark.parametrize("sql,column", [
    ("SELECT CAST(phone || 'x' AS BIGINT) FROM crm.customers", "phone"),
    ("SELECT CAST(email AS INTEGER) FROM crm.customers", "email"),
    ("SELECT CAST(first_name AS DATE) FROM crm.customers", "first_name"),
    ("SELECT CAST(city AS INTEGER) FROM crm.customers", "city"),
])
def test_engine_errors_are_scrubbed_of_values(sql, column, warehouse):
    values = _values(warehouse, column)
    with pytest.raises(WarehouseError) as info:
        warehouse.query(sql)
    text = str(info.value)
    leaked = [v for v in values if v in text or v[:6] in text]
    assert leaked == [], f"the error quotes data: {text}"
    assert "Conversion" in text or "convert" in text.lower()  # the kind of error is kept


def test_dry_run_error_on_a_non_personal_column_is_scrubbed(catalog, warehouse):
    cities = _values(warehouse, "city")
    with pytest.raises(WarehouseError) as info:
        dry_run(_definition("SELECT customer_id FROM crm.customers WHERE CAST(city AS INTEGER) > 0"), catalog, warehouse)
    assert not [c for c in cities if c in str(info.value)], str(info.value)


def test_catalog_default_breakdowns_cannot_name_personal_columns(hostile_catalog):
    from assistant.errors import CatalogError

    with pytest.raises(CatalogError, match="personal"):
        hostile_catalog(lambda d: d.update({"breakdowns": ["crm.customers.country", "crm.customers.email"]}))
