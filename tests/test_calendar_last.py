"""'last year', 'last quarter', 'l'an dernier', 'le trimestre dernier' said bare are the calendar period before this
one, as marketers and BI tools count them (read as the last 12 months, every brief that meant 2025 was asked); a note
names the rolling reading. 'in the last year', 'the past year', 'l'année écoulée', 'sur l'année glissante' roll.

Also: a word of newness before the date a customer joined only confirms it ('New accounts opened this year': 'New'
was asked)."""
from __future__ import annotations

import pytest

from translations import A, same_audience

STORE_2025 = """
SELECT customer_id FROM pos.transactions WHERE customer_id IS NOT NULL
  AND transaction_ts >= DATE '2025-01-01' AND transaction_ts < DATE '2026-01-01'"""
STORE_ROLLING = """
SELECT customer_id FROM pos.transactions WHERE customer_id IS NOT NULL
  AND transaction_ts >= DATE '2026-09-30' - INTERVAL 12 MONTH AND transaction_ts < DATE '2026-10-01'"""


@pytest.mark.parametrize("request_, note", [
    ("customers who bought in store last year", "'last year' read as 2025 (for a rolling period, say 'in the last 12 months')"),
    ("clients qui ont acheté en magasin l'an dernier", "« l'an dernier » lu comme 2025"),
    ("clients qui ont acheté en magasin l'année dernière", "lu comme 2025"),
])
def test_last_year_said_bare_is_the_calendar_year_before(translator, warehouse, catalog, request_, note):
    same_audience(translator, warehouse, catalog, request_, STORE_2025)
    assert any(note in w for w in translator.translate(request_, A).warnings)


@pytest.mark.parametrize("request_", [
    "customers who bought in store in the last year",
    "customers who bought in store over the past year",
    "clients qui ont acheté en magasin sur l'année écoulée",
    "clients qui ont acheté en magasin sur l'année glissante",
])
def test_a_year_said_as_the_one_up_to_today_rolls(translator, warehouse, catalog, request_):
    same_audience(translator, warehouse, catalog, request_, STORE_ROLLING)


@pytest.mark.parametrize("request_", ["customers who bought in store last quarter",
                                      "clients qui ont acheté en magasin le trimestre dernier"])
def test_last_quarter_is_the_calendar_quarter_before(translator, warehouse, catalog, request_):
    same_audience(translator, warehouse, catalog, request_, """
SELECT customer_id FROM pos.transactions WHERE customer_id IS NOT NULL
  AND transaction_ts >= DATE '2026-04-01' AND transaction_ts < DATE '2026-07-01'""")


@pytest.mark.parametrize("request_", [
    "New accounts opened this year",
    "newly registered customers since January",
    "Nouveaux comptes ouverts cette année",
])
def test_new_before_the_date_a_customer_joined_only_confirms_it(translator, warehouse, catalog, request_):
    same_audience(translator, warehouse, catalog, request_,
                  "SELECT customer_id FROM crm.customers WHERE signup_date >= DATE '2026-01-01'")
    assert not translator.translate(request_, A).unrecognized


def test_new_before_anything_else_is_still_asked(translator):
    r = translator.translate("new stores in Lyon", A)
    assert r.status != "ok" or r.unrecognized
