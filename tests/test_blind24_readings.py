"""Readings a careful analyst makes without asking, found asked on blind set #24 (English): each checked by its
audience against a hand-written query on the demo warehouse, in English and French."""
from __future__ import annotations

import pytest

from translations import A, PURCHASES, same_audience

SIXTY_DAYS = "started_at >= TIMESTAMP '2026-08-01'"


def sessions(where: str, at_least: int) -> str:
    return (f"SELECT customer_id FROM web.sessions WHERE customer_id IS NOT NULL AND {where} "
            f"GROUP BY customer_id HAVING count(*) >= {at_least}")


@pytest.mark.parametrize("request_, lang", [
    # 'paid' of the traffic source 'paid search' is no spend verb: the number counts the visits
    ("at least 2 visits from paid search in the last 60 days", "en"),
    ("at least 2 visits from paid search on a mobile in the last 60 days", "en"),
    ("au moins 2 visites depuis le référencement payant sur les 60 derniers jours", "fr"),
])
def test_a_count_before_a_value_with_a_spend_word_counts(translator, warehouse, catalog, request_, lang):
    mobile = " AND device_type = 'mobile'" if "mobile" in request_ else ""
    same_audience(translator, warehouse, catalog, request_,
                  sessions(f"traffic_source = 'paid_search'{mobile} AND {SIXTY_DAYS}", 2), lang=lang)


@pytest.mark.parametrize("request_, lang", [
    # '12m' of the score's own name (predicted_clv_12m): the 12-month value, never an age of 12
    ("silver or gold, predicted 12m value over €500", "en"),
    ("niveau argent ou or, valeur prédite à 12 mois > 500 €", "fr"),
])
def test_the_12m_value_is_the_predicted_value(translator, warehouse, catalog, request_, lang):
    same_audience(translator, warehouse, catalog, request_,
                  "SELECT c.customer_id FROM crm.customers c JOIN ds.customer_scores s USING (customer_id) "
                  "WHERE c.loyalty_tier IN ('silver', 'gold') AND s.predicted_clv_12m > 500", lang=lang)


NO_PURCHASE_2026 = ("SELECT customer_id, loyalty_points FROM crm.customers WHERE customer_id NOT IN (SELECT customer_id FROM "
                    f"({PURCHASES}) p WHERE ts >= DATE '2026-01-01')")


@pytest.mark.parametrize("request_, lang", [
    # a column named in several words, its last word in the plural: the column ('point balances')
    ("top 50 point balances among people who haven't bought anything so far in 2026", "en"),
    ("Top 50 loyalty point balances among people who haven't bought anything so far in 2026", "en"),
    ("le top 50 des soldes de points parmi les clients qui n'ont encore rien acheté en 2026", "fr"),
])
def test_a_column_said_in_the_plural_ranks(translator, warehouse, catalog, request_, lang):
    r = same_audience(translator, warehouse, catalog, request_,
                      f"SELECT customer_id FROM ({NO_PURCHASE_2026}) c ORDER BY loyalty_points DESC LIMIT 50", lang=lang)
    assert not r.warnings, r.warnings     # 'loyalty' of 'loyalty point balances' is no campaign objective


def brand_bought(brand: str, start: str, end: str) -> str:
    return (f"SELECT t.customer_id FROM pos.transactions t JOIN pos.transaction_lines l USING (transaction_id) "
            f"JOIN pim.products p USING (product_id) WHERE t.customer_id IS NOT NULL AND p.brand = '{brand}' "
            f"AND t.transaction_ts >= TIMESTAMP '{start}' AND t.transaction_ts < TIMESTAMP '{end}' UNION "
            f"SELECT o.customer_id FROM ecom.orders o JOIN ecom.order_lines l USING (order_id) "
            f"JOIN pim.products p USING (product_id) WHERE o.status <> 'cancelled' AND p.brand = '{brand}' "
            f"AND o.order_ts >= TIMESTAMP '{start}' AND o.order_ts < TIMESTAMP '{end}'")


