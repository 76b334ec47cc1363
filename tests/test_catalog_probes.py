"""A green `catalog check` means requests work: every breakage issue 13 lists, put back into a star schema shaped
like TPC-DS (tests/fixtures/star), is named with its file, line and what to change, either by the loader
(bad input: a clear error, never a catalog that loads and fails later) or by the check's probes (each request
family compiled through the typed meaning, guarded and bound on a real DuckDB file)."""
from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from assistant.edges.warehouse.duckdb import DuckDBWarehouse
from assistant.errors import CatalogError
from assistant.translate.offline.lexicon import build_lexicon
from assistant.translate.offline.text import phrase_key
from schema_catalog import load_catalog
from schema_catalog.check import check_catalog

STAR = Path(__file__).parent / "fixtures" / "star"
STAR_TEXT = (STAR / "catalog.yaml").read_text()
AS_OF = dt.date(2003, 1, 2)


@pytest.fixture()
def star_db(tmp_path) -> Path:
    path = tmp_path / "star.duckdb"
    con = duckdb.connect(str(path))
    con.execute((STAR / "warehouse.sql").read_text())
    con.close()
    return path


def variant(tmp_path: Path, *edits: tuple[str, str]) -> Path:
    text = STAR_TEXT
    for old, new in edits:
        assert old in text, f"fixture drifted: {old!r} not in the star catalog"
        text = text.replace(old, new, 1)
    path = tmp_path / "broken.yaml"
    path.write_text(text)
    return path


def line_of(path: Path, needle: str) -> int:
    return next(i for i, line in enumerate(path.read_text().splitlines(), 1) if needle in line)


def check(path: Path, db: Path):
    with DuckDBWarehouse(db, time_limit_ms=5_000) as wh:
        return check_catalog(load_catalog(path), wh, as_of=AS_OF)


def the(lines: list[str], *needles: str) -> str:
    found = [x for x in lines if all(n in x for n in needles)]
    assert len(found) == 1, f"expected one line with {needles}, got {found} among:\n" + "\n".join(lines)
    return found[0]


def test_the_star_catalog_passes_and_every_family_was_probed(star_db):
    report = check(STAR / "catalog.yaml", star_db)
    assert report.ok and report.warnings == [], report.errors + report.warnings
    assert report.checked >= 40   # tables, columns, relationships, catalog SQL and a probe per request family


# -- breakages the check finds (the catalog loads: only the warehouse or a request can show them) -----------

def test_an_event_dated_by_an_integer_key_is_named_with_the_date_dimension_fix(tmp_path, star_db):
    path = variant(tmp_path, ("dated_by: sold_date", "time: ws_sold_date_sk"),
                   ("ws_sold_date_sk: {type: BIGINT", "ws_sold_date_sk: {type: DATE"),
                   ("  - {name: sold_date, from: main.web_sales.ws_sold_date_sk, to: main.date_dim.d_date_sk}\n", ""))
    report = check(path, star_db)
    probe = the(report.errors, "events.web_purchase.time:")
    assert probe.startswith(f"{path}:{line_of(path, 'time: ws_sold_date_sk')}: ")
    assert "ws_sold_date_sk is an integer key (BIGINT)" in probe and "date-dimension key" in probe
    assert "`dated_by: <that relationship>` instead of `time: ws_sold_date_sk`" in probe
    assert "count in a window" in probe     # the request families it breaks are listed
    assert any("declared DATE but the warehouse has BIGINT" in e for e in report.errors)


def test_an_attribute_on_a_table_nothing_reaches_is_named(tmp_path, star_db):
    path = variant(tmp_path, ("  - {name: current_address, from: main.customer.c_current_addr_sk, "
                              "to: main.customer_address.ca_address_sk}\n", ""))
    report = check(path, star_db)
    error = the(report.errors, "tables.main.customer_address:")
    assert error.startswith(f"{path}:{line_of(path, 'main.customer_address:')}: ")
    assert "not keyed by the customer" in error and "declare the relationship" in error
    assert not [w for w in report.warnings if "customer_address" in w]   # one error, not a warning per word


def test_a_birth_year_used_as_a_birth_date_is_named(tmp_path, star_db):
    path = variant(tmp_path, ("role: birth_year", "role: birth_date"))
    error = the(check(path, star_db).errors, "c_birth_year")
    assert error.startswith(f"{path}:{line_of(path, 'role: birth_date')}: ")
    assert "role birth_date on a INTEGER column" in error and "role: birth_year" in error


