"""What is remembered to save time never lets an unchecked query through.

The guard remembers a passing verdict per (text, catalog object, output columns); the eval replay runs a
translation's SQL once per set of parts. Neither may stand in for a check: the same text under another catalog,
a part changed after it passed, or a new translation with the parts of an earlier one are each guarded again.
"""
from __future__ import annotations

import datetime as dt

import pytest

from assistant import evals
from assistant.definition import AudienceDefinition, Criterion
from assistant.errors import GuardError
from assistant.evals import CATALOGS, Golden, _judge
from assistant.sql.compile import compile_sql
from assistant.sql.guard import check_sql
from assistant.translate.result import Translation
from schema_catalog import load_catalog

VIP = "SELECT customer_id FROM crm.customers WHERE loyalty_tier = 'vip'"


def test_a_text_that_passed_under_one_catalog_is_checked_again_under_another(catalog):
    assert check_sql(VIP, catalog).sql                          # passes, and is remembered
    with pytest.raises(GuardError, match="unknown table crm.customers"):
        check_sql(VIP, load_catalog(CATALOGS["streambox"]))     # another catalog: no such table there


def test_the_same_catalog_loaded_again_or_edited_is_checked_again(catalog):
    check_sql("SELECT customer_id FROM crm.customers WHERE email IS NOT NULL", catalog)
    edited = catalog.model_copy(deep=True)
    edited.policies.channels.clear()                            # email is no longer a channel's contact point
    with pytest.raises(GuardError, match="personal column"):
        check_sql("SELECT customer_id FROM crm.customers WHERE email IS NOT NULL", edited)


def test_a_part_changed_after_it_passed_is_refused(catalog):
    part = Criterion(label="VIP", sql=VIP)
    defn = AudienceDefinition(request="VIP customers", criteria=[part])
    compile_sql(defn, catalog)                                  # its verdict is remembered
    part.sql = "SELECT customer_id FROM crm.customers WHERE email LIKE 'nora%'"
    with pytest.raises(GuardError, match="personal column"):
        compile_sql(defn, catalog)
    part.sql = VIP + "; DROP TABLE crm.customers"
    with pytest.raises(GuardError, match="exactly one statement"):
        compile_sql(defn, catalog)


class _Says:
    """A translator whose answers are given: each request's definition."""

    def __init__(self, answers: dict[str, AudienceDefinition]):
        self.answers = answers

    def translate(self, request, as_of):
        return Translation(status="ok", definition=self.answers[request])


def test_the_eval_runs_the_same_parts_once_but_guards_every_translation(catalog, warehouse, monkeypatch):
    compiled, ran = [], []
    compile_, keys = evals.compile_sql, evals._keys
    monkeypatch.setattr(evals, "compile_sql", lambda d, c: compiled.append(d.request) or compile_(d, c))
    monkeypatch.setattr(evals, "_keys", lambda wh, sql: ran.append(sql) or keys(wh, sql))
    hostile = "SELECT customer_id FROM crm.customers WHERE email LIKE 'nora%'"
    answers = {
        "vip": AudienceDefinition(request="vip", criteria=[Criterion(label="VIP", phrase="vip", sql=VIP)]),
        "the vips": AudienceDefinition(request="the vips", criteria=[Criterion(label="the VIPs", sql=VIP)]),
        "nora": AudienceDefinition(request="nora", criteria=[Criterion(label="VIP", phrase="vip", sql=hostile)]),
    }
    golds, memo = {}, {}
    outcomes = [_judge(Golden(id=r, request=r, gold=VIP, as_of=dt.date(2026, 9, 30), catalog="demo_retailer"),
                       _Says(answers), catalog, warehouse, golds, memo) for r in answers]
    assert compiled == ["vip", "the vips", "nora"]              # every translation went through the guard
    assert [o.status for o in outcomes] == ["ok", "ok", "invalid_sql"] and "personal column" in outcomes[2].error
    assert outcomes[0].match and outcomes[1].match and outcomes[0].sql != outcomes[1].sql   # labels differ
    assert len(ran) == 2                                        # the gold, and the VIP parts once
