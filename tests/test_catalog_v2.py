"""Catalog format 2 on a small star schema written to a DuckDB file: each construct is compiled from a typed
meaning, passed through the guard and run, and the customers it finds are asserted; bad version-2 catalogs
are refused with the file and line; version 1 is refused with the way to migrate, and the migration works.

The warehouse (as_of 2003-01-02):
  customer 1  Texas, income band 0-10,000, born 1970-03-15, tickets 1 (2002-12-20, lines 30 + 70 Books) and
              2 (2002-07-01, 20 Music)
  customer 2  California, band 150,001-160,000, born 1990-12-25, ticket 3 (2002-10-01, 500 Electronics, shipped
              on Saturday 2002-10-05) and ticket 4 after as_of (2003-01-10, 1000)
  customer 3  no current address, no household, born in 1980 (month unknown), tickets 5 (2002-11-15, 3 lines of
              10) and 6 (Saturday 2002-11-16, 10)
  customer 4  an address without a state, band 150,001-160,000, born 2000-01-02, ticket 7 on as_of (5)
  customer 5  Texas, never bought
  customer 6  bought only after as_of (2003-01-20)
The calendar is TPC-DS's: a quarter's first day of April, July and October belongs to the previous quarter.
"""
from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from assistant.edges.warehouse.duckdb import DuckDBWarehouse
from assistant.errors import CatalogError
from assistant.meaning import (
    Comparison, CompareCondition, EventCondition, ValueCondition, Window, contradictions,
)
from assistant.sql.guard import check_sql
from assistant.translate.offline.lexicon import build_lexicon
from assistant.translate.offline.translator import OfflineTranslator
from schema_catalog import load_catalog
from schema_catalog.migrate import migrate_text

AS_OF = dt.date(2003, 1, 2)

WAREHOUSE = """
CREATE SCHEMA shop;
CREATE TABLE shop.date_dim AS
  SELECT (1000 + i)::BIGINT AS d_date_sk, d::DATE AS d_date, year(d)::BIGINT AS d_year, month(d)::BIGINT AS d_moy,
         (CASE WHEN month(d) IN (4, 7, 10) AND day(d) = 1 THEN quarter(d) - 1 ELSE quarter(d) END)::BIGINT AS d_qoy,
         CASE WHEN dayofweek(d) IN (0, 6) THEN 'Y' ELSE 'N' END AS d_weekend
  FROM (SELECT i, DATE '2002-01-01' + i::INTEGER AS d FROM range(0, 500) t(i));
CREATE TABLE shop.address (address_sk BIGINT, state VARCHAR);
INSERT INTO shop.address VALUES (10, 'TX'), (11, 'CA'), (12, NULL);
CREATE TABLE shop.income_band (band_sk BIGINT, lower_bound BIGINT, upper_bound BIGINT);
INSERT INTO shop.income_band VALUES (1, 0, 10000), (16, 150001, 160000);
CREATE TABLE shop.household (hd_sk BIGINT, band_sk BIGINT);
INSERT INTO shop.household VALUES (100, 1), (101, 16);
CREATE TABLE shop.customer (customer_sk BIGINT, addr_sk BIGINT, hdemo_sk BIGINT, birth_year BIGINT, birth_month BIGINT,
                            birth_day BIGINT);
INSERT INTO shop.customer VALUES (1, 10, 100, 1970, 3, 15), (2, 11, 101, 1990, 12, 25), (3, NULL, NULL, 1980, NULL, NULL),
  (4, 12, 101, 2000, 1, 2), (5, 10, NULL, NULL, NULL, NULL), (6, NULL, NULL, NULL, NULL, NULL);
CREATE TABLE shop.item (item_sk BIGINT, category VARCHAR);
INSERT INTO shop.item VALUES (1, 'Books'), (2, 'Music'), (3, 'Electronics');
CREATE TABLE shop.sales (ticket BIGINT, customer_sk BIGINT, sold_date_sk BIGINT, ship_date_sk BIGINT, item_sk BIGINT,
                         net_paid DECIMAL(7, 2), quantity BIGINT, channel VARCHAR);
"""
SALES = [  # ticket, customer, sold, shipped, item, net_paid, quantity
    (1, 1, "2002-12-20", "2002-12-23", 1, 30, 1), (1, 1, "2002-12-20", "2002-12-23", 1, 70, 1),
    (2, 1, "2002-07-01", "2002-07-02", 2, 20, 1),
    (3, 2, "2002-10-01", "2002-10-05", 3, 500, 1), (4, 2, "2003-01-10", "2003-01-13", 3, 1000, 1),
    (5, 3, "2002-11-15", "2002-11-18", 2, 10, 1), (5, 3, "2002-11-15", "2002-11-18", 2, 10, 1),
    (5, 3, "2002-11-15", "2002-11-18", 2, 10, 1), (6, 3, "2002-11-16", "2002-11-18", 2, 10, 1),
    (7, 4, "2003-01-02", "2003-01-06", 2, 5, 1), (8, 6, "2003-01-20", "2003-01-21", 2, 50, 1),
    (9, None, "2002-12-01", "2002-12-02", 1, 99, 1),
]

