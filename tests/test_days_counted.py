"""A count of the different days a behaviour's events fall on ('ordered online on at least 3 separate days', 'venus
sur le site au moins 8 jours différents'): EventCondition.days_counted. Two orders on one day are one day; a day in
store and online is one day. Read as a count of events, 'separate days' was asked (sets #29, #39, #40)."""
from __future__ import annotations

import pytest

from assistant.errors import TranslationError
from assistant.meaning import from_spec, to_spec
from translations import A, same_audience


@pytest.mark.parametrize("request_", [
    "Ordered online on at least 3 separate days during September.",
    "customers who ordered online on 3 or more different days in September",
    "Commandé en ligne au moins 3 jours différents en septembre.",
])
def test_orders_on_at_least_three_different_days(translator, warehouse, catalog, request_):
    r = same_audience(translator, warehouse, catalog, request_, """
SELECT customer_id FROM ecom.orders WHERE status <> 'cancelled'
  AND order_ts >= DATE '2026-09-01' AND order_ts < DATE '2026-10-01'
GROUP BY customer_id HAVING count(DISTINCT CAST(order_ts AS DATE)) >= 3""")
    assert r.definition.criteria[0].spec["days_counted"] is True
    assert "different days" in r.definition.criteria[0].label or "jours différents" in r.definition.criteria[0].label


def test_a_day_in_store_and_online_is_one_day(translator, warehouse, catalog):
    same_audience(translator, warehouse, catalog,
                  "customers who bought in store or online on at least 4 different days this year", """
SELECT customer_id FROM (
  SELECT customer_id, CAST(transaction_ts AS DATE) AS d FROM pos.transactions
  WHERE customer_id IS NOT NULL AND transaction_ts >= DATE '2026-01-01'
  UNION SELECT customer_id, CAST(order_ts AS DATE) FROM ecom.orders
  WHERE status <> 'cancelled' AND order_ts >= DATE '2026-01-01') p
GROUP BY customer_id HAVING count(*) >= 4""")


def test_fewer_different_days_includes_those_with_none(translator, warehouse, catalog):
    same_audience(translator, warehouse, catalog,
                  "customers who visited the site on fewer than 2 different days this year", """
SELECT customer_id FROM crm.customers EXCEPT
SELECT customer_id FROM web.sessions WHERE customer_id IS NOT NULL AND started_at >= DATE '2026-01-01'
GROUP BY customer_id HAVING count(DISTINCT CAST(started_at AS DATE)) >= 2""")


def test_days_counted_round_trips_and_needs_a_count(translator, catalog):
    r = translator.translate("Ordered online on at least 3 separate days during September.", A)
    spec = r.definition.criteria[0].spec
    assert spec["days_counted"] is True and "per_day" not in spec["count"]
    assert to_spec(from_spec(spec, catalog)) == spec
    with pytest.raises(TranslationError, match="days_counted"):
        from_spec({**spec, "count": None}, catalog)
