"""A period said last in a clause of its own (', both within the last 12 months', ', le tout sur les 12 derniers mois'),
a list continued with 'and also' under a period said first, and a title that is only a period with its preposition
('Au T3 :'). Read as the last behaviour said again, the others stayed over all time; set aside as a title, the
period was dropped: both silently (paraphrase sets en_5 / fr_5).

Checked by running the translation and a hand-written SQL of the same audience on the demo warehouse."""
from __future__ import annotations

import pytest

from translations import A, PURCHASES, same_audience

_12M = "DATE '2026-09-30' - INTERVAL 12 MONTH"
_LINES = ("SELECT t.customer_id, t.transaction_ts AS ts, p.category FROM pos.transactions t "
          "JOIN pos.transaction_lines l USING (transaction_id) JOIN pim.products p USING (product_id) "
          "WHERE t.customer_id IS NOT NULL UNION ALL SELECT o.customer_id, o.order_ts, p.category FROM ecom.orders o "
          "JOIN ecom.order_lines l USING (order_id) JOIN pim.products p USING (product_id) WHERE o.status <> 'cancelled'")
_SPENT_AND_CATEGORIES = (
    f"SELECT customer_id FROM ({_LINES}) l WHERE ts >= {_12M} GROUP BY customer_id HAVING count(DISTINCT category) >= 3 "
    f"INTERSECT SELECT customer_id FROM ({PURCHASES}) p WHERE ts >= {_12M} GROUP BY customer_id HAVING sum(amount) > 1000")


@pytest.mark.parametrize("request_, lang", [
    ("spent over €1,000 and bought from 3 or more distinct categories, both within the last 12 months", None),
    ("spent over €1,000 and bought from 3 or more distinct categories, in the last 12 months", None),
    ("plus de 1000 € dépensés et au moins trois catégories différentes achetées, le tout sur les 12 derniers mois", "fr"),
])
def test_a_period_said_last_in_a_clause_of_its_own_is_every_behaviours(translator, warehouse, catalog, request_, lang):
    r = same_audience(translator, warehouse, catalog, request_, _SPENT_AND_CATEGORIES, lang=lang)
    assert any("12" in w and ("every behaviour" in w or "chaque comportement" in w) for w in r.warnings), r.warnings


_30D = "DATE '2026-09-30' - INTERVAL 30 DAY"
_VISITS_NO_ORDER = (f"SELECT customer_id FROM web.sessions WHERE customer_id IS NOT NULL AND started_at >= {_30D} "
                    f"GROUP BY customer_id HAVING count(*) >= 4 EXCEPT SELECT customer_id FROM ecom.orders "
                    f"WHERE status <> 'cancelled' AND order_ts >= {_30D}")


@pytest.mark.parametrize("request_, lang", [
    ("no online order but at least four visits to the site, over the last thirty days", None),
    ("aucune commande en ligne mais au moins quatre visites du site, sur les trente derniers jours", "fr"),
])
def test_a_period_said_last_is_the_negated_behaviours_too(translator, warehouse, catalog, request_, lang):
    # read of the visits only, everyone who ever ordered online was removed, silently
    same_audience(translator, warehouse, catalog, request_, _VISITS_NO_ORDER, lang=lang)


@pytest.mark.parametrize("request_", [
    "bought shoes but never online, in the last 6 months",
    "ont acheté des chaussures mais jamais en ligne, sur les 6 derniers mois",
])
def test_a_period_said_last_beside_a_time_of_its_own_is_asked(translator, request_):
    # whether 'never' is within the period is not said
    r = translator.translate(request_, A)
    assert r.status == "clarify" and any("6" in u for u in r.unrecognized), (r.status, r.unrecognized, r.warnings)


_NIKE = (f"SELECT customer_id FROM ({_LINES.replace('p.category', 'p.category, p.brand')}) l WHERE brand = 'Nike' "
         f"AND ts >= {_12M} GROUP BY customer_id "
         "HAVING count_if(category = 'shoes') > 0 AND count_if(category = 'apparel') > 0")


@pytest.mark.parametrize("request_, lang", [
    ("over the past year bought Nike shoes and also Nike clothing", None),
    ("sur l'année écoulée, ont acheté des chaussures Nike et aussi des vêtements Nike", "fr"),
])
def test_and_also_continues_the_list_under_a_period_said_first(translator, warehouse, catalog, request_, lang):
    same_audience(translator, warehouse, catalog, request_, _NIKE, lang=lang)


_Q3_PUSH = ("SELECT customer_id FROM marketing.messages WHERE channel = 'push' AND sent_at >= DATE '2026-07-01' "
            "AND sent_at < DATE '2026-10-01' GROUP BY customer_id HAVING count(*) >= 3")


@pytest.mark.parametrize("request_, lang", [
    ("au T3 : 3 notifs push reçues ou plus", "fr"),
    ("during Q3: received 3 or more push notifications", None),
])
def test_a_title_that_is_only_a_period_with_its_preposition_is_the_heading(translator, warehouse, catalog, request_,
                                                                          lang):
    r = same_audience(translator, warehouse, catalog, request_, _Q3_PUSH, lang=lang)
    assert any("3" in w and ("heading" in w or "en tête" in w) for w in r.warnings), r.warnings

