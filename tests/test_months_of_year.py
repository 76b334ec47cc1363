"""Months of any year of a behaviour ('in December of any year', 'every summer', 'chaque année en décembre'): read in
English and French, compiled to the same audience as a hand-written query, worded in the request's language, edited,
and checked from outside; 'in December' alone stays one period. The engines (PostgreSQL, Spark) run the compiled SQL
in tests/test_engines_postgres.py and test_engines_spark.py; here the SQL each is sent is checked too."""
from __future__ import annotations

import pytest

from assistant import edit
from assistant.definition import AudienceDefinition, Criterion
from assistant.errors import TranslationError
from assistant.meaning import EventCondition, from_spec, to_spec
from assistant.sql.dialects import transpile
from assistant.translate.meaning_schema import answer_schema
from translations import A, keys, same_audience

STORE = "SELECT customer_id, transaction_ts AS ts FROM pos.transactions WHERE customer_id IS NOT NULL"
ONLINE = "SELECT customer_id, order_ts AS ts FROM ecom.orders WHERE status <> 'cancelled'"
VISITS = "SELECT customer_id, started_at AS ts FROM web.sessions WHERE customer_id IS NOT NULL"
EVER = "ts < DATE '2026-10-01'"
LAST_3_YEARS = f"ts >= DATE '2023-09-30' AND {EVER}"


def gold(rows: str, months: str, when: str = EVER) -> str:
    """The customers with an event of `rows` in those months of any year (DuckDB's own month()), in `when`."""
    return f"SELECT DISTINCT customer_id FROM ({rows}) AS r WHERE month(ts) IN {months} AND {when}"


BOTH = f"{STORE} UNION ALL {ONLINE}"
# Each phrase in English and its French twin, and the audience both select.
CASES = [
    ("customers who bought in December of any year", "clients qui ont acheté en décembre, peu importe l'année",
     gold(BOTH, "(12)")),
    ("customers who shop every December", "clients qui achètent tous les mois de décembre", gold(BOTH, "(12)")),
    ("customers who bought in December (any year)", "ceux qui ont acheté en décembre (peu importe l'année)",
     gold(BOTH, "(12)")),
    ("customers who bought in store every year in December", "clients qui ont acheté en magasin chaque année en décembre",
     gold(STORE, "(12)")),
    ("customers who bought in store in December every year", "clients qui ont acheté en magasin en décembre tous les ans",
     gold(STORE, "(12)")),
    ("customers who bought in store every summer", "clients qui ont acheté en magasin chaque été",
     gold(STORE, "(6, 7, 8)")),
    ("customers who ordered online in the summer months of any year",
     "clients qui ont commandé en ligne pendant les mois d'été, toutes années confondues", gold(ONLINE, "(6, 7, 8)")),
    ("customers who ordered online in summer months in past years",
     "clients qui ont commandé en ligne pendant les mois d'été les années précédentes", gold(ONLINE, "(6, 7, 8)")),
    ("customers who visited the site in winter, whatever the year",
     "clients qui ont visité le site en hiver, quelle que soit l'année", gold(VISITS, "(12, 1, 2)")),
    ("customers who ordered online in November or December of any year in the last 3 years",
     "clients qui ont commandé en ligne en novembre ou décembre de chaque année au cours des 3 dernières années",
     gold(ONLINE, "(11, 12)", LAST_3_YEARS)),
    # said alone after a behaviour, the months are that behaviour's ('but never in December'): no contradiction either
    ("customers who bought in store but never in December of any year",
     "clients qui ont acheté en magasin mais jamais en décembre, toutes années confondues",
     f"SELECT DISTINCT customer_id FROM ({STORE}) AS r WHERE {EVER} EXCEPT {gold(STORE, '(12)')}"),
]


@pytest.mark.parametrize("english, french, want", CASES, ids=[c[0] for c in CASES])
def test_months_of_any_year_read_in_english_and_french(translator, warehouse, catalog, english, french, want):
    same_audience(translator, warehouse, catalog, english, want, lang="en")
    same_audience(translator, warehouse, catalog, french, want, lang="fr")


@pytest.mark.parametrize("request_, start, end", [
    ("customers who bought in December", "2025-12-01", "2026-01-01"),               # the latest December
    ("clients qui ont acheté en décembre", "2025-12-01", "2026-01-01"),
    ("customers who bought in December 2024", "2024-12-01", "2025-01-01"),
    ("clients qui ont acheté en décembre 2024", "2024-12-01", "2025-01-01"),
    ("customers who bought in summer", "2026-06-01", "2026-09-01"),                  # the latest summer begun
    ("clients qui ont acheté cet été", "2026-06-01", "2026-09-01"),
])
def test_a_month_said_alone_or_with_its_year_stays_one_period(translator, warehouse, catalog, request_, start, end):
    r = same_audience(translator, warehouse, catalog, request_,
                      f"SELECT DISTINCT customer_id FROM ({BOTH}) AS r WHERE ts >= DATE '{start}' AND ts < DATE '{end}'")
    assert all(not c.spec.get("months") for c in r.definition.criteria)


