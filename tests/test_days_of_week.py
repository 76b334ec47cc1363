"""Days of the week of a behaviour ('on Sundays', 'at the weekend', 'en semaine'): read in English and French, compiled
to the same audience as a hand-written query, worded in the request's language, edited, and checked from outside.
The engines (PostgreSQL, Spark) are checked in tests/test_engines_postgres.py and test_engines_spark.py."""
from __future__ import annotations

import pytest

from assistant import edit
from assistant.errors import TranslationError
from assistant.meaning import EventCondition, from_spec, to_spec
from assistant.translate.meaning_schema import answer_schema
from translations import A, asks, keys, same_audience

STORE = "SELECT customer_id, transaction_ts AS ts FROM pos.transactions WHERE customer_id IS NOT NULL"
ONLINE = "SELECT customer_id, order_ts AS ts FROM ecom.orders WHERE status <> 'cancelled'"
VISITS = "SELECT customer_id, started_at AS ts FROM web.sessions WHERE customer_id IS NOT NULL"
APP = "SELECT customer_id, order_ts AS ts FROM ecom.orders WHERE status <> 'cancelled' AND device = 'app'"
EVER = "ts < DATE '2026-10-01'"
LAST_3 = f"ts >= DATE '2026-06-30' AND {EVER}"
AUGUST = "ts >= DATE '2026-08-01' AND ts < DATE '2026-09-01'"
WEEKEND, WEEKDAYS = "(6, 7)", "(1, 2, 3, 4, 5)"


def gold(rows: str, days: str, when: str = EVER) -> str:
    """The customers with an event of `rows` on those ISO days (DuckDB's own isodow), in `when`."""
    return f"SELECT DISTINCT customer_id FROM ({rows}) AS r WHERE isodow(ts) IN {days} AND {when}"


# Each phrase in English and its French twin, and the audience both select.
CASES = [
    ("customers who shop on Sundays", "clients qui achètent le dimanche",
     gold(f"{STORE} UNION ALL {ONLINE}", "(7)")),
    ("customers who bought in store at the weekend in the last 3 months",
     "clients qui ont acheté en magasin le week-end ces 3 derniers mois", gold(STORE, WEEKEND, LAST_3)),
    ("customers who ordered online on a Sunday", "clients qui ont commandé en ligne un dimanche", gold(ONLINE, "(7)")),
    ("customers who bought in store on weekends", "clients qui ont acheté en magasin le weekend", gold(STORE, WEEKEND)),
    ("customers who bought in store over the weekend", "clients qui ont acheté en magasin en week-end",
     gold(STORE, WEEKEND)),
    ("customers who ordered online on weekdays", "clients qui ont commandé en ligne en semaine", gold(ONLINE, WEEKDAYS)),
    ("customers who ordered online during the week", "clients qui ont commandé en ligne du lundi au vendredi",
     gold(ONLINE, WEEKDAYS)),
    ("customers who bought in store Mon-Fri in the last 3 months",
     "clients qui ont acheté en magasin en semaine ces 3 derniers mois", gold(STORE, WEEKDAYS, LAST_3)),
    ("customers who visited the site on Saturdays", "clients qui ont visité le site les samedis", gold(VISITS, "(6)")),
    ("customers who bought in store on a Saturday or a Sunday", "clients qui ont acheté en magasin un samedi ou un dimanche",
     gold(STORE, WEEKEND)),
    ("people who ordered through the app on a weekend in August", "ceux qui ont commandé via l'appli un week-end en août",
     gold(APP, WEEKEND, AUGUST)),
    # said alone after a behaviour, the days are that behaviour's ('but never on a Sunday'): no contradiction either
    ("customers who bought in store but never on a Sunday", "clients qui ont acheté en magasin mais jamais le dimanche",
     f"{gold(STORE, '(1, 2, 3, 4, 5, 6, 7)')} EXCEPT {gold(STORE, '(7)')}"),
]


@pytest.mark.parametrize("english, french, want", CASES, ids=[c[0] for c in CASES])
def test_days_of_the_week_read_in_english_and_french(translator, warehouse, catalog, english, french, want):
    same_audience(translator, warehouse, catalog, english, want, lang="en")
    same_audience(translator, warehouse, catalog, french, want, lang="fr")


@pytest.mark.parametrize("request_, lang, label", [
    ("customers who bought in store at the weekend in the last 3 months", "en",
     "store purchase at the weekend in the last 3 months"),
    ("customers who ordered online on a Sunday", "en", "online order on Sundays"),
    ("customers who ordered online during the week", "en", "online order on weekdays"),
    ("clients qui ont acheté en magasin le week-end ces 3 derniers mois", "fr",
     "achat en magasin le week-end au cours des 3 derniers mois"),
    ("clients qui ont commandé en ligne un dimanche", "fr", "commande en ligne le dimanche"),
    ("clients qui ont commandé en ligne en semaine", "fr", "commande en ligne en semaine"),
    ("clients qui ont commandé en ligne le lundi ou le mardi", "fr", "commande en ligne le lundi ou le mardi"),
])
def test_the_explanation_says_the_days_in_the_request_language(translator, request_, lang, label):
    r = translator.translate(request_, A, lang=lang)
    criterion = r.definition.criteria[0]
    assert r.status == "ok" and criterion.label == label and label in criterion.meaning, (criterion.label, criterion.meaning)


