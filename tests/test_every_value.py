"""Every value of a dimension ('heard from us on all three channels', 'on every channel', 'sur les trois canaux'): a
distinct count equal to the number said, or to the number of values the catalog lists; the values listed right after
it restate them (an aside, never criteria); a number after a determiner is every value only when the catalog lists
that many ('nos deux magasins' stays what it was). Checked against hand-written count(DISTINCT ...) queries on the
demo warehouse."""
from __future__ import annotations

import pytest

from translations import A, purchase_lines, same_audience

RECEIVED = "SELECT m.customer_id, c.channel FROM marketing.messages m JOIN marketing.campaigns c USING (campaign_id)"
LAST_90 = "m.sent_at >= DATE '2026-09-30' - INTERVAL 90 DAY AND m.sent_at < DATE '2026-10-01'"


def every_channel(when: str = "m.sent_at < DATE '2026-10-01'", n: int = 3) -> str:
    return f"{RECEIVED} WHERE {when}".replace("SELECT m.customer_id, c.channel", "SELECT m.customer_id") + \
        f" GROUP BY m.customer_id HAVING count(DISTINCT c.channel) = {n}"


CASES = [
    ("Who has heard from us on all three channels - email, SMS and push - in the last 90 days?",
     "Qui a reçu des messages de notre part sur les trois canaux - e-mail, SMS et push - ces 90 derniers jours ?",
     every_channel(LAST_90)),
    ("customers who received messages on all three channels (email, SMS and push) in the last 90 days",
     "clients qui ont reçu des messages sur les trois canaux (e-mail, SMS et push) ces 90 derniers jours",
     every_channel(LAST_90)),
    ("customers who received messages on every channel", "clients qui ont reçu des messages sur chacun des canaux",
     every_channel()),
    ("customers who received messages through every channel in the last 90 days",
     "clients qui ont reçu des messages sur les trois canaux ces 90 derniers jours", every_channel(LAST_90)),
    # each one of a set whose size is said inside the determiner ('each of our 8', 'every single one of our 8')
    ("Customers who've bought in every single one of our 8 product categories at some point (store or online).",
     "Les clients qui ont déjà acheté dans chacune de nos 8 catégories de produits (magasin ou web).",
     "SELECT customer_id FROM (" + purchase_lines("category") + ") p GROUP BY customer_id "
     "HAVING count(DISTINCT v) = 8"),
    ("customers who bought in each of our 8 categories", "clients qui ont acheté dans chacune de nos huit catégories",
     "SELECT customer_id FROM (" + purchase_lines("category") + ") p GROUP BY customer_id "
     "HAVING count(DISTINCT v) = 8"),
]


@pytest.mark.parametrize("english, french, want", CASES, ids=[c[0] for c in CASES])
def test_every_value_of_a_dimension_read_in_english_and_french(translator, warehouse, catalog, english, french, want):
    for request_, lang in ((english, "en"), (french, "fr")):
        r = same_audience(translator, warehouse, catalog, request_, want, lang=lang)
        assert len(r.definition.criteria) == 1 and not r.unrecognized, r.definition.to_text()


def test_the_values_listed_after_every_value_are_an_aside(translator):
    r = translator.translate("customers who received messages on all three channels (email, SMS and push)", A)
    assert r.definition.ignored == ["(email, SMS and push)"] and len(r.definition.criteria) == 1, r.definition.to_text()


@pytest.mark.parametrize("request_", [
    "customers who bought in our two Lyon stores",          # how many stores there are: no distinct count
    "clients qui ont acheté dans nos deux magasins lyonnais",
    "customers who bought in each of our 7 categories",     # the catalog lists 8: not every one of them (asked)
])
def test_a_number_after_a_determiner_is_not_every_value_unless_the_catalog_lists_that_many(translator, request_):
    r = translator.translate(request_, A)
    assert all(c.spec is None or c.spec.get("kind") != "distinct" for c in r.definition.criteria), \
        r.definition.to_text()


@pytest.mark.parametrize("request_", ["customers who got 8 messages in 30 days, all channels",
                                      "customers who received messages on all channels combined",
                                      "acheteurs Nike ou Adidas depuis mai (toutes catégories)",
                                      "Nike or Adidas buyers since May (all categories)"])
def test_all_channels_with_no_number_stays_any_channel(translator, request_):
    """'all' with no number says any of them, which restricts nothing ('all channels combined', 84af3b7; '(toutes
    catégories)'): only 'every', 'each' or a number say each one of them."""
    r = translator.translate(request_, A)
    assert all(c.spec is None or c.spec.get("kind") != "distinct" for c in r.definition.criteria), \
        r.definition.to_text()


def test_all_three_of_a_dimension_the_catalog_lists_more_of_is_exactly_three(translator, warehouse, catalog):
    """'all three categories': as many as said (the catalog lists 8): exactly 3 different ones."""
    same_audience(translator, warehouse, catalog, "customers who bought in store in all three categories this year",
                  "SELECT t.customer_id FROM pos.transactions t JOIN pos.transaction_lines l USING (transaction_id) "
                  "JOIN pim.products p USING (product_id) WHERE t.customer_id IS NOT NULL AND t.transaction_ts >= "
                  "DATE '2026-01-01' AND t.transaction_ts < DATE '2026-10-01' GROUP BY t.customer_id "
                  "HAVING count(DISTINCT p.category) = 3")
