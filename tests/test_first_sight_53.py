"""What sets #53 (requests as they arrive, French of every country) and #54 (a hotel group's warehouse, its catalog
written by its data team) found at first sight, read in general, English and French, against hand-written SQL on
each warehouse: a negated clause after an exclusion ('..., and who are not VIP': excluded, it kept only the VIPs), an
'either ... or' ended by a clause of the customers ('- but who have neither ...'), 'do not contact list' unhyphenated,
'without ... but who've', a value named by grammar words alone ('with us', 'chez nous': every stay was a direct
one), a behaviour's word inside its value's phrase ('booked direct': a stay, a cancellation and a no-show were
bookings too), a column of the behaviour just named ('un avis avec une note de 4': a bill of at most 4), 'none of
those emails'."""
from __future__ import annotations

import pytest

from schema_catalog.check import check_catalog
from translations import A, eval_catalog_fixture, same_audience, same_on


hotels = eval_catalog_fixture("hotels", time_limit_ms=10_000)


same = same_on


# --- the demo warehouse -------------------------------------------------------------------------------------------

LYON_NOT_VIP_NO_STORE = """
SELECT customer_id FROM crm.customers WHERE city = 'Lyon' AND loyalty_tier <> 'vip'
EXCEPT SELECT customer_id FROM pos.transactions WHERE transaction_ts >= DATE '2026-09-30' - INTERVAL 3 MONTH"""


@pytest.mark.parametrize("request_", [
    "customers in Lyon but not in store in the last 3 months, and who are not VIP",
    "customers in Lyon but not in store in the last 3 months - and neither VIP",
    "clients à Lyon mais pas en magasin ces 3 derniers mois, et qui ne sont pas VIP",
])
def test_a_negated_clause_after_an_exclusion_is_the_customers_again(translator, warehouse, catalog, request_):
    same_audience(translator, warehouse, catalog, request_, LYON_NOT_VIP_NO_STORE)


NIKE_OR_CART_NOTHING_THIS_MONTH = """
SELECT customer_id FROM (
  SELECT t.customer_id FROM pos.transactions t JOIN pos.transaction_lines l USING (transaction_id)
    JOIN pim.products p USING (product_id)
    WHERE p.brand = 'Nike' AND p.category = 'shoes' AND t.transaction_ts >= DATE '2026-06-01' AND t.transaction_ts < DATE '2026-09-01'
  UNION SELECT o.customer_id FROM ecom.orders o JOIN ecom.order_lines l USING (order_id) JOIN pim.products p USING (product_id)
    WHERE o.status <> 'cancelled' AND p.brand = 'Nike' AND p.category = 'shoes'
      AND o.order_ts >= DATE '2026-06-01' AND o.order_ts < DATE '2026-09-01'
  UNION SELECT e.customer_id FROM web.events e JOIN pim.products p USING (product_id)
    WHERE e.event_type = 'add_to_cart' AND p.brand = 'Nike' AND p.category = 'shoes' AND e.event_ts >= DATE '2026-09-01')
EXCEPT SELECT customer_id FROM ecom.orders WHERE status <> 'cancelled' AND order_ts >= DATE '2026-09-01'
EXCEPT SELECT customer_id FROM pos.transactions WHERE transaction_ts >= DATE '2026-09-01'"""


@pytest.mark.parametrize("request_", [
    "Customers who either bought Nike sneakers last summer or added Nike sneakers to their cart this month - but who "
    "have neither ordered online nor bought in store this month",
    "Clients qui soit ont acheté des sneakers Nike l'été dernier, soit ont mis des sneakers Nike dans leur panier ce "
    "mois-ci - mais qui n'ont ni commandé en ligne ni acheté en magasin ce mois-ci",
])
def test_an_either_or_ends_where_a_clause_turns_back_to_the_customers(translator, warehouse, catalog, request_):
    """The last side had taken the clause as its own: the buyers of last summer were let through whatever they did
    this month."""
    same_audience(translator, warehouse, catalog, request_, NIKE_OR_CART_NOTHING_THIS_MONTH)


def test_the_do_not_contact_list_unhyphenated(translator, warehouse, catalog):
    """'contact' after 'do not' was read as a verb's base form ('contacted': a message received): the list's own
    phrase, said without hyphens, was an exclusion of everyone messaged."""
    same_audience(translator, warehouse, catalog, "customers in Lyon minus the do not contact list", """
SELECT customer_id FROM crm.customers WHERE city = 'Lyon' EXCEPT SELECT customer_id FROM crm.do_not_contact""")


def test_without_then_but_whove_turns_back_to_the_customers(translator, warehouse, catalog):
    same_audience(translator, warehouse, catalog,
                  "custs w/o any purchase in the last 6 mths but who've been on the site >= 3 times in the last 30 days",
                  """
SELECT customer_id FROM web.sessions WHERE started_at >= DATE '2026-09-30' - INTERVAL 30 DAY
GROUP BY customer_id HAVING count(*) >= 3
EXCEPT SELECT customer_id FROM pos.transactions WHERE transaction_ts >= DATE '2026-09-30' - INTERVAL 6 MONTH
EXCEPT SELECT customer_id FROM ecom.orders WHERE status <> 'cancelled' AND order_ts >= DATE '2026-09-30' - INTERVAL 6 MONTH""")


