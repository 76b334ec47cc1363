"""Constructions behind the silent answers of held-out set #31's first sight, each in our own sentences, English and
French, checked against hand-written queries on the demo warehouse: a behaviour's noun said again after a word pointing
back ('and whose order was returned', 'et dont le ticket n'est pas encore résolu') is the very thing named before; the
first of a behaviour that must follow another ('whose first store purchase came within 10 days after their first online
order') is the first one, not any; a verb of another behaviour in the passive after a noun ('whose ticket was opened in
June', 'dont le ticket a été ouvert en juin') says the noun's behaviour."""
from __future__ import annotations

import pytest

from translations import same_audience

RETURNED_JUNE_ORDER = ("SELECT customer_id FROM ecom.orders WHERE status = 'returned' "
                       "AND order_ts >= DATE '2026-06-01' AND order_ts < DATE '2026-07-01'")


@pytest.mark.parametrize("request_", [
    "customers who ordered online in June and whose order was returned",
    "clients ayant commandé en ligne en juin et dont la commande a été retournée",
])
def test_a_noun_said_again_after_a_pointer_is_the_thing_named_before(translator, warehouse, catalog, request_):
    """Read apart, any June order and any returned order (529 customers against 103)."""
    same_audience(translator, warehouse, catalog, request_, RETURNED_JUNE_ORDER)


UNRESOLVED_EMAIL_TICKET = ("SELECT customer_id FROM service.tickets WHERE channel = 'email' "
                           "AND status IN ('open', 'pending') AND created_at < DATE '2026-10-01'")


@pytest.mark.parametrize("request_", [
    "customers who contacted customer service by email and whose ticket is not resolved yet",
    "clients qui ont contacté le SAV par e-mail et dont le ticket n'est pas encore résolu",
])
def test_the_ticket_pointed_back_at_is_the_one_written(translator, warehouse, catalog, request_):
    """Read apart, any e-mail ticket and any unresolved ticket of any channel (305 customers against 220)."""
    same_audience(translator, warehouse, catalog, request_, UNRESOLVED_EMAIL_TICKET)


ORDERED_2025_RETURNED_2026 = """
SELECT customer_id FROM ecom.orders WHERE status <> 'cancelled'
  AND order_ts >= DATE '2025-01-01' AND order_ts < DATE '2026-01-01'
INTERSECT
SELECT customer_id FROM ecom.orders WHERE status = 'returned'
  AND order_ts >= DATE '2026-01-01' AND order_ts < DATE '2026-10-01'"""


@pytest.mark.parametrize("request_", [
    "customers who ordered online in 2025 and whose order this year was returned",
    "clients qui ont commandé en ligne en 2025 et dont la commande cette année a été retournée",
])
def test_a_pointed_noun_with_a_period_of_its_own_stays_apart(translator, warehouse, catalog, request_):
    """Its own period unlike the one before's: another order, read apart as before."""
    same_audience(translator, warehouse, catalog, request_, ORDERED_2025_RETURNED_2026)


FIRST_STORE_AFTER_FIRST_ORDER = """
WITH fo AS (SELECT customer_id, min(order_ts) AS ts FROM ecom.orders
            WHERE status <> 'cancelled' AND order_ts < DATE '2026-10-01' GROUP BY customer_id),
     fp AS (SELECT customer_id, min(transaction_ts) AS ts FROM pos.transactions
            WHERE customer_id IS NOT NULL AND transaction_ts < DATE '2026-10-01' GROUP BY customer_id)
SELECT fp.customer_id FROM fp JOIN fo USING (customer_id)
WHERE fp.ts >= fo.ts AND fp.ts <= fo.ts + INTERVAL 10 DAY"""


@pytest.mark.parametrize("request_", [
    "customers whose first store purchase came within 10 days after their first online order",
    "clients dont le premier achat en magasin a eu lieu dans les 10 jours suivant leur première commande en ligne",
])
def test_the_first_of_a_behaviour_that_follows_another_is_the_first_one(translator, warehouse, catalog, request_):
    """With no period, 'first' was dropped from the query: any store purchase in those 10 days counted."""
    same_audience(translator, warehouse, catalog, request_, FIRST_STORE_AFTER_FIRST_ORDER)


JUNE_TICKET = ("SELECT customer_id FROM service.tickets "
               "WHERE created_at >= DATE '2026-06-01' AND created_at < DATE '2026-07-01'")


@pytest.mark.parametrize("request_", [
    "customers whose ticket was opened in June",
    "clients dont le ticket a été ouvert en juin",
])
def test_a_verb_in_the_passive_after_a_noun_says_the_nouns_behaviour(translator, warehouse, catalog, request_):
    """'opened' also names a message opened: English required one as well, French read the ticket's status 'open'
    (19 and 13 customers against 383); the reading is said in a note."""
    result = same_audience(translator, warehouse, catalog, request_, JUNE_TICKET)
    assert any("opened" in w or "ouvert" in w for w in result.warnings)


REFUND_TICKET_STILL_OPEN = "SELECT customer_id FROM service.tickets WHERE status = 'open' AND topic = 'refund'"


@pytest.mark.parametrize("request_", [
    "customers with an open customer service ticket about a refund",
    "clients avec un ticket SAV ouvert pour un remboursement",
])
def test_a_value_right_after_the_noun_is_still_its_state(translator, warehouse, catalog, request_):
    """No auxiliary between: 'ouvert' is the ticket's status, as before."""
    same_audience(translator, warehouse, catalog, request_, REFUND_TICKET_STILL_OPEN)


VISITORS_NEITHER_BIG_BASKETS_NOR_GOLD_OUTLET = """
SELECT customer_id FROM web.sessions WHERE customer_id IS NOT NULL
  AND started_at >= DATE '2026-09-30' - INTERVAL 90 DAY AND started_at < DATE '2026-10-01'
EXCEPT
SELECT customer_id FROM (SELECT customer_id, total_amount FROM pos.transactions WHERE customer_id IS NOT NULL
                         UNION ALL SELECT customer_id, total_amount FROM ecom.orders WHERE status <> 'cancelled') p
GROUP BY customer_id HAVING avg(total_amount) > 250
EXCEPT
SELECT t.customer_id FROM pos.transactions t
JOIN (SELECT customer_id, max(transaction_ts) AS ts FROM pos.transactions WHERE customer_id IS NOT NULL
      GROUP BY customer_id) l ON l.customer_id = t.customer_id AND t.transaction_ts = l.ts
JOIN pos.stores s ON s.store_id = t.store_id JOIN crm.customers c ON c.customer_id = t.customer_id
WHERE s.store_format = 'outlet' AND c.loyalty_tier IN ('gold', 'vip')"""


@pytest.mark.parametrize("request_", [
    "Customers who visited the website in the last 90 days but neither customers whose average basket is above €250 "
    "nor gold-or-above members whose last store purchase was at an outlet",
    "Clients venus sur le site ces 90 derniers jours, mais ni les clients au panier moyen de plus de 250 € ni les "
    "membres or et plus dont le dernier achat en magasin était dans un outlet",
])
def test_people_named_with_a_value_and_those_above_it_open_a_group_after_nor(translator, warehouse, catalog, request_):
    """Found by the recombination replay with #31: 'gold-or-above members' after 'nor' was not seen as people named
    again, and both excluded groups became one (those in both were removed, silently)."""
    same_audience(translator, warehouse, catalog, request_, VISITORS_NEITHER_BIG_BASKETS_NOR_GOLD_OUTLET)
