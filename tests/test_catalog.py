"""The catalog loader and `audience catalog check`: a correct catalog passes, each kind of mistake is caught."""
from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from assistant.errors import CatalogError
from assistant.settings import DEMO_CATALOG
from assistant.edges.warehouse.duckdb import DuckDBWarehouse
from assistant.translate.offline.translator import OfflineTranslator
from assistant.translate.value_index import build
from schema_catalog import load_catalog
from schema_catalog.check import check_catalog
from schema_catalog.describe import attribute_rows

DEMO_TEXT = DEMO_CATALOG.read_text()


def write_variant(tmp_path: Path, old: str, new: str) -> Path:
    assert old in DEMO_TEXT, f"fixture drifted: {old!r} not in the demo catalog"
    path = tmp_path / "broken.yaml"
    path.write_text(DEMO_TEXT.replace(old, new, 1))
    return path


def line_of(path: Path, needle, start: int = 0) -> int:
    """Line of `needle`; a (first, then) pair means the first `then` after `first`."""
    if isinstance(needle, tuple):
        return line_of(path, needle[1], line_of(path, needle[0]))
    return next(i for i, line in enumerate(path.read_text().splitlines(), 1) if i > start and needle in line)


def test_demo_catalog_passes_on_the_demo_warehouse(catalog, warehouse):
    report = check_catalog(catalog, warehouse)
    assert report.errors == []
    assert report.warnings == []     # the catalog teams copy: every word it declares is read
    assert report.checked > 150


def test_demo_catalog_covers_every_contract_column(catalog, warehouse):
    live = warehouse.columns()
    described = set(catalog.all_columns())
    missing = [f"{t}.{c}" for t, cols in live.items() for c in cols if f"{t}.{c}" not in described]
    assert missing == []
    undocumented = [c for c in described if not catalog.column(c).description]
    assert undocumented == []


def test_personal_data_is_flagged(catalog):
    assert {"crm.customers.email", "crm.customers.phone", "crm.customers.first_name", "crm.customers.last_name",
            "crm.customers.birth_date", "crm.customers.postal_code"} <= catalog.personal_columns()
    assert "crm.customers.loyalty_tier" not in catalog.personal_columns()


# -- file-level mistakes: caught by the loader, with file and line ------------

@pytest.mark.parametrize("old,new,expect,line_needle", [
    ("  crm: {system:", "  crm: [{system:", "not valid YAML", "crm: [{system:"),
    ("      loyalty_points:\n        type: INTEGER", "      loyalty_points:\n        typ: INTEGER", "did you mean type", "typ: INTEGER"),
    ("    source: pos\n    grain: one store ticket", "    source: till\n    grain: one store ticket", "unknown source 'till'", "source: till"),
    ("  - {name: store, from: pos.transactions.store_id, to: pos.stores.store_id}",
     "  - {name: store, from: pos.transactions.store_id, to: pos.stores.shop_id}", "unknown column 'pos.stores.shop_id'", "pos.stores.shop_id"),
    # a join between a number and a text column is caught when the file loads, before any warehouse is read
    ("  - {name: store, from: pos.transactions.store_id, to: pos.stores.store_id}",
     "  - {name: store, from: pos.transactions.store_id, to: pos.stores.country}", "types differ", "to: pos.stores.country"),
    ("    time: order_ts\n    amount: total_amount\n    where: status <> 'cancelled'",
     "    time: ordered_at\n    amount: total_amount\n    where: status <> 'cancelled'", "'ordered_at' is not a column", None),
    ("    refresh: dynamic\n    type: INTEGER", "    refresh: hourly\n    type: INTEGER", "refresh", "refresh: hourly"),
    ("      quantity: {type: INTEGER, description: Units bought.}",
     "      quantity: {type: INTEGER, description: Units bought.}\n      quantity: {type: BIGINT}", "duplicate key", None),
    # a dimension's verb names a value its column has ('texted' -> sms), in every language
    ("verbs: {email: [emailed, e-mailed, mailed], sms: [texted,", "verbs: {email: [emailed, e-mailed, mailed], fax: [texted,",
     "'fax' is not a value of marketing.campaigns.channel", "fax: [texted,"),
    ("sms: [texté, textés,", "fax: [texté, textés,", "'fax' is not a value of marketing.campaigns.channel", None),
    # YAML 1.1 reads an unquoted NO (Norway), ON (Ontario) as a yes/no: the message says to quote it
    ("          female: {label: women,", "          NO: {label: women,", 'quote codes such as "NO"', None),
    # words a comma cut off an unquoted text in a {...} mapping: the message says to quote it
    ("      quantity: {type: INTEGER, description: Units bought.}",
     "      quantity: {type: INTEGER, description: Units bought, the sum of lines.}", "must be quoted", None),
])
def test_broken_file_is_reported_with_its_line(tmp_path, old, new, expect, line_needle):
    path = write_variant(tmp_path, old, new)
    with pytest.raises(CatalogError) as info:
        load_catalog(path)
    text = str(info.value)
    assert expect in text
    assert str(path) in text
    if line_needle:
        line = line_of(path, line_needle)
        assert f"{path}:{line}:" in text or f"starting at line {line})" in text


