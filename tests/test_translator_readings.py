"""Readings a careful analyst makes without asking: each one a general construction, checked by running the
translation and a hand-written SQL of the same audience on the demo warehouse (never by SQL text).

The sentences are ours, not the blind sets'.
"""
from __future__ import annotations


import pytest

from assistant.sql.compile import compile_sql
from translations import A, PURCHASES, asks, edge_purchase, same_audience


# -- an amount spent on one event ---------------------------------------------------------------------------


@pytest.mark.parametrize("request_", [
    "shoppers who spent more than 300 euros on an order in the last 6 months",
    "customers who spent over €300 on one online order in the last 6 months",
])
def test_an_amount_spent_on_an_order_is_that_one_orders_amount(translator, warehouse, catalog, request_):
    same_audience(translator, warehouse, catalog, request_,
                  "SELECT customer_id FROM ecom.orders WHERE status <> 'cancelled' AND total_amount > 300 "
                  "AND order_ts >= DATE '2026-09-30' - INTERVAL 6 MONTH")


def test_an_amount_spent_on_orders_is_still_their_sum(translator, warehouse, catalog):
    same_audience(translator, warehouse, catalog, "customers who spent over €900 on orders in the last 6 months",
                  "SELECT customer_id FROM ecom.orders WHERE status <> 'cancelled' "
                  "AND order_ts >= DATE '2026-09-30' - INTERVAL 6 MONTH GROUP BY customer_id HAVING sum(total_amount) > 900")


# -- a numeric indicator: compared, ranked by, and said of a window ------------------------------------------

LIFETIME = f"SELECT customer_id, sum(amount) AS v FROM ({PURCHASES}) p GROUP BY customer_id"


@pytest.mark.parametrize("request_, op", [
    ("clients whose lifetime spend is at least 2,000 euros", ">= 2000"),
    ("VIP shoppers with an ltv under 3000", "< 3000"),
])
def test_a_numeric_indicator_is_compared_like_a_number_of_the_profile(translator, warehouse, catalog, request_, op):
    gold = f"SELECT customer_id FROM ({LIFETIME}) WHERE v {op}"
    if "VIP" in request_:
        gold += " INTERSECT SELECT customer_id FROM crm.customers WHERE loyalty_tier = 'vip'"
    r = same_audience(translator, warehouse, catalog, request_, gold)
    spec = next(c.spec for c in r.definition.criteria if c.spec["kind"] == "indicator")
    assert spec["indicator"] == "lifetime_spend" and spec["comparison"]["op"] == op.split()[0]


def test_ranked_by_a_numeric_indicator(translator, warehouse, catalog):
    same_audience(translator, warehouse, catalog, "our 40 best customers by lifetime spend",
                  f"SELECT customer_id FROM ({LIFETIME}) ORDER BY v DESC, customer_id LIMIT 40")


@pytest.mark.parametrize("request_", [
    "top 60 customers by total spend in the last 9 months",
    "the 60 biggest spenders in the last 9 months",
])
def test_spend_ranked_over_a_window_is_the_purchases_of_that_window(translator, warehouse, catalog, request_):
    same_audience(translator, warehouse, catalog, request_,
                  f"SELECT customer_id FROM ({PURCHASES}) p WHERE ts >= DATE '2026-09-30' - INTERVAL 9 MONTH "
                  "GROUP BY customer_id ORDER BY sum(amount) DESC, customer_id LIMIT 60")


def test_an_indicator_in_spend_words_beside_a_window_is_the_spend_of_that_window(translator, warehouse, catalog):
    same_audience(translator, warehouse, catalog, "customers with a total spend in Q2 2026 above 400",
                  f"SELECT customer_id FROM ({PURCHASES}) p WHERE ts >= DATE '2026-04-01' AND ts < DATE '2026-07-01' "
                  "GROUP BY customer_id HAVING sum(amount) > 400")


def test_a_lifetime_spend_beside_another_behaviours_window_stays_lifetime(translator, warehouse, catalog):
    same_audience(translator, warehouse, catalog,
                  "customers with a lifetime spend above 1500 who bought online in the last 2 months",
                  f"SELECT customer_id FROM ({LIFETIME}) WHERE v > 1500 INTERSECT SELECT customer_id FROM ecom.orders "
                  "WHERE status <> 'cancelled' AND order_ts >= DATE '2026-09-30' - INTERVAL 2 MONTH")


# -- a birth date: a month of any year, whole years -----------------------------------------------------------


@pytest.mark.parametrize("request_", [
    "members whose birthday is in November",
    "November birthdays in Germany",
])
def test_a_birthday_month_is_that_month_of_any_year(translator, warehouse, catalog, request_):
    gold = "SELECT customer_id FROM crm.customers WHERE month(birth_date) = 11"
    if "Germany" in request_:
        gold += " AND country = 'DE'"
    r = same_audience(translator, warehouse, catalog, request_, gold)
    assert any(c.spec.get("months") == [11] for c in r.definition.criteria)


@pytest.mark.parametrize("request_, month, lang", [
    ("customers whose birthday is this month", 9, None),
    ("VIP customers with birthdays next month", 10, None),
    ("clients dont l'anniversaire est ce mois-ci", 9, "fr"),
    ("clients VIP dont l'anniversaire est le mois prochain", 10, "fr"),
])
def test_a_birthday_this_or_next_month_is_that_month_of_any_year(translator, warehouse, catalog, request_, month, lang):
    """A month said from today's (the as-of day's) of a birthday: that calendar month (was refused, or asked)."""
    gold = f"SELECT customer_id FROM crm.customers WHERE month(birth_date) = {month}"
    if "VIP" in request_:
        gold += " AND loyalty_tier = 'vip'"
    r = same_audience(translator, warehouse, catalog, request_, gold, lang=lang)
    assert any("birthday" in w or "anniversaire" in w for w in r.warnings), r.warnings


@pytest.mark.parametrize("request_, where", [
    ("women born after 1979", "gender = 'female' AND birth_date >= DATE '1980-01-01'"),
    ("customers born before 1962", "birth_date < DATE '1962-01-01'"),
    ("customers born in 1988", "birth_date >= DATE '1988-01-01' AND birth_date < DATE '1989-01-01'"),
])
def test_born_before_after_or_in_a_year_is_the_birth_date_in_those_years(translator, warehouse, catalog, request_,
                                                                          where):
    same_audience(translator, warehouse, catalog, request_, f"SELECT customer_id FROM crm.customers WHERE {where}")


def test_a_month_said_of_a_purchase_stays_a_window(translator, warehouse, catalog):
    same_audience(translator, warehouse, catalog, "customers born in 1988 who bought online in March",
                  "SELECT customer_id FROM crm.customers WHERE birth_date >= DATE '1988-01-01' "
                  "AND birth_date < DATE '1989-01-01' INTERSECT SELECT customer_id FROM ecom.orders "
                  "WHERE status <> 'cancelled' AND order_ts >= DATE '2026-03-01' AND order_ts < DATE '2026-04-01'")


def test_a_date_spec_needs_a_window_or_months(catalog):
    from assistant.errors import TranslationError
    from assistant.meaning import from_spec
    with pytest.raises(TranslationError, match="needs a window or calendar months"):
        from_spec({"kind": "date", "column": "crm.customers.birth_date"}, catalog)
    assert from_spec({"kind": "date", "column": "crm.customers.birth_date", "months": [2]}, catalog).months == (2,)


# -- light verbs and nouns for people: grammar, never asked -----------------------------------------------------


@pytest.mark.parametrize("request_, gold", [
    ("Lyon residents holding more than 300 points",
     "SELECT customer_id FROM crm.customers WHERE city = 'Lyon' AND loyalty_points > 300"),
    ("silver members sitting on at least 1,000 points",
     "SELECT customer_id FROM crm.customers WHERE loyalty_tier = 'silver' AND loyalty_points >= 1000"),
    ("customers whose first online order happened in Q1 2026",
     "SELECT customer_id FROM ecom.orders WHERE status <> 'cancelled' GROUP BY customer_id "
     "HAVING min(order_ts) >= DATE '2026-01-01' AND min(order_ts) < DATE '2026-04-01'"),
])
def test_light_verbs_and_people_nouns_are_grammar(translator, warehouse, catalog, request_, gold):
    same_audience(translator, warehouse, catalog, request_, gold)


# -- part of a name found in the data, typed as a name ----------------------------------------------------------


def test_a_campaign_named_by_the_start_of_its_name_reads_every_campaign_so_named(translator, warehouse, catalog):
    r = same_audience(translator, warehouse, catalog, "customers who opened the Christmas Deals 2024 emails",
                      "SELECT m.customer_id FROM marketing.messages m JOIN marketing.campaigns k "
                      "ON k.campaign_id = m.campaign_id WHERE k.campaign_name LIKE 'Christmas Deals 2024%' "
                      "AND m.channel = 'email' AND m.opened_at IS NOT NULL")
    assert any("Christmas Deals 2024" in w and "names it is part of" in w for w in r.warnings), r.warnings


def test_a_store_named_by_a_word_of_its_name(translator, warehouse, catalog):
    r = same_audience(translator, warehouse, catalog, "people who shopped at the Kalverstraat store in the last year",
                      "SELECT t.customer_id FROM pos.transactions t JOIN pos.stores s ON s.store_id = t.store_id "
                      "WHERE t.customer_id IS NOT NULL AND s.store_name = 'Amsterdam Kalverstraat' "
                      "AND t.transaction_ts >= DATE '2026-09-30' - INTERVAL 12 MONTH")
    assert r.warnings


@pytest.mark.parametrize("request_", [
    "customers who received a christmas deals email",      # not typed as a name: asked, never guessed
    "clients who haven't shopped online since January 2026 and live in Lyon",   # a date is no part of a name
])
def test_words_not_typed_as_a_name_or_a_date_are_no_part_of_a_name(translator, request_):
    r = translator.translate(request_, A)
    assert not any("names it is part of" in w for w in r.warnings), r.warnings


# -- words made from the catalog's own: doers, plurals, past forms ---------------------------------------------


@pytest.mark.parametrize("request_, gold", [
    ("desktop visitors since June",
     "SELECT customer_id FROM web.sessions WHERE customer_id IS NOT NULL AND device_type = 'desktop' "
     "AND started_at >= DATE '2026-06-01'"),
    ("at least 2 visits from a tablet in the last 60 days",
     "SELECT customer_id FROM web.sessions WHERE customer_id IS NOT NULL AND device_type = 'tablet' "
     "AND started_at >= DATE '2026-09-30' - INTERVAL 60 DAY GROUP BY customer_id HAVING count(*) >= 2"),
    ("sms subscribers in Italy",
     "SELECT c.customer_id FROM crm.customers c JOIN crm.consents k ON k.customer_id = c.customer_id "
     "WHERE k.channel = 'sms' AND k.opted_in AND c.country = 'IT'"),
    ("push opt-ins in Spain",
     "SELECT c.customer_id FROM crm.customers c JOIN crm.consents k ON k.customer_id = c.customer_id "
     "WHERE k.channel = 'push' AND k.opted_in AND c.country = 'ES'"),
])
def test_doers_and_plurals_of_catalog_words_read_as_them(translator, warehouse, catalog, request_, gold):
    same_audience(translator, warehouse, catalog, request_, gold)


@pytest.mark.parametrize("request_", [
    "customers who rated a ticket 4 or 5 in the last 6 months",
    "people who had a ticket in the last 6 months and rated it 4 or 5",
    "customers who rated a phone ticket 4 or 5 in the last 6 months",
])
def test_rated_reads_the_rating_and_its_numbers_after_the_thing_rated(translator, warehouse, catalog, request_):
    channel = " AND channel = 'phone'" if "phone" in request_ else ""
    same_audience(translator, warehouse, catalog, request_,
                  f"SELECT customer_id FROM service.tickets WHERE satisfaction_score IN (4, 5){channel} "
                  "AND created_at >= DATE '2026-09-30' - INTERVAL 6 MONTH")


def test_an_or_inside_one_behaviour_between_two_of_its_attributes_is_never_dropped_silently(translator):
    r = translator.translate("customers who rated a ticket 4 or 5 since May or still have a pending ticket", A)
    assert r.status != "ok" or any("'or' between" in w for w in r.warnings), (r.status, r.warnings)


@pytest.mark.parametrize("request_", ["customers who bought shoes or accessories in store",
                                      "customers in Lyon or Lille who rated a ticket 4 or 5",
                                      "women in Spain or the Netherlands who bought shoes",
                                      "customers who bought shoes since May, online or in store"])
def test_an_or_between_values_of_one_attribute_is_read_without_a_note(translator, request_):
    r = translator.translate(request_, A)
    assert r.status == "ok" and not any("'or' between" in w for w in r.warnings), (r.status, r.warnings)


# -- brief wording: 'any <attribute>', 'drop anyone who', a value's noun, another task -------------------------


def test_any_and_an_attribute_on_their_own_restrict_nothing(translator, warehouse, catalog):
    r = same_audience(translator, warehouse, catalog,
                      "men who bought from at least 3 different categories in the last 6 months (any brand). Any country.",
                      "SELECT c.customer_id FROM crm.customers c WHERE c.gender = 'male' AND c.customer_id IN ("
                      "SELECT customer_id FROM (SELECT t.customer_id, p.category FROM pos.transactions t "
                      "JOIN pos.transaction_lines l ON l.transaction_id = t.transaction_id "
                      "JOIN pim.products p ON p.product_id = l.product_id WHERE t.customer_id IS NOT NULL "
                      "AND t.transaction_ts >= DATE '2026-09-30' - INTERVAL 6 MONTH UNION ALL "
                      "SELECT o.customer_id, p.category FROM ecom.orders o JOIN ecom.order_lines l ON l.order_id = o.order_id "
                      "JOIN pim.products p ON p.product_id = l.product_id WHERE o.status <> 'cancelled' "
                      "AND o.order_ts >= DATE '2026-09-30' - INTERVAL 6 MONTH) x "
                      "GROUP BY customer_id HAVING count(DISTINCT category) >= 3)")
    assert "Any country" in r.ignored and "any brand" in r.ignored, r.ignored


def test_any_said_of_an_attribute_inside_a_clause_is_still_asked(translator):
    r = translator.translate("customers with any consent in France", A)
    assert r.status != "ok"


@pytest.mark.parametrize("verb", ["drop", "skip"])
def test_drop_or_skip_anyone_who_opens_an_exclusion(translator, warehouse, catalog, verb):
    same_audience(translator, warehouse, catalog,
                  f"gold members in Germany; {verb} anyone who placed an online order in the last 30 days",
                  "SELECT customer_id FROM crm.customers WHERE loyalty_tier = 'gold' AND country = 'DE' EXCEPT "
                  "SELECT customer_id FROM ecom.orders WHERE status <> 'cancelled' "
                  "AND order_ts >= DATE '2026-09-30' - INTERVAL 30 DAY")


def test_the_noun_of_a_values_attribute_after_it_is_read_with_it(translator, warehouse, catalog):
    same_audience(translator, warehouse, catalog, "anyone who ordered with the FREESHIP code this year",
                  "SELECT customer_id FROM ecom.orders WHERE status <> 'cancelled' AND coupon_code = 'FREESHIP' "
                  "AND order_ts >= DATE '2026-01-01'")


@pytest.mark.parametrize("request_", ["Please erase every customer in Lyon from the CRM",
                                      "Can you write a short intro for the newsletter to gold members",
                                      "Could you upgrade the silver members in Lyon to gold?",   # changing data
                                      "pls bump every standard member in Paris up to silver",
                                      "Send an SMS right now to every VIP in Nantes about the sale"])   # sending
def test_a_request_for_another_task_is_refused_by_name(translator, request_):
    r = translator.translate(request_, A)
    assert r.status == "refused" and "something other than an audience" in r.message, (r.status, r.message)


def test_write_me_a_list_is_no_other_task(translator):
    assert translator.translate("write me a list of gold members in Lyon", A).status != "refused"
    assert translator.translate("email subscribers in Lyon", A).status != "refused"    # a channel, not a verb


# -- a catalog phrase with a place for the thing, the request naming it there -----------------------------------

VIEWS = ("SELECT e.customer_id FROM web.events e JOIN pim.products p ON p.product_id = e.product_id "
         "WHERE e.customer_id IS NOT NULL AND e.event_type = '{type}' AND {where} "
         "AND e.event_ts >= DATE '2026-09-30' - INTERVAL {n} DAY")


@pytest.mark.parametrize("request_, type_, where, n", [
    ("shoppers who looked at beauty products in the last 20 days", "product_view", "p.category = 'beauty'", 20),
    ("customers who viewed Adidas items in the last 15 days", "product_view", "p.brand = 'Adidas'", 15),
    ("people who added sports gear to their cart in the last 10 days", "add_to_cart", "p.category = 'sports'", 10),
])
def test_the_thing_named_in_a_behaviours_phrase_reads_as_that_behaviour(translator, warehouse, catalog, request_,
                                                                        type_, where, n):
    r = same_audience(translator, warehouse, catalog, request_, VIEWS.format(type=type_, where=where, n=n))
    assert not any("no verb named" in w for w in r.warnings), r.warnings


# -- small words: 'two or more', a unit said once, 'sent back', 'whoever', 'etc.' ------------------------------


def test_a_number_word_before_or_more_is_a_count(translator, warehouse, catalog):
    same_audience(translator, warehouse, catalog, "shoppers with three or more online orders in the last year",
                  "SELECT customer_id FROM ecom.orders WHERE status <> 'cancelled' "
                  "AND order_ts >= DATE '2026-09-30' - INTERVAL 12 MONTH GROUP BY customer_id HAVING count(*) >= 3")


def test_a_count_of_last_units_without_its_unit_takes_the_unit_said_before(translator, warehouse, catalog):
    r = same_audience(translator, warehouse, catalog,
                      "customers who bought online in the last 60 days and visited the site in the last 20",
                      "SELECT customer_id FROM ecom.orders WHERE status <> 'cancelled' "
                      "AND order_ts >= DATE '2026-09-30' - INTERVAL 60 DAY INTERSECT SELECT customer_id FROM web.sessions "
                      "WHERE customer_id IS NOT NULL AND started_at >= DATE '2026-09-30' - INTERVAL 20 DAY")
    assert any("the unit said before" in w for w in r.warnings), r.warnings


def test_sent_back_is_returned(translator, warehouse, catalog):
    same_audience(translator, warehouse, catalog, "people who sent back an online order in Q1 2026",
                  "SELECT customer_id FROM ecom.orders WHERE status = 'returned' "
                  "AND order_ts >= DATE '2026-01-01' AND order_ts < DATE '2026-04-01'")


def test_whoever_and_etc_are_grammar(translator, warehouse, catalog):
    same_audience(translator, warehouse, catalog, "everybody except silver members and whoever is on the do-not-contact list",
                  "SELECT customer_id FROM crm.customers WHERE loyalty_tier <> 'silver' "
                  "EXCEPT SELECT customer_id FROM crm.do_not_contact")
    r = translator.translate("gold members who bought accessories this year, bags etc", A)
    assert r.status == "ok" and "etc" in r.ignored, (r.status, r.unrecognized, r.ignored)


def test_a_bracket_of_examples_is_an_aside(translator, warehouse, catalog):
    r = same_audience(translator, warehouse, catalog,
                      "customers who bought sports gear (Salomon, Nike, whatever - any sports brand) since August",
                      "SELECT t.customer_id FROM pos.transactions t JOIN pos.transaction_lines l ON l.transaction_id = "
                      "t.transaction_id JOIN pim.products p ON p.product_id = l.product_id WHERE t.customer_id IS NOT NULL "
                      "AND p.category = 'sports' AND t.transaction_ts >= DATE '2026-08-01' UNION SELECT o.customer_id "
                      "FROM ecom.orders o JOIN ecom.order_lines l ON l.order_id = o.order_id JOIN pim.products p "
                      "ON p.product_id = l.product_id WHERE o.status <> 'cancelled' AND p.category = 'sports' "
                      "AND o.order_ts >= DATE '2026-08-01'")
    assert any("whatever" in i for i in r.ignored), r.ignored


# -- the latest event of a kind, its window said ------------------------------------------------------------------

LAST = f"SELECT customer_id FROM ({PURCHASES}) p GROUP BY customer_id HAVING max(ts) >= {{lo}} AND max(ts) < {{hi}}"


@pytest.mark.parametrize("request_, lo, hi", [
    ("clients whose last purchase was between 4 and 8 months ago",
     "DATE '2026-09-30' - INTERVAL 8 MONTH", "DATE '2026-09-30' - INTERVAL 4 MONTH"),
    ("customers whose most recent purchase was in Q2 2026", "DATE '2026-04-01'", "DATE '2026-07-01'"),
])
def test_the_last_purchase_in_a_window_is_the_latest_event_there(translator, warehouse, catalog, request_, lo, hi):
    r = same_audience(translator, warehouse, catalog, request_, LAST.format(lo=lo, hi=hi))
    assert r.definition.criteria[0].spec["last"] is True


def test_a_last_order_in_a_window_is_the_latest_online_order(translator, warehouse, catalog):
    same_audience(translator, warehouse, catalog, "customers whose latest online order was in 2025",
                  "SELECT customer_id FROM ecom.orders WHERE status <> 'cancelled' GROUP BY customer_id "
                  "HAVING max(order_ts) >= DATE '2025-01-01' AND max(order_ts) < DATE '2026-01-01'")


def test_a_customers_value_that_also_names_a_behaviour_is_read_with_a_note(translator):
    r = translator.translate("App shoppers in Belgium", A)
    assert r.status == "ok" and any("it could also mean online order" in w for w in r.warnings), r.warnings
    r = translator.translate("Lille customers who opted in to email", A)      # a city is where they live: no note
    assert not any("it could also mean" in w for w in r.warnings), r.warnings


def test_only_after_the_customers_own_values_restricts_nothing_more(translator, warehouse, catalog):
    same_audience(translator, warehouse, catalog,
                  "customers who haven't bought anything in the last 12 months. Spain and Italy only.",
                  f"SELECT customer_id FROM crm.customers WHERE country IN ('ES', 'IT') EXCEPT SELECT customer_id "
                  f"FROM ({PURCHASES}) p WHERE ts >= DATE '2026-09-30' - INTERVAL 12 MONTH")
    assert translator.translate("customers who bought shoes only", A).status == "clarify"


def test_a_title_may_end_with_a_double_dash(translator, warehouse, catalog):
    r = same_audience(translator, warehouse, catalog, "Spring recall -- gold members in Lille",
                      "SELECT customer_id FROM crm.customers WHERE loyalty_tier = 'gold' AND city = 'Lille'")
    assert "Spring recall" in r.ignored


def test_between_days_ago_counts_whole_days_both_ends_in(translator, warehouse, catalog):
    same_audience(translator, warehouse, catalog, "customers whose last purchase was between 10 and 40 days ago",
                  f"SELECT customer_id FROM ({PURCHASES}) p GROUP BY customer_id "
                  "HAVING date_diff('day', max(ts)::DATE, DATE '2026-09-30') BETWEEN 10 AND 40")


# -- asides that say why; verbs said for the catalog's own --------------------------------------------------------


def test_a_sentence_saying_why_is_an_aside_even_with_catalog_words(translator, warehouse, catalog):
    r = same_audience(translator, warehouse, catalog,
                      "gold members in Madrid. The goal is to bring them back in store before the sales.",
                      "SELECT customer_id FROM crm.customers WHERE loyalty_tier = 'gold' AND city = 'Madrid'")
    assert any(i.startswith("The goal is") for i in r.ignored), r.ignored


def test_a_bracket_opening_with_they_is_an_aside(translator, warehouse, catalog):
    same_audience(translator, warehouse, catalog, "silver members, except people who live in Rome (they get a mailing of their own)",
                  "SELECT customer_id FROM crm.customers WHERE loyalty_tier = 'silver' "
                  "EXCEPT SELECT customer_id FROM crm.customers WHERE city = 'Rome'")


@pytest.mark.parametrize("request_, gold", [
    ("customers who said yes to SMS", "SELECT customer_id FROM crm.consents WHERE channel = 'sms' AND opted_in"),
    ("people who landed on the site in the last 5 days",
     "SELECT customer_id FROM web.sessions WHERE customer_id IS NOT NULL "
     "AND started_at >= DATE '2026-09-30' - INTERVAL 5 DAY"),
    ("customers who hit the unsubscribe link in the last 3 months",
     "SELECT customer_id FROM marketing.messages WHERE unsubscribed "
     "AND sent_at >= DATE '2026-09-30' - INTERVAL 3 MONTH"),
])
def test_verbs_said_for_the_catalogs_own(translator, warehouse, catalog, request_, gold):
    same_audience(translator, warehouse, catalog, request_, gold)


def test_a_title_keeps_its_bracketed_note_out_of_its_length(translator, warehouse, catalog):
    r = same_audience(translator, warehouse, catalog,
                      "Winter gala invitations (for the Munich store team): gold members living in Munich",
                      "SELECT customer_id FROM crm.customers WHERE loyalty_tier = 'gold' AND city = 'Munich'")
    assert r.ignored and r.ignored[0].startswith("Winter gala"), r.ignored


# -- a behaviour's verb said of another behaviour's noun ----------------------------------------------------


@pytest.mark.parametrize("request_", [
    "customers who opened a ticket in the last 30 days",
    "shoppers that opened one ticket in the last 30 days",
])
def test_a_verb_of_one_behaviour_said_of_another_behaviours_noun_is_that_behaviour(translator, warehouse, catalog, request_):
    """'opened a ticket' was a message opened AND a ticket, silently: the verb takes its object's behaviour."""
    r = same_audience(translator, warehouse, catalog, request_,
                      "SELECT customer_id FROM service.tickets WHERE created_at >= DATE '2026-09-30' - INTERVAL 30 DAY")
    assert any("'opened' read as said of" in w for w in r.warnings), r.warnings


def test_a_verb_and_a_noun_of_one_table_keep_the_verbs_behaviour(translator, warehouse, catalog):
    same_audience(translator, warehouse, catalog, "customers who cancelled an order in the last 6 months",
                  "SELECT customer_id FROM ecom.orders WHERE status = 'cancelled' "
                  "AND order_ts >= DATE '2026-09-30' - INTERVAL 6 MONTH")


def test_a_word_that_is_also_a_value_of_the_list_named_beside_it_is_that_value(translator, warehouse, catalog):
    """'complaint' is a ticket and a suppression reason: said of the suppression list, it is the reason (it was a
    support ticket AND the list, silently)."""
    same_audience(translator, warehouse, catalog, "customers suppressed for a complaint",
                  "SELECT customer_id FROM crm.do_not_contact WHERE reason = 'complaint'")
    same_audience(translator, warehouse, catalog, "customers who made a complaint in the last 6 months",
                  "SELECT customer_id FROM service.tickets WHERE created_at >= DATE '2026-09-30' - INTERVAL 6 MONTH")


# -- a number said of behaviours that carry no amount ---------------------------------------------------------


@pytest.mark.parametrize("request_, lang", [
    ("people with at least two bounced emails since January", None),
    ("personnes ayant eu au moins deux e-mails en bounce depuis janvier", "fr"),
])
def test_a_number_of_behaviours_with_a_yes_no_column_is_a_count(translator, warehouse, catalog, request_, lang):
    """'at least two bounced emails' counts them: the yes/no column 'bounced' made the number an amount, summed
    over behaviours that have none (no one at all, silently)."""
    same_audience(translator, warehouse, catalog, request_,
                  "SELECT m.customer_id FROM marketing.messages m JOIN marketing.campaigns c USING (campaign_id) "
                  "WHERE m.bounced AND c.channel = 'email' AND m.sent_at >= DATE '2026-01-01' "
                  "GROUP BY m.customer_id HAVING count(*) >= 2", lang)


def test_an_amount_of_behaviours_that_have_none_is_asked(translator):
    r = translator.translate("people who spent more than 50 on bounced emails", A)
    # the spend verb is asked with it: no purchase is read ('spent more than 50')
    assert r.status == "clarify" and any("more than 50" in u for u in r.unrecognized), (r.status, r.unrecognized)


def test_a_catalog_phrase_with_another_word_for_its_thing_reads_as_the_phrase(translator, warehouse, catalog):
    """'added an item to their cart' is the catalog's 'added something to their cart' (it was not understood)."""
    same_audience(translator, warehouse, catalog, "customers who added an item to their cart in the last 7 days",
                  "SELECT customer_id FROM web.events WHERE customer_id IS NOT NULL AND event_type = 'add_to_cart' "
                  "AND event_ts >= DATE '2026-09-30' - INTERVAL 7 DAY")


# -- the first or latest event, said to be of a kind ---------------------------------------------------------------


@pytest.mark.parametrize("request_, edge, where", [
    ("shoppers whose first purchase was in a flagship store", "min", "p.fmt = 'flagship'"),
    ("customers whose first purchase with us happened online", "min", "p.ch = 'online'"),
    ("customers whose latest purchase was online and more than 3 months ago", "max",
     "p.ch = 'online' AND e.ts < DATE '2026-06-30'"),
    ("people whose last purchase was in store, more than 12 months ago", "max",
     "p.ch = 'store' AND e.ts < DATE '2025-09-30'"),
    ("customers whose last purchase was over $100", "max", "p.amount > 100"),    # not 'days since last purchase'
])
def test_the_first_or_latest_purchase_said_to_be_of_a_kind(translator, warehouse, catalog, request_, edge, where):
    """'whose first purchase was in a flagship store': the earliest purchase over every channel is a flagship
    store ticket (not: bought once in a flagship store, and any first purchase)."""
    r = same_audience(translator, warehouse, catalog, request_, edge_purchase(edge, where))
    assert len(r.definition.criteria) == 1, r.definition.to_text()


def _edge_order(edge: str, status: str) -> str:
    """Customers whose first (latest) order of any status has this status (ties: any order at that time)."""
    return (f"SELECT o.customer_id FROM ecom.orders o JOIN (SELECT customer_id, {edge}(order_ts) AS ts FROM ecom.orders "
            f"WHERE order_ts < DATE '2026-10-01' GROUP BY customer_id) f ON f.customer_id = o.customer_id "
            f"AND o.order_ts = f.ts WHERE o.status = '{status}'")


@pytest.mark.parametrize("request_, edge, lang", [
    ("people whose very first online order got cancelled", "min", None),
    ("customers whose first order was cancelled", "min", None),
    ("customers whose most recent order was cancelled", "max", None),
    ("clients dont la toute première commande en ligne a été annulée", "min", "fr"),
    ("clients dont la dernière commande a été annulée", "max", "fr"),
])
def test_the_first_or_latest_order_said_to_be_in_a_state_its_filter_leaves_out(translator, warehouse, catalog,
                                                                                request_, edge, lang):
    """'whose first order was cancelled': the state names another event of the orders' rows (the cancelled order);
    the first is taken among the orders in every state, then was cancelled (not: cancelled an order once)."""
    same_audience(translator, warehouse, catalog, request_, _edge_order(edge, "cancelled"), lang=lang)


@pytest.mark.parametrize("request_, gold", [
    ("customers who bought online for the first time this year",
     "SELECT customer_id FROM ecom.orders WHERE status <> 'cancelled' GROUP BY customer_id "
     "HAVING min(order_ts) >= DATE '2026-01-01'"),
    ("customers whose first purchase in store was in May",
     "SELECT customer_id FROM pos.transactions WHERE customer_id IS NOT NULL GROUP BY customer_id "
     "HAVING min(transaction_ts) >= DATE '2026-05-01' AND min(transaction_ts) < DATE '2026-06-01'"),
])
def test_the_first_of_those_said_with_the_behaviour(translator, warehouse, catalog, request_, gold):
    """'bought online for the first time this year', 'whose first purchase in store was in May': the first online
    order, the first store purchase (not: the first purchase of any channel, which was online or in store)."""
    same_audience(translator, warehouse, catalog, request_, gold)


