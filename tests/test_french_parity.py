"""French said as English is: the same request in both languages selects the same customers (hand-written SQL on the
demo warehouse), through words as data in lang_fr and the catalog's French synonyms."""
from __future__ import annotations

import datetime as dt

import pytest

from translations import same_audience

A = dt.date(2026, 9, 30)


_CONSIDERATION_BE = (
    "WITH p AS (SELECT customer_id, max(ts) AS lp FROM (SELECT customer_id, transaction_ts AS ts FROM pos.transactions "
    "WHERE customer_id IS NOT NULL UNION ALL SELECT customer_id, order_ts FROM ecom.orders WHERE status <> 'cancelled') x "
    "GROUP BY customer_id), v AS (SELECT DISTINCT customer_id FROM web.sessions WHERE customer_id IS NOT NULL), "
    "c AS (SELECT DISTINCT customer_id FROM web.events WHERE event_type = 'add_to_cart' "
    "AND event_ts >= DATE '2026-09-30' - INTERVAL 30 DAY AND customer_id IS NOT NULL) "
    "SELECT k.customer_id FROM crm.customers k LEFT JOIN p USING (customer_id) LEFT JOIN v USING (customer_id) "
    "LEFT JOIN c USING (customer_id) WHERE k.country = 'BE' AND p.lp IS NULL AND v.customer_id IS NOT NULL "
    "AND c.customer_id IS NULL")
_BOUNCED = ("SELECT customer_id FROM marketing.messages WHERE channel = 'email' AND bounced "
            "AND sent_at >= DATE '2026-01-01' GROUP BY customer_id HAVING count(*) >= 2")
_SALOMON = ("SELECT t.customer_id FROM pos.transactions t JOIN pos.transaction_lines l USING (transaction_id) "
            "JOIN pim.products p USING (product_id) WHERE t.customer_id IS NOT NULL AND p.brand = 'Salomon' "
            "AND t.transaction_ts >= DATE '2026-03-30' UNION SELECT o.customer_id FROM ecom.orders o "
            "JOIN ecom.order_lines l USING (order_id) JOIN pim.products p USING (product_id) "
            "WHERE o.status <> 'cancelled' AND p.brand = 'Salomon' AND o.order_ts >= DATE '2026-03-30'")
_BORDEAUX_NANTES = "SELECT customer_id FROM crm.customers WHERE city IN ('Nantes', 'Bordeaux')"
_DNC = "SELECT customer_id FROM crm.do_not_contact"
_POINTS = ("SELECT customer_id FROM crm.customers WHERE loyalty_tier IN ('gold', 'vip') "
           "AND loyalty_points >= 2000")


@pytest.mark.parametrize("request_, gold", [
    # the journey a stage belongs to, said after the value ('stade considération du parcours client')
    ("Clients belges au stade considération du parcours client", _CONSIDERATION_BE),
    ("Belgian customers at the consideration stage of the customer journey", _CONSIDERATION_BE),
    # a message that came back: the verb, in each agreement
    ("Tous ceux dont les e-mails ont rebondi au moins deux fois cette année", _BOUNCED),
    ("Anyone whose emails bounced at least twice this year", _BOUNCED),
    # a goods noun before its value, as French says it ('du matos Salomon')
    ("qui a acheté du matos Salomon dans les six derniers mois ?", _SALOMON),
    ("who bought Salomon gear in the last six months?", _SALOMON),
    # the people of Bordeaux ('bordelais': an ending that replaces '-eaux')
    ("Les Nantais et les Bordelais", _BORDEAUX_NANTES),
    ("Nantes and Bordeaux residents", _BORDEAUX_NANTES),
    # the suppression list's other French names
    ("clients sur la liste de non-contact", _DNC),
    ("customers on the do-not-contact list", _DNC),
    # points held, not spent: 'assis sur'
    ("Membres or et VIP assis sur 2000 pts ou plus", _POINTS),
    ("Gold and VIP members sitting on 2000+ points", _POINTS),
])
def test_french_reads_as_english_does(translator, warehouse, catalog, request_, gold):
    same_audience(translator, warehouse, catalog, request_, gold)


