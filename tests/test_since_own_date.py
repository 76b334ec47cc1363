"""A behaviour counted from a date of the customer's own ('bought at least 3 times since joining', 'since they signed
up', 'depuis leur inscription', 'depuis qu'ils se sont inscrits'): read in English and French into
EventCondition.since, compiled to the same audience as a hand-written join on the signup date (demo warehouse), on a
key to the calendar (the outdoor star schema's join date), worded in both languages, edited, checked from outside."""
from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import duckdb
import pytest
from translations import PURCHASES, A, keys, same_audience

import schema_catalog
from assistant import edit
from assistant.demo.golden import golden_warehouse
from assistant.edges.warehouse.duckdb import DuckDBWarehouse
from assistant.errors import TranslationError
from assistant.meaning import from_spec, own_date, to_spec
from assistant.translate.meaning_schema import answer_schema
from schema_catalog import load_catalog

ONLINE = "SELECT customer_id, order_ts AS ts FROM ecom.orders WHERE status <> 'cancelled'"


def since_signup(rows: str, at_least: int = 1, where: str = "TRUE") -> str:
    return (f"SELECT c.customer_id FROM crm.customers c JOIN ({rows}) p ON p.customer_id = c.customer_id "
            f"AND p.ts >= c.signup_date AND p.ts < DATE '2026-10-01' WHERE {where} "
            f"GROUP BY c.customer_id HAVING count(*) >= {at_least}")


CASES = [
    ("customers who have bought at least 3 times since joining",
     "clients qui ont acheté au moins 3 fois depuis leur inscription", since_signup(PURCHASES, 3)),
    ("customers who ordered online since they signed up", "clients qui ont commandé en ligne depuis qu'ils se sont inscrits",
     since_signup(ONLINE)),
    ("customers who joined in 2025 and have ordered online at least twice since signing up",
     "clients inscrits en 2025 qui ont commandé en ligne au moins 2 fois depuis leur inscription",
     since_signup(ONLINE, 2, "c.signup_date >= DATE '2025-01-01' AND c.signup_date < DATE '2026-01-01'")),
]


@pytest.mark.parametrize("english, french, want", CASES, ids=[c[0] for c in CASES])
def test_since_their_own_date_read_in_english_and_french(translator, warehouse, catalog, english, french, want):
    for request_, lang in ((english, "en"), (french, "fr")):
        r = same_audience(translator, warehouse, catalog, request_, want, lang=lang)
        assert not r.unrecognized and any((c.spec or {}).get("since") == "crm.customers.signup_date"
                                          for c in r.definition.criteria), r.definition.to_text()


_SENT_SINCE_LISTED = ("SELECT d.customer_id FROM crm.do_not_contact d JOIN marketing.messages m "
                      "ON m.customer_id = d.customer_id AND m.sent_at >= d.added_at AND m.sent_at < DATE '2026-10-01'")


@pytest.mark.parametrize("request_, lang", [
    # 'after' a date of theirs is since it, the date another profile table's (the do-not-contact list's)
    ("people on our do-not-contact list who were still sent a message after the date they were put on the list", "en"),
    ("customers on the do-not-contact list who received a message since they were added to the list", "en"),
    ("clients de la liste repoussoir qui ont reçu un message après leur ajout à la liste", "fr"),
    ("clients de la liste repoussoir qui ont reçu un message depuis qu'ils ont été ajoutés à la liste", "fr"),
])
def test_after_a_date_of_theirs_on_another_profile_table(translator, warehouse, catalog, request_, lang):
    r = same_audience(translator, warehouse, catalog, request_, _SENT_SINCE_LISTED, lang=lang)
    assert any((c.spec or {}).get("since") == "crm.do_not_contact.added_at" for c in r.definition.criteria), \
        r.definition.to_text()


def test_a_length_after_their_date_is_no_bound_since_it(translator):
    """'more than 30 days after they signed up' is a lag after it (asked), never 'since they signed up'."""
    r = translator.translate("customers who bought in store more than 30 days after they signed up", A)
    assert not any((c.spec or {}).get("since") for c in r.definition.criteria), r.definition.to_text()


def test_none_since_joining_is_the_customers_without_a_purchase_since(translator, warehouse, catalog):
    """'haven't made a single purchase since joining': every customer but those with a purchase on or after it."""
    r = translator.translate("customers who haven't made a single purchase since joining", A)
    got = keys(warehouse, r.definition.criteria[0].sql)
    want = keys(warehouse, f"SELECT customer_id FROM crm.customers EXCEPT {since_signup(PURCHASES)}")
    assert r.status == "ok" and got == want


def test_the_bound_drops_the_events_before_their_own_date(warehouse, catalog):
    """On a date events fall on both sides of (a consent's last change), the bound keeps only those on or after it
    (the demo's customers never bought before joining, so the signup date alone would prove nothing)."""
    c = from_spec({"kind": "event", "events": ["online_order"], "since": "crm.consents.updated_at"}, catalog)
    got = keys(warehouse, c.render(catalog, A).sql)
    want = keys(warehouse, f"SELECT DISTINCT o.customer_id FROM ({ONLINE}) o JOIN crm.consents k "
                           "ON k.customer_id = o.customer_id AND o.ts >= k.updated_at WHERE o.ts < DATE '2026-10-01'")
    ever = keys(warehouse, f"SELECT customer_id FROM ({ONLINE}) o WHERE ts < DATE '2026-10-01'")
    assert want and got == want and want < ever


