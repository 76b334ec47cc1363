"""Dates said two ways at once: two dated periods joined by 'or' that touch ('on 12/24/2025 or 12/25/2025', 'le 24 ou
le 25 décembre') are one (the second was asked, or '24' read as a count of 24 orders); a birthday said with a linking
verb before its month and an any-year marker ('whose birthday is in April, whatever the year': refused as nothing the
catalog knows), and a birth on named days with no year ('born on 25 December': nobody born last Christmas is a
customer) are those days of any year."""
from __future__ import annotations

import pytest

from translations import A, same_audience

CHRISTMAS_ORDERS = """
SELECT customer_id FROM ecom.orders WHERE status <> 'cancelled'
  AND order_ts >= DATE '2025-12-24' AND order_ts < DATE '2025-12-26'"""


@pytest.mark.parametrize("request_", [
    "who ordered online on 12/24/2025 or 12/25/2025",
    "who ordered online on 24 December 2025 or on 25 December 2025",
    "who ordered online on 24 or 25 December 2025",
    "qui a commandé en ligne le 24 ou le 25 décembre 2025",
    "qui a commandé en ligne le 24/12/2025 ou le 25/12/2025",
])
def test_two_touching_days_joined_by_or_are_both_days(translator, warehouse, catalog, request_):
    same_audience(translator, warehouse, catalog, request_, CHRISTMAS_ORDERS)


@pytest.mark.parametrize("request_", [
    "who ordered online on 1 May 2026 or 1 June 2026",
    "who ordered online on 24 or 26 December 2025",
    "qui a commandé en ligne le 24 ou le 26 décembre 2025",
])
def test_days_apart_joined_by_or_are_asked_never_read_as_one(translator, request_):
    """No single period says two days apart: the second is asked, and no count of 24 orders is read."""
    r = translator.translate(request_, A)
    assert r.status == "clarify", (r.status, [c.label for c in r.definition.criteria] if r.definition else None)
    assert all("24 times" not in c.label and "24 fois" not in c.label for c in r.definition.criteria)


@pytest.mark.parametrize("request_, months", [
    ("customers whose birthday is in April, whatever the year", "= 4"),
    ("customers whose birthday falls in April every year", "= 4"),
    ("customers whose birthday is in April (any year)", "= 4"),
    ("clients dont l'anniversaire est en avril, quelle que soit l'année", "= 4"),
])
def test_a_birthday_month_with_a_linking_verb_and_any_year(translator, warehouse, catalog, request_, months):
    same_audience(translator, warehouse, catalog, request_,
                  f"SELECT customer_id FROM crm.customers WHERE month(birth_date) {months}")


@pytest.mark.parametrize("request_", [
    "customers whose birthday is on 25 December whatever the year",
    "customers with a birthday on 25 December, any year",
    "customers born on 25 December",
    "customers born on 25 December, whatever the year",
    "clients nés le 25 décembre",
    "clients dont l'anniversaire est le 25 décembre, quelle que soit l'année",
])
def test_named_days_of_a_birth_with_no_year_are_those_days_of_any_year(translator, warehouse, catalog, request_):
    same_audience(translator, warehouse, catalog, request_, """
SELECT customer_id FROM crm.customers WHERE month(birth_date) = 12 AND day(birth_date) = 25""")


def test_a_day_before_its_month_is_no_month_of_any_year(translator, warehouse, catalog):
    """'on 24 December every year' is a day, not December of any year (read so, every December purchase counted)."""
    r = translator.translate("customers who bought online on 24 December every year", A)
    assert r.status != "ok" or all("December of any year" not in c.label for c in r.definition.criteria)
    same_audience(translator, warehouse, catalog, "customers who ordered online in December every year", """
SELECT customer_id FROM ecom.orders WHERE status <> 'cancelled' AND month(order_ts) = 12
  AND order_ts < DATE '2026-10-01'""")
