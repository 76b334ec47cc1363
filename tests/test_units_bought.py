"""Units bought: the demo catalog's `units` measure of a store purchase and an online order, a column of their lines
(pos.transaction_lines.quantity, ecom.order_lines.quantity) summed per ticket or order ('bought more than 5 units',
'plus de 5 unités', 'top 15 customers by number of units bought'). Read in English and French, checked against
hand-written sums of quantity on the demo warehouse; the catalog check validates a measure on another table by the
path to it; 'items' and 'articles' alone stay the requests' goods."""
from __future__ import annotations

import pytest

from assistant.errors import TranslationError
from assistant.meaning import from_spec
from assistant.wording import word
from schema_catalog.model import Measure
from schema_catalog.semantic import semantic_problems
from translations import A, keys, same_audience


def lines(when: str = "< TIMESTAMP '2026-10-01'", where: str = "TRUE", channels=("store", "online")) -> str:
    """(customer, quantity, brand) of each purchase line of those channels dated `when`."""
    store = ("SELECT t.customer_id, l.quantity, p.brand FROM pos.transactions t JOIN pos.transaction_lines l "
             "USING (transaction_id) JOIN pim.products p USING (product_id) "
             f"WHERE t.customer_id IS NOT NULL AND t.transaction_ts {when.format(ts='t.transaction_ts')}")
    online = ("SELECT o.customer_id, l.quantity, p.brand FROM ecom.orders o JOIN ecom.order_lines l USING (order_id) "
              "JOIN pim.products p USING (product_id) "
              f"WHERE o.status <> 'cancelled' AND o.order_ts {when.format(ts='o.order_ts')}")
    both = " UNION ALL ".join(q for q, ch in ((store, "store"), (online, "online")) if ch in channels)
    return f"SELECT * FROM ({both}) x WHERE {where}"


def units(rows: str, having: str) -> str:
    return f"SELECT customer_id FROM ({rows}) u GROUP BY customer_id HAVING sum(quantity) {having}"


def top(rows: str, n: int) -> str:
    return f"SELECT customer_id FROM ({rows}) u GROUP BY customer_id ORDER BY sum(quantity) DESC, customer_id LIMIT {n}"


IN_2025 = ">= TIMESTAMP '2025-01-01' AND {ts} < TIMESTAMP '2026-01-01'"
H1_2026 = ">= TIMESTAMP '2026-01-01' AND {ts} < TIMESTAMP '2026-07-01'"

CASES = [
    ("customers who bought more than 5 units", "clients qui ont acheté plus de 5 unités", units(lines(), "> 5")),
    ("customers who bought more than 5 units of Lego in 2025", "clients qui ont acheté plus de 5 unités Lego en 2025",
     units(lines(IN_2025, "brand = 'Lego'"), "> 5")),
    ("customers who ordered at least 10 units online", "clients qui ont commandé au moins 10 unités en ligne",
     units(lines(channels=("online",)), ">= 10")),
    ("top 10 customers by units bought online in 2025", "top 10 des clients en nombre d'unités achetées en ligne en 2025",
     top(lines(IN_2025, channels=("online",)), 10)),
]


@pytest.mark.parametrize("english, french, want", CASES, ids=[c[0] for c in CASES])
def test_units_read_in_english_and_french(translator, warehouse, catalog, english, french, want):
    for request_, lang in ((english, "en"), (french, "fr")):
        same_audience(translator, warehouse, catalog, request_, want, lang=lang)


def test_top_15_by_number_of_units_is_by_their_sum(translator, warehouse, catalog):
    """'by number of units' ranked by the number of purchases, silently, once 'units' was a word of the catalog."""
    r = same_audience(translator, warehouse, catalog,
                      "Top 15 customers by number of units bought in H1 2026, stores and web combined",
                      top(lines(H1_2026), 15))
    assert r.definition.criteria[0].spec["source"]["measure"] == "units"