def test_the_latest_order_over_an_amount_is_that_orders_amount(translator, warehouse, catalog):
    same_audience(translator, warehouse, catalog, "customers whose last order was over €150",
                  "SELECT o.customer_id FROM ecom.orders o JOIN (SELECT customer_id, max(order_ts) AS ts FROM ecom.orders "
                  "WHERE status <> 'cancelled' GROUP BY customer_id) e ON e.customer_id = o.customer_id "
                  "AND o.order_ts = e.ts WHERE o.status <> 'cancelled' AND o.total_amount > 150")


def test_a_first_purchase_narrowed_before_and_after_its_noun_is_noted(translator):
    """'whose first Nike purchase was in store': the first is taken among Nike purchases, and 'in store' cannot
    also say what it was: read as the first Nike store purchase, said in a note (never silently)."""
    r = translator.translate("customers whose first Nike purchase was in store", A)
    assert any("'in store' read as which events the first is taken among" in w for w in r.warnings), r.warnings


def test_what_the_latest_purchase_cannot_take_is_a_condition_of_its_own_said_in_a_note(translator):
    r = translator.translate("customers whose most recent purchase was made online, and twice in 2025", A)
    assert any("'twice in 2025' read as a condition of its own, not of the latest" in w for w in r.warnings), r.warnings


# -- a share ranked among the customers said in its phrase -----------------------------------------------------------

SHARE = ("SELECT customer_id FROM (SELECT p.customer_id, percent_rank() OVER (ORDER BY sum(p.amount)) AS pr "
         "FROM ({events}) p JOIN crm.customers c ON c.customer_id = p.customer_id WHERE c.country = '{country}' "
         "AND p.ts >= DATE '{start}' AND p.ts < DATE '{end}' GROUP BY p.customer_id) r WHERE pr >= {pr}")
ONLINE = "SELECT customer_id, order_ts AS ts, total_amount AS amount FROM ecom.orders WHERE status <> 'cancelled'"


@pytest.mark.parametrize("request_, events, country, start, end, pr", [
    ("top 10% of our Spanish customers by spend in 2025", PURCHASES, "ES", "2025-01-01", "2026-01-01", 0.9),
    ("top 5% of online spenders this year among our German customers", ONLINE, "DE", "2026-01-01", "2026-10-01", 0.95),
    ("among our Italian customers, the 10% who spent the most in 2025", PURCHASES, "IT", "2025-01-01", "2026-01-01",
     0.9),
])
def test_a_share_is_ranked_among_the_customers_said_in_its_phrase(translator, warehouse, catalog, request_, events,
                                                                  country, start, end, pr):
    """'top 10% of our Spanish customers': the best tenth of the Spanish customers who bought then, not the Spanish
    ones among the best tenth of everybody."""
    r = same_audience(translator, warehouse, catalog, request_,
                      SHARE.format(events=events, country=country, start=start, end=end, pr=pr))
    assert not any("ranked among" in w for w in r.warnings), r.warnings


def test_a_share_with_a_profile_criterion_said_apart_is_ranked_among_all_and_noted(translator):
    r = translator.translate("top 5% of online spenders this year, Italian customers only", A)
    assert any("ranked among all customers, then 'Italian' kept" in w for w in r.warnings), r.warnings
    r = translator.translate("Italian customers in the top 5% of online spenders this year", A)   # of all customers
    assert not any("ranked among" in w for w in r.warnings) and not r.definition.criteria[0].spec["among"], r.warnings


# -- how long a state has held: 'for more than N years', 'depuis plus de N ans' --------------------------------


@pytest.mark.parametrize("request_", [
    "clients inscrits depuis plus de cinq ans",
    "customers registered for more than 5 years",
    "shoppers who signed up for over five years",
])
def test_a_date_state_held_for_more_than_n_years_began_before_n_years_back(translator, warehouse, catalog, request_):
    same_audience(translator, warehouse, catalog, request_,
                  "SELECT customer_id FROM crm.customers WHERE signup_date < DATE '2026-09-30' - INTERVAL 5 YEAR")


@pytest.mark.parametrize("request_", [
    "customers for over 5 years",
    "members who have been with us for more than five years",
    "clients depuis plus de 5 ans",
])
def test_customers_for_more_than_n_years_joined_before_n_years_back_said_in_a_note(translator, warehouse, catalog,
                                                                                  request_):
    r = same_audience(translator, warehouse, catalog, request_,
                      "SELECT customer_id FROM crm.customers WHERE signup_date < DATE '2026-09-30' - INTERVAL 5 YEAR")
    assert len(r.warnings) == 1 and request_.split()[0] in r.warnings[0], r.warnings


def test_a_date_state_held_for_less_than_n_years_is_within_the_last_n(translator, warehouse, catalog):
    same_audience(translator, warehouse, catalog, "clientes inscrites depuis moins de 2 ans",
                  "SELECT customer_id FROM crm.customers WHERE gender = 'female' "
                  "AND signup_date >= DATE '2026-09-30' - INTERVAL 2 YEAR")


def test_a_date_state_held_for_n_years_is_at_least_that_long_said_in_a_note(translator, warehouse, catalog):
    r = same_audience(translator, warehouse, catalog, "clients inscrits depuis 4 ans",
                      "SELECT customer_id FROM crm.customers WHERE signup_date <= DATE '2026-09-30' - INTERVAL 4 YEAR")
    assert any("depuis 4 ans" in w for w in r.warnings), r.warnings


@pytest.mark.parametrize("request_", [
    "customers who haven't bought for more than 8 months",
    "clients qui n'ont rien acheté depuis plus de 8 mois",
])
def test_no_behaviour_for_more_than_n_months_is_none_in_the_last_n(translator, warehouse, catalog, request_):
    same_audience(translator, warehouse, catalog, request_,
                  f"SELECT customer_id FROM crm.customers EXCEPT SELECT customer_id FROM ({PURCHASES}) p "
                  "WHERE ts >= DATE '2026-09-30' - INTERVAL 8 MONTH")


# -- a share of the best-ranked: '5 %', '5%', 'five percent', '5 pour cent' -----------------------------------

ONLINE_2025 = ("SELECT customer_id, sum(total_amount) AS v FROM ecom.orders WHERE status <> 'cancelled' "
               "AND order_ts >= DATE '2025-01-01' AND order_ts < DATE '2026-01-01' GROUP BY customer_id")


@pytest.mark.parametrize("request_", [
    "les 8 % de clients qui ont le plus dépensé en ligne en 2025",
    "les 8% de clients qui ont le plus dépensé en ligne en 2025",
    "les 8 pour cent de clients qui ont le plus dépensé en ligne en 2025",
    "les huit pourcents de clients qui ont le plus dépensé en ligne en 2025",
    "the 8 % of customers who spent the most online in 2025",
    "the eight percent of shoppers who spent the most online in 2025",
])
def test_a_number_with_a_percent_sign_in_a_ranking_is_a_share_never_a_count(translator, warehouse, catalog, request_):
    r = same_audience(translator, warehouse, catalog, request_,
                      f"SELECT customer_id FROM (SELECT customer_id, percent_rank() OVER (ORDER BY v) AS pr "
                      f"FROM ({ONLINE_2025})) WHERE pr >= 0.92")
    assert not r.warnings, r.warnings


def test_the_n_percent_biggest_spenders_is_a_share(translator, warehouse, catalog):
    same_audience(translator, warehouse, catalog, "the 8% biggest online spenders in 2025",
                  f"SELECT customer_id FROM (SELECT customer_id, percent_rank() OVER (ORDER BY v) AS pr "
                  f"FROM ({ONLINE_2025})) WHERE pr >= 0.92")


# -- 'A and B' of a behaviour: one of each; a period said once after them is each one's -----------------------


def _bought(brand: str, since: str, until: str) -> str:
    """The customers with a purchase line of `brand` in [since, until), in store or online."""
    return ("SELECT t.customer_id FROM pos.transactions t JOIN pos.transaction_lines l USING (transaction_id) "
            f"JOIN pim.products p USING (product_id) WHERE t.customer_id IS NOT NULL AND p.brand = '{brand}' "
            f"AND t.transaction_ts >= DATE '{since}' AND t.transaction_ts < DATE '{until}' "
            "UNION SELECT o.customer_id FROM ecom.orders o JOIN ecom.order_lines l USING (order_id) "
            f"JOIN pim.products p USING (product_id) WHERE o.status <> 'cancelled' AND p.brand = '{brand}' "
            f"AND o.order_ts >= DATE '{since}' AND o.order_ts < DATE '{until}'")


@pytest.mark.parametrize("request_", [
    "customers who bought Asics and New Balance in 2025",
    "customers who bought both Asics and New Balance in 2025",
    "clients qui ont acheté du Asics ET du New Balance en 2025",
    "clients qui ont acheté à la fois du Asics et du New Balance en 2025",
])
def test_two_values_of_a_behaviour_joined_by_and_are_one_of_each(translator, warehouse, catalog, request_):
    same_audience(translator, warehouse, catalog, request_,
                  f"({_bought('Asics', '2025-01-01', '2026-01-01')}) INTERSECT "
                  f"({_bought('New Balance', '2025-01-01', '2026-01-01')})")


def test_what_is_said_after_the_second_value_is_each_ones(translator, warehouse, catalog):
    store = ("SELECT t.customer_id FROM pos.transactions t JOIN pos.transaction_lines l USING (transaction_id) "
             "JOIN pim.products p USING (product_id) WHERE t.customer_id IS NOT NULL AND p.brand = '{}' "
             "AND t.transaction_ts >= DATE '2025-01-01'")
    same_audience(translator, warehouse, catalog, "clients qui ont acheté du Asics et du New Balance en magasin "
                  "depuis janvier 2025", f"{store.format('Asics')} INTERSECT {store.format('New Balance')}")


def test_values_of_the_profile_joined_by_and_stay_a_list(translator, warehouse, catalog):
    same_audience(translator, warehouse, catalog, "clientes de Lyon et Marseille",
                  "SELECT customer_id FROM crm.customers WHERE gender = 'female' AND city IN ('Lyon', 'Marseille')")


def test_values_the_profile_also_has_read_as_a_behaviours_are_one_of_each(translator, warehouse, catalog):
    store = ("SELECT t.customer_id FROM pos.transactions t JOIN pos.stores s USING (store_id) "
             "WHERE t.customer_id IS NOT NULL AND s.country = '{}'")
    same_audience(translator, warehouse, catalog, "customers who shopped in our stores in both Spain and Italy",
                  f"{store.format('ES')} INTERSECT {store.format('IT')}")
    category = ("SELECT o.customer_id FROM ecom.orders o JOIN ecom.order_lines l USING (order_id) JOIN pim.products p "
                "USING (product_id) WHERE o.status <> 'cancelled' AND p.category = '{}' "
                "AND o.order_ts >= DATE '2026-01-01'")
    same_audience(translator, warehouse, catalog, "customers who bought shoes and beauty online this year",
                  f"{category.format('shoes')} INTERSECT {category.format('beauty')}")


def test_a_behaviour_said_never_of_two_values_is_neither(translator, warehouse, catalog):
    same_audience(translator, warehouse, catalog, "customers who never bought Asics and New Balance",
                  "SELECT customer_id FROM crm.customers EXCEPT SELECT customer_id FROM ("
                  f"{_bought('Asics', '2000-01-01', '2026-10-01')} UNION "
                  f"{_bought('New Balance', '2000-01-01', '2026-10-01')})")


@pytest.mark.parametrize("request_", [
    "store purchase and online order since March",
    "achat en magasin ET achat en ligne depuis mars",
    "clients avec un achat en magasin et une commande en ligne depuis mars",
])
def test_a_period_said_once_after_two_behaviours_is_each_ones(translator, warehouse, catalog, request_):
    r = same_audience(translator, warehouse, catalog, request_,
                      "SELECT customer_id FROM pos.transactions WHERE customer_id IS NOT NULL "
                      "AND transaction_ts >= DATE '2026-03-01' INTERSECT SELECT customer_id FROM ecom.orders "
                      "WHERE status <> 'cancelled' AND order_ts >= DATE '2026-03-01'")
    assert not r.warnings, r.warnings


def test_a_period_said_once_after_behaviours_of_two_kinds_is_each_ones_said_in_a_note(translator, warehouse,
                                                                                        catalog):
    r = same_audience(translator, warehouse, catalog,
                      "customers who bought in store and clicked an email in the last 2 months",
                      "SELECT customer_id FROM pos.transactions WHERE customer_id IS NOT NULL "
                      "AND transaction_ts >= DATE '2026-09-30' - INTERVAL 2 MONTH INTERSECT "
                      "SELECT m.customer_id FROM marketing.messages m JOIN marketing.campaigns c USING (campaign_id) "
                      "WHERE c.channel = 'email' AND m.clicked_at >= DATE '2026-09-30' - INTERVAL 2 MONTH")
    assert any("bought in store" in w for w in r.warnings), r.warnings


# -- words before a colon: the audience named (an article and a catalog word), or a title that narrows nothing --

ONLINE_SINCE_MARCH = "SELECT customer_id FROM ecom.orders WHERE status <> 'cancelled' AND order_ts >= DATE '2026-03-01'"


@pytest.mark.parametrize("request_, city", [
    ("nos clients lyonnais : commande en ligne depuis mars", "Lyon"),
    ("our Madrid customers - bought online since March", "Madrid"),
])
def test_an_article_and_a_catalog_word_before_a_colon_name_the_audience(translator, warehouse, catalog, request_,
                                                                       city):
    r = same_audience(translator, warehouse, catalog, request_,
                      f"SELECT customer_id FROM crm.customers WHERE city = '{city}' INTERSECT {ONLINE_SINCE_MARCH}")
    assert not r.ignored, r.ignored


@pytest.mark.parametrize("request_, value", [
    ("VIP weekend: customers who bought online since March", "VIP"),
    ("Soirée Lyon : clients ayant commandé en ligne depuis mars", "Lyon"),
])
def test_a_customer_value_named_only_in_a_title_is_noted_not_dropped_silently(translator, warehouse, catalog,
                                                                              request_, value):
    r = same_audience(translator, warehouse, catalog, request_, ONLINE_SINCE_MARCH)
    assert r.ignored and any(value in w and ("title" in w or "titre" in w) for w in r.warnings), r.warnings


def test_a_value_a_title_names_and_the_request_says_again_needs_no_note(translator, warehouse, catalog):
    r = same_audience(translator, warehouse, catalog, "Soirée VIP : clients VIP ayant commandé en ligne depuis mars",
                      f"SELECT customer_id FROM crm.customers WHERE loyalty_tier = 'vip' INTERSECT {ONLINE_SINCE_MARCH}")
    assert not r.warnings, r.warnings


# -- a state of the event said right after it -------------------------------------------------------------------

UNRESOLVED_DELIVERY = ("SELECT customer_id FROM service.tickets WHERE topic = 'delivery' "
                       "AND status IN ('open', 'pending')")


@pytest.mark.parametrize("request_, gold", [
    ("customers with a delivery complaint that still hasn't been resolved", UNRESOLVED_DELIVERY),
    ("customers with a support ticket about delivery which is not closed yet", UNRESOLVED_DELIVERY),
    ("customers with a ticket that is not closed", "SELECT customer_id FROM service.tickets WHERE status <> 'closed'"),
    ("customers with a delivery complaint that is still open",
     "SELECT customer_id FROM service.tickets WHERE topic = 'delivery' AND status = 'open'"),
    ("clients ayant une réclamation livraison toujours pas résolue", UNRESOLVED_DELIVERY),
    ("clients avec un ticket livraison qui n'a pas encore été résolu", UNRESOLVED_DELIVERY),
    ("clients dont le ticket livraison n'est pas clôturé", UNRESOLVED_DELIVERY),
])
def test_a_state_said_after_a_behaviour_is_that_events(translator, warehouse, catalog, request_, gold):
    """'a complaint that hasn't been resolved' is a ticket still open or pending: read as a behaviour of its own it
    was 'no closed ticket at all', which every customer who never wrote to the service meets, silently."""
    same_audience(translator, warehouse, catalog, request_, gold)


@pytest.mark.parametrize("request_, gold", [
    ("customers who have not opened a ticket about delivery",
     "SELECT customer_id FROM crm.customers EXCEPT SELECT customer_id FROM service.tickets WHERE topic = 'delivery'"),
    ("clients qui n'ont pas acheté en magasin",
     "SELECT customer_id FROM crm.customers EXCEPT SELECT customer_id FROM pos.transactions"),
])
def test_a_negation_before_the_behaviour_still_denies_the_behaviour(translator, warehouse, catalog, request_, gold):
    same_audience(translator, warehouse, catalog, request_, gold)


# -- one day ----------------------------------------------------------------------------------------------------

SEPT_12 = ("SELECT customer_id FROM pos.transactions WHERE customer_id IS NOT NULL "
           "AND transaction_ts >= DATE '2026-09-12' AND transaction_ts < DATE '2026-09-13'")


@pytest.mark.parametrize("request_, gold", [
    ("customers who bought in store on September 12", SEPT_12),
    ("customers who bought in store on 12 September 2026", SEPT_12),
    ("clients ayant acheté en magasin le 12 septembre", SEPT_12),
    ("customers who bought in store in March 3 times",
     "SELECT customer_id FROM pos.transactions WHERE customer_id IS NOT NULL AND transaction_ts >= DATE '2026-03-01' "
     "AND transaction_ts < DATE '2026-04-01' GROUP BY customer_id HAVING count(*) >= 3"),
])
def test_a_day_and_a_month_are_one_day(translator, warehouse, catalog, request_, gold):
    """'on September 12', 'le 12 septembre' is that day: it was 'at least 12 times in September', with a note
    naming '12'; a number after a month that counts times stays a count."""
    same_audience(translator, warehouse, catalog, request_, gold)


# -- the words of a request for a list: its verbs, people nouns, contractions, a question of size -------------


@pytest.mark.parametrize("request_, gold", [
    ("grab Lyon folks who've opted in to SMS",
     "SELECT c.customer_id FROM crm.customers c JOIN crm.consents k ON k.customer_id = c.customer_id "
     "AND k.channel = 'sms' AND k.opted_in WHERE c.city = 'Lyon'"),
    ("pull silver members in Berlin",
     "SELECT customer_id FROM crm.customers WHERE loyalty_tier = 'silver' AND city = 'Berlin'"),
    ("How many VIP customers live in Madrid?",
     "SELECT customer_id FROM crm.customers WHERE loyalty_tier = 'vip' AND city = 'Madrid'"),
])
def test_request_verbs_people_nouns_and_contractions_are_grammar(translator, warehouse, catalog, request_, gold):
    """'pull', 'grab', 'folks', "who've", 'How many' ask for the list: each was asked about as an unknown word."""
    same_audience(translator, warehouse, catalog, request_, gold)


def test_how_many_alone_is_still_a_vague_count(translator):
    asks(translator, "How many VIP customers placed many orders this year?", "many")


# -- numbers said with a scale word ---------------------------------------------------------------------------


@pytest.mark.parametrize("request_, gold", [
    ("gold members with over twelve hundred points",
     "SELECT customer_id FROM crm.customers WHERE loyalty_tier = 'gold' AND loyalty_points > 1200"),
    ("VIPs with at least three thousand five hundred points",
     "SELECT customer_id FROM crm.customers WHERE loyalty_tier = 'vip' AND loyalty_points >= 3500"),
    ("customers who spent more than two hundred and fifty euros on one order this year",
     "SELECT customer_id FROM ecom.orders WHERE status <> 'cancelled' AND total_amount > 250 "
     "AND order_ts >= DATE '2026-01-01'"),
])
def test_number_words_with_a_scale_are_one_number(translator, warehouse, catalog, request_, gold):
    """'twelve hundred' is 1200 ('hundred' was asked about, the number read as 12)."""
    same_audience(translator, warehouse, catalog, request_, gold)


# -- a bracket that says how near the customers are to something else ----------------------------------------


def test_a_bracket_saying_how_near_is_an_aside(translator, warehouse, catalog):
    r = same_audience(translator, warehouse, catalog, "silver members in Paris with over 900 points (close to gold)",
                      "SELECT customer_id FROM crm.customers WHERE loyalty_tier = 'silver' AND city = 'Paris' "
                      "AND loyalty_points > 900")
    assert r.ignored == ["close to gold"], r.ignored


def test_a_near_word_before_a_number_in_a_bracket_is_still_asked(translator):
    asks(translator, "customers aged over 30 (almost 40)", "almost")


def test_an_aside_about_what_we_are_doing_is_ignored(translator, warehouse, catalog):
    r = same_audience(translator, warehouse, catalog, "VIP customers in Lyon, we're planning a dinner",
                      "SELECT customer_id FROM crm.customers WHERE loyalty_tier = 'vip' AND city = 'Lyon'")
    assert r.ignored == ["we're planning a dinner"], r.ignored


# -- the catalog's words a marketer uses: redeem a coupon, tap a push, phone us, accept a channel --------------


@pytest.mark.parametrize("request_, gold", [
    ("customers who redeemed WELCOME10 on an online order",
     "SELECT customer_id FROM ecom.orders WHERE status <> 'cancelled' AND coupon_code = 'WELCOME10'"),
    ("shoppers who tapped a push notification in August",
     "SELECT m.customer_id FROM marketing.messages m JOIN marketing.campaigns c USING (campaign_id) "
     "WHERE c.channel = 'push' AND m.clicked_at >= DATE '2026-08-01' AND m.clicked_at < DATE '2026-09-01'"),
    ("customers who phoned us about a refund this year",
     "SELECT customer_id FROM service.tickets WHERE channel = 'phone' AND topic = 'refund' "
     "AND created_at >= DATE '2026-01-01'"),
    ("Women in Chicago who accept SMS",
     "SELECT c.customer_id FROM crm.customers c JOIN crm.consents k ON k.customer_id = c.customer_id "
     "AND k.channel = 'sms' AND k.opted_in WHERE c.gender = 'female' AND c.city = 'Chicago'"),
])
def test_marketers_words_for_catalog_attributes(translator, warehouse, catalog, request_, gold):
    same_audience(translator, warehouse, catalog, request_, gold)


# -- the number of the things named before, said with the determiner that points back at them ---------------


def test_those_two_points_back_at_what_was_named(translator, warehouse, catalog):
    """'nothing from those two brands': the brands named before ('two' was asked about as an unknown word)."""
    lines = ("SELECT customer_id, ts FROM (SELECT t.customer_id, t.transaction_ts AS ts, p.brand FROM pos.transactions t "
             "JOIN pos.transaction_lines l USING (transaction_id) JOIN pim.products p USING (product_id) "
             "WHERE t.customer_id IS NOT NULL UNION ALL SELECT o.customer_id, o.order_ts, p.brand FROM ecom.orders o "
             "JOIN ecom.order_lines l USING (order_id) JOIN pim.products p USING (product_id) "
             "WHERE o.status <> 'cancelled') x WHERE brand IN ('Nike', 'Puma')")
    same_audience(translator, warehouse, catalog,
                  "customers who bought Nike or Puma in the last 12 months but nothing from those two brands in the "
                  "last 2 months",
                  f"SELECT customer_id FROM ({lines}) a WHERE ts >= DATE '2026-09-30' - INTERVAL 12 MONTH "
                  f"EXCEPT SELECT customer_id FROM ({lines}) b WHERE ts >= DATE '2026-09-30' - INTERVAL 2 MONTH")


def test_the_two_before_a_noun_is_still_a_count(translator):
    r = translator.translate("customers who placed the two orders", A)
    assert [c.label for c in r.definition.criteria] == ["online order (at least 2 times)"], r.definition.to_text()
    assert r.warnings == ["'two' read as at least 2"], r.warnings


# -- a number of behaviours said in words -------------------------------------------------------------------


@pytest.mark.parametrize("request_, lang", [
    ("customers who placed three orders in H1", None),
    ("clients ayant passé trois commandes au S1", "fr"),
])
def test_a_number_word_before_a_behaviour_counts_it_as_a_digit_does(translator, warehouse, catalog, request_, lang):
    """'three orders' is read as '3 orders' is (at least 3, said in a note): 'three' was asked about."""
    r = same_audience(translator, warehouse, catalog, request_,
                      "SELECT customer_id FROM ecom.orders WHERE status <> 'cancelled' AND order_ts >= DATE '2026-01-01' "
                      "AND order_ts < DATE '2026-07-01' GROUP BY customer_id HAVING count(*) >= 3", lang)
    assert r.warnings, "a bare count is read 'at least' with a note"


def test_french_one_of_the_two_points_back_at_what_was_named(translator, warehouse, catalog):
    """'l'une des deux marques Nike ou Puma' ('deux' was asked about)."""
    same_audience(translator, warehouse, catalog,
                  "clients ayant acheté l'une des deux marques Nike ou Puma cette année",
                  "SELECT t.customer_id FROM pos.transactions t JOIN pos.transaction_lines l USING (transaction_id) "
                  "JOIN pim.products p USING (product_id) WHERE t.customer_id IS NOT NULL AND p.brand IN ('Nike', 'Puma') "
                  "AND t.transaction_ts >= DATE '2026-01-01' UNION SELECT o.customer_id FROM ecom.orders o "
                  "JOIN ecom.order_lines l USING (order_id) JOIN pim.products p USING (product_id) "
                  "WHERE o.status <> 'cancelled' AND p.brand IN ('Nike', 'Puma') AND o.order_ts >= DATE '2026-01-01'",
                  "fr")


def test_a_french_order_placed_somewhere(translator, warehouse, catalog):
    """'une commande passée dans l'appli': placed there ('passée' was asked about)."""
    same_audience(translator, warehouse, catalog,
                  "clients ayant utilisé le code WELCOME10 sur une commande passée dans l'appli",
                  "SELECT customer_id FROM ecom.orders WHERE status <> 'cancelled' AND coupon_code = 'WELCOME10' "
                  "AND device = 'app'", "fr")


# -- other names of a free-text value, per language (catalog `names:`) ---------------------------------------


@pytest.mark.parametrize("request_, lang, cities", [
    ("women in LA or Chicago", None, "'Los Angeles', 'Chicago'"),
    ("clientes de Bruxelles, Anvers ou Gand", "fr", "'Brussels', 'Antwerp', 'Ghent'"),
    ("clientes de la ville de Séville ou de Valence", "fr", "'Seville', 'Valencia'"),   # 'la' is no LA in French
])
def test_a_city_by_another_of_its_names(translator, warehouse, catalog, request_, lang, cities):
    """'LA', 'Bruxelles', 'Valence' name the warehouse's 'Los Angeles', 'Brussels', 'Valencia' (each was asked)."""
    same_audience(translator, warehouse, catalog, request_,
                  f"SELECT customer_id FROM crm.customers WHERE gender = 'female' AND city IN ({cities})", lang)


# -- an age reached in a year: a year of birth --------------------------------------------------------------


@pytest.mark.parametrize("request_, lang, year", [
    ("customers in France turning 18 this year", None, 2008),
    ("VIP customers turning 40 next year", None, 1987),
    ("clients en France qui fêtent leurs 18 ans cette année", "fr", 2008),
    ("clients VIP qui auront 40 ans l'an prochain", "fr", 1987),
])
def test_turning_an_age_this_year_is_a_year_of_birth(translator, warehouse, catalog, request_, lang, year):
    """'turning 30 this year' is born in 1996, the birthday passed or not (it was read 'aged at least 30' and
    'turning', 'year' were asked about)."""
    where = "country = 'FR'" if "France" in request_ else "loyalty_tier = 'vip'"
    same_audience(translator, warehouse, catalog, request_,
                  f"SELECT customer_id FROM crm.customers WHERE {where} AND year(birth_date) = {year}", lang)


def test_a_name_in_quotes_in_an_aside_is_nothing_to_use(translator, warehouse, catalog):
    """After the dash, an aside that names the mailer in quotes ('VIP 2026' holds a catalog word and a number, which
    made the aside something to use): its words were asked about."""
    r = same_audience(translator, warehouse, catalog, "VIP customers in Paris - we're doing a 'VIP 2026' dinner",
                      "SELECT customer_id FROM crm.customers WHERE loyalty_tier = 'vip' AND city = 'Paris'")
    assert r.ignored == ["we're doing a 'VIP 2026' dinner"], r.ignored


def test_a_behaviours_value_after_another_behaviour_names_its_own(translator, warehouse, catalog):
    """'visited the site in August but never added anything to their cart that month': the cart is a web event of
    its own, not a value of the visit said before (which has none: it was asked about)."""
    same_audience(translator, warehouse, catalog,
                  "customers who visited the site in August but never added anything to their cart that month",
                  "SELECT customer_id FROM web.sessions WHERE customer_id IS NOT NULL AND started_at >= DATE '2026-08-01' "
                  "AND started_at < DATE '2026-09-01' EXCEPT SELECT customer_id FROM web.events "
                  "WHERE event_type = 'add_to_cart' AND event_ts >= DATE '2026-08-01' AND event_ts < DATE '2026-09-01'")


@pytest.mark.parametrize("request_, lang, aside", [
    ("How many VIP customers live in Madrid? need the list for our spring newsletter", None,
     "need the list for our spring newsletter"),
    ("Combien de clients VIP habitent à Madrid ? il me faut la liste pour la newsletter de printemps", "fr",
     "il me faut la liste pour la newsletter de printemps"),
])
def test_a_sentence_saying_what_the_list_is_for_is_an_aside(translator, warehouse, catalog, request_, lang, aside):
    """Its catalog words ('newsletter', 'spring') made it something to use: they were read, the rest asked about."""
    r = same_audience(translator, warehouse, catalog, request_,
                      "SELECT customer_id FROM crm.customers WHERE loyalty_tier = 'vip' AND city = 'Madrid'", lang)
    assert r.ignored == [aside], r.ignored


@pytest.mark.parametrize("request_, lang", [
    ("women who viewed or wishlisted sports products in the last 14 days", None),
    ("femmes qui ont vu ou mis en favoris des articles de sport ces 14 derniers jours", "fr"),
])
def test_two_behaviours_share_the_thing_said_after_both(translator, warehouse, catalog, request_, lang):
    """'viewed or wishlisted shoes': the catalog's 'viewed a product' takes the thing said after the second verb
    ('viewed' alone was asked about)."""
    same_audience(translator, warehouse, catalog, request_,
                  "SELECT c.customer_id FROM crm.customers c JOIN web.events e ON e.customer_id = c.customer_id "
                  "JOIN pim.products p ON p.product_id = e.product_id WHERE c.gender = 'female' "
                  "AND e.event_type IN ('product_view', 'wishlist_add') AND p.category = 'sports' "
                  "AND e.event_ts >= DATE '2026-09-30' - INTERVAL 14 DAY", lang)


@pytest.mark.parametrize("request_, lang, lead", [
    ("For the seniors workshop in our new Geneva venue we're going broad: all our customers aged 80 to 90", None,
     "For the seniors workshop in our new Geneva venue we're going broad"),
    ("Pour l'atelier seniors de notre nouveau lieu à Genève on cible large : tous nos clients de huitante à nonante ans",
     "fr", "Pour l'atelier seniors de notre nouveau lieu à Genève on cible large"),
])
def test_a_long_lead_in_saying_what_for_is_an_aside(translator, warehouse, catalog, request_, lang, lead):
    """A lead-in before the colon that opens like an aside ('For ...', 'Pour ...') and holds nothing to use: too
    long for a title, its words were asked about."""
    r = same_audience(translator, warehouse, catalog, request_,
                      "SELECT customer_id FROM crm.customers WHERE date_diff('year', birth_date, DATE '2026-09-30') "
                      "- CASE WHEN strftime(birth_date, '%m-%d') > '09-30' THEN 1 ELSE 0 END BETWEEN 80 AND 90", lang)
    assert r.ignored == [lead], r.ignored


