"""French requests whose English originals were read right, read the same (issue 17: as well understood as English).
Each was a French item of a blind set that failed where its English item passed."""
from __future__ import annotations

import pytest

from translations import A, eval_catalog_fixture, same_on

culture = eval_catalog_fixture("culture")

OPENED_3_EMAILS_60_DAYS = """
SELECT id_client FROM mkt.envoi WHERE canal = 'EMAIL' AND date_ouverture IS NOT NULL
  AND date_ouverture >= DATE '2026-09-30' - INTERVAL 60 DAY AND date_ouverture < DATE '2026-10-01'
GROUP BY id_client HAVING count(*) >= 3"""


@pytest.mark.parametrize("request_", ["Customers who opened at least 3 emails in the last 60 days",
                                      "Clients qui ont ouvert au moins 3 e-mails ces 60 derniers jours",
                                      "Clients qui ont ouvert au moins 3 e-mails sur les 60 derniers jours"])
def test_a_period_whose_unit_is_also_a_catalog_word(culture, request_):
    """The culture catalog calls its calendar's day of the week 'jours': 'ces 60 derniers jours' kept 'jours' as that
    catalog word, so the period was never read (asked about as an unknown phrase)."""
    same_on(culture, request_, OPENED_3_EMAILS_60_DAYS)


EXPIRING_30_DAYS = """
SELECT id_client FROM fidelite.adhesion WHERE date_debut <= DATE '2026-09-30' AND date_fin >= DATE '2026-09-30'
  AND date_fin <= DATE '2026-09-30' + INTERVAL 30 DAY"""


@pytest.mark.parametrize("request_", ["Members whose card expires in the next 30 days",
                                      "Adhérents dont la carte expire dans les 30 prochains jours"])
def test_a_phrase_opened_by_a_determiner_gives_way_to_the_longer_reading_after_it(culture, request_):
    """'la carte' (the catalog's 'member') and 'carte (qui) expire' (its 'membership expiring') share 'carte': the
    article is no more of the first than the noun is, so the second is read ('expire' was asked about)."""
    r = same_on(culture, request_, EXPIRING_30_DAYS)
    assert not r.unrecognized


fitness = eval_catalog_fixture("fitness")
furniture = eval_catalog_fixture("furniture")
insurance = eval_catalog_fixture("insurance")


@pytest.mark.parametrize("request_", ["Former members who left because of the price",
                                      "Anciens adhérents partis à cause du prix",
                                      "Anciens adhérents partis en raison du prix"])
def test_the_words_of_a_reason_are_read_with_its_value(fitness, request_):
    """'because of the price', 'à cause du prix': the words that say why, right before the reason read, are its
    (each was asked about; the catalog's own phrase 'because of price' was the only one read)."""
    r = fitness[2].translate(request_, A)
    assert r.status == "ok" and not r.unrecognized, (r.unrecognized, [c.question for c in r.clarifications])
    assert any("PRC" in c.sql for c in r.definition.criteria), r.definition.to_text()


@pytest.mark.parametrize("request_", ["Porteurs de la carte Prestige qui habitent en Belgique",
                                      "Prestige card holders living in Belgium"])
def test_a_word_of_the_values_other_phrases_said_before_it_is_its(furniture, request_):
    """'Porteurs' is a word of the card tier's own phrase 'porteurs prestige': said before 'carte Prestige', it is
    the value's holders (asked about, though the value was read)."""
    r = furniture[2].translate(request_, A)
    assert r.status == "ok" and not r.unrecognized, r.unrecognized


@pytest.mark.parametrize("request_", ["Clients qui ont accepté de recevoir des SMS", "Customers opted in to SMS"])
def test_agreeing_to_receive_is_the_consent(furniture, request_):
    r = furniture[2].translate(request_, A)
    assert r.status == "ok" and not r.unrecognized, r.unrecognized
    assert len(r.definition.criteria) == 1


@pytest.mark.parametrize("request_", [
    "Clients qui paient plus de 1500 € de prime annuelle au total sur leurs contrats en vigueur",
    "Customers who pay more than 1500 EUR of annual premium in total on their policies in force"])
def test_a_spend_verb_before_the_amount_read_is_the_amounts(insurance, request_):
    r = insurance[2].translate(request_, A)
    assert r.status == "ok" and not r.unrecognized, r.unrecognized


@pytest.mark.parametrize("request_", ["Clients VIP, pour leur envoyer une offre", "VIP customers, so we can send them an offer"])
def test_a_verb_of_purpose_in_the_infinitive_is_no_behaviour(translator, request_):
    """'pour leur envoyer une offre' says what the audience is for: no message sent is required."""
    r = translator.translate(request_, A)
    assert all("message" not in c.label.lower() for c in r.definition.criteria), r.definition.to_text()


travel = eval_catalog_fixture("travel")


@pytest.mark.parametrize("request_", ["Réservataires de dernière minute habitant en France",
                                      "Last-minute bookers living in France"])
def test_a_terms_label_said_in_the_plural_of_its_noun(travel, request_):
    """'réservataires de dernière minute': the plural of the head of the term's label 'réservataire de dernière
    minute' (the catalog lists 'réservataires dernière minute', without 'de')."""
    r = travel[2].translate(request_, A)
    assert r.status == "ok" and not r.unrecognized, r.unrecognized
    assert any(c.origin == "glossary" for c in r.definition.criteria), r.definition.to_text()
