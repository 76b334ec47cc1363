"""The app's views of experiments and segments over time: overlap, size history, arms and balance, customer view."""
from __future__ import annotations

import datetime as dt

from assistant import pipeline
from assistant.settings import load_settings
from test_app import app_env, page, texts  # noqa: F401 - the fixture and helpers of the app tests

A = dt.date(2026, 9, 30)


def prepared(*requests, approve=True) -> list[int]:
    """Versions submitted by maria (and approved by rachel) through the pipeline the app uses."""
    with pipeline.open(load_settings()) as svc:
        ids = []
        for request in requests:
            sub = pipeline.submit(svc, pipeline.user(svc, "maria"), pipeline.translate(svc, request).definition)
            if approve:
                pipeline.approve(svc, pipeline.user(svc, "rachel"), sub.version_id, typed_size=sub.dry_run.final_size)
            ids.append(sub.version_id)
        return ids


def test_overlap_view(app_env):
    ids = prepared("customers in Spain or Italy", "VIP or gold customers", approve=False)
    with pipeline.open(load_settings()) as svc:
        expected = pipeline.overlap(svc, ids)
    at = page("overlap", "tom")
    at.multiselect(key="overlap_versions").set_value(ids).run()
    at.button(key="overlap_run").click().run()
    assert not at.exception, at.exception
    union = [m for m in at.metric if m.label == "Customers in at least one"][0]
    assert int(union.value.replace(",", "")) == expected.union > 0
    assert "Venn counts" in texts(at) and len(at.dataframe) == 2


def test_size_history_and_latest_movement(app_env):
    [v] = prepared("customers in Spain")
    with pipeline.open(load_settings()) as svc:
        audience = pipeline.version(svc, v).audience_id
        tom = pipeline.user(svc, "tom")
        first = pipeline.refresh(svc, tom, audience, as_of=A - dt.timedelta(days=30))
        pipeline.refresh(svc, tom, audience, as_of=A)
    at = page("audiences", "tom")
    entered = [m for m in at.metric if m.label == "Entered at the latest refresh"][0]
    members = [m for m in at.metric if m.label == "Members at the latest refresh"][0]
    assert entered.value == "0" and int(members.value.replace(",", "")) == first.size
    assert "Size history" in texts(at)
    assert f"Where the {first.size:,} members of {A - dt.timedelta(days=30)} are on {A}" in texts(at)


def test_journey_stages_view(app_env):
    at = page("journey", "tom")
    assert at.selectbox(key="journey_indicator").value == "lifecycle_stage"
    assert "customers changed stage" in texts(at) and not at.exception
    at.date_input(key="journey_since").set_value(A + dt.timedelta(days=1)).run()
    assert "is not before" in texts(at)


def test_arm_sizes_and_balance_in_review(app_env):
    [v] = prepared("customers in Spain or Italy")
    with pipeline.open(load_settings()) as svc:
        sub = pipeline.split(svc, pipeline.user(svc, "maria"), v, [("A", 45), ("B", 45)], holdout=10)
    at = page("review", "rachel")
    at.selectbox(key="review_version").set_value(sub.version_id).run()
    assert "Arm sizes" in texts(at) and "holdout" in texts(at)
    # The salt is random, so about one split in a hundred differs on country by chance (ALPHA = 0.01): the page
    # must show the verdict the dry run computed, whichever it is.
    [country] = [b for b in sub.dry_run.arms.balance if b.attribute == "crm.customers.country"]
    verdict = "balanced" if country.balanced else "UNBALANCED"
    assert f"Arms by crm.customers.country: {verdict}" in [e.label for e in at.expander]
    shown = at.success if country.balanced else at.warning
    phrase = "balanced on" if country.balanced else "the arms differ on"
    assert any(f"{phrase} crm.customers.country" in str(s.value) for s in shown)


def test_customer_view_for_reviewers_only(app_env):
    [v] = prepared("customers in Spain")
    with pipeline.open(load_settings()) as svc:
        audience = pipeline.version(svc, v).audience_id
        pipeline.refresh(svc, pipeline.user(svc, "tom"), audience, as_of=A)
        key = sorted(svc.store.members_at(audience, A.isoformat()))[0]
    marketer = page("customer", "maria")
    assert "sign in (sidebar) as a reviewer or an admin" in texts(marketer)
    at = page("customer", "rachel")
    at.text_input(key="customer_search").set_value(key).run()
    assert not at.exception, at.exception
    rows = at.dataframe[0].value
    assert list(rows["audience"]) == ["customers in Spain"] and list(rows["until"]) == ["now"]
    assert "@" not in " ".join(str(o) for o in at.selectbox(key="customer_pick").options).replace("***@", "")
