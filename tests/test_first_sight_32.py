"""Constructions behind the silent answers of held-out set #32's first sight, each in our own sentences, English and
French, checked against hand-written queries on the demo warehouse: after 'without' a behaviour, a 'but' before a
state of the customers turns back to the criteria ('without any purchase in 6 months but SMS opt-in', 'sans opt-in
e-mail mais avec un opt-in SMS'); a behaviour's noun in an apposition right after the clause that named it (', with a
ticket still pending', ', avec un ticket toujours en attente') is that same thing."""
from __future__ import annotations

import pytest

from translations import same_audience

GOLD_SMS_NO_PURCHASE = """
SELECT k.customer_id FROM crm.customers k
JOIN crm.consents c ON c.customer_id = k.customer_id AND c.channel = 'sms' AND c.opted_in
WHERE k.loyalty_tier = 'gold'
EXCEPT
SELECT customer_id FROM (
  SELECT customer_id, transaction_ts AS ts FROM pos.transactions WHERE customer_id IS NOT NULL
  UNION ALL SELECT customer_id, order_ts FROM ecom.orders WHERE status <> 'cancelled') p
WHERE ts >= DATE '2026-09-30' - INTERVAL 6 MONTH AND ts < DATE '2026-10-01'"""


@pytest.mark.parametrize("request_", [
    "Gold members without any purchase in 6 months but SMS opt-in",
    "Membres or sans aucun achat ces 6 derniers mois, mais inscrits aux SMS",
])
def test_but_before_a_state_after_without_turns_back_to_the_criteria(translator, warehouse, catalog, request_):
    """Read inside the exclusion, only those both without purchase... and opted in were the removed ones: the
    SMS opt-ins who bought were kept and those not opted in were not required to be (206 against 108)."""
    same_audience(translator, warehouse, catalog, request_, GOLD_SMS_NO_PURCHASE)


SMS_NOT_EMAIL = """
SELECT customer_id FROM crm.consents WHERE channel = 'sms' AND opted_in
EXCEPT SELECT customer_id FROM crm.consents WHERE channel = 'email' AND opted_in"""


@pytest.mark.parametrize("request_", [
    "customers without an email opt-in but with an SMS opt-in",
    "clients sans opt-in e-mail mais avec un opt-in SMS",
])
def test_but_with_a_state_after_without_is_required(translator, warehouse, catalog, request_):
    same_audience(translator, warehouse, catalog, request_, SMS_NOT_EMAIL)


PENDING_PHONE_REFUND = ("SELECT customer_id FROM service.tickets WHERE channel = 'phone' AND topic = 'refund' "
                        "AND status = 'pending'")


@pytest.mark.parametrize("request_", [
    "Customers who called customer service about a refund, with a ticket still pending",
    "Clients qui ont appelé le service client pour un remboursement, avec un ticket encore en attente",
])
def test_a_noun_in_an_apposition_is_the_thing_the_clause_named(translator, warehouse, catalog, request_):
    """Read apart, any phone refund ticket and any pending ticket (26 customers against 15)."""
    same_audience(translator, warehouse, catalog, request_, PENDING_PHONE_REFUND)


PUMA_AND_A_WISHLIST_ADD = """
SELECT customer_id FROM (
SELECT t.customer_id FROM pos.transactions t JOIN pos.transaction_lines l ON l.transaction_id = t.transaction_id
JOIN pim.products p ON p.product_id = l.product_id
WHERE t.customer_id IS NOT NULL AND p.brand = 'Puma' AND t.transaction_ts >= DATE '2026-09-30' - INTERVAL 4 MONTH
  AND t.transaction_ts < DATE '2026-10-01'
UNION
SELECT o.customer_id FROM ecom.orders o JOIN ecom.order_lines l ON l.order_id = o.order_id
JOIN pim.products p ON p.product_id = l.product_id
WHERE o.status <> 'cancelled' AND p.brand = 'Puma' AND o.order_ts >= DATE '2026-09-30' - INTERVAL 4 MONTH
  AND o.order_ts < DATE '2026-10-01') AS bought
INTERSECT
SELECT customer_id FROM web.events WHERE customer_id IS NOT NULL AND event_type = 'wishlist_add'
  AND event_ts >= DATE '2026-09-30' - INTERVAL 14 DAY AND event_ts < DATE '2026-10-01'"""

