"""Splits and holdouts: deterministic arms, reviewed like the rest, the holdout never leaves."""
from __future__ import annotations

import csv
import json
import os
import shutil
import subprocess
import sys
import duckdb
import pytest
from audiences import approved
from webhook_server import Webhook

from assistant import pipeline
from assistant.definition import Arm, Split
from assistant.dry_run.balance import chi_square, p_value
from assistant.errors import ReviewError
from assistant.review.split import arm_of, new_split


def test_arm_shares_within_one_point_on_100k_customers():
    for salt in ("0123456789abcdef", "salt-two-for-the-test", "another-salt-000"):
        split = Split(audience_id=7, arms=[Arm(name="A", share=45), Arm(name="B", share=45)], holdout=10, salt=salt)
        counts = {"A": 0, "B": 0, "holdout": 0}
        for key in range(100_000):
            counts[arm_of(split, key)] += 1
        for name, share in (("A", 45), ("B", 45), ("holdout", 10)):
            assert abs(counts[name] / 1000 - share) < 1.0, (salt, counts)


def test_assignment_depends_on_salt_audience_and_key_only():
    split = new_split(3, [("A", 50), ("B", 50)])
    again = split.model_copy()
    assert [arm_of(split, k) for k in range(500)] == [arm_of(again, k) for k in range(500)]
    assert arm_of(split, 42) == arm_of(split, "42")  # keys compare as text, whatever type the engine returns
    other_salt = new_split(3, [("A", 50), ("B", 50)])
    other_audience = split.model_copy(update={"audience_id": 4})
    mine = [arm_of(split, k) for k in range(500)]
    assert mine != [arm_of(other_salt, k) for k in range(500)] and mine != [arm_of(other_audience, k) for k in range(500)]


@pytest.mark.parametrize("arms, holdout, message", [
    ([("A", 45), ("B", 45)], 5, "add up to 95%"),
    ([("A", 50), ("A", 50)], 0, "distinct"),
    ([("holdout", 50), ("B", 50)], 0, "distinct"),
    ([("A;drop", 100)], 0, "pattern"),
])
def test_bad_splits_are_one_clear_message(arms, holdout, message):
    with pytest.raises(ReviewError, match=message):
        new_split(1, arms, holdout)
    with pytest.raises(ReviewError, match="NAME:PERCENT"):
        pipeline.parse_arms("A=50,B:50")


def test_chi_square_p_values():
    assert p_value(3.841, 1) == pytest.approx(0.05, abs=1e-3)
    assert p_value(9.488, 4) == pytest.approx(0.05, abs=1e-3)
    assert p_value(0.0, 3) == 1.0
    assert p_value(30.0, 2) == pytest.approx(3.059e-7, rel=1e-3)
    even = [[500, 500], [300, 300], [200, 200]]
    assert chi_square(even) == (0.0, 2)
    skewed = [[600, 400], [300, 300], [100, 300]]
    stat, dof = chi_square(skewed)
    assert p_value(stat, dof) < 0.01


def test_split_is_a_new_reviewed_version_with_arm_sizes(svc):
    v = approved(svc, channel="email")
    maria, rachel = pipeline.user(svc, "maria"), pipeline.user(svc, "rachel")
    sub = pipeline.split(svc, maria, v, [("A", 45), ("B", 45)], holdout=10)
    row = pipeline.version(svc, sub.version_id)
    assert sub.version_id != v and row.status == "in_review" and row.number == 2
    assert pipeline.diff(svc, sub.version_id).changes == ["split: A 45%, B 45%, holdout 10% (never exported)"]
    assert row.definition_hash != pipeline.version(svc, v).definition_hash  # a split changes what is approved
    report = row.dry_run.arms
    assert [a.name for a in report.arms] == ["A", "B", "holdout"]
    assert sum(a.size for a in report.arms) == row.dry_run.final_size > 0
    assert [b.attribute for b in report.balance] == ["crm.customers.country", "crm.customers.loyalty_tier", "age_band"]
    assert all(sum(map(sum, b.counts)) == row.dry_run.final_size for b in report.balance)
    assert all(b.balanced == (b.p_value >= 0.01) for b in report.balance)
    fixed = row.definition.model_copy(update={"split": row.definition.split.model_copy(update={"salt": "fixed-test-salt"})})
    assert all(b.balanced for b in pipeline.dry_run(svc, fixed).arms.balance)  # hashed arms: nothing beyond chance
    with pytest.raises(ReviewError, match="four eyes"):  # whoever split it cannot approve it
        pipeline.approve(svc, pipeline.User("maria", "admin"), sub.version_id)
    pipeline.approve(svc, rachel, sub.version_id)
    # changing the shares keeps the salt: customers stay put where the shares allow it
    again = pipeline.split(svc, maria, sub.version_id, [("A", 40), ("B", 40), ("C", 20)])
    assert pipeline.version(svc, again.version_id).definition.split.salt == row.definition.split.salt


