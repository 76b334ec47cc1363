"""Set #37's first sight: 'since' said after a date of the customer's own in a period ('signed up in 2025 and have not
ordered online since', 'inscrits en 2025 et qui n'ont jamais commandé en ligne depuis') is since each customer's date,
never since the period's end (orders placed in 2025 after signing up were let through, silently). Checked against a
hand-written query on the demo warehouse; a behaviour's period before 'since' keeps its reading."""
from __future__ import annotations

import pytest

from translations import A, same_audience


@pytest.mark.parametrize("request_", [
    "customers who signed up in 2025 and have not ordered online since",
    "Inscrits en 2025 et qui n'ont jamais commandé en ligne depuis",
])
def test_since_after_a_signup_is_since_each_customers_signup(translator, warehouse, catalog, request_):
    same_audience(translator, warehouse, catalog, request_, """
SELECT c.customer_id FROM crm.customers c
WHERE c.signup_date >= DATE '2025-01-01' AND c.signup_date < DATE '2026-01-01'
  AND NOT EXISTS (SELECT 1 FROM ecom.orders o WHERE o.customer_id = c.customer_id AND o.status <> 'cancelled'
                  AND o.order_ts >= c.signup_date)""")


def test_since_after_a_behaviours_period_is_after_the_period(translator):
    r = translator.translate("customers who bought in March and have not ordered online since", A)
    assert any("2026-04-01" in c.label for c in r.definition.criteria), [c.label for c in r.definition.criteria]
