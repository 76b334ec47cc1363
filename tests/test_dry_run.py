"""The dry run's figures, checked against independent plain SQL on the same warehouse file."""
from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
import sys

import duckdb
import pytest

from assistant.sql.compile import compile_sql
from assistant.definition import AudienceDefinition, Criterion
from assistant.dry_run.run import dry_run
from assistant.sql.guard import GuardError

A = "DATE '2026-09-30'"
GOLD_VIP = Criterion(label="gold or VIP", phrase="gold or VIP",
                     sql="SELECT customer_id FROM crm.customers WHERE loyalty_tier IN ('gold', 'vip')")
STORE_TWICE = Criterion(label="2+ store purchases in 12 months", phrase="bought at least twice in store",
                        sql=f"SELECT customer_id FROM pos.transactions WHERE customer_id IS NOT NULL "
                            f"AND transaction_ts >= {A} - INTERVAL 12 MONTH GROUP BY customer_id HAVING count(*) >= 2")
CART = Criterion(label="cart abandoners", phrase="abandoned their cart",  # anonymous events make NULL keys here
                 sql=f"SELECT customer_id FROM web.events WHERE event_type = 'add_to_cart' AND event_ts >= {A} - INTERVAL 90 DAY "
                     f"EXCEPT SELECT customer_id FROM ecom.orders WHERE order_ts >= {A} - INTERVAL 90 DAY")
OVER = Criterion(label="over-solicited", phrase="more than 5 messages",
                 sql=f"SELECT customer_id FROM marketing.messages WHERE sent_at >= {A} - INTERVAL 30 DAY "
                     "GROUP BY customer_id HAVING count(*) > 5")


def definition(channel="email", criteria=(GOLD_VIP, STORE_TWICE), exclusions=(CART, OVER)):
    return AudienceDefinition(request="test", as_of=dt.date(2026, 9, 30), channel=channel,
                              criteria=list(criteria), exclusions=list(exclusions))


@pytest.fixture(scope="module")
def con(demo_db, tmp_path_factory):
    # A copy: DuckDB refuses a second in-process connection to one file with another configuration.
    copy = tmp_path_factory.mktemp("independent") / "copy.duckdb"
    shutil.copy(demo_db, copy)
    c = duckdb.connect(str(copy), read_only=True)
    yield c
    c.close()


def keys(con, sql) -> set:
    return {r[0] for r in con.execute(sql).fetchall() if r[0] is not None}


def test_counts_match_independent_sql(con, catalog, warehouse):
    result = dry_run(definition(), catalog, warehouse, own_sizes=True)
    everyone = keys(con, "SELECT customer_id FROM crm.customers")
    c1, c2 = keys(con, GOLD_VIP.sql), keys(con, STORE_TWICE.sql)
    x1, x2 = keys(con, CART.sql), keys(con, OVER.sql)
    dnc = keys(con, "SELECT customer_id FROM crm.do_not_contact")
    has_email = keys(con, "SELECT customer_id FROM crm.customers WHERE email IS NOT NULL")
    consent = keys(con, "SELECT customer_id FROM crm.consents WHERE channel = 'email' AND opted_in")
    capped = keys(con, f"SELECT customer_id FROM marketing.messages WHERE sent_at >= {A} - INTERVAL 30 DAY "
                       "GROUP BY customer_id HAVING count(*) >= 5")
    assert result.base == len(everyone)
    assert [s.own_size for s in result.funnel] == [len(c1), len(c2)]
    assert [s.size_after for s in result.funnel] == [len(c1), len(c1 & c2)]
    audience = c1 & c2
    removed = []
    for step in (x1, x2, dnc):
        removed.append(len(audience & step))
        audience -= step
    request = (c1 & c2) - x1 - x2
    for keep in (has_email, consent):
        removed.append(len(audience - keep))
        audience &= keep
    removed.append(len(audience & capped))
    audience -= capped
    assert [s.removed for s in result.waterfall] == removed
    assert [s.label for s in result.waterfall][:2] == ["cart abandoners", "over-solicited"]
    assert result.request_size == len(request)
    assert result.final_size == len(audience) > 0
    assert result.waterfall[-1].size_after == result.final_size
    # the compiled query returns exactly the final audience, one row per customer
    rows = con.execute(compile_sql(definition(), catalog, with_policies=True)).fetchall()
    assert len(rows) == len({r[0] for r in rows}) == len(audience)
    assert {r[0] for r in rows} == audience


