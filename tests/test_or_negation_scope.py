"""'or', negation and their scope: an 'or' followed by its own negation ('in store or not online') joins a clause
with a negation of its own to the one before (read over one clause, the 'not' denied both sides: not(A or B)); each
translation is run with a hand-written query of the same audience on the demo warehouse and compared customer for
customer. The sentences are ours, not the blind sets'."""
from __future__ import annotations

import pytest
from translations import same_audience

CUSTOMERS = "SELECT customer_id FROM crm.customers"
STORE = "SELECT customer_id FROM pos.transactions WHERE customer_id IS NOT NULL AND transaction_ts < DATE '2026-10-01'"
ONLINE = "SELECT customer_id FROM ecom.orders WHERE status <> 'cancelled' AND order_ts < DATE '2026-10-01'"
STORE_OR_NOT_ONLINE = f"{STORE} UNION ({CUSTOMERS} EXCEPT {ONLINE})"


@pytest.mark.parametrize("request_, lang", [
    ("customers who bought in store or not online", None),
    ("clients ayant acheté en magasin ou pas en ligne", "fr"),
])
def test_a_negation_after_or_is_the_second_sides_own(translator, warehouse, catalog, request_, lang):
    same_audience(translator, warehouse, catalog, request_, STORE_OR_NOT_ONLINE, lang=lang)
