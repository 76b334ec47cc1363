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
