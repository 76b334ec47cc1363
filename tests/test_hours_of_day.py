"""Hours of the day of a behaviour ('between 11pm and 2am', 'after 10pm', 'entre 23 h et 2 h du matin', 'le soir après
20 h'): read in English and French, compiled to the same audience as a hand-written query on the demo warehouse
(across midnight), worded in the request's language, edited, and checked from outside; a time with minutes, a time
said alone and a duration in hours are never read as hours of the day."""
from __future__ import annotations

from pathlib import Path

import pytest

import schema_catalog

from assistant import edit
from assistant import hours as day_hours
from assistant.definition import AudienceDefinition, Criterion
from assistant.errors import TranslationError
from assistant.meaning import EventCondition, from_spec, has_hours, to_spec
from assistant.sql.dialects import transpile
from assistant.translate.meaning_schema import answer_schema
from schema_catalog import load_catalog
from translations import A, keys, same_audience

STORE = "SELECT customer_id, transaction_ts AS ts FROM pos.transactions WHERE customer_id IS NOT NULL"
ONLINE = "SELECT customer_id, order_ts AS ts FROM ecom.orders WHERE status <> 'cancelled'"
APP = "SELECT customer_id, order_ts AS ts FROM ecom.orders WHERE status <> 'cancelled' AND device = 'app'"
EVER = "ts < DATE '2026-10-01'"
YEAR = f"ts >= DATE '2026-09-30' - INTERVAL 12 MONTH AND {EVER}"


def gold(rows: str, hours: str, when: str = EVER, at_least: int = 1) -> str:
    """The customers with at least `at_least` events of `rows` in those hours (DuckDB's own hour()), in `when`."""
    return f"SELECT customer_id FROM ({rows}) AS r WHERE hour(ts) IN {hours} AND {when} " \
           f"GROUP BY customer_id HAVING count(*) >= {at_least}"


CASES = [
    ("customers who placed at least two app orders between 11pm and 2am over the past year",
     "clients qui ont passé au moins deux commandes sur l'appli entre 23 h et 2 h du matin sur les 12 derniers mois",
     gold(APP, "(23, 0, 1)", YEAR, 2)),
    ("customers who ordered online after 10pm", "clients qui ont commandé en ligne après 22 h", gold(ONLINE, "(22, 23)")),
    ("customers who ordered online in the evening after 8pm", "clients qui ont commandé en ligne le soir après 20 h",
     gold(ONLINE, "(20, 21, 22, 23)")),
    ("customers who ordered online between midnight and 6am", "clients qui ont commandé en ligne entre minuit et 6 h du matin",
     gold(ONLINE, "(0, 1, 2, 3, 4, 5)")),
    ("customers who bought in store between 12pm and 2pm", "clients qui ont acheté en magasin entre 12h et 14h",
     gold(STORE, "(12, 13)")),
    ("customers who bought in store from 8pm to 10pm", "clients qui ont acheté en magasin de 20 h à 22 h",
     gold(STORE, "(20, 21)")),
    ("customers who bought in store before 10am", "clients qui ont acheté en magasin avant 10 h", gold(STORE, "(0, 1, 2, 3, 4, 5, 6, 7, 8, 9)")),
    ("customers who ordered online between 8 in the evening and 11 at night",
     "clients qui ont commandé en ligne entre 8 h du soir et 11 h du soir", gold(ONLINE, "(20, 21, 22)")),
    ("customers who ordered online between 8pm and midnight", "clients qui ont commandé en ligne entre 20 heures et minuit",
     gold(ONLINE, "(20, 21, 22, 23)")),
    # a part of the day said as a word, its hours in brackets: the hours are read, the word with them
    ("customers who ordered online in the evening (from 6pm on)", "clients qui ont commandé en ligne le soir (à partir de 18 h)",
     gold(ONLINE, "(18, 19, 20, 21, 22, 23)")),
    ("customers who ordered in the app at dinner time (between 5pm and 7pm) at least twice over the past year",
     "clients qui ont commandé sur l'appli à l'heure du souper (entre 17 h pis 19 h) au moins 2 fois sur les 12 derniers mois",
     gold(APP, "(17, 18)", YEAR, 2)),
    # the morning starts at midnight ('2 h du matin'): a bound said with it is read from midnight
    ("customers who ordered online before 9am in the morning", "clients qui ont commandé en ligne avant 9 h le matin",
     gold(ONLINE, "(0, 1, 2, 3, 4, 5, 6, 7, 8)")),
]