@pytest.mark.parametrize("request_, lang", [
    ("customers who looked at Nike products on a tablet in the last 30 days", None),
    ("clients qui ont consulté des produits Nike sur une tablette ces 30 derniers jours", "fr"),
])
def test_the_device_of_a_web_event_is_its_sessions(translator, warehouse, catalog, request_, lang):
    """'looked at Nike products on a tablet': the catalog gives the web event its session's device (a dimension
    reached through the session); 'tablet' was asked about."""
    same_audience(translator, warehouse, catalog, request_,
                  "SELECT e.customer_id FROM web.events e JOIN web.sessions s ON s.session_id = e.session_id "
                  "JOIN pim.products p ON p.product_id = e.product_id WHERE e.customer_id IS NOT NULL "
                  "AND e.event_type = 'product_view' AND p.brand = 'Nike' AND s.device_type = 'tablet' "
                  "AND e.event_ts >= DATE '2026-09-30' - INTERVAL 30 DAY", lang)


# -- a yes/no held per value: 'and' between two of its values requires both ---------------------------------

CONSENT = "SELECT customer_id FROM crm.consents WHERE channel = '{}' AND opted_in"


@pytest.mark.parametrize("request_, lang, channels", [
    ("customers opted in to push and email", None, ("push", "email")),
    ("customers opted in to push, email and SMS", None, ("push", "email", "sms")),
    ("clients optin push et e-mail", "fr", ("push", "email")),
    ("clients de Montréal qui ont accepté les notifs push pis les courriels", "fr", ("push", "email")),
])
def test_and_between_consents_requires_each(translator, warehouse, catalog, request_, lang, channels):
    """A consent is a row per channel: 'opted in to push and email' is both consents (it was read as either,
    silently, as 'Paris and Lyon' is); Quebec 'pis' is 'and'."""
    gold = " INTERSECT ".join(CONSENT.format(c) for c in channels)
    if "Montréal" in request_:
        gold = f"SELECT customer_id FROM crm.customers WHERE city = 'Montreal' INTERSECT {gold}"
    same_audience(translator, warehouse, catalog, request_, gold, lang)


def test_or_between_consents_is_still_either(translator, warehouse, catalog):
    same_audience(translator, warehouse, catalog, "customers opted in to push, email or SMS",
                  " UNION ".join(CONSENT.format(c) for c in ("push", "email", "sms")))


def test_a_day_no_month_has_is_flagged_not_a_crash(translator):
    """'since 31 September' raised a ValueError (a traceback for the user); it is now read with a note on '31'."""
    r = translator.translate("customers who bought in store since 31 September", A)
    assert r.warnings or r.clarifications, (r.status, r.warnings)


ORDERS_14_DAYS = ("SELECT customer_id FROM ecom.orders WHERE status <> 'cancelled' "
                  "AND order_ts >= DATE '2026-09-30' - INTERVAL 14 DAY")


@pytest.mark.parametrize("request_, gold", [
    ("customers who ordered online in the last fortnight", ORDERS_14_DAYS),
    ("clients ayant commandé en ligne ces quinze derniers jours", ORDERS_14_DAYS),
    ("clients ayant commandé en ligne depuis quinze jours", ORDERS_14_DAYS),
    ("clients ayant commandé en ligne ces 15 derniers jours",
     "SELECT customer_id FROM ecom.orders WHERE status <> 'cancelled' AND order_ts >= DATE '2026-09-30' - INTERVAL 15 DAY"),
])
def test_a_fortnight_and_quinze_jours_are_two_weeks(translator, warehouse, catalog, request_, gold):
    """'the last fortnight' was not understood; French 'quinze jours' says two weeks by custom (15 in figures stays
    15 days)."""
    same_audience(translator, warehouse, catalog, request_, gold)


@pytest.mark.parametrize("request_", [
    "top 5% by store spend in 2025 - Belgian customers only",
    "top 5 % en dépenses en magasin en 2025 - seulement les clients belges",
])
def test_a_ranking_before_a_dash_is_read_not_dropped_as_a_title(translator, request_):
    """The words before a dash were a brief's title, dropped: the ranking with them, so the answer was every Belgian
    customer, silently. A campaign's name holds no ranking."""
    r = translator.translate(request_, A)
    assert r.status == "ok" and not r.ignored and len(r.definition.criteria) == 2, (r.status, r.ignored,
                                                                                     r.definition.to_text())


@pytest.mark.parametrize("request_, expected", [
    ("RETURNED ORDERS IN AUGUST - NEED THE CUSTOMERS", "online order, status returned from 2026-08-01 to 2026-08-31"),
    ("COMMANDES RETOURNEES EN AOUT - IL ME FAUT LES CLIENTS",
     "commande en ligne, statut de commande retournée du 2026-08-01 au 2026-08-31"),
])
def test_words_before_a_dash_are_no_title_when_the_rest_names_only_the_customers(translator, request_, expected):
    """After the dash only the customers are named: the words before were dropped as a title and the answer was
    every customer (warned, but 20,000 people for a few hundred returns)."""
    r = translator.translate(request_, A)
    assert r.status == "ok" and not r.ignored and [c.label for c in r.definition.criteria] == [expected], (
        r.status, r.ignored, r.definition.to_text())


def test_a_title_with_nothing_after_but_the_customers_is_refused_not_everyone(translator):
    r = translator.translate("Spring relaunch - customers", A)
    assert r.status == "refused" and "Spring relaunch" in r.message


@pytest.mark.parametrize("request_", [
    "customers who have bought only once, and that was more than 6 months ago",
    "clients qui n'ont acheté qu'une seule fois chez nous, et c'était il y a plus de 6 mois",
])
def test_a_period_said_of_the_same_behaviour_again_is_not_the_counts(translator, warehouse, catalog, request_):
    """'only once, and that was ...': the period was also given to the count as 'said once after both', so 'once'
    was counted before the date only and a customer who bought again since was kept, silently."""
    gold = (f"SELECT customer_id FROM ({PURCHASES}) p GROUP BY customer_id HAVING count(*) = 1 "
            "AND max(ts) < DATE '2026-03-30'")
    same_audience(translator, warehouse, catalog, request_, gold)


@pytest.mark.parametrize("request_", [
    "customers who placed three or more orders in the app, of over 100 euros each, in H1",
    "clients qui ont passé trois commandes ou plus dans l'appli, de plus de 100 € chacune, au S1",
])
def test_an_amount_and_a_period_said_after_a_comma_are_the_counted_behaviours(translator, warehouse, catalog, request_):
    """Each clause after a comma was a behaviour of its own: 3 app orders ever, app orders totalling over 100, one
    app order in H1, silently (English; French asked about 'chacune')."""
    gold = ("SELECT customer_id FROM ecom.orders WHERE status <> 'cancelled' AND device = 'app' AND total_amount > 100 "
            "AND order_ts >= DATE '2026-01-01' AND order_ts < DATE '2026-07-01' GROUP BY customer_id HAVING count(*) >= 3")
    same_audience(translator, warehouse, catalog, request_, gold)


@pytest.mark.parametrize("request_", [
    "customers with at least 2 tickets with satisfaction 5",
    "clients avec au moins 2 tickets avec une satisfaction de 5",
])
def test_a_value_said_with_after_a_count_is_the_counted_events(translator, warehouse, catalog, request_):
    """'at least 2 tickets with satisfaction 5' was 2 tickets of any score and one ticket rated 5, silently."""
    gold = ("SELECT customer_id FROM service.tickets WHERE satisfaction_score = 5 GROUP BY customer_id "
            "HAVING count(*) >= 2")
    same_audience(translator, warehouse, catalog, request_, gold)


@pytest.mark.parametrize("request_, phrase", [
    ("Customers in France who bought shoes this year. No minors obviously.", "minors"),
    ("Clients en France qui ont acheté des chaussures cette année. Pas de mineurs évidemment.", "mineurs"),
])
def test_a_sentence_that_denies_something_unknown_is_asked_not_set_aside(translator, request_, phrase):
    """A sentence with no catalog word was an aside, shown as ignored: 'No minors' restricts the audience."""
    r = translator.translate(request_, A)
    assert r.status == "clarify" and phrase in r.unrecognized, (r.status, r.ignored, r.unrecognized)


# -- a verb said in another form than the catalog's: an infinitive, a gerund, an agreeing participle ----------

RECEIVED_NOT_OPENED = (
    "SELECT m.customer_id FROM marketing.messages m JOIN marketing.campaigns c USING (campaign_id) "
    "WHERE c.channel = 'email' AND m.sent_at >= DATE '2026-08-01' AND m.sent_at < DATE '2026-09-01' "
    "EXCEPT SELECT m.customer_id FROM marketing.messages m JOIN marketing.campaigns c USING (campaign_id) "
    "WHERE c.channel = 'email' AND m.opened_at >= DATE '2026-08-01' AND m.opened_at < DATE '2026-09-01'")


@pytest.mark.parametrize("request_", [
    "ont reçu un e-mail en août sans l'ouvrir",
    "clients qui ont reçu un e-mail en août sans jamais l'ouvrir",
    "received an email in August without opening it",
])
def test_an_infinitive_or_gerund_after_sans_or_without_is_the_catalogs_participle(translator, warehouse, catalog,
                                                                                  request_):
    """'sans l'ouvrir' and 'without opening it' name the behaviour the catalog says 'ouvert', 'opened': the verb
    was asked about ('ouvrir', 'opening'), and "l'" is the pronoun of what was named before (its channel kept)."""
    same_audience(translator, warehouse, catalog, request_, RECEIVED_NOT_OPENED)


@pytest.mark.parametrize("request_", [
    "Tous ceux qui nous ont rejoints par parrainage cette année",
    "Toutes celles qui nous ont rejointes par parrainage cette année",
])
def test_a_participle_agrees_after_its_auxiliary(translator, warehouse, catalog, request_):
    """The catalog writes 'ont rejoint': 'nous ont rejoints', 'rejointes', were asked about. A participle after the
    phrase's auxiliary agrees too, and so does the ending -int."""
    same_audience(translator, warehouse, catalog, request_, "SELECT customer_id FROM crm.customers "
                  "WHERE acquisition_channel = 'referral' AND signup_date >= DATE '2026-01-01'")


@pytest.mark.parametrize("request_, channel", [
    ("Ceux qui ont dit oui aux notifs push", "push"),
    ("clients qui ont donné leur accord pour les SMS", "sms"),
    ("customers who have push notifications switched on", "push"),
    ("customers who turned on email", "email"),
])
def test_a_consent_said_with_a_light_verb(translator, warehouse, catalog, request_, channel):
    """'dit oui aux', 'donné leur accord pour', 'switched on': a consent, said with a verb and its object ('dit',
    'accord', 'switched' were asked about)."""
    same_audience(translator, warehouse, catalog, request_,
                  f"SELECT customer_id FROM crm.consents WHERE channel = '{channel}' AND opted_in")


# ('clients qui ont dit non aux e-mails' is a recorded no: tests/test_consent_periods.py)
@pytest.mark.parametrize("request_", ["customers who have push notifications switched off"])
def test_the_opposite_of_a_consent_is_still_asked(translator, request_):
    r = translator.translate(request_, A)
    assert r.status == "clarify", r.definition.to_text()


CART_BRANDS = ("SELECT e.customer_id FROM web.events e JOIN pim.products p USING (product_id) "
               "WHERE e.customer_id IS NOT NULL AND e.event_type = 'add_to_cart' AND p.brand IN ('Bose', 'JBL') "
               "AND e.event_ts >= DATE '2026-09-30' - INTERVAL 2 MONTH")


@pytest.mark.parametrize("request_", [
    "Ont mis un article Bose ou JBL dans leur panier ces deux derniers mois",
    "ont ajouté un produit Bose ou JBL à leur panier ces deux derniers mois",
    "Put a Bose or JBL item in their cart over the past two months",
    "customers who added a Bose or JBL product to their basket in the last 2 months",
])
def test_values_listed_in_the_place_of_a_behaviours_thing(translator, warehouse, catalog, request_):
    """'un article Bose ou JBL', 'a Bose or JBL item': the place of the thing a behaviour was about holds values
    joined by 'or' (one value was read, two asked the verb); 'put in their basket', 'à leur panier' are the
    catalog's add to cart."""
    same_audience(translator, warehouse, catalog, request_, CART_BRANDS)


@pytest.mark.parametrize("request_", ["Clients qui sont passés en caisse à Rivoli cette année",
                                      "clientes et clients passés en caisse à Rivoli cette année"])
def test_passer_en_caisse_is_a_store_purchase(translator, warehouse, catalog, request_):
    """'passés en caisse' (at the till: they paid): the catalog's store purchase, its participle agreeing ('passés'
    was asked about). Not 'passés en magasin', which may be without buying anything."""
    same_audience(translator, warehouse, catalog, request_,
                  "SELECT t.customer_id FROM pos.transactions t JOIN pos.stores s USING (store_id) "
                  "WHERE t.customer_id IS NOT NULL AND s.store_name = 'Paris Rivoli' AND t.transaction_ts >= DATE '2026-01-01'")


LOW_CHAT_RATING = ("SELECT customer_id FROM service.tickets WHERE channel = 'chat' AND satisfaction_score IN (1, 2) "
                   "AND created_at >= DATE '2026-01-01'")


@pytest.mark.parametrize("request_", [
    "tickets chat notés 1 ou 2 cette année",
    "clients qui nous ont mis une note de 1 ou 2 pour un ticket chat cette année",   # ("2 sur 5": a scale)
    "chat tickets rated 1 or 2 this year",
])
def test_a_rating_said_as_a_participle_or_a_light_verb(translator, warehouse, catalog, request_):
    """'notés 1 ou 2' (the participle of 'note'), 'mis une note de 1 ou 2': the ticket's rating ('notés', 'mis' were
    asked about), as English 'rated'."""
    same_audience(translator, warehouse, catalog, request_, LOW_CHAT_RATING)


@pytest.mark.parametrize("request_", [
    "ont écrit au service client par courriel en août",
    "Les membres qui ont écrit au service à la clientèle par courriel en août",
    "customers who wrote to customer service by email in August",
])
def test_writing_to_customer_service_is_a_ticket(translator, warehouse, catalog, request_):
    """'écrit au service client', 'wrote to customer service': a ticket, by the channel said ('écrit', 'wrote',
    'service' were asked about)."""
    same_audience(translator, warehouse, catalog, request_,
                  "SELECT customer_id FROM service.tickets WHERE channel = 'email' "
                  "AND created_at >= DATE '2026-08-01' AND created_at < DATE '2026-09-01'")


def test_a_dimension_said_with_either_takes_the_values_said_before(translator, warehouse, catalog):
    """'never bought either brand': the brands of the behaviour before (all purchases were excluded, silently, once
    the first part was read), and not its period."""
    same_audience(translator, warehouse, catalog,
                  "added an Apple or Samsung product to their wishlist in the last 45 days but have never bought "
                  "either brand from us",
                  "SELECT e.customer_id FROM web.events e JOIN pim.products p USING (product_id) "
                  "WHERE e.customer_id IS NOT NULL AND e.event_type = 'wishlist_add' AND p.brand IN ('Apple', 'Samsung') "
                  "AND e.event_ts >= DATE '2026-09-30' - INTERVAL 45 DAY "
                  "EXCEPT SELECT t.customer_id FROM pos.transactions t JOIN pos.transaction_lines l USING (transaction_id) "
                  "JOIN pim.products p USING (product_id) WHERE p.brand IN ('Apple', 'Samsung') "
                  "EXCEPT SELECT o.customer_id FROM ecom.orders o JOIN ecom.order_lines l USING (order_id) "
                  "JOIN pim.products p USING (product_id) WHERE o.status <> 'cancelled' AND p.brand IN ('Apple', 'Samsung')")


@pytest.mark.parametrize("request_", [
    "visiteurs arrivés par Google Ads ces 15 derniers jours",
    "clients venus par Google Ads ces 15 derniers jours",
    "visitors who landed from Google Ads in the last 15 days",
])
def test_the_words_of_acquisition_before_a_traffic_source_are_the_visits_verb(translator, warehouse, catalog, request_):
    """'arrivés par', 'venus par' are the catalog's words for an acquisition channel; before a session's traffic
    source ('Google Ads' is none) they say where the visit came from ('arrivés par', 'landed' were asked about)."""
    same_audience(translator, warehouse, catalog, request_,
                  "SELECT customer_id FROM web.sessions WHERE customer_id IS NOT NULL AND traffic_source = 'paid_search' "
                  "AND started_at >= DATE '2026-09-30' - INTERVAL 15 DAY")


@pytest.mark.parametrize("request_", ["clients recrutés via l'appli", "hommes acquis via l'appli",
                                      "customers acquired via the app"])
def test_a_phrase_of_a_behaviour_after_an_attributes_words_is_that_attributes_value(translator, warehouse, catalog,
                                                                                     request_):
    """'via l'appli' is also an order's channel: after 'recrutés' (the acquisition channel's word) it is that
    channel's 'app' ('recrutés', 'acquis' were asked about)."""
    same_audience(translator, warehouse, catalog, request_,
                  "SELECT customer_id FROM crm.customers WHERE acquisition_channel = 'app'"
                  + (" AND gender = 'male'" if "hommes" in request_ else ""))


@pytest.mark.parametrize("request_", ["clients qui ont racheté cette année", "customers who repurchased this year"])
def test_bought_again_is_a_purchase(translator, warehouse, catalog, request_):
    """'racheté', 'repurchased': the catalog's purchase ('racheté' was asked about)."""
    same_audience(translator, warehouse, catalog, request_,
                  f"SELECT customer_id FROM ({PURCHASES}) p WHERE ts >= DATE '2026-01-01'")


@pytest.mark.parametrize("request_", [
    "clients dont le dernier achat s'est fait en ligne",
    "clients dont le dernier achat a eu lieu en ligne",
    "customers whose last purchase took place online",
])
def test_how_the_latest_purchase_happened_said_with_a_light_verb(translator, warehouse, catalog, request_):
    """'s'est fait', 'a eu lieu', 'took place' say what the latest purchase was, as 'was' does ('dernier achat',
    'last purchase' were asked about)."""
    same_audience(translator, warehouse, catalog, request_, edge_purchase("max", "ch = 'online'"))


def test_a_birthday_that_falls_in_a_month(translator, warehouse, catalog):
    same_audience(translator, warehouse, catalog, "gold members whose birthday falls in December",
                  "SELECT customer_id FROM crm.customers WHERE loyalty_tier = 'gold' AND month(birth_date) = 12")


@pytest.mark.parametrize("request_", ["people in the US who signed up but have never bought anything",
                                      "les gens inscrits qui habitent aux États-Unis et qui n'ont jamais rien acheté"])
def test_signed_up_alone_is_having_signed_up(translator, warehouse, catalog, request_):
    """'signed up', 'inscrits' with no period said: the customers with a signup date ('signed up' was asked about);
    with a period it stays when they signed up."""
    r = same_audience(translator, warehouse, catalog, request_,
                      f"SELECT customer_id FROM crm.customers WHERE country = 'US' AND signup_date IS NOT NULL "
                      f"EXCEPT SELECT customer_id FROM ({PURCHASES}) p")
    assert len(r.definition.criteria) == 3, r.definition.to_text()


@pytest.mark.parametrize("request_", ["ont ajouté qqch à leur wishlist cette semaine",
                                      "ont ajouté quelque chose à leur liste d'envies cette semaine",
                                      "added something to their wishlist this week"])
def test_something_holds_the_place_of_a_behaviours_thing(translator, warehouse, catalog, request_):
    same_audience(translator, warehouse, catalog, request_,
                  "SELECT customer_id FROM web.events WHERE customer_id IS NOT NULL AND event_type = 'wishlist_add' "
                  "AND event_ts >= DATE '2026-09-28'")


@pytest.mark.parametrize("request_", ["clients avec des commandes effectuées en ligne cette année",
                                      "clients avec des commandes faites en ligne cette année"])
def test_a_light_verbs_participle_agrees(translator, warehouse, catalog, request_):
    """'effectuées', 'faites' read as 'effectué', 'fait' do (they were asked about)."""
    same_audience(translator, warehouse, catalog, request_,
                  "SELECT customer_id FROM ecom.orders WHERE status <> 'cancelled' AND order_ts >= DATE '2026-01-01'")


def test_passes_en_magasin_without_buying_is_still_asked(translator):
    """'passés en magasin' is a store visit, known by its ticket (as 'venus en magasin'); without buying in the
    period said once after both, no customer can be both: asked, never answered."""
    r = translator.translate("clients passés en magasin sans rien acheter ce mois-ci", A)
    assert r.status == "clarify" and any("passés en magasin" in q.phrase for q in r.clarifications), \
        r.definition.to_text()


CANCELLED_APP = ("SELECT customer_id FROM ecom.orders WHERE status = 'cancelled' AND device = 'app' "
                 "AND order_ts >= DATE '2026-09-30' - INTERVAL 60 DAY")


@pytest.mark.parametrize("request_", [
    "Customers with an app order that got cancelled in the last 60 days",
    "Customers with an app order that was cancelled in the last 60 days",
    "clients avec une commande appli qui a été annulée ces 60 derniers jours",
])
def test_an_order_that_got_cancelled_is_the_cancelled_order(translator, warehouse, catalog, request_):
    """'an app order that was cancelled' was two behaviours (an app order that was not cancelled, and a cancelled
    one); 'got' was read as a message received. The clause says the state of the order before."""
    same_audience(translator, warehouse, catalog, request_, CANCELLED_APP)


@pytest.mark.parametrize("request_", ["clients avec un ticket ouvert pour un pb de livraison",
                                      "clients avec un ticket ouvert pour un souci de livraison",
                                      "customers with an open ticket about a delivery problem"])
def test_a_problem_names_what_a_ticket_is_about(translator, warehouse, catalog, request_):
    """'un pb de livraison', 'a delivery problem': the ticket's topic, said with its noun ('pb', 'souci',
    'problem' were asked about; the demo catalog's words for the topic)."""
    same_audience(translator, warehouse, catalog, request_,
                  "SELECT customer_id FROM service.tickets WHERE status = 'open' AND topic = 'delivery'")


@pytest.mark.parametrize("request_", ["clients qui ont fait du shopping à Rue Neuve cette année",
                                      "customers who shopped at Rue Neuve this year"])
def test_faire_du_shopping_is_to_shop(translator, warehouse, catalog, request_):
    same_audience(translator, warehouse, catalog, request_,
                  "SELECT t.customer_id FROM pos.transactions t JOIN pos.stores s USING (store_id) WHERE "
                  "t.customer_id IS NOT NULL AND s.store_name = 'Brussels Rue Neuve' AND t.transaction_ts >= DATE '2026-01-01'")


@pytest.mark.parametrize("request_", ["VIP avec plus de 5000 points de fidélité en cagnotte",
                                      "VIPs with more than 5000 loyalty points in their points balance"])
def test_an_attribute_named_twice_is_one(translator, warehouse, catalog, request_):
    """'points de fidélité en cagnotte': the balance's second name, right after the first, was asked about."""
    same_audience(translator, warehouse, catalog, request_,
                  "SELECT customer_id FROM crm.customers WHERE loyalty_tier = 'vip' AND loyalty_points > 5000")


@pytest.mark.parametrize("request_", [
    "Customers who reached out by chat or phone about a refund since June",
    "clients qui nous ont contactés par tchat ou par téléphone au sujet d'un remboursement depuis juin",
    "clients qui ont pris contact par tchat ou par téléphone pour un remboursement depuis juin",
])
def test_reaching_out_is_contacting_customer_service(translator, warehouse, catalog, request_):
    """'reached out by chat', 'nous ont contactés', 'pris contact': a ticket ('we reached out to them by email' is a
    message, and stays asked)."""
    same_audience(translator, warehouse, catalog, request_,
                  "SELECT customer_id FROM service.tickets WHERE channel IN ('chat', 'phone') AND topic = 'refund' "
                  "AND created_at >= DATE '2026-06-01'")


def test_we_reached_out_to_them_is_not_a_ticket(translator):
    asks(translator, "customers we reached out to by email in May", "reached out")


@pytest.mark.parametrize("request_", ["clients qui ont un natel renseigné", "clients avec un portable renseigné",
                                      "customers with a mobile on file"])
def test_a_word_for_an_attribute_and_a_device_said_on_file_is_the_attribute(translator, warehouse, catalog, request_):
    """'natel', 'portable', 'mobile' also name a session's device: before 'renseigné', 'on file' they name the phone
    number ('renseigné' was asked about)."""
    same_audience(translator, warehouse, catalog, request_, "SELECT customer_id FROM crm.customers WHERE phone IS NOT NULL")


@pytest.mark.parametrize("request_", ["accounts created in 2025", "comptes créés en 2025"])
def test_an_account_created_is_signing_up(translator, warehouse, catalog, request_):
    """'accounts created', 'comptes créés': the signup date, said with its noun first ('created' was asked about)."""
    same_audience(translator, warehouse, catalog, request_,
                  "SELECT customer_id FROM crm.customers WHERE signup_date >= DATE '2025-01-01' AND signup_date < DATE '2026-01-01'")


def test_a_title_that_opens_with_customer_service_is_still_a_title(translator, warehouse, catalog):
    """With 'customer service' a catalog word, the title opening with 'Customer' was read as naming the customers and
    its words as criteria (VIP only, not VIP or gold: silently). The demo catalog has no such word."""
    same_audience(translator, warehouse, catalog,
                  "Customer service VIPs - VIP or gold customers who had at least two support tickets in the last 6 months",
                  "SELECT customer_id FROM crm.customers WHERE loyalty_tier IN ('vip', 'gold') INTERSECT "
                  "SELECT customer_id FROM service.tickets WHERE created_at >= DATE '2026-09-30' - INTERVAL 6 MONTH "
                  "GROUP BY customer_id HAVING count(*) >= 2")


@pytest.mark.parametrize("request_", ["clients avec un ticket remboursement depuis juillet noté 2/5 ou moins",
                                      "customers with a refund ticket since July rated 2/5 or less"])
def test_a_score_with_a_bound_after_it_is_never_read_as_that_score_alone(translator, request_):
    """'noté 2/5 ou moins' was read as a rating of exactly 2, 'ou moins' dropped, silently (fr2-028, once 'noté' named
    the rating), then asked until a rating could be compared: the catalog's satisfaction measure compares it
    (test_a_score_said_after_a_behaviour_is_that_events checks the audience)."""
    r = translator.translate(request_, A)
    assert r.status == "ok" and any(w in r.definition.criteria[-1].label for w in ("at most 2", "au plus 2")), \
        r.definition.to_text()


@pytest.mark.parametrize("request_", [
    "customers whose last ticket was rated 5/5",
    "Clients dont le dernier ticket SAV a été noté 5/5",
])
def test_a_rating_said_of_the_latest_event_is_what_the_latest_was(translator, warehouse, catalog, request_):
    """'whose last ticket was rated 5/5' was any ticket rated 5: 'last' means something only with what is said of
    it, and the rating was read as picking the tickets, silently."""
    gold = ("SELECT t.customer_id FROM service.tickets t JOIN (SELECT customer_id, max(created_at) AS mx "
            "FROM service.tickets GROUP BY customer_id) l ON l.customer_id = t.customer_id AND t.created_at = l.mx "
            "WHERE t.satisfaction_score = 5")
    same_audience(translator, warehouse, catalog, request_, gold)


@pytest.mark.parametrize("request_", [
    "avg basket above 150 and at least 4 purchases this year",
    "panier moyen supérieur à 150 et au moins 4 achats cette année",
])
def test_a_period_said_once_after_an_average_and_a_count_is_both(translator, warehouse, catalog, request_):
    gold = (f"SELECT customer_id FROM ({PURCHASES}) p WHERE ts >= DATE '2026-01-01' GROUP BY customer_id "
            "HAVING avg(amount) > 150 AND count(*) >= 4")
    same_audience(translator, warehouse, catalog, request_, gold)


@pytest.mark.parametrize("request_, said", [
    ("customers who got an SMS from the Reactivation campaign in April", "it also starts the campaign"),
    ("clients qui ont reçu un SMS de la campagne Reactivation d'avril", "c'est aussi le début de campagne"),
])
def test_a_synonym_typed_as_a_name_that_starts_names_in_the_data_is_noted(translator, request_, said):
    """'Reactivation' is the objective win-back's other word and the start of campaigns' names: read as the
    objective, a campaign whose sends ran past April was lost, silently. The note names the campaigns; a value's
    own word ('Nike', which starts product names) needs none."""
    r = translator.translate(request_, A)
    assert r.status == "ok" and any(said in w and "Reactivation Apr 2026" in w for w in r.warnings), r.warnings
    assert not any("starts" in w for w in translator.translate("customers who bought Nike this year", A).warnings)


@pytest.mark.parametrize("request_", [
    "customers with a support ticket pending for more than 30 days",
    "clients dont un ticket SAV est en attente depuis plus de 30 jours",
])
def test_a_state_held_for_more_than_a_time_began_before_it(translator, warehouse, catalog, request_):
    """'pending for more than 30 days' was read as a pending ticket of the last 30 days (as 'no purchase for more
    than 6 months' reads the last 6 months): the opposite, silently."""
    gold = ("SELECT customer_id FROM service.tickets WHERE status = 'pending' AND created_at < DATE '2026-08-31'")
    same_audience(translator, warehouse, catalog, request_, gold)


@pytest.mark.parametrize("request_", [
    "Customers who have only ever bought once, and that one purchase was in an outlet",
    "customers who have only ever bought once",
])
def test_only_a_few_words_before_a_count_of_times_makes_it_exact(translator, warehouse, catalog, request_):
    """'have only ever bought once' read 'once' as at least once: every buyer (of an outlet), silently."""
    outlet = ("INTERSECT SELECT t.customer_id FROM pos.transactions t JOIN pos.stores s USING (store_id) "
              "WHERE s.store_format = 'outlet'") if "outlet" in request_ else ""
    gold = f"SELECT customer_id FROM ({PURCHASES}) p GROUP BY customer_id HAVING count(*) = 1 {outlet}"
    same_audience(translator, warehouse, catalog, request_, gold)


@pytest.mark.parametrize("request_, phrase", [
    ("customers who bought once in store this year", "once"),
    ("clients qui ont commandé une fois sur l'appli", "une fois"),
    ("customers who bought one time", "one time"),
])
def test_a_bare_once_is_asked_exactly_or_at_least(translator, warehouse, catalog, request_, phrase):
    """'bought once' was read as at least once (every buyer) without a word, where a marketer often means the
    one-time buyers. Both readings are offered, and each translates."""
    r = translator.translate(request_, A)
    assert r.status == "clarify", r.status
    question = next(q for q in r.clarifications if q.phrase == phrase)
    exact = question.rewrites[0]
    assert translator.translate(exact, A).status == "ok", exact
    assert any(s in exact for s in ("exactly once", "exactement une fois")), exact


@pytest.mark.parametrize("request_, gold_count", [
    ("VIPs who never once contacted customer service", None),
    ("customers who ordered online twice", 2),
    ("customers who have only ever bought once", 1),
])
def test_once_as_grammar_and_twice_say_how_they_were_read(translator, request_, gold_count):
    """'never once' is 'never' (no question, no note); a bare 'twice' reads at least twice and says so, as '3 times'
    does; 'only ever bought once' stays exact, with nothing to say."""
    r = translator.translate(request_, A)
    assert r.status == "ok", r.clarifications
    noted = [w for w in r.warnings if "read as at least" in w]
    assert bool(noted) == (gold_count == 2), r.warnings


@pytest.mark.parametrize("request_, said", [
    ("customers who opened our promo SMS in September", "message opened is never recorded for sms"),
    ("Ceux qui ont ouvert nos SMS promo en septembre", "message ouvert n'est jamais enregistré pour sms"),
])
def test_a_behaviour_the_catalog_never_records_with_a_value_is_said_to_match_nobody(translator, request_, said):
    """The catalog declares SMS opens untracked (events' `untracked`): the answer was an audience of nobody, as if it
    were meant."""
    r = translator.translate(request_, A)
    assert any(said in w for w in r.warnings), r.warnings
    assert not any("never recorded" in w for w in translator.translate("customers who opened an email", A).warnings)


