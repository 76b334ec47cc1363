"""An event whose customer is reached through another table (grocery #55: a receipt carries the loyalty card scanned,
the card its client): the catalog names the card's client as the event's customer (customer_key:
loy.card.client_id) and every request joins through the card; a customer key of another type than the customers'
own is a catalog error that says so (it passed the check, and every request's SQL failed to bind on the warehouse)."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from assistant.errors import AudienceError
from assistant.sql.compile import compile_sql
from schema_catalog import load_catalog
from translations import keys, eval_catalog_fixture

GROCERY = Path(__file__).resolve().parents[1] / "schema_catalog" / "catalogs" / "grocery.yaml"
A = dt.date(2026, 9, 30)


grocery = eval_catalog_fixture("grocery")


@pytest.mark.parametrize("request_, gold", [
    ("Customers who shopped in store at least 3 times in the last 30 days", """
SELECT k.client_id FROM pos.receipt r JOIN loy.card k ON k.card_no = r.card_no
WHERE r.fulfil_cd = 'M' AND r.receipt_ts >= DATE '2026-09-30' - INTERVAL 30 DAY AND k.client_id IS NOT NULL
GROUP BY k.client_id HAVING count(DISTINCT r.receipt_id) >= 3"""),
    ("Les clients qui ont dépensé plus de 1 000 $ en magasin dans les 6 derniers mois", """
SELECT k.client_id FROM pos.receipt r JOIN loy.card k ON k.card_no = r.card_no
WHERE r.fulfil_cd = 'M' AND r.receipt_ts >= DATE '2026-09-30' - INTERVAL 6 MONTH AND k.client_id IS NOT NULL
GROUP BY k.client_id HAVING sum(r.basket_amt) > 1000"""),
])
def test_a_behaviours_customer_reached_through_a_card(grocery, request_, gold):
    cat, wh, t = grocery
    r = t.translate(request_, A)
    assert r.status == "ok", (r.status, r.unrecognized)
    sql = compile_sql(r.definition, cat)
    assert "loy.card" in sql
    want = keys(wh, gold)
    assert want and keys(wh, sql) == want, r.definition.to_text()


def test_a_customer_key_of_another_type_is_a_catalog_error(tmp_path):
    doc = yaml.safe_load(GROCERY.read_text())
    doc["events"]["store_purchase"]["customer_key"] = "card_no"      # the card number, compared with client ids
    bad = tmp_path / "grocery.yaml"
    bad.write_text(yaml.safe_dump(doc, allow_unicode=True))
    with pytest.raises(AudienceError) as e:
        load_catalog(bad)
    message = str(e.value)
    assert "store_purchase" in message and "cannot hold crm.client.client_id" in message, message
    assert "customer_key: loy.card.client_id" in message, message     # what to write instead