@pytest.mark.parametrize("english, french, want", CASES, ids=[c[0] for c in CASES])
def test_hours_of_the_day_read_in_english_and_french(translator, warehouse, catalog, english, french, want):
    for request_, lang in ((english, "en"), (french, "fr")):
        r = same_audience(translator, warehouse, catalog, request_, want, lang=lang)
        assert not r.unrecognized and len(r.definition.criteria) == 1, r.definition.to_text()


@pytest.mark.parametrize("request_, phrase", [
    ("customers who bought in store at 8pm", "8pm"),                       # a time alone: no hours said
    ("customers who ordered online after 10:30pm", "10:30pm"),             # minutes: finer than an hour
    ("clients qui ont commandé en ligne après 22h30", "22h30"),
])
def test_a_time_said_alone_or_with_minutes_is_never_read_as_hours(translator, request_, phrase):
    r = translator.translate(request_, A)
    assert all(not (c.spec or {}).get("hours") for c in r.definition.criteria), r.definition.to_text()
    assert r.status != "ok" or r.unrecognized, r.definition.to_text()


@pytest.mark.parametrize("request_, lang", [
    ("customers who ordered online in the morning (after 6pm)", "en"),
    ("clients qui ont commandé en ligne le matin (après 18 h)", "fr"),
    ("customers who ordered online in the evening before 8pm", "en"),      # the evening's, or the whole day's?
])
def test_hours_outside_the_part_of_the_day_said_are_asked(translator, request_, lang):
    """The part of the day is asked about, never read as the hours beside it nor left out."""
    r = translator.translate(request_, A, lang=lang)
    assert r.status == "clarify", r.definition.to_text()


@pytest.mark.parametrize("request_", [
    "customers who added to cart in the last 48 hours",          # a duration, read as whole days
    "clients qui ont ajouté au panier ces dernières 48 heures",
    "customers who ordered online within 24h of opening an email",
    "customers who ordered up to 2h after the click",             # 'up to' a time, then 'after': a length of time
    "clients qui ont commandé jusqu'à 2 h après le clic",
])
def test_a_duration_in_hours_is_no_hour_of_the_day(translator, request_):
    r = translator.translate(request_, A)
    assert all(not (c.spec or {}).get("hours") for c in r.definition.criteria), r.definition.to_text()


@pytest.mark.parametrize("request_, lang, label", [
    ("customers who ordered online between 11pm and 2am", "en", "online order between 11pm and 2am"),
    ("customers who ordered online after 10pm", "en", "online order after 10pm"),
    ("customers who ordered online between midnight and 6am", "en", "online order before 6am"),
    ("clients qui ont commandé en ligne entre 23 h et 2 h du matin", "fr", "commande en ligne entre 23 h et 2 h"),
    ("clients qui ont commandé en ligne entre 12h et 14h", "fr", "commande en ligne entre midi et 14 h"),
])
def test_the_explanation_says_the_hours_in_the_request_language(translator, request_, lang, label):
    r = translator.translate(request_, A, lang=lang)
    criterion = r.definition.criteria[0]
    assert r.status == "ok" and criterion.label == label and label in criterion.meaning, (criterion.label, criterion.meaning)


@pytest.mark.parametrize("start, end, hours", [(23, 2, (0, 1, 23)), (22, 0, (22, 23)), (0, 6, (0, 1, 2, 3, 4, 5)),
                                               (12, 14, (12, 13)), (5, 5, ())])
def test_a_span_of_hours_runs_across_midnight_and_stops_before_its_end(start, end, hours):
    assert day_hours.span(start, end) == hours


@pytest.mark.parametrize("event, rows, hours", [("store_purchase", STORE, (h,)) for h in (10, 12, 18)]
                         + [("store_purchase", STORE, (12, 13)), ("online_order", ONLINE, (0,)),
                            ("online_order", ONLINE, (23, 0, 1))])
def test_each_hour_compiles_to_its_hour_of_the_day(warehouse, catalog, event, rows, hours):
    sql = from_spec({"kind": "event", "events": [event], "hours": list(hours)}, catalog).render(catalog, A).sql
    want = keys(warehouse, gold(rows, f"({', '.join(map(str, hours))})"))
    assert want and keys(warehouse, sql) == want