def test_holdout_is_never_exported_and_is_recorded(svc):
    v = approved(svc, "customers in Spain or Italy", channel="email")
    sub = pipeline.split(svc, pipeline.user(svc, "maria"), v, [("A", 40), ("B", 40)], holdout=20)
    pipeline.approve(svc, pipeline.user(svc, "sam"), sub.version_id)
    arms = pipeline.assignments(svc, sub.version_id)
    held = {k for k, a in arms.items() if a == "holdout"}
    assert held and len(held) < len(arms)
    svc.settings = svc.settings.model_copy(update={"webhook_batch_size": 50, "webhook_retries": 2})
    receiver = Webhook()
    try:
        result = pipeline.export(svc, pipeline.user(svc, "tom"), sub.version_id, webhook_url=receiver.url)
    finally:
        receiver.close()
    bodies = receiver.bodies
    assert len(bodies) > 1 and all(json.loads(b)["columns"] == ["customer_id", "email", "arm"] for b in bodies)
    with open(result.file) as f:
        rows = list(csv.reader(f))
    assert rows[0] == ["customer_id", "email", "arm"]
    sent = {r[0]: r[2] for r in rows[1:]}
    assert set(sent) == set(arms) - held and all(arms[k] == a for k, a in sent.items())
    assert {r[0] for b in bodies for r in json.loads(b)["rows"]} == set(sent)
    text = " ".join(bodies) + " " + open(result.file).read()
    assert not [k for k in held if f'"{k}"' in text or f"\n{k}," in text]
    assert set(pipeline.holdout(svc, result.export_id)) == held
    steps = {s.step: s for s in result.reconciliation}
    assert steps["holdout"].difference == -len(held) and steps["sendable"].size == len(sent)
    assert all(b.size == a.size + b.difference for a, b in zip(result.reconciliation[1:], result.reconciliation[2:]))
    parquet = pipeline.export(svc, pipeline.user(svc, "tom"), sub.version_id, fmt="parquet")
    keys = {str(r[0]) for r in duckdb.sql(f"SELECT customer_id FROM '{parquet.file}'").fetchall()}
    assert keys == set(sent) and not keys & held


def test_a_customer_keeps_their_arm_across_refreshes(svc, tmp_path, demo_db):
    v = approved(svc, "customers in Spain", channel="none")
    sub = pipeline.split(svc, pipeline.user(svc, "maria"), v, [("A", 50), ("B", 50)], holdout=0)
    before = pipeline.assignments(svc, sub.version_id)
    moved = tmp_path / "moved.duckdb"
    shutil.copy(demo_db, moved)
    con = duckdb.connect(str(moved))
    con.execute("UPDATE crm.customers SET country = CASE country WHEN 'ES' THEN 'IT' ELSE 'ES' END "
                "WHERE customer_id % 7 = 0 AND country IN ('ES', 'IT')")
    con.close()
    later = pipeline.open(svc.settings.model_copy(update={"db": moved}))
    try:
        after = pipeline.assignments(later, sub.version_id)
    finally:
        later.close()
    stayed = set(before) & set(after)
    assert stayed and set(before) != set(after)
    assert all(before[k] == after[k] for k in stayed)


