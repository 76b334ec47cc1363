"""Phrases with one reading under the sets' conventions, read instead of asked: each by its audience on the demo
warehouse (a hand-written query), English and French alike."""
from __future__ import annotations

import pytest

from translations import A, PURCHASES, same_audience

_OPENED_NOT_CLICKED = (
    "SELECT m.customer_id FROM marketing.messages m JOIN marketing.campaigns c USING (campaign_id) "
    "WHERE c.campaign_name = 'Private Sale Sep 2026 - email' AND m.customer_id IS NOT NULL "
    "GROUP BY m.customer_id HAVING count(m.opened_at) >= 1 AND count(m.clicked_at) = 0")


@pytest.mark.parametrize("request_", [
    "Ceux qui ont ouvert l'email Private Sale Sep 2026 mais n'ont jamais cliqué dedans",
    "Ceux qui ont ouvert l'email Private Sale Sep 2026 sans cliquer dedans",
    "Ceux qui ont ouvert l'email Private Sale Sep 2026 mais n'y ont jamais cliqué",
    "Those who opened the Private Sale Sep 2026 email but never clicked in it",
])
def test_dedans_after_a_click_is_the_message_said_before(translator, warehouse, catalog, request_):
    """'n'ont jamais cliqué dedans' (in it): the email opened, as 'y' and English 'in it'; it was asked about."""
    same_audience(translator, warehouse, catalog, request_, _OPENED_NOT_CLICKED)


_OUTLET_2025 = ("SELECT t.customer_id FROM pos.transactions t JOIN pos.stores s USING (store_id) "
                "WHERE t.customer_id IS NOT NULL AND s.store_format = 'outlet' "
                "AND t.transaction_ts >= DATE '2025-01-01' AND t.transaction_ts < DATE '2026-01-01'")


@pytest.mark.parametrize("request_", [
    "outlet shoppers 2025",
    "acheteurs en magasin d'usine 2025",
    "Outlet shoppers 2025, please",
])
def test_a_year_closing_a_behaviours_words_is_its_year(translator, warehouse, catalog, request_):
    """'outlet shoppers 2025': a year typed right after a behaviour's words, ending them, is that calendar year of
    it, as '2025 outlet shoppers'; it was asked about."""
    same_audience(translator, warehouse, catalog, request_, _OUTLET_2025)


@pytest.mark.parametrize("request_, phrase", [
    ("outlet orders 2025 and 2026", "2025"),       # a list of years, or a count: not read
    ("VIP customers 2025", "2025"),               # no behaviour said before it
])
def test_a_year_after_other_words_stays_asked(translator, request_, phrase):
    r = translator.translate(request_, A)
    assert r.status == "clarify" and any(q.phrase == phrase for q in r.clarifications), r.definition.to_text()


def test_a_year_after_by_before_spend_is_the_ranking_period(translator):
    """'top 5% of our Belgian customers by 2025 spend': the spend ranked is that year's, as '2025 buyers'."""
    r = translator.translate("top 5% of our Belgian customers by 2025 spend", A)
    assert r.status == "ok" and "from 2025-01-01 to 2025-12-31" in r.definition.to_text(), r.definition.to_text()


_SPENT_2025 = (f"SELECT customer_id FROM ({PURCHASES}) p WHERE ts >= DATE '2025-01-01' AND ts < DATE '2026-01-01' "
               "GROUP BY customer_id HAVING sum(amount) > 500")


@pytest.mark.parametrize("request_", [
    "customers whose spend 2025 exceeds €500",
    "customers whose spending 2025 is over 500 euros",
    "clients dont les dépenses 2025 dépassent 500 €",
    "clients dont les dépenses 2025 sont supérieures à 500 €",
])
def test_a_year_before_a_comparison_of_the_behaviour_is_its_year(translator, warehouse, catalog, request_):
    """'dépenses 2025 dépassent 500 €': the year typed after the spend's word, before the comparison of its amount, is
    that calendar year; it was read as a total of at least 2025 and a count of more than 500 (with a note only)."""
    same_audience(translator, warehouse, catalog, request_, _SPENT_2025)


@pytest.mark.parametrize("request_, op", [
    ("clients dont les achats en ligne sont inférieurs à 100 € en 2025", "<"),
    ("clientes dont les achats en ligne sont supérieurs à 100 € en 2025", ">"),
])
def test_superieur_and_inferieur_in_every_gender_and_number(translator, warehouse, catalog, request_, op):
    """'supérieures à', 'inférieurs à': the plural and feminine forms compare as the singular (they were asked)."""
    women = " AND customer_id IN (SELECT customer_id FROM crm.customers WHERE gender = 'female')" \
        if request_.startswith("clientes") else ""
    same_audience(translator, warehouse, catalog, request_,
                  "SELECT customer_id FROM ecom.orders WHERE status <> 'cancelled' AND order_ts >= DATE '2025-01-01' "
                  f"AND order_ts < DATE '2026-01-01'{women} GROUP BY customer_id HAVING sum(total_amount) {op} 100")


@pytest.mark.parametrize("request_", ["Les Gantois et les Anversois", "les clients gantois ou anversois"])
def test_a_peoples_name_the_catalog_lists_for_a_city(translator, warehouse, catalog, request_):
    """'Gantois' is not made from 'Gand' by an ending (as 'Anversois' from 'Anvers'): the catalog lists it among the
    city's French names (it was asked, as a word of nothing)."""
    same_audience(translator, warehouse, catalog, request_,
                  "SELECT customer_id FROM crm.customers WHERE city IN ('Ghent', 'Antwerp')")


def _latest_store_purchase_before(where: str = "TRUE") -> str:
    return ("SELECT t.customer_id FROM pos.transactions t JOIN pos.stores s USING (store_id) "
            f"WHERE t.customer_id IS NOT NULL AND {where} GROUP BY t.customer_id "
            "HAVING max(t.transaction_ts) < DATE '2025-09-30'")


@pytest.mark.parametrize("request_, where", [
    ("their latest in-store purchase was over a year ago", "TRUE"),
    ("Last in-store purchase more than a year ago", "TRUE"),
    ("their last outlet purchase was over a year ago", "s.store_format = 'outlet'"),
    ("leur dernier achat en magasin remonte à plus d'un an", "TRUE"),
])
def test_the_latest_said_before_the_values_that_pick_the_events(translator, warehouse, catalog, request_, where):
    """'latest in-store purchase': 'last' before the words that pick the behaviour's events (as 'first in-store
    purchase') is its latest event; it was asked about, and the purchase read as any one before the date."""
    same_audience(translator, warehouse, catalog, request_, _latest_store_purchase_before(where))
