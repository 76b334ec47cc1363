"""Payload classes tried against the real parts (guard, sandboxed DuckDB, catalog check, LLM translator over a
loopback model server, store, identity), and how many were blocked. Prints one table, then the time figures.

    .venv/bin/python benchmarks/security_table.py

Blocked means: refused with a clear message (an AudienceError), nothing written, no value quoted.
"""
from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

import duckdb
import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "tests"), str(ROOT / "tests" / "security")]

from assistant import pipeline  # noqa: E402
from assistant.definition import AudienceDefinition, Criterion  # noqa: E402
from assistant.demo import generate  # noqa: E402
from assistant.dry_run.run import dry_run  # noqa: E402
from assistant.edges.store import SCHEMA_VERSION, Store  # noqa: E402
from assistant.edges.warehouse.duckdb import DuckDBWarehouse  # noqa: E402
from assistant.errors import AudienceError  # noqa: E402
from assistant.review.users import find_user  # noqa: E402
from assistant.review.webhook_url import check_webhook_url  # noqa: E402
from assistant.settings import DEMO_CATALOG, LocalUser, load_settings  # noqa: E402
from assistant.sql.guard import check_sql  # noqa: E402
from assistant.translate.registry import make_translator  # noqa: E402
from assistant.translate.request import check_request  # noqa: E402
from chat_server import ChatServer  # noqa: E402
from schema_catalog import load_catalog  # noqa: E402
from schema_catalog.check import check_catalog  # noqa: E402
from sql_fixtures import read_cases  # noqa: E402
from test_sec_hostile_model import HOSTILE  # noqa: E402

A = dt.date(2026, 9, 30)
ROWS: list[tuple[str, int, int, str]] = []


def row(name: str, attempts: list, blocked_if) -> None:
    """Try each payload; `blocked_if(payload)` returns True when it was blocked."""
    blocked = sum(1 for p in attempts if blocked_if(p))
    ROWS.append((name, len(attempts), blocked, ""))


def refused(fn) -> bool:
    try:
        fn()
    except AudienceError:
        return True
    return False


