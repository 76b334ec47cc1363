"""Holidays named as a day ('since Easter', 'depuis le lundi de Pâques'): every language's names are data in its own
module (lang_en.HOLIDAYS, lang_fr.HOLIDAYS), read by one path (offline/holidays.py); a French name is never
rewritten into English words first.

Checked by running the translation and a hand-written SQL of the same audience on the demo warehouse."""
from __future__ import annotations

import datetime as dt

import pytest

from assistant.translate import lang_en, lang_fr
from assistant.translate.offline.holidays import day_of, labour_day
from translations import A, same_audience


def _opened_since(day: str) -> str:
    return ("SELECT m.customer_id FROM marketing.messages m JOIN marketing.campaigns c USING (campaign_id) "
            f"WHERE c.channel = 'email' AND m.opened_at >= DATE '{day}'")


@pytest.mark.parametrize("request_, lang, day", [
    ("clients qui ont ouvert un email depuis Noël", "fr", "2025-12-25"),
    ("clients qui ont ouvert un email depuis Noël dernier", "fr", "2025-12-25"),       # the latest one, said so
    ("clients qui ont ouvert un email depuis le lundi de Pâques", "fr", "2026-04-06"),  # never a weekly 'le lundi'
    ("clients qui ont ouvert un email depuis la veille de Noël", "fr", "2025-12-24"),
    ("clients qui ont ouvert un email depuis le jour de l'an", "fr", "2026-01-01"),
    ("customers who opened an email since Labor Day", None, "2026-09-07"),
    ("customers who opened an email since Easter Monday", None, "2026-04-06"),
])
def test_a_holiday_said_as_a_day_in_either_language(translator, warehouse, catalog, request_, lang, day):
    r = same_audience(translator, warehouse, catalog, request_, _opened_since(day), lang=lang)
    assert not r.unrecognized, r.unrecognized


def test_each_language_names_its_holidays_and_the_same_day_is_the_same_rule():
    """A holiday both languages name falls on one day (the tables are two lists of names of one calendar)."""
    pairs = [(("christmas",), ("noel",)), (("easter", "monday"), ("lundi", "de", "paques")),
             (("black", "friday"), ("black", "friday")), (("labour", "day"), ("fete", "du", "travail"))]
    for en, fr in pairs:
        assert day_of(lang_en.HOLIDAYS[en], 2026) == day_of(lang_fr.HOLIDAYS[fr], 2026)
    assert labour_day(2025) == dt.date(2025, 9, 1) and labour_day(2026) == dt.date(2026, 9, 7)


def _opened_between(start: str, end: str) -> str:
    return _opened_since(start) + f" AND m.opened_at < DATE '{end}'"


@pytest.mark.parametrize("request_, lang, start, end", [
    ("customers who opened an email in the 3 months before Christmas", None, "2025-09-25", "2025-12-25"),
    ("customers who opened an email in the 2 weeks before Black Friday 2024", None, "2024-11-15", "2024-11-29"),
    ("clients qui ont ouvert un email dans les 3 mois avant Noël", "fr", "2025-09-25", "2025-12-25"),
    ("clients qui ont ouvert un email pendant les 2 semaines avant le Black Friday", "fr", "2025-11-14", "2025-11-28"),
])
def test_a_length_before_a_holiday_ends_the_day_before_it(translator, warehouse, catalog, request_, lang, start, end):
    """Read as 'the last 3 months', beside a holiday asked, before."""
    r = same_audience(translator, warehouse, catalog, request_, _opened_between(start, end), lang=lang)
    assert not r.unrecognized, r.unrecognized


def _ordered_between(start: str, end: str) -> str:
    return ("SELECT customer_id FROM ecom.orders WHERE status <> 'cancelled' "
            f"AND order_ts >= DATE '{start}' AND order_ts < DATE '{end}'")