def test_missing_file_is_a_clear_error(tmp_path):
    with pytest.raises(CatalogError, match="cannot read catalog file"):
        load_catalog(tmp_path / "nope.yaml")


# -- mistakes only the live warehouse reveals --------------------------------

@pytest.mark.parametrize("old,new,expect,needle", [
    ("  meta.warehouse:\n", "  meta.warehous:\n", "table meta.warehous does not exist in the warehouse; closest: meta.warehouse", "meta.warehous:"),
    ("      loyalty_points:\n", "      loyalty_pts:\n", "column crm.customers.loyalty_pts does not exist; closest: loyalty_points", "loyalty_pts:"),
    # (signup_date's own type is checked when the catalog loads: the acquisition channel is set_on it)
    ("      generated_at: {type: TIMESTAMP,", "      generated_at: {type: BOOLEAN,", "declared BOOLEAN but the warehouse has TIMESTAMP",
     "generated_at:"),
    ("          vip: {label: VIP,", "          platinum: {label: VIP,", "value 'platinum' of crm.customers.loyalty_tier never occurs", "platinum:"),
    ("      FROM ds.customer_scores\n  age_band:", "      FROM ds.customer_score\n  age_band:", "unknown table ds.customer_score", ("churn_risk_band:", "sql:")),
    ("      SELECT customer_id, count(*) AS value FROM marketing.messages",
     "      SELECT customer_id, count(*) AS total FROM marketing.messages", "returns (customer_id, total), expected (customer_id, value)", ("messages_received_6m:", "sql:")),
    ("  table: crm.customers\n  key: customer_id", "  table: crm.consents\n  key: customer_id",
     "crm.consents.customer_id must identify one customer per row", ("entity:", "key:")),
])
def test_check_reports_live_mismatches(tmp_path, demo_db, old, new, expect, needle, capsys):
    """In the CLI's own process (test_catalog_check_cli_passes_on_demo runs it as a command): one message per
    mismatch, with its file and line, and exit code 1."""
    from assistant.cli.main import main

    path = write_variant(tmp_path, old, new)
    code = main(["catalog", "check", "--catalog", str(path), "--db", str(demo_db)])
    out = capsys.readouterr()
    assert code == 1, out.out + out.err
    assert "Traceback" not in out.out + out.err
    assert expect in out.out
    assert f"{path}:{line_of(path, needle)}:" in out.out


