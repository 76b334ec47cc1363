"""Years of birth: 'born in the 80s', 'nées après 1985', on a birth date the guard lets out only as an age or a year.

Audiences are checked against hand-written SQL on the demo warehouse (customers, never SQL text). The
sentences are ours, not the blind sets'.
"""
from __future__ import annotations

import datetime as dt
import json

import pytest
from translations import A, same_audience
from chat_server import ChatServer

from assistant import edit
from assistant.errors import GuardError
from assistant.meaning import from_spec
from assistant.settings import load_settings
from assistant.sql.guard import check_sql
from assistant.translate.meaning_schema import answer_schema
from assistant.translate.offline.translator import OfflineTranslator
from assistant.translate.registry import make_translator

BIRTHS = "SELECT customer_id FROM crm.customers WHERE "


def reads(translator, warehouse, catalog, request: str, gold: str, lang: str | None = None):
    r = same_audience(translator, warehouse, catalog, request, gold, lang)
    assert not r.unrecognized, r.unrecognized
    return r


@pytest.mark.parametrize("request_, lang, where", [
    ("customers born in the 90s", None, "birth_date >= DATE '1990-01-01' AND birth_date < DATE '2000-01-01'"),
    ("shoppers born in the 1970s", None, "birth_date >= DATE '1970-01-01' AND birth_date < DATE '1980-01-01'"),
    ("customers born in the eighties", None, "birth_date >= DATE '1980-01-01' AND birth_date < DATE '1990-01-01'"),
    ("customers born after 1985", None, "birth_date >= DATE '1986-01-01'"),
    ("customers born before the 60s", None, "birth_date < DATE '1960-01-01'"),
    ("customers born in 1992", None, "birth_date >= DATE '1992-01-01' AND birth_date < DATE '1993-01-01'"),
    ("customers born in 1995 or later", None, "birth_date >= DATE '1995-01-01'"),
    ("customers born between 1975 and 1979", None, "birth_date >= DATE '1975-01-01' AND birth_date < DATE '1980-01-01'"),
    ("clients nés dans les années 70", "fr", "birth_date >= DATE '1970-01-01' AND birth_date < DATE '1980-01-01'"),
    ("clientes nées après 1990", "fr", "birth_date >= DATE '1991-01-01' AND gender = 'female'"),
    ("un client né avant 1960", "fr", "birth_date < DATE '1960-01-01'"),
    ("clients nés entre 1980 et 1984", "fr", "birth_date >= DATE '1980-01-01' AND birth_date < DATE '1985-01-01'"),
])
def test_a_year_of_birth_is_read_on_the_birth_date(translator, warehouse, catalog, request_, lang, where):
    reads(translator, warehouse, catalog, request_, BIRTHS + where, lang)


def test_the_year_of_birth_is_not_the_period_of_a_behaviour(translator, warehouse, catalog):
    """'born in 1990 ... bought in 2025': each year stays with its own words (before, 'in 1990' was a period)."""
    reads(translator, warehouse, catalog, "customers born in 1990 who bought in store in 2025",
          BIRTHS + "birth_date >= DATE '1990-01-01' AND birth_date < DATE '1991-01-01' AND customer_id IN "
          "(SELECT customer_id FROM pos.transactions WHERE transaction_ts >= DATE '2025-01-01' "
          "AND transaction_ts < DATE '2026-01-01')")


def test_a_year_of_birth_reads_as_a_year_in_each_language(translator):
    en = translator.translate("customers born after 1985", A)
    fr = translator.translate("clients nés en 1990 ou après", A, lang="fr")
    assert en.definition.criteria[0].label == "born after 1985"
    assert fr.definition.criteria[0].label.startswith("nés ")


def test_the_guard_lets_a_birth_date_out_as_whole_years_only(catalog):
    assert check_sql(BIRTHS + "birth_date >= DATE '1980-01-01' AND birth_date < DATE '1990-01-01'", catalog)
    for where in ("birth_date < DATE '1980-06-15'", "birth_date = DATE '1980-01-01'", "day(birth_date) = 14"):
        with pytest.raises(GuardError):
            check_sql(BIRTHS + where, catalog)


@pytest.mark.parametrize("spec, subject, words", [
    ({"kind": "compare", "negated": False, "column": "crm.customers.birth_date", "age": True,
      "comparison": {"op": ">=", "value": 30.0, "upper": None}}, "age:crm.customers.birth_date", "Age at least 30"),
    ({"kind": "compare", "negated": False, "column": "crm.customers.birth_date", "year": True,
      "comparison": {"op": ">=", "value": 1980.0, "upper": 1989.0}}, "born:crm.customers.birth_date",
     "Born between 1980 and 1989"),
])
def test_the_editor_keeps_an_age_and_a_year_of_birth(catalog, spec, subject, words):
    """An age card opened in the editor was offered as a birth *date* window (and could not be picked again)."""
    keys_ = {s.key for s in edit.subjects(catalog)}
    assert subject in keys_ and "column:crm.customers.birth_date" not in keys_
    draft = edit.draft_of(spec, catalog, A)
    assert draft.subject == subject
    again = edit.to_spec(draft, catalog, A)
    assert edit.describe(again, catalog) == words
    assert from_spec(again, catalog).render(catalog, A).sql == from_spec(spec, catalog).render(catalog, A).sql


