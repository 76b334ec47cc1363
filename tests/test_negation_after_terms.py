"""A negation said after a glossary term ('active customers not in France', 'cart abandoners not on the do-not-contact
list', 'clients actifs pas en France') denies what follows it, never the term: read over the whole clause, the term was
denied and what followed kept (the inactive customers in France, the abandoners' complement on the list), silently.
Said before the term, or with nothing after it, the term is still denied. Checked against hand-written queries on the
demo warehouse, English and French."""
from __future__ import annotations

import pytest
from translations import same_audience

UNTIL = "< DATE '2026-10-01'"
SINCE_90 = ">= DATE '2026-09-30' - INTERVAL 90 DAY"
ACTIVE = (f"SELECT customer_id FROM pos.transactions WHERE customer_id IS NOT NULL AND transaction_ts {SINCE_90} UNION "
          f"SELECT customer_id FROM ecom.orders WHERE status <> 'cancelled' AND order_ts {SINCE_90}")
IN_FRANCE = "SELECT customer_id FROM crm.customers WHERE country = 'FR'"
LAPSED = ("SELECT customer_id FROM (SELECT customer_id, transaction_ts AS ts FROM pos.transactions WHERE customer_id IS "
          "NOT NULL UNION ALL SELECT customer_id, order_ts FROM ecom.orders WHERE status <> 'cancelled') p "
          "GROUP BY customer_id HAVING max(ts) < DATE '2026-09-30' - INTERVAL 12 MONTH")
EMAIL_OPT_IN = "SELECT customer_id FROM crm.consents WHERE channel = 'email' AND opted_in"
LISTED = "SELECT customer_id FROM crm.do_not_contact"


@pytest.mark.parametrize("request_, gold", [
    ("active customers not in France", f"({ACTIVE}) EXCEPT ({IN_FRANCE})"),
    ("clients actifs pas en France", f"({ACTIVE}) EXCEPT ({IN_FRANCE})"),
    ("lapsed customers not opted in to email", f"({LAPSED}) EXCEPT ({EMAIL_OPT_IN})"),
    ("clients inactifs sans opt-in e-mail", f"({LAPSED}) EXCEPT ({EMAIL_OPT_IN})"),
    ("lapsed customers not on the do-not-contact list", f"({LAPSED}) EXCEPT ({LISTED})"),
    ("clients inactifs pas sur la liste repoussoir", f"({LAPSED}) EXCEPT ({LISTED})"),
])
def test_a_negation_after_a_term_denies_what_follows(translator, warehouse, catalog, request_, gold):
    same_audience(translator, warehouse, catalog, request_, gold)


@pytest.mark.parametrize("request_, gold", [
    ("customers not active", f"SELECT customer_id FROM crm.customers EXCEPT ({ACTIVE})"),
    ("clients pas actifs", f"SELECT customer_id FROM crm.customers EXCEPT ({ACTIVE})"),
    ("not active customers in France", f"({IN_FRANCE}) EXCEPT ({ACTIVE})"),
])
def test_a_negation_before_the_term_still_denies_it(translator, warehouse, catalog, request_, gold):
    same_audience(translator, warehouse, catalog, request_, gold)
