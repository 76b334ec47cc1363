"""Everyday constructions held-out set #35's first sight asked about (or read silently), in our own sentences,
English and French, checked against hand-written queries on the demo warehouse: a sentence saying what the list is
for ("it's for an SMS test", '- want to nudge them with ...') is an aside, whatever catalog words it holds ('SMS' was
read as an SMS opt-in); 'last Sunday' / 'dimanche dernier' is that day; the people of a city written as a name of
several words ('New Yorkers', 'Chicagoans'); 'right now' is now."""
from __future__ import annotations

import pytest

from translations import same_audience


@pytest.mark.parametrize("request_", [
    "hi - can you pull everyone living in Lyon who has a phone number on file? it's for a small SMS test. thx",
    "everyone living in Lyon with a phone number on file - want to nudge them with an SMS voucher",
])
def test_what_the_list_is_for_is_an_aside(translator, warehouse, catalog, request_):
    same_audience(translator, warehouse, catalog, request_,
                  "SELECT customer_id FROM crm.customers WHERE city = 'Lyon' AND phone IS NOT NULL")


@pytest.mark.parametrize("request_", [
    "customers who placed an online order last Sunday", "clients qui ont passé une commande en ligne dimanche dernier",
])
def test_last_sunday_is_that_day(translator, warehouse, catalog, request_):
    same_audience(translator, warehouse, catalog, request_, """
SELECT customer_id FROM ecom.orders WHERE status <> 'cancelled'
  AND order_ts >= DATE '2026-09-27' AND order_ts < DATE '2026-09-28'""")


def test_people_of_a_city_of_several_words(translator, warehouse, catalog):
    same_audience(translator, warehouse, catalog, "New Yorkers and Chicagoans with an online order in transit right now",
                  """SELECT customer_id FROM crm.customers WHERE city IN ('New York', 'Chicago') AND customer_id IN (
                     SELECT customer_id FROM ecom.orders WHERE status = 'shipped')""")
