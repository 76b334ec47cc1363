"""Where customers live and where they shop, said the ways set #47 said them (each in general, English and French,
against hand-written SQL): a place 'outside' a value (English: French 'en dehors de' stays an exclusion), a store
'abroad' for customers whose country is named (with none named: tests/test_own_places.py), 'different cities' of the
stores, 'wherever they live', demonyms in '-ese', and a list of values alone after a dash."""
from __future__ import annotations

import pytest

from translations import A, same_audience

STORES = ("SELECT t.customer_id, s.city, s.country, t.transaction_ts AS ts FROM pos.transactions t "
          "JOIN pos.stores s USING (store_id) WHERE t.customer_id IS NOT NULL AND t.transaction_ts < DATE '2026-10-01'")


def test_a_store_outside_a_city_is_any_other_city(translator, warehouse, catalog):
    same_audience(translator, warehouse, catalog, "customers who bought in a store outside Paris this year",
                  f"SELECT customer_id FROM ({STORES}) WHERE city <> 'Paris' AND ts >= DATE '2026-01-01'")


def test_all_made_outside_a_city_leaves_out_those_with_one_there(translator, warehouse, catalog):
    same_audience(translator, warehouse, catalog, "customers whose store purchases this year were all made outside "
                  "Paris", f"""
SELECT customer_id FROM ({STORES}) WHERE ts >= DATE '2026-01-01' GROUP BY customer_id
HAVING count(*) FILTER (WHERE city = 'Paris') = 0""")


@pytest.mark.parametrize("request_", [
    "French residents who shopped in one of our stores abroad over the past 12 months",
    "Les clients qui habitent en France et qui ont acheté dans une de nos boutiques à l'étranger sur les 12 derniers mois",
])
def test_abroad_is_another_country_than_the_one_named_for_them(translator, warehouse, catalog, request_):
    same_audience(translator, warehouse, catalog, request_, f"""
SELECT customer_id FROM ({STORES}) WHERE country <> 'FR' AND ts >= DATE '2026-09-30' - INTERVAL 12 MONTH
INTERSECT SELECT customer_id FROM crm.customers WHERE country = 'FR'""")


@pytest.mark.parametrize("request_", ["Shopped in stores in at least 3 different cities since January",
                                      "clients qui ont acheté en magasin dans au moins 3 villes différentes depuis janvier"])
def test_different_cities_of_store_purchases_are_the_stores_cities(translator, warehouse, catalog, request_):
    r = same_audience(translator, warehouse, catalog, request_, f"""
SELECT customer_id FROM ({STORES}) WHERE ts >= DATE '2026-01-01' GROUP BY customer_id HAVING count(DISTINCT city) >= 3""")
    assert not r.warnings, r.warnings


@pytest.mark.parametrize("request_", [
    "Anyone who bought in a Lyon store in the last 60 days, wherever they live",
    "Tous ceux qui ont acheté dans un magasin de Lyon ces 60 derniers jours, peu importe où ils habitent",
])
def test_wherever_they_live_restricts_nothing(translator, warehouse, catalog, request_):
    same_audience(translator, warehouse, catalog, request_, f"""
SELECT customer_id FROM ({STORES}) WHERE city = 'Lyon' AND ts >= DATE '2026-09-30' - INTERVAL 60 DAY""")


def test_a_demonym_in_ese_is_the_city(translator, warehouse, catalog):
    same_audience(translator, warehouse, catalog, "Berliners and Milanese",
                  "SELECT customer_id FROM crm.customers WHERE city IN ('Berlin', 'Milan')")


@pytest.mark.parametrize("request_", ["Dépense Nike en 2025 entre 300 et 600 € - chaussures, vêtements et articles de sport",
                                      "acheteurs Nike en 2025 - chaussures, vêtements et articles de sport"])
def test_a_list_of_values_alone_after_a_dash_is_asked(translator, request_):
    """Narrowing (the spend on those categories) or examples (every category counts)? Read as a purchase of each,
    with no period, it was three behaviours nobody asked for, silently."""
    r = translator.translate(request_, A)
    assert r.status == "clarify" and {"chaussures", "vêtements"} <= set(r.unrecognized), r.unrecognized


