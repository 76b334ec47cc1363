"""One value of a dimension reached N times ('bought the same brand 3 times or more', 'a acheté au moins 3 fois la même
marque', 'contacted us at least 3 times for the same topic', 'un même produit acheté lors d'au moins 3 achats
différents'): a distinct condition with `same`, the events of one value counted (each event once, however many of its
lines hold the value), some value reaching the count. Read in English and French, checked against hand-written
GROUP BY customer, value queries on the demo warehouse, worded in both languages, edited, and checked from outside;
'the same' said anywhere else stays asked."""
from __future__ import annotations

import pytest

from assistant import edit
from assistant.errors import TranslationError
from assistant.meaning import DistinctCondition, from_spec, to_spec
from assistant.translate.meaning_schema import answer_schema
from assistant.wording import word
from translations import A, asks, keys, purchase_lines, same_audience

IN_2025 = ">= TIMESTAMP '2025-01-01' AND {ts} < TIMESTAMP '2026-01-01'"


def same(rows: str, at_least: int) -> str:
    return f"SELECT DISTINCT customer_id FROM ({rows}) r WHERE v IS NOT NULL GROUP BY customer_id, v " \
           f"HAVING count(DISTINCT purchase) >= {at_least}"


TOPICS = "SELECT customer_id FROM service.tickets WHERE created_at < TIMESTAMP '2026-10-01' GROUP BY customer_id, topic " \
         "HAVING count(*) >= 3"

CASES = [
    ("customers who bought the same brand 3 times or more in 2025",
     "Clients qui ont acheté au moins 3 fois la même marque en 2025", same(purchase_lines("brand", IN_2025), 3)),
    ("customers who contacted us at least 3 times for the same topic",
     "clients qui nous ont contactés au moins 3 fois pour le même motif", TOPICS),
    ("customers who bought the same product in at least 3 different purchases",
     "clients ayant acheté un même produit lors d'au moins 3 achats différents", same(purchase_lines("product_name"), 3)),
    ("customers who ordered twice from the same device", "clients qui ont commandé au moins deux fois sur le même appareil",
     "SELECT customer_id FROM ecom.orders WHERE status <> 'cancelled' AND order_ts < TIMESTAMP '2026-10-01' "
     "GROUP BY customer_id, device HAVING count(*) >= 2"),
    ("customers who ordered the same product at least twice online",
     "clients qui ont commandé au moins 2 fois le même produit en ligne",
     same(purchase_lines("product_name", channels=("online",)), 2)),
]


@pytest.mark.parametrize("english, french, want", CASES, ids=[c[0] for c in CASES])
def test_one_value_reached_n_times_read_in_english_and_french(translator, warehouse, catalog, english, french, want):
    for request_, lang in ((english, "en"), (french, "fr")):
        r = same_audience(translator, warehouse, catalog, request_, want, lang=lang)
        assert len(r.definition.criteria) == 1 and r.definition.criteria[0].spec["same"] is True, r.definition.to_text()


def test_a_product_counted_by_its_id_is_the_same_audience_as_by_its_name(warehouse):
    """The catalog counts products by their name: no two products of the demo warehouse share one."""
    by_id = same(purchase_lines("product_id"), 3)
    assert keys(warehouse, by_id) == keys(warehouse, same(purchase_lines("product_name"), 3))


def test_never_the_same_brand_twice_is_everyone_else(translator, warehouse, catalog):
    twice = same(purchase_lines("brand"), 2)
    same_audience(translator, warehouse, catalog, "customers who never bought the same brand twice",
                  f"SELECT customer_id FROM crm.customers EXCEPT {twice}")


@pytest.mark.parametrize("request_, phrase", [
    ("customers who bought the same brand as their first purchase", "the same"),   # no count of it said
    ("Customers with 3 or more store receipts, all of them from the same store", "the same"),
    ("clients qui ont acheté la même marque que lors de leur premier achat", "la même"),
])
def test_the_same_without_a_count_of_times_stays_asked(translator, request_, phrase):
    asks(translator, request_, phrase)


def test_the_count_is_worded_in_both_languages(catalog):
    c = from_spec({"kind": "distinct", "dimension": "brand", "same": True, "comparison": {"op": ">=", "value": 3},
                   "source": {"kind": "event", "events": ["online_order"]}}, catalog)
    assert word(c, catalog, A, "en").label == "at least 3 times the same brand: online order"
    assert word(c, catalog, A, "fr").label == "au moins 3 fois la même valeur de marque : commande en ligne"
    assert word(c, catalog, A, "en").label != word(from_spec({**to_spec(c), "same": False}, catalog), catalog, A,
                                                   "en").label