def test_an_untracked_value_must_be_a_dimension_of_its_event(catalog):
    from schema_catalog.model import reference_problems
    opened = catalog.events["message_opened"].model_copy(update={"untracked": {"chanel": ["sms"]}})
    bad = catalog.model_copy(update={"events": {**catalog.events, "message_opened": opened}})
    assert any("'chanel' is not a dimension of this event" in msg for _, msg in reference_problems(bad))


@pytest.mark.parametrize("request_", [
    "customers with a delivery ticket since August, with that ticket still unresolved",
    "clients avec un ticket livraison depuis août, avec ce ticket toujours non résolu",
])
def test_a_behaviours_noun_said_again_after_a_demonstrative_is_the_same_event(translator, warehouse, catalog, request_):
    """'..., with that ticket still unresolved' was any unresolved ticket besides the delivery one, silently."""
    gold = ("SELECT customer_id FROM service.tickets WHERE topic = 'delivery' AND created_at >= DATE '2026-08-01' "
            "AND status IN ('open', 'pending')")
    same_audience(translator, warehouse, catalog, request_, gold)


def test_a_plus_inside_brackets_joins_sources_counted_together(translator, warehouse, catalog):
    """'(magasin + en ligne)' required a store purchase and ranked online spend only, silently: both channels,
    counted together."""
    gold = (f"SELECT customer_id FROM ({PURCHASES}) p WHERE ts >= DATE '2025-01-01' AND ts < DATE '2026-01-01' "
            "GROUP BY customer_id ORDER BY sum(amount) DESC LIMIT 20")
    same_audience(translator, warehouse, catalog,
                  "Les 20 clients qui ont le plus dépensé chez nous en 2025 (magasin + en ligne)", gold)


def test_a_count_of_one_is_said_in_the_singular(translator):
    r = translator.translate("customers who have only ever bought once", A)
    assert r.definition.criteria[0].label.endswith("(exactly 1 time)"), r.definition.criteria[0].label


@pytest.mark.parametrize("request_", [
    "customers who opened a ticket about delivery since June, ticket closed",
    "clients ayant ouvert un ticket livraison depuis juin, ticket clos",
])
def test_the_event_named_again_after_a_comma_with_a_state_is_the_same_event(translator, warehouse, catalog, request_):
    """', ticket closed' after a ticket said with its topic and period read a second ticket, closed, of any time:
    customers whose delivery ticket is still open were in, silently. It is the same ticket, said in a note."""
    gold = ("SELECT customer_id FROM service.tickets WHERE topic = 'delivery' AND status = 'closed' "
            "AND created_at >= DATE '2026-06-01'")
    same_audience(translator, warehouse, catalog, request_, gold)
    assert any("same event" in w or "même événement" in w for w in translator.translate(request_, A).warnings)


@pytest.mark.parametrize("request_", [
    "customers who spent more in store than online in the last 12 months, with at least €300 in store",
    "clients qui ont dépensé plus en magasin qu'en ligne ces 12 derniers mois, avec au moins 300 € en magasin",
])
def test_an_amount_of_a_compared_side_is_read_in_the_comparisons_period(translator, warehouse, catalog, request_):
    """'with at least €300 in store' after a comparison over the past year was summed over all time, silently."""
    store = ("SELECT customer_id, total_amount AS a, 0 AS b FROM pos.transactions WHERE customer_id IS NOT NULL "
             "AND transaction_ts >= DATE '2026-09-30' - INTERVAL 12 MONTH")
    online = ("SELECT customer_id, 0, total_amount FROM ecom.orders WHERE status <> 'cancelled' "
              "AND order_ts >= DATE '2026-09-30' - INTERVAL 12 MONTH")
    gold = (f"SELECT customer_id FROM ({store} UNION ALL {online}) x GROUP BY customer_id "
            "HAVING sum(a) > sum(b) AND sum(a) >= 300")
    same_audience(translator, warehouse, catalog, request_, gold)


@pytest.mark.parametrize("request_, phrase", [
    ("acheteurs de chaussures et de vêtements d'une même marque", "une même"),
    ("clients ayant acheté dans un même magasin en mars et en avril", "un même"),
    ("bought shoes and clothing from the same brand", "the same"),
])
def test_the_same_said_with_an_indefinite_article_is_asked_too(translator, request_, phrase):
    """'d'une même marque' was dropped without a word (only 'la même' was asked): two categories of any brands."""
    asks(translator, request_, phrase)


@pytest.mark.parametrize("request_", [
    "men in Hamburg or Munich who signed up via the app",
    "hommes à Hambourg ou Munich inscrits via l'appli",
])
def test_signed_up_via_a_channel_is_how_the_customer_was_acquired(translator, warehouse, catalog, request_):
    """'inscrits via l'appli' read 'via l'appli' as an app order (cancelled ones too), with only a note: the phrase
    of the attribute ('inscrits via') ended inside the value's ('via l'appli'), and the value went to the order."""
    gold = ("SELECT customer_id FROM crm.customers WHERE gender = 'male' AND city IN ('Hamburg', 'Munich') "
            "AND acquisition_channel = 'app'")
    same_audience(translator, warehouse, catalog, request_, gold)


@pytest.mark.parametrize("request_", [
    "top 5% spenders of 2025 among our German customers",
    "top 5 % des clients allemands de 2025 par dépense",
])
def test_a_recent_year_after_of_is_that_year(translator, warehouse, catalog, request_):
    """'spenders of 2025' read 2025 as an amount ('total at least 2025'), with only a note saying so."""
    r = translator.translate(request_, A)
    assert r.status == "ok" and not any("2025" in w for w in r.warnings), (r.status, r.warnings)
    assert "2025-01-01" in r.definition.criteria[0].label, r.definition.criteria[0].label


def test_an_amount_after_of_stays_an_amount(translator):
    r = translator.translate("customers with an average basket of 2000", A)
    assert "2000" in r.definition.criteria[0].label and "-01-01" not in r.definition.criteria[0].label


@pytest.mark.parametrize("request_, stores", [
    ("Brussels customers who bought in Antwerp", None),
    ("clients de Bruxelles qui ont acheté à Anvers", None),
    ("clients bruxellois qui ont acheté à Rue Neuve ou à Anvers Meir", ("Brussels Rue Neuve", "Antwerp Meir")),
    ("clients bruxellois qui ont acheté à Anvers Meir mais jamais à la Rue Neuve", ("Antwerp Meir",)),
])
def test_a_stores_city_has_its_other_names_and_a_name_keeps_its_place(translator, warehouse, catalog, request_, stores):
    """'à Anvers' was only the customers' city (Antwerp): with 'bruxellois' it was asked as a contradiction. Read as
    the store's city, 'Anvers Meir' made every store named a store in Antwerp, and 'jamais à la Rue Neuve' inherited
    that city: a store in Antwerp named Rue Neuve, no store at all, so the exclusion removed nobody."""
    store = ("SELECT t.customer_id FROM pos.transactions t JOIN pos.stores s USING (store_id) WHERE "
             + ("s.city = 'Antwerp'" if stores is None else "s.store_name IN (" + ", ".join(f"'{n}'" for n in stores) + ")"))
    gold = f"SELECT customer_id FROM crm.customers WHERE city = 'Brussels' INTERSECT {store}"
    if "jamais" in request_:
        gold += (" EXCEPT SELECT t.customer_id FROM pos.transactions t JOIN pos.stores s USING (store_id) "
                 "WHERE s.store_name = 'Brussels Rue Neuve'")
    same_audience(translator, warehouse, catalog, request_, gold)
    assert not any(" ou " in w and "appliqué" in w for w in translator.translate(request_, A).warnings)


@pytest.mark.parametrize("request_", [
    "customers who placed an order over €70 in the last 30 days",
    "clients ayant passé une commande de plus de 70 € ces 30 derniers jours",
    "clients avec une commande de plus de 70 euros ces 30 derniers jours",
])
def test_an_amount_said_of_one_order_in_french_is_each_orders(translator, warehouse, catalog, request_):
    """'une commande de plus de 70 €' summed the orders of the window (the English 'an order over €70' was each
    order's): customers with two orders of 40 were in, silently. The French article is read as the English one."""
    gold = ("SELECT customer_id FROM ecom.orders WHERE status <> 'cancelled' AND total_amount > 70 "
            "AND order_ts >= DATE '2026-09-30' - INTERVAL 30 DAY")
    same_audience(translator, warehouse, catalog, request_, gold)


@pytest.mark.parametrize("request_, channel", [
    ("customers who called customer service in June", "phone"),
    ("customers who emailed customer service in June", "email"),
    ("customers who chatted with customer service in June", "chat"),
    ("clients qui ont clavardé avec le service à la clientèle en juin", "chat"),
    ("clients qui ont tchaté avec le SAV en juin", "chat"),
])
def test_contacting_customer_service_by_a_channel_is_a_ticket_of_that_channel(translator, warehouse, catalog,
                                                                               request_, channel):
    """'chatted with customer service' was refused (English) or read as a chat ticket of any time and another ticket
    of June (French 'clavardé avec le service à la clientèle')."""
    gold = (f"SELECT customer_id FROM service.tickets WHERE channel = '{channel}' "
            "AND created_at >= DATE '2026-06-01' AND created_at < DATE '2026-07-01'")
    same_audience(translator, warehouse, catalog, request_, gold)


@pytest.mark.parametrize("request_", [
    "Bonjour,\nmerci de me sortir :\n* les clientes VIP à Lyon\nBien à vous,\nSébastien\n",
    "Hi,\ncould you pull:\n- VIP women in Lyon\nBest regards,\nJohn",
])
def test_a_sign_off_on_lines_of_its_own_is_an_aside(translator, warehouse, catalog, request_):
    """'Bien à vous,\\nSébastien' after the last bullet was read with it: 'Bien' and 'Sébastien' were asked about."""
    gold = "SELECT customer_id FROM crm.customers WHERE loyalty_tier = 'vip' AND gender = 'female' AND city = 'Lyon'"
    same_audience(translator, warehouse, catalog, request_, gold)


@pytest.mark.parametrize("request_, said", [
    ("customers who came to the site by clicking an email at least twice since July", "read as a behaviour of its own"),
    ("venus sur le site en cliquant dans un emailing au moins 2 fois depuis juillet", "comportement à part entière"),
])
def test_a_behaviour_said_as_how_another_happened_is_said_to_be_read_apart(translator, request_, said):
    """'en cliquant dans un emailing' after a visit added e-mail clicks as a second behaviour, without a word, once
    'cliquant' was read as a tense of 'cliqué' (it had been a typo note): it may only say how the visit came."""
    r = translator.translate(request_, A)
    assert any(said in w for w in r.warnings), r.warnings


# -- a state the event before has not reached; a bracket that restates a value ----------------------------------


@pytest.mark.parametrize("request_", [
    "customers with an order shipped but not yet delivered",
    "customers with an order shipped but not yet delivered (in transit)",
    "clients avec une commande expédiée mais pas encore livrée",
    "clients avec une commande expédiée mais pas encore livrée (en transit)",
])
def test_a_state_not_yet_reached_is_the_same_orders(translator, warehouse, catalog, request_):
    """'shipped but not yet delivered' is a shipped order: read apart, 'not yet delivered' removed every customer with
    any delivered order, and '(in transit)', read with it, every customer with a shipped one (an empty audience,
    silently)."""
    same_audience(translator, warehouse, catalog, request_,
                  "SELECT customer_id FROM ecom.orders WHERE status = 'shipped'")


def test_but_not_yet_a_value_that_is_no_state_still_excludes(translator, warehouse, catalog):
    """'but not yet Nike': a brand is no state an order reaches: the customers who bought Nike are removed."""
    same_audience(translator, warehouse, catalog, "customers who bought Lego online but not yet Nike",
                  "SELECT customer_id FROM ecom.orders o JOIN ecom.order_lines i USING (order_id) "
                  "JOIN pim.products p USING (product_id) WHERE o.status <> 'cancelled' AND p.brand = 'Lego' "
                  "EXCEPT SELECT customer_id FROM ecom.orders o JOIN ecom.order_lines i USING (order_id) "
                  "JOIN pim.products p USING (product_id) WHERE o.status <> 'cancelled' AND p.brand = 'Nike'")


@pytest.mark.parametrize("request_", [
    "customers who ordered online this year (YTD)",
    "customers who ordered online this year (since January 1st)",
    "clients qui ont commandé en ligne cette année (depuis le 1er janvier)",
    "clients qui ont commandé en ligne cette année (YTD)",
])
def test_a_bracket_that_says_the_period_again_is_an_aside(translator, warehouse, catalog, request_):
    """'cette année (YTD)', 'this year (since January 1st)' say one period twice: the bracket was asked about. It is
    read as the same period or shown as an aside (both branches that met here read it, one each way)."""
    r = same_audience(translator, warehouse, catalog, request_,
                      "SELECT customer_id FROM ecom.orders WHERE status <> 'cancelled' AND order_ts >= DATE '2026-01-01' "
                      "AND order_ts < DATE '2026-10-01'")
    assert not r.unrecognized, r.unrecognized


def test_a_bracket_with_another_period_is_still_asked(translator):
    """'in the last 6 months (last 3 months)': two periods, one of them meant: asked, never dropped."""
    asks(translator, "customers who ordered online in the last 6 months (last 3 months)", "last 3 months")


# -- counts, rankings and periods, said in English and in French ------------------------------------------------

_BRAND_LINES = ("SELECT t.customer_id, tl.line_amount AS amount, tl.product_id FROM pos.transactions t JOIN "
                "pos.transaction_lines tl USING (transaction_id) WHERE t.customer_id IS NOT NULL UNION ALL "
                "SELECT o.customer_id, ol.line_amount, ol.product_id FROM ecom.orders o JOIN ecom.order_lines ol "
                "USING (order_id) WHERE o.status <> 'cancelled'")


@pytest.mark.parametrize("request_", [
    "top 15 customers who spent the most on Lego",
    "the top 15 shoppers who spent the most on Lego, all time",
    "top 15 des clients qui ont le plus dépensé en Lego depuis toujours",
    "le top 15 des clients ayant le plus dépensé en Lego",
])
def test_a_top_n_said_before_the_most_is_the_number_ranked(translator, warehouse, catalog, request_):
    """'top 15 ... the most' asked about both: 'the most' (vague) and 'top 15' (unknown), where 'the 15 ... the
    most' was read."""
    gold = (f"SELECT l.customer_id FROM ({_BRAND_LINES}) l JOIN pim.products p USING (product_id) WHERE p.brand = "
            "'Lego' GROUP BY l.customer_id ORDER BY sum(l.amount) DESC, l.customer_id LIMIT 15")
    same_audience(translator, warehouse, catalog, request_, gold)


_SPEND_2026_OVER_2025 = (
    f"SELECT customer_id FROM ({PURCHASES}) p GROUP BY customer_id HAVING "
    "sum(CASE WHEN ts >= DATE '2026-01-01' THEN amount ELSE 0 END) > "
    "sum(CASE WHEN ts >= DATE '2025-01-01' AND ts < DATE '2026-01-01' THEN amount ELSE 0 END)")


@pytest.mark.parametrize("request_", [
    "customers who spent more year to date than in all of 2025",
    "shoppers who spent more this year (YTD) than over the whole of 2025",
    "customers who spent more YTD than the year 2025",
    "clients qui ont dépensé plus cette année (YTD) que sur toute l'année 2025",
    "clients qui ont dépensé plus depuis le début de l'année que sur l'ensemble de l'année 2025",
])
def test_a_year_said_whole_and_the_year_to_date_are_calendar_periods(translator, warehouse, catalog, request_):
    """'all of 2025', 'the whole of 2025', 'toute l'année 2025' are calendar 2025; 'YTD', 'year to date' since
    1 January; 'this year (YTD)' says one period twice. Each was asked about."""
    same_audience(translator, warehouse, catalog, request_, _SPEND_2026_OVER_2025)


@pytest.mark.parametrize("request_, phrase", [
    ("customers who bought this year (the last 12 months)", "last 12 months"),     # two periods: never one dropped
    ("clients qui ont acheté tout au long de l'année 2025", "long"),                # every month of it, maybe
])
def test_a_period_said_twice_differently_or_throughout_is_still_asked(translator, request_, phrase):
    asks(translator, request_, phrase)


@pytest.mark.parametrize("request_", [
    "customers whose average satisfaction score is 2 or less",
    "shoppers with an average rating of at most 2 on their tickets",
    "clients dont la note de satisfaction moyenne est de 2 ou moins",
    "clients avec une note moyenne SAV de 2 ou moins",
])
def test_an_average_score_with_its_bound_after_is_the_average_of_the_scored_events(translator, warehouse, catalog,
                                                                                    request_):
    """A behaviour's score (a measure of the catalog) named before its bound was asked about ('2 or less'): the
    tickets have no amount to compare."""
    gold = ("SELECT customer_id FROM service.tickets WHERE satisfaction_score IS NOT NULL GROUP BY customer_id "
            "HAVING avg(satisfaction_score) <= 2")
    same_audience(translator, warehouse, catalog, request_, gold)


@pytest.mark.parametrize("request_", [
    "customers with a satisfaction score of 3 or less since June",
    "customers who rated a ticket 3 or less since June",
    "clients avec une note de satisfaction de 3 ou moins depuis juin",
    "clients qui ont noté un ticket 3 ou moins depuis juin",
])
def test_a_score_said_without_average_is_one_events(translator, warehouse, catalog, request_):
    """Without 'average' a score is one ticket's: never the customer's average, silently."""
    gold = ("SELECT customer_id FROM service.tickets WHERE satisfaction_score <= 3 "
            "AND created_at >= DATE '2026-06-01'")
    r = same_audience(translator, warehouse, catalog, request_, gold)
    assert "satisf" in r.definition.criteria[0].label, r.definition.criteria[0].label   # says what 'at most 3' is of


@pytest.mark.parametrize("request_", ["customers with at least 2 rated tickets",
                                      "clients avec au moins 2 tickets SAV notés"])
def test_a_number_said_before_the_behaviours_noun_still_counts_it(translator, warehouse, catalog, request_):
    """'at least 2 rated tickets' counts the rated tickets: never a score of 2 (tests/test_rated_events.py)."""
    same_audience(translator, warehouse, catalog, request_, "SELECT customer_id FROM service.tickets "
                  "WHERE satisfaction_score IS NOT NULL GROUP BY customer_id HAVING count(*) >= 2")


@pytest.mark.parametrize("request_", [
    "customers who bought at least one item in kids in the last 12 months",
    "shoppers who bought at least 1 article of kids over the last 12 months",
    "clients ayant acheté au moins un article enfants sur les 12 derniers mois",
])
def test_at_least_one_item_of_a_kind_is_any_purchase_of_it(translator, warehouse, catalog, request_):
    """'at least one item' was asked about (a quantity no measure names): at least one is any, whatever the
    quantity."""
    gold = ("SELECT t.customer_id FROM pos.transactions t JOIN pos.transaction_lines l USING (transaction_id) "
            "JOIN pim.products p USING (product_id) WHERE t.customer_id IS NOT NULL AND p.category = 'kids' "
            "AND t.transaction_ts >= DATE '2026-09-30' - INTERVAL 12 MONTH UNION "
            "SELECT o.customer_id FROM ecom.orders o JOIN ecom.order_lines l USING (order_id) JOIN pim.products p "
            "USING (product_id) WHERE o.status <> 'cancelled' AND p.category = 'kids' "
            "AND o.order_ts >= DATE '2026-09-30' - INTERVAL 12 MONTH")
    same_audience(translator, warehouse, catalog, request_, gold)


def test_more_than_one_item_is_the_units_bought(translator, warehouse, catalog):
    same_audience(translator, warehouse, catalog, "customers who bought at least 2 items in kids", """
SELECT customer_id FROM (
  SELECT t.customer_id, l.quantity FROM pos.transactions t JOIN pos.transaction_lines l USING (transaction_id)
    JOIN pim.products p USING (product_id) WHERE t.customer_id IS NOT NULL AND p.category = 'kids'
    AND t.transaction_ts < DATE '2026-10-01'
  UNION ALL SELECT o.customer_id, l.quantity FROM ecom.orders o JOIN ecom.order_lines l USING (order_id)
    JOIN pim.products p USING (product_id) WHERE o.status <> 'cancelled' AND p.category = 'kids'
    AND o.order_ts < DATE '2026-10-01')
GROUP BY customer_id HAVING sum(quantity) >= 2""")


@pytest.mark.parametrize("request_", ["customers who bought at least one item over 100 euros",
                                      "clients qui ont acheté au moins un article à plus de 100 €"])
def test_an_items_price_is_still_asked(translator, request_):
    r = translator.translate(request_, A)
    assert r.status == "clarify", r.definition.to_text()


@pytest.mark.parametrize("request_", ["customers who placed an online order over €300 in 2026",
                                      "clients qui ont passé une commande en ligne de plus de 300 € en 2026",
                                      "clients ayant fait une commande en ligne à plus de 300 € en 2026"])
def test_an_amount_said_of_one_event_is_that_events_in_french_too(translator, warehouse, catalog, request_):
    """'une commande de plus de 300 €' read the total of every order, silently: 'une' is French for 'an'."""
    gold = ("SELECT customer_id FROM ecom.orders WHERE status <> 'cancelled' AND total_amount > 300 "
            "AND order_ts >= DATE '2026-01-01'")
    same_audience(translator, warehouse, catalog, request_, gold)


_CHANNEL_SHARE = ("SELECT customer_id FROM (SELECT customer_id, total_amount, 0 AS online FROM pos.transactions WHERE "
                  "customer_id IS NOT NULL AND transaction_ts >= DATE '2025-01-01' AND transaction_ts < DATE '2026-01-01' "
                  "UNION ALL SELECT customer_id, total_amount, 1 FROM ecom.orders WHERE status <> 'cancelled' AND "
                  "order_ts >= DATE '2025-01-01' AND order_ts < DATE '2026-01-01') p GROUP BY customer_id HAVING "
                  "sum(CASE WHEN online = 1 THEN total_amount ELSE 0 END) {op} {share} * sum(total_amount)")


@pytest.mark.parametrize("request_, op, share", [
    ("customers with more than 70% of their spend online in 2025", ">", 0.7),
    ("shoppers who made more than half of their spend online in 2025", ">", 0.5),
    ("clients qui font plus de 70 % de leurs dépenses en ligne en 2025", ">", 0.7),
    ("clients dont moins de la moitié des dépenses de 2025 sont en ligne", "<", 0.5),
    # 'at least' / 'au moins' before a share is its bound, the boundary in (was asked: a share stayed 'more')
    ("customers with at least 80% of their spend online in 2025", ">=", 0.8),
    ("clients qui font au moins la moitié de leurs dépenses en ligne en 2025", ">=", 0.5),
])
def test_a_share_of_the_spend_on_a_channel(translator, warehouse, catalog, request_, op, share):
    """A share of the spend was asked about ('half of', '70' unknown): the channel's spend against the spend of
    every purchase, over the same period."""
    same_audience(translator, warehouse, catalog, request_, _CHANNEL_SHARE.format(op=op, share=share))


@pytest.mark.parametrize("request_", [
    "customers for whom sports products were more than 40% of their spend in 2025",
    "customers whose sports purchases account for more than 40% of their spend in 2025",
    "clients dont plus de 40 % des dépenses de 2025 concernent le sport",
    "clients pour qui les articles de sport représentent plus de 40 % de leurs dépenses en 2025",
])
def test_a_share_of_the_spend_on_a_category_is_of_its_lines(translator, warehouse, catalog, request_):
    gold = (f"SELECT l.customer_id FROM ({_BRAND_LINES}) l JOIN pim.products p USING (product_id) "
            "GROUP BY l.customer_id HAVING sum(CASE WHEN p.category = 'sports' THEN l.amount ELSE 0 END) > "
            "0.4 * sum(l.amount)").replace("WHERE t.customer_id IS NOT NULL", "WHERE t.customer_id IS NOT NULL AND "
                                          "t.transaction_ts >= DATE '2025-01-01' AND t.transaction_ts < DATE '2026-01-01'"
                                          ).replace("WHERE o.status <> 'cancelled'", "WHERE o.status <> 'cancelled' AND "
                                                    "o.order_ts >= DATE '2025-01-01' AND o.order_ts < DATE '2026-01-01'")
    same_audience(translator, warehouse, catalog, request_, gold)


@pytest.mark.parametrize("request_", ["customers who opened more than half of their emails",
                                      "customers with more than half of their spend"])         # no part named
def test_a_share_the_reader_cannot_hold_is_still_asked(translator, request_):
    r = translator.translate(request_, A)
    assert r.status == "clarify", r.definition.to_text()


@pytest.mark.parametrize("request_, phrase", [
    ("customers who used a promo code on all their online orders this year", "all their"),
    ("clients qui ont utilisé un code promo sur toutes leurs commandes en ligne cette année (2 commandes minimum)",
     "toutes leurs"),
])
def test_all_their_behaviours_is_a_share_and_asked(translator, request_, phrase):
    """'sur toutes leurs commandes' read any order (the promo code only noted), once '2 commandes minimum' was read:
    'all their orders' is a share, asked as 'all of their orders' was."""
    r = translator.translate(request_, A)
    assert r.status == "clarify" and any(q.phrase == phrase for q in r.clarifications), \
        ([q.phrase for q in r.clarifications], r.definition.to_text())


@pytest.mark.parametrize("request_", ["all Canadians with more than 2,000 loyalty points",
                                      "bought electronics online but never bought anything at all in our stores"])
def test_all_before_people_or_at_all_is_no_share(translator, request_):
    assert translator.translate(request_, A).status == "ok"


@pytest.mark.parametrize("request_", [
    "customers with a delivery ticket since July rated 2/5 or less",
    "customers with a delivery ticket since July with a satisfaction score of 2 or less",
    "clients avec un ticket livraison depuis juillet noté 2/5 ou moins",
    "clients avec un ticket livraison depuis juillet avec une note de 2 ou moins",
])
def test_a_score_said_after_a_behaviour_is_that_events(translator, warehouse, catalog, request_):
    """'noté 2/5 ou moins' was asked about (a score on its scale, its bound after); 'with a score of 2 or less'
    after a delivery ticket is that ticket's score, never any other ticket's (the test data tells them apart)."""
    gold = ("SELECT customer_id FROM service.tickets WHERE topic = 'delivery' AND satisfaction_score <= 2 "
            "AND created_at >= DATE '2026-07-01'")
    same_audience(translator, warehouse, catalog, request_, gold)


@pytest.mark.parametrize("request_", [
    "customers with 2 or more support tickets in the past 12 months whose average satisfaction score is under 2.5",
    "clients avec 2 tickets SAV ou plus ces 12 derniers mois et une note moyenne inférieure à 2,5",
])
def test_an_average_of_the_records_counted_is_taken_in_their_window(translator, warehouse, catalog, request_):
    """The average said after a count in a window was taken over all time, without a word (a customer whose bad
    tickets were years ago was in)."""
    gold = ("SELECT customer_id FROM service.tickets WHERE created_at >= DATE '2026-09-30' - INTERVAL 12 MONTH "
            "GROUP BY customer_id HAVING count(*) >= 2 AND avg(satisfaction_score) < 2.5")
    same_audience(translator, warehouse, catalog, request_, gold)


def test_the_customers_noun_and_its_clause_before_a_dash_name_the_audience(translator, warehouse, catalog):
    """'customers with an email that bounced since July - only those with a phone number' took the first part as a
    brief's title: the bounce was dropped without a word, and every customer with a phone was answered."""
    gold = ("SELECT customer_id FROM marketing.messages WHERE channel = 'email' AND bounced AND sent_at >= DATE "
            "'2026-07-01' INTERSECT SELECT customer_id FROM crm.customers WHERE phone IS NOT NULL")
    same_audience(translator, warehouse, catalog,
                  "customers with an email that bounced since July - only those with a phone number on file", gold)


@pytest.mark.parametrize("request_, refused", [
    ("Passe tous les membres silver de Lyon en gold, ils l'ont bien mérité", True),
    ("Passez les clients inactifs en désabonnés", True),
    ("Passé en caisse ce mois-ci à Lyon", False),
])
def test_an_imperative_that_moves_customers_is_another_task(translator, request_, refused):
    """'Passe tous les membres silver ... en gold' changes data: it was answered with the silver and gold members, as
    'passe' folds to 'passé' (placed)."""
    assert (translator.translate(request_, A).status == "refused") == refused


@pytest.mark.parametrize("request_, noted", [
    ("VIP customers in Lyon for a reactivation campaign", True),
    ("clients VIP à Lyon pour une campagne de réactivation", True),
    ("customers who received an email for the reactivation campaign", False),
])
def test_a_behaviour_read_from_words_after_for_says_it_may_be_a_purpose(translator, request_, noted):
    """'VIP customers in Lyon for a reactivation campaign' was answered as the VIPs who received a win-back message,
    without a word: the words may only say what the list is for."""
    r = translator.translate(request_, A)
    assert any("what the audience is for" in w or "à quoi sert l'audience" in w for w in r.warnings) == noted, r.warnings


_BOTH_CHANNELS_2025 = (
    "SELECT customer_id FROM (SELECT customer_id, transaction_ts AS ts, total_amount FROM pos.transactions "
    "WHERE customer_id IS NOT NULL UNION ALL SELECT customer_id, order_ts, total_amount FROM ecom.orders "
    "WHERE status <> 'cancelled') p WHERE ts >= DATE '2025-01-01' AND ts < DATE '2026-01-01' "
    "GROUP BY customer_id HAVING sum(total_amount) BETWEEN 500 AND 1000")


@pytest.mark.parametrize("request_", [
    "spent between €500 and €1,000 across store and online in 2025",
    "spent between €500 and €1,000 in store and online combined in 2025",
    "ont dépensé entre 500 et 1 000 € en magasin et en ligne cumulés en 2025",
])
def test_an_amount_said_to_be_of_two_channels_together_is_their_sum(translator, warehouse, catalog, request_):
    """'across store and online' was read as €500 to €1,000 in store and €500 to €1,000 online, silently."""
    same_audience(translator, warehouse, catalog, request_, _BOTH_CHANNELS_2025)


@pytest.mark.parametrize("request_, phrase", [
    ("spent between €500 and €1,000 in store and online in 2025", "between €500 and €1,000"),
    ("ont dépensé plus de 500 € en magasin et en ligne en 2025", "plus de 500 €"),
])
def test_an_amount_said_once_of_two_channels_is_each_ones_and_said_so(translator, request_, phrase):
    """Without a word that makes it their sum, the amount is each channel's: the note names it and how to say the
    sum (marketers say it both ways)."""
    t = translator.translate(request_, A)
    assert t.status == "ok" and len(t.definition.criteria) == 2
    assert any(phrase in w and ("combined" in w or "cumulés" in w) for w in t.warnings), t.warnings


@pytest.mark.parametrize("request_", [
    "customers who spent over €1,500 this year (store + web)",
    "clients ayant dépensé plus de 1500 € cette année (magasin + web)",
])
def test_web_alone_is_the_online_channel_not_the_website_only(translator, warehouse, catalog, request_):
    """'store + web' read 'web' as the website device, which left out app orders (every writer meant online)."""
    gold = ("SELECT customer_id FROM (SELECT customer_id, transaction_ts AS ts, total_amount FROM pos.transactions "
            "WHERE customer_id IS NOT NULL UNION ALL SELECT customer_id, order_ts, total_amount FROM ecom.orders "
            "WHERE status <> 'cancelled') p WHERE ts >= DATE '2026-01-01' GROUP BY customer_id "
            "HAVING sum(total_amount) > 1500")
    same_audience(translator, warehouse, catalog, request_, gold)