@pytest.mark.parametrize("dialect", ["postgres", "spark"])
def test_each_engine_is_sent_extract_hour(catalog, dialect):
    sql = from_spec({"kind": "event", "events": ["store_purchase"], "hours": [23, 0]}, catalog).render(catalog, A).sql
    assert "EXTRACT(HOUR FROM e.transaction_ts) IN (0, 23)" in " ".join(transpile(sql, dialect).split())


@pytest.mark.parametrize("hours, message", [
    ([24], "event.hours: an hour of the day is 0 (from midnight) to 23 (from 11pm), not 24"),
    ([-1], "event.hours: an hour of the day is 0 (from midnight) to 23 (from 11pm), not -1"),
    (["11pm"], "event.hours.0: Input should be a valid integer"),
])
def test_a_bad_hour_from_outside_is_a_clear_error(catalog, hours, message):
    with pytest.raises(TranslationError) as info:
        from_spec({"kind": "event", "events": ["store_purchase"], "hours": hours}, catalog)
    assert str(info.value).startswith(f"the criterion's meaning is malformed: {message}"), str(info.value)


def test_an_event_dated_by_the_day_only_refuses_hours():
    """A date has no hour of the day (TPC-DS dates its sales by a date dimension): the hours are refused, never
    compiled to hour 0."""
    tpcds = load_catalog(Path(schema_catalog.__file__).parent / "catalogs" / "tpcds.yaml")
    dated = [e for e in tpcds.events if not has_hours(tpcds, e)]
    assert dated
    with pytest.raises(TranslationError, match="no hour of the day"):
        from_spec({"kind": "event", "events": [dated[0]], "hours": [22]}, tpcds)


def test_the_model_schema_offers_the_hours_and_the_spec_round_trips(translator, catalog):
    jsonschema = pytest.importorskip("jsonschema")
    schema = answer_schema(catalog)
    hours = schema["$defs"]["event"]["properties"]["hours"]
    assert hours["items"] == {"type": "integer", "minimum": 0, "maximum": 23}
    validator = jsonschema.Draft202012Validator({"$defs": schema["$defs"], "$ref": "#/$defs/condition"})
    spec = translator.translate("customers who ordered online between 11pm and 2am", A).definition.criteria[0].spec
    sent = {k: v for k, v in spec.items() if v is not None and k != "labels"}
    assert spec["hours"] == [0, 1, 23] and not list(validator.iter_errors(sent))
    assert list(validator.iter_errors({**sent, "hours": [24]}))
    c = from_spec({"kind": "event", "events": ["online_order"], "hours": [23, 0, 0]}, catalog)
    assert c.hours == (0, 23) and to_spec(c)["hours"] == [0, 23] and from_spec(to_spec(c), catalog) == c


def test_a_definition_saved_before_hours_existed_keeps_its_sql_and_its_hash(catalog):
    saved = {"kind": "event", "negated": False, "events": ["store_purchase"], "dims": {}, "count": None, "days": [6, 7],
             "months": [12], "window": {"amount": 3, "unit": "MONTH", "start": None, "end": None}, "amount": None}
    c = from_spec(saved, catalog)
    assert isinstance(c, EventCondition) and c.hours == ()
    sql = c.render(catalog, A).sql
    assert "hour" not in sql.lower()
    draft = edit.draft_of(saved, catalog, A)
    assert draft.hours == []
    again = from_spec(edit.to_spec(draft, catalog, A), catalog).render(catalog, A).sql

    def saved_as(sql_: str) -> AudienceDefinition:
        return AudienceDefinition(request="r", as_of=A, criteria=[Criterion(label="x", sql=sql_)])
    assert saved_as(again).content_hash() == saved_as(sql).content_hash()


def test_the_editor_shows_changes_and_removes_the_hours(catalog):
    spec = to_spec(from_spec({"kind": "event", "events": ["store_purchase"], "hours": [23, 0, 1],
                              "window": {"amount": 3, "unit": "MONTH"}}, catalog))
    draft = edit.draft_of(spec, catalog, A)
    assert draft.hours == [0, 1, 23]
    assert edit.describe(spec, catalog) == "Store purchase between 11pm and 2am in the last 3 months"
    draft.hours = [22, 23]
    late = edit.to_spec(draft, catalog, A)
    assert late["hours"] == [22, 23]
    assert edit.describe(late, catalog) == "Store purchase after 10pm in the last 3 months"
    draft.hours = []
    assert from_spec(edit.to_spec(draft, catalog, A), catalog).hours == ()
