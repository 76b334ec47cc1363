"""Plain ways a marketer says an age, a period or a brief's parts, read in both languages: each was asked about
('X is not something the catalog knows') though nothing in it was unclear. Checked by running the translation and a
hand-written SQL of the same audience on the demo warehouse (never by SQL text).

The sentences are ours, not the blind sets'.
"""
from __future__ import annotations

import pytest
from translations import A, asks, same_audience

CUSTOMERS = "SELECT customer_id FROM crm.customers WHERE "


def _aged(lo: int, hi: int) -> str:
    return (f"birth_date <= DATE '2026-09-30' - INTERVAL {lo} YEAR "
            f"AND birth_date > DATE '2026-09-30' - INTERVAL {hi + 1} YEAR")


# -- an age said by its decade ------------------------------------------------------------------------------------

@pytest.mark.parametrize("request_, lo, hi, where", [
    ("gold members in their thirties", 30, 39, "loyalty_tier = 'gold'"),
    ("women in their forties", 40, 49, "gender = 'female'"),
    ("membres gold trentenaires", 30, 39, "loyalty_tier = 'gold'"),
    ("les clientes quadragénaires", 40, 49, "gender = 'female'"),
    ("les quinquas membres gold", 50, 59, "loyalty_tier = 'gold'"),
    ("clientes dans la soixantaine", 60, 69, "gender = 'female'"),
])
def test_an_age_said_by_its_decade(translator, warehouse, catalog, request_, lo, hi, where):
    """'in their thirties', 'trentenaires', 'dans la soixantaine': the ages of that decade, as 'in their 30s' was
    ('thirties', 'trentenaires' were asked about)."""
    same_audience(translator, warehouse, catalog, request_, f"{CUSTOMERS}{where} AND {_aged(lo, hi)}")


# -- a brief's reason before its audience label --------------------------------------------------------------------

VIP_LYON = f"{CUSTOMERS}loyalty_tier = 'vip' AND city = 'Lyon'"


@pytest.mark.parametrize("request_", [
    "Campaign: spring relaunch. Objective: bring back the customers who used to buy shoes every month and have gone "
    "quiet since the winter sales. Target: VIP customers in Lyon.",
    "Subject: spring relaunch\nContext: we are testing a new offer before Black Friday.\nTarget: VIP customers in Lyon",
    "Campagne : relance de printemps. Objectif : faire revenir les clients qui achetaient des chaussures tous les mois "
    "et ne donnent plus de nouvelles depuis les soldes d'hiver. Cible : clients VIP de Lyon.",
    "Relance chaussures - ciblage\nBut : proposer la nouvelle collection aux clients qui ont acheté des chaussures il "
    "y a plus d'un an.\nCible : clients VIP de Lyon",
    "Objet : relance de printemps\nContexte : on teste une nouvelle offre avant le Black Friday.\nCible : clients VIP de Lyon",
])
def test_the_reason_of_a_brief_is_its_heading(translator, warehouse, catalog, request_):
    """'Objective: ...', 'Contexte : ...', 'But : ...' before 'Target:' / 'Cible :' say why, the label says who: the
    reason is part of the heading however long it is, and a label after an e-mail's subject ends the heading too
    (the reason's words and the label were asked about)."""
    r = same_audience(translator, warehouse, catalog, request_, VIP_LYON)
    assert r.ignored and r.ignored[0].rstrip().endswith(":")


# -- a holiday said as a day --------------------------------------------------------------------------------------

ORDERS = "SELECT customer_id FROM ecom.orders WHERE status <> 'cancelled' AND "


@pytest.mark.parametrize("request_, when", [
    ("customers who ordered online since Easter", "order_ts >= DATE '2026-04-05'"),      # Easter 2026: 5 April
    ("clients qui ont commandé en ligne depuis Pâques", "order_ts >= DATE '2026-04-05'"),
    ("customers who ordered online before Christmas 2025", "order_ts < DATE '2025-12-25'"),
    ("clients qui ont commandé en ligne avant Noël 2025", "order_ts < DATE '2025-12-25'"),
    # Easter 2025 fell on 20 April: the year said after the range is each holiday's own day that year
    ("customers who ordered online between Easter and Christmas last year",
     "order_ts >= DATE '2025-04-20' AND order_ts < DATE '2025-12-26'"),
    ("clients qui ont commandé en ligne entre Pâques et Noël l'an dernier",
     "order_ts >= DATE '2025-04-20' AND order_ts < DATE '2025-12-26'"),
    ("clients qui ont commandé en ligne depuis la Toussaint", "order_ts >= DATE '2025-11-01'"),
])
def test_a_holiday_is_its_day(translator, warehouse, catalog, request_, when):
    """'since Easter', 'depuis Pâques', 'between Easter and Christmas last year': where a day is meant, a holiday is
    the day it fell on, the latest by today unless a year is said (each was asked about)."""
    same_audience(translator, warehouse, catalog, request_, ORDERS + when)