@pytest.mark.parametrize("request_, gold", [
    ("customers aged < 30", "SELECT customer_id FROM crm.customers WHERE birth_date > DATE '2026-09-30' - INTERVAL 30 YEAR"),
    ("clients âgés de <30 ans",
     "SELECT customer_id FROM crm.customers WHERE birth_date > DATE '2026-09-30' - INTERVAL 30 YEAR"),
    ("loyalty points <1000", "SELECT customer_id FROM crm.customers WHERE loyalty_points < 1000"),
    ("≤ 2 orders in 2025", "SELECT customer_id FROM crm.customers WHERE customer_id NOT IN (SELECT customer_id FROM "
     "ecom.orders WHERE status <> 'cancelled' AND order_ts >= DATE '2025-01-01' AND order_ts < DATE '2026-01-01' "
     "GROUP BY customer_id HAVING count(*) > 2)"),     # at most 2, none included (as 'at most 2 orders')
    ("panier moyen en magasin <= 50 € cette année",
     "SELECT customer_id FROM pos.transactions WHERE customer_id IS NOT NULL AND transaction_ts >= DATE '2026-01-01' "
     "GROUP BY customer_id HAVING avg(total_amount) <= 50"),
])
def test_comparison_signs_typed_in_a_hurry_are_read(translator, warehouse, catalog, request_, gold):
    """The tokenizer dropped '<', '>', '<=', '≤': 'aged < 30' read 'aged at least 30', the opposite."""
    same_audience(translator, warehouse, catalog, request_, gold)


@pytest.mark.parametrize("request_", [
    "average store basket over €120 this year",
    "panier moyen magasin de plus de 120 € cette année",
])
def test_a_bare_place_beside_a_behaviours_column_is_that_behaviours(translator, warehouse, catalog, request_):
    """'store basket' read the basket of every purchase, online ones too, silently: a bare qualifier counted only
    before a behaviour's noun, not before (English) or after (French) one of its columns."""
    gold = ("SELECT customer_id FROM pos.transactions WHERE customer_id IS NOT NULL AND transaction_ts >= DATE "
            "'2026-01-01' GROUP BY customer_id HAVING avg(total_amount) > 120")
    same_audience(translator, warehouse, catalog, request_, gold)


@pytest.mark.parametrize("request_", [
    "the 10% of our French customers who spent the most online this year",
    "Les 10 % de nos clients français qui ont le plus dépensé en ligne cette année",
])
def test_a_share_of_a_group_said_before_its_ranking_is_ranked_among_that_group(translator, warehouse, catalog, request_):
    """'les 10 % de nos clients français qui ont le plus dépensé' was ranked among every customer, then the French
    kept (a note said so, but the answer was not the request's)."""
    gold = ("SELECT customer_id FROM (SELECT o.customer_id, percent_rank() OVER (ORDER BY sum(o.total_amount)) AS pr "
            "FROM ecom.orders o JOIN crm.customers c USING (customer_id) WHERE o.status <> 'cancelled' "
            "AND o.order_ts >= DATE '2026-01-01' AND c.country = 'FR' GROUP BY o.customer_id) WHERE pr >= 0.9")
    same_audience(translator, warehouse, catalog, request_, gold)


@pytest.mark.parametrize("request_", [
    "opened an email in August without clicking, and bought nothing since",
    "ont ouvert un e-mail en août sans cliquer, et n'ont rien acheté depuis",
])
def test_what_is_done_without_keeps_the_window_of_the_behaviour_before(translator, request_):
    """'since' said after the purchase was given to the clicking too (clicked since September: a click of August
    went unremoved)."""
    t = translator.translate(request_, A)
    clicked = next(c for c in t.definition.exclusions if "click" in c.label or "cliqu" in c.label)
    assert "2026-08-01" in clicked.label and "2026-08-31" in clicked.label, clicked.label


@pytest.mark.parametrize("request_, place", [
    ("store orders over €120", "store"),
    ("commandes magasin depuis janvier", "magasin"),
    ("web tickets this year", "web"),
])
def test_a_place_beside_a_behaviour_that_cannot_have_it_is_said_in_a_note(translator, request_, place):
    """'store orders' read 'store' as the customers' acquisition channel beside online orders, without a word."""
    t = translator.translate(request_, A)
    assert any(f"{place}" in w and ("could also mean" in w or "pourrait aussi" in w) for w in t.warnings), t.warnings


@pytest.mark.parametrize("request_", [
    "Hi team,\nfor the autumn campaign we need:\n- women 25-45",
    "Bonjour,\npour la campagne d'automne il nous faut :\n- femmes de 25 à 45 ans",
])
def test_a_greeting_line_comes_before_the_briefs_title(translator, warehouse, catalog, request_):
    """After 'Hi team,' the title line was read as a behaviour: 'campaign' a message received, '25-45' its count."""
    gold = ("SELECT customer_id FROM crm.customers WHERE gender = 'female' AND birth_date <= DATE '2026-09-30' - INTERVAL 25 YEAR "
            "AND birth_date > DATE '2026-09-30' - INTERVAL 46 YEAR")
    same_audience(translator, warehouse, catalog, request_, gold)


@pytest.mark.parametrize("request_", [
    "VIP customers in France, but nobody who bought Smeg",
    "clients VIP en France, mais personne qui a déjà acheté du Smeg",
    "- clients VIP en France\n- personne qui a déjà acheté du Smeg",
])
def test_nobody_who_opens_an_exclusion(translator, warehouse, catalog, request_):
    """'mais personne qui a déjà acheté du Smeg' read 'personne' as 'person': the Smeg buyers were kept, silently
    (and a brief opening on a bullet took its first bullet for a title)."""
    gold = ("SELECT customer_id FROM crm.customers WHERE loyalty_tier = 'vip' AND country = 'FR' AND customer_id NOT IN ("
            "SELECT t.customer_id FROM pos.transactions t JOIN pos.transaction_lines l USING (transaction_id) JOIN "
            "pim.products p USING (product_id) WHERE p.brand = 'Smeg' AND t.customer_id IS NOT NULL UNION SELECT "
            "o.customer_id FROM ecom.orders o JOIN ecom.order_lines l USING (order_id) JOIN pim.products p USING "
            "(product_id) WHERE p.brand = 'Smeg' AND o.status <> 'cancelled')")
    same_audience(translator, warehouse, catalog, request_, gold)


def test_a_person_with_a_determiner_is_a_person(translator):
    t = translator.translate("une personne qui a acheté du Smeg", A)
    assert t.status == "ok" and t.definition.criteria and not t.definition.exclusions


@pytest.mark.parametrize("request_", [
    "clients en France, en Belgique ou aux Pays-Bas",
    "customers in France, in Belgium or at the Netherlands",
])
def test_an_or_before_a_value_said_with_at_is_applied_and_not_reported(translator, request_):
    t = translator.translate(request_, A)
    assert t.status == "ok" and len(t.definition.criteria) == 1 and not t.warnings, (t.definition.to_text(), t.warnings)


# -- a number said after a behaviour's noun is its amount; a bracket opened by a negation is read on its own ----

_ORDERS_OVER_100 = ("SELECT customer_id FROM ecom.orders WHERE status <> 'cancelled' AND total_amount > 100 "
                    "AND order_ts >= DATE '2026-01-01'")


@pytest.mark.parametrize("request_", [
    "customers with an online order over 100 this year",
    "customers with a web order of more than 100 this year",
    "customers with at least one order over 100 this year",
    "customers who placed a single order above 100 this year",
    "clients avec une commande de plus de 100 cette année",
    "clients ayant au moins une commande en ligne supérieure à 100 cette année",
])
def test_a_bare_number_after_one_events_noun_is_that_events_amount(translator, warehouse, catalog, request_):
    """'an online order over 100' was 'more than 100 online orders'; 'at least one order over 100' was 'aged over
    100', silently: a count of one event is impossible, the number is the order's amount."""
    same_audience(translator, warehouse, catalog, request_, _ORDERS_OVER_100)


@pytest.mark.parametrize("request_", [
    "customers with at least 2 orders over 100 this year",
    "clients ayant au moins 2 commandes de plus de 100 cette année",
])
def test_a_number_after_a_counted_noun_is_each_counted_events_amount(translator, warehouse, catalog, request_):
    same_audience(translator, warehouse, catalog, request_,
                  f"SELECT customer_id FROM ({_ORDERS_OVER_100}) GROUP BY customer_id HAVING count(*) >= 2")


@pytest.mark.parametrize("request_", [
    "customers with orders over 900 in total this year",
    "customers whose orders total over 900 this year",
    "clients avec des commandes de plus de 900 au total cette année",
])
def test_a_number_after_the_noun_with_total_is_the_sum(translator, warehouse, catalog, request_):
    same_audience(translator, warehouse, catalog, request_,
                  "SELECT customer_id FROM ecom.orders WHERE status <> 'cancelled' AND order_ts >= DATE '2026-01-01' "
                  "GROUP BY customer_id HAVING sum(total_amount) > 900")


@pytest.mark.parametrize("request_", [
    "customers with over 5 orders this year",
    "customers who ordered more than 5 times this year",
    "clients avec plus de 5 commandes cette année",
])
def test_a_number_before_the_noun_or_with_times_stays_a_count(translator, warehouse, catalog, request_):
    same_audience(translator, warehouse, catalog, request_,
                  "SELECT customer_id FROM ecom.orders WHERE status <> 'cancelled' AND order_ts >= DATE '2026-01-01' "
                  "GROUP BY customer_id HAVING count(*) > 5")


@pytest.mark.parametrize("request_, phrase", [
    ("customers who ordered over 250", "over 250"),
    ("customers who bought shoes over 40", "over 40"),
    ("clients ayant commandé plus de 250", "plus de 250"),
    ("customers with a support ticket over 3", "over 3"),
])
def test_a_bare_number_after_a_verb_or_of_a_behaviour_without_amount_is_asked(translator, request_, phrase):
    """After the verb of a behaviour that has an amount, the number may be a count, an amount or an age; a ticket
    has no amount: asked, never read as a count silently."""
    asks(translator, request_, phrase)


def test_a_number_after_a_verb_of_a_behaviour_without_amount_stays_a_count(translator, warehouse, catalog):
    same_audience(translator, warehouse, catalog, "customers who clicked more than 3 this year",
                  "SELECT m.customer_id FROM marketing.messages m WHERE m.clicked_at >= DATE '2026-01-01' "
                  "GROUP BY m.customer_id HAVING count(*) > 3")


@pytest.mark.parametrize("request_", ["web buyers under 30", "online shoppers under 30"])
def test_a_bound_after_the_people_who_did_a_behaviour_is_their_age(translator, warehouse, catalog, request_):
    """'web buyers under 30' was 'fewer than 30 online orders, none included', silently."""
    same_audience(translator, warehouse, catalog, request_,
                  "SELECT customer_id FROM ecom.orders WHERE status <> 'cancelled' INTERSECT SELECT customer_id "
                  "FROM crm.customers WHERE birth_date > DATE '2026-09-30' - INTERVAL 30 YEAR")


_WEB_ORDERS_OVER_250 = ("SELECT customer_id FROM ecom.orders WHERE status <> 'cancelled' AND device = 'web' "
                        "AND total_amount > 250 AND order_ts >= DATE '2026-09-30' - INTERVAL 6 MONTH")


@pytest.mark.parametrize("request_", [
    "customers with a website order (not app) over 250 in the last 6 months",
    "customers with a website order (not the app) of more than 250 in the last 6 months",
    "clients avec une commande sur le site web (pas l'appli) de plus de 250 € ces 6 derniers mois",
    "clients avec une commande (hors appli) sur le site web de plus de 250 € ces 6 derniers mois",
])
def test_a_negated_bracket_of_another_value_restates_the_one_meant(translator, warehouse, catalog, request_):
    """'(not app)' after 'website' negated the whole order ('not: online order, device app') and the 250 was a count
    of orders, silently."""
    same_audience(translator, warehouse, catalog, request_, _WEB_ORDERS_OVER_250)


@pytest.mark.parametrize("request_", [
    "customers who bought in store (not online) this year",
    "customers who purchased (not online) this year",
    "clients ayant acheté en magasin (hors web) cette année",
])
def test_a_negated_bracket_of_a_sibling_channel_narrows_the_behaviour(translator, warehouse, catalog, request_):
    """'bought in store (not online)' was 'not: store purchase' and 'not: online order', silently."""
    same_audience(translator, warehouse, catalog, request_,
                  "SELECT customer_id FROM pos.transactions WHERE customer_id IS NOT NULL "
                  "AND transaction_ts >= DATE '2026-01-01'")


def test_a_narrowed_behaviour_is_what_a_clause_after_it_continues(translator, warehouse, catalog):
    same_audience(translator, warehouse, catalog,
                  "clients ayant commandé sur le site web (pas l'appli) cette année avec plus de 100 €",
                  "SELECT customer_id FROM ecom.orders WHERE status <> 'cancelled' AND device = 'web' "
                  "AND order_ts >= DATE '2026-01-01' GROUP BY customer_id HAVING sum(total_amount) > 100")


@pytest.mark.parametrize("request_", [
    "customers in France (not Paris) who bought online this year",
    "customers in France (except Paris) who bought online this year",
    "clients en France (hors Paris) ayant acheté en ligne cette année",
])
def test_a_negated_bracket_of_another_attribute_excludes_only_what_it_holds(translator, warehouse, catalog, request_):
    """'in France (not Paris)' was 'not France and not Paris'; '(except Paris) who bought ...' excluded the Paris
    buyers only, the exclusion running to the end of the request."""
    same_audience(translator, warehouse, catalog, request_,
                  "SELECT customer_id FROM crm.customers WHERE country = 'FR' INTERSECT SELECT customer_id "
                  "FROM ecom.orders WHERE status <> 'cancelled' AND order_ts >= DATE '2026-01-01' "
                  "EXCEPT SELECT customer_id FROM crm.customers WHERE city = 'Paris'")


def test_a_negated_bracket_read_as_nothing_is_asked(translator):
    """'(not both)' negated the whole purchase, silently."""
    asks(translator, "customers who bought shoes or bags (not both)", "not both")


_STORE_OR_ONLINE = ("SELECT customer_id FROM pos.transactions WHERE customer_id IS NOT NULL "
                    "AND transaction_ts >= DATE '2026-01-01' UNION SELECT customer_id FROM ecom.orders "
                    "WHERE status <> 'cancelled' AND order_ts >= DATE '2026-01-01'")
_STORE_AND_ONLINE = ("SELECT customer_id FROM pos.transactions WHERE customer_id IS NOT NULL "
                     "AND transaction_ts >= DATE '2026-01-01' INTERSECT SELECT customer_id FROM ecom.orders "
                     "WHERE status <> 'cancelled' AND order_ts >= DATE '2026-01-01'")


@pytest.mark.parametrize("request_, gold", [
    ("clients ayant passé une commande en ligne ou en magasin depuis janvier", _STORE_OR_ONLINE),
    ("customers who made a store purchase or online since January", _STORE_OR_ONLINE),
    ("customers who placed an online order or in store since January", _STORE_OR_ONLINE),
    ("clients ayant fait un achat en magasin ou en ligne depuis janvier", _STORE_OR_ONLINE),
    ("clients ayant passé une commande en ligne et en magasin depuis janvier", _STORE_AND_ONLINE),
    ("customers who made a store purchase and online since January", _STORE_AND_ONLINE),
])
def test_a_sibling_channel_joined_to_a_behaviours_own_names_that_sibling(translator, warehouse, catalog, request_, gold):
    """'une commande en ligne ou en magasin' read 'en magasin' as the acquisition channel (and 'or' not applied);
    'a store purchase or online' asked about 'online': the channel of the behaviour's kind names its sibling."""
    same_audience(translator, warehouse, catalog, request_, gold)


@pytest.mark.parametrize("request_", [
    "customers with an average order over 150",
    "clients avec une commande moyenne de plus de 150",
])
def test_a_number_after_an_average_noun_stays_the_average(translator, warehouse, catalog, request_):
    same_audience(translator, warehouse, catalog, request_,
                  "SELECT customer_id FROM ecom.orders WHERE status <> 'cancelled' GROUP BY customer_id "
                  "HAVING avg(total_amount) > 150")


@pytest.mark.parametrize("request_", [
    "customers with at least one of their orders over 500",
    "clients avec au moins une de leurs commandes de plus de 500",
    "customers with orders of more than 500 each",
    "customers who made a purchase (any channel) over 500",
])
def test_one_of_their_orders_or_each_is_one_orders_amount(translator, warehouse, catalog, request_):
    """'at least one of their orders over 500' and 'orders of more than 500 each' were the orders' total; '(any
    channel)' between the noun and the number made it a count of 500 purchases, silently."""
    gold = "SELECT customer_id FROM ecom.orders WHERE status <> 'cancelled' AND total_amount > 500"
    if "purchase" in request_:
        gold += " UNION SELECT customer_id FROM pos.transactions WHERE customer_id IS NOT NULL AND total_amount > 500"
    same_audience(translator, warehouse, catalog, request_, gold)


def test_a_number_after_the_latest_noun_and_its_verb_is_that_events_amount(translator, warehouse, catalog):
    """'whose last order was over 200' was 'more than 200 orders, the last in ...', silently."""
    same_audience(translator, warehouse, catalog, "customers whose last order was over 200",
                  "SELECT o.customer_id FROM ecom.orders o JOIN (SELECT customer_id, max(order_ts) AS ts FROM ecom.orders "
                  "WHERE status <> 'cancelled' GROUP BY customer_id) l ON l.customer_id = o.customer_id "
                  "AND o.order_ts = l.ts WHERE o.status <> 'cancelled' AND o.total_amount > 200")


@pytest.mark.parametrize("request_, phrase", [
    ("customers who bought shoes and bags, each over 100", "over 100"),
    ("customers with an order over 100 in each of the last 3 months", "each of the"),
])
def test_a_number_or_a_share_no_behaviour_word_holds_is_asked(translator, request_, phrase):
    """', each over 100' was a third condition, 'more than 100 purchases'; 'in each of the last 3 months' was read
    'in the last 3 months' (any of them), silently."""
    asks(translator, request_, phrase)


def test_a_bracket_restating_a_glossary_terms_lapse_is_one_exclusion(translator, warehouse, catalog):
    """'(no purchase for 12 months, in store or online)' excluded, apart, every customer who ever bought."""
    r = translator.translate("customers (no purchase for 12 months, in store or online) who opened an email in "
                             "the last 90 days", A)
    assert r.status == "ok" and len(r.definition.exclusions) == 1, r.definition.to_text()
    same_audience(translator, warehouse, catalog,
                  "customers (no purchase for 12 months, in store or online) who opened an email in the last 90 days",
                  f"SELECT customer_id FROM marketing.messages WHERE channel = 'email' AND opened_at >= DATE "
                  f"'2026-09-30' - INTERVAL 90 DAY EXCEPT SELECT customer_id FROM ({PURCHASES}) p "
                  f"WHERE ts >= DATE '2026-09-30' - INTERVAL 12 MONTH")


def test_ne_que_after_ne_ayant_is_still_only(translator, warehouse, catalog):
    """"n'ayant acheté qu'en ligne" read 'ayant' as a clause edge: the 'qu'' was 'that', and every online buyer was
    kept, silently. It is 'only online' (as 'qui n'achètent qu'en ligne'): online, and never in store."""
    same_audience(translator, warehouse, catalog, "clients n'ayant acheté qu'en ligne",
                  "SELECT customer_id FROM ecom.orders WHERE status <> 'cancelled' EXCEPT "
                  "SELECT customer_id FROM pos.transactions WHERE customer_id IS NOT NULL")


@pytest.mark.parametrize("request_", [
    "customers who bought online (web or app) this year",
    "clients ayant acheté en ligne (web ou appli) cette année",
])
def test_a_value_said_or_the_whole_behaviour_narrows_nothing(translator, warehouse, catalog, request_):
    """'online (web or app)' kept the app orders only, silently."""
    same_audience(translator, warehouse, catalog, request_,
                  "SELECT customer_id FROM ecom.orders WHERE status <> 'cancelled' AND order_ts >= DATE '2026-01-01'")


@pytest.mark.parametrize("request_, phrase", [
    ("clients dépensant plus de 100 € par commande", "par"),
    ("customers who bought online (web or app) over 100 this year", "over 100"),
])
def test_an_amount_per_order_or_after_a_bracketed_verb_is_asked(translator, request_, phrase):
    """'plus de 100 € par commande' was the orders' total, silently (English 'per order' asked); 'bought online (web
    or app) over 100' was 100 orders."""
    asks(translator, request_, phrase)


@pytest.mark.parametrize("request_", [
    "customers who bought twice this year, each time over 100",
    "clients ayant acheté 2 fois cette année, à chaque fois plus de 100 €",
])
def test_each_time_makes_the_amount_each_counted_events(translator, warehouse, catalog, request_):
    """'à chaque fois plus de 100 €' was a second condition, the purchases' total over 100, silently."""
    same_audience(translator, warehouse, catalog, request_,
                  f"SELECT customer_id FROM ({PURCHASES}) p WHERE ts >= DATE '2026-01-01' AND amount > 100 "
                  "GROUP BY customer_id HAVING count(*) >= 2")


@pytest.mark.parametrize("request_", [
    "customers who opened an email (not a newsletter) in the last 30 days",
    "clients ayant ouvert un e-mail (pas une newsletter) ces 30 derniers jours",
])
def test_a_negated_bracket_leaves_out_a_value_of_the_other_dimension_it_names(translator, warehouse, catalog, request_):
    """'(not a newsletter)' excluded every customer with an e-mail consent, silently: 'newsletter' is also the
    campaigns' objective, whose other values are kept."""
    same_audience(translator, warehouse, catalog, request_,
                  "SELECT m.customer_id FROM marketing.messages m JOIN marketing.campaigns c USING (campaign_id) "
                  "WHERE m.channel = 'email' AND c.objective <> 'newsletter' "
                  "AND m.opened_at >= DATE '2026-09-30' - INTERVAL 30 DAY")


@pytest.mark.parametrize("request_", [
    "customers who received an SMS (not an email) in the last 30 days",
    "clients ayant reçu un SMS (pas d'email) ces 30 derniers jours",
])
def test_a_negated_bracket_of_a_value_said_before_restates_it(translator, warehouse, catalog, request_):
    """"(pas d'email)" excluded every customer with an e-mail consent, silently."""
    same_audience(translator, warehouse, catalog, request_,
                  "SELECT customer_id FROM marketing.messages WHERE channel = 'sms' "
                  "AND sent_at >= DATE '2026-09-30' - INTERVAL 30 DAY")


@pytest.mark.parametrize("request_, phrase", [
    ("customers who visited the site (not the app) this month", "the app"),
    ("customers who bought shoes (no returns) this year", "returns"),
    ("clients ayant acheté des chaussures (pas Nike)", "Nike"),
])
def test_a_negated_bracket_the_behaviour_cannot_leave_out_is_asked(translator, request_, phrase):
    """'visited the site (not the app)' excluded the customers acquired through the app; '(no returns)' every
    customer with a returned order, silently."""
    asks(translator, request_, phrase)


def test_a_negated_bracket_of_another_value_of_an_open_list_restates_it(translator, warehouse, catalog):
    """'in Lyon (not Paris)' negated the Lyon purchases (or excluded the customers living in Paris)."""
    same_audience(translator, warehouse, catalog, "customers who bought in Lyon (not Paris) this year",
                  "SELECT t.customer_id FROM pos.transactions t JOIN pos.stores s USING (store_id) "
                  "WHERE s.city = 'Lyon' AND t.customer_id IS NOT NULL AND t.transaction_ts >= DATE '2026-01-01'")


def test_an_amount_inside_the_phrase_of_one_event_is_its_amount(translator, warehouse, catalog):
    """'a 100 euro order' was the orders' total."""
    same_audience(translator, warehouse, catalog, "customers with a 300 euro order this year",
                  "SELECT customer_id FROM ecom.orders WHERE status <> 'cancelled' AND total_amount >= 300 "
                  "AND order_ts >= DATE '2026-01-01'")


@pytest.mark.parametrize("request_", [
    "customers who bought a product over 300 this year",
    "clients ayant acheté un produit de plus de 300 cette année",
])
def test_a_bare_number_after_one_thing_bought_is_the_purchases_amount(translator, warehouse, catalog, request_):
    """'bought a product over 300' was 'more than 300 purchases', silently (with '€' it was one purchase's)."""
    same_audience(translator, warehouse, catalog, request_,
                  f"SELECT customer_id FROM ({PURCHASES}) p WHERE ts >= DATE '2026-01-01' AND amount > 300")


def test_a_clause_continuing_an_amount_spent_says_an_amount(translator, warehouse, catalog):
    """'spent 100 in store and 200 online' read '200 online' as 200 online orders, silently."""
    same_audience(translator, warehouse, catalog, "customers who spent 100 in store and 200 online this year",
                  "SELECT customer_id FROM pos.transactions WHERE customer_id IS NOT NULL AND transaction_ts >= "
                  "DATE '2026-01-01' GROUP BY customer_id HAVING sum(total_amount) >= 100 INTERSECT "
                  "SELECT customer_id FROM ecom.orders WHERE status <> 'cancelled' AND order_ts >= DATE '2026-01-01' "
                  "GROUP BY customer_id HAVING sum(total_amount) >= 200")


@pytest.mark.parametrize("request_, having", [
    ("customers who bought from at least 3 brands this year", ">= 3"),
    ("clients ayant acheté au moins 3 marques cette année", ">= 3"),
    ("customers who bought from a single category this year", "= 1"),
    ("clients ayant acheté dans une seule catégorie cette année", "= 1"),
])
def test_a_count_before_a_dimensions_noun_counts_its_values(translator, warehouse, catalog, request_, having):
    """'bought from at least 3 brands' was 'at least 3 purchases' (the brands lost), silently; 'a single category'
    was 'at least one purchase'."""
    dim = "brand" if "brand" in request_ or "marque" in request_ else "category"
    lines = ("SELECT t.customer_id, p.{d} FROM pos.transactions t JOIN pos.transaction_lines l USING (transaction_id) "
             "JOIN pim.products p USING (product_id) WHERE t.customer_id IS NOT NULL AND t.transaction_ts >= "
             "DATE '2026-01-01' UNION ALL SELECT o.customer_id, p.{d} FROM ecom.orders o JOIN ecom.order_lines l "
             "USING (order_id) JOIN pim.products p USING (product_id) WHERE o.status <> 'cancelled' "
             "AND o.order_ts >= DATE '2026-01-01'").format(d=dim)
    same_audience(translator, warehouse, catalog, request_,
                  f"SELECT customer_id FROM ({lines}) x GROUP BY customer_id HAVING count(DISTINCT {dim}) {having}")


@pytest.mark.parametrize("request_", [
    "customers who bought in each category",
    "clients ayant acheté dans chaque catégorie",
])
def test_each_of_a_behaviours_dimension_is_every_value(translator, warehouse, catalog, request_):
    """'in each category' was dropped (any purchase), silently, then asked: it is every category the catalog lists
    (tests/test_every_value.py)."""
    lines = ("SELECT t.customer_id, p.category FROM pos.transactions t JOIN pos.transaction_lines l USING "
             "(transaction_id) JOIN pim.products p USING (product_id) WHERE t.customer_id IS NOT NULL AND "
             "t.transaction_ts < DATE '2026-10-01' UNION ALL SELECT o.customer_id, p.category FROM ecom.orders o "
             "JOIN ecom.order_lines l USING (order_id) JOIN pim.products p USING (product_id) WHERE o.status <> "
             "'cancelled' AND o.order_ts < DATE '2026-10-01'")
    listed = len(catalog.column("pim.products.category").values)
    same_audience(translator, warehouse, catalog, request_,
                  f"SELECT customer_id FROM ({lines}) x GROUP BY customer_id HAVING count(DISTINCT category) = {listed}")


@pytest.mark.parametrize("request_", [
    "customers with a store purchase or an online order this year",
    "clients ayant passé une commande en ligne ou en magasin depuis janvier",
])
def test_an_or_the_behaviour_applied_is_never_said_to_be_dropped(translator, request_):
    """The 'or' that united the behaviour's events was reported as not applied ('both are required'), a warning
    that contradicted the answer."""
    r = translator.translate(request_, A)
    assert r.status == "ok" and len(r.definition.criteria) == 1, r.definition.to_text()
    assert not any("not applied" in w or "n'a pas été appliqué" in w for w in r.warnings), r.warnings


@pytest.mark.parametrize("request_", [
    "customers with an average store basket over 120 since January",
    "clients avec un panier moyen magasin de plus de 120 € depuis janvier",
])
def test_a_bare_channel_beside_a_behaviours_column_is_that_channels(translator, warehouse, catalog, request_):
    """'average store basket' and 'panier moyen magasin' were the average basket of both channels, silently."""
    same_audience(translator, warehouse, catalog, request_,
                  "SELECT customer_id FROM pos.transactions WHERE customer_id IS NOT NULL AND transaction_ts >= "
                  "DATE '2026-01-01' GROUP BY customer_id HAVING avg(total_amount) > 120")


@pytest.mark.parametrize("request_", [
    "clients avec un panier moyen magasin > 120 € depuis janvier",
    "customers with an average store basket > 120 since January",
])
def test_a_comparison_sign_is_its_comparison(translator, warehouse, catalog, request_):
    """'> 120' dropped the sign: 'at least 120'."""
    same_audience(translator, warehouse, catalog, request_,
                  "SELECT customer_id FROM pos.transactions WHERE customer_id IS NOT NULL AND transaction_ts >= "
                  "DATE '2026-01-01' GROUP BY customer_id HAVING avg(total_amount) > 120")


def test_a_number_restating_the_count_in_brackets_is_no_amount(translator):
    asks(translator, "customers with at least 3 orders (3+)", "3")


@pytest.mark.parametrize("request_", [
    "customers with a total of over 900 in store this year",
    "customers with more than 900 in store purchases this year",
])
def test_a_total_of_or_an_amount_in_purchases_is_their_sum(translator, warehouse, catalog, request_):
    """'a total of over 900 in store' and 'more than 900 in store purchases' were 900 purchases, silently."""
    same_audience(translator, warehouse, catalog, request_,
                  "SELECT customer_id FROM pos.transactions WHERE customer_id IS NOT NULL AND transaction_ts >= "
                  "DATE '2026-01-01' GROUP BY customer_id HAVING sum(total_amount) > 900")


def test_a_number_after_a_counted_noun_before_its_channel_is_each_ones_amount(translator, warehouse, catalog):
    """'over 2 purchases above 50 in store' asked about 'above 50' (read as a count of what followed)."""
    same_audience(translator, warehouse, catalog, "customers with over 2 purchases above 50 in store this year",
                  "SELECT customer_id FROM pos.transactions WHERE customer_id IS NOT NULL AND transaction_ts >= "
                  "DATE '2026-01-01' AND total_amount > 50 GROUP BY customer_id HAVING count(*) > 2")


@pytest.mark.parametrize("request_", [
    "customers with a store purchase over 100 or an online order over 200 this year",
    "customers with a store purchase over €100 or an online order over €200 this year",
    "clients avec un achat en magasin de plus de 100 € ou une commande en ligne de plus de 200 € cette année",
])
def test_two_behaviours_joined_by_or_each_keep_their_own_amount(translator, warehouse, catalog, request_):
    """'a store purchase over €100 or an online order over €200' was one behaviour of either event, 'more than 200
    of them, each over 100', silently: each side keeps what is said of it (the period said once, after both, is
    both's)."""
    same_audience(translator, warehouse, catalog, request_,
                  "SELECT customer_id FROM pos.transactions WHERE customer_id IS NOT NULL AND total_amount > 100 "
                  "AND transaction_ts >= DATE '2026-01-01' UNION SELECT customer_id FROM ecom.orders "
                  "WHERE status <> 'cancelled' AND total_amount > 200 AND order_ts >= DATE '2026-01-01'")


@pytest.mark.parametrize("request_, phrase", [
    ("customers who ordered shoes or bags online over 100", "over 100"),
])
def test_a_number_after_a_verb_and_its_listed_values_is_asked(translator, request_, phrase):
    """'ordered shoes or bags online over 100' was 100 orders, silently."""
    asks(translator, request_, phrase)


