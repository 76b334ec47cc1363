"""What sets #60 (a mobile operator) and #61 (an insurer) found at first sight, each with the catalog its data team
wrote with this stop's README (the lines' commitment end, the policies' renewal declared as other dates of them), read
in general, English and French:
- a behaviour read whenever it was, on a table another behaviour of the catalog reads where its rows ended (a line
  terminated), holds those rows too, and says so with the value that keeps the others ('Family plan customers': every
  line ever, terminated ones too, silently);
- the commitment end, a date that runs ahead, carries the period said with its words, and a phrase naming the end of
  something reads with a verb of ending;
- contact details read out are refused;
- a holding the catalog says with 'has' is said with 'with' too ('customers with car insurance')."""
from __future__ import annotations

import pytest

from translations import A, eval_catalog_fixture, same_on

# the lines whose commitment ends from tomorrow to the same day 3 months on
COMMITMENT_ENDS_IN_3_MONTHS = ("SELECT DISTINCT customer_id FROM crm.line WHERE commit_end_date > DATE '2026-09-30' "
                               "AND commit_end_date <= DATE '2026-12-30'")


telecom = eval_catalog_fixture("telecom")


@pytest.mark.parametrize("request_, said", [
    ("Customers on the 5G unlimited plan in Belgium", "terminated"),
    ("Clients au forfait 5G illimité en Belgique", "résiliée"),
    ("fin d'engagement dans les 2 prochains mois sur forfait 5G illimité", "résiliée"),
])
def test_a_behaviour_whose_rows_end_says_the_ended_ones_are_in(telecom, request_, said):
    _, _, t = telecom
    r = t.translate(request_, A)
    assert any(said in w and ("active" in w) for w in r.warnings), r.warnings


def test_the_value_said_keeps_the_others_out_and_says_nothing(telecom):
    """Near miss: 'active' names the status; nothing is left to say."""
    r = same_on(telecom, "customers with an active 5G unlimited line",
                "SELECT DISTINCT customer_id FROM crm.line WHERE status_cd = 'A' AND plan_cd = 'S5GUL'")
    assert not r.warnings, r.warnings


def test_the_commitment_end_carries_the_period_ahead(telecom):
    same_on(telecom, "Customers whose commitment ends in the next 3 months", COMMITMENT_ENDS_IN_3_MONTHS)


@pytest.mark.parametrize("request_", [
    "List the names and mobile numbers of customers who ported out, so shop staff can call them",
    "Liste des noms et numéros de mobile des clients partis en portabilité, pour que les boutiques les rappellent",
    "show me the emails of our family plan customers",
])
def test_contact_details_shown_are_refused(telecom, request_):
    _, _, t = telecom
    assert t.translate(request_, A).status == "refused"


@pytest.mark.parametrize("request_", ["List the customers who ported out", "show me email subscribers in Belgium",
                                      "Liste les clients qui ont résilié"])
def test_a_list_of_customers_is_the_audience(telecom, request_):
    """Near misses: the customers listed, and 'email' said of a consent, are no contact details."""
    _, _, t = telecom
    assert t.translate(request_, A).status != "refused"


@pytest.mark.parametrize("request_", ["Clients dont l'engagement se termine dans les 3 prochains mois",
                                      "customers whose commitment expires in the next 3 months"])
def test_the_end_of_something_said_with_a_verb_of_ending(telecom, request_):
    """'fin d'engagement', 'commitment end' (the catalog's words for the commitment's end) also read 'l'engagement se
    termine', 'the commitment expires'."""
    same_on(telecom, request_, COMMITMENT_ENDS_IN_3_MONTHS)


insurance = eval_catalog_fixture("insurance")


@pytest.mark.parametrize("request_", ["Customers with car insurance", "Clients avec une assurance auto"])
def test_a_holding_said_with_with_is_the_catalogs_has(insurance, request_):
    """The insurer's (#61) term 'car insurance holder' is 'has car insurance' ('a une assurance auto'): 'with car
    insurance' is the same holding, a car policy in force, never any car policy, claim or quote ever."""
    same_on(insurance, request_, "SELECT id_client FROM pol.contrat WHERE statut_cd = 'V' AND produit_cd = 'AUT'")


def test_a_suppression_list_is_named_by_its_label(insurance):
    """The insurer's do-not-contact list has a label and no synonyms: 'excluding the do-not-contact list' is that list
    (it was 'not' + 'contact', every customer ever messaged, silently)."""
    catalog, wh, t = insurance
    r = t.translate("customers opted in to email, excluding the do-not-contact list", A)
    assert r.status == "ok" and [c.sql for c in r.definition.exclusions] == ["SELECT id_client FROM crm.ne_pas_contacter"]


def test_a_term_said_before_the_negation_is_not_denied(insurance):
    same_on(insurance, "car customers not on the do-not-contact list",
            "SELECT id_client FROM pol.contrat WHERE statut_cd = 'V' AND produit_cd = 'AUT' "
            "EXCEPT SELECT id_client FROM crm.ne_pas_contacter")
