"""'December buyers', 'les acheteurs de décembre', 'summer shoppers': a month or season with no year said as the
people's own is the latest one begun, and a note says which (and how to say every year's). 'shoppers', the customers'
noun, said with a period and no behaviour, are the people who bought then.

Checked by running the translation and a hand-written SQL of the same audience on the demo warehouse."""
from __future__ import annotations

import pytest

from translations import A, PURCHASES, same_audience


def _bought(start: str, end: str) -> str:
    return f"SELECT customer_id FROM ({PURCHASES}) p WHERE ts >= DATE '{start}' AND ts < DATE '{end}'"


@pytest.mark.parametrize("request_, lang", [
    ("December buyers", None),
    ("our December purchasers", None),
    ("les acheteurs de décembre", "fr"),
    ("nos acheteurs de décembre", "fr"),
])
def test_a_month_said_of_the_people_is_the_latest_and_said(translator, warehouse, catalog, request_, lang):
    r = same_audience(translator, warehouse, catalog, request_, _bought("2025-12-01", "2026-01-01"), lang=lang)
    assert any("2025-12-01" in w and ("any year" in w or "toutes années" in w) for w in r.warnings), r.warnings


@pytest.mark.parametrize("request_, lang", [
    ("summer shoppers", None),
    ("Summer buyers", None),
    ("shoppers of the summer", None),
    ("les acheteurs de l'été", "fr"),
])
def test_a_season_said_of_the_people_is_the_latest_and_said(translator, warehouse, catalog, request_, lang):
    r = same_audience(translator, warehouse, catalog, request_, _bought("2026-06-01", "2026-09-01"), lang=lang)
    assert any("2026-06-01" in w and ("any year" in w or "toutes années" in w) for w in r.warnings), r.warnings


def test_shoppers_of_a_month_are_its_buyers(translator, warehouse, catalog):
    same_audience(translator, warehouse, catalog, "shoppers in March", _bought("2026-03-01", "2026-04-01"))


@pytest.mark.parametrize("request_", ["summer shoppers who opened an email", "winter customers"])
def test_a_season_of_the_customers_with_another_behaviour_is_still_asked(translator, request_):
    """'summer shoppers who opened an email': the season is the shoppers', never the heading of the opening."""
    r = translator.translate(request_, A)
    assert r.status != "ok", r.definition.to_text()


@pytest.mark.parametrize("request_, lang, phrase", [
    ("December customers in Paris", None, "December customers"),
    ("customers of December", None, "customers of December"),
    ("les clients de décembre", "fr", "clients de décembre"),
    ("les clients de l'été à Paris", "fr", "clients de l'été"),
])
def test_a_period_of_people_whose_noun_says_no_behaviour_is_asked_naming_it(translator, request_, lang, phrase):
    """'les clients de décembre': the latest December (D3), but what they did then the noun does not say (bought?
    signed up?): a question naming the people's words, never a refusal of the whole request nor every customer."""
    r = translator.translate(request_, A, lang=lang)
    assert r.status == "clarify" and any(q.phrase == phrase for q in r.clarifications), (
        r.status, [q.phrase for q in r.clarifications], r.message)


@pytest.mark.parametrize("request_, lang, phrase", [
    ("Christmas shoppers", None, "Christmas"),
    ("customers who bought at Christmas", None, "at Christmas"),
    ("customers who bought at Christmas last year", None, "at Christmas last year"),
    ("Everyone who ordered online last Christmas", None, "last Christmas"),
    ("clients qui ont acheté pour la fête du Travail", "fr", "pour la fête du Travail"),
    ("clients qui ont acheté à Noël dernier", "fr", "à Noël dernier"),
    ("clients qui ont commandé en ligne pendant les fêtes de Pâques", "fr", "Pâques"),
])
def test_a_holiday_said_as_a_period_is_asked_which_days(translator, request_, lang, phrase):
    """A holiday said as a period ('at Christmas', 'pour la fête du Travail') may be the day, the weeks before it or
    the season: no convention says which, so it is asked, naming it; 'shoppers' beside it are the buyers."""
    r = translator.translate(request_, A, lang=lang)
    assert r.status == "clarify" and any(phrase in q.phrase for q in r.clarifications), (
        r.status, [q.phrase for q in r.clarifications], r.message)
    assert r.definition.criteria, r.definition.to_text()
