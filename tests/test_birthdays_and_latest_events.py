"""A birthday among some days of any year ('a birthday in the next 7 days', across a month's or a year's end), and a
behaviour counted among the n latest events of another ('none of the last five emails we sent them opened', 'whose
last 3 purchases were all online'): two typed meanings (DateCondition.anniversary, EventCondition.of_latest), checked
by running the translation and a hand-written SQL of the same audience on the demo warehouse, in English and French,
with the near misses that must not take the reading.

The sentences are ours, not the blind sets'."""
from __future__ import annotations

import datetime as dt

import pytest
from translations import A, keys, same_audience

from assistant.meaning import DateCondition, Window
from assistant.sql.compile import compile_sql
from assistant.sql.guard import check_sql

_PURCHASE_ROWS = ("SELECT customer_id, transaction_ts AS ts, 'store' AS ch FROM pos.transactions "
                  "WHERE customer_id IS NOT NULL UNION ALL SELECT customer_id, order_ts, 'online' FROM ecom.orders "
                  "WHERE status <> 'cancelled'")


# -- a birthday among some days of any year ----------------------------------------------------------------------

def _birthdays(first: str, last: str) -> str:
    return f"SELECT customer_id FROM crm.customers WHERE strftime(birth_date, '%m-%d') BETWEEN '{first}' AND '{last}'"


@pytest.mark.parametrize("request_, first, last", [
    ("customers with a birthday in the next 7 days", "10-01", "10-07"),
    ("birthday coming up within the next two weeks", "10-01", "10-14"),
    ("clients dont l'anniversaire tombe dans les 7 prochains jours", "10-01", "10-07"),
    ("anniversaire dans les 10 jours à venir", "10-01", "10-10"),
    ("customers whose birthday was in the last 7 days", "09-23", "09-30"),
])
def test_a_birthday_in_days_ahead_or_back_is_its_month_and_day(translator, warehouse, catalog, request_, first, last):
    r = same_audience(translator, warehouse, catalog, request_, _birthdays(first, last))
    assert r.definition.criteria[0].spec["anniversary"] is True


def test_the_days_ahead_are_read_with_the_birthday_and_the_rest_of_the_request(translator, warehouse, catalog):
    """The number of days is no age, nor a count of the purchases said beside it."""
    same_audience(translator, warehouse, catalog,
                  "VIP customers with a birthday in the next 7 days who bought at least 3 times this year",
                  _birthdays("10-01", "10-07") + " AND loyalty_tier = 'vip' INTERSECT SELECT customer_id FROM "
                  f"({_PURCHASE_ROWS}) p WHERE ts >= DATE '2026-01-01' GROUP BY customer_id HAVING count(*) >= 3")


def test_days_across_the_end_of_a_year_wrap_around(translator, warehouse, catalog):
    as_of = dt.date(2026, 12, 27)
    r = translator.translate("customers with a birthday in the next 7 days", as_of)
    got = keys(warehouse, compile_sql(r.definition, catalog))
    want = keys(warehouse, "SELECT customer_id FROM crm.customers WHERE strftime(birth_date, '%m-%d') >= '12-28' "
                           "OR strftime(birth_date, '%m-%d') <= '01-03'")
    assert r.status == "ok" and want and got == want


def test_a_birthday_window_passes_the_guard_only_as_a_range_of_month_days(catalog):
    d = DateCondition(0, 0, column="crm.customers.birth_date", anniversary=True,
                      window=Window("", 0, 0, start=dt.date(2026, 12, 28), end=dt.date(2027, 1, 4)))
    sql = d.render(catalog, dt.date(2026, 12, 27)).sql
    assert "NOT (strftime(birth_date, '%m-%d') BETWEEN '01-04' AND '12-27')" in sql
    check_sql(sql, catalog)


@pytest.mark.parametrize("request_, tiers", [
    ("customers celebrating their birthday in the next 7 days, silver tier and above", "'silver', 'gold', 'vip'"),
    ("clients qui fêtent leur anniversaire dans les 7 prochains jours", ""),
])
def test_a_birthday_said_with_its_verb_and_a_tier_said_with_its_noun(translator, warehouse, catalog, request_, tiers):
    """'celebrating their birthday', 'qui fêtent leur anniversaire': the verb says the birthday; 'silver tier and above':
    the column's noun between the value and its order."""
    gold = _birthdays("10-01", "10-07") + (f" AND loyalty_tier IN ({tiers})" if tiers else "")
    same_audience(translator, warehouse, catalog, request_, gold)


