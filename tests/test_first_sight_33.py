"""Constructions behind the silent answers of held-out set #33's first sight, in our own sentences, English and French,
checked against hand-written queries on the demo warehouse: a sentence wrapped by hand onto a short last line
('... with the code\\nWELCOME10.') goes on into it; the line is not a sign-off read apart. A purpose line a greeting opens, right after a subject line,
is the title as it is without one (fr33-045)."""
from __future__ import annotations

import pytest

from translations import A, same_audience

TWO_ORDERS_ONE_WITH_WELCOME10 = """
SELECT customer_id FROM ecom.orders
WHERE status <> 'cancelled' AND order_ts >= DATE '2026-09-30' - INTERVAL 180 DAY AND order_ts < DATE '2026-10-01'
GROUP BY customer_id
HAVING count(*) >= 2 AND count(*) FILTER (WHERE coupon_code = 'WELCOME10') >= 1"""


@pytest.mark.parametrize("request_", [
    "Customers with at least 2 online orders in the last 180 days, at least one of them with the coupon\nWELCOME10.",
    "Clients avec au moins 2 commandes en ligne ces 180 derniers jours, dont au moins une avec le code promo\n"
    "WELCOME10.",
])
def test_a_sentence_wrapped_onto_a_short_last_line_goes_on_into_it(translator, warehouse, catalog, request_):
    """Read as a sign-off's line, the coupon was a criterion of its own, at any time, and the count of the orders
    with it was lost (77 customers against 12 on the 20,000-customer warehouse, for set #33's item)."""
    same_audience(translator, warehouse, catalog, request_, TWO_ORDERS_ONE_WITH_WELCOME10)


@pytest.mark.parametrize("request_, ignored", [
    ("Customers who bought shoes\nThanks\nMarie", ["Thanks", "Marie"]),
    ("Clients qui ont acheté des chaussures\n- sauf les VIP\nMerci, à bientôt !", None),
])
def test_a_sign_off_after_a_line_without_a_full_stop_is_still_a_sign_off(translator, request_, ignored):
    r = translator.translate(request_, A)
    assert r.status == "ok", (r.unrecognized, [q.question for q in r.clarifications])
    if ignored is not None:
        assert r.ignored == ignored


@pytest.mark.parametrize("request_", [
    "Subject: Xmas high-tech push\nHi, for the December emailing I need:\n* men living in France\n"
    "* who bought electronics in 2025",
    "Objet : opé Noël high-tech\nHello, pour l'e-mailing de décembre il me faut :\n* des hommes résidant en France\n"
    "* qui ont acheté de l'électronique en 2025",
])
def test_a_purpose_line_a_greeting_opens_after_a_subject_line_is_the_title(translator, warehouse, catalog, request_):
    """Read as words, 'décembre' ('December') was a birth month (or a visit from the e-mailing in December), beside
    every criterion the bullets say (set #33's fr33-045)."""
    r = translator.translate(request_, A)
    assert r.status == "ok" and "décembre" not in " ".join(c.phrase for c in r.definition.criteria).lower() \
        and "december" not in " ".join(c.phrase for c in r.definition.criteria).lower()
    same_audience(translator, warehouse, catalog, request_, """
SELECT customer_id FROM crm.customers WHERE gender = 'male' AND country = 'FR' AND customer_id IN (
  SELECT t.customer_id FROM pos.transactions t JOIN pos.transaction_lines l ON l.transaction_id = t.transaction_id
  JOIN pim.products p ON p.product_id = l.product_id
  WHERE p.category = 'electronics' AND t.transaction_ts >= DATE '2025-01-01' AND t.transaction_ts < DATE '2026-01-01'
  UNION
  SELECT o.customer_id FROM ecom.orders o JOIN ecom.order_lines l ON l.order_id = o.order_id
  JOIN pim.products p ON p.product_id = l.product_id
  WHERE o.status <> 'cancelled' AND p.category = 'electronics' AND o.order_ts >= DATE '2025-01-01'
    AND o.order_ts < DATE '2026-01-01')""")