@pytest.mark.parametrize("request_", [
    "customers who bought every year since 2023",                 # every year with no month: no months
    "clients qui ont acheté chaque année depuis 2023",
])
def test_every_year_without_a_month_is_no_month(translator, request_):
    r = translator.translate(request_, A)
    assert all(not (c.spec or {}).get("months") for c in r.definition.criteria), r.definition.to_text()


@pytest.mark.parametrize("request_, lang, label", [
    ("customers who bought in store every summer", "en", "store purchase in summer of any year"),
    ("customers who ordered online in November or December of any year", "en",
     "online order in November or December of any year"),
    ("clients qui ont acheté en magasin chaque été", "fr", "achat en magasin en été, toutes années confondues"),
    ("clients qui ont commandé en ligne en décembre chaque année", "fr",
     "commande en ligne en décembre, toutes années confondues"),
    ("clients qui ont acheté en magasin tous les printemps", "fr",
     "achat en magasin au printemps, toutes années confondues"),
])
def test_the_explanation_says_the_months_in_the_request_language(translator, request_, lang, label):
    r = translator.translate(request_, A, lang=lang)
    criterion = r.definition.criteria[0]
    assert r.status == "ok" and criterion.label == label and label in criterion.meaning, (criterion.label, criterion.meaning)


# -- the compile on each engine, the spec from outside, saved definitions, the editor ---------------------------------

@pytest.mark.parametrize("months", [(m,) for m in range(1, 13)] + [(12, 1, 2), (11, 12)])
def test_each_month_compiles_to_its_calendar_month(warehouse, catalog, months):
    sql = from_spec({"kind": "event", "events": ["store_purchase"], "months": list(months)}, catalog).render(catalog, A).sql
    want = keys(warehouse, gold(STORE, f"({', '.join(map(str, months))})"))
    assert want and keys(warehouse, sql) == want


@pytest.mark.parametrize("dialect, month", [("postgres", "EXTRACT(MONTH FROM e.transaction_ts)"),
                                            ("spark", "MONTH(e.transaction_ts)")])
def test_each_engine_is_sent_its_own_month_function(catalog, dialect, month):
    """What PostgreSQL and Spark are sent names the month their own way (run there in tests/test_engines_*.py)."""
    sql = from_spec({"kind": "event", "events": ["store_purchase"], "months": [12, 1]}, catalog).render(catalog, A).sql
    assert f"{month} IN (1, 12)" in " ".join(transpile(sql, dialect).split())


@pytest.mark.parametrize("months, message", [
    ([13], "event.months: a month of the year is 1 (January) to 12 (December), not 13"),
    ([12, 0], "event.months: a month of the year is 1 (January) to 12 (December), not 0"),
    (["december"], "event.months.0: Input should be a valid integer"),
    ([True], "event.months.0: Input should be a valid integer"),
])
def test_a_bad_month_from_outside_is_a_clear_error(catalog, months, message):
    with pytest.raises(TranslationError) as info:
        from_spec({"kind": "event", "events": ["store_purchase"], "months": months}, catalog)
    assert str(info.value).startswith(f"the criterion's meaning is malformed: {message}"), str(info.value)


def test_the_model_schema_offers_the_months_and_the_spec_round_trips(translator, catalog):
    jsonschema = pytest.importorskip("jsonschema")
    schema = answer_schema(catalog)
    months = schema["$defs"]["event"]["properties"]["months"]
    assert months["items"] == {"type": "integer", "minimum": 1, "maximum": 12}
    validator = jsonschema.Draft202012Validator({"$defs": schema["$defs"], "$ref": "#/$defs/condition"})
    spec = translator.translate("customers who bought in store every summer", A).definition.criteria[0].spec
    sent = {k: v for k, v in spec.items() if v is not None and k != "labels"}     # as a model sends it
    assert spec["months"] == [6, 7, 8] and not list(validator.iter_errors(sent))
    assert list(validator.iter_errors({**sent, "months": [13]}))
    c = from_spec({"kind": "event", "events": ["online_order"], "months": [12, 1, 1]}, catalog)
    assert c.months == (1, 12) and to_spec(c)["months"] == [1, 12] and from_spec(to_spec(c), catalog) == c