def test_a_place_denied_with_the_noun_of_the_behaviours_place_is_that_behaviour_there(translator, warehouse, catalog):
    """'but never in our Lyon stores', no verb of its own: the store purchase there, denied (read as where they live,
    'stores' was asked)."""
    same_audience(translator, warehouse, catalog, "VIP customers who shopped at Paris Rivoli but never in our Lyon "
                  "stores", f"""
SELECT customer_id FROM crm.customers WHERE loyalty_tier = 'vip'
INTERSECT SELECT t.customer_id FROM pos.transactions t JOIN pos.stores s USING (store_id)
  WHERE t.customer_id IS NOT NULL AND s.store_name = 'Paris Rivoli' AND t.transaction_ts < DATE '2026-10-01'
EXCEPT SELECT customer_id FROM ({STORES}) WHERE city = 'Lyon'""")


def test_a_typo_of_a_place_word_is_read_and_said(translator, warehouse, catalog):
    r = same_audience(translator, warehouse, catalog, "customers who bought in one of our flagship stroes this year", """
SELECT t.customer_id FROM pos.transactions t JOIN pos.stores s USING (store_id) WHERE t.customer_id IS NOT NULL
  AND s.store_format = 'flagship' AND t.transaction_ts >= DATE '2026-01-01' AND t.transaction_ts < DATE '2026-10-01'""")
    assert any("stroes" in w and "stores" in w for w in r.warnings), r.warnings


def test_n_of_our_m_stores_of_a_city_counts_different_stores(translator, warehouse, catalog):
    """Read as 3 store purchases in Paris, one store visited three times was in."""
    same_audience(translator, warehouse, catalog, "customers who've shopped in at least 3 of our 4 Paris stores", """
SELECT t.customer_id FROM pos.transactions t JOIN pos.stores s USING (store_id) WHERE t.customer_id IS NOT NULL
  AND s.city = 'Paris' AND t.transaction_ts < DATE '2026-10-01' GROUP BY t.customer_id
HAVING count(DISTINCT s.store_name) >= 3""")


@pytest.mark.parametrize("request_", ["shopped in at least 2 different outlets over the past year",
                                      "passés dans au moins 2 outlets différents sur l'année glissante"])
def test_different_values_of_a_places_kind_count_the_places(translator, warehouse, catalog, request_):
    """'2 different outlets' are two outlet stores (asked before; read as 2 outlet purchases, one store did)."""
    same_audience(translator, warehouse, catalog, request_, """
SELECT t.customer_id FROM pos.transactions t JOIN pos.stores s USING (store_id) WHERE t.customer_id IS NOT NULL
  AND s.store_format = 'outlet' AND t.transaction_ts >= DATE '2026-09-30' - INTERVAL 12 MONTH
GROUP BY t.customer_id HAVING count(DISTINCT s.store_name) >= 2""")


@pytest.mark.parametrize("request_", ["customers who visited at least 3 different stores this year",
                                      "clients passés dans au moins 3 magasins différents cette année"])
def test_stores_counted_after_a_verb_of_visiting_are_different_stores(translator, warehouse, catalog, request_):
    """The store noun said after the count, not after 'a' ('visited a store'): refused as nothing known before."""
    same_audience(translator, warehouse, catalog, request_, """
SELECT t.customer_id FROM pos.transactions t JOIN pos.stores s USING (store_id) WHERE t.customer_id IS NOT NULL
  AND t.transaction_ts >= DATE '2026-01-01' AND t.transaction_ts < DATE '2026-10-01'
GROUP BY t.customer_id HAVING count(DISTINCT s.store_name) >= 3""")


@pytest.mark.parametrize("request_", ["customers who visited the Lyon store this month",
                                      "customers who visited our Lyon stores this month"])
def test_a_store_named_by_its_city_inside_the_visit(translator, warehouse, catalog, request_):
    """'visited a store' with the city between the determiner and the noun: asked about 'visited' and 'month' before."""
    same_audience(translator, warehouse, catalog, request_, f"""
SELECT customer_id FROM ({STORES}) WHERE city = 'Lyon' AND ts >= DATE '2026-09-01'""")