@pytest.mark.parametrize("request_, phrase", [("customers who ordered online at Christmas", "at Christmas"),
                                               ("clients qui ont commandé en ligne à Noël", "à Noël")])
def test_a_holiday_said_as_a_period_is_still_asked(translator, request_, phrase):
    """'at Christmas' may mean the days around it (the season's shopping), never only the 25th: asked."""
    asks(translator, request_, phrase)


# -- the bounds of a period said as a marketer says them ------------------------------------------------------------

@pytest.mark.parametrize("request_, start, end", [
    ("customers who ordered online between December 2025 and the end of March 2026", "2025-12-01", "2026-04-01"),
    ("clients qui ont commandé en ligne entre décembre 2025 et fin mars 2026", "2025-12-01", "2026-04-01"),
    ("customers who ordered online from the start of March to the end of June 2026", "2026-03-01", "2026-07-01"),
    ("clients qui ont commandé en ligne de début mars à fin juin 2026", "2026-03-01", "2026-07-01"),
    ("customers who ordered online between July 15 and August 15, 2026", "2026-07-15", "2026-08-16"),
    ("customers who ordered online between November 1 and December 24 last year", "2025-11-01", "2025-12-25"),
    ("clients qui ont commandé en ligne pendant l'été 2025", "2025-06-01", "2025-09-01"),
    ("clients qui ont commandé en ligne l'été 2025", "2025-06-01", "2025-09-01"),
    ("customers who ordered online during the summer of 2025", "2025-06-01", "2025-09-01"),
])
def test_the_bounds_of_a_period(translator, warehouse, catalog, request_, start, end):
    """'and the end of March 2026', 'et fin mars 2026': a range ends with its last period anyway; 'August 15, 2026'
    and 'December 24 last year' say the day's year; 'l'été 2025' is that year's summer (the year was asked about
    while the latest summer was taken)."""
    same_audience(translator, warehouse, catalog, request_,
                  f"{ORDERS}order_ts >= DATE '{start}' AND order_ts < DATE '{end}'")


@pytest.mark.parametrize("request_, phrase", [("customers who ordered online since the end of March",
                                               "since the end of March"),
                                              ("clients qui ont commandé en ligne fin mars", "fin mars")])
def test_the_end_of_a_period_alone_is_still_asked(translator, request_, phrase):
    """Alone, 'the end of March' names no day (the 31st? its last week?): asked."""
    asks(translator, request_, phrase)


# -- hours in whole days ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("request_, days", [
    ("customers who ordered online in the last 48 hours", 2),
    ("customers who ordered online in the last 72h", 3),
    ("clients qui ont commandé en ligne ces dernières 48 heures", 2),
    ("clients qui ont commandé en ligne ces 24 dernières heures", 1),
])
def test_hours_in_whole_days(translator, warehouse, catalog, request_, days):
    """'the last 48 hours', 'ces dernières 48 heures': whole days of hours are those days, the finest a date holds
    ('hours' was asked about)."""
    same_audience(translator, warehouse, catalog, request_,
                  f"{ORDERS}order_ts >= DATE '2026-09-30' - INTERVAL {days} DAY")


@pytest.mark.parametrize("request_", ["customers who ordered online in the last 36 hours",
                                      "clients qui ont commandé en ligne ces 6 dernières heures"])
def test_hours_that_are_no_whole_days_are_still_asked(translator, request_):
    """36 hours is a day and a half: no count of days says it, so it stays asked."""
    r = translator.translate(request_, A)
    assert r.status == "clarify"


# -- a part of the year said of 'the year', 'this year', 'last year' ----------------------------------------------

