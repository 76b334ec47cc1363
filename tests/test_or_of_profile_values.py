"""An 'or' between two conditions on the customers' profile of different attributes ('men or customers over 60'), or
between a profile condition and a behaviour clause ('VIP customers or customers who opened an email'), is a union
(conventions D15): each translation is run with a hand-written query of the same audience on the demo warehouse and
compared customer for customer. Its scope: what is said before the first side stays ANDed, what is said after both
is both sides' (with a note). When the first side cannot be told ('VIP women or ...') both are still required and
the 'or' is reported as not applied. The sentences are ours, not the blind sets'.
"""
from __future__ import annotations

import datetime as dt

import pytest
from translations import same_audience

CUSTOMERS = "SELECT customer_id FROM crm.customers WHERE "
AGE = "date_diff('year', birth_date, DATE '2026-09-30') - CASE WHEN strftime(birth_date, '%m-%d') > '09-30' THEN 1 ELSE 0 END"
ONLINE_2025 = ("SELECT customer_id FROM ecom.orders WHERE status <> 'cancelled' AND order_ts >= DATE '2025-01-01' "
               "AND order_ts < DATE '2026-01-01'")
EMAIL_OPENED = ("SELECT m.customer_id FROM marketing.messages m JOIN marketing.campaigns c ON c.campaign_id = m.campaign_id "
                "WHERE c.channel = 'email' AND m.opened_at IS NOT NULL AND m.opened_at < DATE '2026-10-01'")

MEN_OR_OVER_60_ORDERED = (f"{CUSTOMERS}(gender = 'male' OR {AGE} > 60) AND customer_id IN ({ONLINE_2025})")
FRENCH_UNDER_30_OR_GOLD = f"{CUSTOMERS}country = 'FR' AND ({AGE} < 30 OR loyalty_tier = 'gold')"
VIP_OR_OPENED = f"{CUSTOMERS}loyalty_tier = 'vip' OR customer_id IN ({EMAIL_OPENED})"
POINTS_OR_GOLD = f"{CUSTOMERS}loyalty_points > 2000 OR loyalty_tier = 'gold'"
SHOES_2025 = ("SELECT t.customer_id FROM pos.transactions t JOIN pos.transaction_lines l ON l.transaction_id = t.transaction_id "
              "JOIN pim.products p ON p.product_id = l.product_id WHERE p.category = 'shoes' AND t.customer_id IS NOT NULL "
              "AND t.transaction_ts >= DATE '2025-01-01' AND t.transaction_ts < DATE '2026-01-01' UNION "
              "SELECT o.customer_id FROM ecom.orders o JOIN ecom.order_lines l ON l.order_id = o.order_id "
              "JOIN pim.products p ON p.product_id = l.product_id WHERE p.category = 'shoes' AND o.status <> 'cancelled' "
              "AND o.order_ts >= DATE '2025-01-01' AND o.order_ts < DATE '2026-01-01'")
ELECTRONICS_OR_SHOES = f"SELECT customer_id FROM ds.customer_scores WHERE top_category = 'electronics' UNION {SHOES_2025}"
UNDER_30_OR_OVER_60 = f"{CUSTOMERS}{AGE} < 30 OR {AGE} > 60"