@pytest.mark.parametrize("request_, lang, start, end", [
    # fixed-date days both languages name (Canada Day, the Fête de la musique), said as a day
    ("clients qui ont commandé en ligne depuis la fête du Canada", "fr", "2026-07-01", "2026-10-01"),
    ("customers who ordered online since Canada Day", None, "2026-07-01", "2026-10-01"),
    # 'le jour de ...', 'on the day of ...' say the day itself, never a period around it (blind fr24-033)
    ("clients qui ont commandé en ligne le jour de la Fête de la musique", "fr", "2026-06-21", "2026-06-22"),
    ("customers who ordered online on the day of the Fête de la Musique", None, "2026-06-21", "2026-06-22"),
    ("customers who ordered online on the day of Black Friday", None, "2025-11-28", "2025-11-29"),
    ("clients qui ont commandé en ligne le jour de la Toussaint", "fr", "2025-11-01", "2025-11-02"),
    # the day the question about a holiday said as a period offers as its example
    ("clients qui ont commandé en ligne le jour de Noël", "fr", "2025-12-25", "2025-12-26"),
    # two days in a row of one month, said once; a range of two days in French
    ("clients qui ont commandé en ligne les 5 et 6 septembre", "fr", "2026-09-05", "2026-09-07"),
    ("customers who ordered online on September 5 and 6", None, "2026-09-05", "2026-09-07"),
    ("customers who ordered online on 5 and 6 September", None, "2026-09-05", "2026-09-07"),
    ("clients qui ont commandé en ligne du 15 décembre au 6 janvier", "fr", "2025-12-15", "2026-01-07"),
    ("customers who ordered online from December 15 to January 6", None, "2025-12-15", "2026-01-07"),
    # days of one month, the month said once: both days included (the first was a count of 26, the period the last
    # day alone, silently in English)
    ("clients qui ont commandé en ligne du 26 au 31 décembre", "fr", "2025-12-26", "2026-01-01"),
    ("clients qui ont commandé en ligne du 26 au 31 décembre l'an passé", "fr", "2025-12-26", "2026-01-01"),
    ("clients qui ont commandé en ligne entre le 26 et le 31 décembre 2025", "fr", "2025-12-26", "2026-01-01"),
    ("clients qui ont commandé en ligne (du 3 au 9 août)", "fr", "2026-08-03", "2026-08-10"),
    ("customers who ordered online from 26 to 31 December 2025", None, "2025-12-26", "2026-01-01"),
    ("customers who ordered online from December 26 to 31, 2025", None, "2025-12-26", "2026-01-01"),
    ("customers who ordered online between 26 and 31 December", None, "2025-12-26", "2026-01-01"),
    ("customers who ordered online 3-9 August", None, "2026-08-03", "2026-08-10"),
    ("customers who ordered online Aug 3-9", None, "2026-08-03", "2026-08-10"),
])
def test_a_day_said_by_its_name_or_two_days_said_once(translator, warehouse, catalog, request_, lang, start, end):
    r = same_audience(translator, warehouse, catalog, request_, _ordered_between(start, end), lang=lang)
    assert not r.unrecognized, r.unrecognized


@pytest.mark.parametrize("request_, lang", [
    ("clients qui ont commandé en ligne à Noël", "fr"),            # a period around it, or the day: asked
    # a title that is a holiday said with its year is a period of the audience: asked, never set aside unsaid
    ("Christmas Eve last year: who bought something in one of our stores?", None),
    ("La veille de Noël l'an dernier : qui a acheté quelque chose dans un de nos magasins ?", "fr"),
])
def test_a_holiday_as_a_period_or_days_apart_stay_asked(translator, request_, lang):
    r = translator.translate(request_, A, lang=lang)
    assert r.status == "clarify", r.definition.to_text()
    holiday = request_.split(":")[0].strip() if ":" in request_ else "à Noël"
    assert any(q.phrase == holiday for q in r.clarifications), r.clarifications


@pytest.mark.parametrize("request_, lang", [
    ("Black Friday teaser: customers who bought online", None),      # a campaign's name: nothing to ask
    ("Opé Saint-Valentin : clientes ayant acheté des bijoux", "fr"),
])
def test_a_holidays_name_in_a_title_without_a_year_is_the_campaigns(translator, request_, lang):
    r = translator.translate(request_, A, lang=lang)
    assert r.status == "ok" and not r.clarifications, (r.status, r.clarifications)


def test_two_days_apart_are_never_read_as_the_range_between_them(translator):
    r = translator.translate("customers who ordered online on 5 and 8 September", A)
    assert "2026-09-05" not in r.definition.to_text(), r.definition.to_text()


def _stores_of_a_city_not_living_there(city: str, start: str, end: str) -> str:
    return f"""
    SELECT t.customer_id FROM pos.transactions t JOIN pos.stores s USING (store_id)
    JOIN crm.customers c ON c.customer_id = t.customer_id
    WHERE s.city = '{city}' AND c.city <> '{city}'
      AND t.transaction_ts >= DATE '{start}' AND t.transaction_ts < DATE '{end}'"""


@pytest.mark.parametrize("request_, lang, city, start, end", [
    # a name the catalog does not know, said as a period before a bracket of its days, is those days; 'n'habitent
    # pas' keeps its verb of residence (was: 'pendant la Braderie' and 'habitent' asked; blind fr24-051)
    ("Clients qui n'habitent pas Paris mais qui sont passés en caisse dans nos magasins parisiens pendant la Braderie "
     "(du 1 septembre au 20 septembre)", "fr", "Paris", "2026-09-01", "2026-09-21"),
    ("Clients qui n'habitent pas à Paris et qui ont acheté dans nos magasins de Paris pendant la Braderie "
     "(du 1 septembre au 20 septembre)", "fr", "Paris", "2026-09-01", "2026-09-21"),
    ("Customers not living in Paris who bought in our Paris stores during the Braderie (September 1 to September 20)",
     None, "Paris", "2026-09-01", "2026-09-21"),
])
def test_a_period_named_by_the_days_in_its_bracket(translator, warehouse, catalog, request_, lang, city, start, end):
    r = same_audience(translator, warehouse, catalog, request_, _stores_of_a_city_not_living_there(city, start, end),
                      lang=lang)
    assert any("Braderie" in n for n in r.warnings), r.warnings


@pytest.mark.parametrize("request_", [
    # a period inside the name ('l'an passé'): which year the bracket's days are is not settled by the name
    "Clients de Montréal qui ont magasiné en ligne pendant le temps des Fêtes l'an passé (du 15 décembre au 6 janvier)",
])
def test_a_named_period_holding_another_period_is_still_asked(translator, request_):
    r = translator.translate(request_, A)
    assert r.status == "clarify", r.definition.to_text()