def test_a_windowed_request_that_would_crash_is_named(tmp_path, star_db):
    con = duckdb.connect(str(star_db))
    con.execute("ALTER TABLE date_dim ALTER d_date TYPE VARCHAR")   # the calendar's date stored as text
    con.close()
    report = check(STAR / "catalog.yaml", star_db)
    error = the(report.errors, "date_dimension.date:")
    assert "d_date is VARCHAR in the warehouse, not a date" in error and "every window" in error
    assert "in a window" in error          # the failing request families are listed with it


def test_an_amount_that_is_text_in_the_warehouse_is_named(tmp_path, star_db):
    con = duckdb.connect(str(star_db))
    con.execute("ALTER TABLE web_sales ALTER ws_net_paid TYPE VARCHAR")
    con.close()
    error = the(check(STAR / "catalog.yaml", star_db).errors, "events.web_purchase.amount:")
    assert "ws_net_paid is VARCHAR in the warehouse, not a number" in error


def test_a_date_key_that_does_not_join_is_named(tmp_path, star_db):
    con = duckdb.connect(str(star_db))
    con.execute("UPDATE web_sales SET ws_sold_date_sk = ws_sold_date_sk + 100000")
    con.close()
    path = STAR / "catalog.yaml"
    error = the(check(path, star_db).errors, "no value of main.web_sales.ws_sold_date_sk matches")
    assert error.startswith(f"{path}:{line_of(path, 'name: sold_date')}: ")


def test_words_on_a_dimension_are_read_and_words_nobody_reads_are_named(tmp_path, star_db):
    path = variant(tmp_path, ("category: {column: main.item.i_category}",
                              "category: {column: main.item.i_category, synonyms: [product type]}"),
                   ("description: Item category.", "description: Item category.\n        synonyms: [genre, department]"))
    catalog = load_catalog(path)
    assert any(m.kind == "dimension" for m in build_lexicon(catalog).phrases[phrase_key("product type")])
    warnings = check(path, star_db).warnings
    warning = the(warnings, "tables.main.item.columns.i_category")
    assert "'genre', 'department'" in warning and "never read" in warning
    assert not [w for w in warnings if "product type" in w]


def test_a_grammar_word_is_read_on_a_measure_and_named_with_why_elsewhere(tmp_path, star_db):
    # 'items' carries nothing in a request by itself, so the lexicon keeps a grammar word only as an acronym; a
    # measure that declares it is read ('more than 10 items' sums it), so only the other places are warned about
    path = variant(tmp_path, ("    dimensions:\n      category: {column: main.item.i_category}",
                              "    measures:\n      paid: {column: ws_net_paid, agg: sum, synonyms: [items, amount paid]}\n"
                              "    dimensions:\n      category: {column: main.item.i_category}"),
                   ("Books: {synonyms: [book, books]}", "Books: {synonyms: [book, books, stuff]}"))
    warnings = check(path, star_db).warnings
    assert not [w for w in warnings if "events.web_purchase.measures.paid" in w], warnings
    warning = the(warnings, "Books")
    assert "'stuff'" in warning and "only typed in capitals" in warning and "'books'" not in warning


def test_a_personal_column_output_by_an_indicator_is_refused(tmp_path, star_db):
    text = STAR_TEXT + ("indicators:\n  contact:\n    label: contact\n    refresh: dynamic\n    type: VARCHAR\n"
                        "    sql: SELECT c_customer_sk, c_email_address AS value FROM main.customer\n")
    path = tmp_path / "indicator.yaml"
    path.write_text(text)
    error = the(check(path, star_db).errors, "personal column main.customer.c_email_address")
    assert error.startswith(f"{path}:{line_of(path, 'sql: SELECT c_customer_sk, c_email_address')}: ")


# -- bad input the loader refuses: a clear error with file and line --------------------------------------------