@pytest.mark.parametrize("request_", [
    "customers we emailed at least 3 times in the last 2 months who opened none of those emails",
    "clients qui ont reçu au moins 3 e-mails ces 2 derniers mois mais n'ont ouvert aucun de ces e-mails",
])
def test_none_of_those_emails_is_of_the_period_said(translator, request_):
    """Read as no email ever opened, an open of a year ago left them out."""
    r = translator.translate(request_, A)
    negated = [c for c in r.definition.criteria + r.definition.exclusions if "opened" in c.sql]
    assert negated and all("INTERVAL 2 MONTH" in c.sql for c in negated), r.definition.to_text()


# --- the hotels warehouse -----------------------------------------------------------------------------------------

STAYS_3 = """SELECT guest_key FROM dwh.fact_booking WHERE status_cd IN ('O', 'I') AND arrival_date_key >= 20250930
GROUP BY guest_key HAVING count(*) >= 3"""


@pytest.mark.parametrize("request_", [
    "Guests who stayed with us at least 3 times in the last 12 months",
    "Clients qui ont séjourné chez nous au moins 3 fois sur les 12 derniers mois",
])
def test_grammar_words_alone_name_no_value(hotels, request_):
    """The catalog named direct bookings 'with us', 'chez nous': every stay said so was a direct one, silently."""
    same(hotels, request_, STAYS_3)


def test_the_check_names_a_value_of_grammar_words_alone(hotels):
    cat, wh, _ = hotels
    warnings = check_catalog(cat, wh).warnings
    assert any("'with us' are grammar words alone" in w for w in warnings), warnings
    assert any("'chez nous' are grammar words alone" in w for w in warnings), warnings


DIRECT_2025_NEVER_OTA = """
SELECT b.guest_key FROM dwh.fact_booking b JOIN dwh.dim_channel c USING (channel_key)
WHERE c.channel_grp_cd = 'DIR' AND b.booking_date_key BETWEEN 20250101 AND 20251231
EXCEPT SELECT b.guest_key FROM dwh.fact_booking b JOIN dwh.dim_channel c USING (channel_key) WHERE c.channel_grp_cd = 'OTA'"""


@pytest.mark.parametrize("request_", [
    "Guests who booked direct in 2025 and have never booked through an OTA",
    "Clients qui ont réservé en direct en 2025 et n'ont jamais réservé via une OTA",
])
def test_a_behaviours_word_inside_its_values_phrase_names_it(hotels, request_):
    same(hotels, request_, DIRECT_2025_NEVER_OTA)


def test_booked_via_a_channel_is_a_booking(hotels):
    r = same(hotels, "Guests who booked via Expedia in 2025", """
SELECT b.guest_key FROM dwh.fact_booking b JOIN dwh.dim_channel c USING (channel_key)
WHERE c.channel_cd = 'EXP' AND b.booking_date_key BETWEEN 20250101 AND 20251231""")
    assert not r.warnings, r.warnings


@pytest.mark.parametrize("request_", [
    "Clients qui ont laissé un avis avec une note de 4 ou moins en 2025",
    "Guests who left a review with a score of 4 or less in 2025",
])
def test_a_column_of_the_behaviour_just_named(hotels, request_):
    """'note' is also a hotel bill in the catalog: after 'un avis avec une', the review's score."""
    same(hotels, request_, """
SELECT guest_key FROM dwh.fact_review WHERE score <= 4 AND review_date_key BETWEEN 20250101 AND 20251231""")


def test_none_of_those_emails_on_the_hotels_warehouse(hotels):
    same(hotels, "Guests we emailed at least 3 times in the last 2 months who opened none of those emails", """
SELECT guest_key FROM mkt.fact_campaign_send WHERE channel_cd = 'EML' AND send_date_key >= 20260730
GROUP BY guest_key HAVING count(*) >= 3 AND sum(opened_flg) = 0""")


@pytest.mark.parametrize("request_", [
    "Guests who stayed at one of our Swiss hotels in the last 6 months",
    "Clients qui ont séjourné dans un de nos hôtels suisses ces 6 derniers mois",
])
def test_a_place_said_by_an_adjective_beside_the_behaviours_place_noun(hotels, request_):
    """'hotels' was asked about (the dimension's word had no plural), and 'Swiss', an adjective only the guests'
    country has, was where they live: the hotel's country, the code both hold."""
    same(hotels, request_, """
SELECT b.guest_key FROM dwh.fact_booking b JOIN dwh.dim_hotel h USING (hotel_key)
WHERE b.status_cd IN ('O', 'I') AND h.country_cd = 'CH' AND b.arrival_date_key >= 20260330""")


