"""What set #52 (service, loyalty and scores) found at first sight, read in general, English and French, against
hand-written SQL: a state said now of the ticket said before ('un ticket SAV ces 80 derniers jours, aujourd'hui
clôturé': read as a ticket closed today, a ticket of its own, silently)."""
from __future__ import annotations

import pytest

from translations import A, same_audience

CLOSED_80 = """
SELECT DISTINCT customer_id FROM service.tickets WHERE status = 'closed'
  AND created_at >= DATE '2026-09-30' - INTERVAL 80 DAY"""


@pytest.mark.parametrize("request_", [
    "clients qui ont eu un ticket SAV ces huitante derniers jours, aujourd'hui clôturé",
    "clients qui ont eu un ticket SAV ces 80 derniers jours, maintenant clôturé",
    "customers who had a service ticket in the last 80 days, now closed",
])
def test_a_state_said_now_is_the_same_tickets(translator, warehouse, catalog, request_):
    r = same_audience(translator, warehouse, catalog, request_, CLOSED_80)
    assert len(r.definition.criteria) == 1, r.definition.to_text()


def test_today_before_anything_else_is_still_today(translator):

    r = translator.translate("clients qui ont acheté aujourd'hui en magasin", A)
    assert "2026-09-30" in r.definition.criteria[0].sql, r.definition.to_text()


@pytest.mark.parametrize("request_, tier", [("Our top-tier members who sit in the medium churn-risk band", "vip"),
                                            ("members in the lowest tier with a medium churn risk", "standard")])
def test_the_top_and_bottom_of_an_ordered_column(translator, warehouse, catalog, request_, tier):
    """'top-tier' was asked about (offered 'top category'): the ordered tier column's highest value."""
    r = translator.translate(request_, A)
    assert r.status == "ok" and any(f"'{tier}'" in c.sql for c in r.definition.criteria), r.definition.to_text()


def test_right_now_said_short(translator, warehouse, catalog):
    same_audience(translator, warehouse, catalog, "gold or above w/ an open ticket rn - need the list pls", """
SELECT customer_id FROM crm.customers WHERE loyalty_tier IN ('gold', 'vip')
INTERSECT SELECT customer_id FROM service.tickets WHERE status = 'open'""")