BAD_INPUT = [
    ("role-playing ambiguity", [("ship_year: {column: main.date_dim.d_year, via: [ship_date]}",
                                 "ship_year: {column: main.date_dim.d_year}")],
     "ship_year: {column", "several paths lead from main.web_sales to main.date_dim"),
    ("wrong relationship", [("to: main.customer_address.ca_address_sk}", "to: main.customer_address.ca_state}")],
     "name: current_address", "cannot join"),
    ("relationship to an unknown column", [("to: main.item.i_item_sk}", "to: main.item.i_item_id}")],
     "name: item,", "unknown column 'main.item.i_item_id'"),
    ("cycle", [("  - {name: item,", "  - {name: resident, from: main.customer_address.ca_address_sk, "
                                    "to: main.customer.c_current_addr_sk}\n  - {name: item,")],
     "name: current_address", "cycle"),
    ("unknown dimension column", [("category: {column: main.item.i_category}", "category: {column: main.item.i_colour}")],
     "category: {column", "unknown column 'main.item.i_colour'"),
    ("unknown dimension path", [("via: [ship_date]", "via: [delivery_date]")],
     "ship_year: {column", "no relationship named 'delivery_date'"),
    ("measure on a text column", [("ws_net_paid: {type: DECIMAL", "ws_ship_mode: {type: VARCHAR, description: Mode.}\n"
                                                                  "      ws_net_paid: {type: DECIMAL"),
                                  ("    kind: purchase", "    kind: purchase\n    measures:\n      mode: {column: ws_ship_mode}")],
     "mode: {column: ws_ship_mode}", "needs a numeric column"),
    ("date-dimension key that does not join", [("dated_by: sold_date", "dated_by: item")],
     "dated_by: item", "not the date dimension's key"),
    ("event dated by an integer key", [("dated_by: sold_date", "time: ws_sold_date_sk")],
     "time: ws_sold_date_sk", "must be a DATE or TIMESTAMP column"),
    ("duplicate synonyms across attributes", [("Preferred customer.", "Preferred customer.\n        synonyms: [state]")],
     "ca_state: {type: VARCHAR", "'state' already names tables.main.customer.columns.c_preferred_cust_flag"),
    ("personal breakdown", [("events:\n", "breakdowns: [main.customer.c_email_address]\nevents:\n")],
     "breakdowns:", "'main.customer.c_email_address' is personal data"),
]


@pytest.mark.parametrize("edits, needle, message", [b[1:] for b in BAD_INPUT], ids=[b[0] for b in BAD_INPUT])
def test_bad_input_is_a_clear_error_with_file_and_line(tmp_path, edits, needle, message):
    path = variant(tmp_path, *edits)
    with pytest.raises(CatalogError) as err:
        load_catalog(path)
    problem = the(err.value.problems, message)
    assert problem.startswith(f"{path}:{line_of(path, needle)}: "), problem


def test_the_cli_reports_bad_input_and_probe_failures_without_a_traceback(tmp_path, star_db):
    broken = variant(tmp_path, ("ship_year: {column: main.date_dim.d_year, via: [ship_date]}",
                                "ship_year: {column: main.date_dim.d_year}"))
    year = tmp_path / "year.yaml"
    year.write_text(STAR_TEXT.replace("role: birth_year", "role: birth_date"))
    for path, expected in ((broken, "several paths lead"), (year, "role birth_date on a INTEGER column")):
        proc = subprocess.run([sys.executable, "-m", "assistant", "catalog", "check", "--db", str(star_db),
                               "--catalog", str(path)], capture_output=True, text=True)
        out = proc.stdout + proc.stderr
        assert proc.returncode != 0 and expected in out and "Traceback" not in out, out


def test_a_probe_per_request_family_with_real_values(star_db):
    from schema_catalog.probes import probes

    catalog = load_catalog(STAR / "catalog.yaml")
    con = duckdb.connect(str(star_db), read_only=True)

    def sample(column: str):
        table, name = column.rsplit(".", 1)
        row = con.execute(f"SELECT {name} FROM {table} WHERE {name} IS NOT NULL ORDER BY 1 LIMIT 1").fetchone()
        return row[0] if row else None

    elements = {p.element for p in probes(catalog, sample, AS_OF)}
    con.close()
    families = ["did it in a window", "not since a date (lapsed)", "count in a window", "first time in a window",
                "count in a calendar year", "amount in a window", "average amount in a window", "top spenders",
                "the top 100 customers by amount", "at least one worth an amount"]
    assert {f"events.web_purchase: {f}" for f in families} <= elements
    assert "events.web_purchase.dimensions.category = 'Books': count in a window" in elements     # its vocabulary
    assert "events.web_purchase.dimensions.ship_year = 2002: count in a window" in elements       # a warehouse value
    assert "tables.main.customer_address.columns.ca_state = 'CA'" in elements    # reached through current_address
    assert "tables.main.customer.columns.c_birth_year: an age range" in elements
    assert not [e for e in elements if "c_email_address" in e]                   # personal: never a request