def test_the_people_of_the_web_are_customers_who_visited(translator, warehouse, catalog):
    """'les internautes arrivés sur le site ...': people, lang_en's 'users', never a word asked about."""
    gold = ("SELECT customer_id FROM web.sessions WHERE customer_id IS NOT NULL AND traffic_source = 'paid_search' "
            "AND started_at >= DATE '2026-09-30' - INTERVAL 14 DAY")
    same_audience(translator, warehouse, catalog,
                  "Les internautes arrivés sur le site par les liens sponsorisés ces quinze derniers jours", gold)
    same_audience(translator, warehouse, catalog,
                  "Users who landed on the site from paid search in the last fortnight", gold)


def test_a_stressing_bien_adds_nothing_but_its_phrases_keep_their_meaning(translator):
    """'dont on a bien le numéro' stresses (read as 'really'); 'bien sûr' is still a remark, never a criterion."""
    r = translator.translate("Membres niveau or qui ont accepté les SMS et dont on a bien le numéro de portable dans la fiche client", A)
    assert r.status == "ok" and not r.unrecognized, (r.status, r.unrecognized)
    r = translator.translate("VIP de Lyon, hors liste repoussoir bien sûr", A)
    assert r.status == "ok" and len(r.definition.exclusions) == 1, r.definition.to_text()


def test_parcours_alone_is_not_a_stage(translator):
    """'parcours' names the journey a stage is of: said with no stage, it selects no one by itself (asked, or read
    with nothing to restrict), never a silent stage."""
    r = translator.translate("clients qui ont un parcours", A)
    assert not any("considération" in c.label for c in r.definition.criteria) if r.definition else True


_NL_KALVERSTRAAT = ("SELECT t.customer_id FROM pos.transactions t JOIN pos.stores s USING (store_id) "
                    "JOIN crm.customers c USING (customer_id) WHERE c.country = 'NL' "
                    "AND s.store_name = 'Amsterdam Kalverstraat'")
_BE_NL_APP = ("SELECT customer_id FROM ecom.orders o JOIN crm.customers c USING (customer_id) "
              "WHERE c.country IN ('BE', 'NL') AND o.device = 'app' AND o.status <> 'cancelled'")


@pytest.mark.parametrize("request_, gold", [
    # a value said after the word for customers is theirs ('clients néerlandais'), as before it in English, never
    # the store's of the behaviour that follows
    ("Clients néerlandais passés par le magasin de la Kalverstraat", _NL_KALVERSTRAAT),
    ("Dutch customers who have shopped at the Kalverstraat store", _NL_KALVERSTRAAT),
    # ... with the values coordinated after it
    ("Clients belges et néerlandais avec une commande passée sur l'appli", _BE_NL_APP),
    ("Belgian and Dutch customers with an order placed on the app", _BE_NL_APP),
])
def test_a_value_after_the_customers_is_theirs(translator, warehouse, catalog, request_, gold):
    same_audience(translator, warehouse, catalog, request_, gold)


def test_a_value_after_the_stores_stays_the_stores(translator, warehouse, catalog):
    """'magasins allemands': the stores' country, not the customers' (only the word for customers moves it)."""
    gold = ("SELECT t.customer_id FROM pos.transactions t JOIN pos.stores s USING (store_id) "
            "WHERE t.customer_id IS NOT NULL AND s.country = 'DE' AND t.transaction_ts >= DATE '2026-01-01'")
    same_audience(translator, warehouse, catalog, "ont fait un achat dans un de nos magasins allemands cette année",
                  gold)
    same_audience(translator, warehouse, catalog, "made a purchase in one of our German stores this year", gold)
