"""A period said again in other words, and the readings a careful analyst makes of it without asking: 'in that
period' after a total, a count or a ranking; an indicator's own period ('messages received in the last six months');
a year before or after a spend ('total 2025 spend'); a second purchase within days of the first; Canadian
Thanksgiving. Each checked by running the translation and a hand-written SQL of the same audience on the demo
warehouse, in English and in French, with the near misses that must not take the reading.

The sentences are ours, not the blind sets'."""
from __future__ import annotations

import pytest
from translations import PURCHASES, A, asks, same_audience

LAST = "DATE '2026-09-30' - INTERVAL {} MONTH"
_STORE_ONLINE = ("SELECT customer_id, transaction_ts AS ts, total_amount AS amt, 'store' AS ch FROM pos.transactions "
                 "WHERE customer_id IS NOT NULL UNION ALL SELECT customer_id, order_ts, total_amount, 'online' "
                 "FROM ecom.orders WHERE status <> 'cancelled'")


# -- 'in that period' after a ranking, a comparison, a count ------------------------------------------------------

@pytest.mark.parametrize("request_", [
    "Top 50 customers by average basket over the last 12 months - they need at least 4 purchases in that period",
    "Top 50 des clients en panier moyen sur les 12 derniers mois - il leur faut au moins 4 achats sur la période",
    "over the last 12 months, the top 50 by average basket, with a minimum of 4 purchases in that period",
    "sur les 12 derniers mois, le top 50 en panier moyen, avec 4 achats minimum sur la période",
])
def test_a_count_in_that_period_is_the_base_of_a_ranking_in_the_same_period(translator, warehouse, catalog, request_):
    same_audience(translator, warehouse, catalog, request_,
                  f"SELECT customer_id FROM ({PURCHASES}) p WHERE ts >= {LAST.format(12)} GROUP BY customer_id "
                  "HAVING count(*) >= 4 ORDER BY avg(amount) DESC, customer_id LIMIT 50")


@pytest.mark.parametrize("request_", [
    "spent more in store than online over the last 6 months, for at least 600 € in total in that period",
    "ont dépensé plus en magasin qu'en ligne sur les 6 derniers mois, pour au moins 600 € au total sur la période",
])
def test_a_total_after_a_comparison_of_two_places_is_both_places_spend(translator, warehouse, catalog, request_):
    """The amount names no behaviour of its own: the comparison's two sides together, in their period."""
    same_audience(translator, warehouse, catalog, request_,
                  f"SELECT customer_id FROM ({_STORE_ONLINE}) p WHERE ts >= {LAST.format(6)} GROUP BY customer_id "
                  "HAVING sum(CASE WHEN ch = 'store' THEN amt ELSE 0 END) > sum(CASE WHEN ch = 'online' THEN amt "
                  "ELSE 0 END) AND sum(amt) >= 600")


@pytest.mark.parametrize("request_", [
    "customers who bought online in the last 12 months, with total spend over €800 in that period",
    "customers with total spend over €800 in the last 12 months, who bought online in that period",
])
def test_total_spend_past_its_amount_in_a_window_is_the_spend_of_that_window(translator, warehouse, catalog, request_):
    same_audience(translator, warehouse, catalog, request_,
                  f"SELECT customer_id FROM ({PURCHASES}) p WHERE ts >= {LAST.format(12)} GROUP BY customer_id "
                  f"HAVING sum(amount) > 800 INTERSECT SELECT customer_id FROM ecom.orders WHERE status <> 'cancelled' "
                  f"AND order_ts >= {LAST.format(12)}")


def test_total_spend_with_no_window_stays_lifetime_spend(translator, warehouse, catalog):
    """Near miss: no period said beside it, the indicator (lifetime spend)."""
    r = same_audience(translator, warehouse, catalog, "customers whose total spend is over 2500",
                      f"SELECT customer_id FROM ({PURCHASES}) p GROUP BY customer_id HAVING sum(amount) > 2500")
    assert r.definition.criteria[0].spec["kind"] == "indicator"