def test_a_model_can_answer_a_year_of_birth_and_it_compiles_to_the_offline_sql(catalog, warehouse, translator, tmp_path):
    """The model's answer schema offers `year` beside `age`; a loopback model answering it gets the offline SQL."""
    assert "year" in answer_schema(catalog)["$defs"]["compare"]["properties"]
    offline = translator.translate("customers born in the 80s", A)
    spec = offline.definition.criteria[0].spec
    reply = json.dumps({"criteria": [{"label": "born in the 80s", "phrase": "born in the 80s", "meaning": spec}],
                        "exclusions": [], "unrecognized": [], "ignored": [], "question": None})
    server = ChatServer([reply])
    try:
        settings = load_settings(home=tmp_path / "home", llm_api_key="test-key", llm_base_url=server.url)
        r = make_translator("openai", catalog, warehouse, settings).translate("customers born in the 80s", A)
    finally:
        server.close()
    assert r.status == "ok", r.message
    assert [c.sql for c in r.definition.criteria] == [c.sql for c in offline.definition.criteria]


def test_an_integer_year_of_birth_is_compared_as_it_is_and_edited_as_a_year(tmp_path):
    """TPC-DS keeps the year of birth as an integer column (role birth_year): no year() around it."""
    from assistant.evals import CATALOGS
    from schema_catalog import load_catalog

    tpcds = load_catalog(CATALOGS["tpcds"])
    r = OfflineTranslator(tpcds).translate("customers born in the 70s", dt.date(2003, 1, 2))
    assert r.status == "ok" and r.definition.criteria[0].label == "born between 1970 and 1979"
    assert "c_birth_year BETWEEN 1970 AND 1979" in r.definition.criteria[0].sql
    spec = r.definition.criteria[0].spec
    draft = edit.draft_of(spec, tpcds, dt.date(2003, 1, 2))
    assert draft.subject == "born:main.customer.c_birth_year"
    assert draft.subject in {s.key for s in edit.subjects(tpcds)}
    assert edit.to_spec(draft, tpcds, dt.date(2003, 1, 2))["year"] is True


@pytest.fixture(scope="module")
def tpcds():
    """TPC-DS's catalog names the country of birth 'nés en' / 'born in' (c_birth_country), and the year 'nés'."""
    from assistant.evals import CATALOGS
    from schema_catalog import load_catalog

    catalog = load_catalog(CATALOGS["tpcds"])
    return OfflineTranslator(catalog, {"main.customer.c_birth_country": ["FRANCE", "CANADA", "GERMANY"]})


@pytest.mark.parametrize("request_, wheres", [
    ("clients nés en 1975", ["c_birth_year = 1975"]),
    ("un client né en 1968", ["c_birth_year = 1968"]),
    ("clientes nées après 1990", ["c_birth_year > 1990", "cd_gender = 'F'"]),   # 'clientes': women
    ("clients nés entre 1970 et 1980", ["c_birth_year BETWEEN 1970 AND 1980"]),
    ("clientes nées dans les années 80", ["c_birth_year BETWEEN 1980 AND 1989", "cd_gender = 'F'"]),
    ("clients nés en France en 1975", ["c_birth_country = 'FRANCE'", "c_birth_year = 1975"]),
    ("clients né en France avant 1980", ["c_birth_country = 'FRANCE'", "c_birth_year < 1980"]),
    ("customers born in France in 1975", ["c_birth_country = 'FRANCE'", "c_birth_year = 1975"]),
    ("customers born in Canada after 1990", ["c_birth_country = 'CANADA'", "c_birth_year > 1990"]),
    ("clients nés en France", ["c_birth_country = 'FRANCE'"]),
    ("clientes nées au Canada", ["c_birth_country = 'CANADA'", "cd_gender = 'F'"]),
])
def test_a_year_after_the_birth_word_is_the_year_of_birth_and_a_place_its_country(tpcds, request_, wheres):
    """'nés en' is the catalog's phrase for the country of birth: a year after it is still the year of birth (it was
    not understood), and a year after the country too ('born in France in 1975' left '1975' unread)."""
    r = tpcds.translate(request_, dt.date(2026, 9, 30))
    assert r.status == "ok", (r.status, r.unrecognized)
    sqls = [c.sql for c in r.definition.criteria]
    assert len(sqls) == len(wheres) and all(any(w in s for s in sqls) for w in wheres), sqls