@pytest.mark.parametrize("request_, lang, label", [
    ("customers who ordered online since joining", "en", "online order since their signup date"),
    ("clients qui ont commandé en ligne depuis leur inscription", "fr",
     "commande en ligne depuis leur date d'inscription"),
])
def test_the_explanation_says_their_own_date(translator, request_, lang, label):
    r = translator.translate(request_, A, lang=lang)
    assert r.status == "ok" and r.definition.criteria[0].label == label, r.definition.to_text()


def test_a_key_to_the_calendar_is_compared_on_its_day(eval_cache, tmp_path):
    """The outdoor star schema keeps the join date as a key to its calendar: the bound is the calendar's day, run on
    a copy of the outdoor warehouse against a hand-written join of both keys to the calendar. Its members all joined
    before buying: in the copy a tenth of them joined on 1 June 2026, so the bound drops their earlier purchases."""
    db = tmp_path / "outdoor.duckdb"
    shutil.copy(golden_warehouse("outdoor", eval_cache), db)
    with duckdb.connect(str(db)) as con:
        con.execute("UPDATE dw.dim_member SET join_date_sk = 20260601 WHERE member_sk % 10 = 0")
    outdoor = load_catalog(Path(schema_catalog.__file__).parent / "catalogs" / "outdoor.yaml")
    assert own_date(outdoor, "dw.dim_member.join_date_sk")
    c = from_spec({"kind": "event", "events": ["store_purchase"], "since": "dw.dim_member.join_date_sk"}, outdoor)
    sold_since_joining = (
        "SELECT f.member_sk FROM dw.fact_receipt_line f JOIN dw.dim_date s ON s.date_sk = f.sale_date_sk "
        "JOIN dw.dim_member m ON m.member_sk = f.member_sk JOIN dw.dim_date j ON j.date_sk = m.join_date_sk "
        "WHERE f.channel_cd = 'S' AND s.full_date >= j.full_date AND s.full_date < DATE '2026-10-01'")
    every_store_buyer = "SELECT member_sk FROM dw.fact_receipt_line WHERE channel_cd = 'S' AND member_sk IS NOT NULL"
    with DuckDBWarehouse(db) as wh:
        want = keys(wh, sold_since_joining)
        assert want and want < keys(wh, every_store_buyer)      # the bound drops members who bought before joining
        assert keys(wh, c.render(outdoor, dt.date(2026, 9, 30)).sql) == want


@pytest.mark.parametrize("column, message", [
    ("crm.customers.birth_date", "is not a date of the customer's own profile"),      # a birth is no start
    ("pos.transactions.transaction_ts", "is not a date of the customer's own profile"),   # an event's, not theirs
    ("crm.customers.nope", "which is not a column of the catalog"),
])
def test_a_bound_that_is_not_their_own_date_is_refused(catalog, column, message):
    with pytest.raises(TranslationError, match=message):
        from_spec({"kind": "event", "events": ["online_order"], "since": column}, catalog)


def test_the_model_schema_offers_their_own_dates_and_the_spec_round_trips(catalog):
    since = answer_schema(catalog)["$defs"]["event"]["properties"]["since"]
    assert "crm.customers.signup_date" in since["enum"] and "crm.customers.birth_date" not in since["enum"]
    assert "pos.transactions.transaction_ts" not in since["enum"]
    c = from_spec({"kind": "event", "events": ["online_order"], "since": "crm.customers.signup_date"}, catalog)
    assert to_spec(c)["since"] == "crm.customers.signup_date" and from_spec(to_spec(c), catalog) == c


def test_the_editor_shows_and_removes_their_own_date(warehouse, catalog):
    spec = to_spec(from_spec({"kind": "event", "events": ["online_order"], "since": "crm.customers.signup_date"}, catalog))
    draft = edit.draft_of(spec, catalog, A)
    assert draft.since == "crm.customers.signup_date" and draft.since in edit.own_dates(catalog)
    assert edit.describe(spec, catalog) == "Online order since their signup date"
    draft.since = "crm.consents.updated_at"       # another date of theirs, picked in the editor
    consent = from_spec(edit.to_spec(draft, catalog, A), catalog)
    with_it = keys(warehouse, consent.render(catalog, A).sql)
    draft.since = ""
    without = from_spec(edit.to_spec(draft, catalog, A), catalog)
    assert consent.since == "crm.consents.updated_at" and without.since is None
    assert with_it < keys(warehouse, without.render(catalog, A).sql)


@pytest.mark.parametrize("request_", [
    "customers with at least 3 purchases, who signed up in Q1 2025",
    "at least 3 purchases since joining, among members who signed up in the first quarter of 2025",
])
def test_a_period_said_with_a_date_of_theirs_is_that_dates_only(translator, request_):
    """'who signed up in Q1 2025' after a behaviour: the period is the signup date's, never also a purchase in it
    (read twice, a purchase in Q1 2025 was required, silently)."""
    r = translator.translate(request_, A)
    windows = [c.spec for c in r.definition.criteria if (c.spec or {}).get("kind") == "event"
               and (c.spec.get("window") or {}).get("start")]
    assert not windows and any((c.spec or {}).get("kind") == "date" for c in r.definition.criteria), \
        r.definition.to_text()