def test_reachability_per_channel(con, catalog, warehouse):
    result = dry_run(definition(channel="none"), catalog, warehouse)
    request = (keys(con, GOLD_VIP.sql) & keys(con, STORE_TWICE.sql)) - keys(con, CART.sql) - keys(con, OVER.sql)
    blocked = keys(con, "SELECT customer_id FROM crm.do_not_contact") | keys(
        con, f"SELECT customer_id FROM marketing.messages WHERE sent_at >= {A} - INTERVAL 30 DAY GROUP BY 1 HAVING count(*) >= 5")
    sms = next(r for r in result.reachability if r.channel == "sms")
    phone = keys(con, "SELECT customer_id FROM crm.customers WHERE phone IS NOT NULL")
    sms_ok = keys(con, "SELECT customer_id FROM crm.consents WHERE channel = 'sms' AND opted_in")
    assert sms.with_contact == len(request & phone)
    assert sms.with_consent == len(request & sms_ok)
    assert sms.reachable == len((request & phone & sms_ok) - blocked)
    # channel 'none' applies the global suppression only
    assert [s.name for s in result.waterfall] == ["x1", "x2", "p_do_not_contact"]


def test_breakdowns_sum_to_the_final_size_and_match_sql(con, catalog, warehouse):
    result = dry_run(definition(), catalog, warehouse)
    final = {r[0] for r in con.execute(compile_sql(definition(), catalog, with_policies=True)).fetchall()}
    for attr, values in result.breakdowns.items():
        assert sum(n for _, n in values) == result.final_size, attr
    by_country = dict(result.breakdowns["crm.customers.country"])
    expected = dict(con.execute(f"SELECT country, count(*) FROM crm.customers WHERE customer_id IN ({','.join(map(str, final))}) "
                                "GROUP BY 1").fetchall())
    assert by_country == expected
    assert set(dict(result.breakdowns["age_band"])) <= {"18-24", "25-34", "35-49", "50-64", "65+", "unknown"}


def test_breakdowns_and_arm_balance_read_attributes_through_one_resolver(con, catalog, warehouse):
    # Entity column, a column of another customer-keyed table, an indicator: the dry run's breakdowns and the
    # members query of arm balance resolve them alike, so per value they count the same customers.
    from collections import Counter

    from assistant.dry_run.arms import members_sql
    from assistant.errors import AudienceError

    attrs = ["crm.customers.country", "ds.customer_scores.top_category", "age_band"]
    result = dry_run(definition(), catalog, warehouse, breakdowns=attrs)
    rows = warehouse.query(members_sql(definition(), catalog, result.as_of, attrs), max_rows=10**6).rows
    for i, attr in enumerate(attrs, 1):
        counted = Counter("(missing)" if r[i] is None else r[i] for r in rows)
        assert dict(result.breakdowns[attr]) == dict(counted), attr
    for attr in ("crm.customers.email", "nowhere.at_all"):  # refused the same way on both paths, before any query
        with pytest.raises(AudienceError) as by_dry_run:
            dry_run(definition(), catalog, warehouse, breakdowns=[attr])
        with pytest.raises(AudienceError) as by_arms:
            members_sql(definition(), catalog, result.as_of, [attr])
        assert by_dry_run.value.message == by_arms.value.message


def test_sample_is_masked_and_in_the_audience(con, catalog, warehouse):
    result = dry_run(definition(), catalog, warehouse, sample_size=5)
    final = {r[0] for r in con.execute(compile_sql(definition(), catalog, with_policies=True)).fetchall()}
    assert len(result.sample) == 5
    cols = result.sample_columns
    for row in result.sample:
        record = dict(zip(cols, row))
        assert record["customer_id"] in final
        real = con.execute("SELECT email, last_name FROM crm.customers WHERE customer_id = ?", [record["customer_id"]]).fetchall()[0]
        assert record["email"] != real[0] and "***@" in record["email"]
        assert record["last_name"] != real[1]
        assert record["loyalty_tier"] in ("gold", "vip")  # not personal: shown as is


def test_duckdb_dry_run_is_one_statement_and_its_sample_rows_are_the_sampled_keys(con, catalog, warehouse, monkeypatch):
    """The sample's profiles come in the same statement as the counts; in the order a separate query gave."""
    sent = []
    real = type(warehouse).run
    monkeypatch.setattr(type(warehouse), "run", lambda self, statements, *a, **k: sent.append(statements) or real(self, statements, *a, **k))
    result = dry_run(definition(), catalog, warehouse, sample_size=7)
    assert len(sent) == 1
    ids = [dict(zip(result.sample_columns, row))["customer_id"] for row in result.sample]
    assert len(ids) == 7
    assert ids == [r[0] for r in con.execute(f"SELECT customer_id FROM crm.customers WHERE customer_id IN ({', '.join(map(str, ids))}) "
                                             "ORDER BY md5(CAST(customer_id AS VARCHAR))").fetchall()]
    assert result.sample_columns == [d[0] for d in con.execute("SELECT * FROM crm.customers LIMIT 0").description]