@pytest.mark.parametrize("request_, start, end", [
    ("customers who ordered online in the first half of the year", "2026-01-01", "2026-07-01"),
    ("clients qui ont commandé en ligne au premier semestre de l'année", "2026-01-01", "2026-07-01"),
    ("customers who ordered online in the second half of last year", "2025-07-01", "2026-01-01"),
    ("clients qui ont commandé en ligne au premier trimestre de l'année dernière", "2025-01-01", "2025-04-01"),
    ("customers who ordered online in the third quarter of this year", "2026-07-01", "2026-10-01"),
])
def test_a_part_of_the_year_said_of_its_year(translator, warehouse, catalog, request_, start, end):
    """'the first half of the year', 'of last year', 'de l'année dernière': the year named ('year' was asked about,
    though 'the first half of 2025' was read)."""
    same_audience(translator, warehouse, catalog, request_,
                  f"{ORDERS}order_ts >= DATE '{start}' AND order_ts < DATE '{end}'")


# -- a count of different things, said as a marketer says it ------------------------------------------------------

_LINES = ("SELECT t.customer_id, p.category FROM pos.transactions t JOIN pos.transaction_lines l USING (transaction_id) "
          "JOIN pim.products p USING (product_id) WHERE t.customer_id IS NOT NULL AND t.transaction_ts >= "
          "DATE '2026-01-01' UNION ALL SELECT o.customer_id, p.category FROM ecom.orders o JOIN ecom.order_lines l "
          "USING (order_id) JOIN pim.products p USING (product_id) WHERE o.status <> 'cancelled' "
          "AND o.order_ts >= DATE '2026-01-01'")
STORES = ("SELECT t.customer_id FROM pos.transactions t JOIN pos.stores s ON s.store_id = t.store_id "
          "WHERE t.customer_id IS NOT NULL AND t.transaction_ts >= DATE '2026-01-01' "
          "GROUP BY t.customer_id HAVING count(DISTINCT s.store_name) >= 3")
COUPONS = (f"{ORDERS}order_ts >= DATE '2026-01-01' GROUP BY customer_id HAVING count(DISTINCT coupon_code) >= 2")


@pytest.mark.parametrize("request_, gold", [
    # a count taken from a set ('3 of our stores'): was read as 3 store purchases, the stores lost, silently
    ("customers who bought in at least 3 of our stores this year", STORES),
    ("clients qui ont acheté dans au moins 3 de nos magasins différents cette année", STORES),
    # the catalog's other word for a dimension, in the plural ('departments' for the category)
    ("customers who bought from at least 3 different departments this year",
     f"SELECT customer_id FROM ({_LINES}) x GROUP BY customer_id HAVING count(DISTINCT category) >= 3"),
    # the words for the column a dimension reads ('promo codes'), 'différents' after a noun of two words
    ("customers who ordered online with at least 2 different promo codes this year", COUPONS),
    ("clients qui ont commandé en ligne avec au moins deux codes promo différents cette année", COUPONS),
])
def test_a_count_of_different_things(translator, warehouse, catalog, request_, gold):
    """'3 of our stores', '3 de nos magasins différents', '3 different departments', '2 different promo codes': a
    count of the dimension's values ('different', 'departments', 'codes' were asked about)."""
    same_audience(translator, warehouse, catalog, request_, gold)


def test_an_age_range_said_without_de(translator, warehouse, catalog):
    """'hommes résidant en Belgique, 35 à 60 ans': the ages, as 'de 35 à 60 ans' ('ans' was asked about)."""
    same_audience(translator, warehouse, catalog, "hommes résidant en Belgique, 35 à 60 ans",
                  f"{CUSTOMERS}gender = 'male' AND country = 'BE' AND {_aged(35, 60)}")


# -- a restriction said as an order to keep -----------------------------------------------------------------------

@pytest.mark.parametrize("request_", [
    "VIP customers in Lyon, and keep only those with email consent",
    "VIP customers in Lyon. Just keep those with email consent.",
    "clients VIP de Lyon, et ne garder que ceux qui ont consenti à l'e-mail",
    "clients VIP de Lyon. On ne garde que ceux qui ont un consentement e-mail.",
])
def test_keep_only_is_only(translator, warehouse, catalog, request_):
    """'keep only those with', 'ne garder que ceux qui': 'only those with' ('keep', 'garder' were asked about)."""
    same_audience(translator, warehouse, catalog, request_,
                  f"{VIP_LYON} AND customer_id IN (SELECT customer_id FROM crm.consents WHERE channel = 'email' "
                  "AND opted_in)")


# -- months said in a list, the year said once ----------------------------------------------------------------------

