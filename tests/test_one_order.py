"""Conditions said right after an event noun belong to that same event: 'a web order with 4+ units that came to under
€80', 'une commande web avec 4 unités ou plus pour moins de 80 € au total' is one order of both, its units summed on
its own lines and its own total (meaning.EventCondition.own_amount); the channel said with the noun holds for them. A
sum of money beside the units is never a count. Each translation is run with a hand-written query on the demo
warehouse; the sentences are ours, not the blind sets'.
"""
from __future__ import annotations

import pytest
from translations import asks, same_audience


def _orders(where: str, units: str, window: str = "") -> str:
    """Customers with one non-cancelled online order meeting `where` whose own lines' quantity meets `units`."""
    return ("SELECT DISTINCT o.customer_id FROM ecom.orders o WHERE o.status <> 'cancelled' AND o.order_ts < "
            f"DATE '2026-10-01' {window} AND {where} AND (SELECT sum(l.quantity) FROM ecom.order_lines l "
            f"WHERE l.order_id = o.order_id) {units}")


YEAR = "AND o.order_ts >= DATE '2026-09-30' - INTERVAL 12 MONTH"


@pytest.mark.parametrize("request_", [
    "At least one web order in the last 12 months with 4+ units that came to under €80",
    "customers with a web order of 4+ units under €80 in the last 12 months",
    "Au moins une commande web sur les 12 derniers mois avec 4 unités ou plus pour moins de 80 € au total",
    "clients avec une commande web de 4 unités ou plus pour moins de 80 € sur les 12 derniers mois",
])
def test_units_and_amount_of_one_web_order(translator, warehouse, catalog, request_):
    r = same_audience(translator, warehouse, catalog, request_, _orders("o.total_amount < 80", ">= 4", YEAR))
    assert len(r.definition.criteria) == 1, r.definition.to_text()


@pytest.mark.parametrize("request_", [
    "customers with an online order over €100 with 4+ units",
    "clients avec au moins une commande web de plus de 100 € avec 4 unités ou plus",
])
def test_amount_said_first_then_units_of_the_same_order(translator, warehouse, catalog, request_):
    same_audience(translator, warehouse, catalog, request_, _orders("o.total_amount > 100", ">= 4"))


@pytest.mark.parametrize("request_", [
    "customers with a web order with 4+ units",
    "clients avec une commande web avec 4 unités ou plus",
])
def test_units_said_with_a_web_order_are_that_orders_not_store_purchases(translator, warehouse, catalog, request_):
    same_audience(translator, warehouse, catalog, request_, _orders("TRUE", ">= 4"))


@pytest.mark.parametrize("request_, phrase", [
    ("customers who bought 4+ units for under €80", "under €80"),
    ("clients ayant acheté 4 unités ou plus pour moins de 80 €", "moins de 80 €"),
])
def test_money_beside_units_with_no_one_event_is_asked(translator, request_, phrase):
    asks(translator, request_, phrase)