@pytest.mark.parametrize("request_", ["customers who bought in the next 7 days",
                                      "clients qui ont acheté dans les 7 prochains jours"])
def test_days_ahead_of_a_behaviour_are_never_read(translator, request_):
    """Near miss: a behaviour has no events to come: asked, never a window of the past."""
    assert translator.translate(request_, A).status != "ok"


def test_a_birthday_month_is_still_a_month(translator, warehouse, catalog):
    """Near miss: 'next month' stays the calendar month of any year."""
    same_audience(translator, warehouse, catalog, "customers with a birthday next month",
                  "SELECT customer_id FROM crm.customers WHERE month(birth_date) = 10")


# -- a behaviour among the n latest of another -------------------------------------------------------------------

def _latest_emails(n: int, having: str) -> str:
    return ("SELECT customer_id FROM (SELECT m.customer_id, m.opened_at, row_number() OVER (PARTITION BY m.customer_id "
            "ORDER BY m.sent_at DESC, m.message_id DESC) AS n FROM marketing.messages m JOIN marketing.campaigns c "
            f"USING (campaign_id) WHERE c.channel = 'email') r WHERE n <= {n} GROUP BY customer_id "
            f"HAVING count(*) = {n} AND {having}")


@pytest.mark.parametrize("request_, n, having", [
    ("customers who didn't open any of the last four emails we sent them", 4, "count(opened_at) = 0"),
    ("clients qui n'ont ouvert aucun des quatre derniers e-mails qu'on leur a envoyés", 4, "count(opened_at) = 0"),
    ("customers who opened at least 2 of their last 6 emails", 6, "count(opened_at) >= 2"),
    ("customers who opened one of their last 3 emails", 3, "count(opened_at) >= 1"),
])
def test_opens_counted_among_the_latest_emails(translator, warehouse, catalog, request_, n, having):
    r = same_audience(translator, warehouse, catalog, request_, _latest_emails(n, having))
    assert r.definition.criteria[0].spec["of_latest"]["n"] == n


@pytest.mark.parametrize("request_", [
    "customers whose last 4 purchases were all made in store",
    "clients dont les 4 derniers achats ont tous été faits en magasin",
])
def test_every_one_of_the_latest_purchases(translator, warehouse, catalog, request_):
    same_audience(translator, warehouse, catalog, request_,
                  "SELECT customer_id FROM (SELECT customer_id, ch, row_number() OVER (PARTITION BY customer_id "
                  f"ORDER BY ts DESC) AS n FROM ({_PURCHASE_ROWS}) p) r WHERE n <= 4 GROUP BY customer_id "
                  "HAVING count(*) = 4 AND count(*) FILTER (WHERE ch = 'store') = 4")


@pytest.mark.parametrize("request_, gold", [
    # the latest one alone: the latest event itself, as before
    ("customers whose last purchase was online",
     (f"SELECT p.customer_id FROM ({_PURCHASE_ROWS}) p JOIN (SELECT customer_id, max(ts) AS ts FROM "
      f"({_PURCHASE_ROWS}) a GROUP BY customer_id) l ON l.customer_id = p.customer_id AND l.ts = p.ts "
      "WHERE p.ch = 'online'")),
    # a number before a unit: a period, no latest events
    ("customers who opened an email in the last 3 days",
     ("SELECT m.customer_id FROM marketing.messages m JOIN marketing.campaigns c USING (campaign_id) "
      "WHERE c.channel = 'email' AND m.opened_at >= DATE '2026-09-27' AND m.opened_at < DATE '2026-10-01'")),
])
def test_near_misses_keep_their_own_reading(translator, warehouse, catalog, request_, gold):
    r = same_audience(translator, warehouse, catalog, request_, gold)
    assert all(not (c.spec or {}).get("of_latest") for c in r.definition.criteria)