@pytest.mark.parametrize("request_", [
    "customers who received an email this year, without opening nor clicking in the last 3 months",
    "clients qui ont reçu un e-mail cette année, sans aucune ouverture ni clic ces 3 derniers mois",
])
def test_nor_after_without_repeats_the_exclusion(translator, warehouse, catalog, request_):
    """'without A nor B': neither of them (it was 'except not B', which kept the clickers, silently)."""
    same_audience(translator, warehouse, catalog, request_,
                  "SELECT m.customer_id FROM marketing.messages m JOIN marketing.campaigns c USING (campaign_id) "
                  "WHERE c.channel = 'email' AND m.sent_at >= DATE '2026-01-01' EXCEPT SELECT customer_id FROM "
                  f"marketing.messages WHERE opened_at >= {LAST.format(3)} EXCEPT SELECT customer_id FROM "
                  f"marketing.messages WHERE clicked_at >= {LAST.format(3)}")


@pytest.mark.parametrize("request_", [
    "customers for whom more than a third of their online orders over the last 2 years were returned",
    "clients dont plus d'un tiers des commandes en ligne des 2 dernières années ont été renvoyées",
])
def test_a_third_is_compared_in_whole_numbers(translator, warehouse, catalog, request_):
    """One return in three orders is a third, not more than a third."""
    same_audience(translator, warehouse, catalog, request_,
                  "SELECT customer_id FROM ecom.orders WHERE status <> 'cancelled' AND order_ts >= "
                  f"{LAST.format(24)} GROUP BY customer_id HAVING 3 * count(*) FILTER (WHERE status = 'returned') "
                  "> count(*)")


# -- an indicator's own period, said in other words -------------------------------------------------------------

_RECEIVED = "SELECT customer_id FROM marketing.messages WHERE sent_at >= DATE '2026-09-30' - INTERVAL {} GROUP BY " \
            "customer_id HAVING count(*) {}"


@pytest.mark.parametrize("request_", [
    "customers with a dozen or more messages received in the last six months",
    "clients avec au moins 12 messages reçus sur les six derniers mois",
])
def test_an_indicators_own_period_said_in_other_words_is_the_indicator(translator, warehouse, catalog, request_):
    r = same_audience(translator, warehouse, catalog, request_, _RECEIVED.format("6 MONTH", ">= 12"))
    assert r.definition.criteria[0].spec["kind"] == "indicator"


@pytest.mark.parametrize("request_", [
    "customers with more than 8 messages received in the last 30 days",
    "clients avec plus de 8 messages reçus ces 30 derniers jours",
])
def test_another_period_beside_the_indicator_is_the_behaviour_it_counts(translator, warehouse, catalog, request_):
    """Near miss: the period is not the indicator's own, so the messages of that period are counted."""
    same_audience(translator, warehouse, catalog, request_,
                  "SELECT customer_id FROM marketing.messages WHERE sent_at >= DATE '2026-09-30' - INTERVAL 30 DAY "
                  "AND sent_at < DATE '2026-10-01' GROUP BY customer_id HAVING count(*) > 8")


# -- a year said with a spend ----------------------------------------------------------------------------------

_YEAR = f"SELECT customer_id FROM ({PURCHASES}) p WHERE ts >= DATE '2025-01-01' AND ts < DATE '2026-01-01' " \
        "GROUP BY customer_id HAVING sum(amount) "


@pytest.mark.parametrize("request_, having", [
    ("customers whose total 2025 spend exceeds €1,200", "> 1200"),
    ("customers whose 2025 spend is between 400 and 900", "BETWEEN 400 AND 900"),
    ("clients dont les dépenses totales 2025 dépassent 1200 €", "> 1200"),
    ("dépenses 2025 comprises entre 400 et 900 euros", "BETWEEN 400 AND 900"),
])
def test_a_year_before_or_after_a_spend_is_its_calendar_year(translator, warehouse, catalog, request_, having):
    same_audience(translator, warehouse, catalog, request_, _YEAR + having)