def test_undeclared_customer_key_is_a_warning_with_the_fix(catalog, demo_db, tmp_path, warehouse):
    assert not [w for w in check_catalog(catalog, warehouse).warnings if "not declared" in w]
    copy = tmp_path / "no_key.duckdb"
    shutil.copy(demo_db, copy)
    with duckdb.connect(str(copy)) as con:
        con.execute("CREATE OR REPLACE TABLE crm.customers AS SELECT * FROM crm.customers")
    with DuckDBWarehouse(copy) as wh:
        report = check_catalog(catalog, wh)
    assert report.errors == []
    assert any("ALTER TABLE crm.customers ADD PRIMARY KEY (customer_id)" in w for w in report.warnings)


def _unclustered_copy(demo_db, tmp_path) -> Path:
    """The demo warehouse with pos.transactions rewritten in customer order, in small row groups."""
    copy = tmp_path / "unclustered.duckdb"
    shutil.copy(demo_db, copy)
    with duckdb.connect() as con:
        con.execute(f"ATTACH '{copy}' AS w (ROW_GROUP_SIZE 2048)")
        con.execute("CREATE OR REPLACE TABLE w.pos.transactions AS SELECT * FROM w.pos.transactions ORDER BY customer_id")
    return copy


def test_time_column_out_of_order_is_a_warning_with_the_fix(catalog, demo_db, tmp_path):
    copy = _unclustered_copy(demo_db, tmp_path)
    with DuckDBWarehouse(copy) as wh:
        report = check_catalog(catalog, wh)
    assert report.errors == []
    fix = "CREATE OR REPLACE TABLE pos.transactions AS SELECT * FROM pos.transactions ORDER BY transaction_ts"
    warned = [w for w in report.warnings if fix in w]
    assert len(warned) == 1 and "not stored in transaction_ts order" in warned[0] and "demo_retailer.yaml:" in warned[0]
    with duckdb.connect() as con:  # the statement it gives fixes it (small row groups kept, so there are several)
        con.execute(f"ATTACH '{copy}' AS w (ROW_GROUP_SIZE 2048)")
        con.execute("USE w")
        con.execute(fix)
        assert con.execute("SELECT count(DISTINCT row_group_id) FROM pragma_storage_info('pos.transactions')").fetchone()[0] > 2
    with DuckDBWarehouse(copy) as wh:
        assert not [w for w in check_catalog(catalog, wh).warnings if "is not stored in" in w]