def test_a_number_said_each_in_a_clause_of_its_own_is_an_amount(translator, warehouse, catalog):
    """', over 100 each' was a second condition, 'more than 100 purchases', silently."""
    same_audience(translator, warehouse, catalog, "customers who bought online or in store this year, over 100 each",
                  f"SELECT customer_id FROM ({PURCHASES}) p WHERE ts >= DATE '2026-01-01' AND amount > 100")


@pytest.mark.parametrize("request_", [
    "got a win-back message in H1 and are still active today",
    "ont reçu un message de réactivation au S1 et sont toujours actifs aujourd'hui",
])
def test_today_said_of_a_state_is_now_not_a_day(translator, warehouse, catalog, request_):
    """'still active today' gave the active customers' 90 days a length of 0: nobody, silently (set #18)."""
    active = ("SELECT customer_id FROM pos.transactions WHERE customer_id IS NOT NULL AND transaction_ts >= DATE "
              "'2026-09-30' - INTERVAL 90 DAY UNION SELECT customer_id FROM ecom.orders WHERE status <> 'cancelled' "
              "AND order_ts >= DATE '2026-09-30' - INTERVAL 90 DAY")
    gold = (f"SELECT m.customer_id FROM marketing.messages m JOIN marketing.campaigns c USING (campaign_id) WHERE "
            f"c.objective = 'winback' AND m.sent_at >= DATE '2026-01-01' AND m.sent_at < DATE '2026-07-01' "
            f"INTERSECT ({active})")
    same_audience(translator, warehouse, catalog, request_, gold)


@pytest.mark.parametrize("request_", [
    "customers who bought in store in the last month and had bought online before that",
    "clients qui ont acheté en magasin le mois dernier et qui avaient déjà commandé en ligne avant",
])
def test_before_that_is_before_the_period_of_the_behaviour_said_before(translator, warehouse, catalog, request_):
    """'had bought online before that' was read as ever, the last month's orders included, silently (set #18)."""
    gold = ("SELECT customer_id FROM pos.transactions WHERE customer_id IS NOT NULL AND transaction_ts >= DATE "
            "'2026-09-30' - INTERVAL 1 MONTH INTERSECT SELECT customer_id FROM ecom.orders WHERE status <> 'cancelled' "
            "AND order_ts < DATE '2026-08-30'")
    same_audience(translator, warehouse, catalog, request_, gold)


@pytest.mark.parametrize("request_", [
    "at least 10 site visits this quarter but no purchase (neither online nor in store) in that period",
    "au moins 10 visites sur le site ce trimestre mais aucun achat (ni web ni magasin) sur la période",
])
def test_a_neither_bracket_restates_the_channels_of_the_behaviour_before(translator, warehouse, catalog, request_):
    """'(ni web ni magasin)' was read as its own exclusion of those who did both, of any time, silently (set #18)."""
    gold = ("SELECT customer_id FROM web.sessions WHERE customer_id IS NOT NULL AND started_at >= DATE '2026-07-01' "
            "GROUP BY customer_id HAVING count(*) >= 10 EXCEPT (SELECT customer_id FROM pos.transactions WHERE "
            "transaction_ts >= DATE '2026-07-01' UNION SELECT customer_id FROM ecom.orders WHERE status <> 'cancelled' "
            "AND order_ts >= DATE '2026-07-01')")
    same_audience(translator, warehouse, catalog, request_, gold)


@pytest.mark.parametrize("request_", [
    "who clicked unsubscribe in one of our newsletter emails this year",
    "qui s'est désabonné via un de nos e-mails newsletter cette année",
])
def test_an_unsubscribe_keeps_what_it_was_from(translator, request_):
    """The catalog's unsubscribe had no objective: 'newsletter' was the e-mail channel and the newsletter lost."""
    t = translator.translate(request_, A)
    assert t.status == "ok" and "newsletter" in t.definition.criteria[0].label, t.definition.to_text()


_MEN_50_WOMEN_60 = ("SELECT customer_id FROM crm.customers WHERE (gender = 'male' AND date_diff('year', birth_date, "
                    "DATE '2026-09-30') - CASE WHEN strftime(birth_date, '%m-%d') > '09-30' THEN 1 ELSE 0 END > 50) OR "
                    "(gender = 'female' AND date_diff('year', birth_date, DATE '2026-09-30') - CASE WHEN "
                    "strftime(birth_date, '%m-%d') > '09-30' THEN 1 ELSE 0 END > 60)")
_VIP_PARIS_GOLD_LYON = ("SELECT customer_id FROM crm.customers WHERE (loyalty_tier = 'vip' AND city = 'Paris') OR "
                        "(loyalty_tier = 'gold' AND city = 'Lyon')")
_BEAUTY_2026 = (" INTERSECT SELECT customer_id FROM (SELECT t.customer_id FROM pos.transactions t JOIN pos.transaction_lines l USING (transaction_id) "
                "JOIN pim.products p USING (product_id) WHERE p.category = 'beauty' AND t.transaction_ts >= DATE '2026-01-01' "
                "UNION SELECT o.customer_id FROM ecom.orders o JOIN ecom.order_lines l USING (order_id) JOIN pim.products p "
                "USING (product_id) WHERE p.category = 'beauty' AND o.status <> 'cancelled' AND o.order_ts >= DATE '2026-01-01') b")


@pytest.mark.parametrize("request_, gold", [
    ("men over 50 or women over 60", _MEN_50_WOMEN_60),
    ("hommes de plus de 50 ans ou femmes de plus de 60 ans", _MEN_50_WOMEN_60),
    ("VIPs in Paris or gold members in Lyon", _VIP_PARIS_GOLD_LYON),
    ("les VIP à Paris ou les membres or à Lyon", _VIP_PARIS_GOLD_LYON),
    # what follows both groups is both's: a behaviour, or what is said after a comma
    ("men over 50 or women over 60 who bought beauty this year",
     f"SELECT * FROM ({_MEN_50_WOMEN_60}) g{_BEAUTY_2026}"),
    ("hommes de plus de 50 ans ou femmes de plus de 60 ans ayant acheté de la beauté cette année",
     f"SELECT * FROM ({_MEN_50_WOMEN_60}) g{_BEAUTY_2026}"),
    ("VIPs in Paris or gold members in Lyon, opted in to SMS",
     f"{_VIP_PARIS_GOLD_LYON} INTERSECT SELECT customer_id FROM crm.consents WHERE channel = 'sms' AND opted_in"),
    # a list of values followed by what they all share is one group
    ("women in Lyon or Marseille aged 30 to 40",
     "SELECT customer_id FROM crm.customers WHERE gender = 'female' AND city IN ('Lyon', 'Marseille') AND "
     "date_diff('year', birth_date, DATE '2026-09-30') - CASE WHEN strftime(birth_date, '%m-%d') > '09-30' THEN 1 "
     "ELSE 0 END BETWEEN 30 AND 40"),
])
def test_an_or_between_two_groups_of_customers_is_their_union(translator, warehouse, catalog, request_, gold):
    """'men over 50 or women over 60': each group with what is said of it (read as one list of values, the two ages
    were both groups', silently: nobody was a man or a woman over 50 and over 60 but the over-60s)."""
    same_audience(translator, warehouse, catalog, request_, gold)


_EMAIL_NOT_SMS_AUGUST = ("SELECT m.customer_id FROM marketing.messages m WHERE m.channel = 'email' AND m.sent_at >= "
                         "DATE '2026-08-01' AND m.sent_at < DATE '2026-09-01' EXCEPT SELECT m.customer_id FROM "
                         "marketing.messages m WHERE m.channel = 'sms' AND m.sent_at >= DATE '2026-08-01' AND "
                         "m.sent_at < DATE '2026-09-01'")


@pytest.mark.parametrize("request_, gold", [
    ("customers who got an email in August but not an SMS", _EMAIL_NOT_SMS_AUGUST),
    ("clients qui ont reçu un e-mail en août mais pas de SMS", _EMAIL_NOT_SMS_AUGUST),
    # said with its profile attribute, the value is the customers' own
    ("customers who got an email in August, but not SMS opt-ins",
     "SELECT customer_id FROM marketing.messages WHERE channel = 'email' AND sent_at >= DATE '2026-08-01' AND "
     "sent_at < DATE '2026-09-01' EXCEPT SELECT customer_id FROM crm.consents WHERE channel = 'sms' AND opted_in"),
])
def test_another_value_of_a_behaviours_dimension_continues_the_behaviour(translator, warehouse, catalog, request_, gold):
    """'an email ... but not an SMS': another channel of the message said before, not the customers' SMS consent row
    (any row, opted in or out: read so, it removed everyone asked about SMS, silently)."""
    same_audience(translator, warehouse, catalog, request_, gold)


def _brand(brand: str) -> str:
    return (f"SELECT t.customer_id FROM pos.transactions t JOIN pos.transaction_lines l USING (transaction_id) JOIN "
            f"pim.products p USING (product_id) WHERE p.brand = '{brand}' UNION SELECT o.customer_id FROM ecom.orders o "
            f"JOIN ecom.order_lines l USING (order_id) JOIN pim.products p USING (product_id) WHERE p.brand = '{brand}' "
            "AND o.status <> 'cancelled'")


@pytest.mark.parametrize("request_", ["customers who bought Apple or Samsung but not both",
                                      "clients qui ont acheté Apple ou Samsung mais pas les deux"])
def test_one_or_the_other_but_not_both(translator, warehouse, catalog, request_):
    """'but not both' after two values of a behaviour removes those who did it with each (it removed nobody,
    silently: 'both' alone read nothing)."""
    apple, samsung = _brand("Apple"), _brand("Samsung")
    same_audience(translator, warehouse, catalog, request_,
                  f"SELECT * FROM (({apple}) UNION ({samsung})) e EXCEPT SELECT * FROM (({apple}) INTERSECT ({samsung})) b")


@pytest.mark.parametrize("request_, phrase", [("customers in Paris or Lyon but not both", "but not both"),
                                              ("clients à Paris ou Lyon mais pas les deux", "mais pas les deux")])
def test_an_exclusion_that_reads_nothing_is_asked(translator, request_, phrase):
    """An exclusion marker followed by nothing it can read is a question naming it, never dropped."""
    r = translator.translate(request_, A)
    assert r.status == "clarify" and phrase in r.unrecognized, (r.status, r.unrecognized)


_WOMEN_25_40_NOT_VIP_SMS = (
    "SELECT customer_id FROM crm.customers WHERE gender = 'female' AND loyalty_tier <> 'vip' AND date_diff('year', "
    "birth_date, DATE '2026-09-30') - CASE WHEN strftime(birth_date, '%m-%d') > '09-30' THEN 1 ELSE 0 END BETWEEN 25 "
    "AND 40 INTERSECT SELECT customer_id FROM crm.consents WHERE channel = 'sms' AND opted_in")


@pytest.mark.parametrize("request_", ["women aged 25 to 40, excluding VIPs, SMS opt-in required",
                                      "clientes de 25 à 40 ans, hors VIP, opt-in SMS obligatoire",
                                      "clientes de 25 à 40 ans, sauf les VIP, opt-in SMS indispensable"])
def test_a_required_clause_after_an_exclusion_is_a_criterion(translator, warehouse, catalog, request_):
    """', SMS opt-in required' after 'excluding VIPs': what is required is asked of the customers (read inside the
    exclusion, the opted-in were removed, silently, in French where 'obligatoire' was dropped)."""
    same_audience(translator, warehouse, catalog, request_, _WOMEN_25_40_NOT_VIP_SMS)


@pytest.mark.parametrize("request_, removed", [
    ("everyone who opened an email this month except unsubscribers", "unsubscribed from a message"),
    ("tous ceux qui ont ouvert un mail ce mois-ci sauf les désinscrits", "désabonnement"),
])
def test_an_excepted_group_keeps_all_time(translator, request_, removed):
    """'except unsubscribers' names a group of its own: never given the period of the behaviour before (only 'but
    not' / 'but no' continue it)."""
    r = translator.translate(request_, A)
    assert r.status == "ok" and [c.label for c in r.definition.exclusions] == [removed], r.definition.exclusions


_AN_ORDER_OVER_50 = "SELECT customer_id FROM ecom.orders WHERE status <> 'cancelled' AND total_amount > 50"


@pytest.mark.parametrize("request_, gold", [
    ("customers with an order that exceeds 50 euros", _AN_ORDER_OVER_50),
    ("clients qui ont une commande qui dépasse 50 €", _AN_ORDER_OVER_50),
    ("customers who placed an order that was over 50 euros", _AN_ORDER_OVER_50),
    ("customers with no order above €50", f"SELECT customer_id FROM crm.customers EXCEPT {_AN_ORDER_OVER_50}"),
    ("clients dont aucune commande ne dépasse 50 €", f"SELECT customer_id FROM crm.customers EXCEPT {_AN_ORDER_OVER_50}"),
    ("clients sans aucune commande de plus de 50 €", f"SELECT customer_id FROM crm.customers EXCEPT {_AN_ORDER_OVER_50}"),
])
def test_an_amount_said_of_one_order_is_that_orders(translator, warehouse, catalog, request_, gold):
    """'an order that exceeds €50', 'no order above €50', 'aucune commande ne dépasse 50 €': one order's amount (read
    as the sum of all the customer's orders, silently: 'no order above €50' kept those who spent €50 in all)."""
    same_audience(translator, warehouse, catalog, request_, gold)


# -- quantities: a count of distinct things, a number taken out, a bound said after its number --------------------

_STORE_VALUES = ("SELECT t.customer_id, s.store_name AS v FROM pos.transactions t JOIN pos.stores s USING (store_id) "
                "WHERE t.customer_id IS NOT NULL")
_BRAND_VALUES = ("SELECT t.customer_id, p.brand AS v FROM pos.transactions t JOIN pos.transaction_lines l USING "
                "(transaction_id) JOIN pim.products p USING (product_id) WHERE t.customer_id IS NOT NULL UNION ALL "
                "SELECT o.customer_id, p.brand FROM ecom.orders o JOIN ecom.order_lines l USING (order_id) "
                "JOIN pim.products p USING (product_id) WHERE o.status <> 'cancelled'")
_OPENED_CAMPAIGNS = ("SELECT m.customer_id, c.campaign_name AS v FROM marketing.messages m JOIN marketing.campaigns c "
                     "USING (campaign_id) WHERE m.opened_at IS NOT NULL")


def _distinct(lines: str, having: str) -> str:
    return f"SELECT customer_id FROM ({lines}) x GROUP BY customer_id HAVING count(DISTINCT v) {having}"


@pytest.mark.parametrize("request_, lines, having", [
    # the thing a '<thing> name' dimension names is counted by its names (was: one purchase, or a purchase anywhere)
    ("customers who bought in only one store", _STORE_VALUES, "= 1"),
    ("clients qui n'ont acheté que dans un seul magasin", _STORE_VALUES, "= 1"),
    ("shoppers who bought in at least 3 stores", _STORE_VALUES, ">= 3"),
    ("clients ayant acheté dans 2 magasins différents", _STORE_VALUES, ">= 2"),
    ("customers who bought only from 2 brands", _BRAND_VALUES, "= 2"),
    # a bare 'one' before a counted noun is its count (the brand's count was lost: every buyer)
    ("customers who bought from one brand", _BRAND_VALUES, "= 1"),
    ("clients qui ont acheté d'une seule marque", _BRAND_VALUES, "= 1"),
    # the counted noun that also names a behaviour ('campaigns': received) is only what is counted (was: 3 opens
    # and 3 receipts)
    ("customers who opened 3 campaigns", _OPENED_CAMPAIGNS, ">= 3"),
    ("people who opened emails from at least 2 different campaigns", _OPENED_CAMPAIGNS + " AND m.channel = 'email'",
     ">= 2"),
    ("clients qui ont ouvert au moins 3 campagnes", _OPENED_CAMPAIGNS, ">= 3"),
])
def test_a_count_of_things_counts_distinct_values(translator, warehouse, catalog, request_, lines, having):
    same_audience(translator, warehouse, catalog, request_, _distinct(lines, having))


def test_a_count_of_store_purchases_is_still_a_count_of_purchases(translator, warehouse, catalog):
    same_audience(translator, warehouse, catalog, "customers who made at least 2 store purchases",
                  "SELECT customer_id FROM pos.transactions WHERE customer_id IS NOT NULL GROUP BY customer_id "
                  "HAVING count(*) >= 2")


def _aged(lo: int, hi: int) -> str:
    """Full years at the as-of date between lo and hi, inclusive."""
    return (f"birth_date <= DATE '2026-09-30' - INTERVAL {lo} YEAR "
            f"AND birth_date > DATE '2026-09-30' - INTERVAL {hi + 1} YEAR")


@pytest.mark.parametrize("request_", [
    "customers aged 30 to 40 (not 35)",
    "customers aged 30 to 40, except those aged 35",
    "clients de 30 à 40 ans (sauf 35)",
    "clients de 30 à 40 ans mais pas 35 ans",
])
def test_a_bare_number_taken_out_is_that_value(translator, warehouse, catalog, request_):
    """'(not 35)': the 35-year-olds, never everyone from 35 up (the 35- to 40-year-olds were removed)."""
    r = same_audience(translator, warehouse, catalog, request_,
                      f"SELECT customer_id FROM crm.customers WHERE {_aged(30, 40)} AND NOT ({_aged(35, 35)})")
    assert any("35" in w for w in r.warnings), r.warnings


@pytest.mark.parametrize("request_, where", [
    ("customers aged 25 and under", "birth_date > DATE '2026-09-30' - INTERVAL 26 YEAR"),
    ("clients de 25 ans et moins", "birth_date > DATE '2026-09-30' - INTERVAL 26 YEAR"),
    ("customers aged 60 or older", "birth_date <= DATE '2026-09-30' - INTERVAL 60 YEAR"),
    ("customers with 1000 loyalty points or higher", "loyalty_points >= 1000"),
    ("clients avec 1000 points de fidélité ou plus", "loyalty_points >= 1000"),
])
def test_a_bound_said_after_its_number_is_the_numbers(translator, warehouse, catalog, request_, where):
    """'25 and under' was read as at least 25; 'or higher', 'or older' were asked about."""
    same_audience(translator, warehouse, catalog, request_, f"SELECT customer_id FROM crm.customers WHERE {where}")


@pytest.mark.parametrize("request_", [
    "customers who gave a satisfaction score of 4.5 or higher",
    "clients ayant donné une note de satisfaction de 4,5 ou plus",
])
def test_a_score_bound_after_its_value(translator, warehouse, catalog, request_):
    same_audience(translator, warehouse, catalog, request_,
                  "SELECT customer_id FROM service.tickets WHERE satisfaction_score >= 4.5")


@pytest.mark.parametrize("request_, where", [
    # a number's column said right after another number is that number's: 60 was read as loyalty points too
    ("German customers over 60 sitting on at least 1,000 points",
     "country = 'DE' AND birth_date < DATE '2026-09-30' - INTERVAL 61 YEAR AND loyalty_points >= 1000"),
    ("clients allemands de plus de 60 ans avec au moins 1000 points",
     "country = 'DE' AND birth_date < DATE '2026-09-30' - INTERVAL 61 YEAR AND loyalty_points >= 1000"),
    ("customers 60 or more with at least 1,000 points",
     "birth_date <= DATE '2026-09-30' - INTERVAL 60 YEAR AND loyalty_points >= 1000"),
])
def test_a_number_before_another_numbers_column_is_not_that_column(translator, warehouse, catalog, request_, where):
    same_audience(translator, warehouse, catalog, request_, f"SELECT customer_id FROM crm.customers WHERE {where}")


_AT_MOST_3_ORDERS = ("SELECT customer_id FROM crm.customers EXCEPT SELECT customer_id FROM ecom.orders "
                     "WHERE status <> 'cancelled' GROUP BY customer_id HAVING count(*) > 3")


@pytest.mark.parametrize("request_", [
    "customers who placed 3 orders at most",       # was at least 3, with only an 'at least' note
    "customers who ordered 3 times at most",
    "clients avec jusqu'à 3 commandes",            # 'jusqu'à' was asked about, and 3 read as at least 3
    "clients qui ont commandé jusqu'à 3 fois",
])
def test_a_count_bounded_after_it_is_at_most(translator, warehouse, catalog, request_):
    same_audience(translator, warehouse, catalog, request_, _AT_MOST_3_ORDERS)


@pytest.mark.parametrize("request_, phrase", [
    ("VIP customers by spend", "by spend"),              # was every VIP buyer, silently
    ("clients VIP par dépense", "par dépense"),
    ("VIP customers ranked by number of orders", "ranked by number of"),
    ("clients VIP classés par nombre de commandes", "classés par nombre de"),
])
def test_an_order_with_no_size_is_asked(translator, request_, phrase):
    r = asks(translator, request_, phrase)
    options = next(q.options for q in r.clarifications if q.phrase == phrase)
    assert any("top 100" in o for o in options), options


_ONLINE_VS_STORE = ("SELECT customer_id FROM (SELECT customer_id, {one} AS a, 0 AS b FROM ecom.orders "
                    "WHERE status <> 'cancelled' UNION ALL SELECT customer_id, 0, {one} FROM pos.transactions "
                    "WHERE customer_id IS NOT NULL) x GROUP BY customer_id HAVING {having}")


@pytest.mark.parametrize("request_, one, having", [
    # the number before the comparative is how far apart the sides are (was: the online side's own total, and any
    # difference at all)
    ("customers who spent €100 more online than in store", "total_amount", "sum(a) - sum(b) >= 100"),
    ("clients qui ont dépensé 100 euros de plus en ligne qu'en magasin", "total_amount", "sum(a) - sum(b) >= 100"),
    ("customers who ordered 2 more times online than in store", "1", "sum(a) - sum(b) >= 2"),
    # a percent is a share of the other side (was: asked about '20'); 20% more is at least that
    ("customers who spent 20% more online than in store", "total_amount", "sum(a) >= 1.2 * sum(b)"),
    ("clients qui ont dépensé 20 % de plus en ligne qu'en magasin", "total_amount", "sum(a) >= 1.2 * sum(b)"),
])
def test_a_number_before_a_comparative_is_the_margin(translator, warehouse, catalog, request_, one, having):
    same_audience(translator, warehouse, catalog, request_, _ONLINE_VS_STORE.format(one=one, having=having))


_SPENT_100_TO_200 = (f"SELECT customer_id FROM ({PURCHASES}) p GROUP BY customer_id "
                     "HAVING sum(amount) BETWEEN 100 AND 200")


@pytest.mark.parametrize("request_", [
    "customers who spent €100-€200",         # each bound with its sign: was at least 200 purchases over 100 each
    "clients ayant dépensé 100 à 200 €",
])
def test_a_range_with_its_signs_is_a_range(translator, warehouse, catalog, request_):
    same_audience(translator, warehouse, catalog, request_, _SPENT_100_TO_200)


@pytest.mark.parametrize("request_", [
    "clients ayant passé 2 à 4 commandes",   # '4' was asked about, and 2 read as at least 2
    "customers who placed 2-4 orders",
])
def test_a_range_of_counts_said_with_a(translator, warehouse, catalog, request_):
    same_audience(translator, warehouse, catalog, request_,
                  "SELECT customer_id FROM ecom.orders WHERE status <> 'cancelled' GROUP BY customer_id "
                  "HAVING count(*) BETWEEN 2 AND 4")


@pytest.mark.parametrize("request_, phrase", [
    ("customers who bought a handful of times", "a handful of times"),      # 'handful' was an unknown word
    ("clients qui ont acheté une poignée de fois", "une poignée de fois"),
])
def test_a_vague_count_is_asked_with_its_readings(translator, request_, phrase):
    r = asks(translator, request_, phrase)
    assert any("2" in o for q in r.clarifications if q.phrase == phrase for o in q.options), r.clarifications


@pytest.mark.parametrize("request_, n", [
    ("clients qui ont commandé plusieurs fois", 2),            # was asked ('plusieurs'), as English 'several times'
    ("clients qui ont commandé à plusieurs reprises", 2),
    ("customers who ordered several times", 2),
    ("clients avec une vingtaine de commandes", 20),           # 'vingtaine' was asked; 'une dizaine de' reads 10
])
def test_counts_said_with_words(translator, warehouse, catalog, request_, n):
    r = same_audience(translator, warehouse, catalog, request_,
                      "SELECT customer_id FROM ecom.orders WHERE status <> 'cancelled' GROUP BY customer_id "
                      f"HAVING count(*) >= {n}")
    assert any(str(n) in w for w in r.warnings), r.warnings       # an approximate count is said


_ORDERS = "SELECT customer_id, total_amount AS amount FROM ecom.orders WHERE status <> 'cancelled'"


@pytest.mark.parametrize("request_", [
    # an amount spent over a count of events is their total (was: each order over €500, silently)
    "customers who spent more than 500 euros across at least 3 orders",
    "customers who placed at least 3 orders totalling more than 500 euros",
    "clients ayant dépensé plus de 500 € au total sur au moins 3 commandes",
])
def test_an_amount_spent_over_a_count_is_their_total(translator, warehouse, catalog, request_):
    same_audience(translator, warehouse, catalog, request_,
                  f"SELECT customer_id FROM ({_ORDERS}) o GROUP BY customer_id HAVING count(*) >= 3 AND sum(amount) > 500")


@pytest.mark.parametrize("request_", [
    "customers with at least 3 orders over 500 euros",
    "clients avec au moins 3 commandes de plus de 500 € chacune",
])
def test_an_amount_said_of_the_counted_events_is_each_ones(translator, warehouse, catalog, request_):
    same_audience(translator, warehouse, catalog, request_,
                  f"SELECT customer_id FROM ({_ORDERS}) o WHERE amount > 500 GROUP BY customer_id HAVING count(*) >= 3")


_NO_ORDER = "SELECT customer_id FROM crm.customers EXCEPT SELECT customer_id FROM ecom.orders WHERE status <> 'cancelled'"


@pytest.mark.parametrize("request_, gold", [
    # a count or an amount of zero is none (read as at least 0: everyone; as exactly 0: nobody)
    ("customers with 0 orders", _NO_ORDER),
    ("customers with zero orders", _NO_ORDER),
    ("clients avec 0 commande", _NO_ORDER),
    ("customers who spent 0 euros online", _NO_ORDER),
    ("customers with zero loyalty points", "SELECT customer_id FROM crm.customers WHERE loyalty_points = 0"),
    ("clients avec 0 point de fidélité", "SELECT customer_id FROM crm.customers WHERE loyalty_points = 0"),
])
def test_zero_is_none(translator, warehouse, catalog, request_, gold):
    same_audience(translator, warehouse, catalog, request_, gold)


@pytest.mark.parametrize("request_, same_as", [
    # a share said as a part of the customers (was asked: 'top quartile' unknown)
    ("customers in the top quartile by spend", "customers in the top 25% by spend"),
    ("le quart supérieur des clients par dépense", "customers in the top 25% by spend"),
    ("customers in the top decile by number of orders", "customers in the top 10% by number of orders"),
    ("clients du premier décile par nombre de commandes", "customers in the top 10% by number of orders"),
])
def test_a_quantile_is_its_share(translator, warehouse, catalog, request_, same_as):
    gold = translator.translate(same_as, A)
    assert gold.status == "ok", gold.clarifications
    same_audience(translator, warehouse, catalog, request_, compile_sql(gold.definition, catalog))


@pytest.mark.parametrize("request_", [
    # a count that ends its clause counts the things named before (was: opens of any channel)
    "customers who received more than 10 emails but opened fewer than 2",
    "clients ayant reçu plus de 10 e-mails mais qui en ont ouvert moins de 2",
])
def test_a_count_ending_its_clause_counts_the_things_named_before(translator, warehouse, catalog, request_):
    same_audience(translator, warehouse, catalog, request_,
                  "SELECT customer_id FROM marketing.messages WHERE channel = 'email' GROUP BY customer_id "
                  "HAVING count(*) > 10 AND count(opened_at) < 2")


@pytest.mark.parametrize("request_, phrase", [
    # the distinct count is the one said before 'different'; a count of times beside it is asked (it was taken
    # as the distinct count, and the '2' asked)
    ("customers who bought 5 times from 2 different brands", "5 times"),
    ("customers who clicked 3 or more times on 2 different campaigns", "3 or more times"),
])
def test_a_count_of_times_beside_a_distinct_count_is_asked(translator, request_, phrase):
    r = asks(translator, request_, phrase)
    assert "at least 2 different" in r.definition.to_text(), r.definition.to_text()


@pytest.mark.parametrize("request_", [
    "clients avec plus de 1.500 points",          # French groups thousands with a dot: was 1.5 points, silently
    "clients avec plus de 1 500 points",
    "customers with more than 1,500 points",
])
def test_thousands_said_with_a_dot_in_french(translator, warehouse, catalog, request_):
    same_audience(translator, warehouse, catalog, request_,
                  "SELECT customer_id FROM crm.customers WHERE loyalty_points > 1500")


def test_a_decimal_written_like_thousands_is_said_in_english(translator):
    r = translator.translate("customers with more than 1.500 points", A)
    assert any("1.500" in w and "1.5" in w for w in r.warnings), r.warnings


@pytest.mark.parametrize("request_, phrase", [
    # an approximation said after its number is asked, as 'about 30' is (was: at least 30, with only a note)
    ("customers aged 30 or so", "or so"),
    ("customers who spent 500 euros or so", "or so"),
    ("clients de 30 ans environ", "environ"),
    ("clients ayant dépensé 500 € environ", "environ"),
])
def test_an_approximation_after_its_number_is_asked(translator, request_, phrase):
    asks(translator, request_, phrase)


@pytest.mark.parametrize("request_", [
    # a count said without a number before a counted noun is at least 2 of them, said (was asked)
    "customers who bought from several different categories",
    "customers who bought from multiple categories",
    "clients ayant acheté dans plusieurs catégories",
    "clients ayant acheté plusieurs catégories différentes",
])
def test_several_things_are_at_least_two_distinct(translator, warehouse, catalog, request_):
    r = same_audience(translator, warehouse, catalog, request_,
                      "SELECT customer_id FROM (SELECT t.customer_id, p.category FROM pos.transactions t "
                      "JOIN pos.transaction_lines l USING (transaction_id) JOIN pim.products p USING (product_id) "
                      "WHERE t.customer_id IS NOT NULL UNION ALL SELECT o.customer_id, p.category FROM ecom.orders o "
                      "JOIN ecom.order_lines l USING (order_id) JOIN pim.products p USING (product_id) "
                      "WHERE o.status <> 'cancelled') x GROUP BY customer_id HAVING count(DISTINCT category) >= 2")
    assert any("2" in w for w in r.warnings), r.warnings


@pytest.mark.parametrize("request_, phrase", [
    # the catalog's scores are of service tickets: a product rated is asked (was read as a ticket's score, with a
    # note about a basket's price)
    ("customers who rated a product 4.5 or higher", "a product"),
    ("clients ayant noté un produit 4 ou plus", "un produit"),
])
def test_a_score_of_a_thing_the_behaviour_is_not_about_is_asked(translator, request_, phrase):
    asks(translator, request_, phrase)


@pytest.mark.parametrize("request_", ["customers who rated us 4.5 or higher", "clients qui nous ont noté 4,5 ou plus"])
def test_a_score_with_a_bound_after_it(translator, warehouse, catalog, request_):
    same_audience(translator, warehouse, catalog, request_,
                  "SELECT customer_id FROM service.tickets WHERE satisfaction_score >= 4.5")
# -- a state said with 'not yet'; a place excluded after a behaviour that has one --------------------------------


@pytest.mark.parametrize("request_", [
    "customers with delivery tickets by email not yet resolved",
    "customers with an email delivery ticket that has not yet been closed",
    "clients avec des tickets livraison par e-mail pas encore résolus",
])
def test_not_yet_before_a_state_denies_the_state_not_the_behaviour(translator, warehouse, catalog, request_):
    """'not yet resolved': 'yet' was read as the connector 'but', splitting 'tickets not' (no ticket at all) from
    'resolved' (a closed ticket): an empty audience, silently."""
    same_audience(translator, warehouse, catalog, request_,
                  "SELECT customer_id FROM service.tickets WHERE topic = 'delivery' AND channel = 'email' "
                  "AND status IN ('open', 'pending')")


