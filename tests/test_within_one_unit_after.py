"""A time after the behaviour before said by its unit alone, in French ('dans la semaine qui a suivi', 'dans le mois
suivant', 'dans la journée qui a suivi'), as English says it ('within a week', 'within a month'), and hours cut short
('dans les 24 h qui ont suivi'): within one unit after that behaviour. Checked against hand-written queries on the demo
warehouse; 'dans la semaine' said alone (this week as often) stays asked."""
from __future__ import annotations

import pytest

from translations import A, asks, same_audience

TICKETS_A_MONTH_APART = (
    "SELECT DISTINCT a.customer_id FROM service.tickets a JOIN service.tickets b ON b.customer_id = a.customer_id "
    "AND b.created_at > a.created_at AND b.created_at <= a.created_at + INTERVAL 1 MONTH "
    "WHERE a.topic = 'delivery' AND b.topic = 'refund'")
REORDERED_IN_A_WEEK = (
    "SELECT c.customer_id FROM ecom.orders c JOIN ecom.orders o ON o.customer_id = c.customer_id "
    "AND o.status <> 'cancelled' AND o.order_ts > c.order_ts AND o.order_ts <= c.order_ts + INTERVAL 7 DAY "
    "WHERE c.status = 'cancelled' AND c.order_ts >= DATE '2026-01-01' AND c.order_ts < DATE '2027-01-01'")
ORDERED_THE_DAY_AFTER_A_VISIT = (
    "SELECT s.customer_id FROM web.sessions s JOIN ecom.orders o ON o.customer_id = s.customer_id "
    "AND o.status <> 'cancelled' AND o.order_ts >= s.started_at AND o.order_ts <= s.started_at + INTERVAL 1 DAY "
    "WHERE s.traffic_source = 'organic' AND s.started_at >= TIMESTAMP '2026-07-01'")

CASES = [
    ("opened a delivery ticket and then a refund ticket within a month",
     ["ont ouvert un ticket livraison puis un ticket remboursement dans le mois qui a suivi",
      "ont ouvert un ticket livraison puis un ticket remboursement dans le mois suivant"], TICKETS_A_MONTH_APART),
    ("had an online order cancelled in 2026 and then ordered online within a week",
     ["une commande en ligne annulée en 2026, puis une commande en ligne dans la semaine qui a suivi",
      "une commande en ligne annulée en 2026, puis une commande en ligne dans la semaine suivante"], REORDERED_IN_A_WEEK),
    ("visited the site from organic search this quarter and then ordered online within a day",
     ["venus sur le site par le référencement naturel ce trimestre puis commandé en ligne dans la journée qui a suivi",
      "venus sur le site par le référencement naturel ce trimestre puis commandé en ligne dans les 24 h qui ont suivi"],
     ORDERED_THE_DAY_AFTER_A_VISIT),
]


@pytest.mark.parametrize("english, french, gold", CASES, ids=[c[0] for c in CASES])
def test_within_one_unit_after_the_behaviour_before(translator, warehouse, catalog, english, french, gold):
    same_audience(translator, warehouse, catalog, english, gold, lang="en")
    for request_ in french:
        r = same_audience(translator, warehouse, catalog, request_, gold, lang="fr")
        assert any(c.spec.get("after") for c in r.definition.criteria), r.definition.to_text()


def test_a_unit_alone_is_not_read_as_after_the_one_before(translator):
    """'dans la semaine' with nothing saying after: this week as often as a week after, so asked."""
    asks(translator, "une commande en ligne annulée en 2026, puis une commande en ligne dans la semaine", "semaine")


def test_hours_cut_short_are_still_a_time_of_day_in_a_range(translator):
    r = translator.translate("ont acheté en magasin entre 20 h et 22 h", A)
    assert r.status == "ok" and [c.spec.get("hours") for c in r.definition.criteria] == [[20, 21]], \
        r.definition.to_text()
