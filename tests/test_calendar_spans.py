"""Spans the calendar names by a number or by custom, in English and French alike (offline/calendar_spans.py, the
words in lang_en.py and lang_fr.py): an ISO week ('ISO week 37', 'S37'), a half of a month ('the first half of
September', 'la 1re quinzaine de septembre'), a holiday's long weekend ('the Easter weekend', 'le pont de
l'Ascension'). A week's number or a day's is never a count; a part of a month with no set days ('mid-September',
'fin août') and a long weekend no weekday settles are asked, the phrase named.

Checked by running the translation and a hand-written SQL of the same audience on the demo warehouse (as of
2026-09-30, a Wednesday of ISO week 40)."""
from __future__ import annotations

import datetime as dt

import pytest

from assistant.translate.offline import calendar_spans
from assistant.translate.offline.holidays import memorial_day
from translations import A, same_audience


def _ordered_between(start: str, end: str) -> str:
    return ("SELECT customer_id FROM ecom.orders WHERE status <> 'cancelled' "
            f"AND order_ts >= DATE '{start}' AND order_ts < DATE '{end}'")


@pytest.mark.parametrize("request_, lang, start, end", [
    # ISO week 37 of this year, Monday 7 to Sunday 13 September 2026 ('37' was a count of at least 37 orders)
    ("Which customers placed an online order during ISO week 37?", None, "2026-09-07", "2026-09-14"),
    ("customers who ordered online in week 37", None, "2026-09-07", "2026-09-14"),
    ("customers who ordered online in W37", None, "2026-09-07", "2026-09-14"),
    ("Quels clients ont passé une commande en ligne en S37 ?", "fr", "2026-09-07", "2026-09-14"),
    ("clients qui ont commandé en ligne semaine 37", "fr", "2026-09-07", "2026-09-14"),
    ("clients qui ont commandé en ligne en semaine 37", "fr", "2026-09-07", "2026-09-14"),    # never 'on weekdays'
    ("clients qui ont commandé en ligne la semaine n° 37", "fr", "2026-09-07", "2026-09-14"),
    # of the year said; a week past today's is last year's (as 'in November' is the latest November)
    ("customers who ordered online in week 12 of 2025", None, "2025-03-17", "2025-03-24"),
    ("clients qui ont commandé en ligne en S12 2025", "fr", "2025-03-17", "2025-03-24"),
    ("clients qui ont commandé en ligne pendant la semaine 12 de 2025", "fr", "2025-03-17", "2025-03-24"),
    ("customers who ordered online in week 45", None, "2025-11-03", "2025-11-10"),
    # weeks in a row, and a week as a range's bound
    ("customers who ordered online in weeks 36-37", None, "2026-08-31", "2026-09-14"),
    ("customers who ordered online between week 30 and week 32", None, "2026-07-20", "2026-08-10"),
    ("customers who ordered online since week 38", None, "2026-09-14", "2026-10-01"),
])
def test_a_week_by_its_number(translator, warehouse, catalog, request_, lang, start, end):
    r = same_audience(translator, warehouse, catalog, request_, _ordered_between(start, end), lang=lang)
    assert not any("37" in w and ("at least" in w or "au moins" in w) for w in r.warnings), r.warnings


@pytest.mark.parametrize("request_, lang, start, end", [
    ("customers who ordered online in the first half of September", None, "2026-09-01", "2026-09-16"),
    ("clients qui ont commandé en ligne pendant la 1re quinzaine de septembre", "fr", "2026-09-01", "2026-09-16"),
    ("customers who ordered online in the second half of August", None, "2026-08-16", "2026-09-01"),
    ("clients qui ont commandé en ligne pendant la deuxième quinzaine d'août", "fr", "2026-08-16", "2026-09-01"),
    ("clients qui ont commandé en ligne la dernière quinzaine d'août 2025", "fr", "2025-08-16", "2025-09-01"),
    ("customers who ordered online in the second fortnight of February 2025", None, "2025-02-16", "2025-03-01"),
    # the last 14 days still: no month after it
    ("clients qui ont commandé en ligne sur la dernière quinzaine", "fr", "2026-09-16", "2026-10-01"),
])
def test_a_half_of_a_month(translator, warehouse, catalog, request_, lang, start, end):
    r = same_audience(translator, warehouse, catalog, request_, _ordered_between(start, end), lang=lang)
    assert "first" not in r.definition.criteria[0].label.lower(), r.definition.to_text()   # no first order


