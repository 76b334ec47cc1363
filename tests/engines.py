"""What the engine tests share: key sets, the send path, Spark's availability and session, definitions, the golden
set's queries and the fewest of them that use every construct.

The engine tests are split in files (PostgreSQL; Spark) so that pytest-xdist can run them on different workers.
"""
from __future__ import annotations

import datetime as dt
import shutil

import pytest

from assistant.dry_run.run import dry_run, members
from assistant.evals import load_golden
from assistant.sql.compile import compile_sql
from assistant.translate.offline.translator import OfflineTranslator
from assistant.translate.value_index import build


def keys(wh, sql) -> set:
    return {r[0] for r in wh.query(sql, max_rows=10**7).rows if r[0] is not None}


def approved_export(defn, run, engine, tmp_path):
    """Submit (maria), approve (sam) and export on `engine` through the pipeline: the whole send path there."""
    from assistant import pipeline
    from assistant.settings import load_settings

    with pipeline.open(load_settings(home=tmp_path / "home"), warehouse=engine) as services:
        maria, sam = pipeline.user(services, "maria"), pipeline.user(services, "sam")
        version_id = pipeline.submit(services, maria, defn, dry_run=run).version_id
        pipeline.approve(services, sam, version_id)
        return pipeline.export(services, maria, version_id)


def _spark_reason() -> str | None:
    try:
        import pyspark  # noqa: F401
    except ImportError:
        return "pyspark is not installed (it is a test dependency in pyproject.toml)"
    if not shutil.which("java"):
        return "no Java runtime (Spark needs one; .ci/run installs Debian's default-jre-headless)"
    return None


SPARK_REASON = _spark_reason()
spark_only = pytest.mark.skipif(SPARK_REASON is not None, reason=f"SKIPPED LOUDLY: {SPARK_REASON}")


def spark_warehouse(demo_db, tmp_path_factory, time_limit_ms: int = 120_000):
    """The demo warehouse as Parquet files read by a local Spark session (two threads)."""
    from assistant.demo.load import write_parquet
    from assistant.edges.warehouse.spark import SparkWarehouse

    folder = tmp_path_factory.mktemp("parquet")
    write_parquet(demo_db, folder)
    return SparkWarehouse(folder, master="local[2]", time_limit_ms=time_limit_ms, max_rows=1_000, config=SMALL_DATA)


# Thousands of rows, hundreds of distinct queries, one short-lived JVM. Kept to the tests: at a million customers on
# a long-lived driver each of these pays for itself.
# - compiling each plan to Java and re-planning it adaptively costs more than it saves (a batch of 40 golden
#   queries: 28 s -> 20 s);
# - a broadcast join is a Spark job of its own (30 of a batch's 31 jobs): sort-merge joins of tiny tables keep a
#   batch one job (the golden set's 420 queries: 181 -> 142 s of CPU);
# - the JVM's second JIT compiler (C2) spends more CPU optimising code than minutes of small queries win back
#   (session start 31 -> 16 s of CPU, the golden queries 142 -> 110 s);
# - the cached tables are read hundreds of times: kept uncompressed (a few MB) they are not decoded each time
#   (110 -> 103 s).
SMALL_DATA = {"spark.sql.codegen.wholeStage": "false", "spark.sql.adaptive.enabled": "false",
              "spark.sql.autoBroadcastJoinThreshold": "-1",
              "spark.driver.extraJavaOptions": "-XX:TieredStopAtLevel=1",
              "spark.sql.inMemoryColumnarStorage.compressed": "false"}


def constructs(sql: str) -> frozenset:
    """What a query asks of an engine: each node of its tree with its parent and role, the kind of each literal, the
    names of functions, the units of intervals and the types of casts (the literals' values are the same to an engine)."""
    from sqlglot import exp, parse_one

    found = set()
    for node in parse_one(sql, read="duckdb").walk():
        kind = type(node).__name__
        if isinstance(node, exp.Literal):
            kind += ":text" if node.is_string else ":number"
        elif isinstance(node, exp.Anonymous):
            kind += ":" + node.name.lower()
        elif isinstance(node, exp.Interval):
            kind += ":" + str(node.unit).lower()
        elif isinstance(node, exp.DataType):
            kind += ":" + node.sql()
        found.add((kind, type(node.parent).__name__ if node.parent else "", node.arg_key))
    return frozenset(found)


