"""Two behaviours on the same day ('visited the site and ordered online the same day', 'magasiné en ligne pis en
magasin la même journée', 'commandé en ligne le jour même'): the second counts only on the calendar day of one of the
first one's events (meaning.Follows.day), compiled to the same audience as a hand-written join on the dates of the demo
warehouse, EN and FR, worded in both, kept by the editor and checked from outside. Said of a negated behaviour it stays
asked."""
from __future__ import annotations

import pytest

from assistant.errors import TranslationError
from assistant.meaning import from_spec
from assistant.translate.meaning_schema import answer_schema
from translations import A, same_audience

VISIT_ORDER = ("SELECT DISTINCT s.customer_id FROM web.sessions s JOIN ecom.orders o ON o.customer_id = s.customer_id "
               "AND o.status <> 'cancelled' AND CAST(o.order_ts AS DATE) = CAST(s.started_at AS DATE) "
               "WHERE s.customer_id IS NOT NULL AND o.order_ts >= DATE '2026-01-01' AND o.order_ts < DATE '2026-10-01'")
STORE_ONLINE = ("SELECT DISTINCT t.customer_id FROM pos.transactions t JOIN ecom.orders o ON o.customer_id = t.customer_id "
                "AND CAST(o.order_ts AS DATE) = CAST(t.transaction_ts AS DATE) WHERE o.status <> 'cancelled' "
                "AND o.order_ts < DATE '2026-10-01' AND t.transaction_ts < DATE '2026-10-01'")

CASES = [
    ("customers who visited the site and ordered online the same day this year",
     "clients qui ont visité le site et commandé en ligne le même jour cette année", VISIT_ORDER),
    ("customers who bought in store and ordered online on the same day",
     "clients qui ont acheté en magasin et commandé en ligne la même journée", STORE_ONLINE),
    ("customers who shopped online and in store the same day", "clients qui ont magasiné en ligne pis en magasin la même journée",
     STORE_ONLINE),
]


@pytest.mark.parametrize("english, french, want", CASES, ids=[c[0] for c in CASES])
def test_two_behaviours_on_the_same_day(translator, warehouse, catalog, english, french, want):
    for request_, lang in ((english, "en"), (french, "fr")):
        r = same_audience(translator, warehouse, catalog, request_, want, lang=lang)
        assert any((c.spec.get("after") or {}).get("day") for c in r.definition.criteria), r.definition.to_text()


def test_the_same_day_is_worded_in_the_request_s_language(translator):
    r = translator.translate("customers who visited the site and ordered online the same day", A)
    assert r.definition.criteria[1].label == "online order the same day as (site or app visit)"
    r = translator.translate("clients qui ont visité le site et commandé en ligne le même jour", A, lang="fr")
    assert r.definition.criteria[1].label == "commande en ligne le même jour que (visite du site ou de l'app)"


def test_a_negated_behaviour_the_same_day_is_asked(translator):
    r = translator.translate("customers who visited the site but didn't order online the same day", A)
    assert r.status != "ok", r.definition.to_text()


def test_the_same_day_reaches_the_schema_and_is_checked_from_outside(catalog):
    after = answer_schema(catalog)["$defs"]["event"]["properties"]["after"]["properties"]
    assert "day" in after
    anchor = {"kind": "event", "events": ["site_visit"]}
    c = from_spec({"kind": "event", "events": ["online_order"], "after": {"anchor": anchor, "day": True}}, catalog)
    assert c.after.day and "CAST(" in c.render(catalog, A).sql
    with pytest.raises(TranslationError, match="same calendar day"):
        from_spec({"kind": "event", "events": ["online_order"], "after": {"anchor": anchor, "day": True, "within": 2}},
                  catalog)
