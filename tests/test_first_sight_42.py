"""Set #42's first sight asked about a birthday on named days ('customers whose birthday is on 25 December',
'l'anniversaire tombe le 25 décembre'): those days of any year (read as the latest 25 December, it was refused as
nothing the catalog knows); and 'doesn't matter' said after what restricts nothing ('in a store or online, doesn't
matter')."""
from __future__ import annotations

import pytest

from translations import A, same_audience


@pytest.mark.parametrize("request_, days", [
    ("Christmas babies: customers whose birthday is on 25 December", (25, 25)),
    ("customers with a birthday on 25 December", (25, 25)),
    ("clients dont l'anniversaire tombe le 25 décembre", (25, 25)),
    ("customers with a birthday between 20 and 26 December", (20, 26)),
    ("clients dont l'anniversaire tombe le 25 décembre, quelle que soit l'année de naissance", (25, 25)),
])
def test_a_birthday_on_named_days_is_those_days_of_any_year(translator, warehouse, catalog, request_, days):
    same_audience(translator, warehouse, catalog, request_, f"""
SELECT customer_id FROM crm.customers
WHERE month(birth_date) = 12 AND day(birth_date) BETWEEN {days[0]} AND {days[1]}""")


def test_born_on_a_dated_day_is_no_birthday(translator):
    r = translator.translate("customers born on 25 December 1990", A)
    assert r.status != "ok" or all("any year" not in c.label for c in r.definition.criteria)


@pytest.mark.parametrize("request_", [
    "customers who bought in Lyon stores in 2025, in a store or online, doesn't matter",
    "customers who bought in Lyon stores in 2025 (it doesn't matter which one)",
])
def test_doesnt_matter_restricts_nothing(translator, request_):
    r = translator.translate(request_, A)
    assert r.status == "ok" and not r.unrecognized, (r.status, r.unrecognized)


@pytest.mark.parametrize("request_", [
    "Les clients domiciliés en Allemagne qui ont commandé sur l'e-shop le 24.12.2025",
    "customers living in Germany who ordered online on 24.12.2025",
])
def test_a_date_written_with_dots_is_that_day(translator, warehouse, catalog, request_):
    """'24.12.2025' (Swiss, German): that day; its first dot made a decimal, read as a count of at least 24.12."""
    same_audience(translator, warehouse, catalog, request_, """
SELECT o.customer_id FROM ecom.orders o JOIN crm.customers c USING (customer_id)
WHERE c.country = 'DE' AND o.status <> 'cancelled'
  AND o.order_ts >= DATE '2025-12-24' AND o.order_ts < DATE '2025-12-25'""")


def test_a_day_and_month_written_with_a_dot_after_a_date_word(translator, warehouse, catalog):
    """'entre le 30.04 et le 09.05.2026': read as a count between 30.04 and 9 before; a decimal elsewhere stays one."""
    same_audience(translator, warehouse, catalog, "clients qui ont commandé en ligne entre le 30.04 et le 09.05.2026", """
SELECT customer_id FROM ecom.orders WHERE status <> 'cancelled'
  AND order_ts >= DATE '2026-04-30' AND order_ts < DATE '2026-05-10'""")
    r = translator.translate("clients qui ont dépensé plus de 12.50 € en magasin", A)
    assert r.status == "ok" and "12,5" in r.definition.criteria[0].label, r.definition.criteria[0].label