CATALOG = """\
version: 2
name: shop
entity: {name: customer, plural: customers, table: shop.customer, key: customer_sk, synonyms: [customers]}
sources:
  shop: {system: Shop, schema: shop, freshness: daily}
date_dimension: {table: shop.date_dim, key: d_date_sk, date: d_date, year: d_year, quarter: d_qoy, month: d_moy}
tables:
  shop.customer:
    source: shop
    columns:
      customer_sk: {type: BIGINT}
      addr_sk: {type: BIGINT}
      hdemo_sk: {type: BIGINT}
      birth_year: {type: BIGINT, role: birth_year, synonyms: [aged]}
      birth_month: {type: BIGINT, role: birth_month}
      birth_day: {type: BIGINT, role: birth_day}
  shop.address:
    source: shop
    columns:
      address_sk: {type: BIGINT}
      state:
        type: VARCHAR
        synonyms: [state]
        values:
          TX: {label: Texas, synonyms: [texas]}
          CA: {label: California, synonyms: [california]}
  shop.household:
    source: shop
    columns:
      hd_sk: {type: BIGINT}
      band_sk: {type: BIGINT}
  shop.income_band:
    source: shop
    columns:
      band_sk: {type: BIGINT}
      lower_bound: {type: BIGINT, range_upper: upper_bound, synonyms: [income]}
      upper_bound: {type: BIGINT}
  shop.date_dim:
    source: shop
    columns:
      d_date_sk: {type: BIGINT}
      d_date: {type: DATE}
      d_year: {type: BIGINT}
      d_moy: {type: BIGINT}
      d_qoy: {type: BIGINT}
      d_weekend:
        type: VARCHAR
        values:
          Y: {label: on a weekend, synonyms: [on a weekend], match_value: false}
          N: {label: on a weekday, match_value: false}
  shop.item:
    source: shop
    columns:
      item_sk: {type: BIGINT}
      category:
        type: VARCHAR
        values:
          Books: {label: books, synonyms: [books]}
          Music: {label: music, synonyms: [music]}
          Electronics: {label: electronics, synonyms: [electronics]}
  shop.sales:
    source: shop
    columns:
      ticket: {type: BIGINT}
      customer_sk: {type: BIGINT}
      sold_date_sk: {type: BIGINT}
      ship_date_sk: {type: BIGINT}
      item_sk: {type: BIGINT}
      net_paid: {type: DECIMAL, unit: currency, synonyms: [basket]}
      quantity: {type: BIGINT}
      channel: {type: VARCHAR}
relationships:
  - {name: current_address, from: shop.customer.addr_sk, to: shop.address.address_sk}
  - {name: current_household, from: shop.customer.hdemo_sk, to: shop.household.hd_sk}
  - {name: income_band, from: shop.household.band_sk, to: shop.income_band.band_sk, cardinality: many_to_one}
  - {name: customer, from: shop.sales.customer_sk, to: shop.customer.customer_sk}
  - {name: sold_date, from: shop.sales.sold_date_sk, to: shop.date_dim.d_date_sk}
  - {name: ship_date, from: shop.sales.ship_date_sk, to: shop.date_dim.d_date_sk}
  - {name: item, from: shop.sales.item_sk, to: shop.item.item_sk}
events:
  purchase:
    label: purchase
    table: shop.sales
    customer_key: customer_sk
    dated_by: sold_date
    id: ticket
    grain: line
    amount: net_paid
    kind: purchase
    synonyms: [bought, purchases, visits]
    measures:
      quantity: {column: quantity, agg: sum, label: units, synonyms: [units]}
    dimensions:
      category: {column: shop.item.category, amount: shop.sales.net_paid, synonyms: [category]}
      sold_weekend: {column: shop.date_dim.d_weekend, via: [sold_date]}
      ship_weekend: {column: shop.date_dim.d_weekend, via: [ship_date], synonyms: [shipped]}
"""


