"""`audience catalog draft`: a starting catalog measured from a real warehouse on disk (the demo retailer, TPC-DS
SF 0.1, small hand-made warehouses), that loads as written and passes `catalog check` after the README's edits;
dbt semantic models laid over it; every bad input one message.
"""
from __future__ import annotations

import contextlib
import io
import json
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest
import yaml

from assistant import pipeline
from assistant.cli.main import main
from assistant.edges.warehouse.duckdb import DuckDBWarehouse
from assistant.settings import load_settings
from schema_catalog import load_catalog

DBT = Path(__file__).parent / "fixtures" / "dbt_demo"


def run_cli(*args: str) -> subprocess.CompletedProcess:
    """The CLI's own entry point, in this process (a traceback would fail the test as surely as in a subprocess)."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(args))
    return subprocess.CompletedProcess(args, code, out.getvalue(), err.getvalue())


def draft(db: Path, out: Path, **kw) -> pipeline.DraftResult:
    return pipeline.draft_catalog(load_settings(db=db), out=out, **kw)


def relations(data: dict) -> dict[str, tuple[str, str, str]]:
    return {r["from"]: (r["name"], r["to"], r.get("cardinality", "many_to_one")) for r in data["relationships"]}


@pytest.fixture(scope="module")
def demo_draft(demo_db, tmp_path_factory) -> tuple[Path, pipeline.DraftResult]:
    out = tmp_path_factory.mktemp("draft") / "demo.yaml"
    return out, draft(demo_db, out)


@pytest.fixture(scope="module")
def tpcds_draft(eval_db, tmp_path_factory) -> tuple[Path, pipeline.DraftResult]:
    out = tmp_path_factory.mktemp("draft") / "tpcds.yaml"
    return out, draft(eval_db, out)


# -- what the draft finds ----------------------------------------------------------------------------------

def test_demo_draft_finds_the_customer_keys_relationships_and_events(demo_draft):
    out, result = demo_draft
    data = yaml.safe_load(out.read_text())
    assert data["version"] == 2
    assert (data["entity"]["table"], data["entity"]["key"]) == ("crm.customers", "customer_id")
    rels = relations(data)
    assert rels["ecom.orders.customer_id"] == ("customer", "crm.customers.customer_id", "many_to_one")
    assert rels["ecom.order_lines.order_id"] == ("order", "ecom.orders.order_id", "many_to_one")
    assert rels["pos.transactions.store_id"] == ("store", "pos.stores.store_id", "many_to_one")
    # a table keyed by the customer: one row per customer
    assert rels["ds.customer_scores.customer_id"] == ("customer", "crm.customers.customer_id", "one_to_one")
    orders = data["events"]["orders"]
    assert (orders["kind"], orders["customer_key"], orders["time"], orders["id"], orders["amount"]) == \
        ("purchase", "customer_id", "order_ts", "order_id", "total_amount")
    # a product category reached through the order's lines, with the line's amount for spend
    assert orders["dimensions"]["product_category"] == {"column": "pim.products.category",
                                                        "amount": "ecom.order_lines.line_amount"}
    assert "customer_scores" not in data["events"]  # one row per customer: a profile table, not events
    assert result.counts["events"] == len(data["events"]) and result.todos


def test_tpcds_draft_finds_the_star_schema(tpcds_draft):
    out, _ = tpcds_draft
    data = yaml.safe_load(out.read_text())
    assert (data["entity"]["table"], data["entity"]["key"]) == ("main.customer", "c_customer_sk")
    assert data["date_dimension"] == {"table": "main.date_dim", "key": "d_date_sk", "date": "d_date",
                                      "year": "d_year", "quarter": "d_qoy", "month": "d_moy"}   # not d_month_seq
    rels = relations(data)
    # role-playing joins to the calendar, named by the column's words
    assert rels["main.web_sales.ws_sold_date_sk"][:2] == ("sold_date", "main.date_dim.d_date_sk")
    assert rels["main.web_sales.ws_ship_date_sk"][:2] == ("ship_date", "main.date_dim.d_date_sk")
    assert rels["main.store_returns.sr_returned_date_sk"][:2] == ("returned_date", "main.date_dim.d_date_sk")
    # profile chains from the customer, abbreviations and prefix letters understood
    assert rels["main.customer.c_current_addr_sk"][:2] == ("current_address", "main.customer_address.ca_address_sk")
    assert rels["main.customer.c_current_cdemo_sk"][1] == "main.customer_demographics.cd_demo_sk"
    assert rels["main.customer.c_current_hdemo_sk"][1] == "main.household_demographics.hd_demo_sk"
    assert rels["main.household_demographics.hd_income_band_sk"][1] == "main.income_band.ib_income_band_sk"
    assert rels["main.web_sales.ws_bill_customer_sk"][:2] == ("bill_customer", "main.customer.c_customer_sk")
    assert "main.household_demographics.hd_demo_sk" not in rels  # a table's own key references nothing
    events = data["events"]
    assert set(events) == {"store_sales", "web_sales", "catalog_sales", "store_returns", "web_returns", "catalog_returns"}
    ss = events["store_sales"]
    assert (ss["customer_key"], ss["dated_by"], ss["grain"], ss["id"], ss["amount"], ss["kind"]) == \
        ("ss_customer_sk", "sold_date", "line", "ss_ticket_number", "ss_net_paid", "purchase")
    assert ss["measures"]["quantity"] == {"column": "ss_quantity", "agg": "sum"}
    assert ss["dimensions"]["item_category"] == {"column": "main.item.i_category"}
    assert (events["web_sales"]["customer_key"], events["web_sales"]["id"]) == ("ws_bill_customer_sk", "ws_order_number")
    assert events["web_returns"]["customer_key"] == "wr_returning_customer_sk"
    assert {events[e]["kind"] for e in ("store_returns", "web_returns", "catalog_returns")} == {"return"}
    # two joins to the customer's address: the dimension names its role
    assert events["catalog_sales"]["dimensions"]["bill_address_state"] == {"column": "main.customer_address.ca_state",
                                                                           "via": ["bill_address"]}


def test_tpcds_draft_flags_personal_columns_and_birth_parts(tpcds_draft):
    out, _ = tpcds_draft
    columns = yaml.safe_load(out.read_text())["tables"]
    customer, address = columns["main.customer"]["columns"], columns["main.customer_address"]["columns"]
    for name in ("c_email_address", "c_first_name", "c_last_name", "c_login"):
        assert customer[name].get("personal") is True, name
    assert {customer[f"c_birth_{p}"]["role"] for p in ("year", "month", "day")} == {"birth_year", "birth_month", "birth_day"}
    assert all(customer[f"c_birth_{p}"]["personal"] for p in ("year", "month", "day"))
    assert address["ca_street_name"]["personal"] and address["ca_zip"]["personal"]
    assert "personal" not in address["ca_state"]  # a state is no person's
    assert "personal" not in columns["main.store"]["columns"]["s_street_name"]  # a store's street is not either
    assert "personal" not in columns["main.promotion"]["columns"]["p_channel_email"]  # a Y/N flag
    text = out.read_text()
    assert "c_email_address: {type: VARCHAR, personal: true}  # TODO(personal): its name says email" in text


def test_values_are_sampled_from_the_data(tpcds_draft, demo_draft):
    columns = yaml.safe_load(tpcds_draft[0].read_text())["tables"]
    assert set(columns["main.customer_demographics"]["columns"]["cd_gender"]["values"]) == {"F", "M"}
    assert "Books" in columns["main.item"]["columns"]["i_category"]["values"]
    assert columns["main.customer_address"]["columns"]["ca_city"].get("free_text") is True
    demo = yaml.safe_load(demo_draft[0].read_text())["tables"]["crm.customers"]["columns"]
    assert set(demo["loyalty_tier"]["values"]) == {"standard", "silver", "gold", "vip"}
    assert "values" not in demo["email"] and "values" not in demo["last_name"]  # personal: never read


def test_personal_columns_are_recognised_by_their_values_and_never_read(tmp_path):
    db = tmp_path / "shop.duckdb"
    con = duckdb.connect(str(db))
    con.execute("CREATE SCHEMA crm")
    con.execute("CREATE TABLE crm.clients (client_id BIGINT PRIMARY KEY, handle VARCHAR, reach VARCHAR, segment VARCHAR)")
    con.execute("INSERT INTO crm.clients SELECT i, 'user' || i || '@example.org', '+33 6 12 34 ' || lpad(CAST(i % 100 AS VARCHAR), 2, '0'), "
                "CASE WHEN i % 3 = 0 THEN 'gold' ELSE 'silver' END FROM range(1, 501) t(i)")
    con.execute("CREATE TABLE crm.visits (visit_id BIGINT, client_id BIGINT, visited_at TIMESTAMP)")
    con.execute("INSERT INTO crm.visits SELECT i, 1 + i % 500, TIMESTAMP '2024-01-01' + i * INTERVAL 1 HOUR FROM range(2000) t(i)")
    con.close()
    wh = DuckDBWarehouse(db)
    seen: list[str] = []
    query = wh.query
    wh.query = lambda sql, *a, **k: (seen.append(sql), query(sql, *a, **k))[1]
    from schema_catalog.draft import draft_catalog

    result = draft_catalog(wh, name="shop", source_note=str(db))
    wh.close()
    columns = yaml.safe_load(result.text)["tables"]["crm.clients"]["columns"]
    assert columns["handle"]["personal"] and columns["reach"]["personal"]
    assert "100% of its sampled values look like e-mail addresses" in result.text
    assert "look like phone numbers" in result.text
    assert set(columns["segment"]["values"]) == {"gold", "silver"}
    reads = [sql for sql in seen if "GROUP BY" in sql]
    assert reads and not [sql for sql in reads if '"handle"' in sql or '"reach"' in sql]
    assert yaml.safe_load(result.text)["events"]["visits"]["time"] == "visited_at"


def test_names_and_values_from_the_warehouse_never_break_the_sql_or_the_yaml(tmp_path):
    db = tmp_path / "odd.duckdb"
    con = duckdb.connect(str(db))
    con.execute('CREATE TABLE customers (customer_id BIGINT PRIMARY KEY, "tier""; DROP TABLE customers; --" VARCHAR, '
                'note VARCHAR)')
    con.execute("""INSERT INTO customers SELECT i, 'x', CASE WHEN i % 2 = 0 THEN 'it''s "quoted": yes' ELSE 'a
