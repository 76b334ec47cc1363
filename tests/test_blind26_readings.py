"""Readings a careful analyst makes without asking, found asked on blind set #26: each checked by its audience
against a hand-written query on the demo warehouse, in English and French."""
from __future__ import annotations

import pytest

from translations import A, PURCHASES, same_audience

NOT_BOUGHT = ("customer_id NOT IN (SELECT customer_id FROM pos.transactions WHERE customer_id IS NOT NULL "
              "UNION SELECT customer_id FROM ecom.orders WHERE status <> 'cancelled')")


@pytest.mark.parametrize("request_, lang", [
    # the catalog's 'signup' said in the plural, as a noun: the customers who signed up then
    ("referral sign-ups from the last 6 months who haven't bought anything yet", "en"),
    ("referral signups from the last 6 months who haven't bought anything yet", "en"),
    ("inscrits par parrainage des 6 derniers mois qui n'ont encore rien acheté", "fr"),
])
def test_sign_ups_said_as_a_noun(translator, warehouse, catalog, request_, lang):
    same_audience(translator, warehouse, catalog, request_,
                  "SELECT customer_id FROM crm.customers WHERE acquisition_channel = 'referral' "
                  f"AND signup_date >= DATE '{A}' - INTERVAL 6 MONTH AND {NOT_BOUGHT}", lang=lang)


def test_sign_ups_from_a_year_is_said(translator):
    """'sign-ups from 2025' reads as 'from' does elsewhere (since its start), said in a note, never asked."""
    r = translator.translate("referral sign-ups from 2025", A, lang="en")
    assert r.status == "ok" and any("instead of 'from'" in w for w in r.warnings), (r.status, r.warnings)


def bought_since(day: str) -> str:
    return f"SELECT customer_id FROM ({PURCHASES}) p WHERE ts >= DATE '{day}'"


@pytest.mark.parametrize("request_, lang", [
    # the start of a season said with its article: since the season's first day (the whole season was taken and
    # 'since the start' asked)
    ("customers who bought since the start of the summer", "en"),
    ("customers who bought since the beginning of the summer", "en"),
    ("clients qui ont acheté depuis le début de l'été", "fr"),
])
def test_since_the_start_of_the_season(translator, warehouse, catalog, request_, lang):
    same_audience(translator, warehouse, catalog, request_, bought_since("2026-06-01"), lang=lang)


@pytest.mark.parametrize("request_, lang", [
    # 'New Year's' without its 'Day', as the French 'le Nouvel An': the 1st of January
    ("customers who bought since New Year's", "en"),
    ("customers who bought since New Year", "en"),
    ("clients qui ont acheté depuis le Nouvel An", "fr"),
])
def test_since_new_years(translator, warehouse, catalog, request_, lang):
    same_audience(translator, warehouse, catalog, request_, bought_since("2026-01-01"), lang=lang)


@pytest.mark.parametrize("request_, lang", [
    # the catalog's age in bands named beside the ages: that age (the band's name was left, and asked)
    ("benelux men in the 50-64 age band", "en"),
    ("Benelux men, age group 50-64", "en"),
    ("Hommes du Benelux, tranche d'âge 50-64 ans", "fr"),
])
def test_an_age_band_said_with_its_ages(translator, warehouse, catalog, request_, lang):
    same_audience(translator, warehouse, catalog, request_,
                  "SELECT customer_id FROM crm.customers WHERE gender = 'male' AND country IN ('BE', 'NL') "
                  f"AND birth_date <= DATE '{A}' - INTERVAL 50 YEAR AND birth_date > DATE '{A}' - INTERVAL 65 YEAR",
                  lang=lang)


def test_an_age_band_alone_is_still_asked(translator):
    r = translator.translate("men in the age band", A, lang="en")
    assert r.status != "ok", r.definition.to_text()
