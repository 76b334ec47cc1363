"""A range of differences between two behaviours ('spent between €100 and €200 more online than in store', 'entre 100
et 200 € de plus en ligne qu'en magasin', 'between 2 and 4 more times'): VersusCondition.margin .. margin_upper, read
in English and French, compiled to the same audience as a hand-written difference on the demo warehouse, worded,
edited and checked from outside."""
from __future__ import annotations

import pytest

from assistant import edit
from assistant.errors import TranslationError
from assistant.meaning import from_spec, to_spec
from translations import A, keys, same_audience

THIS_YEAR = "ts >= DATE '2026-01-01' AND ts < DATE '2026-10-01'"


def difference(low: float, high: float, measure: str = "amount", when: str = THIS_YEAR) -> str:
    one = "coalesce(amount, 0)" if measure == "amount" else "1"
    return (f"SELECT customer_id FROM (SELECT customer_id, {one} AS a, 0 AS b FROM (SELECT customer_id, order_ts AS ts, "
            f"total_amount AS amount FROM ecom.orders WHERE status <> 'cancelled') o WHERE {when} UNION ALL "
            f"SELECT customer_id, 0, {one} FROM (SELECT customer_id, transaction_ts AS ts, total_amount AS amount FROM "
            f"pos.transactions WHERE customer_id IS NOT NULL) t WHERE {when}) x GROUP BY customer_id "
            f"HAVING sum(a) - sum(b) BETWEEN {low} AND {high}")


@pytest.mark.parametrize("request_, lang, want", [
    ("customers who spent between €100 and €200 more online than in store this year", "en", difference(100, 200)),
    ("clients qui ont dépensé entre 100 et 200 € de plus en ligne qu'en magasin cette année", "fr", difference(100, 200)),
    ("customers who ordered between 2 and 4 more times online than in store", "en",
     difference(2, 4, "count", "ts < DATE '2026-10-01'")),
])
def test_a_range_of_differences_is_read(translator, warehouse, catalog, request_, lang, want):
    r = same_audience(translator, warehouse, catalog, request_, want, lang=lang)
    assert r.definition.criteria[0].spec["margin_upper"] is not None


@pytest.mark.parametrize("request_, lang, label", [
    ("customers who spent between €100 and €200 more online than in store", "en",
     "spent between 100 and 200 more on online order than on store purchase"),
    ("clients qui ont dépensé entre 100 et 200 € de plus en ligne qu'en magasin", "fr",
     "montant pour commande en ligne plus élevé de 100 à 200 que pour achat en magasin"),
])
def test_the_range_is_worded(translator, request_, lang, label):
    r = translator.translate(request_, A, lang=lang)
    assert r.definition.criteria[0].label == label, r.definition.criteria[0].label


def test_the_editor_shows_and_drops_the_upper_end(warehouse, catalog, translator):
    spec = translator.translate("customers who spent between €100 and €200 more online than in store", A) \
        .definition.criteria[0].spec
    draft = edit.draft_of(spec, catalog, A)
    assert (draft.margin, draft.margin_upper) == (100, 200)
    assert edit.describe(spec, catalog).startswith("Spent between 100 and 200 EUR more on (Online order)")
    ranged = keys(warehouse, from_spec(edit.to_spec(draft, catalog, A), catalog).render(catalog, A).sql)
    draft.margin_upper = None
    open_ended = from_spec(edit.to_spec(draft, catalog, A), catalog)
    assert open_ended.margin_upper is None and ranged < keys(warehouse, open_ended.render(catalog, A).sql)
    assert to_spec(open_ended)["margin"] == 100


@pytest.mark.parametrize("margin, upper", [(None, 200), (300, 200)])
def test_a_range_without_its_low_end_or_upside_down_is_refused(catalog, margin, upper):
    side = {"kind": "event", "events": ["online_order"]}
    with pytest.raises(TranslationError, match="range of differences"):
        from_spec({"kind": "versus", "left": side, "right": {**side, "events": ["store_purchase"]}, "measure": "amount",
                   "op": ">", "margin": margin, "margin_upper": upper}, catalog)
