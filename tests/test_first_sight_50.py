"""What set #50 (time and sequences) found at first sight, each read in general, English and French, against
hand-written SQL: 'au cours du dernier trimestre' is the last calendar quarter (it rolled 3 months, silently); words
before a dash that describe the customers with a clause are no campaign's title ('Gold members who have bought
something from us - ...': the tier was dropped); '- it's for the bday email' says what the list is for (the e-mail
consent was required); leaving out an unknown word leaves out that word, never the same letters inside another."""
from __future__ import annotations

import pytest

from assistant.sql.compile import compile_sql
from assistant.translate.unknown import replace_phrase
from translations import A, keys, same_audience

APP_Q2 = ("SELECT customer_id FROM crm.customers WHERE acquisition_channel = 'app' "
          "AND signup_date >= DATE '2026-04-01' AND signup_date < DATE '2026-07-01'")
FR_WOMEN_OCTOBER = ("SELECT customer_id FROM crm.customers WHERE gender = 'female' AND country = 'FR' "
                    "AND month(birth_date) = 10")


@pytest.mark.parametrize("request_", [
    "Customers who signed up through the app in the last quarter",
    "Les clients inscrits via l'appli au cours du dernier trimestre.",
    "clients inscrits via l'appli durant le dernier trimestre",
])
def test_the_last_quarter_is_the_calendar_quarter_with_a_note(translator, warehouse, catalog, request_):
    r = same_audience(translator, warehouse, catalog, request_, APP_Q2)
    assert any("2026" in w for w in r.warnings), r.warnings     # the rolling reading is named


def test_the_last_year_still_rolls(translator):
    r = translator.translate("Customers who signed up in the last year", A)
    assert "12 months" in r.definition.criteria[0].label, r.definition.to_text()


@pytest.mark.parametrize("request_", [
    "FR women w/ a birthday next month pls - it's for the bday email",
    "Toutes les clientes qui habitent en France et dont l'anniversaire tombe le mois prochain stp, c'est pour le mail "
    "d'anniv",
])
def test_what_the_list_is_for_after_a_break_is_an_aside(translator, warehouse, catalog, request_):
    r = same_audience(translator, warehouse, catalog, request_, FR_WOMEN_OCTOBER)
    assert r.ignored, r.definition.to_text()


def test_a_clause_of_whom_before_a_dash_is_no_title(translator, warehouse, catalog):
    same_audience(translator, warehouse, catalog,
                  "Gold members who have bought something from us - in store or online - over the past 3 months.", """
SELECT customer_id FROM crm.customers WHERE loyalty_tier = 'gold' AND customer_id IN (
  SELECT customer_id FROM pos.transactions WHERE customer_id IS NOT NULL
    AND transaction_ts >= DATE '2026-09-30' - INTERVAL 3 MONTH
  UNION SELECT customer_id FROM ecom.orders WHERE status <> 'cancelled'
    AND order_ts >= DATE '2026-09-30' - INTERVAL 3 MONTH)""")


def test_leaving_out_a_word_never_cuts_another():
    assert replace_phrase("dont l'anniversaire tombe le mois prochain, pour le mail d'anniv", "anniv", "") \
        .startswith("dont l'anniversaire tombe")
    assert replace_phrase("VIPs in Paris who love hiking", "love hiking", "") == "VIPs in Paris"


UK_LAPSED = """
WITH p AS (SELECT customer_id, transaction_ts AS ts FROM pos.transactions WHERE customer_id IS NOT NULL
           UNION ALL SELECT customer_id, order_ts FROM ecom.orders WHERE status <> 'cancelled')
SELECT customer_id FROM crm.customers WHERE country = 'GB'
  AND customer_id IN (SELECT customer_id FROM p WHERE ts >= DATE '2026-09-30' - INTERVAL 90 DAY - INTERVAL 12 MONTH
                                                  AND ts < DATE '2026-09-30' - INTERVAL 90 DAY)
  AND customer_id NOT IN (SELECT customer_id FROM p WHERE ts >= DATE '2026-09-30' - INTERVAL 90 DAY)"""