@pytest.mark.parametrize("request_, lang", [
    # a winter said with both its years ('2024-25', '2024-2025', '2024/25'): the one starting in the first
    ("who bought Salomon during winter 2024-25", "en"),
    ("who bought Salomon in winter 2024/25", "en"),
    ("who bought Salomon during the winter 2024-2025", "en"),
    ("ceux qui ont acheté du Salomon pendant l'hiver 2024-2025", "fr"),
    ("ceux qui ont acheté du Salomon pendant l'hiver 2024-25", "fr"),
    # ... and its months said again in brackets, with no year: the same winter, not the latest December to February
    ("who bought Salomon during winter 2024-25 (Dec to Feb)", "en"),
    ("who bought Salomon in winter 2024-25 (December to February)", "en"),
    ("ceux qui ont acheté du Salomon pendant l'hiver 2024-2025 (de décembre à février)", "fr"),
])
def test_a_winter_said_with_both_years(translator, warehouse, catalog, request_, lang):
    r = same_audience(translator, warehouse, catalog, request_, brand_bought("Salomon", "2024-12-01", "2025-03-01"),
                      lang=lang)
    assert not r.warnings, r.warnings     # no '25' read as a count


@pytest.mark.parametrize("request_", [
    "who bought Salomon in winter 2024-25 (Nov to Feb)",      # other months than the winter's: asked
    "who bought Salomon in winter 2024-26",                   # no next year: the number is no part of the winter
])
def test_other_months_or_years_are_not_the_winter(translator, request_):
    r = translator.translate(request_, A)
    assert r.status == "clarify" or r.warnings, r.definition.to_text()


@pytest.mark.parametrize("request_, lang", [
    # 'Audience = ...' as a brief types its label: the heading before it is a title, not a criterion
    ("Brief: Nov ski launch\nAudience = anyone who bought Salomon during winter 2024-25", "en"),
    ("Brief : lancement ski de novembre\nCible = tous ceux qui ont acheté du Salomon pendant l'hiver 2024-2025", "fr"),
])
def test_an_audience_label_with_an_equals_sign(translator, warehouse, catalog, request_, lang):
    same_audience(translator, warehouse, catalog, request_, brand_bought("Salomon", "2024-12-01", "2025-03-01"),
                  lang=lang)


@pytest.mark.parametrize("request_, lang", [
    # a product page opened is a product page viewed, never an email opened
    ("searched the site at least twice in September but never opened a product page this month", "en"),
    ("au moins 2 recherches sur le site en septembre mais aucune fiche produit ouverte ce mois-ci", "fr"),
])
def test_an_opened_product_page_is_a_product_view(translator, warehouse, catalog, request_, lang):
    same_audience(translator, warehouse, catalog, request_,
                  "SELECT customer_id FROM web.events WHERE customer_id IS NOT NULL AND event_type = 'search' "
                  "AND event_ts >= TIMESTAMP '2026-09-01' GROUP BY customer_id HAVING count(*) >= 2 EXCEPT "
                  "SELECT customer_id FROM web.events WHERE event_type = 'product_view' "
                  "AND event_ts >= TIMESTAMP '2026-09-01'", lang=lang)


@pytest.mark.parametrize("request_, lang", [
    # 'been back on the site', 'revenus sur le site': a visit, never the behaviour said before it
    ("customers who emailed support about an account problem in H1 and haven't been back on the site since July 1",
     "en"),
    ("clients qui ont écrit au SAV par mail pour un souci de compte au premier semestre et qui ne sont pas revenus "
     "sur le site depuis le 1er juillet", "fr"),
])
def test_back_on_the_site_is_a_visit(translator, warehouse, catalog, request_, lang):
    same_audience(translator, warehouse, catalog, request_,
                  "SELECT customer_id FROM service.tickets WHERE channel = 'email' AND topic = 'account' "
                  "AND created_at >= TIMESTAMP '2026-01-01' AND created_at < TIMESTAMP '2026-07-01' EXCEPT "
                  "SELECT customer_id FROM web.sessions WHERE customer_id IS NOT NULL "
                  "AND started_at >= TIMESTAMP '2026-07-01'", lang=lang)


def tiers_without_purchase(tiers: str, months: int) -> str:
    return (f"SELECT customer_id FROM crm.customers WHERE loyalty_tier IN ({tiers}) AND customer_id IN ("
            f"SELECT customer_id FROM ({PURCHASES}) p GROUP BY customer_id "
            f"HAVING max(ts) < DATE '2026-09-30' - INTERVAL {months} MONTH)")


