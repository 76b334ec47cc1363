"""Translations checked by their audience: the translation and a hand-written query of the same audience are run
on the demo warehouse and compared customer for customer (never the SQL text)."""
from __future__ import annotations

import datetime as dt

import pytest

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


EVER = "< TIMESTAMP '2026-10-01'"      # every purchase up to the as-of day (a `when` of purchase_lines)


def purchase_lines(column: str, when: str = EVER, channels: tuple[str, ...] = ("store", "online")) -> str:
    """(customer, purchase, the product's `column` as v) for each purchase line of those channels dated `when` (a
    condition on `{ts}`, the purchase's time)."""
    store = (f"SELECT t.customer_id, 's' || t.transaction_id AS purchase, p.{column} AS v FROM pos.transactions t "
             "JOIN pos.transaction_lines l USING (transaction_id) JOIN pim.products p USING (product_id) "
             f"WHERE t.customer_id IS NOT NULL AND t.transaction_ts {when.format(ts='t.transaction_ts')}")
    online = (f"SELECT o.customer_id, 'o' || o.order_id AS purchase, p.{column} AS v FROM ecom.orders o "
              "JOIN ecom.order_lines l USING (order_id) JOIN pim.products p USING (product_id) "
              f"WHERE o.status <> 'cancelled' AND o.order_ts {when.format(ts='o.order_ts')}")
    return " UNION ALL ".join(q for q, ch in ((store, "store"), (online, "online")) if ch in channels)


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


def read_whole(translator, request: str):
    """The translation of `request`: an audience, every word of it read (nothing asked about)."""
    r = translator.translate(request, A)
    assert r.status == "ok" and not r.unrecognized, (r.status, r.message, r.unrecognized)
    return r


def on_eval_catalog(name: str, cache, time_limit_ms: int = 20_000):
    """A registered eval catalog (hotels, grocery, autos ...), its warehouse built into `cache` and opened, and the
    offline translator with its value index: (catalog, warehouse, translator), for a module's fixture to yield and
    close the warehouse after."""
    from assistant.demo.golden import golden_warehouse
    from assistant.edges.warehouse.duckdb import DuckDBWarehouse
    from assistant.evals import CATALOGS
    from assistant.translate.offline.translator import OfflineTranslator
    from assistant.translate.value_index import build
    from schema_catalog import load_catalog

    catalog, path = load_catalog(CATALOGS[name]), golden_warehouse(name, cache)
    with DuckDBWarehouse(path) as wh:
        translator = OfflineTranslator(catalog, build(wh, catalog))
    return catalog, DuckDBWarehouse(path, time_limit_ms=time_limit_ms), translator


def eval_catalog_fixture(name: str, time_limit_ms: int = 20_000):
    """A module fixture of a registered eval catalog: on_eval_catalog's (catalog, warehouse, translator), the warehouse
    closed after the module. `culture = eval_catalog_fixture("culture")` in a test module."""
    @pytest.fixture(scope="module")
    def setup(eval_cache):
        catalog, wh, translator = on_eval_catalog(name, eval_cache, time_limit_ms)
        with wh:
            yield catalog, wh, translator
    return setup


def same_on(setup, request: str, gold: str, as_of=A, lang: str | None = None):
    """same_audience on an eval catalog's (catalog, warehouse, translator); `lang` forces the request's language."""
    catalog, warehouse, translator = setup
    r = translator.translate(request, as_of, lang=lang) if lang else translator.translate(request, as_of)
    assert r.status == "ok", (r.status, r.message, r.unrecognized)
    got, want = keys(warehouse, compile_sql(r.definition, catalog)), keys(warehouse, gold)
    assert want, "the gold audience is empty: the test proves nothing"
    assert got == want, (r.definition.to_text(), len(got), len(want))
    return r
