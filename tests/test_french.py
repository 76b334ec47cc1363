"""French requests: read through the French module (grammar as data) and the catalog's French words."""
from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from dataclasses import dataclass

import pytest

from assistant.meaning import Condition, Window
from assistant.translate import lang_en, lang_fr
from assistant.translate.offline.translator import OfflineTranslator
from assistant.wording import word

A = dt.date(2026, 9, 30)


@pytest.fixture(scope="module")
def translator(catalog):
    return OfflineTranslator(catalog)


def labels(r):
    return [c.label for c in r.definition.criteria], [c.label for c in r.definition.exclusions]


# Labels are the catalog's French words and the French module's templates (assistant/wording.py), never English.
@pytest.mark.parametrize("request_, criteria, exclusions", [
    ("clients VIP qui ont acheté en magasin au moins deux fois au cours des 6 derniers mois",
     ["VIP", "achat en magasin (au moins 2 fois) au cours des 6 derniers mois"], []),
    ("clients VIP qui ont achete en magasin au moins deux fois au cours des 6 derniers mois",   # accents optional
     ["VIP", "achat en magasin (au moins 2 fois) au cours des 6 derniers mois"], []),
    ("clients en France ayant commandé en ligne depuis janvier, sauf les VIP",
     ["France", "commande en ligne depuis le 2026-01-01"], ["VIP"]),
    ("clients qui ont acheté en ligne l'été dernier", ["commande en ligne du 2026-06-01 au 2026-08-31"], []),
    ("clients qui ont commandé en ligne au T3 2026", ["commande en ligne du 2026-07-01 au 2026-09-30"], []),
    ("clients ayant dépensé plus de 500 € en ligne cette année",
     ["commande en ligne (montant total : plus de 500) depuis le 2026-01-01"], []),
    ("clientes âgées de 25 à 34 ans", ["femmes", "âge : entre 25 et 34 ans"], []),      # 'ans' after an age
    ("clients de plus de 60 ans en France", ["France", "âge : plus de 60 ans"], []),
    ("clients qui n'ont pas commandé en ligne depuis plus de 2 ans",
     ["non : commande en ligne au cours des 24 derniers mois"], []),
    ("clients avec un risque de churn inférieur à 0,2", ["risque d'attrition : moins de 0,2"], []),                  # decimal comma
    ("clients qui ont ouvert un mail depuis le 1er septembre", ["message ouvert, canal e-mail depuis le 2026-09-01"], []),
    ("clients ayant passé une commande en ligne entre il y a 2 et 4 semaines",
     ["commande en ligne du 2026-09-02 au 2026-09-15"], []),
    ("clients VIP qui ont quand même visité le site ces 30 derniers jours", ["VIP", "visite du site ou de l'app au cours des 30 derniers jours"], []),
    ("clients qui n'ont jamais rien commandé en ligne", ["non : commande en ligne"], []),
    ("clients non VIP ayant eu une commande en ligne grâce au parrainage", ["commande en ligne", "non : VIP", "parrainage"], []),
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
    assert r.status == "ok" and "non : VIP ou niveau argent" in labels(r)[0], r.definition.to_text()


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


def test_explanations_warnings_and_the_text_view_are_in_french(translator):
    r = translator.translate("Campagne rentrée : clientes VIP en Frnace, sauf celles sur la liste noire", A)
    text = r.definition.to_text()
    assert r.explanation[0].startswith("femmes: crm.customers.gender vaut 'female'"), r.explanation
    assert any(line.startswith("sauf ") for line in r.explanation), r.explanation
    assert "« Frnace » lu comme « france »" in r.warnings, r.warnings
    for french in ("Audience pour : « Campagne", "  - sauf ", "~ ignoré (titre, apartés) : Campagne rentrée"):
        assert french in text, text
    for english in ("except", "read as", "ignored", "Audience for", " is "):
        assert english not in text + " ".join(r.explanation + r.warnings), (english, text, r.explanation)


def test_english_requests_keep_the_renderers_words(translator):
    r = translator.translate("VIP customers who bought in store at least twice in the last 6 months", A)
    assert sorted(labels(r)[0]) == ["VIP", "store purchase (at least 2 times) in the last 6 months"]
    assert r.definition.to_text().startswith("Audience for: ")


@dataclass
class _Nth(Condition):
    """A kind of condition this module has never heard of (what another engineer may add)."""
    kind: str = "nth_purchase"
    events: tuple[str, ...] = ()
    rank: int = 2
    window: Window | None = None


def test_a_kind_without_french_words_falls_back_and_one_template_words_it(catalog, monkeypatch):
    nth = _Nth(0, 0, events=("store_purchase",), rank=2, window=Window("", 0, 0, amount=3, unit="MONTH"))
    assert word(nth, catalog, A, "fr") is None            # the translator keeps the renderer's English label
    label = dict(lang_fr.WORDING["label"], nth_purchase="{rank}e {events}[ {window}]")
    meaning = dict(lang_fr.WORDING["meaning"], nth_purchase="{label} ; d'après {events_name}")
    monkeypatch.setitem(lang_fr.WORDING, "label", label)
    monkeypatch.setitem(lang_fr.WORDING, "meaning", meaning)
    worded = word(nth, catalog, A, "fr")
    assert worded.label == "2e achat en magasin au cours des 3 derniers mois"
    assert worded.meaning == "2e achat en magasin au cours des 3 derniers mois ; d'après store_purchase"
    nth.negated = True
    assert word(nth, catalog, A, "fr").label == "non : 2e achat en magasin au cours des 3 derniers mois"


def test_every_language_words_the_same_kinds_and_notes():
    for name in ("label", "meaning", "flags", "window", "units", "comparison"):
        assert set(lang_fr.WORDING[name]) >= set(lang_en.WORDING[name]), name
    assert set(lang_fr.NOTES) == set(lang_en.NOTES)
    assert set(lang_fr.TEXT) == set(lang_en.TEXT) and set(lang_fr.MESSAGES) == set(lang_en.MESSAGES)


def test_the_cli_answers_a_french_request_in_french(demo_db, tmp_path):
    env = {**os.environ, "AUDIENCE_HOME": str(tmp_path / "home"), "AUDIENCE_DB": str(demo_db)}
    request = "clients VIP ayant commandé en ligne au cours des 3 derniers mois, sauf les clientes"
    proc = subprocess.run([sys.executable, "-m", "assistant", "translate", request, "--json"], capture_output=True,
                          text=True, env=env)
    out = json.loads(proc.stdout)
    assert out["language"] == "fr" and out["status"] == "ok", proc.stdout + proc.stderr
    parts = out["definition"]["criteria"] + out["definition"]["exclusions"]
    assert sorted(c["label"] for c in parts) == ["VIP", "commande en ligne au cours des 3 derniers mois", "femmes"]
    assert "sauf femmes: crm.customers.gender vaut 'female'" in out["explanation"]
    proc = subprocess.run([sys.executable, "-m", "assistant", "translate", request], capture_output=True, text=True,
                          env=env)
    assert "  - sauf femmes" in proc.stdout and "au 20" in proc.stdout, proc.stdout + proc.stderr


def test_an_age_no_customer_has_is_flagged_not_silently_read(translator):
    """'un enfant de moins de 3 ans': the age is the child's, not the customer's; read as an age only with a note."""
    r = translator.translate("Clients ayant un enfant de moins de 3 ans", A)
    assert "« moins de 3 ans » lu comme un âge" in r.warnings, r.warnings


@pytest.mark.parametrize("request_, label", [
    ("clients à risque d'attrition", "risque d'attrition élevé"),
    ("clients qui ont commandé en ligne depuis le début de l'année", "commande en ligne depuis le 2026-01-01"),
    ("clients qui ont ajouté un produit à leur liste d'envies ce mois-ci",
     "événement web, type d'événement ajout à la liste d'envies depuis le 2026-09-01"),
    ("clients ayant ajouté à leur liste d'envies ces 7 derniers jours",
     "événement web, type d'événement ajout à la liste d'envies au cours des 7 derniers jours"),
])
def test_catalog_phrases_with_elisions_match(translator, request_, label):
    """A catalog phrase is read with the request's elisions split the same way ('d'attrition' = 'de attrition')."""
    r = translator.translate(request_, A)
    assert r.status == "ok" and labels(r)[0] == [label], (r.unrecognized, r.definition and r.definition.to_text())