@pytest.mark.parametrize("request_, start, end", [
    ("customers who ordered online in May or June 2025", "2025-05-01", "2025-07-01"),
    ("clients qui ont commandé en ligne en mai ou juin de l'an dernier", "2025-05-01", "2025-07-01"),
    ("clients qui ont commandé en ligne en juin de l'an dernier", "2025-06-01", "2025-07-01"),
])
def test_either_of_two_months_in_a_row(translator, warehouse, catalog, request_, start, end):
    """'in May or June 2025': either month, the two together, in the year said once ('June 2025' was asked about)."""
    same_audience(translator, warehouse, catalog, request_,
                  f"{ORDERS}order_ts >= DATE '{start}' AND order_ts < DATE '{end}'")


@pytest.mark.parametrize("request_, start, end", [
    ("customers who ordered online in June, July or August 2025", "2025-06-01", "2025-09-01"),
    ("customers who ordered online in March, April, or May 2025", "2025-03-01", "2025-06-01"),
    ("clients qui ont commandé en ligne en juin, juillet ou août 2025", "2025-06-01", "2025-09-01"),
    ("clients qui ont commandé en ligne en mars, avril ou mai de l'an dernier", "2025-03-01", "2025-06-01"),
])
def test_a_list_of_months_in_a_row_said_with_or(translator, warehouse, catalog, request_, start, end):
    """'in June, July or August 2025': any of the months, together, in the year said once (June alone and 'July or
    August' were read as two periods both required, silently: pod1-017, podfr1-016)."""
    same_audience(translator, warehouse, catalog, request_,
                  f"{ORDERS}order_ts >= DATE '{start}' AND order_ts < DATE '{end}'")


def test_a_list_of_months_apart_said_with_or_is_still_asked(translator):
    r = translator.translate("customers who ordered online in June, July or October 2025", A)
    assert r.status == "clarify"


def test_months_apart_are_still_asked(translator):
    """'in May or August 2025': two periods apart, no window says them: asked."""
    r = translator.translate("customers who ordered online in May or August 2025", A)
    assert r.status == "clarify"


def test_the_year_said_once_is_each_months(translator, warehouse, catalog):
    """'in May and June 2025': May of 2025 too (it was the latest May, 2026, silently)."""
    same_audience(translator, warehouse, catalog, "customers who ordered online in May and June 2025",
                  f"{ORDERS}order_ts >= DATE '2025-05-01' AND order_ts < DATE '2025-06-01' INTERSECT "
                  f"{ORDERS}order_ts >= DATE '2025-06-01' AND order_ts < DATE '2025-07-01'")


@pytest.mark.parametrize("request_", [
    "customers who ordered online in June, July and August 2025",
    "clients qui ont commandé en ligne en juin, juillet et août 2025",
])
def test_the_year_said_once_is_each_months_of_a_longer_list(translator, warehouse, catalog, request_):
    """'in June, July and August 2025': June of 2025 too (the first of three was the latest June, 2026, silently)."""
    same_audience(translator, warehouse, catalog, request_,
                  " INTERSECT ".join(f"{ORDERS}order_ts >= DATE '2025-{m:02d}-01' AND order_ts < DATE '2025-{m + 1:02d}-01'"
                                     for m in (6, 7, 8)))


# -- a brief's label for its criteria, an exclusion said with 'on' -------------------------------------------------

@pytest.mark.parametrize("request_", [
    "Target: customers in Lyon\nCriteria: email opt-in required; no VIPs.",
    "Objet : relance\nCible : clients de Lyon\nConditions : opt-in e-mail obligatoire ; hors VIP.",
    "Clients de Lyon avec un opt-in e-mail. On retire les VIP.",
])
def test_a_label_of_criteria_and_on_retire(translator, warehouse, catalog, request_):
    """'Criteria:', 'Conditions :' opening a line say only that criteria follow; 'On retire les VIP' excludes them, as
    'retirez les VIP' does (the label and 'retire' were asked about)."""
    same_audience(translator, warehouse, catalog, request_,
                  f"{CUSTOMERS}city = 'Lyon' AND loyalty_tier <> 'vip' AND customer_id IN (SELECT customer_id "
                  "FROM crm.consents WHERE channel = 'email' AND opted_in)")


