"""Verbs of seeing said of the customers on the site ('not seen on the website for 60+ days', 'pas vus sur le site') are
a visit of theirs; said before a measure that is what was seen ('viewed over 15 pages in one visit', 'ont vu le plus de
pages') they only say that measure. Said of something else ('produits vus sur le site'), or beside another reading of
the same behaviour ('landed from organic search and browsed more than 10 pages in one visit': one visit or two?),
they stay asked."""
from __future__ import annotations

import pytest

from translations import A, same_audience

NOT_SEEN = ("SELECT customer_id FROM crm.customers EXCEPT SELECT customer_id FROM web.sessions "
            "WHERE customer_id IS NOT NULL AND started_at >= DATE '2026-09-30' - INTERVAL 60 DAY")
PAGES = ("SELECT customer_id FROM web.sessions WHERE customer_id IS NOT NULL AND device_type = 'tablet' "
         "AND pages_viewed > 15 AND started_at >= DATE '2026-09-01' AND started_at < DATE '2026-10-01'")

CASES = [
    ("customers not seen on the website in the last 60 days", "clients pas vus sur le site ces 60 derniers jours", NOT_SEEN),
    ("In September, who viewed over 15 pages in one visit on a tablet?",
     "En septembre, qui a vu plus de 15 pages en une visite sur tablette ?", PAGES),
]


@pytest.mark.parametrize("english, french, want", CASES, ids=[c[0] for c in CASES])
def test_seeing_said_of_the_customers_or_of_a_seen_measure(translator, warehouse, catalog, english, french, want):
    for request_, lang in ((english, "en"), (french, "fr")):
        same_audience(translator, warehouse, catalog, request_, want, lang=lang)


@pytest.mark.parametrize("request_, lang", [
    ("top 35 des clients en nombre de produits vus sur le site cette année", "fr"),   # the products were seen
    ("visitors who landed from organic search and browsed more than 10 pages in one visit, last 30 days", "en"),
    ("visiteurs arrivés par le référencement naturel qui ont vu plus de 10 pages en une seule visite, 30 derniers jours",
     "fr"),
])
def test_seeing_said_of_something_else_is_never_a_visit_of_theirs(translator, request_, lang):
    r = translator.translate(request_, A, lang=lang)
    assert r.status != "ok", r.definition.to_text()