def _messages_in_two_row_groups(demo_db, tmp_path, order: str) -> Path:
    """The demo warehouse with marketing.messages rewritten in `order`, in exactly 2 row groups."""
    copy = tmp_path / f"messages_by_{order}.duckdb"
    shutil.copy(demo_db, copy)
    with duckdb.connect(str(copy), read_only=True) as con:
        rows = con.execute("SELECT count(*) FROM marketing.messages").fetchone()[0]
    size = (rows // 2 // 2048 + 1) * 2048     # a multiple of DuckDB's vector size, more than half the rows
    with duckdb.connect() as con:
        con.execute(f"ATTACH '{copy}' AS w (ROW_GROUP_SIZE {size})")
        con.execute(f"CREATE OR REPLACE TABLE w.marketing.messages AS SELECT * FROM w.marketing.messages ORDER BY {order}")
        assert con.execute("SELECT count(DISTINCT row_group_id) FROM pragma_storage_info('w.marketing.messages')").fetchone()[0] == 2
    return copy


def test_a_later_time_of_rows_sorted_by_time_is_clustered_with_two_row_groups(catalog, demo_db, tmp_path):
    """Messages stored by send time, opens and clicks dated later on the same rows: a window on opened_at skips the
    other row group as well as one on sent_at does. Each of 2 sorted row groups spans about half the range, which
    the former measure (the share each spans, above one half) took for a table out of order."""
    with DuckDBWarehouse(_messages_in_two_row_groups(demo_db, tmp_path, "sent_at")) as wh:
        assert not [w for w in check_catalog(catalog, wh).warnings if "is not stored in" in w]
    with DuckDBWarehouse(_messages_in_two_row_groups(demo_db, tmp_path, "customer_id")) as wh:
        warned = [w for w in check_catalog(catalog, wh).warnings if "is not stored in" in w]
    assert len(warned) == 1 and "marketing.messages is not stored in sent_at order" in warned[0]
    assert "of its 2 row groups on average (1 when sorted)" in warned[0]


def test_time_clustering_of_a_parquet_folder(catalog, demo_db, tmp_path):
    folder = tmp_path / "parquet"
    folder.mkdir()
    with duckdb.connect(str(_unclustered_copy(demo_db, tmp_path)), read_only=True) as con:
        for schema, table in con.execute("SELECT schema_name, table_name FROM duckdb_tables()").fetchall():
            con.execute(f"COPY {schema}.{table} TO '{folder}/{schema}.{table}.parquet' (FORMAT parquet, ROW_GROUP_SIZE 2048)")
    with DuckDBWarehouse(folder) as wh:
        warnings = [w for w in check_catalog(catalog, wh).warnings if "is not stored in" in w]
    assert len(warnings) == 1 and "pos.transactions is not stored in transaction_ts order" in warnings[0]
    assert f"{folder.resolve()}/pos.transactions.parquet" in warnings[0]


def test_catalog_check_cli_passes_on_demo(demo_db):
    proc = subprocess.run([sys.executable, "-m", "assistant", "catalog", "check", "--db", str(demo_db)],
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "catalog check OK" in proc.stdout


def test_catalog_show_lists_where_attributes_live(catalog):
    rows = attribute_rows(catalog)
    tier = next(r for r in rows if r["column"] == "loyalty_tier")
    assert (tier["system"], tier["table"], tier["freshness"], tier["personal"]) == ("CRM / loyalty programme", "crm.customers", "hourly", "no")
    assert next(r for r in rows if r["column"] == "email")["personal"] == "yes"
    stage = next(r for r in rows if r["column"] == "journey_stage")
    assert stage["freshness"].startswith("daily")
    proc = subprocess.run([sys.executable, "-m", "assistant", "catalog", "show", "--search", "store format"],
                          capture_output=True, text=True)
    assert proc.returncode == 0
    assert "pos.stores" in proc.stdout and "store_format" in proc.stdout and "crm.customers" not in proc.stdout


@pytest.mark.parametrize("sql_type, family, numeric, temporal", [
    ("DECIMAL(7,2)", "decimal", True, False), ("INTEGER", "integer", True, False), ("UBIGINT", "integer", True, False),
    ("double precision", "float", True, False), ("TIMESTAMP_NS", "timestamp", False, True),
    ("TIMESTAMP(3) WITH TIME ZONE", "timestamp", False, True), ("DATE", "date", False, True),
    ("CHARACTER VARYING(40)", "text", False, False), ("BOOLEAN", "boolean", False, False), ("BLOB", "blob", False, False),
])
def test_one_table_of_type_families_serves_every_reader(sql_type, family, numeric, temporal):
    from schema_catalog import types

    assert (types.family(sql_type), types.is_numeric(sql_type), types.is_temporal(sql_type)) == (family, numeric, temporal)
    assert types.compatible("BIGINT", "DECIMAL(10,2)") and not types.compatible("VARCHAR", "DATE")


@pytest.mark.parametrize("request_, label", [
    ("customers who bought Nike brands in store", "store purchase, brand Nike"),
    ("customers who bought in the beauty department this year", "category beauty"),
    ("customers who bought in flagship store format this year", "store format flagship"),
    ("customers who opened a ticket about other topics", "customer service ticket, topic other"),
    ("clients ayant acheté des chaussures de la marque Nike en magasin", "marque Nike"),
    ("clients ayant acheté dans le rayon beauté cette année", "catégorie beauté"),
    ("clients ayant acheté dans un magasin au format outlet", "format de magasin magasin d'usine"),
])
def test_words_naming_a_dimension_are_read_where_the_demo_catalog_declares_them(catalog, demo_db, request_, label):
    """Declared on the products' and stores' columns, these words were never read ('brands', 'department', 'format',
    'rayon', 'marque' were asked about): on the events' dimensions they name what was bought, and where."""
    with DuckDBWarehouse(demo_db) as wh:
        result = OfflineTranslator(catalog, build(wh, catalog)).translate(request_, dt.date(2026, 9, 30))
    assert result.status == "ok" and not result.unrecognized, result.model_dump(include={"status", "unrecognized"})
    assert label in result.definition.criteria[0].label


@pytest.fixture(scope="module")
def streambox(eval_cache):
    """The StreamBox catalog with its warehouse and an offline translator over both."""
    from assistant.demo.golden import golden_warehouse
    from assistant.evals import CATALOGS

    catalog = load_catalog(CATALOGS["streambox"])
    with DuckDBWarehouse(golden_warehouse("streambox", eval_cache)) as wh:
        yield catalog, wh, OfflineTranslator(catalog, build(wh, catalog))


def test_streambox_checks_clean_on_its_warehouse(streambox):
    catalog, wh, _ = streambox
    report = check_catalog(catalog, wh)
    assert report.errors == [] and report.warnings == [], report.errors + report.warnings


@pytest.mark.parametrize("request_, label", [
    # the payment outcome's words: the outcome a payment's filter excludes names the event that selects it
    ("subscribers whose payment failed in the last 30 days", "failed payment"),
    ("subscribers with a refunded payment", "refunded payment"),
    ("abonnés dont le paiement a échoué", "paiement échoué"),
    # 'tv show' is a title, not the TV device with 'show' skipped as grammar
    ("subscribers who watched a tv show on mobile", "viewing, device mobile"),
    ("subscribers with a content issue", "support case, category content"),
    # a channel's verb, with the subscribers as its object: a message sent on it (the catalog's dimension 'verbs')
    ("subscribers we haven't emailed since May", "not: message received, channel email"),
    ("abonnés qu'on n'a pas textés depuis mai", "non : message reçu, channel SMS"),
])
def test_streambox_words_are_read_where_its_catalog_declares_them(streambox, request_, label):
    _, _, translator = streambox
    result = translator.translate(request_, dt.date(2026, 6, 30))
    assert result.status == "ok" and not result.unrecognized, result.model_dump(include={"status", "unrecognized"})
    labels = [c.label for c in result.definition.criteria]
    assert len(labels) == 1 and labels[0].startswith(label) and "tv" not in labels[0], labels


def test_a_quantity_may_name_some_of_its_values(tmp_path, warehouse):
    """'no points' named, every other balance said by its number: a column with a unit is a quantity, whose
    vocabulary is no closed list to complete; a code column's vocabulary still is."""
    named = "        unit: points\n        values: {\"0\": {label: no points, synonyms: [no points, zero points]}}\n"
    quantity = load_catalog(write_variant(tmp_path, "        unit: points\n", named))
    assert not [w for w in check_catalog(quantity, warehouse).warnings if "does not describe" in w]
    code = load_catalog(write_variant(tmp_path, "        unit: points\n", named.replace("unit: points", "unit: null")))
    warned = [w for w in check_catalog(code, warehouse).warnings if "does not describe" in w]
    assert len(warned) == 1 and "crm.customers.loyalty_points holds values the catalog does not describe" in warned[0]


def test_a_store_city_before_the_stores_is_read_without_a_doubt(catalog, demo_db):
    """'our Paris stores in May': a dimension word ending in a preposition ('stores in') took 'stores' from the
    qualifier, so 'Paris' lost the noun that says whose city it is and was noted as possibly the customer's."""
    with DuckDBWarehouse(demo_db) as wh:
        result = OfflineTranslator(catalog, build(wh, catalog)).translate(
            "People who bought in one of our Paris stores in the last 6 months", dt.date(2026, 9, 30))
    assert result.status == "ok" and result.warnings == [], result.warnings
    assert "store city Paris" in result.definition.criteria[0].label