b # c' END FROM range(1, 101) t(i)""")
    con.execute('CREATE TABLE "weird table" (customer_id BIGINT)')
    con.close()
    out = tmp_path / "odd.yaml"
    result = draft(db, out)
    catalog = load_catalog(out)  # loads: quoted values round-trip
    assert set(catalog.tables["main.customers"].columns["note"].values) == {"it's \"quoted\": yes", "a\nb # c"}
    assert any("'main.weird table' left out" in n for n in result.notes)
    assert any("left out: its name is not a plain identifier" in n for n in result.notes)
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM customers").fetchone()[0] == 100


def test_postgres_declared_keys_are_read_by_a_read_only_role():
    import pg_server
    import psycopg

    from assistant.edges.warehouse.postgres import PostgresWarehouse
    from schema_catalog.draft import draft_catalog

    if pg_server.available():
        pytest.skip(pg_server.available())
    server = pg_server.PostgresServer()
    try:
        loader, reader = server.create_warehouse()
        with psycopg.connect(loader, autocommit=True) as con:
            con.execute("CREATE SCHEMA shop")
            con.execute("CREATE TABLE shop.customers (customer_id BIGINT PRIMARY KEY, email TEXT, tier TEXT)")
            con.execute("INSERT INTO shop.customers SELECT i, 'u' || i || '@example.org', CASE WHEN i % 4 = 0 THEN 'gold' "
                        "ELSE 'basic' END FROM generate_series(1, 400) i")
            # a foreign key no name matches: only the declaration says where `buyer` points
            con.execute("CREATE TABLE shop.sales (sale_id BIGINT PRIMARY KEY, buyer BIGINT REFERENCES shop.customers, "
                        "sold_at TIMESTAMP, total_amount NUMERIC(10, 2))")
            con.execute("INSERT INTO shop.sales SELECT i, 1 + i % 400, TIMESTAMP '2024-01-01' + i * INTERVAL '1 hour', "
                        "i % 97 FROM generate_series(1, 3000) i")
        server.grant_reader()
        with PostgresWarehouse(reader) as wh:
            result = draft_catalog(wh, name="shop", source_note="PostgreSQL")
    finally:
        server.stop()
    data = yaml.safe_load(result.text)
    assert relations(data)["shop.sales.buyer"] == ("buyer", "shop.customers.customer_id", "many_to_one")
    sales = data["events"]["sales"]
    assert (sales["customer_key"], sales["time"], sales["amount"], sales["kind"]) == ("buyer", "sold_at", "total_amount", "purchase")
    assert data["tables"]["shop.customers"]["columns"]["email"]["personal"] is True
    assert set(data["tables"]["shop.customers"]["columns"]["tier"]["values"]) == {"basic", "gold"}