def test_a_ticket_of_two_lines_sums_both(warehouse, catalog):
    """The units of a ticket are the sum of its lines' quantities, never one line's."""
    c = from_spec({"kind": "event", "events": ["store_purchase"], "measure": "units", "count": {"op": ">=", "value": 1},
                   "amount": {"op": ">=", "value": 4}}, catalog)
    want = keys(warehouse, "SELECT t.customer_id FROM pos.transactions t JOIN pos.transaction_lines l USING "
                           "(transaction_id) WHERE t.customer_id IS NOT NULL GROUP BY t.customer_id, t.transaction_id "
                           "HAVING sum(l.quantity) >= 4")
    assert want and keys(warehouse, c.render(catalog, A).sql) == want
    assert max(q for (q,) in warehouse.query("SELECT quantity FROM pos.transaction_lines").rows) < 4


def test_units_are_worded_in_both_languages(catalog):
    c = from_spec({"kind": "event", "events": ["online_order"], "measure": "units",
                   "amount": {"op": ">", "value": 5}}, catalog)
    assert word(c, catalog, A, "en").label == "online order (total units bought more than 5)"
    assert word(c, catalog, A, "fr").label == "commande en ligne (unités achetées au total : plus de 5)"


@pytest.mark.parametrize("request_", ["customers who bought kids items in 2025",
                                      "clients qui ont acheté des articles enfants en 2025"])
def test_items_alone_stay_goods(translator, request_):
    r = translator.translate(request_, A)
    assert all(c.spec.get("measure") is None for c in r.definition.criteria if c.spec), r.definition.to_text()


def test_a_measure_on_a_table_the_event_does_not_reach_is_a_catalog_problem(catalog):
    bad = catalog.model_copy(deep=True)
    bad.events["store_purchase"].measures["units"] = Measure(column="ecom.order_lines.quantity", agg="sum")
    problems = [message for _, message in semantic_problems(bad)]
    assert any("ecom.order_lines" in m for m in problems), problems
    bad.events["store_purchase"].measures["units"] = Measure(column="pos.transaction_lines.nope", agg="sum")
    assert any("'pos.transaction_lines.nope' is not a column of pos.transactions nor of the catalog" in m
               for _, m in semantic_problems(bad))


def test_a_measure_the_events_lack_is_refused(catalog):
    with pytest.raises(TranslationError, match="no measure 'units'"):
        from_spec({"kind": "event", "events": ["support_ticket"], "measure": "units",
                   "amount": {"op": ">", "value": 5}}, catalog)


def test_the_outdoor_star_schema_ranks_by_units_without_a_note_saying_they_are_not_applied(eval_cache):
    """Its quantity is on the fact's own lines: 'by number of units' is their sum, and the note that 'units' was not
    applied (said while the behaviour was read) is gone once the ranking applies them."""
    from pathlib import Path

    import schema_catalog
    from assistant.demo.golden import golden_warehouse
    from assistant.edges.warehouse.duckdb import DuckDBWarehouse
    from assistant.sql.compile import compile_sql
    from assistant.translate.offline.translator import OfflineTranslator
    from schema_catalog import load_catalog

    outdoor = load_catalog(Path(schema_catalog.__file__).parent / "catalogs" / "outdoor.yaml")
    gold = ("SELECT f.member_sk FROM dw.fact_receipt_line f JOIN dw.dim_date d ON d.date_sk = f.sale_date_sk "
            "WHERE f.member_sk IS NOT NULL AND f.channel_cd IN ('S', 'W') AND d.cal_year = 2025 "
            "GROUP BY f.member_sk ORDER BY sum(f.qty) DESC, f.member_sk LIMIT 10")
    r = OfflineTranslator(outdoor).translate("top 10 members by number of units bought in 2025", A)
    assert r.status == "ok" and not any("not applied" in n for n in r.warnings), r.warnings
    with DuckDBWarehouse(golden_warehouse("outdoor", eval_cache)) as wh:
        got, want = keys(wh, compile_sql(r.definition, outdoor)), keys(wh, gold)
    assert len(want) == 10 and got == want