@pytest.mark.parametrize("request_, start, end", [
    ("clients qui ont commandé en ligne entre le 1er novembre et le 24 décembre derniers", "2025-11-01", "2025-12-25"),
    ("clients qui ont commandé en ligne depuis le 24 décembre dernier", "2025-12-24", "2026-10-01"),
])
def test_a_day_said_with_dernier(translator, warehouse, catalog, request_, start, end):
    """'le 24 décembre dernier', '... derniers' after a range: the latest such day, as said without it ('dernier' was
    asked about)."""
    same_audience(translator, warehouse, catalog, request_,
                  f"{ORDERS}order_ts >= DATE '{start}' AND order_ts < DATE '{end}'")


def test_each_month_of_a_range_is_asked(translator):
    """'chaque mois de juin à septembre 2026' is each month of the range, never 'every June' and September 2026 (it
    was read so, silently): asked, as 'every month from June to September' is."""
    r = translator.translate("clients qui ont commandé en ligne chaque mois de juin à septembre 2026", A)
    assert r.status == "clarify", r.definition.to_text()


def test_sept_is_september_in_english(translator, warehouse, catalog):
    """'since Sept 1': September's other short form ('Sept' was asked about)."""
    same_audience(translator, warehouse, catalog, "customers who ordered online since Sept 1",
                  f"{ORDERS}order_ts >= DATE '2026-09-01'")


def test_sept_fois_is_seven_times(translator, warehouse, catalog):
    """'commandé sept fois': seven times, never September (read so, silently)."""
    same_audience(translator, warehouse, catalog, "clients qui ont commandé sept fois en ligne",
                  "SELECT customer_id FROM ecom.orders WHERE status <> 'cancelled' GROUP BY customer_id "
                  "HAVING count(*) >= 7")


def test_a_titles_negation_is_its_own(translator, warehouse, catalog):
    """'Readers but not clickers: opened ...': the title's 'not' negated the clause after its colon (the readers were
    answered as those who did not open 3 emails)."""
    opened = ("SELECT m.customer_id FROM marketing.messages m JOIN marketing.campaigns c USING (campaign_id) "
              "WHERE c.channel = 'email' AND m.{col} >= DATE '2026-01-01' AND m.{col} < DATE '2026-07-01'")
    same_audience(translator, warehouse, catalog,
                  "Readers but not clickers: opened 3 or more emails in the first half of 2026 and clicked none of them",
                  f"SELECT customer_id FROM ({opened.format(col='opened_at')}) x GROUP BY customer_id "
                  f"HAVING count(*) >= 3 EXCEPT {opened.format(col='clicked_at')}")


@pytest.mark.parametrize("request_, gold", [
    ("VIP customers in Lyon not opted in to SMS",
     "SELECT customer_id FROM crm.customers WHERE loyalty_tier = 'vip' AND city = 'Lyon' "
     "EXCEPT SELECT customer_id FROM crm.consents WHERE channel = 'sms' AND opted_in"),
    ("silver members not living in Madrid",
     "SELECT customer_id FROM crm.customers WHERE loyalty_tier = 'silver' AND city <> 'Madrid'"),
    ("clientes VIP à Lyon pas opt-in SMS",
     "SELECT customer_id FROM crm.customers WHERE loyalty_tier = 'vip' AND city = 'Lyon' AND gender = 'female' "
     "EXCEPT SELECT customer_id FROM crm.consents WHERE channel = 'sms' AND opted_in"),
    ("membres argent en Espagne jamais opt-in push",
     "SELECT customer_id FROM crm.customers WHERE loyalty_tier = 'silver' AND country = 'ES' "
     "EXCEPT SELECT customer_id FROM crm.consents WHERE channel = 'push' AND opted_in"),
])
def test_a_negation_said_after_values_denies_only_what_follows_it(translator, warehouse, catalog, request_, gold):
    """'gold members in North America not opted in to email': the negation denied the whole clause, so the gold
    members and the North Americans were removed too, silently (pen4-052)."""
    same_audience(translator, warehouse, catalog, request_, gold)



@pytest.mark.parametrize("request_, phrase", [
    ("customers in Lyon, VIP or not", "VIP or not"),
    ("gold or not, customers who ordered online this year", "gold or not"),
    ("clients à Lyon, VIP ou pas", "VIP ou pas"),
    ("clients qui ont commandé en ligne cette année, membres or ou non", "membres or ou non"),
])
def test_a_value_said_with_or_not_is_asked_never_denied(translator, request_, phrase):
    """'VIP or not', 'VIP ou pas': whichever, no condition; it was read 'not VIP', silently. Asked now, the value
    with its 'or not' (test_or_negation_scope: leaving it out drops the value)."""
    asks(translator, request_, phrase)
