"""A behaviour's place against the customer's own, row by row (EventCondition.own_place): 'in one of our stores
abroad', 'in a country other than the one they live in', 'outside their home country', 'in their own city', French
'hors de leur pays de résidence', 'à l'étranger', 'dans leur propre ville', each against hand-written SQL; the catalog's
pairing of a dimension with the customers' attribute (by name, or declared with `customers:` in a star schema), its
checks, the LLM's schema and the editor's field."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from assistant.edit import draft_of, to_spec
from assistant.errors import TranslationError
from assistant.meaning import EventCondition, from_spec, to_spec as meaning_spec
from assistant.sql.compile import compile_sql
from assistant.translate.llm import PROMPT_VERSIONS
from assistant.translate.meaning_schema import answer_schema
from assistant.wording import word
from schema_catalog.loader import load_catalog
from schema_catalog.semantic import customers_own
from translations import A, keys, same_audience

# each store purchase with the store's city and country and the customer's own
STORES = ("SELECT t.customer_id, s.city AS store_city, s.country AS store_country, c.city, c.country, "
          "t.transaction_ts AS ts FROM pos.transactions t JOIN pos.stores s USING (store_id) "
          "JOIN crm.customers c USING (customer_id) WHERE t.transaction_ts < DATE '2026-10-01'")
ABROAD = f"SELECT customer_id FROM ({STORES}) WHERE store_country <> country"
AT_HOME_CITY = f"SELECT customer_id FROM ({STORES}) WHERE store_city = city"


@pytest.mark.parametrize("request_", [
    "customers who bought in a store in a country other than the one they live in",
    "shopped in one of our stores abroad",
    "bought in store outside their home country",
    "Store purchases in a foreign country",
    "customers who shopped at our stores located outside their country of residence",
    "customers who bought in a store in a different country from theirs",
    "clients qui ont acheté en magasin hors de leur pays de résidence",
    "clients qui ont acheté dans une boutique à l'étranger",
    "acheté en magasin dans un autre pays que le leur",
    "acheté en magasin dans un pays autre que celui où ils habitent",
    "achats dans une de nos boutiques située en dehors de leur pays",
    "acheté en magasin dans un pays étranger",
])
def test_a_store_in_another_country_than_theirs(translator, warehouse, catalog, request_):
    r = same_audience(translator, warehouse, catalog, request_, ABROAD)
    assert not r.unrecognized


@pytest.mark.parametrize("request_", [
    "bought in a store in their own city",
    "customers who bought in store in the city they live in",
    "store purchases in the city where they live",
    "clients qui ont acheté dans une boutique de leur propre ville",
    "acheté en magasin dans la ville où ils habitent",
    "acheté dans un magasin situé dans leur ville de résidence",
])
def test_a_store_in_their_own_city(translator, warehouse, catalog, request_):
    same_audience(translator, warehouse, catalog, request_, AT_HOME_CITY)


@pytest.mark.parametrize("request_", [
    "customers who shopped in one of our stores in another city than theirs this year",
    "clients passés en caisse dans une autre ville que la leur cette année",
])
def test_another_city_than_theirs_with_a_period(translator, warehouse, catalog, request_):
    same_audience(translator, warehouse, catalog, request_,
                  f"SELECT customer_id FROM ({STORES}) WHERE store_city <> city AND ts >= DATE '2026-01-01'")


def test_at_home_and_never_abroad_is_no_contradiction(translator, warehouse, catalog):
    same_audience(translator, warehouse, catalog, "shopped in a store in their own country in the last 6 months but "
                  "never shopped in a store abroad", f"""
SELECT customer_id FROM ({STORES}) WHERE store_country = country AND ts >= DATE '2026-03-30'
EXCEPT SELECT customer_id FROM ({STORES}) WHERE store_country <> country""")


def test_their_first_purchase_abroad(translator, warehouse, catalog):
    """The first purchase over every channel was made in a store of another country than theirs."""
    all_purchases = ("SELECT t.customer_id, t.transaction_ts AS ts, s.country <> c.country AS abroad FROM pos.transactions t "
                     "JOIN pos.stores s USING (store_id) JOIN crm.customers c USING (customer_id) UNION ALL "
                     "SELECT customer_id, order_ts, false FROM ecom.orders WHERE status <> 'cancelled'")
    same_audience(translator, warehouse, catalog, "whose very first purchase was made in a store outside their home "
                  "country", f"""