def main() -> None:
    tmp = Path(tempfile.mkdtemp(prefix="security_table_"))
    db = generate.generate(tmp / "w.duckdb", customers=2_000)
    catalog = load_catalog(DEMO_CATALOG)
    wh = DuckDBWarehouse(db, time_limit_ms=500)

    for label, fixture in (("hostile SQL (guard_rejects.sql)", "guard_rejects.sql"),
                           ("personal columns in criteria", "personal_rejects.sql"),
                           ("non-deterministic SQL", "nondeterministic_rejects.sql")):
        row(label, read_cases(fixture), lambda c: refused(lambda: check_sql(c["sql"], catalog)))
    row("deep nesting (50..5000 parentheses)", [50, 200, 1000, 5000], lambda d: refused(lambda: check_sql(
        "SELECT customer_id FROM crm.customers WHERE customer_id = " + "(" * d + "1" + ")" * d, catalog)))

    # Parquet file names and attach paths that would smuggle a COPY into the warehouse's own setup.
    names = ["s.t.parquet'); COPY (SELECT 42) TO 'x.csv'; SELECT ('.parquet", "crm.cust-omers.parquet",
             'crm."c".parquet', "a.b.c.parquet", "1a.b.parquet", "crm.customers .parquet"]

    def parquet_blocked(name: str) -> bool:
        folder = tmp / f"pq{abs(hash(name))}"
        folder.mkdir()
        con = duckdb.connect()
        con.sql("SELECT 1 AS customer_id").write_parquet(str(folder / "crm.customers.parquet"))
        con.close()
        shutil.copy(folder / "crm.customers.parquet", folder / name)
        ok = refused(lambda: DuckDBWarehouse(folder).close())
        return ok and not (Path.cwd() / "x.csv").exists()
    row("Parquet file names", names, parquet_blocked)

    def attach_blocked(attach: dict) -> bool:
        try:
            DuckDBWarehouse(db, attach=attach).close()
        except AudienceError:
            pass
        return not (Path.cwd() / "y.csv").exists()
    row("attach paths and aliases", [{"s": tmp / "s.duckdb' AS z; COPY (SELECT 42) TO 'y.csv'; ATTACH 'q"},
                                     {'x" (READ_ONLY); COPY (SELECT 42) TO \'y.csv\'; --': db}], attach_blocked)

    # Catalog SQL with an extra statement, a file reader, a personal indicator value.
    def catalog_with(mutate) -> object:
        data = yaml.safe_load(Path(DEMO_CATALOG).read_text())
        mutate(data)
        path = tmp / "hostile.yaml"
        path.write_text(yaml.safe_dump(data, sort_keys=False))
        return load_catalog(path)
    inject = ("SELECT customer_id FROM crm.customers) q; CREATE TEMP TABLE pwn AS SELECT 1; "
              "SELECT * FROM (SELECT customer_id FROM crm.customers")
    mutations = [lambda d: d["glossary"][0].update(sql=inject),
                 lambda d: d["policies"]["suppressions"]["do_not_contact"].update(sql=inject),
                 lambda d: d["glossary"][0].update(sql="SELECT customer_id FROM read_csv('/etc/passwd')"),
                 lambda d: d["indicators"][next(iter(d["indicators"]))].update(
                     sql="SELECT customer_id, email AS value FROM crm.customers"),
                 lambda d: d["events"][next(iter(d["events"]))].update(where="TRUE) q; SELECT 1; SELECT * FROM (SELECT 1")]
    row("catalog SQL (catalog check)", mutations, lambda m: not check_catalog(catalog_with(m), wh).ok)

    vip = AudienceDefinition(as_of=A, criteria=[Criterion(label="vip", sql="SELECT customer_id FROM crm.customers "
                                                                           "WHERE loyalty_tier = 'vip'")])
    row("breakdowns by personal columns", sorted(catalog.personal_columns()),
        lambda attr: refused(lambda: dry_run(vip, catalog, wh, breakdowns=[attr], sample_size=0)))

    casts = ["SELECT CAST(phone || 'x' AS BIGINT) FROM crm.customers", "SELECT CAST(email AS INTEGER) FROM crm.customers",
             "SELECT CAST(first_name AS DATE) FROM crm.customers", "SELECT CAST(city AS INTEGER) FROM crm.customers"]
    values = {str(v[0]) for c in ("phone", "email", "first_name", "city")
              for v in wh.query(f"SELECT {c} FROM crm.customers WHERE {c} IS NOT NULL", max_rows=10_000).rows}

    def scrubbed(sql: str) -> bool:
        try:
            wh.query(sql)
        except AudienceError as exc:
            return not any(v in str(exc) for v in values)
        return False
    row("engine errors quoting values", casts, scrubbed)

    # The hostile model server, through the real openai client.
    def model_blocked(payload: str) -> bool:
        server = ChatServer([payload])
        try:
            settings = load_settings(home=tmp / "home", llm_api_key="k", llm_base_url=server.url, llm_retries=0)
            return make_translator("openai", catalog, wh, settings).translate("customers", A).status == "refused"
        finally:
            server.close()
    row("hostile model answers", list(HOSTILE.values()), model_blocked)

    row("webhook URLs", ["file:///etc/passwd", "not a url", "ftp://x/y", "http://", "javascript:alert(1)", "http://a b/"],
        lambda u: refused(lambda: check_webhook_url(u)))
    row("requests: invalid characters", ["VIP \ud800", "VIP \x00 customers", "gold\x1b[2J"],
        lambda r: refused(lambda: check_request(r, 5_000)))
    settings = load_settings(home=tmp, users=[LocalUser(name="rachel", role="reviewer", email="rachel@corp.example")])
    row("sign-in identities", ["rachel@attacker.example", "rachel", "rachel@corp.example.evil", "RACHEL@evil"],
        lambda e: refused(lambda: find_user(settings, None, identity={"email": e})))

    def newer_store(version: int) -> bool:
        path = tmp / f"store{version}.sqlite"
        Store(path, audit_key=b"k").close()
        con = sqlite3.connect(path)
        con.execute(f"PRAGMA user_version = {version}")
        con.close()
        return refused(lambda: Store(path, audit_key=b"k").close())
    row("stores newer than the code", [SCHEMA_VERSION + 1, SCHEMA_VERSION + 7], newer_store)

    runaway = ["WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT count(*) FROM r",
               "SELECT count(*) FROM crm.customers a, crm.customers b, crm.customers c",
               # a regex over three customer tables: it runs away at any warehouse size (two tables finish at 2,000)
               "SELECT count(*) FROM crm.customers a, crm.customers b, crm.customers c "
               "WHERE regexp_matches(a.city || b.city || c.city, '^(a|b)+x$')"]
    stops: list[float] = []

    def stopped(sql: str) -> bool:
        started = time.perf_counter()
        ok = refused(lambda: wh.query(sql))
        stops.append((time.perf_counter() - started) * 1000)
        return ok
    row("runaway queries (limit 500 ms)", runaway, stopped)
    wh.close()

    width = max(len(r[0]) for r in ROWS)
    print(f"{'payload class':<{width}}  tried  blocked")
    print(f"{'-' * width}  -----  -------")
    for name, tried, blocked, _ in ROWS:
        print(f"{name:<{width}}  {tried:>5}  {blocked:>7}")
    print(f"{'total':<{width}}  {sum(r[1] for r in ROWS):>5}  {sum(r[2] for r in ROWS):>7}")

    print(f"\nrunaway queries stopped after {', '.join(f'{s:.0f}' for s in stops)} ms "
          f"(median {statistics.median(stops) / 500:.2f}x the 500 ms limit)")
    with pipeline.open(load_settings(home=tmp / "home", db=db)) as svc:
        times = []
        for _ in range(20):
            started = time.perf_counter()
            refused(lambda: pipeline.translate(svc, "gold customers " * 6_667))
            times.append((time.perf_counter() - started) * 1000)
    print(f"a 100,000-character request refused in {statistics.median(times):.2f} ms (median of 20)")
    shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
