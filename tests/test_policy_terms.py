"""A policy a request names ('respect the marketing pressure cap', 'en respectant le plafond de pression') is read: the
catalog derives a glossary term of the customers each policy with synonyms removes, and words that say to keep to it
remove them. Before, the words were asked about (set #34's en34-011 / fr34-011)."""
from __future__ import annotations

import pytest

from schema_catalog.model import Catalog
from translations import A, same_audience

SPORTS_IN_GERMANY_UNDER_THE_CAP = """
SELECT customer_id FROM crm.customers WHERE country = 'DE'
  AND customer_id IN (SELECT customer_id FROM crm.consents WHERE channel = 'email' AND opted_in)
  AND customer_id NOT IN (SELECT customer_id FROM marketing.messages WHERE sent_at >= DATE '2026-09-30' - INTERVAL 30 DAY
                          GROUP BY customer_id HAVING count(*) >= 5)"""


@pytest.mark.parametrize("request_", [
    "Germany, email opted-in. And please respect the marketing pressure cap.",
    "Customers in Germany with an email opt-in, within the pressure cap",
    "Allemagne, opt-in e-mail. Et merci de respecter le plafond de pression marketing.",
    "Clients en Allemagne avec opt-in e-mail, hors plafond de pression",
])
def test_keeping_to_the_pressure_cap_removes_the_customers_over_it(translator, warehouse, catalog, request_):
    same_audience(translator, warehouse, catalog, request_, SPORTS_IN_GERMANY_UNDER_THE_CAP)


def test_the_term_alone_names_the_customers_over_the_cap(translator, warehouse, catalog):
    same_audience(translator, warehouse, catalog, "customers in Germany over the pressure cap", """
SELECT customer_id FROM crm.customers WHERE country = 'DE'
  AND customer_id IN (SELECT customer_id FROM marketing.messages WHERE sent_at >= DATE '2026-09-30' - INTERVAL 30 DAY
                      GROUP BY customer_id HAVING count(*) >= 5)""")


def test_each_policy_with_synonyms_is_one_term_after_the_catalogs_own(catalog):
    policy = [t for t in catalog.glossary if t.policy]
    assert [t.term for t in policy] == [catalog.policies.pressure_cap.label]
    assert catalog.glossary[-1] is policy[0] and policy[0].words("fr").synonyms


def test_a_catalog_read_back_holds_each_policy_term_once(catalog):
    """The catalog's cache stores it as JSON: read back, the term is not derived a second time."""
    again = Catalog.model_validate_json(catalog.model_dump_json(by_alias=True, exclude_unset=True))
    assert [t.term for t in again.glossary] == [t.term for t in catalog.glossary]


@pytest.mark.parametrize("request_, said", [
    ("les nouveaux inscrits de la semaine dernière", "semaine dernière"),
    ("new customers from last week", "last week"),
])
def test_a_terms_rolling_period_is_said(translator, request_, said):
    """A term's period read as the last 7 days ('la semaine dernière' may mean the calendar week before): said in a
    note, as for a behaviour's (it was read so silently: set #35's fr35-033)."""
    r = translator.translate(request_, A)
    assert any(said in w and "7" in w for w in r.warnings), r.warnings