def test_sms_spelling_and_a_unit_cut_short_after_past(translator, warehouse, catalog):
    same_audience(translator, warehouse, catalog, "les clients ki ont commandé en ligne ds les 3 derniers mois", """
SELECT customer_id FROM ecom.orders WHERE status <> 'cancelled' AND order_ts >= DATE '2026-09-30' - INTERVAL 3 MONTH""")
    same_audience(translator, warehouse, catalog, "opened 3+ emails in the past mth", """
SELECT customer_id FROM marketing.messages WHERE channel = 'email' AND opened_at >= DATE '2026-09-30' - INTERVAL 1 MONTH
GROUP BY customer_id HAVING count(*) >= 3""")


def test_the_present_of_a_participle_the_catalog_writes(hotels):
    """The catalog says 'habitant en' of the guests' country; 'qui habitent en Belgique' was asked about."""
    same(hotels, "Membres Or qui habitent en Belgique", """
SELECT guest_key FROM dwh.dim_guest WHERE loyalty_tier_cd = 'T2' AND country_cd = 'BE'""")


@pytest.mark.parametrize("request_", [
    "customers with a ticket rated 2 or less",
    "customers who rated a ticket 2 or less",
    "clients avec un ticket noté 2 ou moins",
])
def test_a_score_said_after_the_rated_noun_is_its_value(translator, warehouse, catalog, request_):
    """'a ticket rated 2 or less' counted the rated tickets (at most 2, none included: every customer without a
    rated ticket), silently."""
    same_audience(translator, warehouse, catalog, request_, """
SELECT customer_id FROM service.tickets WHERE satisfaction_score <= 2""")


@pytest.mark.parametrize("request_", [
    "Guests who left a review scored 4 or less in 2025",
    "Guests who left a review scoring 4 or less in 2025",
])
def test_a_measures_verb_made_from_its_noun(hotels, request_):
    same(hotels, request_, """
SELECT guest_key FROM dwh.fact_review WHERE score <= 4 AND review_date_key BETWEEN 20250101 AND 20251231""")


@pytest.mark.parametrize("request_", [
    "customers whose 1st purchase was online",
    "clients dont le 1er achat était en ligne",
])
def test_an_ordinal_in_figures_before_a_behaviours_noun(translator, warehouse, catalog, request_):
    same_audience(translator, warehouse, catalog, request_, """
WITH p AS (SELECT customer_id, transaction_ts AS ts, 'store' AS ch FROM pos.transactions WHERE customer_id IS NOT NULL
           UNION ALL SELECT customer_id, order_ts, 'online' FROM ecom.orders WHERE status <> 'cancelled')
SELECT p.customer_id FROM p JOIN (SELECT customer_id, min(ts) AS ts FROM p GROUP BY customer_id) f
  ON f.customer_id = p.customer_id AND f.ts = p.ts WHERE p.ch = 'online'""")


@pytest.mark.parametrize("request_, stars", [
    ("Guests who stayed at a 5-star hotel in 2025", (5,)),
    ("Guests who stayed in 4 or 5 star hotels in 2025", (4, 5)),
    ("Clients qui ont séjourné dans un hôtel 5 étoiles en 2025", (5,)),
])
def test_a_number_beside_a_numeric_dimensions_name_is_its_value(hotels, request_, stars):
    """'a 5-star hotel' was a count of at least 5 stays, the stars lost."""
    same(hotels, request_, f"""
SELECT b.guest_key FROM dwh.fact_booking b JOIN dwh.dim_hotel h USING (hotel_key)
WHERE b.status_cd IN ('O', 'I') AND h.star_rating IN {stars + (stars[0],)}
  AND b.arrival_date_key BETWEEN 20250101 AND 20251231""")


@pytest.mark.parametrize("request_", [
    "customers who bought Nike in 2025 but nothing whatsoever since July",
    "customers who bought Nike in 2025 and haven't bought anywhere since July",
])
def test_a_word_that_widens_a_denial_is_read(translator, request_):
    """'whatsoever', 'anywhere' were asked about: none of the behaviour at all."""
    r = translator.translate(request_, A)
    assert r.status == "ok" and not r.unrecognized, (r.status, r.unrecognized)


@pytest.mark.parametrize("request_", [
    "Clients qui ont séjourné dans nos Petites Maisons depuis 2 ans",
    "Clients qui n'ont pas séjourné chez nous depuis plus de 2 ans",
])
def test_a_unit_of_time_after_a_number_is_the_grammars_whatever_the_catalog_says(hotels, request_):
    """The catalog gives 'ans' to the guests' age: 'depuis 2 ans' was a count of 2 stays, 'depuis' and 'ans' asked."""
    cat, wh, t = hotels
    r = t.translate(request_, A)
    assert any("24 MONTH" in c.sql or "2 YEAR" in c.sql for c in r.definition.criteria), r.definition.to_text()
    assert not any("count(*) >= 2" in c.sql for c in r.definition.criteria), r.definition.to_text()


def test_signs_for_or_more_in_french(translator, warehouse, catalog):
    same_audience(translator, warehouse, catalog, "les 50 ans et + qui habitent à Lyon", """
SELECT customer_id FROM crm.customers WHERE city = 'Lyon'
  AND date_diff('year', birth_date, DATE '2026-09-30') - CASE WHEN strftime(birth_date, '%m-%d') > '09-30' THEN 1 ELSE 0 END >= 50""")
