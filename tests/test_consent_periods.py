"""A consent given or withdrawn in a period ('gave us email consent in the last 60 days', 'ont retiré leur
consentement e-mail ces 30 derniers jours'): the period is the consent row's own date (the flag's `set_on` column in
the catalog), on the same row as the channel and the yes or the no; read in English and French, compiled to the same
audience as a hand-written query on the demo warehouse, worded in the request's language, kept by the editor, and
checked from outside. A period said after a negated consent, or after a list of consents, stays asked."""
from __future__ import annotations

import pytest

from assistant import edit, pipeline
from assistant.errors import TranslationError
from assistant.meaning import FlagValueCondition, Window, from_spec, to_spec
from assistant.translate.meaning_schema import answer_schema
from translations import A, asks, same_audience

GIVEN = "SELECT customer_id FROM crm.consents WHERE channel = '{channel}' AND {held} AND updated_at {when}"
LAST_60 = ">= DATE '2026-09-30' - INTERVAL 60 DAY AND updated_at < DATE '2026-10-01'"
LAST_30 = ">= DATE '2026-09-30' - INTERVAL 30 DAY AND updated_at < DATE '2026-10-01'"
SINCE_JULY = ">= DATE '2026-07-01' AND updated_at < DATE '2026-10-01'"

CASES = [
    ("customers who gave us email consent in the last 60 days",
     "clients qui nous ont donné leur consentement e-mail ces 60 derniers jours",
     GIVEN.format(channel="email", held="opted_in", when=LAST_60)),
    ("customers who opted in to push since July", "clients qui ont accepté les notifications push depuis juillet",
     GIVEN.format(channel="push", held="opted_in", when=SINCE_JULY)),
    ("customers who switched their email consent off in the past 30 days",
     "clients qui ont retiré leur consentement e-mail ces 30 derniers jours",
     GIVEN.format(channel="email", held="NOT opted_in", when=LAST_30)),
    ("customers who withdrew their SMS consent since July", "clients qui ont désactivé leur consentement SMS depuis juillet",
     GIVEN.format(channel="sms", held="NOT opted_in", when=SINCE_JULY)),
]


@pytest.mark.parametrize("english, french, want", CASES, ids=[c[0] for c in CASES])
def test_a_consent_given_or_withdrawn_in_a_period_is_its_row_s_own_date(translator, warehouse, catalog, english,
                                                                       french, want):
    for request_, lang in ((english, "en"), (french, "fr")):
        r = same_audience(translator, warehouse, catalog, request_, want, lang=lang)
        flag = r.definition.criteria[0].spec
        assert flag["kind"] == "flag_value" and flag["set_in"] is not None, flag


def test_the_reading_is_worded_in_the_request_s_language(translator):
    r = translator.translate("customers who gave us email consent in the last 60 days", A)
    assert r.definition.criteria[0].label == "opted in: email, last changed in the last 60 days"
    r = translator.translate("clients qui ont retiré leur consentement e-mail ces 30 derniers jours", A, lang="fr")
    c = r.definition.criteria[0]
    assert c.label == "consentement (non) : e-mail, dernière modification au cours des 30 derniers jours", c.label
    assert "est faux" in c.meaning and "updated_at" in c.meaning, c.meaning
    assert any("passé à non au cours des 30 derniers jours" in w for w in r.warnings), r.warnings


@pytest.mark.parametrize("request_, phrase", [
    # no consent, or none given in that period? asked
    ("customers not opted in to email in the last 60 days", "last 60 days"),
    # the last one's period, or each one's? asked
    ("customers who opted in to SMS and push since July", "since July"),
    ("clients opt-in SMS et push depuis juillet", "depuis juillet"),
])
def test_a_period_after_a_negated_consent_or_a_list_of_them_is_asked(translator, request_, phrase):
    asks(translator, request_, phrase)


def test_the_meaning_reaches_the_schema_and_is_checked_from_outside(catalog, warehouse):
    flag = answer_schema(catalog)["$defs"]["flag_value"]["properties"]
    assert "set_in" in flag and "yes" in flag
    spec = {"kind": "flag_value", "flag": "crm.consents.opted_in", "column": "crm.consents.channel",
            "values": ["email"], "yes": False, "set_in": {"amount": 30, "unit": "DAY"}}
    c = from_spec(spec, catalog)
    assert isinstance(c, FlagValueCondition) and c.yes is False and isinstance(c.set_in, Window)
    assert to_spec(c)["set_in"]["amount"] == 30
    got = {r[0] for r in warehouse.query(c.render(catalog, A).sql, max_rows=100_000).rows}
    want = {r[0] for r in warehouse.query(GIVEN.format(channel="email", held="NOT opted_in", when=LAST_30),
                                          max_rows=100_000).rows}
    assert got == want and want
    with pytest.raises(TranslationError, match="no date of its own"):       # a flag the catalog does not date
        from_spec({"kind": "flag_value", "flag": "marketing.messages.bounced", "column": "marketing.messages.channel",
                   "values": ["email"], "set_in": {"amount": 30, "unit": "DAY"}}, catalog)