@pytest.mark.parametrize("request_", [
    "customers with an open ticket that is not yet resolved",
    "clients avec un ticket en attente qui n'est pas encore clos",
])
def test_a_state_said_twice_of_one_ticket_is_both(translator, warehouse, catalog, request_):
    """'an open ticket that is not resolved': the one ticket is open; the second state replaced the first (open or
    pending) or was another ticket (open and closed ones)."""
    status = "pending" if "attente" in request_ else "open"
    same_audience(translator, warehouse, catalog, request_,
                  f"SELECT customer_id FROM service.tickets WHERE status = '{status}'")


@pytest.mark.parametrize("request_, phrase", [
    ("customers with a closed ticket that is not resolved", "closed ticket that is not resolved"),
    ("clients avec un ticket clos qui n'est pas résolu", "ticket clos qui n'est pas résolu"),
])
def test_two_states_no_ticket_has_at_once_are_asked(translator, request_, phrase):
    """Said of one ticket, 'closed' and 'not resolved' cannot both hold: the second was kept, silently."""
    asks(translator, request_, phrase)


@pytest.mark.parametrize("request_, city", [
    ("customers who bought in store, except in Lyon", "Lyon"),
    ("shoppers who bought in our stores but not in Lille or Lyon", ("Lille", "Lyon")),
    ("clients qui ont acheté en magasin, sauf à Lyon", "Lyon"),
    ("clients ayant acheté en boutique mais pas à Lille ni à Lyon", ("Lille", "Lyon")),
])
def test_a_place_excluded_after_a_behaviour_with_a_place_is_that_behaviours(translator, warehouse, catalog,
                                                                          request_, city):
    """'bought in store, except in Lyon' left out the customers living in Lyon, and every Lyon store was kept,
    silently: the place is the store's, as 'bought in store in Lyon' reads it, with a note naming the other reading."""
    cities = "('Lille', 'Lyon')" if isinstance(city, tuple) else f"('{city}')"
    t = same_audience(translator, warehouse, catalog, request_,
                      "SELECT customer_id FROM pos.transactions WHERE customer_id IS NOT NULL EXCEPT "
                      "SELECT t.customer_id FROM pos.transactions t JOIN pos.stores s USING (store_id) "
                      f"WHERE s.city IN {cities}")
    assert any("Lyon" in w for w in t.warnings), t.warnings


@pytest.mark.parametrize("request_", [
    "customers who bought in store, except those living in Lyon",
    "customers who bought in store, except customers from Lyon",
    "clients qui ont acheté en magasin, sauf ceux qui habitent à Lyon",
    "clients qui ont acheté en magasin, sauf les Lyonnais",
])
def test_a_place_excluded_with_the_customers_words_is_their_own(translator, warehouse, catalog, request_):
    same_audience(translator, warehouse, catalog, request_,
                  "SELECT customer_id FROM pos.transactions WHERE customer_id IS NOT NULL EXCEPT "
                  "SELECT customer_id FROM crm.customers WHERE city = 'Lyon'")


@pytest.mark.parametrize("request_", [
    "VIP customers since 2022",
    "clients VIP depuis 2022",
])
def test_customers_since_a_date_is_when_they_joined(translator, warehouse, catalog, request_):
    """'customers since 2022' was refused ('since 2022' read by nothing): said of the customers, a period from a day
    on is when they became ones, as 'customers for over 3 years' already was, with a note."""
    t = same_audience(translator, warehouse, catalog, request_,
                      "SELECT customer_id FROM crm.customers WHERE loyalty_tier = 'vip' "
                      "AND signup_date >= DATE '2022-01-01'")
    assert t.warnings, t.warnings


@pytest.mark.parametrize("request_", [
    "customers with a delivery ticket not open",
    "customers opted in to push but not email",
])
def test_a_value_after_to_or_not_stays_the_value(translator, warehouse, catalog, request_):
    """After 'to' or 'not', a base form that is a catalog value ('open', 'email') was read as the verb ('opened',
    'emailed'): 'not email' would be a message, 'not open' an opened one. An auxiliary before ('did not open') still
    says the verb."""
    gold = ("SELECT customer_id FROM service.tickets WHERE topic = 'delivery' AND status IN ('pending', 'closed')"
            if "ticket" in request_ else
            "SELECT customer_id FROM crm.consents WHERE channel = 'push' AND opted_in EXCEPT "
            "SELECT customer_id FROM crm.consents WHERE channel = 'email' AND opted_in")
    same_audience(translator, warehouse, catalog, request_, gold)


@pytest.mark.parametrize("request_", [
    "shoppers who bought in store but not online, in Lyon",
    "clients ayant acheté en magasin mais pas en ligne, à Lyon",
])
def test_a_place_after_an_excluded_behaviour_and_a_comma_is_a_criterion(translator, warehouse, catalog, request_):
    """', in Lyon' was read inside the exclusion: the Lyon customers were removed, silently. After an excluded
    behaviour, a comma and a state of the customer turn back to the criteria (with a note: the stores' city too)."""
    t = same_audience(translator, warehouse, catalog, request_,
                      "SELECT customer_id FROM pos.transactions WHERE customer_id IS NOT NULL INTERSECT "
                      "SELECT customer_id FROM crm.customers WHERE city = 'Lyon' EXCEPT "
                      "SELECT customer_id FROM ecom.orders WHERE status <> 'cancelled'")
    assert any("Lyon" in w for w in t.warnings), t.warnings


@pytest.mark.parametrize("request_", [
    "customers who bought online in Lyon",
    "clients ayant acheté en ligne à Lyon",
])
def test_a_place_beside_a_channel_that_has_none_is_the_customers(translator, warehouse, catalog, request_):
    """'bought online in Lyon': the store's city narrowed 'bought' to store purchases and 'online' was asked about;
    an online order has no store, so Lyon is where they live (as 'ordered online in Lyon' read)."""
    same_audience(translator, warehouse, catalog, request_,
                  "SELECT customer_id FROM ecom.orders WHERE status <> 'cancelled' INTERSECT "
                  "SELECT customer_id FROM crm.customers WHERE city = 'Lyon'")


@pytest.mark.parametrize("request_, phrase", [
    ("customers with an unshipped order in May", "unshipped"),
    ("clients nonabonnés à la newsletter", "nonabonnés"),
])
def test_a_word_with_a_negating_prefix_is_never_a_typo_of_its_opposite(translator, request_, phrase):
    """'unshipped' was read as a typo of 'shipped' (the note said so, the audience was its opposite): a negating
    prefix before a catalog word is asked about (lang_en/lang_fr.NEGATING_PREFIXES)."""
    asks(translator, request_, phrase)


@pytest.mark.parametrize("request_", [
    "clients avec des tickets ouverts en magasin",
    "customers with open tickets in store",
])
def test_a_place_that_is_also_the_named_events_value_is_that_events(translator, warehouse, catalog, request_):
    """'tickets ouverts en magasin': the qualifier alone made it a store purchase, and 'tickets ouverts' was asked
    about (answering 'leave it out' gave store buyers); 'en magasin' is also the ticket's channel."""
    same_audience(translator, warehouse, catalog, request_,
                  "SELECT customer_id FROM service.tickets WHERE status = 'open' AND channel = 'store'")


@pytest.mark.parametrize("request_", [
    "customers who contacted us about a delivery in the last 30 days",
    "clients qui nous ont contactés pour un souci de livraison ces 30 derniers jours",
])
def test_contacted_us_is_a_ticket_not_a_message_we_sent(translator, warehouse, catalog, request_):
    """'contacted us' was read as 'contacted' (a message the customer received): the direction was lost, silently."""
    same_audience(translator, warehouse, catalog, request_,
                  "SELECT customer_id FROM service.tickets WHERE topic = 'delivery' "
                  "AND created_at >= DATE '2026-09-30' - INTERVAL 30 DAY")


@pytest.mark.parametrize("request_", [
    "customers with an app order that was not cancelled",
    "customers with an online order not cancelled",
    "clients avec une commande sur l'appli non annulée",
    "clients avec une commande en ligne qui n'a pas été annulée",
])
def test_an_order_not_cancelled_is_an_order(translator, warehouse, catalog, request_):
    """'an order not cancelled' was 'no cancelled order at all' (and with the app said, an app order and no
    cancelled one ever): an online order is never cancelled, so the order denied that state is the order itself."""
    where = " AND device = 'app'" if "app" in request_ else ""
    same_audience(translator, warehouse, catalog, request_,
                  f"SELECT customer_id FROM ecom.orders WHERE status <> 'cancelled'{where}")


@pytest.mark.parametrize("request_", [
    "customers who received an SMS in May but no email",
    "clients qui ont reçu un SMS en mai mais pas d'e-mail",
])
def test_a_channel_excluded_after_a_behaviour_is_that_behaviours(translator, warehouse, catalog, request_):
    """'received an SMS but no email' removed the customers with an e-mail consent row (the channel of the profile),
    silently: the channel said in place of the one before is the behaviour's, as a place is."""
    sent = ("SELECT m.customer_id FROM marketing.messages m JOIN marketing.campaigns c USING (campaign_id) "
            "WHERE c.channel = '{ch}' AND m.sent_at >= DATE '2026-05-01' AND m.sent_at < DATE '2026-06-01'")
    same_audience(translator, warehouse, catalog, request_, sent.format(ch="sms") + " EXCEPT " + sent.format(ch="email"))


@pytest.mark.parametrize("request_", [
    "customers who can be contacted by SMS",
    "clients joignables par SMS",
])
def test_who_can_be_contacted_on_a_channel_is_its_consent(translator, warehouse, catalog, request_):
    """'can be contacted by SMS' was read as 'contacted' (an SMS received), silently: it is the SMS consent."""
    same_audience(translator, warehouse, catalog, request_,
                  "SELECT customer_id FROM crm.consents WHERE channel = 'sms' AND opted_in")


@pytest.mark.parametrize("request_", [
    "shoppers who bought in store in Lille and in Lyon",
    "clients ayant acheté en magasin à Lille et à Lyon",
])
def test_a_place_said_again_after_a_behaviours_place_is_its_other_place(translator, warehouse, catalog, request_):
    """'in Lille and in Lyon' after a store purchase: Lyon became the customers' city (the Lyon customers who bought
    in Lille), silently, while 'in Lille and Lyon' read both stores; both read both stores now, with a note."""
    store = ("SELECT t.customer_id FROM pos.transactions t JOIN pos.stores s USING (store_id) "
             "WHERE t.customer_id IS NOT NULL AND s.city = '{city}'")
    same_audience(translator, warehouse, catalog, request_,
                  store.format(city="Lille") + " INTERSECT " + store.format(city="Lyon"))


def test_a_place_before_the_store_said_with_another_channel_is_never_the_customers(translator):
    """'bought in a Paris store or online': the store's city is no customer's city (asked about 'online' as before)."""
    t = translator.translate("customers who bought in a Paris store or online", A)
    labels = [c.label for c in t.definition.criteria]
    assert "Paris" not in labels and any("store city Paris" in label for label in labels), labels


def test_non_binary_said_in_two_words_is_the_gender(translator, warehouse, catalog):
    """'non binary' (no hyphen) was refused in English, as 'non binaires' was on the outdoor catalog."""
    same_audience(translator, warehouse, catalog, "non binary customers in Lyon",
                  "SELECT customer_id FROM crm.customers WHERE gender = 'other' AND city = 'Lyon'")


_SHOES_3_BRANDS = ("SELECT customer_id FROM (SELECT t.customer_id, p.brand FROM pos.transactions t JOIN pos.transaction_lines "
                   "l USING (transaction_id) JOIN pim.products p USING (product_id) WHERE p.category = 'shoes' AND "
                   "t.transaction_ts < DATE '2026-10-01' AND t.customer_id IS NOT NULL UNION ALL SELECT o.customer_id, "
                   "p.brand FROM ecom.orders o JOIN ecom.order_lines l USING (order_id) JOIN pim.products p USING (product_id) WHERE p.category = 'shoes' "
                   "AND o.status <> 'cancelled' AND o.order_ts < DATE '2026-10-01') x "
                   "GROUP BY customer_id HAVING count(DISTINCT brand) >= 3")


@pytest.mark.parametrize("request_", ["customers who bought shoes from at least 3 different brands",
                                      "clients ayant acheté des chaussures d'au moins 3 marques différentes"])
def test_a_distinct_count_counts_the_values_of_the_behaviours_own_lines(translator, warehouse, catalog, request_):
    """'shoes from 3 brands': the brands of the shoe lines (it counted the brands of every line of an order that had
    shoes in it, silently)."""
    same_audience(translator, warehouse, catalog, request_, _SHOES_3_BRANDS)


@pytest.mark.parametrize("request_", ["customers who called support about a refund in 2025 and haven't opened a ticket "
                                      "since", "clients qui ont appelé le SAV pour un remboursement en 2025 et qui n'ont "
                                      "ouvert aucun ticket depuis", "clients qui ont appelé le SAV pour un remboursement "
                                      "en 2025 et qui n'ont pas ouvert de ticket depuis"])
def test_a_verb_before_no_other_behaviour_is_said_of_it(translator, warehouse, catalog, request_):
    """'n'ont ouvert aucun ticket', 'pas ouvert de ticket': the opening is the ticket's (it was also a message opened,
    or the ticket's status 'open', silently)."""
    same_audience(translator, warehouse, catalog, request_,
                  "SELECT customer_id FROM service.tickets WHERE channel = 'phone' AND topic = 'refund' AND created_at >= "
                  "DATE '2025-01-01' AND created_at < DATE '2026-01-01' EXCEPT SELECT customer_id FROM service.tickets "
                  "WHERE created_at >= DATE '2026-01-01'")


_NON_OUTLET_STORE = ("SELECT t.customer_id FROM pos.transactions t JOIN pos.stores s USING (store_id) WHERE "
                     "s.store_format <> 'outlet' AND t.customer_id IS NOT NULL")


@pytest.mark.parametrize("request_, gold", [
    ("customers who bought in a store other than an outlet", _NON_OUTLET_STORE),
    ("clients qui ont acheté dans une boutique hors outlet", _NON_OUTLET_STORE),
    ("customers who ordered online excluding the app",
     "SELECT customer_id FROM ecom.orders WHERE status <> 'cancelled' AND device = 'web'"),
    # a value with no list of others, or after a comma, stays an exclusion (said in a note)
    ("clients qui ont acheté dans un magasin hors Paris",
     "SELECT customer_id FROM pos.transactions WHERE customer_id IS NOT NULL EXCEPT SELECT t.customer_id FROM "
     "pos.transactions t JOIN pos.stores s USING (store_id) WHERE s.city = 'Paris'"),
])
def test_a_marker_right_after_a_place_says_which_values_are_meant(translator, warehouse, catalog, request_, gold):
    """'a store other than an outlet', 'une boutique hors outlet': the other store formats, as '(not outlet)' reads
    (read as an exclusion, everyone who ever bought in an outlet was removed, silently)."""
    same_audience(translator, warehouse, catalog, request_, gold)


@pytest.mark.parametrize("request_, gold", [
    ("customers acquired through the marketplace in 2024",
     "SELECT customer_id FROM crm.customers WHERE acquisition_channel = 'marketplace' AND signup_date >= DATE "
     "'2024-01-01' AND signup_date < DATE '2025-01-01'"),
    ("clients recrutés via la marketplace en 2024",
     "SELECT customer_id FROM crm.customers WHERE acquisition_channel = 'marketplace' AND signup_date >= DATE "
     "'2024-01-01' AND signup_date < DATE '2025-01-01'"),
    ("clients venus par parrainage ces 6 derniers mois",
     "SELECT customer_id FROM crm.customers WHERE acquisition_channel = 'referral' AND signup_date >= DATE "
     "'2026-09-30' - INTERVAL 6 MONTH AND signup_date <= DATE '2026-09-30'"),
])
def test_a_period_of_a_value_the_catalog_dates_is_its_dates(translator, warehouse, catalog, request_, gold):
    """'acquired through the marketplace in 2024': the catalog says the acquisition channel is set on the signup
    date (set_on), so the period is the signup date's (the year was asked about)."""
    same_audience(translator, warehouse, catalog, request_, gold)


_BOSE_12M = ("SELECT customer_id FROM (SELECT t.customer_id, t.transaction_ts AS ts, p.brand FROM pos.transactions t JOIN "
             "pos.transaction_lines l USING (transaction_id) JOIN pim.products p USING (product_id) UNION ALL SELECT "
             "o.customer_id, o.order_ts, p.brand FROM ecom.orders o JOIN ecom.order_lines l USING (order_id) JOIN "
             "pim.products p USING (product_id) WHERE o.status <> 'cancelled') x WHERE brand IN ('Bose', 'JBL') AND "
             "ts >= DATE '2026-09-30' - INTERVAL 12 MONTH AND customer_id IS NOT NULL")


@pytest.mark.parametrize("request_, gold", [
    ("clients avec + de 2000 pts fidélité", "SELECT customer_id FROM crm.customers WHERE loyalty_points > 2000"),
    ("ont reçu au moins 3 SMS de notre part ces 6 derniers mois",
     "SELECT customer_id FROM marketing.messages WHERE channel = 'sms' AND sent_at >= DATE '2026-09-30' - INTERVAL 6 "
     "MONTH GROUP BY customer_id HAVING count(*) >= 3"),
    ("Bose or JBL buyers in the last 12 months, store and online combined", _BOSE_12M),
    ("acheteurs Bose ou JBL sur les 12 derniers mois, magasin et web confondus", _BOSE_12M),
    ("tickets created this quarter", "SELECT customer_id FROM service.tickets WHERE created_at >= DATE '2026-07-01'"),
    ("tickets créés ce trimestre", "SELECT customer_id FROM service.tickets WHERE created_at >= DATE '2026-07-01'"),
])
def test_a_marketers_shorthands_and_set_phrases(translator, warehouse, catalog, request_, gold):
    """'+ de 2000 pts' (more than, never '2000 or more'), 'de notre part', 'store and online combined' with no amount
    (either channel: each one apart was both, silently, once the word was read), tickets 'created'."""
    same_audience(translator, warehouse, catalog, request_, gold)


@pytest.mark.parametrize("request_", ["chat tickets about delivery created this quarter and still unresolved",
                                      "tickets chat sur la livraison créés ce trimestre et toujours non résolus"])
def test_and_still_a_state_is_the_same_events(translator, warehouse, catalog, request_):
    """'created this quarter and still unresolved': one ticket, of this quarter, open or pending (read apart, any
    open ticket of any time, silently)."""
    same_audience(translator, warehouse, catalog, request_,
                  "SELECT customer_id FROM service.tickets WHERE channel = 'chat' AND topic = 'delivery' AND created_at "
                  ">= DATE '2026-07-01' AND status IN ('open', 'pending')")


# -- a channel said as a verb: the event with that channel, in the voice of who does it -----------------------------

_SENT = ("SELECT m.customer_id FROM marketing.messages m JOIN marketing.campaigns c USING (campaign_id) "
         "WHERE c.channel = '{ch}' AND m.sent_at >= DATE '{since}' AND m.sent_at < DATE '2026-10-01'")


@pytest.mark.parametrize("request_, gold", [
    ("VIP customers we haven't emailed since July",
     "SELECT customer_id FROM crm.customers WHERE loyalty_tier = 'vip' EXCEPT " + _SENT.format(ch="email", since="2026-07-01")),
    ("gold members not texted since July",
     "SELECT customer_id FROM crm.customers WHERE loyalty_tier = 'gold' EXCEPT " + _SENT.format(ch="sms", since="2026-07-01")),
    ("customers that were SMSed since August", _SENT.format(ch="sms", since="2026-08-01")),
    ("clients VIP qu'on n'a pas mailés depuis juillet",
     "SELECT customer_id FROM crm.customers WHERE loyalty_tier = 'vip' EXCEPT " + _SENT.format(ch="email", since="2026-07-01")),
    ("clients or qu'on n'a pas relancés par SMS depuis juillet",
     "SELECT customer_id FROM crm.customers WHERE loyalty_tier = 'gold' EXCEPT " + _SENT.format(ch="sms", since="2026-07-01")),
    ("clients textés depuis août", _SENT.format(ch="sms", since="2026-08-01")),
    ("clients que nous avons textés depuis août", _SENT.format(ch="sms", since="2026-08-01")),
])
def test_a_channels_verb_said_of_the_customers_is_a_message_sent_on_it(translator, warehouse, catalog, request_, gold):
    """'customers we haven't emailed' was a customer service ticket by e-mail (with only a note), 'texted' and
    'relancés' were not read: the channel's verb, with the customers as its object, is a message on that channel."""
    same_audience(translator, warehouse, catalog, request_, gold)


@pytest.mark.parametrize("request_, gold", [
    ("customers who emailed us since August",
     "SELECT customer_id FROM service.tickets WHERE channel = 'email' AND created_at >= DATE '2026-08-01'"),
    ("customers who phoned in September",
     "SELECT customer_id FROM service.tickets WHERE channel = 'phone' AND created_at >= DATE '2026-09-01'"),
    ("clients qui nous ont appelés en septembre",
     "SELECT customer_id FROM service.tickets WHERE channel = 'phone' AND created_at >= DATE '2026-09-01'"),
    ("tous ceux qui ont appelé le SAV en septembre",      # the relative kept inside the customers' phrase
     "SELECT customer_id FROM service.tickets WHERE channel = 'phone' AND created_at >= DATE '2026-09-01'"),
    ("ceux qui ont apellé le SAV en septembre",           # and a typo of the verb
     "SELECT customer_id FROM service.tickets WHERE channel = 'phone' AND created_at >= DATE '2026-09-01'"),
])
def test_a_channels_verb_said_by_the_customers_is_their_ticket(translator, warehouse, catalog, request_, gold):
    same_audience(translator, warehouse, catalog, request_, gold)


@pytest.mark.parametrize("request_, phrase", [
    ("VIP customers we called in September", "called"),       # no call of ours is recorded: never their ticket
    ("clients VIP qu'on a appelés en septembre", "appelés"),
    ("VIP customers who texted us in September", "texted"),    # no SMS of theirs is recorded: never our message
    ("Emailed in September", "Emailed"),                       # ours or theirs: not said
])
def test_a_channels_verb_in_the_voice_of_no_event_is_asked(translator, request_, phrase):
    """'customers we called' was a phone ticket (with a note): no call of ours is recorded, so it is asked."""
    r = translator.translate(request_, A)
    assert r.status in ("clarify", "refused"), r.definition.to_text()
    assert r.status == "refused" or any(phrase in q.phrase or phrase in q.question for q in r.clarifications), \
        [q.question for q in r.clarifications]


@pytest.mark.parametrize("request_", [
    "VIP customers reachable by email",
    "clients VIP contactables par e-mail",
    "clients VIP joignables par mail",
    "French customers without email consent",      # 'email' stays the channel: never the verb 'emailed'
])
def test_reachable_by_a_channel_is_its_consent(translator, warehouse, catalog, request_):
    """'contactables par e-mail' was asked ('par e-mail', a ticket's phrase, hid the consent's channel)."""
    consent = "SELECT customer_id FROM crm.consents WHERE channel = 'email' AND opted_in"
    if "French" in request_:
        gold = f"SELECT customer_id FROM crm.customers WHERE country = 'FR' EXCEPT {consent}"
    else:
        gold = f"SELECT customer_id FROM crm.customers WHERE loyalty_tier = 'vip' INTERSECT {consent}"
    same_audience(translator, warehouse, catalog, request_, gold)


@pytest.mark.parametrize("request_, gold", [
    ("customers with a non-delivered order this year",
     "SELECT customer_id FROM ecom.orders WHERE status NOT IN ('delivered', 'cancelled') AND order_ts >= DATE '2026-01-01'"),
    ("customers with a non delivered order this year",
     "SELECT customer_id FROM ecom.orders WHERE status NOT IN ('delivered', 'cancelled') AND order_ts >= DATE '2026-01-01'"),
    ("clients avec une commande non-livrée cette année",
     "SELECT customer_id FROM ecom.orders WHERE status NOT IN ('delivered', 'cancelled') AND order_ts >= DATE '2026-01-01'"),
    ("customers with non-cancelled orders in August",
     "SELECT customer_id FROM ecom.orders WHERE status <> 'cancelled' AND order_ts >= DATE '2026-08-01' "
     "AND order_ts < DATE '2026-09-01'"),
    ("customers with a non-resolved ticket",
     "SELECT customer_id FROM service.tickets WHERE status <> 'closed'"),
])
def test_a_prefix_negation_denies_the_state_not_the_behaviour(translator, warehouse, catalog, request_, gold):
    """'a non-delivered order' asked about 'non' (and once read as a negation, it was 'no delivered order')."""
    same_audience(translator, warehouse, catalog, request_, gold)


@pytest.mark.parametrize("request_", [
    "Bose or JBL buyers in the last 12 months, store and online combined",
    "acheteurs Bose ou JBL sur les 12 derniers mois, magasin et web confondus",
    "Bose or JBL buyers in the last 12 months (store + online combined)",
])
def test_the_places_combined_said_apart_are_the_one_behaviour_before(translator, warehouse, catalog, request_):
    """'..., store and online combined' read the behaviour again beside the first (the same audience, two cards the
    marketer had to read as two conditions); with '+' in brackets, 'combined' was asked."""
    r = same_audience(translator, warehouse, catalog, request_, _BOSE_12M)
    assert len(r.definition.criteria) == 1, r.definition.to_text()


def test_an_amount_of_the_places_combined_in_brackets_with_a_plus(translator, warehouse, catalog):
    same_audience(translator, warehouse, catalog,
                  "customers who spent more than €400 on beauty (store + online combined) in 2025",
                  "SELECT customer_id FROM (SELECT t.customer_id, t.transaction_ts AS ts, l.line_amount AS amount, "
                  "p.category FROM pos.transactions t JOIN pos.transaction_lines l USING (transaction_id) JOIN "
                  "pim.products p USING (product_id) UNION ALL SELECT o.customer_id, o.order_ts, l.line_amount, "
                  "p.category FROM ecom.orders o JOIN ecom.order_lines l USING (order_id) JOIN pim.products p "
                  "USING (product_id) WHERE o.status <> 'cancelled') x WHERE category = 'beauty' AND customer_id IS "
                  "NOT NULL AND ts >= DATE '2025-01-01' AND ts < DATE '2026-01-01' GROUP BY customer_id "
                  "HAVING sum(amount) > 400")


@pytest.mark.parametrize("request_", [
    "customers who bought in one of our two Lyon stores this year",
    "shoppers who bought at one of the 2 Lyon stores this year",
    "clients qui ont acheté dans l'un de nos deux magasins lyonnais cette année",
    "clients qui ont acheté dans une de nos 2 boutiques de Lyon cette année",
])
def test_the_number_of_our_places_is_no_count(translator, warehouse, catalog, request_):
    """'one of our two Lyon stores' was at least 2 purchases there (with a note): the number says how many stores."""
    r = same_audience(translator, warehouse, catalog, request_,
                      "SELECT t.customer_id FROM pos.transactions t JOIN pos.stores s USING (store_id) "
                      "WHERE s.city = 'Lyon' AND t.customer_id IS NOT NULL AND t.transaction_ts >= DATE '2026-01-01'")
    assert not any("2" in w or "two" in w or "deux" in w for w in r.warnings), r.warnings


_TOTALS = (f"SELECT customer_id FROM ({PURCHASES}) p WHERE ts >= DATE '2026-01-01' GROUP BY customer_id "
           "HAVING sum(amount) < 50")


@pytest.mark.parametrize("request_, said", [
    ("customers who spent under €50 in total this year", "spent under €50 in total this year"),
    ("clients qui ont dépensé moins de 50 € au total cette année", "dépensé moins de 50 € au total cette année"),
])
def test_a_total_under_a_bound_says_it_leaves_out_those_with_none(translator, warehouse, catalog, request_, said):
    """'spent under €50' kept the customers who bought (the catalog's spend is a sum over purchases) and left out,
    silently, those who bought nothing, who spent less too: the reading says so, naming the phrase."""
    r = same_audience(translator, warehouse, catalog, request_, _TOTALS)
    assert any(said in w and ("none" in w or "aucun" in w) for w in r.warnings), r.warnings


def test_either_a_small_total_or_none_keeps_both(translator, warehouse, catalog):
    r = same_audience(translator, warehouse, catalog,
                      "customers who either spent under €50 in total this year or bought nothing this year",
                      f"SELECT customer_id FROM crm.customers EXCEPT SELECT customer_id FROM ({PURCHASES}) p "
                      f"WHERE ts >= DATE '2026-01-01' UNION {_TOTALS}")
    assert not any("none are not" in w for w in r.warnings), r.warnings


# -- a share of the behaviour's events, and a habit over days ----------------------------------------------------

_DAY = "isodow(CAST(ts AS DATE))"


@pytest.mark.parametrize("request_, extra", [
    ("customers with more than half of their purchases at the weekend", ""),
    ("clients dont plus de la moitié des achats ont été faits un samedi ou un dimanche", ""),
    ("customers who made more than half of their purchases at the weekend (at least 4 purchases)", ">= 4"),
    ("clients dont plus de la moitié des achats sont le week-end (4 achats minimum)", ">= 4"),
])
def test_a_share_of_their_purchases_on_days_is_a_share_of_their_number(translator, warehouse, catalog, request_, extra):
    """'plus de la moitié des achats ... un samedi ou un dimanche' was asked ('moitié'): a share of the number of
    the events the noun names, those on the days against all of them; a count said beside it is of all of them."""
    per = (f"SELECT customer_id, count(*) FILTER (WHERE {_DAY} IN (6, 7)) AS w, count(*) AS n FROM (SELECT DISTINCT "
           f"customer_id, transaction_id AS id, 's' AS src, transaction_ts AS ts FROM pos.transactions WHERE "
           f"customer_id IS NOT NULL UNION ALL SELECT DISTINCT customer_id, order_id, 'o', order_ts FROM ecom.orders "
           f"WHERE status <> 'cancelled') p GROUP BY customer_id")
    gold = f"SELECT customer_id FROM ({per}) x WHERE w > 0.5 * n" + (f" AND n {extra}" if extra else "")
    same_audience(translator, warehouse, catalog, request_, gold)


def test_a_share_of_the_orders_is_of_the_orders_only(translator, warehouse, catalog):
    same_audience(translator, warehouse, catalog, "customers with more than half of their orders on the app",
                  "SELECT customer_id FROM ecom.orders WHERE status <> 'cancelled' GROUP BY customer_id "
                  "HAVING count(*) FILTER (WHERE device = 'app') > 0.5 * count(*)")


@pytest.mark.parametrize("request_, phrase", [
    ("VIP customers who shop every Sunday", "every Sunday"),
    ("VIP customers who bought every weekend this year", "every weekend"),
    ("clients VIP qui achètent tous les dimanches", "tous les dimanches"),
    ("clients VIP qui achètent chaque samedi", "chaque samedi"),
])
def test_each_one_of_the_days_is_asked_as_a_habit_naming_the_days(translator, request_, phrase):
    """'every Sunday' was asked as a share of 'every' with 'Sunday' unknown; 'tous les dimanches' as unknown: a
    habit over days, asked with the question of habits, naming the days."""
    r = asks(translator, request_, phrase)
    question = next(q.question for q in r.clarifications if q.phrase == phrase)
    assert "days of the week" in question or "jours de la semaine" in question, question


@pytest.mark.parametrize("request_", [
    "customers who opened at least 2 newsletters by email since June",
    "clients qui ont ouvert au moins 2 newsletters par e-mail depuis juin",
    "clients qui ont ouvert au moins 2 infolettres par courriel depuis juin",
])
def test_a_word_of_two_dimensions_is_the_one_no_other_word_says(translator, warehouse, catalog, request_):
    """'newsletters par e-mail' was asked ('par e-mail' a ticket's phrase), then read as the e-mail channel twice
    (with a note): the channel is said, so 'newsletters' is the objective."""
    same_audience(translator, warehouse, catalog, request_,
                  "SELECT m.customer_id FROM marketing.messages m JOIN marketing.campaigns c USING (campaign_id) "
                  "WHERE c.objective = 'newsletter' AND c.channel = 'email' AND m.opened_at >= DATE '2026-06-01' "
                  "GROUP BY m.customer_id HAVING count(*) >= 2")


