"""A word that points back at a place ('there', French 'là-bas') reads as the place named last before it, a brief's
title too ('Spain focus: our VIPs there'); with none, it is asked about, never dropped as grammar (every VIP was
answered, wherever they live: set #34's first sight). Checked against hand-written queries on the demo warehouse."""
from __future__ import annotations

import pytest

from translations import A, same_audience

VIPS_IN_SPAIN_OR_BIG_ONLINE_SPENDERS_THERE = """
SELECT customer_id FROM crm.customers WHERE country = 'ES' AND (loyalty_tier = 'vip' OR customer_id IN (
  SELECT customer_id FROM ecom.orders WHERE status <> 'cancelled' AND order_ts >= DATE '2026-09-30' - INTERVAL 12 MONTH
  GROUP BY customer_id HAVING sum(total_amount) > 500))"""


@pytest.mark.parametrize("request_", [
    "Spain push: our VIPs there, or anyone living in Spain who spent over €500 online in the last 12 months",
    "Focus Espagne : nos VIP là-bas, ou toute personne résidant en Espagne ayant dépensé plus de 500 € en ligne sur "
    "les 12 derniers mois",
])
def test_there_is_the_place_the_title_named(translator, warehouse, catalog, request_):
    same_audience(translator, warehouse, catalog, request_, VIPS_IN_SPAIN_OR_BIG_ONLINE_SPENDERS_THERE)


@pytest.mark.parametrize("request_", [
    "Lyon store opening: VIP customers who live there",
    "Ouverture du magasin de Lyon : les clients VIP qui habitent là-bas",
])
def test_live_there_is_the_place_said_before(translator, request_):
    r = translator.translate(request_, A)
    assert r.status == "ok" and not r.unrecognized
    assert any(c.phrase in ("there", "là-bas") and "Lyon" in c.label for c in r.definition.criteria), \
        [(c.label, c.phrase) for c in r.definition.criteria]


@pytest.mark.parametrize("request_", ["our VIPs there", "nos VIP là-bas"])
def test_there_with_no_place_before_is_asked(translator, request_):
    r = translator.translate(request_, A)
    assert r.status == "clarify" and r.unrecognized == [request_.split()[-1]]


def test_there_is_no_place_in_there_are(translator):
    r = translator.translate("Are there customers in Spain who are VIP?", A)
    assert r.status == "ok" and not r.unrecognized


def test_buying_nothing_in_the_store_just_visited_is_asked(translator):
    """Read as the store said before, 'didn't buy anything there' rules out every purchase the visit (a store purchase:
    the warehouse has no visits) is: no one matches, asked, never an empty audience."""
    r = translator.translate("people who walked into Lyon Part-Dieu last month but didn't buy anything there", A)
    assert r.status == "clarify" and any("cannot both hold" in q.question for q in r.clarifications)
