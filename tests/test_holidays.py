"""Holidays named as a day ('since Easter', 'depuis le lundi de Pâques'): every language's names are data in its own
module (lang_en.HOLIDAYS, lang_fr.HOLIDAYS), read by one path (offline/holidays.py); a French name is never
rewritten into English words first.

Checked by running the translation and a hand-written SQL of the same audience on the demo warehouse."""
from __future__ import annotations

import datetime as dt

import pytest

from assistant.translate import lang_en, lang_fr
from assistant.translate.offline.holidays import day_of, labour_day
from translations import same_audience


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
