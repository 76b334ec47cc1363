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
    ("clients qui ont ouvert un email depuis la fête du Travail", "fr", "2026-09-07"),  # K10: Canada's Labour Day
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