@pytest.mark.parametrize("request_", [
    "UK customers who haven't bought anything in the last 90 days but had bought at least once in the 12 months "
    "before that.",
    "Les clients britanniques qui n'ont rien acheté ces 90 derniers jours, mais qui avaient acheté au moins une fois "
    "dans les 12 mois d'avant.",
    "UK customers without a purchase in the last 90 days but with at least one purchase in the 12 months before",
])
def test_a_length_said_before_is_the_period_right_before_the_one_said(translator, warehouse, catalog, request_):
    """Read as the last 12 months (flagged 'before what?'), or asked in French, the lapse overlapped its past; 'without
    ... but with ...' excluded both together (one exclusion of the lapse and the past purchases)."""
    r = same_audience(translator, warehouse, catalog, request_, UK_LAPSED)
    assert any("2025-07-02" in w for w in r.warnings), r.warnings


@pytest.mark.parametrize("request_", [
    "Sors-moi les clients qui commandent entre 1h et 5h du matin : ce sont sûrement des insomniaques ou des gens un "
    "peu déprimés, ils craquent plus facilement. On veut leur pousser des ventes flash à 3h du mat' avec le paiement "
    "en 4x.",
    "night owls ordering between 1am and 5am - probably lonely insomniacs, push them flash sales",
])
def test_people_picked_for_a_supposed_weakness_are_refused(translator, request_):
    r = translator.translate(request_, A)
    assert r.status == "refused" and ("weakness" in r.message or "faiblesse" in r.message), r.message


@pytest.mark.parametrize("request_", ["VIPs in Lyon, but exclude vulnerable customers",
                                      "Les accros de la tablette : visites sur tablette cette année",
                                      "sneaker addicts who bought Nike shoes this year"])
def test_leaving_vulnerable_people_out_or_keen_fans_are_no_refusal(translator, request_):
    assert translator.translate(request_, A).status != "refused"


@pytest.mark.parametrize("request_", [
    "Shoppers who ordered online during Black Friday week last year and haven't placed a single online order since.",
    "Ceux qui ont commandé en ligne pendant la semaine du Black Friday l'an dernier et qui n'ont plus passé une seule "
    "commande en ligne depuis.",
])
def test_a_holidays_week_and_no_longer_since(translator, warehouse, catalog, request_):
    """'Black Friday week' is the Monday-to-Sunday week Black Friday falls in (left unread, a coupon's name offered);
    French 'n'ont plus passé ... depuis' is no longer ('plus' read 'more': the buyers since, asked as a change)."""
    same_audience(translator, warehouse, catalog, request_, """
SELECT customer_id FROM ecom.orders WHERE status <> 'cancelled'
  AND order_ts >= DATE '2025-11-24' AND order_ts < DATE '2025-12-01'
EXCEPT SELECT customer_id FROM ecom.orders WHERE status <> 'cancelled' AND order_ts >= DATE '2025-12-01'""")


@pytest.mark.parametrize("request_", ["clients qui n'ont plus acheté en ligne depuis janvier",
                                      "clients qui n'ont plus passé de commande en ligne depuis janvier"])
def test_no_longer_is_a_negation(translator, warehouse, catalog, request_):
    same_audience(translator, warehouse, catalog, request_, """
SELECT customer_id FROM crm.customers EXCEPT SELECT customer_id FROM ecom.orders
WHERE status <> 'cancelled' AND order_ts >= DATE '2026-01-01'""")


def test_more_after_an_auxiliary_with_no_denial_is_still_more(translator):
    r = translator.translate("clients qui ont plus dépensé en 2025 qu'en 2024", A)
    assert r.status == "ok" and not r.definition.exclusions and "2024" in r.definition.criteria[0].label