@pytest.fixture(scope="module")
def shop(tmp_path_factory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("shop")
    db, path = folder / "warehouse.duckdb", folder / "catalog.yaml"
    con = duckdb.connect(str(db))
    con.execute(WAREHOUSE)
    for ticket, customer, sold, shipped, item, paid, qty in SALES:
        con.execute("INSERT INTO shop.sales SELECT ?, ?, s.d_date_sk, p.d_date_sk, ?, ?, ?, 'store' FROM shop.date_dim s, "
                    "shop.date_dim p WHERE s.d_date = ?::DATE AND p.d_date = ?::DATE",
                    [ticket, customer, item, paid, qty, sold, shipped])
    con.close()
    path.write_text(CATALOG)
    return db, path


@pytest.fixture(scope="module")
def catalog(shop):
    return load_catalog(shop[1])


@pytest.fixture(scope="module")
def wh(shop):
    with DuckDBWarehouse(shop[0]) as w:
        yield w


def customers(condition, catalog, wh) -> set[int]:
    """The condition compiled through the catalog, guarded like any request, and run."""
    checked = check_sql(condition.render(catalog, AS_OF).sql, catalog)
    return {r[0] for r in wh.query(checked.sql).rows}


def cmp(op, value, upper=None) -> Comparison:
    return Comparison(op, value, 0, 0, upper=upper)


def window(start=None, end=None, amount=None, unit=None) -> Window:
    return Window("", 0, 0, amount=amount, unit=unit, start=start, end=end)


# -- profile attributes through many-to-one chains -----------------------------------------------------------

def test_a_profile_attribute_is_reached_through_the_named_relationship(catalog, wh):
    assert customers(ValueCondition(0, 0, column="shop.address.state", values=("TX",)), catalog, wh) == {1, 5}


def test_a_negated_profile_attribute_matches_known_other_values_only(catalog, wh):
    # 3 has no current address and 4's has no state: unknown matches no profile condition, negated ones included
    assert customers(ValueCondition(0, 0, negated=True, column="shop.address.state", values=("TX",)), catalog, wh) == {2}


@pytest.mark.parametrize("comparison,expect", [
    (cmp(">", 150000), {2, 4}),           # bands lying entirely above
    (cmp("<", 10000), {1}),               # the band ending at 10,000 is under 10,000
    (cmp(">=", 0, upper=100000), {1}),    # between: both bounds inside
])
def test_a_band_two_relationships_away_matches_when_it_lies_on_the_asked_side(catalog, wh, comparison, expect):
    assert customers(CompareCondition(0, 0, column="shop.income_band.lower_bound", comparison=comparison), catalog, wh) == expect


@pytest.mark.parametrize("comparison,expect", [(cmp(">=", 30), {1}), (cmp("=", 3), {4}), (cmp("<", 13), {2, 4})])
def test_an_age_is_computed_from_integer_birth_parts(catalog, wh, comparison, expect):
    # 4 turns 3 on as_of; 3's birth month is unknown, so 3 has no age
    assert customers(CompareCondition(0, 0, column="shop.customer.birth_year", comparison=comparison, age=True),
                     catalog, wh) == expect


# -- events dated through the date dimension, grain, measures ------------------------------------------------

def test_nothing_dated_after_as_of_counts_even_without_a_window(catalog, wh):
    assert customers(EventCondition(0, 0, events=("purchase",)), catalog, wh) == {1, 2, 3, 4}
    # 2's ticket of 2003-01-10 does not make two visits
    assert customers(EventCondition(0, 0, events=("purchase",), count=cmp(">=", 2)), catalog, wh) == {1, 3}


def test_a_relative_window_is_closed_at_as_of(catalog, wh):
    last_30_days = window(amount=30, unit="DAY")
    assert customers(EventCondition(0, 0, events=("purchase",), window=last_30_days), catalog, wh) == {1, 4}


def test_visits_count_distinct_tickets_not_lines(catalog, wh):
    # 3 has four lines on two tickets; 1 three lines on two tickets
    assert customers(EventCondition(0, 0, events=("purchase",), count=cmp(">=", 3)), catalog, wh) == set()


def test_an_average_basket_sums_the_lines_of_each_ticket(catalog, wh):
    # per ticket: 1 -> 100 and 20 (60), 2 -> 500, 3 -> 30 and 10 (20), 4 -> 5; per line 1 would average 40
    assert customers(EventCondition(0, 0, events=("purchase",), amount=cmp(">", 50), average=True), catalog, wh) == {1, 2}


def test_a_count_with_an_amount_counts_tickets_over_that_amount(catalog, wh):
    # "at least one visit over 80": 1's ticket of 100 (lines of 30 and 70), 2's of 500; 3 spent 40 in all
    assert customers(EventCondition(0, 0, events=("purchase",), count=cmp(">=", 1), amount=cmp(">", 80)),
                     catalog, wh) == {1, 2}


def test_a_measure_aggregates_its_own_column(catalog, wh):
    assert customers(EventCondition(0, 0, events=("purchase",), measure="quantity", amount=cmp(">=", 4)),
                     catalog, wh) == {3}


def test_a_dimension_amount_is_the_line_amount(catalog, wh):
    books = EventCondition(0, 0, events=("purchase",), dims={"category": ("Books",)}, amount=cmp(">=", 100))
    assert customers(books, catalog, wh) == {1}


def test_two_roles_of_the_calendar_are_two_joins(catalog, wh):
    sold = EventCondition(0, 0, events=("purchase",), dims={"sold_weekend": ("Y",)})
    shipped = EventCondition(0, 0, events=("purchase",), dims={"ship_weekend": ("Y",)})
    assert customers(sold, catalog, wh) == {3} and customers(shipped, catalog, wh) == {2}
    both = EventCondition(0, 0, events=("purchase",), dims={"sold_weekend": ("N",), "ship_weekend": ("Y",)})
    assert customers(both, catalog, wh) == {2}


def test_a_calendar_quarter_is_the_warehouse_calendars_quarter(catalog, wh):
    # 2002-10-01 is in Q3 for this calendar, 2002-07-01 in Q2
    q4 = window(start=dt.date(2002, 10, 1), end=dt.date(2003, 1, 1))
    q3 = window(start=dt.date(2002, 7, 1), end=dt.date(2002, 10, 1))
    assert customers(EventCondition(0, 0, events=("purchase",), window=q4), catalog, wh) == {1, 3}
    assert customers(EventCondition(0, 0, events=("purchase",), window=q3), catalog, wh) == {2}
    december = window(start=dt.date(2002, 12, 1), end=dt.date(2003, 1, 1))
    assert "d_moy" in EventCondition(0, 0, events=("purchase",), window=december).render(catalog, AS_OF).sql


# -- words ------------------------------------------------------------------------------------------------------

def test_dimension_and_measure_synonyms_are_in_the_lexicon(catalog):
    lex = build_lexicon(catalog)
    assert any(m.kind == "dimension" and m.dim == "category" for m in lex.phrases[("category",)])
    assert any(m.kind == "column" and m.ref == "quantity" for m in lex.phrases[("units",)])


def test_the_offline_translator_uses_a_dimension_name(catalog, wh):
    result = OfflineTranslator(catalog).translate("customers who bought in the category books", AS_OF)
    assert result.status == "ok" and not result.unrecognized
    assert {r[0] for r in wh.query(result.definition.criteria[0].sql).rows} == {1}


def test_contradictory_criteria_are_found():
    women = ValueCondition(0, 1, column="x.t.gender", values=("F",))
    men = ValueCondition(2, 3, column="x.t.gender", values=("M",))
    young = CompareCondition(0, 1, column="x.t.b", comparison=cmp("<", 20), age=True)
    old = CompareCondition(2, 3, column="x.t.b", comparison=cmp(">", 65), age=True)
    bought = EventCondition(0, 1, events=("store",), window=window(amount=6, unit="MONTH"))
    never = EventCondition(2, 3, negated=True, events=("store", "web"))
    assert contradictions([women, men]) and contradictions([young, old]) and contradictions([bought, never])
    assert not contradictions([women, young]) and not contradictions([never, women])


# -- bad version-2 catalogs: the file and the line ------------------------------------------------------------

@pytest.mark.parametrize("old,new,expect,needle", [
    ("    dated_by: sold_date\n", "    dated_by: sale_date\n", "no relationship named 'sale_date' leaves shop.sales",
     "dated_by: sale_date"),
    ("    dated_by: sold_date\n", "    dated_by: item\n", "joins shop.item.item_sk, not the date dimension's key",
     "dated_by: item"),
    ("      sold_weekend: {column: shop.date_dim.d_weekend, via: [sold_date]}",
     "      sold_weekend: {column: shop.date_dim.d_weekend}", "several paths lead from shop.sales to shop.date_dim",
     "sold_weekend:"),
    ("via: [ship_date], synonyms: [shipped]", "via: [shipping_date], synonyms: [shipped]",
     "no relationship named 'shipping_date'", "ship_weekend:"),
    ("      quantity: {column: quantity, agg: sum", "      quantity: {column: channel, agg: sum",
     "shop.sales.channel is VARCHAR: a measure needs a numeric column", "quantity: {column: channel"),
    ("  - {name: customer, from: shop.sales.customer_sk",
     "  - {name: loop, from: shop.income_band.band_sk, to: shop.customer.hdemo_sk}\n  - {name: customer, from: shop.sales.customer_sk",
     "the relationships form a cycle", "current_household, from"),
    ("  - {name: ship_date, from:", "  - {name: sold_date, from:", "already has a relationship named 'sold_date'",
     "name: sold_date, from: shop.sales.ship_date_sk"),
    ("    dated_by: sold_date\n", "    time: sold_date_sk\n", "time must be a DATE or TIMESTAMP column", "time: sold_date_sk"),
    ("    grain: line\n", "    grain: basket\n", "grain", "grain: basket"),
    ("      lower_bound: {type: BIGINT, range_upper: upper_bound, synonyms: [income]}",
     "      lower_bound: {type: BIGINT, range_upper: upper_bound, set_on: band_sk, synonyms: [income]}",
     "'band_sk' is not a DATE or TIMESTAMP column of shop.income_band", "set_on: band_sk"),
    ("      birth_year: {type: BIGINT, role: birth_year, synonyms: [aged]}\n", "",
     "birth_month / birth_day columns need a birth_year column", "  shop.customer:"),
])
def test_a_bad_v2_catalog_is_refused_with_its_line(tmp_path, old, new, expect, needle):
    assert old in CATALOG, old
    path = tmp_path / "bad.yaml"
    path.write_text(CATALOG.replace(old, new, 1))
    with pytest.raises(CatalogError) as info:
        load_catalog(path)
    text = str(info.value)
    assert expect in text, text
    line = next(i for i, row in enumerate(path.read_text().splitlines(), 1) if needle in row)
    assert f"{path}:{line}:" in text, text


# -- version 1: refused with the way out, and migrated --------------------------------------------------------

V1 = """\
# my catalog
name: old
entity: {name: customer, plural: customers, table: crm.customers, key: customer_id}
sources:
  crm: {system: CRM, schema: crm, freshness: hourly}
tables:
  crm.customers:
    source: crm
    columns:
      customer_id: {type: BIGINT}
  crm.orders:
    source: crm
    columns:
      customer_id: {type: BIGINT}
      order_id: {type: BIGINT}
      ordered_at: {type: TIMESTAMP}
relationships:
  - {from: crm.orders.customer_id, to: crm.customers.customer_id}
  - from: crm.orders.order_id   # block style
    to: crm.orders.order_id
events:
  order: {label: order, table: crm.orders, customer_key: customer_id, time: ordered_at, kind: purchase}
"""


def test_a_version_1_catalog_is_refused_with_how_to_migrate(tmp_path):
    path = tmp_path / "old.yaml"
    path.write_text(V1)
    with pytest.raises(CatalogError) as info:
        load_catalog(path)
    assert "format version 1" in str(info.value) and f"audience catalog migrate {path}" in info.value.hint


def test_migrate_names_relationships_keeps_comments_and_loads(tmp_path):
    text = migrate_text(V1)
    assert text.startswith("# my catalog\nversion: 2\n") and "# block style" in text
    assert "{name: customer, from: crm.orders.customer_id" in text and "- name: order\n    from: crm.orders.order_id" in text
    path = tmp_path / "new.yaml"
    path.write_text(text)
    assert [r.name for r in load_catalog(path).relationships] == ["customer", "order"]


def test_the_migrate_command_converts_in_place(tmp_path):
    path = tmp_path / "old.yaml"
    path.write_text(V1)
    proc = subprocess.run([sys.executable, "-m", "assistant", "catalog", "migrate", str(path)], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert load_catalog(path).version == 2 and "version 2" in proc.stdout


def test_a_type_written_with_its_precision_is_its_family(shop, tmp_path, wh):
    """`DECIMAL(7,2)`, as the warehouse shows it, is numeric: a measure on it loads and compiles."""
    path = tmp_path / "catalog.yaml"
    path.write_text(CATALOG.replace("net_paid: {type: DECIMAL,", "net_paid: {type: 'DECIMAL(7,2)',"))
    assert "DECIMAL(7,2)" in path.read_text()
    catalog = load_catalog(path)
    assert customers(EventCondition(0, 0, events=("purchase",), measure="quantity", amount=cmp(">=", 4)),
                     catalog, wh) == {3}