def test_each_event_is_counted_once_whatever_its_lines(warehouse, catalog):
    """An order with two lines of one brand is one time: counted by lines, more customers would reach 2."""
    c = from_spec({"kind": "distinct", "dimension": "brand", "same": True, "comparison": {"op": ">=", "value": 2},
                   "source": {"kind": "event", "events": ["online_order"]}}, catalog)
    got = keys(warehouse, c.render(catalog, A).sql)
    by_lines = keys(warehouse, "SELECT DISTINCT o.customer_id FROM ecom.orders o JOIN ecom.order_lines l USING "
                               "(order_id) JOIN pim.products p USING (product_id) WHERE o.status <> 'cancelled' "
                               "GROUP BY o.customer_id, p.brand HAVING count(*) >= 2")
    assert got == keys(warehouse, same(purchase_lines("brand", channels=("online",)), 2)) and got < by_lines


def test_the_model_schema_offers_same_and_the_spec_round_trips(translator, catalog):
    jsonschema = pytest.importorskip("jsonschema")
    schema = answer_schema(catalog)
    validator = jsonschema.Draft202012Validator({"$defs": schema["$defs"], "$ref": "#/$defs/condition"})
    sent = {"kind": "distinct", "dimension": "brand", "same": True, "comparison": {"op": ">=", "value": 3},
            "source": {"kind": "event", "events": ["online_order", "store_purchase"]}}
    assert not list(validator.iter_errors(sent)) and list(validator.iter_errors({**sent, "same": "yes"}))
    spec = translator.translate("customers who bought the same brand 3 times or more", A).definition.criteria[0].spec
    assert spec["same"] is True
    c = from_spec(spec, catalog)
    assert isinstance(c, DistinctCondition) and c.same and from_spec(to_spec(c), catalog) == c


def test_a_saved_distinct_count_without_same_is_a_count_of_different_values(catalog):
    c = from_spec({"kind": "distinct", "dimension": "brand", "comparison": {"op": ">=", "value": 3},
                   "source": {"kind": "event", "events": ["online_order"]}}, catalog)
    assert c.same is False and "count(DISTINCT value)" in c.render(catalog, A).sql


def test_a_dimension_the_behaviour_lacks_is_refused(catalog):
    with pytest.raises(TranslationError, match="no dimension 'brand'"):
        from_spec({"kind": "distinct", "dimension": "brand", "same": True, "comparison": {"op": ">=", "value": 3},
                   "source": {"kind": "event", "events": ["support_ticket"]}}, catalog)


def test_the_editor_shows_and_changes_what_is_counted(catalog):
    spec = to_spec(from_spec({"kind": "distinct", "dimension": "brand", "same": True,
                              "comparison": {"op": ">=", "value": 3},
                              "source": {"kind": "event", "events": ["online_order"]}}, catalog))
    draft = edit.draft_of(spec, catalog, A)
    assert draft.same is True
    assert edit.describe(spec, catalog) == "At least 3 times the same brand in (Online order)"
    draft.same = False
    different = edit.to_spec(draft, catalog, A)
    assert different["same"] is False and edit.describe(different, catalog).startswith("At least 3 different brand")


def test_the_outdoor_star_schema_counts_each_receipt_once_per_brand(eval_cache):
    """A line-grain fact (one row per receipt line): a receipt with two lines of a brand is one time."""
    from pathlib import Path

    import schema_catalog
    from assistant.demo.golden import golden_warehouse
    from assistant.edges.warehouse.duckdb import DuckDBWarehouse
    from assistant.sql.compile import compile_sql
    from assistant.translate.offline.translator import OfflineTranslator
    from schema_catalog import load_catalog

    outdoor = load_catalog(Path(schema_catalog.__file__).parent / "catalogs" / "outdoor.yaml")
    gold = ("SELECT DISTINCT f.member_sk FROM dw.fact_receipt_line f JOIN dw.dim_article a USING (article_sk) "
            "JOIN dw.dim_date d ON d.date_sk = f.sale_date_sk WHERE f.member_sk IS NOT NULL AND f.channel_cd IN "
            "('S', 'W') AND d.full_date <= DATE '2026-09-30' GROUP BY f.member_sk, a.brand "
            "HAVING count(DISTINCT f.channel_cd || f.receipt_no) >= 3")
    with DuckDBWarehouse(golden_warehouse("outdoor", eval_cache)) as wh:
        for request_ in ("members who bought the same brand 3 times or more",
                         "adhérents qui ont acheté au moins 3 fois la même marque"):
            r = OfflineTranslator(outdoor).translate(request_, A)
            assert r.status == "ok" and r.definition.criteria[0].spec["same"], r.definition.to_text()
            got, want = keys(wh, compile_sql(r.definition, outdoor)), keys(wh, gold)
            assert want and got == want, (len(got), len(want))
