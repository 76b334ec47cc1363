"""Set #43 (the order and scope of behaviours) was clean at first sight, and asked about constructions this file reads,
each in general, EN and FR: a first or latest said again with 'one' or no noun ('whose most recent one was in store',
'dont le plus récent'), a period said first before behaviours said in order ('Since July 1, clicked ... and then
bought within 3 days'), 'within a week of that view', 'since that complaint' / 'since it' (after the behaviour
pointed at, not the end of its period), and orders given after a colon or a dash (test_other_tasks)."""
from __future__ import annotations

import pytest

from assistant.sql.compile import compile_sql
from translations import A, edge_purchase, keys, same_audience


@pytest.mark.parametrize("request_", [
    "Customers whose very first purchase with us was online but whose most recent one was made in one of our stores.",
    "customers whose first purchase was online but the most recent was in store",
    "Les clients dont le tout premier achat s'est fait en ligne, mais dont le plus récent a été fait dans une de nos boutiques.",
    "clients dont le premier achat était en ligne et dont le plus récent était en boutique",
])
def test_a_latest_said_again_with_no_noun_is_of_the_behaviour_before(translator, warehouse, catalog, request_):
    first_online, latest_in_store = edge_purchase("min", "p.ch = 'online'"), edge_purchase("max", "p.ch = 'store'")
    same_audience(translator, warehouse, catalog, request_, f"{first_online} INTERSECT {latest_in_store}")


def test_the_most_recent_is_no_ranking_but_the_most_alone_is_asked(translator):
    r = translator.translate("customers who spent the most", A)
    assert r.status == "clarify" and any(q.phrase == "the most" for q in r.clarifications)


def _same_customers(translator, warehouse, catalog, said: str, plain: str) -> None:
    """`said` and `plain` (the same audience in plainer words) are answered, and select the same customers."""
    got = [translator.translate(r, A) for r in (said, plain)]
    assert all(r.status == "ok" and not r.unrecognized for r in got), [(r.status, r.unrecognized) for r in got]
    a, b = (keys(warehouse, compile_sql(r.definition, catalog)) for r in got)
    assert a and a == b, (got[0].definition.to_text(), got[1].definition.to_text())


@pytest.mark.parametrize("said", [
    "Since July 1st, clicked one of our emails and then bought in one of our stores within 3 days of that click.",
    "Depuis le 1er juillet, ont cliqué dans un e-mail puis sont passés en caisse en boutique dans les 3 jours qui ont suivi",
])
def test_a_period_said_first_frames_behaviours_said_in_order(translator, warehouse, catalog, said):
    """(asked before: the behaviour said after the other has no period of its own, it is in the first one's)"""
    _same_customers(translator, warehouse, catalog, said,
                    "customers who clicked an email since July 1 and then bought in store within 3 days")


def test_within_a_time_of_that_noun_is_of_the_behaviour_before(translator, warehouse, catalog):
    """'of that view': the behaviour before, named by a noun the catalog does not hold ('view' was asked, and the
    comma cut 'and then, within a week' into a criterion of its own)."""
    _same_customers(translator, warehouse, catalog,
                    "Looked at a product page in the last 90 days and then, within a week of that view, bought something "
                    "from the same brand - in store or online.",
                    "viewed a product in the last 90 days and then, within a week, bought something from the same brand")


def test_since_that_noun_is_after_the_behaviour_not_after_its_period(translator, warehouse, catalog):
    """'since that complaint': after the ticket itself (a purchase in April after a March ticket counts); 'since
    then' after a period stays after its end."""
    r = same_audience(translator, warehouse, catalog,
                      "customers who opened a ticket in the first half of this year and shopped in our stores since that ticket",
                      """SELECT DISTINCT k.customer_id FROM service.tickets k JOIN pos.transactions t USING (customer_id)
                         WHERE k.created_at >= DATE '2026-01-01' AND k.created_at < DATE '2026-07-01'
                           AND t.transaction_ts > k.created_at AND t.transaction_ts < DATE '2026-10-01'""")
    assert not r.unrecognized
    r = translator.translate("customers who opened a ticket in the first half of this year and have shopped in our "
                             "stores since then", A)
    assert "since 2026-07-01" in r.definition.criteria[1].label


def test_since_it_after_a_negation_is_after_the_latest(translator, warehouse, catalog):
    same_audience(translator, warehouse, catalog, "customers who ordered online in May and have not ordered since it", """
SELECT customer_id FROM ecom.orders WHERE status <> 'cancelled' AND order_ts >= DATE '2026-05-01' AND order_ts < DATE '2026-06-01'
EXCEPT SELECT customer_id FROM ecom.orders WHERE status <> 'cancelled' AND order_ts >= DATE '2026-06-01'""")


@pytest.mark.parametrize("request_", ["au moins huitante francs dépensés en boutique depuis le 1er juillet",
                                      "customers who spent at least 80 CHF in store since July 1"])
def test_swiss_francs_are_an_amount(translator, warehouse, catalog, request_):
    """'francs' was asked as a typo of 'français'; the amount is read as written (no conversion), as '€' is."""
    same_audience(translator, warehouse, catalog, request_, """
SELECT customer_id FROM pos.transactions WHERE customer_id IS NOT NULL AND transaction_ts >= DATE '2026-07-01'
GROUP BY customer_id HAVING sum(total_amount) >= 80""")
