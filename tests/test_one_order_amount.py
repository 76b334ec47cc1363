"""An event's noun in the singular with its amount said right after it ('app order over €70', 'commande sur l'appli
de plus de 70 €'), with no word of spending or of a total, is that event's own amount: one order over €70, never the
orders' sum over €70 (read as a sum, silently: paraphrase set fr_5). 'spent over €70' stays the sum.

Checked by running the translation and a hand-written SQL of the same audience on the demo warehouse."""
from __future__ import annotations

import pytest

from translations import keys, same_audience

_12M = "order_ts >= DATE '2026-09-30' - INTERVAL 12 MONTH"
_ONE_ORDER = f"SELECT customer_id FROM ecom.orders WHERE status <> 'cancelled' AND device = 'app' AND total_amount > 150 AND {_12M}"
_SUM = (f"SELECT customer_id FROM ecom.orders WHERE status <> 'cancelled' AND device = 'app' AND {_12M} "
        "GROUP BY customer_id HAVING sum(total_amount) > 150")


@pytest.mark.parametrize("request_, lang", [
    ("app order over €150 in the last 12 months", None),
    ("commande sur l'appli de plus de 150 € sur les douze derniers mois", "fr"),
])
def test_a_singular_order_with_its_amount_is_one_orders_amount(translator, warehouse, catalog,
                                                                request_, lang):
    same_audience(translator, warehouse, catalog, request_, _ONE_ORDER, lang=lang)
    assert keys(warehouse, _ONE_ORDER) != keys(warehouse, _SUM), "the test cannot tell one order from the sum"


@pytest.mark.parametrize("request_, lang", [
    ("spent over €150 on the app in the last 12 months", None),
    ("ont dépensé plus de 150 € sur l'appli sur les douze derniers mois", "fr"),
])
def test_spending_is_still_the_sum(translator, warehouse, catalog, request_, lang):
    same_audience(translator, warehouse, catalog, request_, _SUM, lang=lang)
