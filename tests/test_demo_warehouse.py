"""The demo warehouse honours ../shared/reference-warehouse.md: layout, vocabularies, shapes, determinism."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import duckdb
import pytest

from assistant.demo import generate as demo_warehouse

# The contract, transcribed from the reference document (not from our catalog).
CONTRACT = {
    "meta.warehouse": {"as_of": "DATE", "customers": "BIGINT", "seed": "BIGINT", "generated_at": "TIMESTAMP"},
    "crm.customers": {"customer_id": "BIGINT", "email": "VARCHAR", "phone": "VARCHAR", "first_name": "VARCHAR",
                      "last_name": "VARCHAR", "birth_date": "DATE", "gender": "VARCHAR", "city": "VARCHAR",
                      "country": "VARCHAR", "postal_code": "VARCHAR", "signup_date": "DATE",
                      "acquisition_channel": "VARCHAR", "loyalty_tier": "VARCHAR", "loyalty_points": "INTEGER"},
    "crm.consents": {"customer_id": "BIGINT", "channel": "VARCHAR", "opted_in": "BOOLEAN", "updated_at": "TIMESTAMP"},
    "crm.do_not_contact": {"customer_id": "BIGINT", "reason": "VARCHAR", "added_at": "TIMESTAMP"},
    "pim.products": {"product_id": "BIGINT", "product_name": "VARCHAR", "category": "VARCHAR", "brand": "VARCHAR",
                     "list_price": "DECIMAL(10,2)"},
    "pos.stores": {"store_id": "BIGINT", "store_name": "VARCHAR", "city": "VARCHAR", "country": "VARCHAR",
                   "store_format": "VARCHAR"},
    "pos.transactions": {"transaction_id": "BIGINT", "customer_id": "BIGINT", "store_id": "BIGINT",
                         "transaction_ts": "TIMESTAMP", "total_amount": "DECIMAL(10,2)", "items_count": "INTEGER"},
    "pos.transaction_lines": {"transaction_id": "BIGINT", "product_id": "BIGINT", "quantity": "INTEGER",
                              "line_amount": "DECIMAL(10,2)"},
    "ecom.orders": {"order_id": "BIGINT", "customer_id": "BIGINT", "order_ts": "TIMESTAMP", "status": "VARCHAR",
                    "total_amount": "DECIMAL(10,2)", "device": "VARCHAR", "coupon_code": "VARCHAR"},
    "ecom.order_lines": {"order_id": "BIGINT", "product_id": "BIGINT", "quantity": "INTEGER", "line_amount": "DECIMAL(10,2)"},
    "web.sessions": {"session_id": "BIGINT", "customer_id": "BIGINT", "started_at": "TIMESTAMP", "device_type": "VARCHAR",
                     "traffic_source": "VARCHAR", "pages_viewed": "INTEGER"},
    "web.events": {"event_id": "BIGINT", "session_id": "BIGINT", "customer_id": "BIGINT", "event_ts": "TIMESTAMP",
                   "event_type": "VARCHAR", "product_id": "BIGINT"},
    "marketing.campaigns": {"campaign_id": "BIGINT", "campaign_name": "VARCHAR", "channel": "VARCHAR",
                            "objective": "VARCHAR", "launched_at": "TIMESTAMP"},
    "marketing.messages": {"message_id": "BIGINT", "campaign_id": "BIGINT", "customer_id": "BIGINT", "channel": "VARCHAR",
                           "sent_at": "TIMESTAMP", "opened_at": "TIMESTAMP", "clicked_at": "TIMESTAMP",
                           "bounced": "BOOLEAN", "unsubscribed": "BOOLEAN"},
    "service.tickets": {"ticket_id": "BIGINT", "customer_id": "BIGINT", "created_at": "TIMESTAMP", "channel": "VARCHAR",
                        "topic": "VARCHAR", "status": "VARCHAR", "satisfaction_score": "INTEGER"},
    "ds.customer_scores": {"customer_id": "BIGINT", "scored_on": "DATE", "churn_risk": "DOUBLE",
                           "predicted_clv_12m": "DECIMAL(10,2)", "top_category": "VARCHAR"},
}

VOCABULARIES = {
    ("crm.customers", "gender"): {"female", "male", "other"},
    ("crm.customers", "country"): {"FR", "DE", "ES", "IT", "GB", "BE", "NL", "US", "CA"},
    ("crm.customers", "acquisition_channel"): {"store", "web", "app", "marketplace", "referral"},
    ("crm.customers", "loyalty_tier"): {"standard", "silver", "gold", "vip"},
    ("crm.consents", "channel"): {"email", "sms", "push"},
    ("crm.do_not_contact", "reason"): {"gdpr_erasure_request", "deceased", "fraud", "complaint"},
    ("pim.products", "category"): {"shoes", "apparel", "accessories", "beauty", "home", "sports", "kids", "electronics"},
    ("pos.stores", "store_format"): {"flagship", "mall", "outlet"},
    ("ecom.orders", "status"): {"placed", "shipped", "delivered", "cancelled", "returned"},
    ("ecom.orders", "device"): {"web", "app"},
    ("web.sessions", "device_type"): {"desktop", "mobile", "tablet"},
    ("web.sessions", "traffic_source"): {"organic", "paid_search", "email", "social", "direct", "referral"},
    ("web.events", "event_type"): {"page_view", "product_view", "add_to_cart", "checkout_start", "search", "wishlist_add"},
    ("marketing.campaigns", "channel"): {"email", "sms", "push"},
    ("marketing.campaigns", "objective"): {"promotion", "newsletter", "loyalty", "winback", "transactional"},
    ("marketing.messages", "channel"): {"email", "sms", "push"},
    ("service.tickets", "channel"): {"phone", "email", "chat", "store"},
    ("service.tickets", "topic"): {"delivery", "refund", "product_quality", "account", "other"},
    ("service.tickets", "status"): {"open", "pending", "closed"},
    ("ds.customer_scores", "top_category"): {"shoes", "apparel", "accessories", "beauty", "home", "sports", "kids", "electronics"},
}

EVENT_TIMES = [("pos.transactions", "transaction_ts"), ("ecom.orders", "order_ts"), ("web.sessions", "started_at"),
               ("web.events", "event_ts"), ("marketing.campaigns", "launched_at"), ("marketing.messages", "sent_at"),
               ("marketing.messages", "opened_at"), ("marketing.messages", "clicked_at"), ("service.tickets", "created_at"),
               ("crm.consents", "updated_at"), ("crm.do_not_contact", "added_at")]

A = "DATE '2026-09-30'"


@pytest.fixture(scope="module")
def con(demo_db):
    c = duckdb.connect(str(demo_db), read_only=True)
    yield c
    c.close()


def one(con, sql):
    return con.execute(sql).fetchall()[0][0]


def test_layout_matches_the_contract(con):
    rows = con.execute("SELECT schema_name || '.' || table_name, column_name, data_type FROM duckdb_columns()").fetchall()
    live: dict = {}
    for table, column, dtype in rows:
        live.setdefault(table, {})[column] = dtype
    for table, columns in CONTRACT.items():
        assert table in live, f"missing table {table}"
        for column, dtype in columns.items():
            assert live[table].get(column) == dtype, f"{table}.{column}: {live[table].get(column)} != {dtype}"


def test_meta_warehouse(con):
    assert con.execute("SELECT as_of, customers, seed FROM meta.warehouse").fetchall() == [(dt.date(2026, 9, 30), 4000, 42)]


@pytest.mark.parametrize("table,column", list(VOCABULARIES))
def test_every_vocabulary_value_occurs_and_nothing_else(con, table, column):
    values = {r[0] for r in con.execute(f"SELECT DISTINCT {column} FROM {table} WHERE {column} IS NOT NULL").fetchall()}
    assert values == VOCABULARIES[(table, column)]


@pytest.mark.parametrize("table,column", EVENT_TIMES)
def test_no_event_after_as_of(con, table, column):
    assert one(con, f"SELECT count(*) FROM {table} WHERE {column} >= {A}") == 0


def test_at_least_three_years_of_history(con):
    assert one(con, "SELECT min(transaction_ts) FROM pos.transactions") <= dt.datetime(2023, 9, 30)
    assert one(con, "SELECT min(order_ts) FROM ecom.orders") <= dt.datetime(2023, 9, 30)


def test_keys_are_unique_and_references_resolve(con):
    for table, key in [("crm.customers", "customer_id"), ("pos.transactions", "transaction_id"), ("ecom.orders", "order_id"),
                       ("web.sessions", "session_id"), ("web.events", "event_id"), ("marketing.messages", "message_id"),
                       ("service.tickets", "ticket_id"), ("pim.products", "product_id"), ("ds.customer_scores", "customer_id")]:
        assert one(con, f"SELECT count(*) - count(DISTINCT {key}) FROM {table}") == 0, table
    assert one(con, "SELECT count(*) FROM (SELECT customer_id, channel FROM crm.consents GROUP BY ALL HAVING count(*) > 1)") == 0
    assert one(con, "SELECT count(*) FROM pos.transaction_lines l ANTI JOIN pim.products p USING (product_id)") == 0
    assert one(con, "SELECT count(*) FROM marketing.messages m ANTI JOIN marketing.campaigns c USING (campaign_id)") == 0
    assert one(con, "SELECT count(*) FROM ds.customer_scores") == one(con, "SELECT count(*) FROM crm.customers")


def test_totals_agree_with_lines(con):
    assert one(con, """SELECT count(*) FROM pos.transactions t JOIN (SELECT transaction_id, sum(line_amount) s
                       FROM pos.transaction_lines GROUP BY 1) l USING (transaction_id) WHERE t.total_amount <> l.s""") == 0


def test_realistic_shapes(con):
    n = one(con, "SELECT count(*) FROM crm.customers")
    share = lambda sql: one(con, sql) / n  # noqa: E731
    assert one(con, "SELECT count(*) FROM pos.transactions WHERE customer_id IS NULL") > 0, "anonymous store tickets"
    assert one(con, "SELECT count(*) FROM web.sessions WHERE customer_id IS NULL") > 0, "anonymous web sessions"
    over = share(f"""SELECT count(*) FROM (SELECT customer_id FROM marketing.messages
                     WHERE sent_at >= {A} - INTERVAL 30 DAY GROUP BY 1 HAVING count(*) > 5)""")
    assert 0.02 < over < 0.2, over
    assert 0.01 < share("SELECT count(DISTINCT customer_id) FROM crm.do_not_contact") < 0.06
    store = "SELECT DISTINCT customer_id FROM pos.transactions WHERE customer_id IS NOT NULL"
    online = "SELECT DISTINCT customer_id FROM ecom.orders WHERE status <> 'cancelled'"
    assert share(f"SELECT count(*) FROM ({store} EXCEPT {online})") > 0.15, "store-only buyers"
    assert share(f"SELECT count(*) FROM ({online} EXCEPT {store})") > 0.15, "online-only buyers"
    assert share(f"SELECT count(*) FROM ({store} INTERSECT {online})") > 0.1, "omnichannel buyers"
    lapsed = f"""SELECT count(*) FROM (SELECT customer_id, max(ts) m FROM (
                   SELECT customer_id, transaction_ts ts FROM pos.transactions WHERE customer_id IS NOT NULL
                   UNION ALL SELECT customer_id, order_ts FROM ecom.orders WHERE status <> 'cancelled') GROUP BY 1)
                 WHERE m < {A} - INTERVAL 12 MONTH"""
    assert share(lapsed) > 0.05, "lapsed customers"
    new_never = f"""SELECT count(*) FROM crm.customers c WHERE signup_date >= {A} - 30
                    AND customer_id NOT IN ({store}) AND customer_id NOT IN ({online})"""
    assert one(con, new_never) > 0, "new sign-ups who never bought"
    rates = dict(con.execute("SELECT channel, avg(opted_in::INT) * count(*) FROM crm.consents GROUP BY 1").fetchall())
    assert rates["email"] > 1.5 * rates["sms"] > 0, "consent differs by channel"


def test_spend_has_a_long_tail(con):
    p50, p99 = con.execute("""SELECT quantile_cont(s, 0.5), quantile_cont(s, 0.99) FROM (
        SELECT customer_id, sum(total_amount) s FROM pos.transactions WHERE customer_id IS NOT NULL GROUP BY 1)""").fetchall()[0]
    assert p99 > 6 * p50


def test_seasonality_peaks_before_christmas(con):
    by_month = dict(con.execute("SELECT month(transaction_ts), count(*) FROM pos.transactions GROUP BY 1").fetchall())
    assert by_month[12] > 1.3 * (sum(by_month.values()) / 12)


def test_churn_risk_correlates_with_recency(con):
    corr = one(con, f"""SELECT corr(s.churn_risk, {A} - l.last::DATE) FROM ds.customer_scores s JOIN (
        SELECT customer_id, max(transaction_ts) last FROM pos.transactions WHERE customer_id IS NOT NULL GROUP BY 1) l USING (customer_id)""")
    assert corr > 0.5


def test_rows_scale_about_sixty_per_customer(con):
    total = sum(one(con, f"SELECT count(*) FROM {t}") for t in CONTRACT)
    assert 40 < total / 4000 < 90


def test_same_arguments_same_data_other_seed_other_data(tmp_path):
    a = demo_warehouse.generate(tmp_path / "a.duckdb", customers=500, seed=7)
    b = demo_warehouse.generate(tmp_path / "b.duckdb", customers=500, seed=7)
    c = demo_warehouse.generate(tmp_path / "c.duckdb", customers=500, seed=8)
    sums_a, sums_b, sums_c = (demo_warehouse.table_checksums(p) for p in (a, b, c))
    assert len(sums_a) == len(CONTRACT)
    assert sums_a == sums_b
    assert sums_a["crm.customers"] != sums_c["crm.customers"]


def test_the_generated_data_is_the_recorded_data(tmp_path):
    # Restructuring the generator must not change one value: every table's content checksum at 3,000 customers
    # (default as-of and seed) equals the one recorded in the fixture. A change meant to alter the data
    # rewrites the fixture in the same commit (json.dump(table_checksums(path), ..., indent=1, sort_keys=True)).
    recorded = json.loads((Path(__file__).parent / "fixtures" / "demo_checksums_3000.json").read_text())
    sums = demo_warehouse.table_checksums(demo_warehouse.generate(tmp_path / "w.duckdb", customers=3000))
    assert {t: s for t, s in sums.items() if s != recorded.get(t)} == {}
    assert sums.keys() == recorded.keys()


def test_as_of_is_honoured(tmp_path):
    path = demo_warehouse.generate(tmp_path / "w.duckdb", customers=300, as_of=dt.date(2025, 3, 15))
    con = duckdb.connect(str(path), read_only=True)
    try:
        assert one(con, "SELECT as_of FROM meta.warehouse") == dt.date(2025, 3, 15)
        assert one(con, "SELECT max(transaction_ts) FROM pos.transactions") < dt.datetime(2025, 3, 15)
    finally:
        con.close()


def test_failure_leaves_no_partial_file(tmp_path):
    target = tmp_path / "blocked" / "w.duckdb"
    (tmp_path / "blocked").mkdir()
    (tmp_path / "blocked" / "w.duckdb.partial").mkdir()  # a directory where the temp file must go
    from assistant.errors import DemoDataError
    with pytest.raises(DemoDataError) as info:
        demo_warehouse.generate(target, customers=100)
    assert "could not generate" in str(info.value)
    assert not target.exists()


FIRST_TIME = {"pos.transactions": "transaction_ts", "ecom.orders": "order_ts", "web.sessions": "started_at",
              "web.events": "event_ts", "marketing.messages": "sent_at", "service.tickets": "created_at"}


@pytest.mark.parametrize("table,column", list(FIRST_TIME.items()))
def test_facts_are_stored_in_time_order(con, table, column):
    # A time window then reads the few row groups of its period instead of nearly all of them.
    rows_out_of_order = con.execute(f"SELECT count(*) FROM (SELECT {column} < lag({column}) OVER (ORDER BY rowid) AS back "
                                    f"FROM {table}) WHERE back").fetchone()[0]
    assert rows_out_of_order == 0
