"""Set #45 (quantifiers and negation) had five silent answers at first sight (EN 1, FR 4), each fixed by its cause:
'never ... without' is a double negative (every one of them with it), asked, never read as a negation and an
exclusion; a verb of using said of a profile attribute ('never used their loyalty points') is something done with
it the catalog does not hold, asked (read as grammar, 'never ... points' was no points on file); a dash before a
negation opens a clause of its own ('... qu'en ligne - pas une seule fois dans une de nos boutiques')."""
from __future__ import annotations

import pytest

from translations import A, same_audience


@pytest.mark.parametrize("request_", [
    "Customers who have never ordered online without a promo code - at least two orders.",
    "customers who haven't ordered online without a promo code",
    "Les clients qui n'ont jamais commandé en ligne sans code promo - au moins deux commandes.",
    "Les clients qui n'ont jamais ouvert un de nos e-mails sans cliquer dedans",
])
def test_never_without_is_asked(translator, request_):
    r = translator.translate(request_, A)
    assert r.status == "clarify" and any(q.phrase in ("without", "sans") for q in r.clarifications), \
        (r.status, [q.phrase for q in r.clarifications])


@pytest.mark.parametrize("request_, gold", [
    ("customers who ordered online without a promo code", """
SELECT customer_id FROM ecom.orders WHERE status <> 'cancelled' AND coupon_code IS NULL"""),
    ("Clients non VIP sans aucun achat depuis 90 jours", """
SELECT customer_id FROM crm.customers WHERE loyalty_tier IS DISTINCT FROM 'vip'
EXCEPT SELECT customer_id FROM pos.transactions WHERE customer_id IS NOT NULL AND transaction_ts >= DATE '2026-09-30' - INTERVAL 90 DAY
EXCEPT SELECT customer_id FROM ecom.orders WHERE status <> 'cancelled' AND order_ts >= DATE '2026-09-30' - INTERVAL 90 DAY"""),
])
def test_without_after_no_verbs_negation_is_still_read(translator, warehouse, catalog, request_, gold):
    same_audience(translator, warehouse, catalog, request_, gold)


@pytest.mark.parametrize("request_", ["members who have never used their loyalty points",
                                      "Les membres qui n'ont jamais utilisé un seul de leurs points de fidélité"])
def test_using_a_profile_attribute_is_asked(translator, request_):
    r = translator.translate(request_, A)
    assert r.status == "clarify" and any(q.phrase in ("used", "utilisé") for q in r.clarifications)


def test_a_dash_before_a_negation_opens_a_clause(translator, warehouse, catalog):
    same_audience(translator, warehouse, catalog, "Les clients espagnols qui n'ont jamais acheté chez nous qu'en ligne "
                  "- pas une seule fois dans une de nos boutiques.", """
SELECT o.customer_id FROM ecom.orders o JOIN crm.customers k USING (customer_id)
WHERE o.status <> 'cancelled' AND k.country = 'ES'
EXCEPT SELECT customer_id FROM pos.transactions WHERE customer_id IS NOT NULL""")
