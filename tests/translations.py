"""Translations checked by their audience: the translation and a hand-written query of the same audience are run
on the demo warehouse and compared customer for customer (never the SQL text)."""
from __future__ import annotations

import datetime as dt

from assistant.sql.compile import compile_sql

A = dt.date(2026, 9, 30)
PURCHASES = ("SELECT customer_id, transaction_ts AS ts, total_amount AS amount FROM pos.transactions "
             "WHERE customer_id IS NOT NULL UNION ALL SELECT customer_id, order_ts, total_amount FROM ecom.orders "
             "WHERE status <> 'cancelled'")


def keys(warehouse, sql: str) -> set:
    return set(warehouse.query(sql, max_rows=1_000_000).rows)


def same_audience(translator, warehouse, catalog, request: str, gold: str, lang: str | None = None):
    """The translation of `request` selects exactly the customers `gold` selects (and asks nothing)."""
    r = translator.translate(request, A, lang=lang)
    assert r.status == "ok", (r.status, r.message, [q.question for q in r.clarifications], r.unrecognized)
    got = keys(warehouse, compile_sql(r.definition, catalog))
    want = keys(warehouse, gold)
    assert want, "the gold audience is empty: the test proves nothing"
    assert got == want, (r.definition.to_text(), len(got), len(want))
    return r


def asks(translator, request: str, phrase: str):
    """The translation of `request` is a question about `phrase`."""
    r = translator.translate(request, A)
    assert r.status == "clarify" and any(q.phrase == phrase for q in r.clarifications), r.definition.to_text()
    return r