SELECT p.customer_id FROM ({all_purchases}) p JOIN (SELECT customer_id, min(ts) AS ts FROM ({all_purchases}) a
GROUP BY customer_id) f ON f.customer_id = p.customer_id AND f.ts = p.ts WHERE p.abroad""")


@pytest.mark.parametrize("request_, phrase", [
    ("bought in Paris and in another city this year", "city"),      # another than Paris, not than theirs
    ("VIP customers in their own city", "their own city"),          # said of no behaviour with a place
    ("customers who bought online in a country other than theirs", "country other than theirs"),   # online: no place
])
def test_a_place_against_theirs_that_nothing_reads_is_asked(translator, request_, phrase):
    r = translator.translate(request_, A)
    assert r.status == "clarify" and any(phrase in u or u in phrase for u in r.unrecognized), r.unrecognized


def test_unknown_on_either_side_is_neither_theirs_nor_another(warehouse, catalog):
    """A customer with no country on file is in neither audience: that they shopped abroad is not known."""
    unknown = keys(warehouse, f"SELECT customer_id FROM ({STORES}) WHERE country IS NULL")
    both = set()
    for same in (True, False):
        c = EventCondition(0, 1, events=("store_purchase",), own_place={"store_country": same})
        both |= keys(warehouse, c.render(catalog, A).sql)
    assert both and not unknown & both


def test_the_pairing_is_by_name_on_the_demo(catalog):
    store = catalog.events["store_purchase"]
    assert customers_own(catalog, store, "store_country") == "crm.customers.country"
    assert customers_own(catalog, store, "store_city") == "crm.customers.city"
    assert customers_own(catalog, store, "store_format") is None
    assert customers_own(catalog, store, "category") is None


def test_a_dimension_with_no_pairing_is_refused(catalog):
    with pytest.raises(TranslationError, match="own_place"):
        from_spec({"kind": "event", "events": ["store_purchase"], "own_place": {"store_format": False}}, catalog)
    with pytest.raises(TranslationError, match="no dimension"):      # ('a model that returns garbage')
        from_spec({"kind": "event", "events": ["online_order"], "own_place": {"store_country": False}}, catalog)


def test_the_meaning_round_trips_and_is_worded_in_both_languages(catalog):
    c = from_spec({"kind": "event", "events": ["store_purchase"], "own_place": {"store_country": False}}, catalog)
    assert meaning_spec(c)["own_place"] == {"store_country": False}
    assert "other than their country" in c.render(catalog, A).label
    assert "other than their country" in word(c, catalog, A, "en").label
    assert "autre que leur pays" in word(c, catalog, A, "fr").label


def test_the_llm_schema_offers_it_only_for_paired_dimensions(catalog):
    text = str(answer_schema(catalog))
    assert "'own_place': {'type': 'object'" in text and "'store_country': {'type': 'boolean'}" in text
    assert "'store_format': {'type': 'boolean'}" not in text
    assert "own_place" in (Path(__file__).resolve().parents[1] / "prompts" / PROMPT_VERSIONS["meaning"]
                           / "system.md").read_text()


def test_the_editor_keeps_changes_and_clears_it(catalog):
    spec = {"kind": "event", "events": ["store_purchase"], "own_place": {"store_country": False}}
    draft = draft_of(spec, catalog, A)
    assert draft.own_place == {"store_country": False}
    assert to_spec(draft, catalog, A)["own_place"] == {"store_country": False}
    draft.own_place = {"store_city": True}
    assert to_spec(draft, catalog, A)["own_place"] == {"store_city": True}
    draft.own_place = {}
    c = from_spec(to_spec(draft, catalog, A), catalog)
    assert not c.own_place and "their" not in c.render(catalog, A).label


TPCDS = Path(__file__).resolve().parents[1] / "schema_catalog" / "catalogs" / "tpcds.yaml"


@pytest.fixture()
def tpcds_warehouse(eval_db):
    from assistant.edges.warehouse.duckdb import DuckDBWarehouse

    with DuckDBWarehouse(eval_db) as wh:
        yield wh


def test_a_star_schema_declares_the_pair_through_the_customers_address(tpcds_warehouse):
    """TPC-DS: the store's state against the state of the customer's current address (customer -> customer_address),
    declared with `customers:`; the subquery's joins never shadow the query's own."""
    from assistant.translate.offline.translator import OfflineTranslator
    from assistant.translate.value_index import build

    cat = load_catalog(TPCDS)
    t = OfflineTranslator(cat, build(tpcds_warehouse, cat))
    r = t.translate("customers who bought in a store outside their home state in 2002", dt.date(2003, 1, 2))
    assert r.status == "ok", r.unrecognized
    got = keys(tpcds_warehouse, compile_sql(r.definition, cat))
    want = keys(tpcds_warehouse, """
SELECT ss.ss_customer_sk FROM main.store_sales ss JOIN main.store s ON s.s_store_sk = ss.ss_store_sk
JOIN main.date_dim d ON d.d_date_sk = ss.ss_sold_date_sk JOIN main.customer c ON c.c_customer_sk = ss.ss_customer_sk
JOIN main.customer_address a ON a.ca_address_sk = c.c_current_addr_sk
WHERE d.d_year = 2002 AND a.ca_state <> s.s_state""")
    assert want and got == want


def test_a_declared_pair_must_be_an_attribute_of_the_customers(tmp_path):
    text = TPCDS.read_text().replace("customers: main.customer_address.ca_state",
                                     "customers: main.store_sales.ss_quantity")
    bad = tmp_path / "tpcds.yaml"
    bad.write_text(text)
    with pytest.raises(Exception, match="does not describe the customer"):
        load_catalog(bad)
