"""The typed meaning between words and SQL: kept on every criterion, round-trips, is checked, and binds."""
from __future__ import annotations

import datetime as dt
import json

import pytest
import yaml

from assistant import pipeline
from assistant.errors import TranslationError
from assistant.evals import load_golden
from assistant.meaning import from_spec, to_spec
from assistant.settings import DEMO_CATALOG, load_settings
from assistant.translate.offline.translator import OfflineTranslator

A = dt.date(2026, 9, 30)


@pytest.fixture(scope="module")
def translator(catalog):
    return OfflineTranslator(catalog)


def test_every_offline_criterion_carries_a_meaning_that_compiles_to_its_sql(translator, catalog):
    checked = 0
    for p in load_golden():
        if p.catalog != "demo_retailer":
            continue
        r = translator.translate(p.request, p.as_of)
        for c in (r.definition.criteria + r.definition.exclusions) if r.definition else []:
            spec = json.loads(json.dumps(c.spec))          # what `translate --json` and the store keep
            assert from_spec(spec, catalog).render(catalog, p.as_of).sql == c.sql, p.id
            checked += 1
    assert checked > 200


@pytest.fixture()
def services(tmp_path, demo_db):
    with pipeline.open(load_settings(home=tmp_path / "home", db=demo_db)) as svc:
        yield svc


def test_an_edited_meaning_becomes_a_user_criterion_through_the_same_compiler(services):
    r = pipeline.translate(services, "customers who ordered online in the last 30 days", as_of=A)
    spec = r.definition.criteria[0].spec
    spec["window"]["amount"] = 90
    edited = pipeline.criterion(services, spec, as_of=A)
    assert edited.origin == "user" and edited.label == "online order in the last 90 days"
    assert "INTERVAL 90 DAY" in edited.sql and edited.spec == spec


@pytest.mark.parametrize("patch, message", [
    ({"column": "crm.customers.email; DROP TABLE crm.customers"}, "not a column of the catalog"),
    ({"column": "crm.nowhere.city"}, "not a column of the catalog"),
    ({"kind": "sql", "sql": "SELECT 1"}, "malformed"),
    ({"values": [["nested"]]}, "malformed"),
])
def test_a_meaning_from_outside_is_checked_against_the_catalog(services, patch, message):
    spec = {"kind": "value", "column": "crm.customers.country", "values": ["FR"], "labels": ["France"], **patch}
    with pytest.raises(TranslationError, match=message):
        pipeline.criterion(services, spec, as_of=A)


@pytest.mark.parametrize("patch, message", [
    ({"over": ["store_purchase", "online_order"]}, "needs first or last"),                  # no edge to take
    ({"over": ["store_purchase"], "first": True, "rank": 10}, "no count, rank"),            # never silently dropped
    ({"over": ["store_purchases"], "first": True}, "no event 'store_purchases'"),
])
def test_what_a_first_or_last_event_is_taken_among_is_checked(services, patch, message):
    spec = {"kind": "event", "events": ["store_purchase"], **patch}
    with pytest.raises(TranslationError, match=message):
        pipeline.criterion(services, spec, as_of=A)


def test_a_window_unit_or_an_operator_outside_the_grammar_is_refused(services):
    spec = {"kind": "event", "events": ["online_order"], "dims": {},
            "window": {"amount": 30, "unit": "DAY); DROP TABLE x; --", "start": None, "end": None}}
    with pytest.raises(TranslationError, match="malformed"):
        pipeline.criterion(services, spec, as_of=A)
    spec = {"kind": "compare", "column": "crm.customers.loyalty_points",
            "comparison": {"op": "OR 1=1 --", "value": 1}}
    with pytest.raises(TranslationError, match="malformed"):
        pipeline.criterion(services, spec, as_of=A)


def test_sql_the_engine_cannot_bind_is_never_reported_ok(tmp_path, demo_db):
    # a catalog that calls an integer column a birth date: the guard passes, the engine cannot bind date_diff
    data = yaml.safe_load(DEMO_CATALOG.read_text())
    columns = data["tables"]["crm.customers"]["columns"]
    columns["birth_date"].pop("role")
    columns["loyalty_points"]["role"] = "birth_date"
    broken = tmp_path / "broken.yaml"
    broken.write_text(yaml.safe_dump(data, sort_keys=False))
    with pipeline.open(load_settings(home=tmp_path / "home", db=demo_db, catalog=broken)) as svc:
        r = pipeline.translate(svc, "customers over 60 in France", as_of=A)
    assert r.status == "refused" and "'over 60'" in r.message and "cannot run" in r.message


def test_other_than_counts_an_unknown_value_as_another(catalog, warehouse):
    """'every order with the code SPRING15' excludes the orders with another code or none (NULL): `other_than` is
    'not that value' with NULL included (a bare NOT IN would keep the orders with no code, silently)."""
    from assistant.meaning import EventCondition
    from translations import keys
    c = EventCondition(0, 0, events=("online_order",), other_than={"coupon": ("SPRING15",)})
    got = keys(warehouse, c.render(catalog, A).sql)
    want = keys(warehouse, "SELECT customer_id FROM ecom.orders WHERE status <> 'cancelled' "
                           "AND coupon_code IS DISTINCT FROM 'SPRING15'")
    unknown = keys(warehouse, "SELECT customer_id FROM ecom.orders WHERE status <> 'cancelled' AND coupon_code IS NULL")
    assert got == want and unknown and unknown <= got
    assert "other than SPRING15 (or unknown)" in c.render(catalog, A).label
    assert from_spec(json.loads(json.dumps(to_spec(c))), catalog) == c       # kept in a spec, as the store keeps it