@pytest.mark.parametrize("request_, phrase", [
    ("customers who prefer shopping at weekends", "prefer"),
    ("customers who mostly shop at the weekend", "mostly"),
    ("les clients qui préfèrent faire leurs achats le week-end", "préfèrent"),
    ("clients qui achètent surtout le week-end", "surtout"),
])
def test_a_habit_or_a_majority_of_days_is_asked_and_says_why(translator, request_, phrase):
    r = asks(translator, request_, phrase)
    question = next(q.question for q in r.clarifications if q.phrase == phrase)
    assert "week" in question and ("threshold" in question or "seuil" in question), question
    assert all(not c.spec.get("days") for c in r.definition.criteria)     # never read silently as every event


# ('le week-end dernier' is now its dates: tests/test_first_sight_41.py)
@pytest.mark.parametrize("request_", [
    "customers who bought every Sunday",                          # each one of them: a share
    "clients qui achètent tous les samedis",
])
def test_a_day_said_of_a_date_or_of_each_one_is_not_read_as_days_of_the_week(translator, request_):
    r = translator.translate(request_, A)
    assert all(not (c.spec or {}).get("days") for c in r.definition.criteria), r.definition.to_text()
    assert r.status == "clarify"          # asked, never dropped


def test_a_day_said_with_its_date_is_that_date(translator):
    """'le samedi 12 septembre': the weekday says the date again (test_said_beside.py)."""
    r = translator.translate("clients qui ont acheté le samedi 12 septembre", A)
    assert all(not (c.spec or {}).get("days") for c in r.definition.criteria), r.definition.to_text()
    assert r.status == "ok" and "2026-09-12" in r.definition.criteria[0].label, r.definition.to_text()


def test_the_week_of_a_date_is_a_period_not_the_weekdays(translator):
    """'during the week of 12 May': the ISO week that day is in (test_calendar_spans.py), its days said in a note."""
    r = translator.translate("customers who bought online during the week of 12 May", A)
    assert all(not (c.spec or {}).get("days") for c in r.definition.criteria), r.definition.to_text()
    assert r.status == "ok" and "from 2026-05-11 to 2026-05-17" in r.definition.criteria[0].label, r.definition.to_text()
    assert any("2026-05-11" in w for w in r.warnings), r.warnings


# -- the compile, the spec from outside, saved definitions, the editor ------------------------------------------------

@pytest.mark.parametrize("days", [(d,) for d in range(1, 8)] + [(6, 7), (1, 2, 3, 4, 5), (1, 7)])
def test_each_day_compiles_to_the_iso_day(warehouse, catalog, days):
    sql = from_spec({"kind": "event", "events": ["store_purchase"], "days": list(days)}, catalog).render(catalog, A).sql
    want = keys(warehouse, gold(STORE, f"({', '.join(map(str, days))})"))
    assert want and keys(warehouse, sql) == want


@pytest.mark.parametrize("days, message", [
    ([8], "event.days: a day of the week is 1 (Monday) to 7 (Sunday), not 8"),
    ([6, 0], "event.days: a day of the week is 1 (Monday) to 7 (Sunday), not 0"),
    (["saturday"], "event.days.0: Input should be a valid integer"),
    ([True], "event.days.0: Input should be a valid integer"),
])
def test_a_bad_day_from_outside_is_a_clear_error(catalog, days, message):
    """Where the bad day is and what a day is, not pydantic's summary line."""
    with pytest.raises(TranslationError) as info:
        from_spec({"kind": "event", "events": ["store_purchase"], "days": days}, catalog)
    assert str(info.value).startswith(f"the criterion's meaning is malformed: {message}"), str(info.value)


def test_the_model_schema_offers_the_days_and_the_spec_round_trips(translator, catalog):
    jsonschema = pytest.importorskip("jsonschema")
    schema = answer_schema(catalog)
    days = schema["$defs"]["event"]["properties"]["days"]
    assert days["items"] == {"type": "integer", "minimum": 1, "maximum": 7}
    validator = jsonschema.Draft202012Validator({"$defs": schema["$defs"], "$ref": "#/$defs/condition"})
    spec = translator.translate("customers who bought in store at the weekend", A).definition.criteria[0].spec
    sent = {k: v for k, v in spec.items() if v is not None and k != "labels"}     # as a model sends it
    assert spec["days"] == [6, 7] and not list(validator.iter_errors(sent))
    assert list(validator.iter_errors({**sent, "days": [8]}))
    c = from_spec({"kind": "event", "events": ["online_order"], "days": [7, 6, 6]}, catalog)
    assert c.days == (6, 7) and to_spec(c)["days"] == [6, 7] and from_spec(to_spec(c), catalog) == c


def test_a_definition_saved_before_days_existed_still_loads(catalog):
    saved = {"kind": "event", "negated": False, "events": ["store_purchase"], "dims": {}, "count": None,
             "window": {"amount": 3, "unit": "MONTH", "start": None, "end": None}, "amount": None}
    c = from_spec(saved, catalog)
    assert isinstance(c, EventCondition) and c.days == () and "isodow" not in c.render(catalog, A).sql
    assert edit.draft_of(saved, catalog, A).days == []


def test_the_editor_shows_changes_and_removes_the_days(catalog):
    spec = to_spec(from_spec({"kind": "event", "events": ["store_purchase"], "days": [6, 7],
                              "window": {"amount": 3, "unit": "MONTH"}}, catalog))
    draft = edit.draft_of(spec, catalog, A)
    assert draft.days == [6, 7] and edit.describe(spec, catalog) == "Store purchase at the weekend in the last 3 months"
    draft.days = [7]
    sunday = edit.to_spec(draft, catalog, A)
    assert sunday["days"] == [7] and edit.describe(sunday, catalog) == "Store purchase on Sundays in the last 3 months"
    draft.days = []
    assert from_spec(edit.to_spec(draft, catalog, A), catalog).days == ()

