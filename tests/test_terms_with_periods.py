"""A defined term of the glossary said after a period ('Abandonnistes panier des 2 dernières semaines à forte valeur
prédite', blind set #26's fr26-025): the term is read, and a period it cannot take is said in a note. The term's
condition ran from the term to the period's end, which came before it: no words, and it was dropped without a word."""
from __future__ import annotations

import pytest

from translations import same_audience

_ABANDONERS_HIGH_VALUE = (
    "SELECT customer_id FROM (SELECT customer_id FROM web.events WHERE event_type = 'add_to_cart' "
    "AND customer_id IS NOT NULL AND event_ts >= DATE '2026-09-30' - INTERVAL 14 DAY "
    "EXCEPT SELECT customer_id FROM ecom.orders WHERE status <> 'cancelled' "
    "AND order_ts >= DATE '2026-09-30' - INTERVAL 14 DAY) a "
    "WHERE customer_id IN (SELECT customer_id FROM (SELECT customer_id, percent_rank() OVER (ORDER BY predicted_clv_12m) "
    "AS pr FROM ds.customer_scores) s WHERE pr >= 0.8)")


@pytest.mark.parametrize("request_, lang", [
    ("Cart abandoners from the past 2 weeks at high predicted value", None),
    ("Abandonnistes panier des 2 dernières semaines à forte valeur prédite", "fr"),
])
def test_a_term_after_another_terms_period_is_read_and_the_period_stays_the_first_terms(
        translator, warehouse, catalog, request_, lang):
    r = same_audience(translator, warehouse, catalog, request_, _ABANDONERS_HIGH_VALUE, lang=lang)
    assert len(r.definition.criteria) == 2 and not r.warnings, r.warnings


_VIP_HIGH_VALUE = (
    "SELECT customer_id FROM crm.customers WHERE loyalty_tier = 'vip' "
    "INTERSECT SELECT customer_id FROM (SELECT customer_id, percent_rank() OVER (ORDER BY predicted_clv_12m) AS pr "
    "FROM ds.customer_scores) s WHERE pr >= 0.8")


@pytest.mark.parametrize("request_, lang, period", [
    ("VIP customers of the last 2 weeks high predicted value", None, "last 2 weeks"),
    ("clients VIP des 2 dernières semaines à forte valeur prédite", "fr", "2 dernières semaines"),
])
def test_a_period_said_before_a_term_without_one_is_said_not_applied(translator, warehouse, catalog, request_, lang,
                                                                    period):
    # both the period and the term were dropped silently: VIP customers alone
    r = same_audience(translator, warehouse, catalog, request_, _VIP_HIGH_VALUE, lang=lang)
    assert any(period in w for w in r.warnings), r.warnings
