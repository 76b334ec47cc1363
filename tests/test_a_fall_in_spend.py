"""A total below a bound said beside the same behaviour reaching a total in another period is a fall: customers who
bought none of it in the second period are in ('spent 300+ on electronics in 2025 but less than 100 so far in 2026',
blind set #26). Read as a total of those who bought, the lapsed were left out (with a note). Said alone, a total below
a bound is still of customers who bought, with a note."""
from __future__ import annotations

import datetime as dt

import pytest

from translations import same_audience

_SPEND = ("SELECT customer_id, ts, amount FROM (SELECT t.customer_id, t.transaction_ts AS ts, l.line_amount AS amount "
          "FROM pos.transactions t JOIN pos.transaction_lines l ON l.transaction_id = t.transaction_id "
          "JOIN pim.products p ON p.product_id = l.product_id WHERE t.customer_id IS NOT NULL AND p.category = 'electronics' "
          "UNION ALL SELECT o.customer_id, o.order_ts, l.line_amount FROM ecom.orders o "
          "JOIN ecom.order_lines l ON l.order_id = o.order_id JOIN pim.products p ON p.product_id = l.product_id "
          "WHERE o.status <> 'cancelled' AND p.category = 'electronics') s")
_FELL = (f"SELECT customer_id FROM ({_SPEND}) a WHERE ts >= DATE '2025-01-01' AND ts < DATE '2026-01-01' "
         "GROUP BY customer_id HAVING sum(amount) >= 300 "
         f"EXCEPT SELECT customer_id FROM ({_SPEND}) b WHERE ts >= DATE '2026-01-01' "
         "GROUP BY customer_id HAVING sum(amount) >= 100")


@pytest.mark.parametrize("request_, lang, said", [
    ("Spent 300+ on electronics in 2025 but less than 100 on electronics so far in 2026", None, "included"),
    ("300 € ou plus dépensés en électronique en 2025 mais moins de 100 € en électronique depuis le début de 2026", "fr",
     "inclus"),
])
def test_a_total_below_a_bound_after_a_higher_one_in_another_period_includes_none(
        translator, warehouse, catalog, request_, lang, said):
    r = same_audience(translator, warehouse, catalog, request_, _FELL, lang=lang)
    assert any(said in w for w in r.warnings), r.warnings


def test_a_total_below_a_bound_said_alone_is_of_those_who_bought(translator):
    r = translator.translate("customers who spent less than 100 on electronics this year", dt.date(2026, 9, 30))
    assert not r.definition.criteria[0].label.startswith("not:")
    assert any("not included" in w for w in r.warnings), r.warnings