@pytest.mark.parametrize("request_, lang", [
    # 'gold+': gold and the tiers above; the words before the dash end with the customers' noun, so they name the
    # audience (no title); 'or more' after an absence's period lengthens the absence
    ("Lapsed gold+ members - nothing bought, in store or online, for 15 months or more", "en"),
    ("Clients niveau or et VIP endormis : plus aucun achat, ni en boutique ni sur le site, depuis 15 mois ou plus", "fr"),
])
def test_lapsed_gold_plus(translator, warehouse, catalog, request_, lang):
    same_audience(translator, warehouse, catalog, request_, tiers_without_purchase("'gold', 'vip'", 15), lang=lang)


@pytest.mark.parametrize("request_, tiers", [
    ("silver+ customers", "'silver', 'gold', 'vip'"),
    ("gold+ members", "'gold', 'vip'"),
    ("gold + VIP customers", "'gold', 'vip'"),       # a sign between two values lists them
    ("Hamburg + Munich silver customers", None),
])
def test_a_glued_plus_after_an_ordered_value(translator, warehouse, catalog, request_, tiers):
    gold = (f"SELECT customer_id FROM crm.customers WHERE loyalty_tier IN ({tiers})" if tiers else
            "SELECT customer_id FROM crm.customers WHERE loyalty_tier = 'silver' AND city IN ('Hamburg', 'Munich')")
    same_audience(translator, warehouse, catalog, request_, gold)


def test_plus_aucun_is_no_longer_any(translator, warehouse, catalog):
    # 'plus aucun achat': no longer any purchase, never 'more' (two periods compared were asked)
    same_audience(translator, warehouse, catalog, "clients niveau or : plus aucun achat depuis 15 mois",
                  tiers_without_purchase("'gold'", 15) + " UNION SELECT customer_id FROM crm.customers "
                  "WHERE loyalty_tier = 'gold' AND customer_id NOT IN (SELECT customer_id FROM pos.transactions "
                  "WHERE customer_id IS NOT NULL UNION SELECT customer_id FROM ecom.orders WHERE status <> 'cancelled')",
                  lang="fr")



@pytest.mark.parametrize("request_, lang, months", [
    # a defined term's window given by the absence said beside it ('lapsed': none in the last 12 months unless the
    # request gives another window): the 9 months said, never 12
    ("Lapsed customers - nothing bought in 9 months - with a predicted 12m value over 100, in Germany", "en", 9),
    ("lapsed customers who haven't bought anything in the last 18 months", "en", 18),
])
def test_an_absence_beside_a_term_gives_its_window(translator, warehouse, catalog, request_, lang, months):
    country = (" AND country = 'DE' AND customer_id IN (SELECT customer_id FROM ds.customer_scores "
               "WHERE predicted_clv_12m > 100)") if "Germany" in request_ else ""
    same_audience(translator, warehouse, catalog, request_,
                  f"SELECT customer_id FROM crm.customers WHERE customer_id IN (SELECT customer_id FROM ({PURCHASES}) p "
                  f"GROUP BY customer_id HAVING max(ts) < DATE '2026-09-30' - INTERVAL {months} MONTH){country}",
                  lang=lang)


@pytest.mark.parametrize("request_", [
    "Cross-category shoppers: bought from at least 4 different categories over the past year",   # unknown word
    "Service client : les clients qui nous ont écrit par mail depuis juillet",                    # no English noun
])
def test_words_before_the_customers_noun_stay_a_title(translator, request_):
    r = translator.translate(request_, A)
    assert r.status == "ok" and len(r.definition.criteria) == 1, r.definition.to_text()


@pytest.mark.parametrize("request_", [
    "customers whose average online order is at least twice their average store ticket",
    "customers whose average online basket is at least 3 times their average in-store basket",
])
def test_times_between_two_averages_is_asked(translator, request_):
    # one average against another, said with a number of times: asked (each average's own bound of 2, silently)
    r = translator.translate(request_, A)
    assert r.status == "clarify", r.definition.to_text()