def test_hours_in_brackets_need_no_opening_word(translator, warehouse, catalog):
    """'(6pm to midnight)': the 6 was read as a count (at least 6 orders), the rest asked."""
    same_audience(translator, warehouse, catalog,
                  "app orders placed in the evening (6pm to midnight) in the last week - who placed them?", """
SELECT customer_id FROM ecom.orders WHERE status <> 'cancelled' AND device = 'app'
  AND order_ts >= DATE '2026-09-30' - INTERVAL 7 DAY AND hour(order_ts) >= 18""")


@pytest.mark.parametrize("request_", [
    "femmes en France, opt-in e-mail uniquement, et personne de la liste repoussoir",
    "femmes en France, opt-in e-mail uniquement, personne sur la liste repoussoir",
    "women in France, email opt-in only, and nobody on the do-not-contact list",
])
def test_nobody_from_a_list_is_left_out(translator, warehouse, catalog, request_):
    """'personne de la liste repoussoir' was read as those on the list (fr29-019, laid bare once its week was read)."""
    same_audience(translator, warehouse, catalog, request_, """
SELECT customer_id FROM crm.customers WHERE gender = 'female' AND country = 'FR'
INTERSECT SELECT customer_id FROM crm.consents WHERE channel = 'email' AND opted_in
EXCEPT SELECT customer_id FROM crm.do_not_contact""")


@pytest.mark.parametrize("request_", ["UK customers with at least three purchases last year, for a total of at least 380",
                                      "clients britanniques avec au moins trois achats l'an passé, pour un total d'au "
                                      "moins 380 francs"])
def test_a_total_said_after_a_count_is_their_sum(translator, warehouse, catalog, request_):
    """Folded into the counted purchases, the total was each purchase's amount, silently (fr50-026)."""
    same_audience(translator, warehouse, catalog, request_, """
WITH p AS (SELECT customer_id, transaction_ts AS ts, total_amount FROM pos.transactions WHERE customer_id IS NOT NULL
           UNION ALL SELECT customer_id, order_ts, total_amount FROM ecom.orders WHERE status <> 'cancelled')
SELECT customer_id FROM p WHERE ts >= DATE '2025-01-01' AND ts < DATE '2026-01-01'
  AND customer_id IN (SELECT customer_id FROM crm.customers WHERE country = 'GB')
GROUP BY customer_id HAVING count(*) >= 3 AND sum(total_amount) >= 380""")


@pytest.mark.parametrize("request_, year, month", [
    ("Customers born in October 1996", 1996, 10),
    ("clients nés en octobre 1996", 1996, 10),
    ("Customers turning 30 next month, email opt-ins only - it's for the milestone birthday mailing", 1996, 10),
    ("clients qui auront 30 ans le mois prochain", 1996, 10),
    ("Les clientes qui fêtent leurs 40 ans ce mois-ci", 1986, 9),
])
def test_a_birth_said_with_its_month(translator, warehouse, catalog, request_, year, month):
    """'born in October 1996' was asked about whole; 'turning 30 next month' and 'auront 30 ans le mois prochain'
    read an age of at least 30 (en50-021)."""
    r = translator.translate(request_, A)
    assert r.status == "ok", (r.unrecognized, r.definition.to_text())
    got = keys(warehouse, compile_sql(r.definition, catalog))
    born = keys(warehouse, f"SELECT customer_id FROM crm.customers WHERE year(birth_date) = {year} "
                           f"AND month(birth_date) = {month}")
    assert born and got <= born and len(got) >= 1, r.definition.to_text()


def test_a_negated_birth_with_its_month_is_not_both_together(translator, warehouse, catalog):
    """Read as two negations, it left out everyone born in 1996 and everyone born in an October."""
    same_audience(translator, warehouse, catalog, "customers not born in October 1996", """
SELECT customer_id FROM crm.customers EXCEPT SELECT customer_id FROM crm.customers
WHERE year(birth_date) = 1996 AND month(birth_date) = 10""")
