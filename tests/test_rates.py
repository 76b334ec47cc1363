"""Rates and shares of a customer's own events ('email click rate of 30% or more', 'taux d'ouverture sous les 10 %',
'at least half of their online orders were sent back'): the events of the part among those of the whole, over the
period said once for both, with a count of the whole said beside it in the same period. Checked by running the
translation and a hand-written SQL of the same audience on the demo warehouse; the sentences are ours.
"""
from __future__ import annotations

import pytest

from assistant.evals import CATALOGS
from assistant.translate.offline.translator import OfflineTranslator
from schema_catalog import load_catalog
from translations import A, same_audience


def _messages(channel: str, since: str, least: int, having: str) -> str:
    return (f"SELECT customer_id FROM marketing.messages WHERE channel = '{channel}' AND sent_at >= {since} "
            f"AND sent_at < DATE '2026-10-01' GROUP BY customer_id HAVING count(*) >= {least} AND {having}")


_CLICKS = _messages("email", "DATE '2026-01-01'", 5, "count(clicked_at) * 10 >= count(*) * 2")
_OPENS = _messages("email", "DATE '2026-09-30' - INTERVAL 12 MONTH", 6, "count(opened_at) * 10 < count(*) * 4")


@pytest.mark.parametrize("request_, gold", [
    # '30% or more' was an OR of two clauses ('or' not applied, both kept), the rate's words unread
    ("Email click-through rate of 20% or more so far this year, min. 5 emails received", _CLICKS),
    ("customers with an email click rate of at least 20% this year, with at least 5 emails received", _CLICKS),
    ("Email CTR of 20% or more this year, 5 emails received minimum", _CLICKS),
    ("Taux de clic e-mail de 20 % ou plus depuis le début de l'année, 5 e-mails reçus minimum", _CLICKS),
    ("Taux de clic e-mail d'au moins 20 % cette année, au moins 5 e-mails reçus", _CLICKS),
    # the opened among the received, in the period said once ('sur l'année glissante')
    ("Taux d'ouverture de nos e-mails sous les 40 % sur l'année glissante, avec au moins 6 e-mails reçus", _OPENS),
    ("Email open rate below 40% over the last 12 months, with at least 6 emails received", _OPENS),
])
def test_a_rate_of_messages_is_the_part_among_those_received(translator, warehouse, catalog, request_, gold):
    r = same_audience(translator, warehouse, catalog, request_, gold)
    spec = r.definition.criteria[0].spec
    assert spec["kind"] == "versus" and spec["within"] and spec["measure"] == "count", spec
    assert not any("'or'" in w or "« ou »" in w for w in r.warnings), r.warnings


_ORDERS = "SELECT customer_id FROM ecom.orders WHERE status <> 'cancelled' GROUP BY customer_id HAVING count(*) >= 3 AND "


@pytest.mark.parametrize("request_, having", [
    # cancelled orders are no orders: neither returned nor counted (catalog)
    ("customers with a return rate above 30% (at least 3 orders)", "count_if(status = 'returned') > 0.3 * count(*)"),
    ("clients avec un taux de retour de plus de 30 % (3 commandes minimum)",
     "count_if(status = 'returned') > 0.3 * count(*)"),
    # 'at least half of' was asked; 'were sent' (a message) took 'sent back' and left 'back' unread
    ("At least half of their online orders were sent back (3 orders minimum, all time)",
     "count_if(status = 'returned') * 2 >= count(*)"),
    ("Ont renvoyé au moins la moitié de leurs commandes en ligne (3 commandes minimum, depuis toujours)",
     "count_if(status = 'returned') * 2 >= count(*)"),
])
def test_a_share_of_orders_in_a_state(translator, warehouse, catalog, request_, having):
    same_audience(translator, warehouse, catalog, request_, _ORDERS + having)


_SOCIAL = ("SELECT customer_id FROM web.sessions WHERE customer_id IS NOT NULL AND started_at >= DATE '2026-03-01' "
           "GROUP BY customer_id HAVING count(*) >= 3 AND count_if(traffic_source = 'social') * 2 > count(*)")


@pytest.mark.parametrize("request_", [
    # the period said first is both sides' of the share (it was the count's only); 'viennent des' was asked
    "Depuis mars, plus de la moitié de leurs visites sur le site viennent des réseaux sociaux (3 visites minimum)",
    "Since March, more than half of their site visits came from social media (3 visits minimum)",
])
def test_a_share_of_visits_from_a_source_over_the_period_said_first(translator, warehouse, catalog, request_):
    same_audience(translator, warehouse, catalog, request_, _SOCIAL)


@pytest.mark.parametrize("request_, phrase", [
    # a rate's number without its bound: at least, at most or exactly? (never read as one of them)
    ("Email click rate of 30% this year", "click rate of 30%"),
    ("Taux d'ouverture de 30 % cette année", "Taux d'ouverture de 30 %"),
])
def test_a_rate_without_its_bound_is_asked(translator, request_, phrase):
    r = translator.translate(request_, A)
    assert r.status == "clarify" and any(q.phrase == phrase for q in r.clarifications), \
        ([q.phrase for q in r.clarifications], r.definition.to_text())


def test_a_rate_whose_parts_are_not_in_the_catalog_is_asked():
    """The outdoor catalog's returns are events of their own (not a state of the purchases): asked, naming it."""
    translator = OfflineTranslator(load_catalog(CATALOGS["outdoor"]), None)
    r = translator.translate("members with a return rate above 30% this year", A)
    assert r.status == "clarify" and any(q.phrase == "return rate above 30%" for q in r.clarifications), \
        ([q.phrase for q in r.clarifications], r.definition.to_text())


_OPENED_SHARE = _messages("email", "DATE '2026-01-01'", 5, "count(opened_at) * 2 >= count(*)")


@pytest.mark.parametrize("request_", [
    # the verb is another event of the records the noun names: the opened among the received ('80' was unread)
    "Clients qui ont ouvert 50 % ou plus des e-mails reçus depuis le début de l'année (minimum 5 e-mails reçus)",
    "customers who opened 50% or more of the emails received this year (at least 5 emails received)",
])
def test_a_share_of_messages_said_with_the_verb_of_the_part(translator, warehouse, catalog, request_):
    r = same_audience(translator, warehouse, catalog, request_, _OPENED_SHARE)
    assert r.definition.criteria[0].spec["within"]