SHOES_AND_AN_APPLE_VIEW = """
SELECT customer_id FROM (
SELECT t.customer_id FROM pos.transactions t JOIN pos.transaction_lines l ON l.transaction_id = t.transaction_id
JOIN pim.products p ON p.product_id = l.product_id
WHERE t.customer_id IS NOT NULL AND p.category = 'shoes' AND t.transaction_ts >= DATE '2026-03-01'
  AND t.transaction_ts < DATE '2026-10-01'
UNION
SELECT o.customer_id FROM ecom.orders o JOIN ecom.order_lines l ON l.order_id = o.order_id
JOIN pim.products p ON p.product_id = l.product_id
WHERE o.status <> 'cancelled' AND p.category = 'shoes' AND o.order_ts >= DATE '2026-03-01'
  AND o.order_ts < DATE '2026-10-01') AS bought
INTERSECT
SELECT e.customer_id FROM web.events e JOIN web.sessions s ON s.session_id = e.session_id
JOIN pim.products p ON p.product_id = e.product_id
WHERE e.customer_id IS NOT NULL AND e.event_type = 'product_view' AND p.brand = 'Apple' AND s.device_type = 'tablet'
  AND e.event_ts >= DATE '2026-09-01' AND e.event_ts < DATE '2026-10-01'"""


@pytest.mark.parametrize("request_, gold", [
    ("People who bought Puma in the last 4 months, who added something to their wishlist in the last 2 weeks",
     PUMA_AND_A_WISHLIST_ADD),
    ("People who bought shoes since March, who viewed an Apple product page from a tablet this month",
     SHOES_AND_AN_APPLE_VIEW),
    ("Clients qui ont acheté des chaussures depuis mars, qui ont consulté une fiche produit Apple depuis une tablette "
     "ce mois-ci", SHOES_AND_AN_APPLE_VIEW),
])
def test_a_behaviour_of_its_own_kind_takes_no_value_of_the_one_before(translator, warehouse, catalog, request_, gold):
    """Found by the widened recombination replay: the web event (named by its type) took the purchase's brand or
    category, and nobody (or 1 in 6) was found, silently."""
    same_audience(translator, warehouse, catalog, request_, gold)


BIG_BASKETS = """
SELECT customer_id FROM (
  SELECT customer_id, transaction_ts AS ts, total_amount FROM pos.transactions WHERE customer_id IS NOT NULL
  UNION ALL SELECT customer_id, order_ts, total_amount FROM ecom.orders WHERE status <> 'cancelled') p
WHERE ts >= DATE '2026-09-30' - INTERVAL 12 MONTH AND ts < DATE '2026-10-01'
GROUP BY customer_id HAVING avg(total_amount) > 150"""
FIRST_ONLINE_THIS_YEAR_OR_BIG_BASKETS = f"""
SELECT customer_id FROM ecom.orders WHERE status <> 'cancelled' AND order_ts < DATE '2026-10-01'
GROUP BY customer_id HAVING min(order_ts) >= DATE '2026-01-01'
UNION {BIG_BASKETS}"""
ONLINE_THIS_YEAR_OR_BIG_BASKETS = f"""
SELECT customer_id FROM ecom.orders WHERE status <> 'cancelled' AND order_ts >= DATE '2026-01-01'
  AND order_ts < DATE '2026-10-01'
UNION {BIG_BASKETS}"""


@pytest.mark.parametrize("request_, gold", [
    ("first-time online buyers this year or buyers whose average basket over the past 12 months is above €150",
     FIRST_ONLINE_THIS_YEAR_OR_BIG_BASKETS),
    ("acheteurs en ligne cette année ou acheteurs dont le panier moyen sur les 12 derniers mois dépasse 150 €",
     ONLINE_THIS_YEAR_OR_BIG_BASKETS),
])
def test_the_clause_said_of_buyers_after_or_is_that_sides(translator, warehouse, catalog, request_, gold):
    """Found by the widened recombination replay: the 'or' was cut at 'whose', so the second side was any buyer and
    the big basket was required of both sides (7,780 customers against 8,939 on the 20,000-customer warehouse)."""
    same_audience(translator, warehouse, catalog, request_, gold)
