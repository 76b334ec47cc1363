"""A dimension of an event's own row named with no value of it ('used a promo code', 'online orders with a coupon',
'avec code de réduction'): the events whose value of it is present (meaning.EventCondition.measured, as 'rated
tickets' are those with a score: the order's coupon_code IS NOT NULL); said with 'without' / 'sans' / 'with no' of the
behaviour, its events with none ('ordered online without a promo code' is an order with no coupon, never 'no online
order'). A dimension reached through another table (a product's brand), a value said ('the promo code SUMMER20'), the
first or latest event, or a word that points at one code ('the promo code') keep today's reading: the behaviour alone,
in a note. Each checked by running the translation and a hand-written SQL of the same audience on the demo warehouse,
in English and French.

The sentences are ours, not the eval sets'.
"""
from __future__ import annotations

import pytest

from assistant import meaning
from assistant.wording import word
from translations import A, keys, same_audience

ORDERS = "SELECT customer_id FROM ecom.orders WHERE status <> 'cancelled'"
WITH = f"{ORDERS} AND coupon_code IS NOT NULL"
WITHOUT = f"{ORDERS} AND coupon_code IS NULL"
WEEK = "AND order_ts >= DATE '2026-09-23' AND order_ts < DATE '2026-10-01'"     # the last 7 days and today
THIS_MONTH = "AND order_ts >= DATE '2026-09-01' AND order_ts < DATE '2026-10-01'"
THIS_YEAR = "AND order_ts >= DATE '2026-01-01' AND order_ts < DATE '2026-10-01'"
SINCE_JUNE = "AND order_ts >= DATE '2026-06-01' AND order_ts < DATE '2026-10-01'"


def _coupon(r) -> bool | None:
    """Whether the translation's order criterion says its orders have a coupon (None: it says nothing of it)."""
    spec = next(c.spec for c in r.definition.criteria if c.spec.get("kind") == "event")
    return (spec.get("measured") or {}).get("coupon")


# -- said present: the orders with a coupon ---------------------------------------------------------------------------

@pytest.mark.parametrize("request_, gold", [
    ("Anyone who redeemed a promo code on a web or app order in the past week", f"{WITH} {WEEK}"),
    ("online orders with a coupon this month", f"{WITH} {THIS_MONTH}"),
    ("customers who used a voucher online in 2026", f"{WITH} {THIS_YEAR}"),
    ("customers who ordered online with a discount code this year", f"{WITH} {THIS_YEAR}"),
    ("customers who redeemed a coupon", WITH),
    ("customers who ordered on the app with a promo code", f"{WITH} AND device = 'app'"),
    ("clients ayant utilisé un code promo sur une commande en ligne depuis juin", f"{WITH} {SINCE_JUNE}"),
    ("commandes en ligne avec code de réduction", WITH),
    ("clients ayant passé commande avec des bons de réduction", WITH),
])
def test_a_dimension_said_used_is_the_events_that_have_a_value(translator, warehouse, catalog, request_, gold):
    r = same_audience(translator, warehouse, catalog, request_, gold)
    assert _coupon(r) is True
    assert not any("not applied" in w or "pas appliqué" in w for w in r.warnings), r.warnings


@pytest.mark.parametrize("request_", [
    "people who used a promo code at least twice this year",
    "customers with at least 2 online orders with a promo code this year",
    "au moins 2 commandes avec un code promo en 2026",
])
def test_a_count_counts_the_events_that_have_a_value(translator, warehouse, catalog, request_):
    """'at least 2 online orders with a promo code': two coupon orders; read apart, two orders of any kind and a coupon
    order were required."""
    same_audience(translator, warehouse, catalog, request_,
                  f"{WITH} {THIS_YEAR} GROUP BY customer_id HAVING count(*) >= 2")


@pytest.mark.parametrize("request_", ["customers who never used a promo code",
                                      "clients qui n'ont jamais utilisé de code promo"])
def test_never_used_is_no_event_with_a_value(translator, warehouse, catalog, request_):
    """'never used a promo code': no order with one (customers who never ordered are in), not 'never ordered'."""
    same_audience(translator, warehouse, catalog, request_, f"SELECT customer_id FROM crm.customers EXCEPT {WITH}")


def test_ordered_and_never_used_one_is_no_contradiction(translator, warehouse, catalog):
    """An online order and no coupon order at all: both can hold (read as the behaviour alone, it was asked)."""
    same_audience(translator, warehouse, catalog, "customers who ordered online and never used a promo code",
                  f"{ORDERS} EXCEPT {WITH}")


# -- said missing: the orders with none ---------------------------------------------------------------------------------

@pytest.mark.parametrize("request_, gold", [
    ("customers who ordered online without a promo code", WITHOUT),
    ("customers who ordered online without using a promo code", WITHOUT),
    ("customers who ordered online with no promo code", WITHOUT),
    ("online orders with no coupon this year", f"{WITHOUT} {THIS_YEAR}"),
    ("customers who placed an online order without any promo code since June", f"{WITHOUT} {SINCE_JUNE}"),
    ("customers who ordered online in the last 30 days, without a promo code",
     f"{WITHOUT} AND order_ts >= DATE '2026-08-31' AND order_ts < DATE '2026-10-01'"),
    ("clients qui ont commandé en ligne sans code promo", WITHOUT),
    ("commandes en ligne sans aucun code promo", WITHOUT),
    ("clients qui ont commandé en ligne sans utiliser de code promo", WITHOUT),
])
def test_without_said_of_the_behaviour_is_its_events_with_none(translator, warehouse, catalog, request_, gold):
    """'ordered online without a promo code': an order with no coupon (a customer with one coupon order and one
    without is in); read as an exclusion it was 'no online order', against an online order: asked."""
    r = same_audience(translator, warehouse, catalog, request_, gold)
    assert _coupon(r) is False and not r.definition.exclusions


