"""A behaviour after another sharing a dimension's value with it: 'looked at a product and then, within two weeks,
bought something from that same category in store', 'puis, dans les quinze jours, ont acheté un article de la même
marque' (meaning.Follows.same: each event against its own anchor event, on both events' own values). Read in English
and French, checked against hand-written queries on the demo warehouse, worded in both languages, checked from
outside; 'the same' said of a dimension the behaviour before does not have stays asked."""
from __future__ import annotations

import pytest

from assistant.errors import TranslationError
from assistant.meaning import from_spec
from assistant.translate.meaning_schema import answer_schema
from assistant.wording import word
from translations import A, asks, same_audience


def viewed_then_bought(dimension: str, days: int, viewed: str = "") -> str:
    """Customers with a product view, then a store purchase of a product of the same `dimension` at most `days` later."""
    return ("SELECT DISTINCT e.customer_id FROM web.events e JOIN pim.products pe ON pe.product_id = e.product_id "
            "JOIN pos.transactions t ON t.customer_id = e.customer_id "
            "JOIN pos.transaction_lines tl ON tl.transaction_id = t.transaction_id "
            f"JOIN pim.products pt ON pt.product_id = tl.product_id AND pt.{dimension} = pe.{dimension} "
            f"WHERE e.event_type = 'product_view' {viewed} AND e.event_ts < TIMESTAMP '2026-10-01' "
            "AND t.transaction_ts < TIMESTAMP '2026-10-01' AND t.transaction_ts >= e.event_ts "
            f"AND t.transaction_ts <= e.event_ts + INTERVAL {days} DAY")


CASES = [
    ("customers who looked at a product and then, within two weeks, bought something from that same category in store",
     "clients qui ont consulté un produit puis, dans les quinze jours, ont acheté un article de la même catégorie en "
     "magasin",
     viewed_then_bought("category", 14)),
    ("people who looked at a product on a tablet and then, within 30 days, bought something from that same brand in "
     "one of our stores",
     "ceux qui ont consulté un produit sur tablette puis, dans les 30 jours, ont acheté un article de la même marque "
     "dans un de nos magasins",
     viewed_then_bought("brand", 30, "AND e.session_id IN (SELECT session_id FROM web.sessions "
                                    "WHERE device_type = 'tablet')")),
]


@pytest.mark.parametrize("english, french, want", CASES, ids=[c[0][:60] for c in CASES])
def test_read_in_english_and_french(translator, warehouse, catalog, english, french, want):
    for request_, lang in ((english, "en"), (french, "fr")):
        same_audience(translator, warehouse, catalog, request_, want, lang=lang)


def test_without_the_same_value_more_customers_match(warehouse, catalog):
    spec = {"kind": "event", "events": ["store_purchase"], "after": {
        "anchor": {"kind": "event", "events": ["web_event"], "dims": {"event_type": ["product_view"]}},
        "within": 14, "unit": "DAY", "same": ["category"]}}
    same = set(warehouse.query(from_spec(spec, catalog).render(catalog, A).sql).rows)
    spec["after"]["same"] = []
    any_ = set(warehouse.query(from_spec(spec, catalog).render(catalog, A).sql).rows)
    assert same and same < any_


SAME = {"kind": "event", "events": ["store_purchase"], "after": {
    "anchor": {"kind": "event", "events": ["web_event"], "dims": {"event_type": ["product_view"]}},
    "within": 14, "unit": "DAY", "same": ["category"]}}


def test_worded_in_both_languages(catalog):
    c = from_spec(SAME, catalog)
    assert word(c, catalog, A, "en").label.endswith(", the same category")
    assert word(c, catalog, A, "fr").label.endswith(", même catégorie")


@pytest.mark.parametrize("change", [
    {"same": ["no_such_dimension"]},
    {"anchor": {"kind": "event", "events": ["message_received"]}},      # a message has no category
    {"anchor": {**SAME["after"]["anchor"], "first": True}},              # each event, never the first one
])
def test_checked_from_outside(catalog, change):
    with pytest.raises(TranslationError):
        from_spec({**SAME, "after": {**SAME["after"], **change}}, catalog)


def test_the_model_is_offered_it(catalog):
    assert "same" in str(answer_schema(catalog)["$defs"]["event"]["properties"]["after"]["properties"])


@pytest.mark.parametrize("request_, phrase", [
    # a message received has no category: which one would be the same? asked
    ("customers who received an email and then, within two weeks, bought something from that same category in store",
     "same"),
])
def test_a_dimension_the_behaviour_before_lacks_is_asked(translator, request_, phrase):
    asks(translator, request_, phrase)