def test_no_criteria_means_everyone_and_empty_audiences_work(catalog, warehouse):
    everyone = dry_run(definition(channel="none", criteria=(), exclusions=()), catalog, warehouse, breakdowns=[])
    assert everyone.final_size == everyone.base - everyone.waterfall[0].removed
    nobody = Criterion(label="nobody", sql="SELECT customer_id FROM crm.customers WHERE loyalty_points < 0")
    empty = dry_run(definition(criteria=(nobody,)), catalog, warehouse)
    assert empty.final_size == 0 and empty.sample == []
    assert [f.code for f in empty.flags] == ["empty"]


def test_size_guard_flags(catalog, warehouse, demo_db):
    from assistant.settings import load_settings

    settings = load_settings(size_guard_max_size=100, size_guard_max_share=0.01)
    result = dry_run(definition(channel="none", criteria=(GOLD_VIP,), exclusions=()), catalog, warehouse,
                     expected_size=10, settings=settings)
    assert {f.code for f in result.flags} == {"too_large", "large_share", "unexpected_size"}
    calm = dry_run(definition(channel="none", criteria=(GOLD_VIP,), exclusions=()), catalog, warehouse,
                   expected_size=result.final_size)
    assert calm.flags == []


def test_hostile_criterion_never_runs(catalog, warehouse):
    bad = Criterion(label="sneaky", sql="SELECT customer_id FROM crm.customers; DROP TABLE crm.customers")
    with pytest.raises(GuardError, match="criterion 2 'sneaky'"):
        dry_run(definition(criteria=(GOLD_VIP, bad)), catalog, warehouse)


