"""French requests: read through the French module (grammar as data) and the catalog's French words."""
from __future__ import annotations

import datetime as dt

import pytest

from assistant.translate.offline.translator import OfflineTranslator

A = dt.date(2026, 9, 30)


@pytest.fixture(scope="module")
def translator(catalog):
    return OfflineTranslator(catalog)


def labels(r):
    return [c.label for c in r.definition.criteria], [c.label for c in r.definition.exclusions]


@pytest.mark.parametrize("request_, criteria, exclusions", [
    ("clients VIP qui ont acheté en magasin au moins deux fois au cours des 6 derniers mois",
     ["VIP", "store purchase (at least 2 times) in the last 6 months"], []),
    ("clients VIP qui ont achete en magasin au moins deux fois au cours des 6 derniers mois",   # accents optional
     ["VIP", "store purchase (at least 2 times) in the last 6 months"], []),
    ("clients en France ayant commandé en ligne depuis janvier, sauf les VIP",
     ["France", "online order since 2026-01-01"], ["VIP"]),
    ("clients qui ont acheté en ligne l'été dernier", ["online order from 2026-06-01 to 2026-08-31"], []),
    ("clients qui ont commandé en ligne au T3 2026", ["online order from 2026-07-01 to 2026-09-30"], []),
    ("clients ayant dépensé plus de 500 € en ligne cette année",
     ["online order (total more than 500) since 2026-01-01"], []),
])
def test_french_grammar_and_catalog_words(translator, request_, criteria, exclusions):
    r = translator.translate(request_, A)
    assert r.language == "fr" and r.status == "ok", (r.status, r.warnings, r.clarifications)
    got = labels(r)
    assert (sorted(got[0]), got[1]) == (sorted(criteria), exclusions), r.definition.to_text()
    for c in r.definition.criteria + r.definition.exclusions:   # phrases are the marketer's own words
        assert c.phrase in request_


def test_ni_ni_excludes_both(translator):
    r = translator.translate("clients en Espagne, ni VIP ni silver", A)
    assert r.status == "ok" and "not: VIP or silver" in labels(r)[0], r.definition.to_text()


def test_a_french_phrase_nobody_read_is_asked_in_french(translator):
    r = translator.translate("clients VIP qui adorent la randonnée", A)
    assert r.status == "clarify" and r.language == "fr"
    q = r.clarifications[0]
    assert "adorent" in q.phrase and "catalogue" in q.question and q.options[-1] == "laisser de côté"


def test_other_languages_are_refused_by_name_and_lang_forces_one(translator):
    r = translator.translate("Kunden, die im letzten Monat online gekauft haben", A)
    assert r.status == "refused" and "German" in r.message and "--lang" in r.message
    r = translator.translate("clients VIP", A, lang="en")
    assert r.language == "en"


def test_french_words_are_never_corrected_into_english_values(translator):
    r = translator.translate("clients mariés en France", A)
    assert not any(c.label == "Madrid" for c in (r.definition.criteria if r.definition else []))
