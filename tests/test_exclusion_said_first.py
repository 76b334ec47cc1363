"""An exclusion said first, up to its comma or colon ('excluding gold and VIP: customers with ...', 'hors VIP : ...',
'sauf les VIP, ...'): read as a title, the excluded were kept (only a note said so); read with nothing before it,
its marker was asked about (paraphrase sets en_5 / fr_5).

Checked by running the translation and a hand-written SQL of the same audience on the demo warehouse."""
from __future__ import annotations

import pytest

from translations import same_audience

_APP_NOT_GOLD = ("SELECT customer_id FROM ecom.orders WHERE status <> 'cancelled' AND device = 'app' "
                 "AND order_ts >= DATE '2026-01-01' GROUP BY customer_id HAVING count(*) >= 5 "
                 "EXCEPT SELECT customer_id FROM crm.customers WHERE loyalty_tier IN ('gold', 'vip')")


@pytest.mark.parametrize("request_, lang", [
    ("excluding gold and VIP: customers with at least five app orders since January", None),
    ("except gold and VIP members, customers with at least five app orders since January", None),
    ("hors membres or et VIP : au moins cinq commandes appli depuis le début de l'année", "fr"),
    ("sauf les membres or et VIP, clients avec au moins cinq commandes appli depuis le début de l'année", "fr"),
])
def test_an_exclusion_said_first_is_read_as_one(translator, warehouse, catalog, request_, lang):
    r = same_audience(translator, warehouse, catalog, request_, _APP_NOT_GOLD, lang=lang)
    assert not any("title" in w or "titre" in w for w in r.warnings), r.warnings
