"""Set #36's first sight: a number after 'our', 'these' ('nos', 'ces') and before a value of what it counts ('our two
Lyon stores', 'nos deux magasins lyonnais') is how many there are, never how many times (read as a count, only those
who shopped twice that day were kept, with a note). Checked against a hand-written query on the demo warehouse."""
from __future__ import annotations

import pytest

from translations import A, same_audience


@pytest.mark.parametrize("request_", [
    "who shopped in our two Lyon stores last Friday?",
    "qui est passé en caisse dans nos deux magasins lyonnais vendredi dernier ?",
])
def test_a_number_before_the_places_it_counts_is_how_many_there_are(translator, warehouse, catalog, request_):
    same_audience(translator, warehouse, catalog, request_, """
SELECT t.customer_id FROM pos.transactions t JOIN pos.stores s ON s.store_id = t.store_id
WHERE t.customer_id IS NOT NULL AND s.city = 'Lyon'
  AND t.transaction_ts >= DATE '2026-09-25' AND t.transaction_ts < DATE '2026-09-26'""")


def test_a_count_after_our_with_no_value_stays_a_count(translator):
    r = translator.translate("customers with 3 online orders this year", A)
    assert any("3" in c.label for c in r.definition.criteria)


@pytest.mark.parametrize("request_, sql", [
    ("all our Dutch and Belgian customers", "SELECT customer_id FROM crm.customers WHERE country IN ('NL', 'BE')"),
    ("German residents who are currently VIP",
     "SELECT customer_id FROM crm.customers WHERE country = 'DE' AND loyalty_tier = 'vip'"),
    ("Les clients qui restent à Montréal pis qui sont présentement VIP",
     "SELECT customer_id FROM crm.customers WHERE city = 'Montreal' AND loyalty_tier = 'vip'"),
])
def test_words_that_say_which_customers_or_now_ask_nothing(translator, warehouse, catalog, request_, sql):
    """'all our' before the customers' values and noun says which customers (it was asked as a share of behaviours);
    'currently', 'présentement' say now."""
    same_audience(translator, warehouse, catalog, request_, sql)


@pytest.mark.parametrize("request_", [
    "customers who searched the site the day before yesterday",
    "Adieu ! Tu peux me sortir les gens qui ont fait une recherche sur le site avant-hier ? Merci",
])
def test_the_day_before_yesterday_is_that_day(translator, warehouse, catalog, request_):
    """'the day before yesterday' was read as yesterday with 'day' asked; French 'avant-hier' and the Swiss greeting
    'Adieu !' were asked."""
    same_audience(translator, warehouse, catalog, request_, """
SELECT customer_id FROM crm.customers WHERE customer_id IN (
  SELECT customer_id FROM web.events WHERE event_type = 'search'
    AND event_ts >= DATE '2026-09-28' AND event_ts < DATE '2026-09-29')""")
