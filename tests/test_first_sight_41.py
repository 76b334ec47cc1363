"""Sets #39 to #41 asked about 'last weekend' ('le week-end dernier'): its Saturday and Sunday, the latest Sunday
before today's date. And the note on 'last week' read as the last 7 days names the calendar week before by its days
('from 21 to 27 September'; 'since Monday' was this week's)."""
from __future__ import annotations

import datetime as dt

import pytest

from translations import A, same_audience

WEEKEND_ORDERS = """
SELECT customer_id FROM ecom.orders WHERE status <> 'cancelled' AND device = 'app'
  AND order_ts >= DATE '2026-09-26' AND order_ts < DATE '2026-09-28'"""


@pytest.mark.parametrize("request_", [
    "Who ordered on the app last weekend?",
    "customers who placed an app order this past weekend",
    "Qui a passé commande sur l'appli le week-end dernier ?",
    "clients qui ont commandé sur l'appli la fin de semaine passée",      # Quebec: a weekend
])
def test_last_weekend_is_its_saturday_and_sunday(translator, warehouse, catalog, request_):
    same_audience(translator, warehouse, catalog, request_, WEEKEND_ORDERS)


@pytest.mark.parametrize("as_of, saturday", [(dt.date(2026, 9, 28), "2026-09-26"), (dt.date(2026, 9, 27), "2026-09-19")])
def test_last_weekend_is_the_latest_one_over(translator, as_of, saturday):
    r = translator.translate("customers who bought in store last weekend", as_of)
    assert r.status == "ok" and saturday in r.definition.criteria[0].label, r.definition.criteria[0].label


@pytest.mark.parametrize("as_of, request_, example", [
    (A, "bought in store last week", "'from 21 to 27 September'"),
    (dt.date(2026, 10, 7), "bought in store last week", "'from 28 September to 4 October'"),
    (dt.date(2026, 10, 7), "acheté en magasin la semaine dernière", "'du 28 septembre au 4 octobre'"),
])
def test_the_rolling_week_note_names_the_calendar_week_before(translator, as_of, request_, example):
    r = translator.translate(request_, as_of)
    assert any(example in w for w in r.warnings), r.warnings
    said = translator.translate(f"bought in store {example.strip(chr(39))}" if "from" in example
                                else f"acheté en magasin {example.strip(chr(39))}", as_of)
    assert said.status == "ok" and not said.warnings, (said.status, said.warnings)


@pytest.mark.parametrize("request_", [
    "Allo! Me faudrait les VIP qui restent à Lyon",              # Quebec: 'faudrait' was asked
    "Bonjour, me faudrait les VIP de Lyon",
    "les VIP de Lyon - on veut les appeler un par un",             # what we want to do with them: an aside
    "VIP de Lyon, on voudrait leur offrir un cadeau",
    "the VIPs in Lyon - we want to call them one by one",
])
def test_a_request_frame_and_what_we_want_to_do_with_them_are_no_criteria(translator, warehouse, catalog, request_):
    r = same_audience(translator, warehouse, catalog, request_,
                      "SELECT customer_id FROM crm.customers WHERE city = 'Lyon' AND loyalty_tier = 'vip'")
    assert not r.unrecognized and not r.warnings, (r.unrecognized, r.warnings)


@pytest.mark.parametrize("request_, gold", [
    ("customers in Lyon who first joined us through the app",          # 'first': how they came, once ('first' asked)
     "SELECT customer_id FROM crm.customers WHERE city = 'Lyon' AND acquisition_channel = 'app'"),
    ("accounts opened in Q1 2026 in Lyon",                              # 'opened' had been an email opened
     "SELECT customer_id FROM crm.customers WHERE city = 'Lyon' AND signup_date >= DATE '2026-01-01' "
     "AND signup_date < DATE '2026-04-01'"),
    ("clients lyonnais qui ont ouvert un compte au premier trimestre 2026",
     "SELECT customer_id FROM crm.customers WHERE city = 'Lyon' AND signup_date >= DATE '2026-01-01' "
     "AND signup_date < DATE '2026-04-01'"),
])
def test_how_and_when_they_joined_said_in_other_words(translator, warehouse, catalog, request_, gold):
    same_audience(translator, warehouse, catalog, request_, gold)


@pytest.mark.parametrize("request_", [
    "customers who bought at Terrasses du Port this year",
    "clients passés en caisse aux Terrasses du Port cette année",      # French: 'du' was rewritten inside the name
])
def test_a_part_of_a_name_with_its_small_words_names_the_store(translator, warehouse, catalog, request_):
    same_audience(translator, warehouse, catalog, request_, """
SELECT t.customer_id FROM pos.transactions t JOIN pos.stores s USING (store_id)
WHERE t.customer_id IS NOT NULL AND s.store_name = 'Marseille Terrasses du Port' AND t.transaction_ts >= DATE '2026-01-01'
  AND t.transaction_ts < DATE '2026-10-01'""")


@pytest.mark.parametrize("request_", [
    "customers who contacted our support team about a faulty item in the last 60 days",
    "customers who reached out to customer service about a defective product in the last 60 days",
])
def test_the_support_team_and_a_faulty_item_are_a_quality_ticket(translator, warehouse, catalog, request_):
    same_audience(translator, warehouse, catalog, request_, """
SELECT customer_id FROM service.tickets WHERE customer_id IS NOT NULL AND topic = 'product_quality'
  AND created_at >= DATE '2026-09-30' - INTERVAL 60 DAY AND created_at < DATE '2026-10-01'""")


def test_stuck_in_a_status_is_still_in_it(translator, warehouse, catalog):
    said, spelt = (translator.translate(f"customers with a refund ticket {w} pending", A) for w in ("stuck in", "still"))
    assert said.status == "ok" and not said.unrecognized, (said.status, said.unrecognized)
    assert said.definition.criteria[0].sql == spelt.definition.criteria[0].sql
