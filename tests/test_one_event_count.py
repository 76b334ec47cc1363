"""A distinct count said of one event ('3+ different categories in that one order', 'in a single order', 'in the same
basket', 'in one go', 'dans une même commande', 'dans une seule commande', 'dans le même panier', 'en un seul achat',
'en une seule fois'): a distinct condition with `per_event`, the values of one event counted (GROUP BY customer and
event), some event reaching the count, never over all the customer's events. Read in English and French, checked
against hand-written queries on the demo warehouse and the outdoor star schema, worded in both languages, edited, and
checked from outside; a noun that names no event with the dimension stays asked."""
from __future__ import annotations

import pytest

from assistant import edit
from assistant.errors import TranslationError
from assistant.meaning import DistinctCondition, from_spec, to_spec
from assistant.translate.meaning_schema import answer_schema
from assistant.wording import word
from translations import A, asks, keys, purchase_lines, same_audience

THIS_YEAR = ">= TIMESTAMP '2026-01-01' AND {ts} < TIMESTAMP '2026-10-01'"


def in_one(rows: str, at_least: int) -> str:
    """Customers with one purchase whose lines reach `at_least` different values."""
    return f"SELECT DISTINCT customer_id FROM ({rows}) r GROUP BY customer_id, purchase " \
           f"HAVING count(DISTINCT v) >= {at_least}"


def over_all(rows: str, at_least: int) -> str:
    return f"SELECT customer_id FROM ({rows}) r GROUP BY customer_id HAVING count(DISTINCT v) >= {at_least}"


ONLINE = ("online",)
BRANDS_IN_ONE_ORDER = in_one(purchase_lines("brand", channels=ONLINE), 3)
CASES = [
    ("Which customers placed an online order this year with items from 3+ different categories in that one order?",
     "Quels clients ont passé cette année une commande en ligne avec des produits d'au moins 3 catégories différentes "
     "dans la même commande ?", in_one(purchase_lines("category", THIS_YEAR, ONLINE), 3)),
    ("customers who bought at least 3 different brands in a single order",
     "clients ayant acheté au moins 3 marques différentes dans une seule commande", BRANDS_IN_ONE_ORDER),
    ("customers who bought at least 3 different brands in the same order",
     "clients ayant acheté au moins 3 marques différentes dans une même commande", BRANDS_IN_ONE_ORDER),
    ("customers who bought from at least 4 different categories in one purchase",
     "clients ayant acheté au moins 4 catégories différentes en un seul achat", in_one(purchase_lines("category"), 4)),
    ("customers who bought 3 different brands or more in the same basket",
     "clients ayant acheté au moins 3 marques différentes dans le même panier", in_one(purchase_lines("brand"), 3)),
    ("customers who bought from at least 3 different categories in one go",
     "clients ayant acheté au moins 3 catégories différentes en une seule fois", in_one(purchase_lines("category"), 3)),
    # a receipt is a store purchase's (the catalog's 'receipt', 'ticket de caisse'): one ticket's lines
    ("customers who bought at least 3 different brands on the same receipt",
     "clients ayant acheté au moins 3 marques différentes sur le même ticket de caisse",
     in_one(purchase_lines("brand", channels=("store",)), 3)),
]


@pytest.mark.parametrize("english, french, want", CASES, ids=[c[0] for c in CASES])
def test_a_count_in_one_event_read_in_english_and_french(translator, warehouse, catalog, english, french, want):
    for request_, lang in ((english, "en"), (french, "fr")):
        r = same_audience(translator, warehouse, catalog, request_, want, lang=lang)
        counts = [c.spec for c in r.definition.criteria if c.spec["kind"] == "distinct"]
        assert len(counts) == 1 and counts[0]["per_event"] is True, r.definition.to_text()


def test_the_one_event_words_are_no_behaviour_of_their_own(translator):
    """'in that one order' is the count's: no third criterion read from 'order' (an online order ever, beside them)."""
    for request_ in (CASES[0][0], CASES[0][1]):
        criteria = translator.translate(request_, A).definition.criteria
        events = [c.spec for c in criteria if c.spec["kind"] == "event"]
        assert len(criteria) <= 2 and all(e.get("window") for e in events), [c.spec for c in criteria]