def test_cli_split(tmp_path, demo_db):
    envvars = {**os.environ, "AUDIENCE_HOME": str(tmp_path / "home"), "AUDIENCE_DB": str(demo_db)}

    def run(*args):
        return subprocess.run([sys.executable, "-m", "assistant", *args], capture_output=True, text=True, env=envvars)

    assert run("submit", "--as", "maria", "--request", "customers in Spain", "--channel", "email").returncode == 0
    assert run("review", "approve", "1", "--as", "sam").returncode == 0
    out = run("split", "1", "--arms", "A:45,B:45", "--holdout", "10", "--as", "maria")
    assert out.returncode == 0, out.stderr
    assert "version 2 (split) submitted for review" in out.stdout and "holdout" in out.stdout and "balanced" in out.stdout
    bad = run("split", "1", "--arms", "A:45,B:45", "--as", "maria")
    assert bad.returncode == 1 and "add up to 90%" in bad.stderr and "Traceback" not in bad.stderr


# -- overlap --------------------------------------------------------------------------

def members(svc, version_id) -> set:
    sql = pipeline.compile(svc, pipeline.version(svc, version_id).definition, with_policies=True)
    return {r[0] for r in svc.warehouse.query(sql, max_rows=10**7).rows}


def drafted(svc, request, channel="none") -> int:
    return pipeline.save(svc, pipeline.user(svc, "tom"), pipeline.translate(svc, request, channel=channel).definition)


def test_overlap_counts_equal_set_arithmetic(svc):
    ids = [approved(svc, "customers in Spain or Italy", channel="email"), drafted(svc, "VIP or gold customers"),
           drafted(svc, "customers who bought online in the last 6 months", channel="sms")]
    result = pipeline.overlap(svc, ids)
    sets = [members(svc, v) for v in ids]
    assert result.sizes == [len(s) for s in sets] and all(result.sizes)
    for i in range(3):
        for j in range(3):
            assert result.pairwise[i][j] == len(sets[i] & sets[j])
    a, b, c = sets
    assert result.in_only(0, 1, 2) == len(a & b & c) > 0
    assert result.in_only(0, 1) == len((a & b) - c) and result.in_only(2) == len(c - a - b)
    assert result.union == len(a | b | c) and sum(result.regions.values()) == result.union
    assert result.share(0, 1) == pytest.approx(len(a & b) / len(a))
    two = pipeline.overlap(svc, ids[:2])
    assert two.regions == {m: n for m, n in {1: len(a - b), 2: len(b - a), 3: len(a & b)}.items() if n}


def test_overlap_needs_two_to_eight(svc):
    v = drafted(svc, "VIP customers")
    with pytest.raises(Exception, match="compares 2 to 8 audiences, got 1"):
        pipeline.overlap(svc, [v])


def test_cli_overlap(tmp_path, demo_db):
    envvars = {**os.environ, "AUDIENCE_HOME": str(tmp_path / "home"), "AUDIENCE_DB": str(demo_db)}

    def run(*args):
        return subprocess.run([sys.executable, "-m", "assistant", *args], capture_output=True, text=True, env=envvars)

    for request in ("customers in Spain", "VIP customers"):
        assert run("submit", "--as", "maria", "--request", request).returncode == 0
    out = run("overlap", "1", "2")
    assert out.returncode == 0 and "2 audiences" in out.stdout and "only v1 customers in Spain & v2 VIP customers" in out.stdout, out
    assert "Traceback" not in run("overlap", "1", "99").stderr


# -- audiences inside audiences -----------------------------------------------------------

def test_vip_customers_not_in_the_spring_campaign(svc):
    spring = approved(svc, "customers in Spain", channel="email")
    spring_audience = pipeline.version(svc, spring).audience_id
    vip = pipeline.translate(svc, "VIP customers", channel="email").definition
    defn = pipeline.with_audience(svc, vip, spring_audience, exclude=True)
    assert "except members of audience 'customers in Spain' (latest approved, version 1)" in defn.to_text()
    run = pipeline.dry_run(svc, defn)
    vip_keys = members_of(svc, vip, policies=False)
    spain = members_of(svc, pipeline.version(svc, spring).definition, policies=False)
    assert run.request_size == len(vip_keys - spain) > 0 and len(vip_keys & spain) > 0
    assert [s.label for s in run.waterfall][0].startswith("members of audience 'customers in Spain'")
    inside = pipeline.dry_run(svc, pipeline.with_audience(svc, vip, spring_audience))
    assert inside.request_size == len(vip_keys & spain)


