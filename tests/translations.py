"""Translations checked by their audience: the translation and a hand-written query of the same audience are run
on the demo warehouse and compared customer for customer (never the SQL text)."""
from __future__ import annotations

import datetime as dt

from assistant.sql.compile import compile_sql

A = dt.date(2026, 9, 30)
PURCHASES = ("SELECT customer_id, transaction_ts AS ts, total_amount AS amount FROM pos.transactions "
             "WHERE customer_id IS NOT NULL UNION ALL SELECT customer_id, order_ts, total_amount FROM ecom.orders "
             "WHERE status <> 'cancelled'")

# Every purchase with its channel, store format and amount: the first (latest) is taken over all of them, then what
# it was is read ('whose first purchase was in a flagship store').
_CHANNELS = ("SELECT t.customer_id, t.transaction_ts AS ts, 'store' AS ch, s.store_format AS fmt, t.total_amount AS amount "
             "FROM pos.transactions t JOIN pos.stores s ON s.store_id = t.store_id WHERE t.customer_id IS NOT NULL "
             "UNION ALL SELECT customer_id, order_ts, 'online', NULL, total_amount FROM ecom.orders "
             "WHERE status <> 'cancelled'")


def edge_purchase(edge: str, where: str) -> str:
    """The customers whose first (`edge` 'min') or latest ('max') purchase, over every channel, meets `where` (over
    `p`, the purchase: ch, fmt, amount; `e.ts`, its time). Ties: any purchase at that time."""
    return (f"SELECT p.customer_id FROM ({_CHANNELS}) p JOIN (SELECT customer_id, {edge}(ts) AS ts FROM ({_CHANNELS}) a "
            f"GROUP BY customer_id) e ON e.customer_id = p.customer_id AND p.ts = e.ts WHERE {where}")


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