def test_in_one_event_is_fewer_customers_than_over_all_their_events(warehouse):
    """The two readings differ on the demo warehouse: counted over all orders, more customers reach 3 categories."""
    rows = purchase_lines("category", THIS_YEAR, ONLINE)
    assert keys(warehouse, in_one(rows, 3)) < keys(warehouse, over_all(rows, 3))


@pytest.mark.parametrize("request_, phrase", [
    # a store is no event: the same store of several purchases is not something the catalog checks
    ("customers who bought at least 3 different brands in the same store", "the same"),
    ("clients ayant acheté au moins 3 marques différentes dans le même magasin", "le même"),
])
def test_one_event_no_behaviour_names_stays_asked(translator, request_, phrase):
    asks(translator, request_, phrase)


SPEC = {"kind": "distinct", "dimension": "category", "per_event": True, "comparison": {"op": ">=", "value": 3},
        "source": {"kind": "event", "events": ["online_order"]}}


def test_the_count_is_worded_in_both_languages(catalog):
    c = from_spec(SPEC, catalog)
    assert word(c, catalog, A, "en").label == \
        "at least 3 different category values within one single event: online order"
    assert word(c, catalog, A, "fr").label == \
        "au moins 3 valeurs de catégorie différentes au sein d'un seul et même événement : commande en ligne"
    assert word(from_spec({**SPEC, "per_event": False}, catalog), catalog, A, "en").label == \
        "at least 3 different category values: online order"


def test_each_event_is_its_source_and_id(warehouse, catalog):
    """Store tickets and orders may share an id: each is counted apart (a ticket and an order of one customer with the
    same number are two events)."""
    c = from_spec({**SPEC, "source": {"kind": "event", "events": ["store_purchase", "online_order"]}}, catalog)
    assert keys(warehouse, c.render(catalog, A).sql) == keys(warehouse, in_one(purchase_lines("category"), 3))


def test_the_model_schema_offers_per_event_and_the_spec_round_trips(translator, catalog):
    jsonschema = pytest.importorskip("jsonschema")
    schema = answer_schema(catalog)
    validator = jsonschema.Draft202012Validator({"$defs": schema["$defs"], "$ref": "#/$defs/condition"})
    assert not list(validator.iter_errors(SPEC)) and list(validator.iter_errors({**SPEC, "per_event": "yes"}))
    spec = translator.translate(CASES[1][0], A).definition.criteria[0].spec
    c = from_spec(spec, catalog)
    assert isinstance(c, DistinctCondition) and c.per_event and from_spec(to_spec(c), catalog) == c


def test_same_and_per_event_together_are_refused(catalog):
    with pytest.raises(TranslationError, match="not both"):
        from_spec({**SPEC, "same": True}, catalog)


def test_the_editor_shows_and_changes_what_is_counted(catalog):
    spec = to_spec(from_spec(SPEC, catalog))
    draft = edit.draft_of(spec, catalog, A)
    assert draft.per_event is True and not draft.same
    assert edit.describe(spec, catalog) == \
        "At least 3 different category values within one single event of (Online order)"
    draft.per_event = False
    overall = edit.to_spec(draft, catalog, A)
    assert overall["per_event"] is False and edit.describe(overall, catalog).startswith("At least 3 different category")
    assert "single event" not in edit.describe(overall, catalog)