def test_both_in_one_request(translator, warehouse, catalog):
    """A coupon order this summer and, since September, an order without one."""
    same_audience(translator, warehouse, catalog,
                  "customers who used a promo code on an online order this summer and have placed an online order "
                  "without any promo code since September 1st",
                  f"{WITH} AND order_ts >= DATE '2026-06-01' AND order_ts < DATE '2026-09-01' "
                  f"INTERSECT {WITHOUT} AND order_ts >= DATE '2026-09-01' AND order_ts < DATE '2026-10-01'")


# -- today's reading kept ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("request_", [
    "customers who used the promo code SUMMER20",
    "clients ayant utilisé le code promo SUMMER20",
])
def test_a_value_said_is_that_value(translator, warehouse, catalog, request_):
    r = same_audience(translator, warehouse, catalog, request_, f"{ORDERS} AND coupon_code = 'SUMMER20'")
    assert _coupon(r) is None


@pytest.mark.parametrize("request_, note", [
    ("customers who placed an order with the promo code", "'promo code' is not applied"),      # which one?
    ("customers who used their promo code", "'promo code' is not applied"),
    ("customers whose last online order was with a promo code", "'promo code' is not applied"),   # first / latest
    ("cancelled orders with a promo code", "'promo code' is not applied"),     # no coupon of a cancelled order
    ("customers who ordered online, never with a promo code", "'promo code' is not applied"),   # 'never' unread
    ("Clients dont la première commande en ligne a été passée avec un code promo", "« code promo » n'est pas appliqué"),
])
def test_what_cannot_be_read_keeps_its_note(translator, request_, note):
    """A code pointed at ('the promo code', 'their'), said of the first or latest order (the first of the coupon
    orders, or the first order had one?), of a behaviour with no coupon, or after a 'never' the behaviour does not
    hold: the behaviour alone, its note said, as before."""
    r = translator.translate(request_, A)
    assert any(w.startswith(note) for w in r.warnings), (r.warnings, r.definition.to_text())
    assert all(not (c.spec.get("measured") or {}).get("coupon") for c in r.definition.criteria), r.definition.to_text()


def test_a_dimension_of_another_table_keeps_its_reading(translator):
    """A product's brand is on the products, reached through the order's lines: no 'has a brand' reading."""
    r = translator.translate("customers who ordered online with a brand this year", A)
    assert all(not c.spec.get("measured") for c in r.definition.criteria), r.definition.to_text()


@pytest.mark.parametrize("request_, phrase", [
    ("customers who bought in store with a promo code", None),          # no store purchase has a coupon
    ("customers who ordered online but not with a promo code", "ordered online / promo code"),
    ("customers who used a promo code on all their online orders this year", "all their"),
])
def test_what_no_event_can_hold_is_noted_or_asked(translator, request_, phrase):
    """A coupon said of store purchases is noted (no store purchase has one); 'but not with a promo code' (every
    coupon user left out, or an order without one?) and 'on all their orders' (a share) are asked."""
    r = translator.translate(request_, A)
    if phrase is None:
        assert any("'promo code' is not applied" in w for w in r.warnings), r.warnings
    else:
        assert r.status == "clarify" and any(q.phrase == phrase for q in r.clarifications), \
            ([q.phrase for q in r.clarifications], r.definition.to_text())


# -- the meaning, its words and the LLM's schema --------------------------------------------------------------------------

def test_the_meaning_compiles_on_the_event_s_own_row(catalog, warehouse):
    c = meaning.EventCondition(0, 0, events=("online_order",), measured={"coupon": False})
    r = c.render(catalog, A)
    assert "coupon_code IS NULL" in r.sql and r.label == "online order, with no coupon"
    assert keys(warehouse, r.sql) == keys(warehouse, WITHOUT)


def test_a_dimension_of_another_table_is_refused_by_the_meaning(catalog):
    with pytest.raises(Exception, match="measure or dimension each event has on its own row"):
        meaning.from_spec({"kind": "event", "events": ["online_order"], "measured": {"brand": True}}, catalog)


def test_worded_in_french(catalog):
    c = meaning.EventCondition(0, 0, events=("online_order",), measured={"coupon": True})
    assert word(c, catalog, A, "fr").label == "commande en ligne, avec code promo"
    c = meaning.EventCondition(0, 0, events=("online_order",), measured={"coupon": False})
    assert word(c, catalog, A, "fr").label == "commande en ligne, sans code promo"


def test_the_llm_schema_offers_the_own_row_dimensions(catalog):
    from assistant.translate.meaning_schema import answer_schema

    measured = answer_schema(catalog)["$defs"]["event"]["properties"]["measured"]["properties"]
    assert {"coupon", "satisfaction"} <= set(measured) and "brand" not in measured and "category" not in measured