@pytest.mark.parametrize("request_, lang, gold", [
    # what is said after both sides (a behaviour and its period) is both sides'
    ("men or customers over 60 who placed an online order in 2025", None, MEN_OR_OVER_60_ORDERED),
    ("hommes ou clients de plus de 60 ans qui ont passé une commande en ligne en 2025", "fr", MEN_OR_OVER_60_ORDERED),
    # what is said before the first side, apart from it, stays ANDed
    ("customers from France, under 30 or gold", None, FRENCH_UNDER_30_OR_GOLD),
    ("clients français, de moins de 30 ans ou gold", "fr", FRENCH_UNDER_30_OR_GOLD),
    # a profile value or a behaviour clause
    ("VIP customers or customers who opened an email", None, VIP_OR_OPENED),
    ("clients VIP ou clients qui ont ouvert un email", "fr", VIP_OR_OPENED),
    # a comparison or a value of another attribute
    ("customers with more than 2000 points or a gold tier", None, POINTS_OR_GOLD),
    ("clients avec plus de 2000 points ou niveau gold", "fr", POINTS_OR_GOLD),
    # a value its column's word names is the profile's, not a product of the behaviour after the 'or' (read as
    # 'electronics or shoes' bought in 2025, the 'or' was moved)
    ("customers whose favourite category is electronics or bought shoes in 2025", None, ELECTRONICS_OR_SHOES),
    ("customers with favourite category electronics or customers who bought shoes in 2025", None, ELECTRONICS_OR_SHOES),
    ("clients avec catégorie préférée high-tech ou clients qui ont acheté des chaussures en 2025", "fr",
     ELECTRONICS_OR_SHOES),
    # two ranges of one attribute, each said in full (read as both required, no customer met them)
    ("clients de moins de 30 ans ou de plus de 60 ans", "fr", UNDER_30_OR_OVER_60),
    ("customers under 30 or customers over 60", None, UNDER_30_OR_OVER_60),
])
def test_an_or_between_profile_conditions_is_a_union(translator, warehouse, catalog, request_, lang, gold):
    r = same_audience(translator, warehouse, catalog, request_, gold, lang=lang)
    assert not any("both are required" in w or "les deux sont exigés" in w for w in r.warnings), r.warnings


@pytest.mark.parametrize("request_, lang, said", [
    ("men or customers over 60 who placed an online order in 2025", None, "could be meant for the second only"),
    ("hommes ou clients de plus de 60 ans qui ont passé une commande en ligne en 2025", "fr",
     "pourrait ne concerner que le second"),
])
def test_what_both_sides_share_is_noted(translator, request_, lang, said):
    r = translator.translate(request_, dt.date(2026, 9, 30), lang=lang)
    assert any(said in w for w in r.warnings), r.warnings


@pytest.mark.parametrize("request_, lang, warned", [
    # 'VIP women': which of the two the 'or' unites with 'customers under 30' cannot be told
    ("VIP women or customers under 30", None, "both are required"),
    ("femmes VIP ou clients de moins de 30 ans", "fr", "les deux sont exigés"),
    # 'not' of the first side only, or of both?
    ("customers not VIP or under 30", None, "both are required"),
])
def test_an_or_whose_first_side_cannot_be_told_is_still_reported(translator, request_, lang, warned):
    r = translator.translate(request_, dt.date(2026, 9, 30), lang=lang)
    assert any(warned in w for w in r.warnings), r.warnings


@pytest.mark.parametrize("request_, gold", [
    ("all Gold members in Spain and in Italy please", f"{CUSTOMERS}loyalty_tier = 'gold' AND country IN ('ES', 'IT')"),
    ("il me faut tous les membres Gold en Espagne et en Italie stp",
     f"{CUSTOMERS}loyalty_tier = 'gold' AND country IN ('ES', 'IT')"),
    ("VIP et membres gold à fort risque de churn, France uniquement",
     f"{CUSTOMERS}loyalty_tier IN ('vip', 'gold') AND country = 'FR' AND customer_id IN "
     "(SELECT customer_id FROM ds.customer_scores WHERE churn_risk > 0.7)"),
])
def test_two_values_each_after_the_same_word_are_either(translator, warehouse, catalog, request_, gold):
    """'in Spain and in Italy', 'VIP et membres gold': two values of one attribute, each after the same word said
    again (or the customers' noun), joined by 'and', are the two groups 'in Spain and Italy' names, with a note;
    they were a question (no customer is both)."""
    r = same_audience(translator, warehouse, catalog, request_, gold)
    assert any("Spain or Italy" in w or "Espagne ou Italie" in w or "VIP ou" in w for w in r.warnings), r.warnings


def test_two_values_said_in_two_clauses_are_still_asked(translator):
    r = translator.translate("customers in Spain and who live in Italy", dt.date(2026, 9, 30))
    assert r.status == "clarify" and r.clarifications, r.status