# -- the draft is a catalog ---------------------------------------------------------------------------------

def test_the_drafts_load_as_written(demo_draft, tpcds_draft):
    for out, result in (demo_draft, tpcds_draft):
        catalog = load_catalog(out)
        assert out.read_text() == result.text
        assert catalog.version == 2 and catalog.events
        assert result.text.count("TODO(") == len(result.todos)  # each decision once in the file, once in the summary


def edit_like_the_readme(data: dict) -> dict:
    """The edits README 'Point it at your own warehouse' lists, made on TPC-DS's draft."""
    data.update(name="tpcds", description="TPC-DS retail warehouse", currency="USD")
    for schema, source in data["sources"].items():
        source.update(system="Retail data warehouse", freshness="nightly")
    data["entity"]["synonyms"] += ["shopper", "shoppers"]
    customer = data["tables"]["main.customer"]["columns"]
    del customer["c_birth_country"]["personal"]
    demographics = data["tables"]["main.customer_demographics"]["columns"]
    demographics["cd_gender"]["values"] = {"F": {"label": "women", "synonyms": ["female", "women"]},
                                           "M": {"label": "men", "synonyms": ["male", "men"]}}
    data["tables"]["main.customer_address"]["columns"]["ca_state"]["synonyms"] = ["state"]
    ss = data["events"]["store_sales"]
    ss.update(label="store purchase", synonyms=["store purchase", "store purchases"], qualifiers=["in store"],
              where="ss_customer_sk IS NOT NULL")
    for name in ("web_sales", "catalog_sales"):
        data["events"][name]["where"] = f"{data['events'][name]['customer_key']} IS NOT NULL"
    return data


