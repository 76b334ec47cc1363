"""Calendar months in a row said of a behaviour ('bought from us three months running', '3 consecutive months', 'trois
mois d'affilée', '4 mois de suite'): read in English and French, compiled to the same audience as a hand-written query
on the demo warehouse (each month with a purchase, the months following each other), worded in the request's
language, kept by the editor and checked from outside; said of a count, it stays asked."""
from __future__ import annotations

import pytest

from assistant.errors import TranslationError
from assistant.meaning import EventCondition, from_spec
from assistant.translate.meaning_schema import answer_schema
from translations import A, PURCHASES, same_audience

STORE = "SELECT customer_id, transaction_ts AS ts FROM pos.transactions WHERE customer_id IS NOT NULL"
ONLINE = "SELECT customer_id, order_ts AS ts FROM ecom.orders WHERE status <> 'cancelled'"
THIS_YEAR = "ts >= DATE '2026-01-01' AND ts < DATE '2026-10-01'"
EVER = "ts < DATE '2026-10-01'"


def gold(rows: str, n: int, when: str) -> str:
    """Customers with an event in each of n months that follow each other (a self-join per month after the first)."""
    months = f"SELECT DISTINCT customer_id, year(ts) * 12 + month(ts) AS mo FROM ({rows}) AS r WHERE {when}"
    joins = " ".join(f"JOIN m AS m{k} ON m{k}.customer_id = m0.customer_id AND m{k}.mo = m0.mo + {k}" for k in range(1, n))
    return f"WITH m AS ({months}) SELECT DISTINCT m0.customer_id FROM m AS m0 {joins}"


CASES = [
    ("people who bought from us three months running at some point this year",
     "ceux qui ont acheté chez nous trois mois d'affilée à un moment cette année", gold(PURCHASES, 3, THIS_YEAR)),
    ("customers who bought in store 4 consecutive months this year", "clients qui ont acheté en magasin 4 mois consécutifs cette année",
     gold(STORE, 4, THIS_YEAR)),
    ("customers who ordered online 3 months in a row", "clients qui ont commandé en ligne 3 mois de suite",
     gold(ONLINE, 3, EVER)),
]


@pytest.mark.parametrize("english, french, want", CASES, ids=[c[0] for c in CASES])
def test_months_in_a_row_read_in_english_and_french(translator, warehouse, catalog, english, french, want):
    for request_, lang in ((english, "en"), (french, "fr")):
        r = same_audience(translator, warehouse, catalog, request_, want, lang=lang)
        assert r.definition.criteria[0].spec["running"] >= 3


def test_months_in_a_row_are_worded_in_the_request_s_language(translator):
    r = translator.translate("customers who ordered online 3 months in a row", A)
    assert r.definition.criteria[0].label == "online order in 3 months in a row"
    r = translator.translate("clients qui ont commandé en ligne 3 mois de suite", A, lang="fr")
    assert r.definition.criteria[0].label == "commande en ligne pendant 3 mois d'affilée"


def test_an_example_of_the_months_is_an_aside(translator):
    r = translator.translate("people who bought from us three months running this year (say March, April and May)", A)
    assert r.status == "ok" and len(r.definition.criteria) == 1, r.definition.to_text()


def test_months_in_a_row_reach_the_schema_and_are_checked_from_outside(catalog):
    assert "running" in answer_schema(catalog)["$defs"]["event"]["properties"]
    c = from_spec({"kind": "event", "events": ["online_order"], "running": 3}, catalog)
    assert isinstance(c, EventCondition) and c.running == 3
    for bad in ({"running": 1}, {"running": 3, "count": {"op": ">=", "value": 2}}):
        with pytest.raises(TranslationError, match="months in a row"):
            from_spec({"kind": "event", "events": ["online_order"], **bad}, catalog)
