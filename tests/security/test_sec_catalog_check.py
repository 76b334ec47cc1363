"""Item 2: `catalog check` sends every piece of catalog SQL through the guard first, never raw."""
from __future__ import annotations

import pytest

from schema_catalog.check import check_catalog

INJECTED = ("SELECT customer_id FROM crm.customers) q; CREATE TEMP TABLE pwn AS SELECT 1; "
            "SELECT * FROM (SELECT customer_id FROM crm.customers")


def _glossary(data, sql):
    data["glossary"][0]["sql"] = sql


def _indicator(data, sql):
    data["indicators"][next(iter(data["indicators"]))]["sql"] = sql


def _suppression(data, sql):
    data["policies"]["suppressions"]["do_not_contact"]["sql"] = sql


def _event_where(data, sql):
    data["events"][next(iter(data["events"]))]["where"] = "TRUE) q; CREATE TEMP TABLE pwn AS SELECT 1; SELECT * FROM (SELECT 1"


@pytest.mark.parametrize("mutate,section", [(_glossary, "glossary"), (_indicator, "indicators"),
                                            (_suppression, "suppressions"), (_event_where, "events")])
def test_injected_statement_in_catalog_sql_is_refused_with_file_and_line(hostile_catalog, warehouse, mutate, section):
    catalog = hostile_catalog(lambda d: mutate(d, INJECTED))
    report = check_catalog(catalog, warehouse)
    hits = [e for e in report.errors if "hostile.yaml:" in e and ("statement" in e or "does not parse" in e)]
    assert hits, report.errors
    assert not report.ok


def test_catalog_sql_reading_files_is_refused_by_the_guard(hostile_catalog, warehouse):
    catalog = hostile_catalog(lambda d: _glossary(d, "SELECT customer_id FROM read_csv('/etc/passwd')"))
    report = check_catalog(catalog, warehouse)
    assert any("hostile.yaml:" in e and "read_csv" in e for e in report.errors), report.errors


def test_indicator_whose_value_is_personal_is_refused(hostile_catalog, warehouse):
    catalog = hostile_catalog(lambda d: _indicator(d, "SELECT customer_id, email AS value FROM crm.customers"))
    report = check_catalog(catalog, warehouse)
    assert any("hostile.yaml:" in e and "crm.customers.email" in e for e in report.errors), report.errors


def test_shipped_catalog_still_passes(catalog, warehouse):
    report = check_catalog(catalog, warehouse)
    assert report.ok, report.errors