@pytest.fixture(scope="module")
def tpcds_edited(tpcds_draft, tmp_path_factory) -> Path:
    edited = tmp_path_factory.mktemp("edited") / "tpcds.yaml"
    edited.write_text(yaml.safe_dump(edit_like_the_readme(yaml.safe_load(tpcds_draft[0].read_text())), sort_keys=False))
    return edited


def test_the_tpcds_draft_with_the_readme_edits_passes_the_check(tpcds_edited, eval_db):
    proc = run_cli("catalog", "check", "--catalog", str(tpcds_edited), "--db", str(eval_db))
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "catalog check OK" in proc.stdout


def test_the_edited_draft_answers_the_readme_request(tpcds_edited, eval_db):
    # the verb reads every purchase event through the glossary term the draft names after the kind
    assert "term: purchase" in tpcds_edited.read_text()
    proc = run_cli("translate", "women who bought in store in the last 3 months", "--json",
                   "--catalog", str(tpcds_edited), "--db", str(eval_db))
    answer = json.loads(proc.stdout)
    assert answer["status"] == "ok", answer
    assert "main.store_sales" in answer["sql"] and "cd_gender = 'F'" in answer["sql"]


def test_the_demo_draft_passes_the_check(demo_draft, demo_db):
    proc = run_cli("catalog", "check", "--catalog", str(demo_draft[0]), "--db", str(demo_db))
    assert proc.returncode == 0, proc.stdout + proc.stderr


# -- dbt semantic models ---------------------------------------------------------------------------------------

def test_dbt_semantic_models_override_the_guesses(demo_db, tmp_path):
    out = tmp_path / "dbt.yaml"
    result = draft(demo_db, out, dbt=DBT)
    data = yaml.safe_load(out.read_text())
    assert "because the dbt project names it" in result.text
    customers = data["tables"]["crm.customers"]["columns"]
    assert customers["loyalty_tier"]["description"] == "Tier of the loyalty programme."
    assert {"loyalty status", "loyalty tier"} <= set(customers["loyalty_tier"]["synonyms"])
    assert "country of residence" in customers["country"]["synonyms"]
    orders = data["events"]["orders"]
    assert orders["measures"]["order_value"] == {"column": "total_amount", "agg": "sum", "label": "order value"}
    assert orders["time"] == "order_ts" and orders["description"].startswith("Web shop and app orders")
    notes = "\n".join(result.notes)
    for unread in ("metric 'points_outstanding' not read", "saved query 'weekly_orders' not read",
                   "online_orders.customers_with_orders: aggregation 'count_distinct'",
                   "online_orders.median_order_value: aggregation 'percentile'", "agg_params has no counterpart",
                   "online_orders: key 'meta' not read", "sessions.visitor: type 'natural'", "customers.age_band: the expression",
                   "no table named loyalty_ledger", "online_orders.order_count: counts the events"):
        assert unread in notes, unread
    assert "broken" not in notes  # dbt's own output under target/ is not read
    assert load_catalog(out).events["orders"].measures["order_value"].label == "order value"


