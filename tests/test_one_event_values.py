"""Values of one dimension held by one same event ('bought Lego and Djeco in the same order', 'on the same receipt or
the same web order', 'sur le même ticket de caisse ou la même commande web'): one event's lines hold each value (a count
of the different values within one single event, over those values only), compiled to the same audience as a
hand-written GROUP BY of each ticket and order on the demo warehouse, EN and FR. Values that are each a set of values
('un rouge à lèvres ET un mascara': every lipstick, every mascara) stay asked."""
from __future__ import annotations

import pytest

from translations import A, same_audience

BOTH = ("WITH l AS (SELECT t.customer_id, l.product_id, 'store' AS ch, t.transaction_id AS purchase_id "
        "FROM pos.transactions t JOIN pos.transaction_lines l USING (transaction_id) WHERE t.customer_id IS NOT NULL "
        "AND '{ch}' IN ('store', 'both') UNION ALL SELECT o.customer_id, l.product_id, 'online', o.order_id "
        "FROM ecom.orders o JOIN ecom.order_lines l USING (order_id) WHERE o.status <> 'cancelled' "
        "AND '{ch}' IN ('online', 'both')) "
        "SELECT l.customer_id FROM l JOIN pim.products p USING (product_id) GROUP BY l.customer_id, l.ch, l.purchase_id "
        "HAVING count_if(p.brand = 'Lego') > 0 AND count_if(p.brand = 'Djeco') > 0")

CASES = [
    ("customers who bought Lego and Djeco, on the same receipt or the same web order",
     "Ont acheté du Lego et du Djeco en même temps, sur le même ticket de caisse ou la même commande web",
     BOTH.format(ch="both")),
    ("customers who bought Lego and Djeco on the same receipt", "clients qui ont acheté du Lego et du Djeco sur le même ticket de caisse",
     BOTH.format(ch="store")),
    ("customers who bought Lego and Djeco in one order", "clients qui ont acheté du Lego et du Djeco dans une même commande",
     BOTH.format(ch="online")),
]


@pytest.mark.parametrize("english, french, want", CASES, ids=[c[0] for c in CASES])
def test_two_values_in_one_same_event(translator, warehouse, catalog, english, french, want):
    for request_, lang in ((english, "en"), (french, "fr")):
        r = same_audience(translator, warehouse, catalog, request_, want, lang=lang)
        spec = r.definition.criteria[0].spec
        assert spec["kind"] == "distinct" and spec["per_event"] and len(r.definition.criteria) == 1, spec


def test_values_that_are_each_a_set_stay_asked(translator):
    r = translator.translate("Les clientes qui ont acheté un rouge à lèvres ET un mascara sur le même ticket de caisse "
                             "en boutique", A, lang="fr")
    assert r.status == "clarify", r.definition.to_text()