def members_of(svc, definition, policies=True) -> set:
    return {r[0] for r in svc.warehouse.query(pipeline.compile(svc, definition, with_policies=policies), max_rows=10**7).rows}


def test_a_referenced_audience_rejected_blocks_the_export(svc):
    maria, tom, rachel, sam = (pipeline.user(svc, n) for n in ("maria", "tom", "rachel", "sam"))
    spring = pipeline.submit(svc, maria, pipeline.translate(svc, "customers in Spain").definition).version_id
    spring_audience = pipeline.version(svc, spring).audience_id
    defn = pipeline.with_audience(svc, pipeline.translate(svc, "VIP customers").definition, spring_audience, number=1)
    reader = pipeline.submit(svc, tom, defn).version_id
    pipeline.approve(svc, rachel, reader)  # reviewed side by side with the audience it reads
    with pytest.raises(ReviewError, match="version 1 is in_review, not approved yet"):
        pipeline.export(svc, tom, reader)
    pipeline.reject(svc, sam, spring, "wrong country")
    with pytest.raises(ReviewError, match="'customers in Spain' version 1 was rejected"):
        pipeline.export(svc, tom, reader)
    assert [(v.id, p) for v, p in pipeline.needing_review(svc)] == [
        (reader, ["the referenced audience 'customers in Spain' version 1 was rejected"])]
    with pytest.raises(ReviewError, match="rejected: it cannot be referenced"):
        pipeline.with_audience(svc, defn, spring_audience, number=1)


def test_a_newer_approved_version_flags_the_readers_for_re_review(svc):
    maria, tom, rachel = (pipeline.user(svc, n) for n in ("maria", "tom", "rachel"))
    spring = approved(svc, "customers in Spain", channel="email")
    audience = pipeline.version(svc, spring).audience_id
    reader = pipeline.submit(svc, tom, pipeline.with_audience(svc, pipeline.translate(svc, "gold customers").definition,
                                                               audience, exclude=True)).version_id
    pipeline.approve(svc, rachel, reader)
    assert pipeline.export(svc, tom, reader).rows > 0
    wider = pipeline.submit(svc, maria, pipeline.translate(svc, "customers in Spain or Italy").definition,
                            audience_id=audience).version_id
    pipeline.approve(svc, rachel, wider)
    assert pipeline.reference_problems(svc, reader) == [
        "the referenced audience 'customers in Spain' has a newer approved version (2, this one reads 1)"]
    with pytest.raises(ReviewError, match="newer approved version"):
        pipeline.export(svc, tom, reader)
    again = pipeline.update_references(svc, tom, reader)
    row = pipeline.version(svc, again)
    assert row.status == "draft" and row.definition.exclusions[0].audience_ref.number == 2
    assert pipeline.reference_problems(svc, again) == []
    assert row.definition_hash != pipeline.version(svc, reader).definition_hash


def test_cli_audience_inside_audience(tmp_path, demo_db):
    envvars = {**os.environ, "AUDIENCE_HOME": str(tmp_path / "home"), "AUDIENCE_DB": str(demo_db)}

    def run(*args):
        return subprocess.run([sys.executable, "-m", "assistant", *args], capture_output=True, text=True, env=envvars)

    assert run("submit", "--as", "maria", "--request", "customers in Spain", "--name", "spring campaign").returncode == 0
    assert run("review", "approve", "1", "--as", "sam").returncode == 0
    out = run("submit", "--as", "tom", "--request", "VIP customers", "--not-in-audience", "1")
    assert out.returncode == 0 and "(version id 2," in out.stdout, out.stderr
    shown = run("review", "show", "2").stdout
    assert "except members of audience 'spring campaign' (latest approved, version 1)" in shown
    bad = run("submit", "--as", "tom", "--request", "VIP customers", "--in-audience", "7")
    assert bad.returncode == 1 and "audience 7 has no approved version" in bad.stderr