def covering(queries: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The fewest queries, greedily, that use every construct any of them uses (the earlier of two equals is kept)."""
    each = [constructs(sql) for _, sql in queries]
    left, chosen = set().union(*each), []
    while left:
        best = max(range(len(queries)), key=lambda i: len(each[i] & left))
        chosen.append(queries[best])
        left -= each[best]
    return chosen


def fingerprint_sql(label: str, sql: str, key: str = "customer_id") -> str:
    """A set of keys as (count, sum, sum of squares mod p): equal sets, equal prints; one Spark job per batch."""
    return (f"SELECT '{label}' AS id, count(*) AS n, coalesce(sum(k), 0) AS s1, coalesce(sum((k * k) % 1000003), 0) AS s2 "
            f"FROM (SELECT DISTINCT {key} AS k FROM ({sql}\n) AS q WHERE {key} IS NOT NULL) AS d")


def split_definition(warehouse, catalog):
    from assistant.review.split import new_split

    defn = OfflineTranslator(catalog, build(warehouse, catalog)).translate(
        "customers in Spain or Italy", dt.date(2026, 9, 30), "email").definition
    return defn.model_copy(update={"split": new_split(11, [("A", 45), ("B", 45)], 10, salt="engines-test-salt")})


def overlap_definitions(warehouse, catalog):
    translator = OfflineTranslator(catalog, build(warehouse, catalog))
    return [translator.translate(r, dt.date(2026, 9, 30), ch).definition for r, ch in (
        ("customers in Spain or Italy", "email"), ("VIP or gold customers", "none"),
        ("customers who bought online in the last 6 months", "sms"))]


def nested_definition(warehouse, catalog, tmp_path):
    """'VIP or gold customers' except the members of an approved 'customers in Spain or Italy' audience.

    Built on the session's warehouse connection: a second DuckDB connection to the same file in this process
    would meet the first one's locked configuration.
    """
    from assistant.edges.store import Store
    from assistant.review import nested
    from assistant.review import workflow as review
    from assistant.review.users import find_user
    from assistant.settings import load_settings

    settings = load_settings(home=tmp_path / "home")
    store = Store.from_settings(settings)
    translator = OfflineTranslator(catalog, build(warehouse, catalog))
    inner = translator.translate("customers in Spain or Italy", dt.date(2026, 9, 30), "email").definition
    maria = find_user(settings, "maria")
    v = review.save_draft(store, maria, inner)
    run = dry_run(inner, catalog, warehouse)
    review.submit(store, maria, v, run, members=members(inner, catalog, warehouse, as_of=run.as_of))
    review.approve(store, find_user(settings, "sam"), v)
    outer = translator.translate("VIP or gold customers", dt.date(2026, 9, 30), "email").definition
    reference = nested.reference(store, catalog, review.version(store, v).audience_id)
    store.close()
    return nested.with_reference(outer, reference, exclude=True)


# Days of the week (assistant/weekdays.py): each day alone, the weekend, the weekdays and two apart, each compiled the
# way a translation is and compared on every engine with a query written in that engine's own day-of-week function.
DAY_SETS = [(d,) for d in range(1, 8)] + [(6, 7), (1, 2, 3, 4, 5), (1, 7)]


def store_purchases_when(catalog, part: str, values) -> str:
    """'bought in store on these days / in these months of any year / at these hours of the day' (`part` 'days',
    'months' or 'hours') as the compiler writes it (DuckDB SQL; each engine transpiles it)."""
    from assistant.meaning import from_spec

    spec = {"kind": "event", "events": ["store_purchase"], part: list(values)}
    return from_spec(spec, catalog).render(catalog, dt.date(2026, 9, 30)).sql


# Months of any year (assistant/months.py): each month alone, a season across the year end, and two apart.
MONTH_SETS = [(m,) for m in range(1, 13)] + [(12, 1, 2), (6, 7, 8), (11, 12)]

# Hours of the day (assistant/hours.py): the first and last hours the stores open, one alone and two together.
HOUR_SETS = [(9,), (12, 13), (20,), (9, 20)]


def store_purchases_gold(part_of_time: str, values) -> str:
    """The same audience by hand, `part_of_time` the engine's own expression of a part of transaction_ts (its day of
    the week, month or hour) in `values`."""
    return (f"SELECT DISTINCT customer_id FROM pos.transactions WHERE customer_id IS NOT NULL "
            f"AND transaction_ts < DATE '2026-10-01' AND {part_of_time} IN ({', '.join(map(str, values))})")


# A store purchase's city and country against the customer's own (EventCondition.own_place): a correlated EXISTS
# comparing a column of the query with one of the subquery, equal and not
OWN_PLACES = [(dim, same) for dim in ("store_country", "store_city") for same in (True, False)]


def store_purchases_placed(catalog, dim: str, same: bool) -> str:
    """'bought in a store in their own city' (same) or 'in a store abroad', as the compiler writes it."""
    from assistant.meaning import from_spec

    spec = {"kind": "event", "events": ["store_purchase"], "own_place": {dim: same}}
    return from_spec(spec, catalog).render(catalog, dt.date(2026, 9, 30)).sql


def store_purchases_placed_gold(dim: str, same: bool) -> str:
    """The same audience by hand: a join to the customers, in every engine's plain SQL."""
    column = dim.removeprefix("store_")
    return (f"SELECT DISTINCT t.customer_id FROM pos.transactions t JOIN pos.stores s ON s.store_id = t.store_id "
            f"JOIN crm.customers c ON c.customer_id = t.customer_id WHERE t.transaction_ts < DATE '2026-10-01' "
            f"AND s.{column} {'=' if same else '<>'} c.{column}")


def golden_queries(translator, catalog) -> list[tuple[str, str]]:
    """Each golden translation's SQL (those answered), then each gold's."""
    prompts = [p for p in load_golden() if p.catalog == "demo_retailer" and p.gold]
    translated = []
    for p in prompts:
        result = translator.translate(p.request, p.as_of)
        if result.definition is not None and result.status == "ok":
            translated.append((f"translation {p.id}", compile_sql(result.definition, catalog)))
    return translated + [(f"gold {p.id}", p.gold) for p in prompts]


def on_spark(sparkw, queries: list[tuple[str, str]]) -> dict:
    """Each query's customers as a fingerprint, 40 queries to a Spark job."""
    got = {}
    for i in range(0, len(queries), 40):
        batch = " UNION ALL ".join(fingerprint_sql(label, sql) for label, sql in queries[i:i + 40])
        for row in sparkw.query(batch, max_rows=1000).rows:
            got[row[0]] = tuple(int(x) for x in row[1:])
    return got