def test_the_editor_keeps_the_period_and_says_it(svc):
    # the as-of day of translations.A, the demo warehouse's; never `from conftest import ...`: which module is named
    # 'conftest' depends on the order the files were collected in (tests/security has its own)
    t = pipeline.translate(svc, "customers who switched their email consent off in the past 30 days", as_of=A)
    spec = t.definition.criteria[0].spec
    draft = edit.draft_of(spec, svc.catalog, A)
    assert edit.kept_words(draft, svc.catalog) == ["only customers with opted in set to no, last changed in the last "
                                                   "30 days"]
    again = edit.to_spec(draft, svc.catalog, A)
    assert again["set_in"] == spec["set_in"] and again["yes"] is False
    assert edit.describe(again, svc.catalog) == "Consent channel is email (opted in: no), last changed in the last " \
                                                "30 days"


NOT_SENT_SINCE = ("SELECT k.customer_id FROM crm.consents k WHERE k.channel = 'email' AND k.opted_in "
                  "AND k.updated_at >= DATE '2026-09-30' - INTERVAL 60 DAY AND NOT EXISTS (SELECT 1 FROM marketing.messages m "
                  "WHERE m.customer_id = k.customer_id AND m.channel = 'email' AND m.sent_at >= k.updated_at)")


@pytest.mark.parametrize("request_, lang", [
    ("Customers who gave us email consent in the last 60 days and haven't been sent a single email since they opted in",
     "en"),
    ("opted in to email within the last 60 days and not sent any email since opting in", "en"),
    ("Clients qui nous ont donné leur consentement e-mail ces 60 derniers jours et à qui on n'a envoyé aucun e-mail "
     "depuis leur opt-in", "fr"),
])
def test_a_behaviour_since_they_opted_in_counts_from_that_consent_row_s_date(translator, warehouse, catalog, request_,
                                                                            lang):
    r = same_audience(translator, warehouse, catalog, request_, NOT_SENT_SINCE, lang=lang)
    since = [c.spec["since_set"] for c in r.definition.criteria + r.definition.exclusions if c.spec.get("since_set")]
    assert since and since[0]["values"] == ["email"], r.definition.to_text()


def test_since_they_opted_in_with_no_consent_said_before_is_asked(translator):
    """Which consent? none was said: asked, never any channel's."""
    r = translator.translate("customers who haven't received an email since they opted in", A)
    assert r.status == "clarify", r.definition.to_text()


def test_since_a_consent_row_is_checked_from_outside(catalog):
    row = {"kind": "flag_value", "flag": "crm.consents.opted_in", "column": "crm.consents.channel", "values": ["email"]}
    c = from_spec({"kind": "event", "events": ["message_received"], "since_set": row}, catalog)
    assert c.since_set.values == ("email",) and "updated_at" in c.render(catalog, A).sql
    with pytest.raises(TranslationError, match="since_set"):
        from_spec({"kind": "event", "events": ["message_received"], "since_set": {**row, "negated": True}}, catalog)


REFUSED_SMS_PUSH_YES = ("SELECT customer_id FROM crm.consents WHERE channel = 'sms' AND NOT opted_in INTERSECT "
                        "SELECT customer_id FROM crm.consents WHERE channel = 'push' AND opted_in")


def test_a_consent_said_refused_is_a_row_that_says_no(translator, warehouse, catalog):
    for request_, lang in (("push opt-ins who explicitly refused SMS", "en"),
                           ("opt-in push qui ont explicitement refusé les SMS", "fr")):
        r = same_audience(translator, warehouse, catalog, request_, REFUSED_SMS_PUSH_YES, lang=lang)
        assert any(c.spec.get("yes") is False for c in r.definition.criteria), r.definition.to_text()


@pytest.mark.parametrize("request_", [
    "push opt-ins who said no to SMS",
    "push opt-ins who actively said no to SMS",
    "opt-in push qui ont dit non aux SMS",
    "opt-in push qui ont clairement dit non aux SMS",
])
def test_said_no_to_a_consent_is_a_row_that_says_no(translator, warehouse, catalog, request_):
    """The phrase's own 'no' was read as a negation of the consent: customers with no SMS row were let in, and
    'said' asked."""
    same_audience(translator, warehouse, catalog, request_, REFUSED_SMS_PUSH_YES)


@pytest.mark.parametrize("request_", ["push opt-ins who never said no to SMS", "opt-in push qui n'ont jamais dit non aux SMS"])
def test_a_negation_before_said_no_is_asked(translator, request_):
    r = translator.translate(request_, A)
    assert r.status == "clarify" and r.unrecognized, (r.status, r.definition.to_text())


def test_refused_before_a_list_of_consents_is_asked(translator):
    """'refused SMS and push': each one refused, or push opted in? asked, never one of each."""
    r = translator.translate("customers who refused SMS and push", A)
    assert r.status == "clarify", r.definition.to_text()


@pytest.mark.parametrize("request_", [
    "Who switched push notifications on over the past fortnight?",
    "customers who turned push notifications on in the last 14 days",
    "clients qui ont activé les notifications push ces 14 derniers jours",
])
def test_a_consent_switched_on_in_a_period_is_held_and_changed_then(translator, warehouse, catalog, request_):
    """'switched ... on': the consent held now, its row last changed in the period ('switched' was asked)."""
    same_audience(translator, warehouse, catalog, request_, """
SELECT customer_id FROM crm.consents
WHERE channel = 'push' AND opted_in AND updated_at >= DATE '2026-09-30' - INTERVAL 14 DAY""")