@pytest.mark.parametrize("request_", ["customers who received the campaign called Black Friday 2025",
                                      "clients qui ont reçu la campagne appelée Black Friday 2025"])
def test_a_channels_verb_said_of_a_thing_names_no_behaviour(translator, request_):
    """'the campaign called ...': the verb is said of the campaign (named so), never a phone ticket of the customers."""
    r = translator.translate(request_, A)
    assert not any("ticket" in c.label for c in r.definition.criteria), r.definition.to_text()


@pytest.mark.parametrize("request_", ["customers who clicked the We Miss You email", "ont cliqué dans l'e-mail We Miss You"])
def test_a_campaign_name_that_starts_and_ends_with_grammar_is_named(translator, warehouse, catalog, request_):
    """'We Miss You' (the theme of 'We Miss You Sep 2025 - email'), typed in its capitals: its words 'we' and 'you'
    kept it from being a part of the names, and 'Miss' was asked about."""
    same_audience(translator, warehouse, catalog, request_,
                  "SELECT m.customer_id FROM marketing.messages m JOIN marketing.campaigns c USING (campaign_id) "
                  "WHERE m.clicked_at IS NOT NULL AND c.campaign_name LIKE 'We Miss You%' AND c.channel = 'email'")


# -- the value of the attribute a date sets, said right after the date's verb; a place said as the people ---------------

_STORE_SIGNUPS = "SELECT customer_id FROM crm.customers WHERE acquisition_channel = 'store'"


@pytest.mark.parametrize("request_, gold", [
    ("customers who signed up in store", _STORE_SIGNUPS),
    ("clients inscrits en magasin", _STORE_SIGNUPS),
    ("clients inscrits en magasin en 2025",
     _STORE_SIGNUPS + " AND signup_date >= DATE '2025-01-01' AND signup_date < DATE '2026-01-01'"),
])
def test_signed_up_in_store_is_the_acquisition_channel(translator, warehouse, catalog, request_, gold):
    """'signed up in store' was a store purchase and a signup date on file, silently: the channel the catalog sets on
    the signup date (`set_on`) is the value said right after the date's verb."""
    same_audience(translator, warehouse, catalog, request_, gold)


_WEB_SIGNUPS = ("SELECT customer_id FROM crm.customers WHERE acquisition_channel = 'web' "
                "AND signup_date < DATE '2024-09-30'")


@pytest.mark.parametrize("request_", ["customers who signed up on the website over two years ago",
                                      "clients inscrits sur le site web il y a plus de deux ans"])
def test_a_behaviours_place_said_after_the_signup_is_the_channels_value_its_words_name(
        translator, warehouse, catalog, request_):
    """'signed up on the website' was an online order, a site visit and a web event before the date, silently."""
    same_audience(translator, warehouse, catalog, request_, _WEB_SIGNUPS)


@pytest.mark.parametrize("request_", ["customers who signed up online", "clients inscrits en ligne"])
def test_a_place_after_the_signup_that_names_no_channel_is_asked(translator, request_):
    """'online' names no acquisition channel (the web shop or the app?): asked, never an online order."""
    r = translator.translate(request_, A)
    assert r.status == "clarify" and not any("order" in c.label or "commande" in c.label
                                             for c in r.definition.criteria), r.definition.to_text()


_PARIS_IN_STORE = ("SELECT customer_id FROM crm.customers WHERE city = 'Paris' INTERSECT SELECT customer_id FROM "
                   "pos.transactions WHERE transaction_ts >= DATE '2025-01-01' AND transaction_ts < DATE '2026-01-01'")


@pytest.mark.parametrize("request_, gold", [
    ("les Parisiens venus en magasin en 2025", _PARIS_IN_STORE),
    ("Parisians who came to a store in 2025", _PARIS_IN_STORE),
    ("les clientes parisiennes venues en magasin en 2025",
     _PARIS_IN_STORE + " INTERSECT SELECT customer_id FROM crm.customers WHERE gender = 'female'"),
    ("achetés en 2025 dans les magasins parisiens",      # said of the stores, they stay the stores' city
     "SELECT t.customer_id FROM pos.transactions t JOIN pos.stores s USING (store_id) WHERE s.city = 'Paris' "
     "AND t.transaction_ts >= DATE '2025-01-01' AND t.transaction_ts < DATE '2026-01-01' AND t.customer_id IS NOT NULL"),
])
def test_a_place_said_as_the_people_before_their_behaviour_is_theirs(translator, warehouse, catalog, request_, gold):
    """'les Parisiens venus en magasin' was those who came to a Paris store, silently: said as the people, before the
    verb of what they did, the city is theirs."""
    same_audience(translator, warehouse, catalog, request_, gold)


# -- first sight of sets #21, #22 and outdoor #3: each silent answer's cause, in words of our own -----------------------

_SPENT_2025 = ("SELECT customer_id FROM (SELECT customer_id, total_amount FROM pos.transactions WHERE customer_id IS "
               "NOT NULL AND transaction_ts >= DATE '2025-01-01' AND transaction_ts < DATE '2026-01-01' UNION ALL "
               "SELECT customer_id, total_amount FROM ecom.orders WHERE status <> 'cancelled' AND order_ts >= "
               "DATE '2025-01-01' AND order_ts < DATE '2026-01-01') GROUP BY customer_id HAVING sum(total_amount) > {n}")


@pytest.mark.parametrize("request_, gold", [
    ("customers who spent more than €500 with us in 2025", _SPENT_2025.format(n=500)),
    ("VIPs who spent over 800 euros with us in 2025",
     _SPENT_2025.format(n=800) + " INTERSECT SELECT customer_id FROM crm.customers WHERE loyalty_tier = 'vip'"),
])
def test_with_us_is_the_business_and_cuts_no_clause(translator, warehouse, catalog, request_, gold):
    """'with us' opened a clause: the total was of all time and 'in 2025' a second purchase, silently."""
    same_audience(translator, warehouse, catalog, request_, gold)


@pytest.mark.parametrize("request_, n", [
    ("clients ayant dépensé plus de 1'000.- en magasin depuis le 1er janvier", 1000),
    ("customers who spent over 1’200 € in store since January 1st", 1200),
])
def test_a_swiss_thousands_apostrophe_is_one_number(translator, warehouse, catalog, request_, n):
    """'1'000' was 1 and 000: 'at most 0 purchases' and a total above 1, silently."""
    same_audience(translator, warehouse, catalog, request_,
                  "SELECT customer_id FROM pos.transactions WHERE customer_id IS NOT NULL AND transaction_ts >= "
                  f"DATE '2026-01-01' GROUP BY customer_id HAVING sum(total_amount) > {n}")


_SHOES_SUMMER = ("SELECT t.customer_id FROM pos.transactions t JOIN pos.transaction_lines l USING (transaction_id) "
                 "JOIN pim.products p USING (product_id) WHERE p.category = 'shoes' AND t.customer_id IS NOT NULL AND "
                 "t.transaction_ts >= DATE '2026-06-01' AND t.transaction_ts < DATE '2026-09-01'")
_SHOES_SUMMER_WEB = ("SELECT o.customer_id FROM ecom.orders o JOIN ecom.order_lines l USING (order_id) JOIN "
                     "pim.products p USING (product_id) WHERE p.category = 'shoes' AND o.status <> 'cancelled' AND "
                     "o.order_ts >= DATE '2026-06-01' AND o.order_ts < DATE '2026-09-01'")


@pytest.mark.parametrize("request_, gold", [
    ("acheteurs de chaussures cet été, boutique ou site", _SHOES_SUMMER + " UNION " + _SHOES_SUMMER_WEB),
    ("shoe buyers this summer, store or site", _SHOES_SUMMER + " UNION " + _SHOES_SUMMER_WEB),
    ("bought shoes this summer, in store", _SHOES_SUMMER),
    ("ont acheté des chaussures cet été, en boutique", _SHOES_SUMMER),
    ("viewed a product this month but didn't buy anything in that time, store or online",
     "SELECT customer_id FROM web.events WHERE event_type = 'product_view' AND event_ts >= DATE '2026-09-01' EXCEPT "
     "(SELECT customer_id FROM pos.transactions WHERE transaction_ts >= DATE '2026-09-01' UNION SELECT customer_id "
     "FROM ecom.orders WHERE status <> 'cancelled' AND order_ts >= DATE '2026-09-01')"),
])
def test_places_said_apart_after_a_behaviour_are_its_own(translator, warehouse, catalog, request_, gold):
    """', store or site' was the acquisition channel ('boutique' even a woman's noun); ', in store' a second card of any
    time; ', store or online' after a negated behaviour a purchase required: each silently."""
    same_audience(translator, warehouse, catalog, request_, gold)


@pytest.mark.parametrize("request_, said", [
    ("customers who haven't shopped since the spring", "2026-06-01"),
    ("clients qui n'ont pas acheté depuis l'été", "2026-09-01"),
])
def test_not_since_a_season_says_how_it_was_read(translator, request_, said):
    """'not since the spring' may mean since it ended: read from its start, with a note naming the other day."""
    r = translator.translate(request_, A)
    assert r.status == "ok" and any(said in w for w in r.warnings), r.warnings


# -- a period said as the heading of what follows ------------------------------------------------------------------


@pytest.mark.parametrize("request_, lang", [
    ("In the last 6 months: customers who bought shoes and never returned an order", None),
    ("Last 6 months - bought shoes, no order returned", None),
    ("Sur les 6 derniers mois : clients qui ont acheté des chaussures et jamais retourné de commande", "fr"),
])
def test_a_period_said_as_a_heading_is_the_period_of_every_behaviour_after_it(translator, warehouse, catalog,
                                                                               request_, lang):
    six = "DATE '2026-09-30' - INTERVAL 6 MONTH"
    r = same_audience(translator, warehouse, catalog, request_,
                      "SELECT t.customer_id FROM pos.transactions t JOIN pos.transaction_lines l USING (transaction_id) "
                      f"JOIN pim.products p USING (product_id) WHERE p.category = 'shoes' AND t.customer_id IS NOT NULL "
                      f"AND t.transaction_ts >= {six} "
                      "UNION SELECT o.customer_id FROM ecom.orders o JOIN ecom.order_lines l USING (order_id) "
                      "JOIN pim.products p USING (product_id) WHERE p.category = 'shoes' AND o.status <> 'cancelled' "
                      f"AND o.order_ts >= {six} EXCEPT SELECT customer_id FROM ecom.orders "
                      f"WHERE status = 'returned' AND order_ts >= {six}", lang=lang)
    assert any("6" in w for w in r.warnings), r.warnings


def test_a_heading_period_no_behaviour_takes_is_said(translator):
    r = translator.translate("Last 12 months - customers who bought shoes since May", A)
    assert any("Last 12 months" in w for w in r.warnings), r.warnings


# -- a period said first, before a comma: the period of every behaviour of the request -----------------------------


@pytest.mark.parametrize("request_, lang", [
    ("Since March, customers who bought shoes in store but didn't order online", None),
    ("Depuis mars, les clients qui ont acheté des chaussures en magasin mais pas commandé en ligne", "fr"),
])
def test_a_period_said_first_is_the_period_of_every_behaviour(translator, warehouse, catalog, request_, lang):
    r = same_audience(translator, warehouse, catalog, request_,
                      "SELECT t.customer_id FROM pos.transactions t JOIN pos.transaction_lines l USING (transaction_id) "
                      "JOIN pim.products p USING (product_id) WHERE p.category = 'shoes' AND t.customer_id IS NOT NULL "
                      "AND t.transaction_ts >= DATE '2026-03-01' EXCEPT SELECT customer_id FROM ecom.orders "
                      "WHERE status <> 'cancelled' AND order_ts >= DATE '2026-03-01'", lang=lang)
    assert any("Since March" in w or "Depuis mars" in w for w in r.warnings), r.warnings


@pytest.mark.parametrize("request_, phrase", [
    ("Since March, VIP customers in Paris", "Since March"),                     # of no behaviour
    ("Since March, customers who never ordered online", "Since March"),         # 'never': within it, or ever?
    ("In 2025, customers who bought in store in March", "2025"),                # a period of its own
])
def test_a_period_said_first_that_no_behaviour_takes_whole_is_asked(translator, request_, phrase):
    asks(translator, request_, phrase)


# -- months cut short ('sept') and a range of two months joined by a hyphen ('Sept-Nov') --------------------------


@pytest.mark.parametrize("request_, lang, start, end", [
    ("customers who opened an email in sept", None, "2026-09-01", "2026-10-01"),
    ("customers who opened an email in Sept-Nov 2025", None, "2025-09-01", "2025-12-01"),
    ("clients qui ont ouvert un e-mail en sept-nov 2025", "fr", "2025-09-01", "2025-12-01"),
    ("clients qui ont ouvert un e-mail en juin-août", "fr", "2026-06-01", "2026-09-01"),
])
def test_a_month_cut_short_and_a_hyphenated_range_of_months(translator, warehouse, catalog, request_, lang, start,
                                                             end):
    same_audience(translator, warehouse, catalog, request_,
                  "SELECT customer_id FROM marketing.messages WHERE channel = 'email' "
                  f"AND opened_at >= DATE '{start}' AND opened_at < DATE '{end}'", lang=lang)


# -- a year typed before a behaviour's noun: '2025 buyers', 'our 2025 online buyers', '2026 sign-ups' ----------------


@pytest.mark.parametrize("request_, lang", [("our 2025 online buyers", None), ("nos acheteurs en ligne de 2025", "fr")])
def test_a_year_before_a_behaviours_noun_is_its_year(translator, warehouse, catalog, request_, lang):
    same_audience(translator, warehouse, catalog, request_,
                  "SELECT customer_id FROM ecom.orders WHERE status <> 'cancelled' AND order_ts >= DATE '2025-01-01' "
                  "AND order_ts < DATE '2026-01-01'", lang=lang)


def test_a_year_before_a_dated_attribute_is_its_year(translator, warehouse, catalog):
    same_audience(translator, warehouse, catalog, "2025 registered customers in Paris",
                  "SELECT customer_id FROM crm.customers WHERE city = 'Paris' AND signup_date >= DATE '2025-01-01' "
                  "AND signup_date < DATE '2026-01-01'")


def test_a_number_after_the_is_no_year_of_a_noun(translator):
    """'the 2000 buyers who spent the most': a count of customers, not the year 2000."""
    r = translator.translate("the 2000 buyers who spent the most", A)
    assert "2000-01-01" not in " ".join(c.sql for c in r.definition.criteria), r.definition.to_text()


# -- a day the calendar names, said as a date: 'since Christmas', 'between Black Friday and Christmas last year' -----


@pytest.mark.parametrize("request_, lang, start, end", [
    ("customers who ordered online since Christmas", None, "2025-12-25", "2026-10-01"),
    ("customers who ordered online between Black Friday and Christmas last year", None, "2025-11-28", "2025-12-26"),
    ("customers who ordered online on Black Friday 2024", None, "2024-11-29", "2024-11-30"),
    ("clients qui ont commandé en ligne depuis la Saint-Jean", "fr", "2026-06-24", "2026-10-01"),
    ("clients qui ont commandé en ligne entre le Black Friday et Noël l'an dernier", "fr", "2025-11-28", "2025-12-26"),
])
def test_a_day_the_calendar_names_is_that_day(translator, warehouse, catalog, request_, lang, start, end):
    same_audience(translator, warehouse, catalog, request_,
                  "SELECT customer_id FROM ecom.orders WHERE status <> 'cancelled' "
                  f"AND order_ts >= DATE '{start}' AND order_ts < DATE '{end}'", lang=lang)


@pytest.mark.parametrize("request_, phrase", [
    ("Christmas shoppers who ordered online", "Christmas"),            # the season, or the day? asked
    ("customers who ordered online at Christmas", "at Christmas"),     # named with the word that says a period
])
def test_a_day_the_calendar_names_said_with_no_date_word_is_asked(translator, request_, phrase):
    asks(translator, request_, phrase)


@pytest.mark.parametrize("request_", ["customers who landed on the Black Friday landing page",
                                      "customers who opened the Black Friday email since March"])
def test_a_day_the_calendar_names_inside_a_name_is_no_date(translator, request_):
    """'on the Black Friday landing page': a part of a name, not the day (read as one, the request was refused)."""
    r = translator.translate(request_, A)
    assert r.definition is not None and "11-28" not in r.definition.to_text(), r.definition.to_text()
    assert "11-28" not in " ".join(c.sql for c in r.definition.criteria)


def test_la_fete_du_travail_is_read_where_the_region_is_said_and_asked_elsewhere(translator):
    """1 May in France, Belgium and Switzerland, the first Monday of September in Quebec: a brief in Quebec French
    reads Quebec's (K10: 'depuis la fête du Travail' = since 2026-09-07, included); one that says no region is asked
    which day, never read as either; said as a period ('pour la fête du Travail') it stays asked."""
    for quebec in ("clients qui ont magasiné en ligne depuis la fête du Travail",
                   "nos clients de Montréal qui ont commandé en ligne depuis la fête du Travail"):
        r = translator.translate(quebec, A)
        assert r.status == "ok" and "2026-09-07" in r.definition.to_text(), r.definition.to_text()
    r = translator.translate("clients qui ont commandé en ligne depuis la fête du Travail", A)
    assert r.status == "clarify" and [q.phrase for q in r.clarifications] == ["depuis la fête du Travail"]
    assert "1er mai" in r.clarifications[0].question and "Québec" in r.clarifications[0].question
    r = translator.translate("clients qui ont commandé en ligne pour la fête du Travail", A)
    assert r.status == "clarify" and any("fête du Travail" in q.phrase for q in r.clarifications), \
        r.definition.to_text()


def test_black_friday_moves_with_the_year():
    from assistant.translate.lang_en import HOLIDAYS
    from assistant.translate.offline.holidays import day_of
    assert [day_of(HOLIDAYS[("black", "friday")], y).isoformat() for y in (2023, 2024, 2025)] == \
        ["2023-11-24", "2024-11-29", "2025-11-28"]


# -- 'then, within N,' said between commas before a behaviour; the same value as the behaviour before ---------------


@pytest.mark.parametrize("request_, lang", [
    ("customers who opened an email in August and then, within 10 days, bought shoes in one of our shops", None),
    ("clients qui ont ouvert un email en août puis, dans les 10 jours, acheté des chaussures dans un de nos magasins",
     "fr"),
])
def test_then_within_a_time_between_commas_is_the_order_of_the_behaviour_after_it(translator, warehouse, catalog,
                                                                                  request_, lang):
    same_audience(translator, warehouse, catalog, request_,
                  "SELECT m.customer_id FROM marketing.messages m JOIN pos.transactions t ON t.customer_id = m.customer_id "
                  "JOIN pos.transaction_lines l ON l.transaction_id = t.transaction_id "
                  "JOIN pim.products p ON p.product_id = l.product_id WHERE m.channel = 'email' "
                  "AND m.opened_at >= DATE '2026-08-01' AND m.opened_at < DATE '2026-09-01' AND p.category = 'shoes' "
                  "AND t.transaction_ts >= m.opened_at AND t.transaction_ts <= m.opened_at + INTERVAL 10 DAY", lang=lang)


def test_words_before_a_comma_other_than_an_order_or_a_period_stay_apart(translator):
    """'no wait,' is a retraction: joined to the clause after the comma, its 'no' negated every criterion."""
    r = translator.translate("gold members... no wait, just the VIP members living in Belgium", A)
    assert not any(c.label.startswith("not") for c in r.definition.criteria), r.definition.to_text()


def test_the_same_value_as_the_behaviour_before_is_read(translator, warehouse, catalog):
    """'puis acheté un article de la même marque': the purchase shares its brand with the product viewed before it
    (meaning.Follows.same; tests/test_same_as_before.py)."""
    bought = " UNION ALL ".join(
        f"SELECT x.customer_id, x.{ts} AS ts, p.brand FROM {table} x JOIN {lines} l USING ({key}) "
        f"JOIN pim.products p USING (product_id) WHERE {where}"
        for table, lines, key, ts, where in (
            ("pos.transactions", "pos.transaction_lines", "transaction_id", "transaction_ts", "x.customer_id IS NOT NULL"),
            ("ecom.orders", "ecom.order_lines", "order_id", "order_ts", "x.status <> 'cancelled'")))
    same_audience(translator, warehouse, catalog,
                  "clients qui ont consulté un produit sur le site puis acheté un article de la même marque",
                  "SELECT DISTINCT e.customer_id FROM web.events e JOIN pim.products v ON v.product_id = e.product_id "
                  f"JOIN ({bought}) b ON b.customer_id = e.customer_id AND b.brand = v.brand "
                  "WHERE e.event_type = 'product_view' AND e.event_ts < DATE '2026-10-01' AND b.ts < DATE '2026-10-01' "
                  "AND b.ts > e.event_ts")


@pytest.mark.parametrize("request_, phrase", [
    # a message received has no brand: the same as what? asked
    ("customers who received an email and later bought from that same brand", "same"),
    ("clients qui ont reçu un e-mail puis acheté un article de la même marque", "la même"),
])
def test_the_same_value_as_a_behaviour_before_without_it_is_asked(translator, request_, phrase):
    r = translator.translate(request_, A)
    assert r.status == "clarify" and any(q.phrase == phrase for q in r.clarifications), \
        (r.status, [q.phrase for q in r.clarifications], r.definition.to_text())


# -- a ranking by an average, and a count said beside it -----------------------------------------------------------

_THIS_YEAR = f"SELECT * FROM ({PURCHASES}) p WHERE ts >= DATE '2026-01-01'"


@pytest.mark.parametrize("request_, lang", [
    ("top 50 customers by average basket this year, with at least 3 purchases this year", None),
    ("Top 50 customers by average basket this year - they need at least 3 purchases in that time", None),
    ("les 50 meilleurs clients par panier moyen cette année, avec au moins 3 achats cette année", "fr"),
])
def test_a_ranking_by_an_average_basket_ranks_the_average_among_those_counted(translator, warehouse, catalog,
                                                                               request_, lang):
    same_audience(translator, warehouse, catalog, request_,
                  f"SELECT customer_id FROM ({_THIS_YEAR}) p GROUP BY customer_id HAVING count(*) >= 3 "
                  "ORDER BY avg(amount) DESC, customer_id LIMIT 50", lang=lang)


def test_a_top_share_by_an_average_basket_ranks_the_average(translator, warehouse, catalog):
    same_audience(translator, warehouse, catalog, "top 10% of customers by average basket this year",
                  f"SELECT customer_id FROM (SELECT customer_id, percent_rank() OVER (ORDER BY avg(amount)) AS pr "
                  f"FROM ({_THIS_YEAR}) p GROUP BY customer_id) r WHERE pr >= 0.9")



def test_the_model_schema_offers_a_ranking_by_the_average_and_its_spec_round_trips(translator, catalog):
    from assistant.meaning import from_spec, to_spec
    from assistant.translate.meaning_schema import answer_schema

    measure = answer_schema(catalog)["$defs"]["top"]["properties"]["measure"]
    spec = translator.translate("top 100 customers by average basket this year", A).definition.criteria[0].spec
    assert spec["measure"] == "average" and "average" in measure["enum"], (spec, measure)
    c = from_spec(spec, catalog)
    assert c.measure == "average" and from_spec(to_spec(c), catalog) == c


@pytest.mark.parametrize("request_", ["customers who bought shoes, returned an order",
                                      "clients qui ont acheté des chaussures, retourné une commande"])
def test_a_state_only_some_events_before_have_is_another_behaviour(translator, warehouse, catalog, request_):
    """'bought shoes, returned an order': the order's status was folded into the purchase before it, store purchases
    too, which have no status: the translator crashed (KeyError) on a plain request."""
    same_audience(translator, warehouse, catalog, request_,
                  "SELECT customer_id FROM ecom.orders WHERE status = 'returned' INTERSECT (SELECT t.customer_id FROM "
                  "pos.transactions t JOIN pos.transaction_lines l USING (transaction_id) JOIN pim.products p "
                  "USING (product_id) WHERE p.category = 'shoes' UNION SELECT o.customer_id FROM ecom.orders o JOIN "
                  "ecom.order_lines l USING (order_id) JOIN pim.products p USING (product_id) WHERE p.category = "
                  "'shoes' AND o.status <> 'cancelled')")


# -- a word of several attributes, beside a value of one of them ------------------------------------------------


@pytest.mark.parametrize("request_, gold", [
    ("customers in Spain with gold status", "SELECT customer_id FROM crm.customers WHERE loyalty_tier = 'gold' AND country = 'ES'"),
    ("VIP-status women in Italy",
     "SELECT customer_id FROM crm.customers WHERE loyalty_tier = 'vip' AND gender = 'female' AND country = 'IT'"),
    ("women in Lyon whose status is silver",
     "SELECT customer_id FROM crm.customers WHERE loyalty_tier = 'silver' AND gender = 'female' AND city = 'Lyon'"),
    ("clients en Espagne avec le statut or",
     "SELECT customer_id FROM crm.customers WHERE loyalty_tier = 'gold' AND country = 'ES'"),
])
def test_status_beside_a_tier_names_the_tier_not_an_order(translator, warehouse, catalog, request_, gold):
    """'status' names a customer's tier and an order's (or a ticket's) status: beside a tier's value it is the tier's
    noun. It was read as 'has an online order' too, a criterion nobody asked for, without a word."""
    same_audience(translator, warehouse, catalog, request_, gold)


def test_status_beside_an_orders_value_is_still_the_orders(translator, warehouse, catalog):
    same_audience(translator, warehouse, catalog, "gold status members with a returned order status",
                  "SELECT customer_id FROM crm.customers WHERE loyalty_tier = 'gold' INTERSECT "
                  "SELECT customer_id FROM ecom.orders WHERE status = 'returned'")


# -- a number typed apart from a word, opening a range -------------------------------------------------------------


@pytest.mark.parametrize("request_", [
    "VIP 30 to 45 year olds in Spain",
    "Spanish VIP 30-45 year olds",
    "clients VIP de 30 à 45 ans en Espagne",
])
def test_a_range_after_a_word_is_no_code_written_glued(translator, warehouse, catalog, request_):
    """'VIP 30 to 45 year olds': the catalog's coupon VIP30 is 'VIP' and '30' glued; typed apart and opening a range
    the number is the range's first bound (the coupon was read and the age became 'at least 45')."""
    same_audience(translator, warehouse, catalog, request_,
                  "SELECT customer_id FROM crm.customers WHERE loyalty_tier = 'vip' AND country = 'ES' "
                  "AND birth_date <= DATE '2026-09-30' - INTERVAL 30 YEAR "
                  "AND birth_date > DATE '2026-09-30' - INTERVAL 46 YEAR")


@pytest.mark.parametrize("request_", ["customers who ordered with the VIP 30 code", "clients qui ont commandé avec le code VIP 30"])
def test_a_code_typed_apart_is_still_the_code(translator, warehouse, catalog, request_):
    same_audience(translator, warehouse, catalog, request_,
                  "SELECT customer_id FROM ecom.orders WHERE status <> 'cancelled' AND coupon_code = 'VIP30'")


# -- an average said after the behaviour counted -------------------------------------------------------------------

_STORE_AVG = ("SELECT customer_id FROM pos.transactions WHERE customer_id IS NOT NULL AND transaction_ts >= DATE "
              "'2026-01-01' GROUP BY customer_id HAVING count(*) >= 2 AND avg(total_amount) > 100")
_ONLINE_AVG = ("SELECT customer_id FROM ecom.orders WHERE status <> 'cancelled' AND order_ts >= DATE '2026-01-01' "
               "GROUP BY customer_id HAVING count(*) >= 4 AND avg(total_amount) > 150")


@pytest.mark.parametrize("request_, gold", [
    ("customers with at least 2 store purchases this year with an average basket over 100", _STORE_AVG),
    ("at least 4 online orders since January, average order value above 150", _ONLINE_AVG),
    ("at least 4 online orders since January with an average order value above 150", _ONLINE_AVG),
    ("clients avec au moins 2 achats en magasin cette année avec un panier moyen supérieur à 100 €", _STORE_AVG),
    ("au moins 4 commandes en ligne depuis janvier, panier moyen de plus de 150 €", _ONLINE_AVG),
])
def test_an_average_after_a_count_is_the_average_of_those_events(translator, warehouse, catalog, request_, gold):
    """'at least 4 online orders since January with an average order value above 150': the average of the orders
    counted, over their period. It read 4 orders each over 150 (the average dropped), or the average of every
    purchase, store and online, over all time; both without a word."""
    same_audience(translator, warehouse, catalog, request_, gold)


# -- 'not a single' after a behaviour with a period ---------------------------------------------------------------

_VISITS_NO_ORDER = ("SELECT customer_id FROM web.sessions WHERE customer_id IS NOT NULL AND started_at >= DATE "
                    "'2026-09-30' - INTERVAL 2 MONTH GROUP BY customer_id HAVING count(*) >= 3 EXCEPT SELECT customer_id "
                    "FROM ecom.orders WHERE status <> 'cancelled' AND order_ts >= DATE '2026-09-30' - INTERVAL 2 MONTH")


@pytest.mark.parametrize("request_", [
    "visited the site at least 3 times in the last 2 months and not a single online order",
    "au moins 3 visites sur le site ces 2 derniers mois et pas une seule commande en ligne",
])
def test_not_a_single_one_after_a_period_is_none_in_that_period(translator, warehouse, catalog, request_):
    """'... in the last 2 months and not a single online order': none in that period, as 'and no online order' (the
    count 'a single' kept the period from it: everyone who ever ordered was removed, the note said only 'a single')."""
    same_audience(translator, warehouse, catalog, request_, _VISITS_NO_ORDER)


def test_none_of_them_in_french_points_back_at_what_was_received(translator, warehouse, catalog):
    """'sans cliquer sur aucune d'elles', 'aucun d'entre eux': the push notifications received, not any message
    (read as 'no' and 'they', the clicks of every channel were excluded)."""
    gold = ("SELECT customer_id FROM marketing.messages WHERE channel = 'push' AND sent_at >= DATE '2026-07-01' "
            "GROUP BY customer_id HAVING count(*) >= 2 AND count(clicked_at) = 0")
    for request_ in ("ont reçu au moins 2 notifications push depuis juillet sans cliquer sur aucune d'elles",
                     "ont reçu au moins 2 notifications push depuis juillet sans cliquer sur aucune d'entre elles"):
        same_audience(translator, warehouse, catalog, request_, gold)



_AVERAGE_AMONG_TWICE = (
    "SELECT customer_id FROM (SELECT customer_id, percent_rank() OVER (ORDER BY avg(amount)) AS pr FROM ("
    "SELECT customer_id, transaction_ts AS ts, total_amount AS amount FROM pos.transactions WHERE customer_id IS NOT NULL "
    "UNION ALL SELECT customer_id, order_ts, total_amount FROM ecom.orders WHERE status <> 'cancelled' "
    "AND customer_id IS NOT NULL) p WHERE ts >= DATE '2026-04-01' GROUP BY customer_id HAVING count(*) >= 2) r "
    "WHERE pr >= 0.9")


@pytest.mark.parametrize("request_", [
    "the top 10% of buyers by average basket since April, only people with at least 2 purchases in that time",
    "le top 10 % des acheteurs par panier moyen depuis avril, uniquement ceux qui ont au moins 2 achats sur la période",
])
def test_a_share_is_ranked_among_those_with_the_count_of_its_own_behaviour(translator, warehouse, catalog, request_):
    """A count of the ranked behaviour in its own period, said apart, says who is ranked: ranked among everyone and
    then kept, the 10% was of every buyer, silently."""
    same_audience(translator, warehouse, catalog, request_, _AVERAGE_AMONG_TWICE)
