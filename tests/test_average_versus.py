"""One average against another ('customers whose average basket this year is higher than last year', 'panier moyen
cette année supérieur à celui de l'an dernier', 'average online basket higher than their average store basket'): a
VersusCondition of measure 'average', each side's amount per event (a ticket's or an order's) averaged and compared,
a customer with no event on a side out. Read in English and French, checked against hand-written avg() queries on the
demo warehouse, worded in both languages, edited and checked from outside; how far apart two averages are stays
asked."""
from __future__ import annotations

import pytest

from assistant import edit
from assistant.errors import TranslationError
from assistant.meaning import VersusCondition, from_spec, to_spec
from assistant.translate.meaning_schema import answer_schema
from assistant.wording import word
from translations import A, asks, keys, same_audience

STORE = "SELECT customer_id, transaction_ts AS ts, total_amount AS amount FROM pos.transactions WHERE customer_id IS NOT NULL"
ONLINE = "SELECT customer_id, order_ts AS ts, total_amount AS amount FROM ecom.orders WHERE status <> 'cancelled'"
BOTH = f"{STORE} UNION ALL {ONLINE}"
THIS_YEAR = "ts >= DATE '2026-01-01' AND ts < DATE '2026-10-01'"
LAST_YEAR = "ts >= DATE '2025-01-01' AND ts < DATE '2026-01-01'"


def averages(left: str, right: str, op: str = ">") -> str:
    return (f"SELECT customer_id FROM (SELECT customer_id, amount AS a, NULL AS b FROM ({left}) l UNION ALL "
            f"SELECT customer_id, NULL, amount FROM ({right}) r) x GROUP BY customer_id HAVING avg(a) {op} avg(b)")


def within(rows: str, when: str) -> str:
    return f"SELECT * FROM ({rows}) e WHERE {when}"


CASES = [
    ("customers whose average basket this year is higher than last year",
     "clients dont le panier moyen cette année est supérieur à celui de l'an dernier",
     averages(within(BOTH, THIS_YEAR), within(BOTH, LAST_YEAR))),
    ("customers whose average online basket is higher than their average store basket",
     "clients dont le panier moyen en ligne est supérieur à leur panier moyen en magasin",
     averages(within(ONLINE, "ts < DATE '2026-10-01'"), within(STORE, "ts < DATE '2026-10-01'"))),
    ("customers whose average order this year is lower than last year",
     "clients dont le panier moyen en ligne cette année est inférieur à celui de l'an dernier",
     averages(within(ONLINE, THIS_YEAR), within(ONLINE, LAST_YEAR), "<")),
]


@pytest.mark.parametrize("english, french, want", CASES, ids=[c[0] for c in CASES])
def test_one_average_against_another_read_in_english_and_french(translator, warehouse, catalog, english, french, want):
    for request_, lang in ((english, "en"), (french, "fr")):
        r = same_audience(translator, warehouse, catalog, request_, want, lang=lang)
        assert r.definition.criteria[0].spec["measure"] == "average", r.definition.to_text()


def test_a_basket_of_lines_is_averaged_per_ticket(warehouse, catalog):
    """Lego baskets: each ticket's Lego lines summed, then averaged over tickets (never over lines)."""
    spec = {"kind": "versus", "measure": "average", "op": ">",
            "left": {"kind": "event", "events": ["online_order"], "dims": {"brand": ["Lego"]}},
            "right": {"kind": "event", "events": ["store_purchase"], "dims": {"brand": ["Lego"]}}}
    lines = ("SELECT {c}, {t}.{id} AS id, sum(l.line_amount) AS amount FROM {table} {t} JOIN {lines} l USING ({id}) "
             "JOIN pim.products p USING (product_id) WHERE p.brand = 'Lego' AND {where} GROUP BY {c}, {t}.{id}")
    online = lines.format(c="o.customer_id", t="o", id="order_id", table="ecom.orders", lines="ecom.order_lines",
                          where="o.status <> 'cancelled'")
    store = lines.format(c="t.customer_id", t="t", id="transaction_id", table="pos.transactions",
                         lines="pos.transaction_lines", where="t.customer_id IS NOT NULL")
    want = keys(warehouse, averages(online, store))
    assert want and keys(warehouse, from_spec(spec, catalog).render(catalog, A).sql) == want


@pytest.mark.parametrize("request_, phrase", [
    ("customers whose average basket is €20 higher online than in store",
     "average basket is €20 higher online than in store"),
    ("customers whose average online order is at least twice their average store ticket",
     "average online order is at least twice their average store ticket"),
])
def test_how_far_apart_two_averages_are_stays_asked(translator, request_, phrase):
    asks(translator, request_, phrase)


def test_worded_in_both_languages(catalog):
    c = from_spec({"kind": "versus", "measure": "average", "op": ">",
                   "left": {"kind": "event", "events": ["online_order"]},
                   "right": {"kind": "event", "events": ["store_purchase"]}}, catalog)
    assert word(c, catalog, A, "en").label == "average spend per event more on online order than on store purchase"
    assert word(c, catalog, A, "fr").label == "panier moyen plus élevé pour commande en ligne que pour achat en magasin"
    assert "with no event on a side is out" in word(c, catalog, A, "en").meaning


def test_the_model_schema_offers_average_and_bad_specs_are_refused(catalog):
    jsonschema = pytest.importorskip("jsonschema")
    schema = answer_schema(catalog)
    validator = jsonschema.Draft202012Validator({"$defs": schema["$defs"], "$ref": "#/$defs/condition"})
    sent = {"kind": "versus", "measure": "average", "op": ">", "left": {"kind": "event", "events": ["online_order"]},
            "right": {"kind": "event", "events": ["store_purchase"]}}
    assert not list(validator.iter_errors(sent)) and list(validator.iter_errors({**sent, "measure": "median"}))
    c = from_spec(sent, catalog)
    assert isinstance(c, VersusCondition) and from_spec(to_spec(c), catalog) == c
    with pytest.raises(TranslationError, match="no share nor margin"):
        from_spec({**sent, "share": 2.0}, catalog)
    with pytest.raises(TranslationError, match="no share nor margin"):
        from_spec({**sent, "right": {"kind": "event", "events": ["support_ticket"]}}, catalog)


def test_the_editor_shows_and_changes_the_average(catalog):
    spec = to_spec(from_spec({"kind": "versus", "measure": "average", "op": ">",
                              "left": {"kind": "event", "events": ["online_order"]},
                              "right": {"kind": "event", "events": ["store_purchase"]}}, catalog))
    draft = edit.draft_of(spec, catalog, A)
    assert draft.measure == "average"
    assert edit.describe(spec, catalog) == "Average spend per event higher on (Online order) than on (Store purchase)"
    draft.share = 200.0        # a share left in the fields is no part of an average's comparison
    again = edit.to_spec(draft, catalog, A)
    assert again["share"] is None and from_spec(again, catalog).measure == "average"
    draft.measure = "amount"
    assert edit.to_spec(draft, catalog, A)["measure"] == "amount"