@pytest.mark.parametrize("request_, lang, start, end", [
    # the first or last days or weeks of a month (weeks of 7 days, said in a note)
    ("customers who ordered online in the first two weeks of September", None, "2026-09-01", "2026-09-15"),
    ("clients qui ont commandé en ligne les deux premières semaines de septembre", "fr", "2026-09-01", "2026-09-15"),
    ("clients qui ont commandé en ligne les 10 premiers jours de septembre", "fr", "2026-09-01", "2026-09-11"),
    ("customers who ordered online in the last 3 days of August 2025", None, "2025-08-29", "2025-09-01"),
    ("clients qui ont commandé en ligne la dernière semaine d'août", "fr", "2026-08-25", "2026-09-01"),
    # the ISO week a day is in
    ("customers who ordered online the week of 9 September", None, "2026-09-07", "2026-09-14"),
    ("clients qui ont commandé en ligne la semaine du 9 septembre", "fr", "2026-09-07", "2026-09-14"),
])
def test_days_at_the_edge_of_a_month_or_the_week_of_a_day(translator, warehouse, catalog, request_, lang, start, end):
    r = same_audience(translator, warehouse, catalog, request_, _ordered_between(start, end), lang=lang)
    assert "first" not in r.definition.criteria[0].label.lower(), r.definition.to_text()


@pytest.mark.parametrize("request_, lang", [
    # a holiday's week is no Monday-to-Sunday span ('Boxing Week' is the 26th to the 31st): asked as before
    ("clients qui ont commandé en ligne la semaine de Noël", "fr"),
    ("customers who ordered online in the first 10 days", None),       # of what?
])
def test_a_week_or_days_of_nothing_settled_stay_asked(translator, request_, lang):
    r = translator.translate(request_, A, lang=lang)
    assert r.status == "clarify", r.definition.to_text()


@pytest.mark.parametrize("request_, lang, start, end", [
    # Ascension Thursday 14 May 2026 to Sunday: the French 'pont' (was asked, the holiday known)
    ("Qui a commandé en ligne pendant le pont de l'Ascension ?", "fr", "2026-05-14", "2026-05-18"),
    ("customers who ordered online over the long weekend of Ascension", None, "2026-05-14", "2026-05-18"),
    # 1 May 2026 is a Friday: to Sunday
    ("clients qui ont commandé en ligne pendant le pont du 1er mai", "fr", "2026-05-01", "2026-05-04"),
    # a Monday holiday: from Saturday
    ("customers who ordered online over Memorial Day weekend", None, "2026-05-23", "2026-05-26"),
    ("customers who ordered online over the Labor Day weekend", None, "2026-09-05", "2026-09-08"),
    # Easter's own days, each language's custom: Good Friday to Easter Monday; 'le week-end de Pâques', Saturday to
    # the Monday off
    ("customers who ordered online over the Easter weekend", None, "2026-04-03", "2026-04-07"),
    ("customers who ordered online over the Easter weekend last year", None, "2025-04-18", "2025-04-22"),
    ("clients qui ont commandé en ligne le week-end de Pâques", "fr", "2026-04-04", "2026-04-07"),
    ("clients qui ont commandé en ligne pendant le long week-end de Pâques 2025", "fr", "2025-04-19", "2025-04-22"),
    # whose Thanksgiving said: Thursday to Sunday
    ("customers who ordered online over US Thanksgiving weekend", None, "2025-11-27", "2025-12-01"),
    # the weekend a Saturday is in
    ("customers who ordered online the weekend of 12 September", None, "2026-09-12", "2026-09-14"),
    ("clients qui ont commandé en ligne le week-end du 12 septembre", "fr", "2026-09-12", "2026-09-14"),
])
def test_a_long_weekend(translator, warehouse, catalog, request_, lang, start, end):
    r = same_audience(translator, warehouse, catalog, request_, _ordered_between(start, end), lang=lang)
    holiday = "weekend of 12" not in request_ and "week-end du 12" not in request_
    assert not holiday or any(start in w for w in r.warnings), r.warnings      # its days said: customs differ


@pytest.mark.parametrize("request_, lang, label", [
    ("customers who ordered online during ISO week 37", None, "from 2026-09-07 to 2026-09-13"),
    ("clients qui ont commandé en ligne en S37", "fr", "du 2026-09-07 au 2026-09-13"),
    ("clients qui ont commandé en ligne pendant la 1re quinzaine de septembre", "fr", "du 2026-09-01 au 2026-09-15"),
    ("clients qui ont commandé en ligne pendant le pont de l'Ascension", "fr", "du 2026-05-14 au 2026-05-17"),
])
def test_the_span_read_is_in_the_label_in_the_requests_language(translator, request_, lang, label):
    r = translator.translate(request_, A, lang=lang)
    assert r.status == "ok" and label in r.definition.criteria[0].label, r.definition.to_text()


