"""Set #44's first sight (the catalog's scores, terms and policies): fr44-051 ended its brief with '- hors liste
repoussoir, et en respectant le plafond de pression marketing'. A policy kept to ('respecting the pressure cap') is
the customers it removes; read inside the exclusion, its negation was excluded (only the over-solicited were kept,
silently), or ANDed with the exclusion before it (only those on the do-not-contact list and under the cap removed)."""
from __future__ import annotations

import pytest

from translations import A, same_audience

OVER_SOLICITED = """SELECT customer_id FROM marketing.messages WHERE sent_at >= DATE '2026-09-30' - INTERVAL 30 DAY
GROUP BY customer_id HAVING count(*) >= 5"""


@pytest.mark.parametrize("request_", [
    "VIP customers in Lyon, excluding the do-not-contact list and within the pressure cap",
    "VIP customers in Lyon, but not those on the do-not-contact list, and respect the pressure cap",
    "clients VIP à Lyon, hors liste repoussoir, et en respectant le plafond de pression marketing",
    "clients VIP à Lyon, sauf ceux de la liste repoussoir et en respectant le plafond de pression",
])
def test_a_policy_kept_to_among_the_exclusions_removes_its_customers(translator, warehouse, catalog, request_):
    same_audience(translator, warehouse, catalog, request_, f"""
SELECT customer_id FROM crm.customers WHERE city = 'Lyon' AND loyalty_tier = 'vip'
EXCEPT SELECT customer_id FROM crm.do_not_contact
EXCEPT {OVER_SOLICITED}""")


def test_a_policy_kept_to_among_the_criteria_still_removes_its_customers(translator, warehouse, catalog):
    same_audience(translator, warehouse, catalog, "VIP customers in Lyon, respecting the pressure cap", f"""
SELECT customer_id FROM crm.customers WHERE city = 'Lyon' AND loyalty_tier = 'vip' EXCEPT {OVER_SOLICITED}""")


@pytest.mark.parametrize("request_", [
    "Customers living in the Netherlands who sit in the low churn risk band",
    "customers in the Netherlands in the low churn risk band",
    "Les clients qui résident aux Pays-Bas, dans la tranche de risque de churn faible",
])
def test_a_value_said_with_its_attributes_name_around_it(translator, warehouse, catalog, request_):
    """'low churn risk' + 'band', 'tranche de' + 'risque de churn faible': the band named with its value ('band',
    'tranche' were asked); 'sit in' a band is being in it; French 'résident aux' as the catalog's 'résident en/au'."""
    same_audience(translator, warehouse, catalog, request_, """
SELECT c.customer_id FROM crm.customers c JOIN ds.customer_scores s USING (customer_id)
WHERE c.country = 'NL' AND s.churn_risk < 0.3""")


@pytest.mark.parametrize("request_", [
    "Cart abandoners (our usual definition) whose favourite category is electronics - and respect the pressure cap.",
    "Les abandonnistes de panier (notre définition habituelle) dont la catégorie préférée est l'électronique - en "
    "respectant le plafond de pression",
])
def test_a_dash_before_and_goes_on_with_the_request(translator, warehouse, catalog, request_):
    """'... electronics - and respect the pressure cap': no title ends at that dash (read as one, the cart abandoners
    and their category were set aside, and every customer under the cap answered); '(our usual definition)' says the
    term's own definition, as it is read."""
    same_audience(translator, warehouse, catalog, request_, f"""
SELECT customer_id FROM (
  SELECT customer_id FROM web.events WHERE event_type = 'add_to_cart' AND customer_id IS NOT NULL
    AND event_ts >= DATE '2026-09-30' - INTERVAL 30 DAY
  EXCEPT SELECT customer_id FROM ecom.orders WHERE status <> 'cancelled' AND order_ts >= DATE '2026-09-30' - INTERVAL 30 DAY
) abandoners
WHERE customer_id IN (SELECT customer_id FROM ds.customer_scores WHERE top_category = 'electronics')
  AND customer_id NOT IN ({OVER_SOLICITED})""")


def test_an_attribute_contrasted_with_another_negates_nothing_after_it(translator, warehouse, catalog):
    """'the lifecycle stage, not the churn score -': which attribute the value is of; the 'not' denied the loyalty
    points said after it (silently, once 'churn score' was a catalog word)."""
    r = translator.translate("At-risk buyers - the lifecycle stage, not the churn score - holding more than 1,000 "
                             "loyalty points.", A)
    assert r.definition is not None and not any(c.label.startswith("not") for c in r.definition.criteria), \
        r.definition.to_text()
    assert not r.definition.exclusions


@pytest.mark.parametrize("request_", ["customers with a recency between 31 and 60 days and an LTV above 3,000",
                                      "clients avec une récence entre 31 et 60 jours et une LTV supérieure à 3 000 €"])
def test_the_unit_an_attributes_name_says_is_that_numbers(translator, warehouse, catalog, request_):
    """'days' after the recency compared ('days since last purchase' names it): its unit, nothing more (asked)."""
    same_audience(translator, warehouse, catalog, request_, """
SELECT customer_id FROM (
  SELECT customer_id, max(ts) AS last, sum(amount) AS spend FROM (
    SELECT customer_id, transaction_ts AS ts, total_amount AS amount FROM pos.transactions WHERE customer_id IS NOT NULL
    UNION ALL SELECT customer_id, order_ts, total_amount FROM ecom.orders WHERE status <> 'cancelled') p
  GROUP BY customer_id) s
WHERE date_diff('day', last::DATE, DATE '2026-09-30') BETWEEN 31 AND 60 AND spend > 3000""")


@pytest.mark.parametrize("request_", ["Tu peux me sortir les Lyonnais au stade « acheteurs fidèles » (le stade d'achat) ?",
                                      "customers in Lyon in the stage 'loyal buyers' (the lifecycle stage)"])
def test_a_word_of_the_attributes_name_before_its_value(translator, request_):
    """'au stade « acheteurs fidèles »': 'stade' (a word of 'stade d'achat', and the journey stage's own name) before
    the value confirms it (it was asked)."""
    r = translator.translate(request_, A)
    assert r.status == "ok" and not r.unrecognized, (r.status, r.unrecognized)
    assert any("lifecycle" in (c.spec or {}).get("indicator", "") for c in r.definition.criteria)


@pytest.mark.parametrize("request_", ["who is over-solicited at the moment", "qui est sur-sollicité en ce moment ?"])
def test_at_the_moment_is_now(translator, warehouse, catalog, request_):
    same_audience(translator, warehouse, catalog, request_, OVER_SOLICITED)