@pytest.mark.parametrize("make,expect", [
    (lambda p: p, "no such file or folder"),
    (lambda p: (p.mkdir(), p)[1], "no `semantic_models:` found"),
    (lambda p: (p.write_text("semantic_models:\n  - name: [unclosed\n"), p)[1], "not valid YAML"),
    (lambda p: (p.write_text("semantic_models:\n  - name: x\n"), p)[1], "semantic_models[0].model: Field required"),
])
def test_a_bad_dbt_project_is_one_message(demo_db, tmp_path, make, expect):
    target = make(tmp_path / "dbt.yml")
    out = tmp_path / "out.yaml"
    proc = run_cli("catalog", "draft", "--db", str(demo_db), "--from-dbt", str(target), "--out", str(out))
    assert proc.returncode == 1 and expect in proc.stderr and "Traceback" not in proc.stderr
    assert not out.exists()


# -- bad input -----------------------------------------------------------------------------------------------

def _empty_duckdb(path: Path) -> Path:
    duckdb.connect(str(path)).close()
    return path


def _no_customers(path: Path) -> Path:
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE readings (sensor_id INTEGER, taken_at TIMESTAMP, reading DOUBLE)")
    con.execute("INSERT INTO readings SELECT i % 10, TIMESTAMP '2024-01-01' + i * INTERVAL 1 MINUTE, i FROM range(500) t(i)")
    con.close()
    return path


@pytest.mark.parametrize("make,expect", [
    (lambda p: p, "no warehouse at"),
    (lambda p: (p.write_text("not a database"), p)[1], "not a valid DuckDB database file"),
    (_empty_duckdb, "the warehouse holds no tables"),
    (_no_customers, "no table looks like a customer table"),
])
def test_a_bad_warehouse_is_one_message(tmp_path, make, expect):
    db = make(tmp_path / "w.duckdb")
    out = tmp_path / "catalog.yaml"
    proc = run_cli("catalog", "draft", "--db", str(db), "--out", str(out))
    assert proc.returncode == 1, proc.stderr
    errors = [line for line in proc.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and expect in errors[0] and "Traceback" not in proc.stderr
    assert not out.exists()


def test_entity_names_the_customer_table_when_nothing_looks_like_one(tmp_path):
    db = _no_customers(tmp_path / "w.duckdb")
    proc = run_cli("catalog", "draft", "--db", str(db), "--entity", "main.readings.sensor_id")
    assert proc.returncode == 1 and "no unique key column" in proc.stderr


def test_an_existing_output_is_never_written_over_without_force(demo_db, tmp_path):
    out = tmp_path / "mine.yaml"
    out.write_text("my own catalog\n")
    proc = run_cli("catalog", "draft", "--db", str(demo_db), "--out", str(out))
    assert proc.returncode == 1 and "already exists" in proc.stderr and "--force" in proc.stderr
    assert out.read_text() == "my own catalog\n"
    proc = run_cli("catalog", "draft", "--db", str(demo_db), "--out", str(out), "--force")
    assert proc.returncode == 0, proc.stderr
    assert load_catalog(out).entity.table == "crm.customers"
    assert "TODOs to resolve before use" in proc.stderr and "TODO(" not in proc.stdout


def test_the_warehouse_itself_is_never_the_output(tmp_path):
    db = _no_customers(tmp_path / "w.duckdb")
    before = db.read_bytes()
    proc = run_cli("catalog", "draft", "--db", str(db), "--out", str(db), "--force")
    assert proc.returncode == 1 and "is the warehouse itself" in proc.stderr
    assert db.read_bytes() == before


@pytest.mark.parametrize("target,expect", [
    (lambda tmp: tmp / "a-file" / "catalog.yaml", "is not a folder"),
    (lambda tmp: tmp / "missing" / "catalog.yaml", "does not exist"),
    (lambda tmp: tmp, "is a folder"),
    (lambda tmp: Path("/proc/catalog.yaml"), "cannot write /proc/catalog.yaml"),
])
def test_an_unwritable_output_is_refused_before_measuring(demo_db, tmp_path, target, expect):
    (tmp_path / "a-file").write_text("x")
    proc = run_cli("catalog", "draft", "--db", str(demo_db), "--out", str(target(tmp_path)))
    assert proc.returncode == 1 and expect in proc.stderr and "Traceback" not in proc.stderr
    assert "measured" not in proc.stderr  # refused before the warehouse was read


def test_without_out_the_draft_is_printed(demo_db):
    proc = subprocess.run([sys.executable, "-m", "assistant", "catalog", "draft", "--db", str(demo_db)],
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert yaml.safe_load(proc.stdout)["entity"]["table"] == "crm.customers"