@pytest.mark.parametrize("request_, lang, phrase, kind", [
    # a part of a month has no set days: asked, the phrase named (never the whole month read, nor 'mi' unknown)
    ("customers who ordered online mid-September", None, "mid-September", "month"),
    ("customers who ordered online in late August 2025", None, "in late August 2025", "month"),
    ("customers who ordered online at the end of September", None, "at the end of September", "month"),
    ("clients qui ont commandé en ligne à la mi-août", "fr", "à la mi-août", "mois"),
    ("clients qui ont commandé en ligne début septembre", "fr", "début septembre", "mois"),
    ("clients qui ont commandé en ligne fin août", "fr", "fin août", "mois"),
    # Canada Day 2026 is a Wednesday: its long weekend is not settled (never the value 'Canada')
    ("customers who ordered online over the Canada Day long weekend", None, "over the Canada Day long weekend",
     "Wednesday"),
    ("clients qui ont commandé en ligne pendant le pont de la fête du Canada", "fr",
     "pendant le pont de la fête du Canada", "mercredi"),
])
def test_days_nobody_settled_are_asked(translator, request_, lang, phrase, kind):
    r = translator.translate(request_, A, lang=lang)
    assert r.status == "clarify", r.definition.to_text()
    asked = [q for q in r.clarifications if q.phrase == phrase]
    assert asked and kind in asked[0].question, r.clarifications
    assert not r.definition.criteria[0].spec.get("window"), r.definition.to_text()


@pytest.mark.parametrize("request_, lang", [
    ("customers who ordered online over Thanksgiving weekend", None),      # whose Thanksgiving: asked
    ("customers who ordered online the weekend of 16 September", None),   # a Wednesday: which weekend?
])
def test_a_weekend_no_day_settles_is_asked(translator, request_, lang):
    r = translator.translate(request_, A, lang=lang)
    assert r.status == "clarify", r.definition.to_text()


def test_a_rate_or_a_count_is_never_a_week(translator):
    r = translator.translate("customers who ordered online in the last week 2 or more times", A)
    assert r.status == "ok" and "at least 2 times" in r.definition.to_text() and "last 7 days" in r.definition.to_text()
    r = translator.translate("customers who bought 3 times a week 2 months ago", A)
    assert "2026-07-" in r.definition.to_text(), r.definition.to_text()      # no ISO week 2 of 2026


@pytest.mark.parametrize("request_, lang, start, end", [
    ("clients qui ont commandé en ligne au S1 2026", "fr", "2026-01-01", "2026-07-01"),      # a semester, not week 1
    ("customers who ordered online since the start of September", None, "2026-09-01", "2026-10-01"),   # a day
    ("customers who ordered online in the second half of 2025", None, "2025-07-01", "2026-01-01"),
])
def test_what_was_read_before_is_read_the_same(translator, warehouse, catalog, request_, lang, start, end):
    same_audience(translator, warehouse, catalog, request_, _ordered_between(start, end), lang=lang)


def test_a_titles_mid_season_is_no_part_of_a_month(translator):
    r = translator.translate("Mid-season sale: customers who bought in store in the last 6 months", A)
    assert r.status == "ok", r.clarifications


def test_the_calendar_of_each_span():
    assert calendar_spans.iso_week(2026, 53) == (dt.date(2026, 12, 28), dt.date(2027, 1, 4))
    assert calendar_spans.iso_week(2025, 53) is None
    assert calendar_spans.month_half(dt.date(2024, 2, 1), 2) == (dt.date(2024, 2, 16), dt.date(2024, 3, 1))
    assert calendar_spans.long_weekend(dt.date(2025, 5, 1)) == (dt.date(2025, 5, 1), dt.date(2025, 5, 5))  # Thu
    assert calendar_spans.long_weekend(dt.date(2024, 12, 24)) == (dt.date(2024, 12, 21), dt.date(2024, 12, 25))  # Tue
    assert calendar_spans.long_weekend(dt.date(2024, 12, 25)) is None      # a Wednesday
    assert memorial_day(2025) == dt.date(2025, 5, 26) and memorial_day(2026) == dt.date(2026, 5, 25)
