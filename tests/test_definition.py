"""The audience definition: hash, JSON round-trip, text, compiled SQL and other dialects."""
from __future__ import annotations

import datetime as dt

import pytest
import sqlglot

from assistant.sql.compile import compile_sql
from assistant.sql.dialects import DIALECTS, transpile_definition
from assistant.definition import AudienceDefinition, Criterion

VIP = Criterion(label="VIP customers", phrase="VIP customers", sql="SELECT customer_id FROM crm.customers WHERE loyalty_tier = 'vip'")
STORE = Criterion(label="bought in store in 6 months", phrase="bought in store in the last 6 months",
                  sql="SELECT customer_id FROM pos.transactions WHERE transaction_ts >= DATE '2026-09-30' - INTERVAL 6 MONTH")
OVER = Criterion(label="over-solicited", phrase="more than 5 messages this month",
                 sql="SELECT customer_id FROM marketing.messages WHERE sent_at >= DATE '2026-09-01' GROUP BY customer_id HAVING count(*) > 5")


def make(**kw) -> AudienceDefinition:
    base = dict(request="VIP who bought in store", as_of=dt.date(2026, 9, 30), channel="email",
                criteria=[VIP, STORE], exclusions=[OVER])
    return AudienceDefinition(**{**base, **kw})


def test_hash_depends_on_sql_as_of_and_channel_only():
    a = make()
    assert a.content_hash() == make(request="something else entirely").content_hash()
    reformatted = VIP.model_copy(update={"sql": "select customer_id\n  from crm.customers  where loyalty_tier='vip' -- vip"})
    assert a.content_hash() == make(criteria=[reformatted, STORE]).content_hash()
    assert a.content_hash() != make(channel="sms").content_hash()
    assert a.content_hash() != make(as_of=dt.date(2026, 9, 29)).content_hash()
    assert a.content_hash() != make(criteria=[STORE, VIP.model_copy(update={"sql": VIP.sql.replace("vip", "gold")})]).content_hash()


def test_json_round_trip():
    a = make()
    b = AudienceDefinition.model_validate_json(a.model_dump_json())
    assert a == b and a.content_hash() == b.content_hash()
    assert AudienceDefinition.model_validate({"as_of": "today"}).as_of == "today"
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        AudienceDefinition.model_validate({"as_of": "30/09/2026"})


def test_text_rendering_shows_every_part():
    text = make(unrecognized=["blue"], warnings=["'blue' was not understood"]).to_text()
    for needle in ("VIP customers", "bought in store in 6 months", "except over-solicited", "blue", "channel: email"):
        assert needle in text


def test_compiled_sql_has_labels_as_comments_and_one_key_column(catalog, warehouse):
    sql = compile_sql(make(), catalog)
    assert "-- criterion: VIP customers" in sql and "-- exclusion: over-solicited" in sql
    assert "do_not_contact" not in sql  # policies are not part of the request's own audience
    res = warehouse.query(sql, max_rows=100_000)
    assert res.columns == ["customer_id"]
    assert len(res.rows) == len(set(res.rows))
    with_policies = compile_sql(make(), catalog, with_policies=True)
    assert "crm.do_not_contact" in with_policies and "crm.consents" in with_policies


def test_label_cannot_break_out_of_its_comment(catalog, warehouse):
    evil = VIP.model_copy(update={"label": "x\nDROP TABLE crm.customers; --", "phrase": "*/ DROP"})
    sql = compile_sql(make(criteria=[evil]), catalog)
    assert warehouse.query(sql, max_rows=5).columns == ["customer_id"]


@pytest.mark.parametrize("dialect", DIALECTS)
def test_transpile_parses_back(catalog, dialect):
    out = transpile_definition(make(), catalog, dialect, with_policies=True)
    parsed = sqlglot.parse(out, read=dialect)
    assert len([p for p in parsed if p is not None]) == 1
    assert "crm.customers" in out.replace('"', "").replace("`", "")


@pytest.mark.parametrize("sql, expected", [
    ("SELECT customer_id FROM crm.customers WHERE loyalty_tier IN ('gold', 'vip')",
     "COALESCE(b.loyalty_tier IN ('gold', 'vip'), FALSE)"),
    ("SELECT c.customer_id FROM crm.customers AS c WHERE c.email IS NOT NULL AND c.country = 'FR'",
     "COALESCE(NOT b.email IS NULL AND b.country = 'FR', FALSE)"),
    ("SELECT customer_id FROM crm.customers", "TRUE"),
    # anything that is not one plain filter of the entity table stays a set
    ("SELECT customer_id FROM crm.customers WHERE customer_id IN (SELECT customer_id FROM pos.transactions)", None),
    ("SELECT customer_id FROM crm.customers WHERE EXISTS (SELECT 1 FROM crm.do_not_contact)", None),
    ("SELECT customer_id FROM crm.customers GROUP BY customer_id HAVING count(*) > 1", None),
    ("SELECT c.customer_id FROM crm.customers AS c JOIN crm.consents AS k ON k.customer_id = c.customer_id", None),
    ("SELECT customer_id FROM crm.customers WHERE country = 'FR' LIMIT 10", None),
    ("SELECT customer_id FROM crm.customers UNION SELECT customer_id FROM crm.do_not_contact", None),
    ("SELECT customer_id FROM crm.consents WHERE opted_in", None),
    ("SELECT customer_id FROM crm.customers WHERE list_has_any(list_filter([1, 2], x -> x > 1), [2])", None),
])
def test_entity_filter_recognises_plain_filters_of_the_entity_table_only(catalog, sql, expected):
    from assistant.sql.compile import entity_filter

    assert entity_filter(sql, catalog) == expected