def test_the_outdoor_star_schema_counts_each_receipt(eval_cache):
    """A line-grain fact (one row per receipt line, receipt_no the event): one receipt's sports counted."""
    from pathlib import Path

    import schema_catalog
    from assistant.demo.golden import golden_warehouse
    from assistant.edges.warehouse.duckdb import DuckDBWarehouse
    from assistant.sql.compile import compile_sql
    from assistant.translate.offline.translator import OfflineTranslator
    from schema_catalog import load_catalog

    outdoor = load_catalog(Path(schema_catalog.__file__).parent / "catalogs" / "outdoor.yaml")
    rows = ("SELECT f.member_sk, f.channel_cd || f.receipt_no AS purchase, a.sport AS v FROM dw.fact_receipt_line f "
            "JOIN dw.dim_article a USING (article_sk) JOIN dw.dim_date d ON d.date_sk = f.sale_date_sk "
            "WHERE f.member_sk IS NOT NULL AND f.channel_cd IN ('S', 'W') AND d.full_date <= DATE '2026-09-30'")
    gold = f"SELECT DISTINCT member_sk FROM ({rows}) r GROUP BY member_sk, purchase HAVING count(DISTINCT v) >= 3"
    everything = f"SELECT member_sk FROM ({rows}) r GROUP BY member_sk HAVING count(DISTINCT v) >= 3"
    with DuckDBWarehouse(golden_warehouse("outdoor", eval_cache)) as wh:
        want = keys(wh, gold)
        assert want and want < keys(wh, everything)
        for request_ in ("members who bought from at least 3 different sports in a single purchase",
                         "adhérents ayant acheté au moins 3 sports différents dans un même achat"):
            r = OfflineTranslator(outdoor).translate(request_, A)
            assert r.status == "ok" and r.definition.criteria[0].spec["per_event"], r.definition.to_text()
            assert keys(wh, compile_sql(r.definition, outdoor)) == want


ORDERS_OVER_300 = "SELECT customer_id FROM ecom.orders WHERE status <> 'cancelled' AND total_amount > 300"
PURCHASES_OVER_300 = ("SELECT customer_id FROM pos.transactions WHERE customer_id IS NOT NULL AND total_amount > 300 "
                      f"UNION {ORDERS_OVER_300}")
ORDER_OF_5_UNITS = ("SELECT o.customer_id FROM ecom.orders o JOIN ecom.order_lines l USING (order_id) "
                    "WHERE o.status <> 'cancelled' GROUP BY o.customer_id, o.order_id HAVING sum(l.quantity) >= 5")
AMOUNTS = [
    ("customers who spent over €300 in the same order", "clients qui ont dépensé plus de 300 € dans une même commande",
     ORDERS_OVER_300),
    ("customers who spent over €300 in that one order", "clients qui ont dépensé plus de 300 € dans une seule commande",
     ORDERS_OVER_300),
    ("customers who spent over €300 in one go", "clients qui ont dépensé plus de 300 € en une seule fois",
     PURCHASES_OVER_300),
    ("customers who bought 5 or more units in the same order",
     "clients qui ont acheté au moins 5 unités dans la même commande", ORDER_OF_5_UNITS),
]


@pytest.mark.parametrize("english, french, want", AMOUNTS, ids=[c[0] for c in AMOUNTS])
def test_an_amount_in_one_event_is_that_events(translator, warehouse, catalog, english, french, want):
    """'spent over €300 in the same order' is one order's amount, as 'in a single order' (its 'the same' was asked)."""
    for request_, lang in ((english, "en"), (french, "fr")):
        same_audience(translator, warehouse, catalog, request_, want, lang=lang)


def test_an_amount_beside_a_list_in_the_same_order_stays_asked(translator):
    """'shoes and bags in the same order': both in one basket, which no count reads: asked."""
    asks(translator, "customers who spent over 200 on shoes and bags in the same order", "the same")


def test_a_behaviour_said_before_of_other_events_leaves_the_noun_its_own(translator, warehouse, catalog):
    """'opened an email in May and bought 3 different brands in the same order': the order is the one event, never
    the email opened before it."""
    opened = ("SELECT m.customer_id FROM marketing.messages m JOIN marketing.campaigns c USING (campaign_id) "
              "WHERE c.channel = 'email' AND m.opened_at >= TIMESTAMP '2026-05-01' "
              "AND m.opened_at < TIMESTAMP '2026-06-01'")
    same_audience(translator, warehouse, catalog,
                  "customers who opened an email in May and bought 3 different brands in the same order",
                  f"{opened} INTERSECT {BRANDS_IN_ONE_ORDER}")
