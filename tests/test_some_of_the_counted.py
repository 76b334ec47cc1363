"""A behaviour said as some of the events just counted ('at least 2 purchases in the last 12 months, at least one of
them online', 'dont au moins un en ligne', 'including one in store') is among them: their period and values are its.
Read alone (as before), the online order was one at any time, silently. Checked against hand-written queries."""
from __future__ import annotations

import pytest

from translations import A, same_audience

TWO_PURCHASES_ONE_ONLINE = """
WITH p AS (
  SELECT customer_id, transaction_ts AS ts, 'store' AS channel FROM pos.transactions WHERE customer_id IS NOT NULL
  UNION ALL
  SELECT customer_id, order_ts, 'online' FROM ecom.orders WHERE status <> 'cancelled')
SELECT customer_id FROM p
WHERE ts >= DATE '2026-09-30' - INTERVAL 12 MONTH AND ts < DATE '2026-10-01'
GROUP BY customer_id
HAVING count(*) >= 2 AND count(*) FILTER (WHERE channel = 'online') >= 1"""


@pytest.mark.parametrize("request_", [
    "Customers with at least 2 purchases in the last 12 months, at least one of them online",
    "Customers with at least 2 purchases in the last 12 months, including at least one online",
    "Clients avec au moins 2 achats sur les 12 derniers mois, dont au moins un en ligne",
    "Clients avec au moins 2 achats sur les 12 derniers mois, parmi lesquels au moins un en ligne",
    "- au moins 2 achats sur les 12 derniers mois, dont au moins un en ligne",
])
def test_some_of_the_counted_events_take_their_period(translator, warehouse, catalog, request_):
    same_audience(translator, warehouse, catalog, request_, TWO_PURCHASES_ONE_ONLINE)


def test_a_behaviour_of_its_own_after_a_count_keeps_its_own_period(translator):
    """No word makes it some of the counted: 'and bought online once' is said of the customers, at any time."""
    r = translator.translate("Customers with at least 2 purchases in the last 12 months and an online order", A)
    online = [c for c in r.definition.criteria if "12" not in c.label]
    assert len(online) == 1 and "online order" in online[0].label