@pytest.mark.parametrize("request_", [
    "customers whose 2024 spend is lower than their 2025 spend",
    "clients dont les dépenses 2024 sont inférieures à celles de 2025",
])
def test_two_years_of_spend_compared(translator, warehouse, catalog, request_):
    y = "SELECT customer_id, sum(amount) AS s FROM ({}) p WHERE ts >= DATE '{}-01-01' AND ts < DATE '{}-01-01' " \
        "GROUP BY customer_id"
    same_audience(translator, warehouse, catalog, request_,
                  f"SELECT b.customer_id FROM ({y.format(PURCHASES, 2025, 2026)}) b LEFT JOIN "
                  f"({y.format(PURCHASES, 2024, 2025)}) a USING (customer_id) WHERE coalesce(a.s, 0) < b.s")


def test_a_sum_of_money_of_a_year_is_still_an_amount(translator, warehouse, catalog):
    """Near miss: 'spent 2000 in 2025' is 2,000 spent that year (the number said with no noun before it)."""
    same_audience(translator, warehouse, catalog, "customers who spent 2000 or more in 2025", _YEAR + ">= 2000")


# -- a second purchase within days of the first ------------------------------------------------------------------

_FIRST = f"SELECT customer_id, min(ts) AS f FROM ({PURCHASES}) p GROUP BY customer_id"


@pytest.mark.parametrize("request_", [
    "customers who came back for a second purchase within 10 days of their very first one",
    "clients revenus faire un deuxième achat dans les 10 jours suivant leur tout premier achat",
])
def test_a_second_purchase_within_days_of_the_first(translator, warehouse, catalog, request_):
    same_audience(translator, warehouse, catalog, request_,
                  f"SELECT DISTINCT p.customer_id FROM ({PURCHASES}) p JOIN ({_FIRST}) f USING (customer_id) "
                  "WHERE p.ts > f.f AND p.ts <= f.f + INTERVAL 10 DAY")


@pytest.mark.parametrize("request_", [
    "first purchase made in 2025 + a second purchase within 20 days of it",
    "premier achat de leur vie fait en 2025 + un deuxième achat dans les 20 jours qui ont suivi",
    "first purchase in 2025, then another purchase within 20 days",
])
def test_another_purchase_after_the_first_is_a_later_one(translator, warehouse, catalog, request_):
    """The first purchase itself is no 'other' purchase (it counted as its own, and everyone matched)."""
    same_audience(translator, warehouse, catalog, request_,
                  f"SELECT DISTINCT p.customer_id FROM ({PURCHASES}) p JOIN ({_FIRST}) f USING (customer_id) "
                  "WHERE f.f >= DATE '2025-01-01' AND f.f < DATE '2026-01-01' AND p.ts > f.f "
                  "AND p.ts <= f.f + INTERVAL 20 DAY")


def test_a_second_time_is_still_asked(translator):
    """Near miss: 'a second time', no first said: how many is not said."""
    asks(translator, "customers who bought in store a second time", "second")


# -- Canadian Thanksgiving ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("request_", [
    "customers who ordered online at least twice since Canadian Thanksgiving",
    "clients qui ont commandé en ligne au moins 2 fois depuis l'Action de grâce",
])
def test_canadian_thanksgiving_is_the_second_monday_of_october(translator, warehouse, catalog, request_):
    same_audience(translator, warehouse, catalog, request_,
                  "SELECT customer_id FROM ecom.orders WHERE status <> 'cancelled' AND order_ts >= DATE '2025-10-13' "
                  "GROUP BY customer_id HAVING count(*) >= 2")


@pytest.mark.parametrize("request_", ["customers who ordered online since Thanksgiving",
                                      "clients qui ont commandé en ligne depuis Thanksgiving"])
def test_thanksgiving_alone_asks_whose_naming_both(translator, request_):
    r = translator.translate(request_, A)
    q = next(q for q in r.clarifications if q.phrase == "Thanksgiving")
    assert r.status == "clarify" and len(q.options) == 2 and "Thanksgiving" in q.options[0]