def test_a_definition_saved_before_months_existed_keeps_its_sql_and_its_hash(catalog):
    saved = {"kind": "event", "negated": False, "events": ["store_purchase"], "dims": {}, "count": None, "days": [6, 7],
             "window": {"amount": 3, "unit": "MONTH", "start": None, "end": None}, "amount": None}
    c = from_spec(saved, catalog)
    assert isinstance(c, EventCondition) and c.months == ()
    sql = c.render(catalog, A).sql
    assert "month(" not in sql.lower()
    draft = edit.draft_of(saved, catalog, A)
    assert draft.year_months == []
    again = from_spec(edit.to_spec(draft, catalog, A), catalog).render(catalog, A).sql

    def saved_as(sql_: str) -> AudienceDefinition:
        return AudienceDefinition(request="r", as_of=A, criteria=[Criterion(label="x", sql=sql_)])
    assert saved_as(again).content_hash() == saved_as(sql).content_hash()


def test_the_editor_shows_changes_and_removes_the_months(catalog):
    spec = to_spec(from_spec({"kind": "event", "events": ["store_purchase"], "months": [6, 7, 8],
                              "window": {"amount": 3, "unit": "MONTH"}}, catalog))
    draft = edit.draft_of(spec, catalog, A)
    assert draft.year_months == [6, 7, 8]
    assert edit.describe(spec, catalog) == "Store purchase in summer of any year in the last 3 months"
    draft.year_months = [12]
    december = edit.to_spec(draft, catalog, A)
    assert december["months"] == [12]
    assert edit.describe(december, catalog) == "Store purchase in December of any year in the last 3 months"
    draft.year_months = []
    assert from_spec(edit.to_spec(draft, catalog, A), catalog).months == ()


@pytest.mark.parametrize("request_, phrase, readings", [
    ("customers who usually shop in December", "in December", ["in December of any year", "in December 2025"]),
    ("customers who typically buy in store during the summer", "during the summer",
     ["during the summer of any year", "in summer 2026"]),
    ("clients qui achètent habituellement en décembre", "en décembre",
     ["en décembre, toutes années confondues", "en décembre 2025"]),
])
def test_a_habit_said_of_a_month_asks_one_period_or_any_year(translator, request_, phrase, readings):
    """'usually' says neither the latest December nor December of any year: asked, naming the phrase, each reading
    the request rewritten so that it reads as picked."""
    r = translator.translate(request_, A)
    q = next(q for q in r.clarifications if q.phrase == phrase)
    assert r.status == "clarify" and q.options == readings and str(2025 if "cembre" in phrase or "December" in phrase
                                                                     else 2026) in q.question, q
    assert not r.unrecognized                               # the habit word is part of the question, not unknown
    any_year, latest = (translator.translate(rewritten, A) for rewritten in q.rewrites)
    assert any_year.status == "ok" and any_year.definition.criteria[0].spec["months"]
    assert latest.status == "ok" and not latest.definition.criteria[0].spec.get("months")


@pytest.mark.parametrize("request_, lang", [
    ("customers born in October of any year who bought in December of any year", "en"),
    ("clients nés en octobre, peu importe l'année, qui ont acheté en décembre de chaque année", "fr"),
])
def test_a_birth_month_of_any_year_stays_the_birth_dates(translator, warehouse, catalog, request_, lang):
    """'of any year' said of a birth month says what a birth month is; the behaviour's months are its own."""
    same_audience(translator, warehouse, catalog, request_,
                  f"SELECT customer_id FROM crm.customers WHERE month(birth_date) = 10 INTERSECT {gold(BOTH, '(12)')}",
                  lang=lang)


@pytest.mark.parametrize("english, french", [
    ("customers who bought in December in 2024 or 2025", "clients qui ont acheté en décembre 2024 ou 2025"),
    ("customers who bought in December 2024 or December 2025", "clients qui ont acheté en décembre 2024 ou décembre 2025"),
])
def test_a_month_of_years_one_after_the_other_is_those_months_of_those_years(translator, warehouse, catalog,
                                                                               english, french):
    want = gold(BOTH, "(12)", "ts >= DATE '2024-01-01' AND ts < DATE '2026-01-01'")
    for request_, lang in ((english, "en"), (french, "fr")):
        same_audience(translator, warehouse, catalog, request_, want, lang=lang)


def test_a_month_of_two_years_apart_is_still_asked(translator):
    r = translator.translate("customers who bought in December 2023 or 2025", A)
    assert r.status == "clarify" and all(not c.spec.get("months") for c in r.definition.criteria)
