"""A hostile model server: every payload goes through the real LLM translator (openai client, loopback HTTP) and
is refused with a message; nothing it says runs unguarded, and no data value is sent back to it."""
from __future__ import annotations

import datetime as dt
import json

import pytest

from assistant.settings import load_settings
from assistant.translate.registry import make_translator
from chat_server import ChatServer

A = dt.date(2026, 9, 30)


def answer(sql: str) -> str:
    return json.dumps({"criteria": [{"label": "x", "phrase": "customers", "sql": sql, "meaning": "x"}]})


HOSTILE = {
    "email oracle": answer("SELECT customer_id FROM crm.customers WHERE customer_id = 7716 AND starts_with(email, 'nora.j')"),
    "email behind a cte": answer("WITH c AS (SELECT customer_id, email FROM crm.customers) SELECT customer_id FROM c "
                                 "WHERE c.email LIKE 'a%'"),
    "nested parentheses": answer("SELECT customer_id FROM crm.customers WHERE customer_id = " + "(" * 50 + "1" + ")" * 50),
    "stacked statements": answer("SELECT customer_id FROM crm.customers; COPY crm.customers TO '/tmp/x.csv'"),
    "file reader": answer("SELECT customer_id FROM read_csv('/etc/passwd')"),
    "sample": answer("SELECT customer_id FROM crm.customers USING SAMPLE 10%"),
    "clock": answer("SELECT customer_id FROM ecom.orders WHERE order_ts > now() - INTERVAL 7 DAY"),
    "lone surrogate": '{"criteria": [{"label": "x\\ud800", "phrase": "c", "sql": "SELECT customer_id FROM crm.customers '
                      'WHERE city = \'\\ud800\'", "meaning": "x"}]}',
    "not json": "I will not answer in JSON " + "(" * 500,
    "deep json": "[" * 5000 + "]" * 5000,
    "pragma": answer("PRAGMA enable_external_access"),
}


@pytest.fixture()
def hostile(warehouse, catalog, tmp_path):
    servers = []

    def make(script, mode="sql"):      # the payloads are SQL: the expert path, still guarded
        server = ChatServer(script)
        servers.append(server)
        settings = load_settings(home=tmp_path / "home", llm_api_key="k", llm_base_url=server.url, llm_retries=0,
                                 llm_mode=mode)
        return make_translator("openai", catalog, warehouse, settings), server

    yield make
    for s in servers:
        s.close()


@pytest.mark.parametrize("name", list(HOSTILE))
def test_hostile_answers_are_refused_with_a_message(hostile, warehouse, name):
    translator, server = hostile([HOSTILE[name]])
    result = translator.translate("customers", A)
    assert result.status == "refused" and result.message, result
    assert warehouse.scalar("SELECT count(*) FROM crm.customers") == 4000
    assert warehouse.scalar("SELECT current_setting('enable_external_access')") is False


def test_personal_column_refusal_names_the_column_to_the_model(hostile):
    translator, server = hostile([HOSTILE["email oracle"]])
    translator.translate("customers", A)
    repair = server.requests[1]["messages"][-1]["content"]
    assert "crm.customers.email" in repair and "personal" in repair


def test_a_typed_meaning_on_a_personal_column_is_refused_and_named(hostile, warehouse):
    oracle = json.dumps({"criteria": [{"label": "x", "phrase": "customers", "meaning": {
        "kind": "value", "column": "crm.customers.email", "values": ["nora.j@example.com"]}}]})
    translator, server = hostile([oracle], mode="meaning")
    result = translator.translate("customers", A)
    assert result.status == "refused" and result.definition is None
    repair = server.requests[1]["messages"][-1]["content"]
    assert "crm.customers.email" in repair and "personal" in repair and "nora" not in repair
