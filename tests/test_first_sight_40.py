"""Set #40's first sight: 'n'ont cliqué dans aucun de ceux (qu'ils ont ouverts)' points back at the emails named
before, as English 'none of those' does: 'ceux' was read as people, and the clicks of any message ever were excluded,
silently. And two constructions it asked about: a period said alone after a break ('cart abandoners, last 72h') is
the glossary term's before it; someone at work who wants the list ('- the store team wants to phone them') is an
aside."""
from __future__ import annotations

from assistant.sql.compile import compile_sql
import pytest

from translations import A, keys, same_audience

OPENED = {"en": "opened at least one newsletter email since Sept 1st, but clicked none of {those}",
          "fr": "ont ouvert au moins un e-mail newsletter depuis le 1er septembre, mais n'ont cliqué sur aucun de {those}"}


def test_none_of_those_points_back_in_french_as_in_english(translator, warehouse, catalog):
    english = translator.translate(OPENED["en"].format(those="them"), A)
    assert english.status == "ok"
    want = keys(warehouse, compile_sql(english.definition, catalog))
    for those in ("ceux", "celles-ci", "ceux-ci"):
        french = translator.translate(OPENED["fr"].format(those=those), A)
        assert french.status == "ok" and french.warnings, (those, french.status, french.warnings)
        assert keys(warehouse, compile_sql(french.definition, catalog)) == want != set(), those



@pytest.mark.parametrize("request_, spelt", [
    ("cart abandoners, last 72h", "cart abandoners in the last 3 days"),
    ("abandonnistes panier, dernières 72 h", "abandonnistes de panier des 3 derniers jours"),
    ("lapsed customers, last 9 months", "lapsed customers in the last 9 months"),
])
def test_a_period_after_a_break_is_the_terms_before_it(translator, warehouse, catalog, request_, spelt):
    """'cart abandoners, last 72h': the period said alone after a break is the glossary term's (it was asked)."""
    said, whole = translator.translate(request_, A), translator.translate(spelt, A)
    assert said.status == "ok" and not said.unrecognized, (said.status, said.unrecognized)
    assert keys(warehouse, compile_sql(said.definition, catalog)) \
        == keys(warehouse, compile_sql(whole.definition, catalog)) != keys(
            warehouse, compile_sql(translator.translate(request_.split(",")[0], A).definition, catalog))


def test_a_period_after_a_break_stays_asked_after_a_term_without_one(translator):
    r = translator.translate("VIPs, last 3 days", A)
    assert r.status == "clarify" and r.unrecognized == ["last 3 days"], (r.status, r.unrecognized)


@pytest.mark.parametrize("request_", [
    "UK VIPs with NO email opt-in - the store team wants to phone them about the private evening",
    "VIP britanniques sans opt-in e-mail - l'équipe magasin veut les appeler pour la soirée privée",
])
def test_someone_at_work_who_wants_the_list_is_an_aside(translator, warehouse, catalog, request_):
    """'- the store team wants to phone them ...': what the list is for, whatever catalog words it holds ('store'
    had been read as a ticket's channel, and the audience's words before it as a title)."""
    same_audience(translator, warehouse, catalog, request_, """
SELECT c.customer_id FROM crm.customers c WHERE c.country = 'GB' AND c.loyalty_tier = 'vip'
  AND c.customer_id NOT IN (SELECT customer_id FROM crm.consents WHERE channel = 'email' AND opted_in)""")