def test_cli_dry_run_from_file_and_from_sql(tmp_path, demo_db):
    path = tmp_path / "def.json"
    path.write_text(definition().model_dump_json())
    proc = subprocess.run([sys.executable, "-m", "assistant", "dry-run", "--definition", str(path), "--db", str(demo_db), "--json"],
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    assert out["funnel"][0]["label"] == "gold or VIP" and out["final_size"] > 0
    text = subprocess.run([sys.executable, "-m", "assistant", "dry-run", "--sql", GOLD_VIP.sql, "--db", str(demo_db)],
                          capture_output=True, text=True)
    assert text.returncode == 0 and "Final audience" in text.stdout
    bad = subprocess.run([sys.executable, "-m", "assistant", "dry-run", "--sql", "SELECT getenv('HOME') AS customer_id",
                          "--db", str(demo_db)], capture_output=True, text=True)
    assert bad.returncode == 1 and "getenv" in bad.stderr and "Traceback" not in bad.stderr
    path.write_text("{not json")
    broken = subprocess.run([sys.executable, "-m", "assistant", "dry-run", "--definition", str(path), "--db", str(demo_db)],
                            capture_output=True, text=True)
    assert broken.returncode == 1 and "not a valid audience definition" in broken.stderr


def test_filters_of_the_customer_table_anywhere_match_plain_sets(con, catalog, warehouse):
    # Parts that filter crm.customers are read as conditions on the row; NULLs must behave as "not in the set".
    points = Criterion(label="over 100 points", sql="SELECT customer_id FROM crm.customers WHERE loyalty_points > 100")
    nullable = Criterion(label="FR women",  # gender is often NULL: the condition is NULL there
                         sql="SELECT c.customer_id FROM crm.customers AS c WHERE c.country = 'FR' AND c.gender LIKE 'f%'")
    defn = definition(channel="sms", criteria=(STORE_TWICE, points), exclusions=(nullable, OVER))
    result = dry_run(defn, catalog, warehouse, own_sizes=True)
    everyone = keys(con, "SELECT customer_id FROM crm.customers")
    c1, c2 = keys(con, STORE_TWICE.sql), keys(con, points.sql)
    assert [s.own_size for s in result.funnel] == [len(c1 & everyone), len(c2)]
    assert [s.size_after for s in result.funnel] == [len(c1 & everyone), len(c1 & c2 & everyone)]
    audience = c1 & c2 & everyone
    steps = [("out", keys(con, nullable.sql)), ("out", keys(con, OVER.sql)),
             ("out", keys(con, "SELECT customer_id FROM crm.do_not_contact")),
             ("in", keys(con, "SELECT customer_id FROM crm.customers WHERE phone IS NOT NULL")),
             ("in", keys(con, "SELECT customer_id FROM crm.consents WHERE channel = 'sms' AND opted_in")),
             ("out", keys(con, f"SELECT customer_id FROM marketing.messages WHERE sent_at >= {A} - INTERVAL 30 DAY "
                               "GROUP BY customer_id HAVING count(*) >= 5"))]
    removed = []
    for kind, step in steps:
        gone = audience & step if kind == "out" else audience - step
        removed.append(len(gone))
        audience -= gone
    assert [s.removed for s in result.waterfall] == removed and all(removed[:2])
    assert result.final_size == len(audience) > 0
    compiled = keys(con, compile_sql(defn, catalog, with_policies=True))
    assert compiled == audience


def test_own_size_counts_customers_not_rows(con, catalog, warehouse):
    # One row per message: a customer who opened ten emails is one customer.
    opened = Criterion(label="opened an email", sql=f"SELECT m.customer_id FROM marketing.messages AS m "
                                                    f"WHERE m.opened_at >= {A} - INTERVAL 90 DAY")
    rows = con.execute(opened.sql).fetchall()
    members = keys(con, opened.sql)
    assert len(rows) > len(members)
    result = dry_run(definition(criteria=(GOLD_VIP, opened)), catalog, warehouse, own_sizes=True)
    assert result.funnel[1].own_size == len(members)
    assert result.funnel[1].size_after == len(keys(con, GOLD_VIP.sql) & members)


def test_own_sizes_are_counted_only_when_asked_for(con, catalog, warehouse):
    # Counting a set alone reads all of it: a dry run that does not show own sizes does not pay for them.
    ten = [GOLD_VIP, STORE_TWICE, Criterion(label="in France", sql="SELECT customer_id FROM crm.customers WHERE country = 'FR'")]
    plain = dry_run(definition(criteria=ten), catalog, warehouse)
    full = dry_run(definition(criteria=ten), catalog, warehouse, own_sizes=True)
    assert [s.own_size for s in plain.funnel] == [len(keys(con, GOLD_VIP.sql)), None, None]
    assert [s.own_size for s in full.funnel] == [len(keys(con, c.sql)) for c in ten]
    assert plain.model_dump(exclude={"funnel", "elapsed_ms"}) == full.model_dump(exclude={"funnel", "elapsed_ms"})
    assert [s.size_after for s in plain.funnel] == [s.size_after for s in full.funnel]


@pytest.mark.parametrize("catalog_name", ["demo_retailer", "streambox"])
def test_every_golden_definition_dry_runs_to_the_figures_of_plain_sql(catalog_name, demo_db, tmp_path_factory):
    # Many shapes at once: filters of the customer table, sets, NULLs, empty audiences, each channel.
    from assistant.dry_run.run import members
    from assistant.sql.compile import compile_parts, policy_parts, request_parts
    from assistant.evals import CATALOGS, golden_warehouse, load_golden
    from assistant.translate.offline.translator import OfflineTranslator
    from assistant.translate.value_index import build
    from assistant.edges.warehouse.duckdb import DuckDBWarehouse
    from schema_catalog import load_catalog

    cat = load_catalog(CATALOGS[catalog_name])
    db = demo_db if catalog_name == "demo_retailer" else golden_warehouse(catalog_name, tmp_path_factory.mktemp("golden"))
    channels = ["none", *cat.policies.channels]
    checked = 0
    with DuckDBWarehouse(db, time_limit_ms=60_000) as wh:
        translator = OfflineTranslator(cat, build(wh, cat))

        def count(parts) -> int:
            return wh.scalar(f"SELECT count(*) FROM ({compile_parts(parts, cat)}) AS q")

        for i, p in enumerate(q for q in load_golden() if q.catalog == catalog_name and q.expect == "audience"):
            t = translator.translate(p.request, p.as_of)
            if t.status != "ok":
                continue
            defn = t.definition.model_copy(update={"channel": channels[i % len(channels)]})
            result = dry_run(defn, cat, wh, own_sizes=True)
            req = request_parts(defn, cat)
            criteria, rest = [x for x in req if x.role == "criterion"], [x for x in req if x.role == "exclusion"]
            rest += policy_parts(cat, defn.channel, result.as_of)
            for n, step in enumerate(result.funnel, 1):
                assert step.size_after == count(criteria[:n]), (p.id, step.label)
                own = wh.scalar(f"SELECT count(DISTINCT {cat.entity.key}) FROM ({criteria[n - 1].sql}) AS q")
                assert step.own_size == own, (p.id, step.label)
            for n, step in enumerate(result.waterfall, 1):
                assert step.size_after == count(criteria + rest[:n]), (p.id, step.label)
            assert result.final_size == count(criteria + rest), p.id
            # The export's members come from the same plan: exactly the plain SQL's customers, once each.
            exported = [r[0] for r in members(defn, cat, wh, as_of=result.as_of).rows]
            plain = {r[0] for r in wh.query(compile_parts(criteria + rest, cat), max_rows=10**7).rows}
            assert len(exported) == len(set(exported)) and set(exported) == plain, p.id
            for attr, values in result.breakdowns.items():
                assert sum(v for _, v in values) == result.final_size, (p.id, attr)
            checked += 1
    assert checked >= 25, checked


@pytest.mark.parametrize("channel", ["email", "none"])
def test_reachability_reads_the_consent_table_once(catalog, channel):
    # Consent for every channel is one table: one scan over the audience's keys, not one probe per channel.
    from assistant.dry_run.plan import Attributes, Plan, cap_part, reach_parts
    from assistant.sql.compile import policy_parts, request_parts

    defn = definition(channel=channel)
    pol = policy_parts(catalog, channel, defn.as_of)
    extra = reach_parts(catalog, defn.as_of) + cap_part(catalog, pol, defn.as_of)
    plan = Plan(catalog, request_parts(defn, catalog), pol, extra, Attributes(catalog, [], defn.as_of), 20)
    assert plan.sql.count("FROM crm.consents") == 1


def test_a_definition_dry_run_again_reuses_its_plan_and_asks_no_date(catalog, warehouse, monkeypatch):
    # Building the plan (compiling and guarding every part, resolving breakdowns) is a tenth of a small dry run:
    # the same definition is planned once; any change to it (a label names a step) is planned anew. A dated
    # definition never asks the warehouse for its 'today'.
    import assistant.dry_run.plan as plan

    monkeypatch.setattr(plan, "_PLANS", {})
    built, build = [], plan._build
    monkeypatch.setattr(plan, "_build", lambda *a, **k: built.append(a[0].request) or build(*a, **k))
    monkeypatch.setattr(type(warehouse), "as_of", lambda self: pytest.fail("a dated definition asked the warehouse"))
    first = dry_run(definition(), catalog, warehouse)
    again = dry_run(definition(), catalog, warehouse)
    assert len(built) == 1 and again.model_dump(exclude={"elapsed_ms"}) == first.model_dump(exclude={"elapsed_ms"})
    relabelled = definition(criteria=(GOLD_VIP.model_copy(update={"label": "the best customers"}), STORE_TWICE))
    assert dry_run(relabelled, catalog, warehouse).funnel[0].label == "the best customers" and len(built) == 2


def test_attributes_are_read_for_the_final_audience_only(con, catalog, warehouse):
    # Carried from the entity row through every funnel step, the attributes' strings cost more than the
    # breakdowns at 1M customers: they are read for the final audience, the entity's columns in one join. An
    # indicator that is an expression of the entity row (age band) is read in that join; one over other rows
    # (churn risk band, from scores) is joined as its own query. Both count what the indicator itself says.
    from collections import Counter

    from assistant.dry_run.breakdown import resolve
    from assistant.dry_run.plan import plan_for
    from schema_catalog.templates import render

    as_of = dt.date(2026, 9, 30)
    age, churn = resolve(catalog, ["age_band", "churn_risk_band"], as_of)
    assert age.join is None and churn.join is not None
    plan = plan_for(definition(), catalog, as_of, breakdowns=list(catalog.breakdowns), sample_size=20, dialect="duckdb")
    d1 = next(c for c in plan.ctes if c.startswith("d1 AS"))
    assert "country" not in d1 and "birth_date" not in d1
    result = dry_run(definition(), catalog, warehouse, breakdowns=["age_band", "churn_risk_band", "crm.customers.country"])
    final = keys(con, compile_sql(definition(), catalog, with_policies=True))
    for attr in ("age_band", "churn_risk_band"):
        value = dict(con.execute(render(catalog.indicators[attr].sql, as_of)).fetchall())
        expected = Counter("(missing)" if value.get(k) is None else str(value[k]) for k in final)
        assert dict(result.breakdowns[attr]) == dict(expected), attr
