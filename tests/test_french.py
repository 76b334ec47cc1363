"""French requests: read through the French module (grammar as data) and the catalog's French words."""
from __future__ import annotations

import datetime as dt
import difflib
import json
import os
import re
import subprocess
import sys
from dataclasses import dataclass

import pytest

from assistant.meaning import Condition, Window
from assistant.translate import lang_en, lang_fr
from assistant.translate.offline.translator import OfflineTranslator
from assistant.translate.offline.lexicon import STEM
from assistant.translate.offline.text import fold, osa_distance, phrase_key
from assistant.wording import word
from translations import edge_purchase, same_audience

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
     ["commande en ligne du 2026-09-02 au 2026-09-15"], []),   # half-open: up to (not including) 2 weeks ago
    ("clients VIP qui ont quand même visité le site ces 30 derniers jours", ["VIP", "visite du site ou de l'app au cours des 30 derniers jours"], []),
    ("clients qui n'ont jamais rien commandé en ligne", ["non : commande en ligne"], []),
    ("clients non VIP ayant eu une commande en ligne grâce au parrainage", ["commande en ligne", "non : VIP", "parrainage"], []),
    # an ordinal is one token ('1er' is not 1 and 'er'): the first quarter, not 'at least 1'
    ("clients qui ont commandé en ligne au 1er trimestre 2025", ["commande en ligne du 2025-01-01 au 2025-03-31"], []),
    ("clients qui ont commandé en ligne au 2e trimestre 2025", ["commande en ligne du 2025-04-01 au 2025-06-30"], []),
    ("clients qui ont commandé en ligne au 3ème trimestre 2025", ["commande en ligne du 2025-07-01 au 2025-09-30"], []),
    ("clients qui ont commandé en ligne au 1er semestre 2025", ["commande en ligne du 2025-01-01 au 2025-06-30"], []),
    # the thing bought said as any ('quelque chose', 'qqch'), one event ('en une seule commande')
    ("clients qui ont acheté quelque chose cette année", ["achat en magasin ou commande en ligne depuis le 2026-01-01"], []),
    ("clients qui ont commandé qqch en ligne cette année", ["commande en ligne depuis le 2026-01-01"], []),
    ("clients qui ont dépensé plus de 500 € en une seule commande",
     ["commande en ligne (au moins 1 fois) (plus de 500 à chaque fois)"], []),
    ("clients avec un risque de churn moyen", ["niveau de risque d'attrition : risque d'attrition moyen"], []),
    # 'alors que' sets a clause against the one before (both hold), 'concernait' says what a ticket was about
    ("clients encore en standard alors qu'ils ont plus de 300 points de fidélité",
     ["standard", "points de fidélité : plus de 300"], []),
    ("clients dont le dernier ticket SAV concernait un remboursement",
     ["le dernier parmi ticket au service client : ticket au service client, motif remboursement"], []),
    # 'plus d'une' is more than one (the article read alone dropped the count); a number said with 'dépensé' is an
    # amount even without '€' (it was a count of orders)
    ("clients qui ont commandé plus d'une fois", ["commande en ligne (plus de 1 fois)"], []),
    ("clients qui ont dépensé plus de 500 en ligne", ["commande en ligne (montant total : plus de 500)"], []),
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
    assert "« Frnace » lu comme « France »" in r.warnings, r.warnings
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
    assert {name.removesuffix(".1") for name in lang_fr.NOTES} == set(lang_en.NOTES)   # '.1': said of one
    assert set(lang_fr.TEXT) == set(lang_en.TEXT) and set(lang_fr.MESSAGES) == set(lang_en.MESSAGES)
    # the translator's questions and the readings they offer: every language says them in its own words
    for name in ("CHANGE_QUESTION", "CHANGE_READINGS", "VAGUE_QUESTION", "VAGUE_QUESTIONS", "VAGUE_READINGS",
                 "WITHIN_QUESTION", "WITHIN_READING", "SHARE_QUESTION", "ONLY_QUESTION", "VAGUE_WINDOW_READINGS"):
        assert getattr(lang_fr, name) != getattr(lang_en, name), name
    assert set(lang_fr.VAGUE_READINGS) == set(lang_en.VAGUE_READINGS)
    assert all(bool(lang_fr.VAGUE_READINGS[k]) == bool(lang_en.VAGUE_READINGS[k]) for k in lang_en.VAGUE_READINGS)


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


@pytest.mark.parametrize("request_", ["clientes VIP en France", "acheteurs de chaussures en France"])
def test_the_catalogs_french_words_count_towards_the_language(translator, request_):
    r = translator.translate(request_, A)
    assert r.language == "fr" and r.status == "ok", (r.language, r.unrecognized, r.warnings)


# Issue 17, French blind set #3: general causes of wrong answers, on sentences of our own.


@pytest.mark.parametrize("request_, criteria", [
    # 'Or' is the gold tier in French, never the English 'or' its spelling matches
    ("adhérents Or ou VIP en Espagne", ["niveau or ou VIP", "Espagne"]),
    # 'ayant' opens a clause even where the catalog's phrase begins with it: the age stays an age, not a count
    ("hommes de plus de 50 ans ayant acheté des jouets", ["hommes", "âge : plus de 50 ans",
                                                           "achat en magasin ou commande en ligne, catégorie enfants"]),
    ("femmes de 35 ans ou plus ayant commandé en ligne", ["femmes", "âge : au moins 35 ans", "commande en ligne"]),
    # a feminine value used as a noun names women of that value; an epicene one ('Belges') does not
    ("des Espagnoles ayant commandé en ligne", ["femmes", "Espagne", "commande en ligne"]),
    ("les Belges ayant commandé en ligne", ["Belgique", "commande en ligne"]),
    # the feminine of the doers of a behaviour names women who did it ('acheteuses' was asked); a participle's
    # feminine only agrees ('annulées')
    ("les acheteuses de chaussures en ligne", ["femmes", "commande en ligne, catégorie chaussures"]),
    ("les visiteuses du site ce mois-ci", ["femmes", "visite du site ou de l'app depuis le 2026-09-01"]),
    ("clients avec des commandes annulées ce mois-ci", ["commande annulée depuis le 2026-09-01"]),
])
def test_french_words_that_look_like_grammar_or_carry_gender(translator, request_, criteria):
    r = translator.translate(request_, A)
    assert r.status == "ok" and not r.warnings, (r.warnings, r.clarifications)
    assert sorted(labels(r)[0]) == sorted(criteria), r.definition.to_text()


def test_plus_before_a_word_for_everyone_unites_two_audiences(translator):
    r = translator.translate("VIP en Italie, plus toutes celles qui ont commandé en ligne ce mois-ci", A)
    assert r.status == "ok" and not r.warnings
    (union,) = r.definition.criteria
    assert union.label == "(VIP et Italie) ou commande en ligne depuis le 2026-09-01"
    # 'plus' before anything else is still 'more'
    r = translator.translate("clients ayant commandé en ligne plus de 4 fois", A)
    assert labels(r)[0] == ["commande en ligne (plus de 4 fois)"]


def test_a_place_word_alone_reads_its_behaviour_not_a_profile_value(translator):
    # 'magasin' after 'au' is where they bought (the store purchase), not 'acquired in store'
    r = translator.translate("clients ayant acheté au magasin ce mois-ci", A)
    assert labels(r)[0] == ["achat en magasin depuis le 2026-09-01"], r.definition.to_text()


def test_a_value_the_event_definition_drops_is_the_event_that_keeps_it(translator):
    # an online order is not cancelled: 'annulé ... une commande' is the cancelled order, never an empty filter
    for request_ in ("clients ayant annulé plus de deux commandes cette année",
                     "customers who cancelled at least three orders this year"):
        r = translator.translate(request_, A)
        (c,) = r.definition.criteria
        assert "'cancelled'" in c.sql and "<> 'cancelled'" not in c.sql, c.sql


def test_a_value_read_only_with_its_column_is_asked_about_when_said_alone(translator):
    # 'enfants' is a favourite category (a score, named_values) or kids' things bought: asked, never picked
    r = translator.translate("clientes belges avec enfants", A)
    assert r.status == "clarify" and len(r.definition.criteria) == 2
    (q,) = r.clarifications
    assert q.phrase == "enfants" and q.options == ["catégorie préférée enfants", "achat enfants", "laisser de côté"]
    for rewrite in q.rewrites[:2]:      # each option reads as the request it names
        assert translator.translate(rewrite, A).status == "ok"
    # named, or with the behaviour, it is read
    assert labels(translator.translate("clients dont la catégorie préférée est enfants", A))[0] == ["enfants"]
    assert translator.translate("clients qui ont acheté des jouets", A).status == "ok"


def test_a_country_said_of_the_stores_is_the_stores_country(translator):
    r = translator.translate("clients ayant acheté dans nos magasins espagnols cette année", A)
    assert labels(r)[0] == ["achat en magasin, pays du magasin Espagne depuis le 2026-01-01"], r.definition.to_text()
    r = translator.translate("clients espagnols ayant acheté en magasin cette année", A)    # where they live
    assert sorted(labels(r)[0]) == ["Espagne", "achat en magasin depuis le 2026-01-01"]


def test_the_readings_offered_are_the_catalogs_own_phrasings_sharing_a_word(translator):
    lexicon, _ = translator._reader("fr")
    # the catalog says 'a consulté un produit': never a determiner's variant of it ('a consulte sa produit')
    offered = lexicon.closest("a consulté leurs produits")
    assert offered and all(o in set(lexicon.said.values()) for o in offered), offered
    # a reading with no word in common is no reading ('animalerie' was offered 'amerique')
    assert lexicon.closest("animalerie") == []


def test_the_readings_are_difflibs_best_among_every_phrasing_sharing_a_word_start(translator):
    # the index leaves out, by length, the phrasings difflib rejects on length alone: the readings are the ones
    # scoring every phrasing that shares a word's start gives ('une' alone starts thousands of French ones)
    lexicon, _ = translator._reader("fr")
    said = {" ".join(k): text for k, text in lexicon.said.items() if k not in lexicon.aliases | lexicon.borrowed}

    def starts(text: str) -> set[str]:
        return {w[:STEM] for w in text.split() if len(w) >= STEM}
    # 'magasin', 'fidélité', 'commande': phrasings about twice as long ('achat en magasin') score just over 0.6
    for phrase in ("mis une note", "a consulté leurs produits", "barcelone", "enquête satisfaction", "vip", "ab de",
                   "magasin", "fidélité", "commande"):
        key = " ".join(phrase_key(phrase))
        pool = sorted(k for k in said if not starts(key) or starts(key) & starts(k))
        for n in (3, 1000):        # the three offered, and every phrasing over the cutoff
            expected = [said[k] for k in difflib.get_close_matches(key, pool, n=n, cutoff=0.6)]
            assert lexicon.closest(phrase, n=n) == expected, phrase


def test_a_typos_reading_is_the_nearest_catalog_word_of_all(translator):
    # the floors that pass over most candidates unscored (letter counts, letter sets) keep the reading: the nearest
    # one-word phrase of a length close enough, the catalog's first of equals; a word with the same letters once each
    # double is made single is one slip away ('apellé' of 'appelé')
    lexicon, _ = translator._reader("fr")
    by_word, *_ = lexicon._typo_targets()
    single = lambda w: "".join(ch for i, ch in enumerate(w) if i == 0 or ch != w[i - 1])   # noqa: E731
    for typo in ("fidelitee", "magsin", "newsleter", "chaussurres", "pantalns", "abonemment", "catgeorie", "vipp",
                 "apelle", "anulle"):
        assert not lexicon.is_word(typo)
        limit = 1 if len(typo) < 7 else 2
        scored = [(min(osa_distance(typo, key, limit + 1), 1 if single(key) == single(typo) else limit + 1), order, key)
                  for key, (order, *_) in by_word.items()
                  if abs(len(key) - len(typo)) <= limit or single(key) == single(typo)]
        distance, _, nearest = min(scored, default=(limit + 1, 0, None))
        assert lexicon._closest_word(typo) == (nearest if distance <= limit else None), typo


_QUOTED = re.compile(r"«[^»]*»|'[^']*'|`[^`]*`|\([^()]*_[^()]*\)")   # the request's words, examples, commands, columns
UI_NAMES = {"Catalog"}    # the app's own pages keep their English names


def english_words(text: str, known: frozenset[str] = frozenset()) -> list[str]:
    """Words of a French message that only English has; the request's own words (quoted) and `known` words (the
    request's, the catalog's French loanwords: 'web') are left aside."""
    words = re.findall(r"[^\W\d_]{3,}", _QUOTED.sub(" ", text))
    # the French dictionary is folded, like the requests it reads ('donnée' is 'donnee')
    return [w for w in words if w not in UI_NAMES and fold(w) not in known and lang_en.is_word(w.lower())
            and not lang_fr.is_word(fold(w.lower()))]


def test_english_words_are_found_and_french_ones_are_not():
    found = english_words("'code promo' is not applied: only the behaviour (online order) is")
    assert {"not", "applied", "online", "order"} <= set(found), found    # 'only' is in the French word list too
    assert english_words("« code promo » n'est pas appliqué : seul le comportement (commande en ligne) l'est") == []


def test_follow_up_instructions_in_french(translator, catalog):
    from assistant.translate.refine import refine
    d = translator.translate("clientes VIP en Espagne ayant acheté en magasin ces 12 derniers mois", A).definition
    catalog_words = frozenset(w for key in translator._reader("fr")[0].said for w in key)
    steps = [
        ("plutôt sur 2 mois", "achat en magasin au cours des 12 derniers mois -> achat en magasin au cours des 2 derniers mois"),
        ("ajoute aussi les clients italiens", "Espagne -> Espagne ou Italie"),       # adds a value: Spain or Italy
        ("exclus aussi les clients à risque de churn", "added exclusion"),
        ("retire le critère VIP", "removed criterion: VIP"),                        # a part there: dropped
        ("enlève les hommes", "added exclusion: hommes"),                           # none there: excluded
        ("uniquement en Italie", "Espagne ou Italie -> Italie"),                    # in place of the part
    ]
    for instruction, expected in steps:
        result, changes = refine(translator, d, instruction, A)
        assert result.status == "ok", (instruction, result.message)
        assert any(expected in c for c in changes), (instruction, changes)
        d = result.definition
        labels_ = [c.label for c in d.criteria + d.exclusions]      # parts compiled again are worded in French too
        assert result.language == "fr" and not any(english_words(x, catalog_words) for x in labels_), labels_
    refused, _ = refine(translator, d, "supprime le critère platine", A)
    assert refused.status == "refused" and refused.message.startswith("Impossible d'appliquer « supprime")


@pytest.mark.parametrize("request_, criteria, exclusions", [
    # the head word of the first value is shared: 'Argent' alone is money, 'carte Argent' the silver tier
    ("adhérents avec carte Or ou Argent en Italie", ["Italie", "niveau or ou niveau argent"], []),
    # exclusions said with a contracted article ('des', 'du', 'les')
    # ... and said together, one exclusion of those who are both (never all women, and all Italians)
    ("femmes de 20 à 30 ans à l'exception des clientes italiennes", ["femmes", "âge : entre 20 et 30 ans"],
     ["(femmes et Italie)"]),
    ("clients en Espagne sauf les VIP qui ont commandé en ligne", ["Espagne"], ["(VIP et commande en ligne)"]),
    ("clients en Espagne sauf les VIP et les clients Or", ["Espagne"], ["VIP", "niveau or"]),   # said apart: each
    ("clients en Espagne, en dehors des clients VIP", ["Espagne"], ["VIP"]),
    # 'hormis', 'à part' (they were asked about)
    ("clients en Espagne hormis les clients Or", ["Espagne"], ["niveau or"]),
    ("clients en Espagne, à part les VIP", ["Espagne"], ["VIP"]),
])
def test_shared_heads_and_exclusions_with_contracted_articles(translator, request_, criteria, exclusions):
    r = translator.translate(request_, A)
    assert r.status == "ok" and not r.warnings, (r.warnings, r.clarifications)
    got = labels(r)
    assert (sorted(got[0]), got[1]) == (sorted(criteria), exclusions), r.definition.to_text()


@pytest.mark.parametrize("request_, label", [
    # a window's 'more than' is not one behaviour against another
    ("clients ayant commandé en ligne il y a plus d'un an", "commande en ligne avant le 2025-09-30"),
    # kinds of condition worded in French from their templates (never the English renderer's words)
    ("clients ayant dépensé moins en magasin qu'en ligne cette année",
     "montant moins élevé pour achat en magasin depuis le 2026-01-01 que pour commande en ligne depuis le 2026-01-01"),
    ("clients dont l'adresse e-mail est inconnue", "adresse e-mail : non renseigné"),
    ("les 20 meilleurs clients par nombre de commandes en ligne",
     "les 20 premiers clients par nombre de fois : commande en ligne"),
    # ranked by a number of their own: no measure of a behaviour ('par nombre de fois : points' said nothing true)
    ("les 10 % de clients avec le plus de points", "les 10 % premiers clients par points de fidélité"),
])
def test_french_windows_rankings_and_aggregates(translator, request_, label):
    r = translator.translate(request_, A)
    assert r.status == "ok" and not r.warnings, (r.warnings, r.clarifications)
    assert [c.label for c in r.definition.criteria] == [label], r.definition.to_text()


@pytest.mark.parametrize("request_, label", [
    ("clients ayant commandé en ligne plus de vingt-cinq fois", "commande en ligne (plus de 25 fois)"),
    ("clients ayant dépensé plus de trois mille euros en magasin", "achat en magasin (montant total : plus de 3000)"),
    ("clients de plus de septante ans", "âge : plus de 70 ans"),                  # Belgian and Swiss tens
    ("clients ayant commandé en ligne depuis quatre-vingt-dix jours", "commande en ligne au cours des 90 derniers jours"),
])
def test_numbers_in_several_words(translator, request_, label):
    r = translator.translate(request_, A)
    assert r.status == "ok" and not r.warnings, (r.warnings, r.clarifications)
    assert [c.label for c in r.definition.criteria] == [label]


def test_an_age_without_a_comparison_is_read_at_least_and_said(translator):
    r = translator.translate("clientes de 45 ans", A)
    assert sorted(labels(r)[0]) == ["femmes", "âge : au moins 45 ans"] and r.warnings == ["« 45 ans » lu comme au moins 45"]


@pytest.mark.parametrize("request_, label", [
    ("clientes ayant ouvert un e-mail d'avril à juin 2026", "message ouvert, canal e-mail du 2026-04-01 au 2026-06-30"),
    ("clients ayant visité le site depuis début 2026", "visite du site ou de l'app depuis le 2026-01-01"),
    ("clients ayant commandé en ligne au cours de la dernière semaine", "commande en ligne au cours des 7 derniers jours"),
    # the year that ran up to today, as 'the past year' ('l'an dernier' is 2025, said in a note: test_calendar_last)
    ("clients ayant commandé en ligne sur l'année écoulée", "commande en ligne au cours des 12 derniers mois"),
])
def test_more_french_periods(translator, request_, label):
    r = translator.translate(request_, A)
    if label is None:
        assert r.status == "clarify" or r.warnings
        return
    assert r.status == "ok" and not r.warnings, (r.warnings, r.clarifications)
    assert label in [c.label for c in r.definition.criteria], r.definition.to_text()


def test_a_plain_word_the_catalog_also_names_does_not_narrow_the_behaviour(translator):
    # 'articles' reads as 'items' (a plain word in English too): never the store ticket's item count alone
    r = translator.translate("clientes ayant acheté des articles high-tech cette année", A)
    assert labels(r)[0] == ["femmes", "achat en magasin ou commande en ligne, catégorie électronique depuis le 2026-01-01"] \
        and not r.warnings, (labels(r), r.warnings)


def test_ni_ni_after_a_noun_negates_only_the_pair(translator):
    r = translator.translate("adhérentes VIP ni espagnoles ni italiennes", A)
    assert sorted(labels(r)[0]) == ["VIP", "femmes", "non : Espagne ou Italie"], r.definition.to_text()


@pytest.mark.parametrize("request_, window", [
    ("clients ayant commandé en ligne cet été", "du 2026-06-01 au 2026-08-31"),
    ("clients ayant commandé en ligne pendant l'été", "du 2026-06-01 au 2026-08-31"),
    ("clients ayant commandé en ligne en été 2025", "du 2025-06-01 au 2025-08-31"),
])
def test_ete_after_a_time_word_is_the_summer_not_been(translator, request_, window):
    """'été' is also the participle of 'être': read as 'been', 'cet été' was dropped without a word."""
    r = translator.translate(request_, A)
    assert r.status == "ok" and labels(r)[0] == [f"commande en ligne {window}"], r.definition.to_text()
    assert labels(translator.translate("clients qui ont été VIP", A))[0] == ["VIP"]


def test_sans_negates_its_behaviour_and_a_state_after_et_is_a_criterion(translator):
    r = translator.translate("clients espagnols sans aucun achat ces 6 derniers mois et abonnés aux e-mails", A)
    assert r.status == "ok"
    assert labels(r) == (["Espagne", "consentement : e-mail"],
                         ["achat en magasin ou commande en ligne au cours des 6 derniers mois"]), r.definition.to_text()


@pytest.mark.parametrize("french, english", [
    ("clients dont les dépenses ont baissé cette année par rapport à l'an dernier",
     "customers whose spend dropped this year compared with last year"),
    ("clients qui ont dépensé moins ces 6 derniers mois par rapport aux 6 mois précédents",
     "customers who spent less in the last 6 months than in the 6 months before"),
])
def test_a_change_between_two_periods_reads_as_in_english(translator, french, english):
    fr, en = translator.translate(french, A), translator.translate(english, A)
    assert fr.status == en.status == "ok", (fr.unrecognized, fr.clarifications)
    assert [c.sql for c in fr.definition.criteria] == [c.sql for c in en.definition.criteria], fr.definition.to_text()
    assert all("«" in w for w in fr.warnings), fr.warnings        # the note on 'the 6 months before', in French


def test_a_change_without_its_periods_is_asked_in_french(translator):
    r = translator.translate("clients dont les dépenses ont baissé", A)
    assert r.status == "clarify" and any("compare deux périodes" in c.question for c in r.clarifications)


# Issue 17: a short request has too few grammar words to tell its language; one word that only one language has
# decides when no word of it is English (names and the catalog's loanwords, 'web', 'sms', 'VIP', are every language's).


@pytest.mark.parametrize("request_, lang", [
    ("clientes VIP", "fr"), ("acheteurs web", "fr"), ("abonnés sms", "fr"), ("abonnes SMS", "fr"), ("les VIP", "fr"),
    ("CLIENTES VIP", "fr"), ("inactifs", "fr"), ("acheteurs sneakers", "fr"), ("femmes", "fr"),
    ("VIP customers", "en"), ("web buyers", "en"), ("SMS subscribers", "en"), ("women", "en"), ("VIP", "en"),
    ("Paris", "en"), ("Lyon", "en"), ("sneakers buyers", "en"), ("gold members", "en"), ("newsletter subscribers", "en"),
    # a grammar word outweighs a word only the English dictionary has ('lyonnais', as in the sauce): it was English
    ("les VIP lyonnais", "fr"), ("gold plus members", "en"),
])
def test_short_requests_are_read_in_their_language(translator, request_, lang):
    r = translator.translate(request_, A)
    assert r.language == lang, (r.language, r.status, r.unrecognized)


def test_the_lang_override_wins_over_a_short_request(translator):
    assert translator.translate("clientes VIP", A, lang="en").language == "en"
    assert translator.translate("VIP customers", A, lang="fr").language == "fr"


def test_a_short_french_request_is_answered_in_french(translator):
    r = translator.translate("clientes VIP", A)
    assert r.status == "ok" and labels(r)[0] == ["femmes", "VIP"], (r.status, r.definition and r.definition.to_text())


def _english_words(text: str, request: str) -> list[str]:
    """Words of `text` only English has (the request's own words and the catalog's names aside)."""
    said = set(fold(request).split())
    words = {fold(w) for w in re.findall(r"[^\W\d_]+", re.sub(r"«[^»]*»", " ", text))}
    return sorted(w for w in words - said if len(w) > 2 and lang_en.is_word(w) and not lang_fr.is_word(w))


# Issue 17: every question a French request gets, and every reading it offers, is said in French: a change without
# two periods, vague quantities and periods, and the catalog phrasings offered for a word nothing read.


@pytest.mark.parametrize("request_", [
    "clients dont les dépenses en ligne ont baissé",                 # which two periods
    "clientes ayant acheté quelques fois en magasin",                # how many times
    "clients ayant beaucoup dépensé en ligne",                       # how much
    "clients qui n'ont pas commandé depuis un moment",               # which period
    "clients qui ont le plus dépensé en ligne cette année",          # top how many
    "clients ayant acheté une fois puis plus rien",
    "clients VIP qui acceptent",                                     # readings of an unknown word: French only
    "clients VIP ciblés par une campagne",
])
def test_questions_and_readings_of_a_french_request_are_french(translator, request_):
    r = translator.translate(request_, A)
    assert r.language == "fr" and r.clarifications, (r.language, r.status)
    for q in r.clarifications:
        for text in [q.question, *q.options]:
            assert not _english_words(text, request_), (text, _english_words(text, request_))


@pytest.mark.parametrize("request_, reading, label", [
    ("clients dont les dépenses en ligne ont baissé", "cette année par rapport à l'an dernier",
     "montant moins élevé pour commande en ligne depuis le 2026-01-01 que pour commande en ligne du 2025-01-01 au 2025-12-31"),
    ("clientes ayant acheté quelques fois en magasin", "au moins 3 fois", "achat en magasin (au moins 3 fois)"),
    ("clients qui ont le plus dépensé en ligne", "top 100", "les 100 premiers clients par montant dépensé : commande en ligne"),
])
def test_a_french_reading_picked_reads_back_in_french(translator, request_, reading, label):
    """Each reading rewrites the request in its own language: picked, the request is answered without a question."""
    q = translator.translate(request_, A).clarifications[0]
    again = translator.translate(q.rewrites[q.options.index(reading)], A)
    assert again.language == "fr" and again.status == "ok" and label in labels(again)[0], again.definition.to_text()


# Issue 17, bad input: French of our own with English product words, missing accents, capitals, typos and mixed
# languages. Each is answered (these criteria) or flagged with the phrase named, never silently narrowed or broadened.


@pytest.mark.parametrize("request_, criteria, flagged", [
    ("les acheteurs de sneakers", ["achat en magasin ou commande en ligne, catégorie chaussures"], None),
    ("clientes VIP qui ont acheté des sneakers en ligne", ["femmes", "VIP", "commande en ligne, catégorie chaussures"],
     None),
    ("CLIENTS VIP AYANT ACHETÉ EN MAGASIN CES 6 DERNIERS MOIS", ["VIP", "achat en magasin au cours des 6 derniers mois"],
     None),
    ("CLIENTES QUI N'ONT JAMAIS ACHETE EN LIGNE", ["femmes", "non : commande en ligne"], None),
    ("clients en Belgique ayant depense plus de 200 euros cette annee",
     ["Belgique", "achat en magasin ou commande en ligne (montant total : plus de 200) depuis le 2026-01-01"], None),
    ("clients qui ont achté en magsin au cours des 3 derniers mois", ["achat en magasin au cours des 3 derniers mois"],
     "« magsin » lu comme « magasin »"),
    ("clients who bought online depuis 6 mois", ["commande en ligne au cours des 6 derniers mois"], None),
    ("hommes qui ont bought online ce mois-ci", ["hommes", "commande en ligne depuis le 2026-09-01"], None),
    ("clientes belges ayant acheté des baskets ou des sneakers",
     ["femmes", "Belgique", "achat en magasin ou commande en ligne, catégorie chaussures"], None),
    ("clients VIP ou gold membres", ["VIP ou niveau or"], None),
    # an age is an age, with a behaviour in the same words ('plus de 30 ans' was read as 'more than 30 times')
    ("ACHETEURS WEB DE PLUS DE 30 ANS", ["commande en ligne", "âge : plus de 30 ans"], None),
    ("acheteurs de moins de 25 ans en magasin", ["achat en magasin", "âge : moins de 25 ans"], None),
    ("les 10 % meilleurs clients en ligne cette année",
     ["les 10 % qui dépensent le plus : commande en ligne depuis le 2026-01-01"], None),
    # English words the catalog does not know are asked about, by name
    ("acheteurs de running shoes en magasin cette annee", None, "running"),
    # ('fait du shopping' is French for shopping, a purchase: tests/test_translator_readings.py)
    ("abonnés SMS qui ont fait du scrolling en ligne le mois dernier", None, "scrolling"),
    ("clients VIP ayant acheté en store ces 3 derniers mois", None, "store"),
])
def test_bad_french_input_is_answered_or_flagged_by_name(translator, request_, criteria, flagged):
    r = translator.translate(request_, A)
    assert r.language == "fr", r.language
    if criteria is not None:
        assert labels(r)[0] == criteria, (labels(r), r.unrecognized, r.warnings)
    if flagged is None:
        assert r.status == "ok" and not r.unrecognized, (r.status, r.unrecognized)
    else:
        said = r.unrecognized + r.warnings + [q.phrase for q in r.clarifications]
        assert any(flagged in s for s in said), said


def test_an_age_said_with_a_behaviour_is_an_age_in_english_too(translator):
    r = translator.translate("online buyers more than 30 years old", A)
    assert labels(r)[0] == ["online order", "aged more than 30"], labels(r)


@pytest.mark.parametrize("request_", [
    "customers who bought more than 3 times or spent more than 500 euros",
    "clients ayant acheté plus de 3 fois OU dépensé plus de 500€",
])
def test_or_between_two_amounts_of_one_behaviour_is_applied(translator, request_):
    """Each side keeps its own count or amount, one OR (it was said not applied; never silently both required)."""
    r = translator.translate(request_, A)
    assert r.status == "ok" and [c.spec["kind"] for c in r.definition.criteria] == ["any_of"], r.definition.to_text()
    assert not any("not applied" in w or "pas été appliqué" in w for w in r.warnings), r.warnings


def test_a_terms_period_given_by_a_french_request_is_said_in_its_meaning(translator):
    r = translator.translate("clients inactifs depuis 6 mois", A)
    assert r.definition.criteria[0].meaning.endswith("Période donnée par la demande : au cours des 6 derniers mois."), \
        r.definition.criteria[0].meaning


def test_a_word_the_french_rewrite_added_before_a_behaviour_does_not_break_the_parser(translator):
    r = translator.translate("les 10 % meilleurs clients par montant dépensé", A)
    assert r.status in ("ok", "clarify") and r.language == "fr"


def test_a_note_about_one_month_reads_as_french(translator):
    r = translator.translate("clients VIP ayant acheté en magasin le mois dernier", A)
    assert any(w.startswith("« le mois dernier » lu comme le dernier mois glissant") for w in r.warnings), r.warnings


def test_a_dimension_without_french_words_of_its_own_is_named_by_its_columns_in_notes(translator):
    """'store country' has no French label: its column's ('pays du magasin') names it, never the English words."""
    r = translator.translate("clients ayant acheté en magasin en France ou en Belgique", A)
    notes = [w for w in r.warnings if "lu comme" in w]
    assert notes and not any("country" in w for w in notes), r.warnings


@pytest.mark.parametrize("request_", [
    "Clients d'Espagne ou d'Italie avec plus de 1 000 points de fidélité",
    "clients ayant acheté des chaussures ou de la beauté en 2025",
    "customers in Spain or of Italy",
])
def test_an_or_between_values_of_one_attribute_after_a_small_word_is_read_not_reported(translator, request_):
    """'d'Espagne ou d'Italie' is read 'of spain or of italy': the 'or' joins two values past its 'of', and was
    reported as not applied on a right answer."""
    r = translator.translate(request_, A)
    assert r.status == "ok" and not r.unrecognized, (r.status, r.unrecognized)
    assert not [w for w in r.warnings if "ou »" in w or "'or'" in w], r.warnings


def test_a_status_said_before_a_determiner_and_its_behaviour_is_its_verb(translator):
    """'ayant ouvert un ticket' opened one (any status); 'un ticket ouvert' is one whose status is open."""
    opened = translator.translate("clients ayant ouvert un ticket ce mois-ci", A)
    assert opened.status == "ok" and "statut" not in opened.definition.criteria[0].label, labels(opened)
    assert "status" not in opened.definition.criteria[0].sql
    still_open = translator.translate("clients avec un ticket ouvert", A)
    assert "status = 'open'" in still_open.definition.criteria[0].sql.replace('"', "'"), still_open.definition.criteria[0].sql


@pytest.mark.parametrize("request_", ["Supprime du CRM les clients VIP de Lyon",
                                      "Merci de rédiger un texte pour les clientes VIP",
                                      "Peux-tu traduire en anglais les critères des clients VIP",
                                      "Écris-nous un objet d'e-mail pour les membres Gold",
                                      "Peux-tu surclasser les membres argent de Lyon au niveau or ?",
                                      "Envoie un SMS à toutes les clientes VIP de Nantes pour la vente"])
def test_a_french_request_for_another_task_is_refused_by_name(translator, request_):
    r = translator.translate(request_, A)
    assert r.status == "refused" and "autre chose qu'une audience" in r.message, (r.status, r.message)


def test_write_me_a_list_in_french_is_no_other_task(translator):
    assert translator.translate("Écris-moi une liste des clients VIP à Lyon", A).status != "refused"


@pytest.mark.parametrize("request_, label", [
    ("clients ayant acheté au moins 2 marques différentes en magasin en 2026",
     "au moins 2 valeurs de marque différentes : achat en magasin du 2026-01-01 au 2026-12-31"),
    ("clients ayant commandé en ligne dans plus de 3 catégories distinctes cette année",
     "plus de 3 valeurs de catégorie différentes : commande en ligne depuis le 2026-01-01"),
])
def test_an_adjective_said_after_a_counted_noun_reads_as_a_distinct_count(translator, request_, label):
    """'2 marques différentes': French says 'different' after its noun; the catalog's French word for a dimension
    ('marques') names it as its English name does."""
    r = translator.translate(request_, A)
    assert r.status == "ok" and labels(r) == ([label], []), (r.status, r.unrecognized, labels(r))


@pytest.mark.parametrize("request_, gold", [
    ("visiteurs venus sur le site par au moins 4 sources de trafic différentes en 2026",
     "SELECT customer_id FROM web.sessions WHERE customer_id IS NOT NULL AND started_at >= DATE '2026-01-01' AND started_at < DATE '2026-10-01' "
     "GROUP BY customer_id HAVING count(DISTINCT traffic_source) >= 4"),
    ("clients ayant acheté dans 3 formats de magasin différents depuis janvier 2025",
     "SELECT t.customer_id FROM pos.transactions t JOIN pos.stores s ON s.store_id = t.store_id "
     "WHERE t.customer_id IS NOT NULL AND t.transaction_ts >= DATE '2025-01-01' AND t.transaction_ts < DATE '2026-10-01' "
     "GROUP BY t.customer_id HAVING count(DISTINCT s.store_format) >= 3"),
])
def test_a_counted_name_of_several_words_is_said_in_the_plural_of_its_noun(translator, warehouse, catalog, request_,
                                                                         gold):
    """'sources de trafic', 'formats de magasin': French puts the plural on the noun, before its complement, and
    'différentes' after the whole name; the count counts the dimension's values, never the visits."""
    same_audience(translator, warehouse, catalog, request_, gold)


def test_words_put_out_of_their_order_are_quoted_as_typed(translator):
    """'visité au moins 3 magasins différents' is read in the order 'différents magasins': a question about them
    quotes the words as typed, never an empty phrase."""
    r = translator.translate("clients ayant visité au moins 3 magasins différents en 2026", A)
    assert r.unrecognized and all(r.unrecognized) and "magasins différents" in r.unrecognized, r.unrecognized


@pytest.mark.parametrize("request_, criteria", [
    ("clientes lilloises de plus de 40 ans", ["femmes", "Lille", "âge : plus de 40 ans"]),
    ("Marseillais ayant commandé en ligne en 2026", ["Marseille", "commande en ligne du 2026-01-01 au 2026-12-31"]),
    ("clients ayant acheté dans nos magasins lyonnais cette année",
     ["achat en magasin, ville du magasin Lyon depuis le 2026-01-01"]),
])
def test_the_people_of_a_place_read_as_the_place(catalog, request_, criteria):
    """'lillois', 'marseillais', 'lyonnais': the people of a city the data names read as that city."""
    cities = OfflineTranslator(catalog, {"crm.customers.city": ["Paris", "Lille", "Lyon", "Marseille"],
                                         "pos.stores.city": ["Paris", "Lyon"]})
    r = cities.translate(request_, A)
    assert r.status == "ok" and labels(r) == (criteria, []), (r.status, r.unrecognized, labels(r))


def test_a_word_made_by_an_ending_is_never_a_typos_reading(translator):
    """'lilloises' with no city Lille in the data is asked about: never read as a word made of another value
    ('malloises', of 'mall')."""
    r = translator.translate("clientes lilloises de plus de 40 ans", A)
    assert r.status == "clarify" and r.unrecognized == ["lilloises"], (r.status, r.unrecognized, r.warnings)


@pytest.mark.parametrize("request_, criteria", [
    ("clients dont le dernier achat date de plus de 200 jours",
     ["achat en magasin ou commande en ligne pour la dernière fois avant le 2026-03-14"]),
    ("clients dont la dernière commande en ligne remonte à moins de 2 mois",
     ["commande en ligne pour la dernière fois depuis le 2026-07-30"]),
    ("clients dont la dernière commande en ligne date d'il y a 2 à 5 mois",
     ["commande en ligne pour la dernière fois du 2026-04-30 au 2026-07-29"]),
    ("clients dont le dernier achat date de l'hiver dernier",
     ["achat en magasin ou commande en ligne pour la dernière fois du 2025-12-01 au 2026-02-28"]),
    ("clients dont le dernier achat remonte à plus de 3 mois mais à moins d'un an",
     ["achat en magasin ou commande en ligne pour la dernière fois avant le 2026-06-30",
      "achat en magasin ou commande en ligne depuis le 2025-09-30"]),
])
def test_when_the_latest_event_was_is_read_from_french_verbs(translator, request_, criteria):
    """'dont le dernier achat remonte à / date de ...' is 'whose last purchase was ... ago'; 'dernier achat', also
    an indicator's French name, is the latest purchase beside the time said."""
    r = translator.translate(request_, A)
    assert r.status == "ok" and labels(r) == (criteria, []), (r.status, r.unrecognized, labels(r))


def test_the_noun_of_a_values_attribute_before_it_is_read_with_it(catalog):
    """'le code FREESHIP': French says the noun of 'code promo' before the value; it is that attribute's noun, not a
    word to ask about (English says it after: 'the FREESHIP code')."""
    codes = OfflineTranslator(catalog, {"ecom.orders.coupon_code": ["FREESHIP", "WELCOME10"]})
    r = codes.translate("clients qui ont commandé en ligne avec le code FREESHIP en 2026", A)
    assert r.status == "ok" and not r.unrecognized, (r.status, r.unrecognized)
    assert "commande en ligne, code promo FREESHIP du 2026-01-01 au 2026-12-31" in labels(r)[0], labels(r)


@pytest.mark.parametrize("request_, criteria", [
    ("clients ayant visité le site au moins une dizaine de fois cette année",
     ["visite du site ou de l'app (au moins 10 fois) depuis le 2026-01-01"]),
    ("clients ayant contacté le service client il y a entre 3 et 5 mois",
     ["ticket au service client du 2026-04-30 au 2026-06-29"]),
    ("clients dont le panier moyen en ligne dépasse 150 € sur l'année 2024",
     ["commande en ligne (montant moyen : plus de 150) du 2024-01-01 au 2024-12-31"]),
    ("clients dont la première commande en ligne était en 2024",
     ["commande en ligne pour la première fois du 2024-01-01 au 2024-12-31"]),
])
def test_french_time_and_count_phrases(translator, request_, criteria):
    r = translator.translate(request_, A)
    assert r.status == "ok" and labels(r) == (criteria, []), (r.status, r.unrecognized, labels(r))


@pytest.mark.parametrize("request_, criteria, exclusions", [
    ("clients sans commande en ligne depuis 6 mois mais qui avaient commandé en ligne au moins trois fois avant",
     ["commande en ligne (au moins 3 fois)"], ["commande en ligne au cours des 6 derniers mois"]),
    ("customers without an online order in the last 6 months but who had ordered online at least three times before",
     ["online order (at least 3 times)"], ["online order in the last 6 months"]),
])
def test_a_but_who_after_without_turns_back_to_the_customers(translator, request_, criteria, exclusions):
    """'sans X mais qui avaient Y': the exclusion is X alone; Y is required (both were excluded together)."""
    r = translator.translate(request_, A)
    assert r.status == "ok" and labels(r) == (criteria, exclusions), (r.status, r.unrecognized, labels(r))


@pytest.mark.parametrize("request_, aside", [
    ("clientes VIP ayant acheté des chaussures cette année (tous pays confondus)", "tous pays"),
    ("clientes VIP ayant acheté des chaussures cette année, n'importe quel pays", "n'importe quel pays"),
    ("clientes VIP ayant acheté des chaussures cette année, peu importe le pays", "peu importe le pays"),
])
def test_any_and_an_attributes_noun_in_french_restrict_nothing(translator, request_, aside):
    """'tous pays confondus', 'n'importe quel pays', 'peu importe le pays' between a clause's edges read as 'any
    country': an aside, not a word to ask about."""
    r = translator.translate(request_, A)
    assert r.status == "ok" and aside in r.ignored, (r.status, r.unrecognized, r.ignored)
    assert labels(r) == (["femmes", "VIP", "achat en magasin ou commande en ligne, catégorie chaussures depuis le 2026-01-01"], [])


@pytest.mark.parametrize("request_, criteria", [
    ("clients ayant ouvert un ticket qualité produit cet été",
     ["ticket au service client, motif qualité produit du 2026-06-01 au 2026-08-31"]),
    ("clients qui ont ouvert un e-mail cette semaine", ["message ouvert, canal e-mail depuis le 2026-09-28"]),
    ("clients ayant un ticket qualité produit ouvert", ["ticket au service client, motif qualité produit, statut ouvert"]),
])
def test_a_participle_after_an_auxiliary_is_the_verb_not_the_state(translator, request_, criteria):
    """'ayant ouvert un ticket' is opening one (any ticket), not a ticket still open (was read so, silently);
    'un ticket ouvert' is the state."""
    r = translator.translate(request_, A)
    assert r.status == "ok" and labels(r) == (criteria, []), (r.status, r.unrecognized, labels(r))


@pytest.mark.parametrize("request_, criteria, exclusions", [
    ("clients qui ont consulté des chaussures ce mois-ci",
     ["événement web, type d'événement fiche produit vue, catégorie chaussures depuis le 2026-09-01"], []),
    ("clients qui ont consulté des sacs sur le site ces 15 derniers jours sans en acheter",
     ["événement web, type d'événement fiche produit vue, catégorie accessoires au cours des 15 derniers jours"],
     ["achat en magasin ou commande en ligne, catégorie accessoires au cours des 15 derniers jours"]),
])
def test_a_french_catalog_phrase_reads_with_the_thing_named_in_its_place(translator, request_, criteria, exclusions):
    """'consulté des chaussures' is the catalog's 'consulté un produit' with what the request named there
    (lang_fr.SLOT_WORDS); 'sans en acheter' is 'without buying any' of them, in the window said before."""
    r = translator.translate(request_, A)
    assert r.status == "ok" and labels(r) == (criteria, exclusions), (r.status, r.unrecognized, labels(r))


@pytest.mark.parametrize("request_, criteria", [
    ("clients nés en novembre", ["date de naissance en novembre"]),
    ("clients VIP avec un anniversaire en mai", ["VIP", "date de naissance en mai"]),
    ("clients dont l'anniversaire tombe en juin", ["date de naissance en juin"]),
    ("clients nés en 1990", ["nés en 1990"]),
])
def test_a_birth_month_in_french(translator, request_, criteria):
    """'nés en novembre', 'anniversaire en mai': the birth date's month of any year (lang_fr.BIRTH_WORDS); a year
    stays a year of birth."""
    r = translator.translate(request_, A)
    assert r.status == "ok" and labels(r) == (criteria, []), (r.status, r.unrecognized, labels(r))


@pytest.mark.parametrize("request_, criteria, exclusions, ignored", [
    ("clients ayant commandé en ligne entre 3 et 6 mois en arrière", ["commande en ligne du 2026-03-30 au 2026-06-29"],
     [], []),
    ("clients ayant visité le site cette semaine sans passer de commande en ligne",
     ["visite du site ou de l'app depuis le 2026-09-28"], ["commande en ligne depuis le 2026-09-28"], []),
    ("clients VIP ayant acheté en magasin cette année, par exemple pour un bon d'achat",
     ["VIP", "achat en magasin depuis le 2026-01-01"], [], ["par exemple pour un bon d'achat"]),
    ("clientes VIP ayant acheté en magasin en 2026, hors liste noire bien sûr",
     ["femmes", "VIP", "achat en magasin du 2026-01-01 au 2026-12-31"], ["sur la liste : liste repoussoir"], ["bien sûr"]),
])
def test_french_light_verbs_periods_and_asides(translator, request_, criteria, exclusions, ignored):
    r = translator.translate(request_, A)
    assert r.status == "ok" and labels(r) == (criteria, exclusions), (r.status, r.unrecognized, labels(r))
    assert r.ignored == ignored, r.ignored


@pytest.mark.parametrize("request_, criteria", [
    ("clients ayant mis un article au panier cette semaine",
     ["événement web, type d'événement ajout au panier depuis le 2026-09-28"]),
    ("clients ayant regardé un produit sur le site cette semaine",
     ["événement web, type d'événement fiche produit vue depuis le 2026-09-28"]),
    ("clients arrivés sur le site via les réseaux sociaux cette semaine",
     ["visite du site ou de l'app, source de trafic réseaux sociaux depuis le 2026-09-28"]),
])
def test_french_verbs_said_for_the_catalogs_own(translator, request_, criteria):
    """'mis' for 'ajouté', 'regardé' for 'consulté', 'arrivés' for 'venus' (lang_fr.VERB_ALIASES), also before a
    kind of behaviour the catalog names by a value ('ajouté un article au panier': a web event's type)."""
    r = translator.translate(request_, A)
    assert r.status == "ok" and labels(r) == (criteria, []), (r.status, r.unrecognized, labels(r))


@pytest.mark.parametrize("request_, criteria, exclusions", [
    ("clients ayant acheté en magasin en mars 2026 mais plus depuis",
     ["achat en magasin du 2026-03-01 au 2026-03-31"], ["achat en magasin depuis le 2026-04-01"]),
    ("clients ayant commandé en ligne en janvier, et rien depuis, en France",
     ["commande en ligne du 2026-01-01 au 2026-01-31", "non : commande en ligne depuis le 2026-02-01", "France"], []),
])
def test_depuis_ending_its_clause_is_since_then(translator, request_, criteria, exclusions):
    """'mais plus depuis': 'depuis' ending its clause is 'since then', and 'plus' before it its negation."""
    r = translator.translate(request_, A)
    assert r.status == "ok" and labels(r) == (criteria, exclusions), (r.status, r.unrecognized, labels(r))


@pytest.mark.parametrize("request_, criteria", [
    ("clients ayant ouvert un ticket au printemps", ["ticket au service client du 2026-03-01 au 2026-05-31"]),
    ("customers who opened a ticket in spring", ["customer service ticket from 2026-03-01 to 2026-05-31"]),
    ("clients ayant ouvert un e-mail cet été", ["message ouvert, canal e-mail du 2026-06-01 au 2026-08-31"]),
])
def test_a_behaviours_verb_before_another_behaviour_is_its_verb(translator, request_, criteria):
    """'opened a ticket': the verb of a message opened, said of a ticket, is the ticket's verb (a message opened
    was also required, silently); 'opened an email' stays a message opened."""
    r = translator.translate(request_, A)
    assert r.status == "ok" and labels(r) == (criteria, []), (r.status, r.unrecognized, labels(r))


@pytest.mark.parametrize("request_, criteria, exclusions", [
    ("clients qui ont consulté des sacs sur le site ces 15 derniers jours sans rien acheter sur la période",
     ["événement web, type d'événement fiche produit vue, catégorie accessoires au cours des 15 derniers jours"],
     ["achat en magasin ou commande en ligne au cours des 15 derniers jours"]),
    ("clients en France avec optin SMS obligatoire", ["France", "consentement : SMS"], []),
])
def test_the_period_said_before_and_a_required_state(translator, request_, criteria, exclusions):
    """'sur la période' is the period said before; 'optin SMS obligatoire' requires the consent, as said."""
    r = translator.translate(request_, A)
    assert r.status == "ok" and labels(r) == (criteria, exclusions), (r.status, r.unrecognized, labels(r))


def test_a_verb_said_for_the_catalogs_own_reads_with_the_thing_in_its_place(translator):
    """'regardé des jouets': 'regardé' said for 'consulté' (VERB_ALIASES), whose phrase 'consulté un produit' holds a
    place for the thing (SLOT_WORDS)."""
    r = translator.translate("clients ayant regardé des jouets sur le site ces 30 derniers jours", A)
    assert r.status == "ok" and labels(r) == (
        ["événement web, type d'événement fiche produit vue, catégorie enfants au cours des 30 derniers jours"], []), \
        (r.status, r.unrecognized, labels(r))


@pytest.mark.parametrize("request_", [
    "clients ayant acheté des articles enfants (Petit Bateau, Lego, peu importe la marque) depuis juin",
    "customers who bought kids products (Petit Bateau, Lego, any brand) since June",
])
def test_a_bracket_of_examples_that_says_any_is_an_aside(catalog, request_):
    """'(Petit Bateau, Lego, peu importe la marque)': examples of what is asked, not a filter on those brands."""
    brands = OfflineTranslator(catalog, {"pim.products.brand": ["Petit Bateau", "Lego", "Nike"]})
    r = brands.translate(request_, A)
    assert r.status == "ok" and "brand" not in r.definition.criteria[0].sql, r.definition.criteria[0].sql


def test_an_english_request_with_english_grammar_builds_no_french_reader(catalog):
    """Detecting English from its grammar words needs no other language's lexicon: building the French one cost
    the app's first Build click about half a second."""
    t = OfflineTranslator(catalog)
    r = t.translate("VIP customers who bought at least twice in store in the last 6 months", A)
    assert r.language == "en" and set(t._readers) == {"en"}
    assert t.translate("clientes VIP ayant acheté en magasin", A).language == "fr"


def test_a_part_of_a_name_is_noted_in_french_words(catalog):
    """The note names the column in French and counts the names left out in French: 'nom du magasin', not
    'en magasin name' (its English note was split after the first word), and 'et 1 autre', not 'and 1 more'."""
    stores = OfflineTranslator(catalog, {"pos.stores.store_name": [
        "Wertheim Village Outlet", "Serravalle Outlet", "La Roca Village Outlet", "Paris Vallee Village Outlet",
        "Lyon Part-Dieu", "Ingolstadt Village Outlet", "Kildare Village Outlet"]})
    one = stores.translate("clients ayant acheté à l'outlet de Wertheim en 2025", A, lang="fr")
    assert "« Wertheim » lu comme nom du magasin 'Wertheim Village Outlet' (les noms dont il fait partie)" \
        in one.warnings, one.warnings
    many = stores.translate("clients ayant acheté dans un magasin Village Outlet en 2025", A, lang="fr")
    assert any("'Wertheim Village Outlet'" in w and "et 1 autre (les noms dont il fait partie)" in w
               for w in many.warnings), many.warnings


@pytest.mark.parametrize("request_", [
    "clientes qui ont ajouté un article au panier ce mois-ci",
    "clients ayant mis un produit au panier ces 10 derniers jours",
    "clients qui ont ajouté au panier depuis juin",
    "customers who added to cart this month",
    "customers who have added something to their cart since June",
    "ont mis un article au panier ces 10 derniers jours",                   # the auxiliary opens the request
    "ceux qui ont ajouté au panier cette semaine",                          # 'ceux qui' is the catalog's phrase
])
def test_a_behaviours_value_said_as_the_clauses_verb_names_the_behaviour(translator, request_):
    """'qui ont ajouté un article au panier' is the catalog's own phrase, verb and all: no 'no verb named' note (there
    was one for the French phrase read whole, never for the English 'added an item to their cart')."""
    r = translator.translate(request_, A)
    assert r.status == "ok" and "add_to_cart" in r.definition.criteria[-1].sql, (r.status, r.unrecognized)
    assert not any("verbe" in w or "verb" in w for w in r.warnings), r.warnings


@pytest.mark.parametrize("request_, words", [
    ("clients avec un ajout au panier ce mois-ci", "ajout au panier"),
    ("customers with a page view this month", "page view"),
])
def test_a_behaviours_value_said_as_a_noun_is_still_noted(translator, request_, words):
    r = translator.translate(request_, A)
    assert any(words in w and ("verb" in w or "verbe" in w) for w in r.warnings), r.warnings


@pytest.mark.parametrize("request_, note", [
    ("clients ayant achté en magasin ce mois-ci", "« achté » lu comme « acheté »"),
    ("CLIENTES EN BELGIQEU", "« BELGIQEU » lu comme « Belgique »"),
    ("customers in Frnace who bought in store", "read 'Frnace' as 'France'"),
])
def test_a_typo_note_names_the_word_as_typed_and_the_value_as_the_catalog_writes_it(translator, request_, note):
    """Not the folded key the lexicon matched ('acheté', not 'achete'; 'Belgique', not 'belgique')."""
    r = translator.translate(request_, A)
    assert note in r.warnings or note[:1].upper() + note[1:] in r.warnings, r.warnings


@pytest.fixture(scope="module")
def streambox():
    from assistant.evals import CATALOGS
    from schema_catalog import load_catalog
    return OfflineTranslator(load_catalog(CATALOGS["streambox"]))


# A short French request is French with an English word in it: a name typed as one ('Premium', 'Apple Watch'), an
# English word French says as its own ('premium', 'shopping'), and 'à' (folded 'a', but no English word has an accent).


@pytest.mark.parametrize("request_, lang", [
    ("Clients Premium", "fr"), ("clients premium", "fr"), ("CLIENTS PREMIUM", "fr"), ("Acheteurs Premium", "fr"),
    ("Clientes VIP à Lyon", "fr"), ("Abonnés SMS", "fr"), ("Clientes premium à Lyon", "fr"),
    ("Premium customers", "en"), ("VIP buyers in Lyon", "en"), ("VIP Buyers In Lyon", "en"), ("Loyal Customers", "en"),
])


@pytest.mark.parametrize("which", ["demo", "streambox"])
def test_short_capitalised_french_requests_are_french(translator, streambox, which, request_, lang):
    r = (translator if which == "demo" else streambox).translate(request_, A)
    assert r.language == lang, (r.language, r.status, r.unrecognized)


@pytest.mark.parametrize("request_, exclusions, noted", [
    ("clients ayant acheté en magasin ces 30 derniers jours sans commander en ligne",
     ["commande en ligne au cours des 30 derniers jours"], True),
    ("customers who visited the site this month without placing an online order", ["online order since 2026-09-01"],
     True),
    ("clients ayant acheté en magasin ces 30 derniers jours sans jamais commander en ligne", ["commande en ligne"], False),
])
def test_a_behaviour_after_without_is_read_in_the_period_said_before(translator, request_, exclusions, noted):
    """'sans commander en ligne' right after 'ces 30 derniers jours', with no period of its own, is in those 30 days
    (it was every order ever, said nowhere), and a note says so; 'sans jamais' keeps all time."""
    r = translator.translate(request_, A)
    assert r.status == "ok" and labels(r)[1] == exclusions, (r.status, r.unrecognized, labels(r))
    assert any("même période" in w or "same window" in w for w in r.warnings) == noted, r.warnings


def test_a_column_with_no_french_words_is_named_by_its_dimension_in_a_note(translator):
    """The consents' channel has no French label of its own: the note named it 'consents canal', with an English
    'with' in the other reading; a French note is French throughout."""
    r = translator.translate("les abonnés newsletter clients qui ont acheté en magasin en 2025", A)
    note = next(w for w in r.warnings if "newsletter" in w)
    assert "consents" not in note and " with " not in note and "canal e-mail" in note, note


@pytest.mark.parametrize("request_, kept, removed", [
    ("customers who visited the site last week but didn't order", "online order in the last 7 days", ""),
    ("clients qui ont visité le site la semaine dernière mais n'ont pas commandé",
     "commande en ligne au cours des 7 derniers jours", ""),
    ("customers who added to cart this month but no online order", "", "online order since 2026-09-01"),
    ("clients qui ont ajouté au panier ce mois-ci mais pas de commande en ligne", "",
     "commande en ligne depuis le 2026-09-01"),
    # 'never', 'already' keep all time; what is had now is a state, not a behaviour of that period
    ("customers who visited the site last week but never ordered", "online order", ""),
    ("clients qui ont visité le site la semaine dernière mais n'ont jamais commandé", "commande en ligne", ""),
    ("customers who bought in the last 6 months, except those who still have an open ticket", "",
     "customer service ticket, status open"),
    ("clients ayant acheté ces 6 derniers mois, sauf ceux qui ont un ticket ouvert", "",
     "ticket au service client, statut ouvert"),
    # people named again are a group of their own, not the behaviour continued
    ("customers who bought online in the last 3 months, excluding those who unsubscribed from email", "",
     "unsubscribed from a message, channel email"),
    ("clients ayant commandé en ligne ces 3 derniers mois, sauf ceux qui se sont désabonnés", "", "désabonnement"),
])
def test_a_behaviour_negated_after_a_period_is_negated_in_it(translator, request_, kept, removed):
    """'visited the site last week but didn't order': the order is negated in that week (said in a note), as after
    'without'; read over all time it removed everyone who ever ordered, silently."""
    r = translator.translate(request_, A)
    criteria, exclusions = labels(r)
    assert r.status == "ok", (r.status, r.unrecognized, r.clarifications)
    if kept:
        assert criteria[-1].split(": ", 1)[-1] == kept, criteria
    else:
        assert exclusions == [removed], exclusions
    assert any("même période" in w or "same window" in w for w in r.warnings) == ("7 derniers" in kept + removed
                                                                                    or "7 days" in kept + removed
                                                                                    or "09-01" in removed), r.warnings


def test_a_state_after_a_comma_ends_the_without(translator):
    """'sans en acheter, opt-in SMS': the consent is asked of the customers, as after 'et' (it was excluded)."""
    r = translator.translate("clients ayant consulté des chaussures ces 10 derniers jours sans en acheter, opt-in SMS", A)
    assert r.status == "ok" and "consentement : SMS" in labels(r)[0], labels(r)


@pytest.mark.parametrize("request_, criterion", [
    ("clients avec 3 commandes annulées ou plus cette année", "commande annulée (au moins 3 fois) depuis le 2026-01-01"),
    ("clients avec 4 commandes en ligne ou moins cette année", "commande en ligne (au plus 4 fois) depuis le 2026-01-01"),
    ("clients ayant acheté en magasin deux fois ou plus ce mois-ci",
     "achat en magasin (au moins 2 fois) depuis le 2026-09-01"),
    ("customers with 3 cancelled orders or more this year", "cancelled order (at least 3 times) since 2026-01-01"),
])
def test_a_bound_said_after_what_a_number_counts_is_the_numbers(translator, request_, criterion):
    """'3 commandes annulées ou plus', 'deux fois ou plus': the bound sets the count; neither a note that the number was
    read as at least 3 nor one that the 'ou' was not applied (both were said)."""
    r = translator.translate(request_, A)
    assert r.status == "ok" and labels(r)[0] == [criterion], (r.status, r.unrecognized, labels(r))
    assert not r.warnings, r.warnings


@pytest.mark.parametrize("request_, criteria, exclusions", [
    ("clientes ayant acheté de la beauté ces 12 derniers mois, par ex. pour un bon d'achat. Pas les VIP.",
     ["femmes", "achat en magasin ou commande en ligne, catégorie beauté au cours des 12 derniers mois", "non : VIP"], []),
    ("clients VIP ayant acheté en magasin cette année, par ex. pour une carte cadeau. Merci",
     ["VIP", "achat en magasin depuis le 2026-01-01"], []),
])
def test_an_abbreviations_full_stop_ends_no_sentence(translator, request_, criteria, exclusions):
    """'par ex. pour un bon d'achat' is one aside: the full stop of 'ex.' ended a sentence, and the rest was read as a
    criterion ('bon d'achat': an online order, with a note)."""
    r = translator.translate(request_, A)
    assert r.status == "ok" and labels(r) == (criteria, exclusions), (r.status, r.unrecognized, labels(r))
    assert any(a.startswith("par ex.") for a in r.ignored), r.ignored


@pytest.mark.parametrize("request_, exclusions", [
    ("clients ayant commandé en ligne cet été, sauf ceux qui ont retourné une de ces commandes",
     ["commande en ligne, statut de commande retournée du 2026-06-01 au 2026-08-31"]),
    ("customers who ordered online in August, excluding those who returned one of these orders",
     ["online order, status returned from 2026-08-01 to 2026-08-31"]),
])
def test_a_demonstrative_before_a_behaviours_noun_points_back(translator, request_, exclusions):
    """'une de ces commandes' is one of the orders said before, in their period (it was any returned order ever:
    the status value of its own kept the pronoun from pointing back)."""
    r = translator.translate(request_, A)
    assert r.status == "ok" and labels(r)[1] == exclusions, (r.status, r.unrecognized, labels(r))


@pytest.mark.parametrize("request_, criteria", [
    ("clients recrutés par parrainage ou par l'appli", ["parrainage ou application mobile"]),
    ("clients inscrits par parrainage ou par le site web", ["parrainage ou site web"]),
])
def test_or_before_a_preposition_and_a_value_of_the_same_attribute_is_applied(translator, request_, criteria):
    """'parrainage ou par l'appli': one attribute's two values, the 'ou' applied (it was said not to be, falsely)."""
    r = translator.translate(request_, A)
    assert r.status == "ok" and labels(r)[0] == criteria and not r.warnings, (r.status, labels(r), r.warnings)


# -- the first or latest event, said to be of a kind: the same reading as in English ------------------------------


@pytest.mark.parametrize("request_, edge, where", [
    ("clients dont le premier achat a été fait dans un centre commercial", "min", "p.fmt = 'mall'"),
    ("clients dont le dernier achat a été fait en ligne, il y a plus de 3 mois", "max",
     "p.ch = 'online' AND e.ts < DATE '2026-06-30'"),
])
def test_the_first_or_latest_purchase_said_to_be_of_a_kind_in_french(translator, warehouse, catalog, request_, edge, where):
    r = same_audience(translator, warehouse, catalog, request_, edge_purchase(edge, where))
    assert labels(r)[0][0].startswith(("le premier parmi", "le dernier parmi")), labels(r)


def test_the_latest_order_over_an_amount_is_that_orders_amount_in_french(translator, warehouse, catalog):
    same_audience(translator, warehouse, catalog, "clients dont la dernière commande a dépassé 150 €",
                  "SELECT o.customer_id FROM ecom.orders o JOIN (SELECT customer_id, max(order_ts) AS ts FROM ecom.orders "
                  "WHERE status <> 'cancelled' GROUP BY customer_id) e ON e.customer_id = o.customer_id "
                  "AND o.order_ts = e.ts WHERE o.status <> 'cancelled' AND o.total_amount > 150")


def test_a_share_is_ranked_among_the_customers_said_after_parmi(translator, warehouse, catalog):
    r = same_audience(translator, warehouse, catalog, "parmi nos clients espagnols, le top 5 % en dépenses en ligne cette année",
                      "SELECT customer_id FROM (SELECT o.customer_id, percent_rank() OVER (ORDER BY sum(o.total_amount)) AS pr "
                      "FROM ecom.orders o JOIN crm.customers c ON c.customer_id = o.customer_id WHERE c.country = 'ES' "
                      "AND o.status <> 'cancelled' AND o.order_ts >= DATE '2026-01-01' GROUP BY o.customer_id) r "
                      "WHERE pr >= 0.95")
    assert "(classés parmi : Espagne)" in " ".join(labels(r)[0]), labels(r)


@pytest.mark.parametrize("request_, criteria", [
    ("clients ayant effectué une commande en ligne cette année", ["commande en ligne depuis le 2026-01-01"]),
    ("clients ayant réalisé un achat en ligne ce mois-ci", ["commande en ligne depuis le 2026-09-01"]),
    ("clientes qui ont fait une recherche sur le site cette semaine",
     ["femmes", "événement web, type d'événement recherche depuis le 2026-09-28"]),
])
def test_the_light_verbs_fait_effectue_realise_are_read(translator, request_, criteria):
    """'fait', 'effectué', 'réalisé' are 'made' (lang_fr.WORDS): a comment had swallowed them, and they were asked
    about as words nothing in the catalog explains."""
    r = translator.translate(request_, A)
    assert r.status == "ok" and labels(r)[0] == criteria, (r.status, r.unrecognized, labels(r))


def test_depuis_toujours_is_ever(translator):
    """'depuis toujours' is 'ever' (all time), not 'since' with nothing after it (asked about)."""
    r = translator.translate("clients ayant passé au moins 12 commandes en ligne depuis toujours", A)
    assert r.status == "ok" and labels(r)[0] == ["commande en ligne (au moins 12 fois)"], (r.unrecognized, labels(r))


@pytest.mark.parametrize("request_, criteria", [
    ("clients qui ont ajouté des chaussures au panier ce mois-ci",
     ["événement web, type d'événement ajout au panier, catégorie chaussures depuis le 2026-09-01"]),
    ("clients ayant mis des jouets dans leur panier cette semaine",
     ["événement web, type d'événement ajout au panier, catégorie enfants depuis le 2026-09-28"]),
    ("clients ayant ajouté des sacs à leur liste d'envies ce mois-ci",
     ["événement web, type d'événement ajout à la liste d'envies, catégorie accessoires depuis le 2026-09-01"]),
    ("customers who added shoes to cart this week",
     ["tracked web event, event type add_to_cart, category shoes since 2026-09-28"]),
])
def test_the_thing_named_between_a_catalog_verb_and_the_rest_of_its_phrase(translator, request_, criteria):
    """'ajouté des chaussures au panier' is the catalog's 'ajouté au panier' with the thing after its verb (only the
    phrases written with 'un article' held a place, and their 'au panier' was looked for before the grammar's
    rewrite, as 'au', never as the 'at' the parser reads; 'panier' alone, the basket, gives way to the phrase)."""
    r = translator.translate(request_, A)
    assert r.status == "ok" and labels(r)[0] == criteria, (r.status, r.unrecognized, labels(r))


@pytest.mark.parametrize("request_, criteria", [
    ("clients venus sur le site depuis une tablette cette semaine",
     ["visite du site ou de l'app, type d'appareil tablette depuis le 2026-09-28"]),
    ("visiteurs arrivés sur le site depuis les réseaux sociaux ce mois-ci",
     ["visite du site ou de l'app, source de trafic réseaux sociaux depuis le 2026-09-01"]),
])
def test_depuis_before_a_catalog_value_is_from(translator, request_, criteria):
    """'depuis une tablette' is 'from a tablet' (it was 'since', and left unread); 'depuis juin' is still 'since'."""
    r = translator.translate(request_, A)
    assert labels(r)[0] == criteria and "depuis" not in " ".join(r.unrecognized), (r.unrecognized, labels(r))


@pytest.mark.parametrize("request_, criteria", [
    ("clientes venues sur le site cette semaine", ["visite du site ou de l'app depuis le 2026-09-28", "femmes"]),
    ("personnes venues sur le site depuis une tablette ce mois-ci",
     ["visite du site ou de l'app, type d'appareil tablette depuis le 2026-09-01"]),
])
def test_a_participle_reads_in_each_of_its_agreements(translator, request_, criteria):
    """The catalog writes 'venu sur le site' and 'venus sur le site': 'venues' is the same phrase (lang_fr.AGREEMENT),
    not a word nothing explains."""
    r = translator.translate(request_, A)
    assert r.status == "ok" and labels(r)[0] == criteria, (r.status, r.unrecognized, labels(r))


@pytest.mark.parametrize("request_", [
    "customers who came to a store last month without buying anything",
    "clients ayant acheté en magasin ce mois-ci, sauf ceux qui ont fait un achat ce mois-ci",
])
def test_a_criterion_an_exclusion_removes_entirely_is_asked(translator, request_):
    """A store visit is a store purchase in this catalog: 'came to a store ... without buying anything' selects no
    one. It was answered with an empty audience and no word; it is a question, as two criteria that cannot both hold."""
    r = translator.translate(request_, A)
    assert r.status == "clarify" and r.clarifications, (r.status, labels(r))


def test_an_exclusion_of_another_behaviour_is_no_contradiction(translator):
    r = translator.translate("customers who bought in store last month without placing an online order", A)
    assert r.status == "ok", [c.question for c in r.clarifications]


@pytest.mark.parametrize("request_, first", [
    ("Clients inactifs - rien acheté depuis 2 ans - ayant cliqué sur un e-mail ce mois-ci", "client inactif"),
    ("Clients VIP : ceux qui ont acheté des chaussures cette année", "VIP"),
])
def test_the_customers_noun_and_a_catalog_word_before_a_dash_name_the_audience(translator, request_, first):
    """'Clients inactifs - ...' names the audience the rest defines, like 'les lillois omnicanaux :' (it was taken
    as a campaign's title and dropped, with no word)."""
    r = translator.translate(request_, A)
    assert r.status == "ok" and labels(r)[0][0] == first and not r.ignored, (r.status, labels(r), r.ignored)


def test_a_glossary_term_only_a_title_names_is_noted(translator):
    """'Campaign Lapsed - ...': a title's term of the glossary is said not to be read, like a title's value."""
    r = translator.translate("Lapsed relaunch campaign - no purchase in 18 months - who opened an email in the last "
                             "60 days", A)
    assert any("'Lapsed' is in the title" in w for w in r.warnings), r.warnings


def test_an_english_customers_noun_after_a_term_before_a_dash_names_the_audience(translator):
    """'Lapsed customers - ...' names the audience, as 'Clients inactifs - ...' does: the term is read, over the
    18 months the absence beside it says (its own 12 by default)."""
    r = translator.translate("Lapsed customers - no purchase in 18 months - who opened an email in the last 60 days", A)
    terms = [c for c in r.definition.criteria if c.spec.get("kind") == "term"]
    assert r.status == "ok" and not r.ignored and len(terms) == 1, (r.status, r.ignored, r.definition.to_text())
    assert terms[0].spec["window"]["amount"] == 18, terms[0].spec


def test_a_terms_meaning_is_quoted_in_french(translator):
    """A note quoting the glossary's meaning of a term quotes the catalog's French meaning (the English one came
    through word by word: 'At least one achat en magasin and au moins one online achat')."""
    r = translator.translate("clients omnicanaux depuis mars", A)
    assert any("le terme « client omnicanal » n'a pas de période (Au moins un achat en magasin et au moins un achat "
               "en ligne" in w for w in r.warnings), r.warnings


@pytest.mark.parametrize("request_, criteria", [
    ("clients qui n'ont acheté ni en magasin ni en ligne cette année",
     ["non : achat en magasin depuis le 2026-01-01", "non : commande en ligne depuis le 2026-01-01"]),
    ("clients ayant vu des chaussures sur le site mais qui n'en ont acheté ni en magasin ni en ligne",
     ["événement web, type d'événement fiche produit vue, catégorie chaussures",
      "non : achat en magasin, catégorie chaussures", "non : commande en ligne, catégorie chaussures"]),
])
def test_ni_ni_after_a_denied_verb_denies_both(translator, request_, criteria):
    """"n'ont acheté ni en magasin ni en ligne": the pair is the denied verb's (it read 'bought', then 'neither ...'
    as a clause of its own: a purchase required and both channels excluded, nobody); "n'en" is the thing said
    before (the shoes), not the preposition."""
    r = translator.translate(request_, A)
    assert r.status == "ok" and labels(r)[0] == criteria, (r.status, labels(r), r.unrecognized)


def test_y_before_the_verb_is_the_thing_said_before(translator):
    """"n'y ont jamais cliqué": 'y' points back at what the behaviour before was about (that email), as English
    "never clicked it"; it was a grammar word, and the click denied was on any message."""
    r = translator.translate("clients qui ont ouvert un email promotionnel mais n'y ont jamais cliqué", A)
    assert r.status == "ok" and labels(r)[0] == ["message ouvert, canal e-mail, objectif promotion",
                                                 "non : message cliqué, canal e-mail, objectif promotion"], labels(r)


def test_le_before_a_tense_auxiliary_is_the_thing_said_before(translator):
    """"ne l'ont pas ouvert": 'l'' before 'ont' is the object pronoun (that email), as "sans l'avoir ouvert"; it was
    read as an article, and the open denied was of any message."""
    r = translator.translate("clients qui ont reçu un email promotionnel mais ne l'ont pas ouvert", A)
    assert r.status == "ok" and labels(r)[0] == ["message reçu, canal e-mail, objectif promotion",
                                                 "non : message ouvert, canal e-mail, objectif promotion"], labels(r)


def test_y_compris_is_no_pronoun(translator):
    """'y compris' (including) is no 'y' pointing back: read as one phrase, asked about, never a behaviour denied."""
    r = translator.translate("clients or avec moins de 3 visites sur le site, y compris ceux qui ne sont jamais venus", A)
    assert "y compris" in r.unrecognized and not any(c.startswith("non") for c in labels(r)[0]), labels(r)


@pytest.mark.parametrize("request_, criteria, ignored", [
    ("stp sors-moi les clients VIP en Espagne", ["VIP", "Espagne"], ["stp"]),
    ("Quels clients belges sont au niveau or ?", ["Belgique", "niveau or"], []),
    ("Combien de clientes VIP on a en Italie ?", ["femmes", "VIP", "Italie"], []),
    ("niveau or avec plus de deux mille trois cents points (presque VIP)",
     ["niveau or", "points de fidélité : plus de 2300"], ["presque VIP"]),
])
def test_french_request_verbs_questions_and_a_near_bracket(translator, request_, criteria, ignored):
    """'sors-moi', 'Quels', 'Combien de' ask for the list (each was asked about); '(presque VIP)' says how near the
    customers are to something else: an aside (lang_en.NEAR_WORDS), not a second tier that contradicts the first."""
    r = translator.translate(request_, A)
    assert r.status == "ok" and labels(r) == (criteria, []), (r.status, r.unrecognized, labels(r))
    assert r.ignored == ignored, r.ignored


@pytest.mark.parametrize("request_, criteria, exclusions", [
    ("clients ayant commandé sur l'année glissante", ["commande en ligne au cours des 12 derniers mois"], []),
    ("clients ayant ouvert un ticket le mois écoulé", ["ticket au service client au cours du dernier mois"], []),
    ("clients ayant commandé en ligne en août mais pas acheté en magasin ce mois-là",
     ["commande en ligne du 2026-08-01 au 2026-08-31"], ["achat en magasin du 2026-08-01 au 2026-08-31"]),
    ("clients ayant contacté le service à la clientèle au sujet d'une livraison cette année",
     ["ticket au service client, motif livraison depuis le 2026-01-01"], []),
])
def test_french_periods_just_run_the_period_named_before_and_about(translator, request_, criteria, exclusions):
    """'l'année glissante', 'le mois écoulé' are the last year, month; 'ce mois-là' the month named before;
    'au sujet de' is 'about'; 'service à la clientèle' (Quebec) the customer service."""
    r = translator.translate(request_, A)
    assert r.status == "ok" and labels(r) == (criteria, exclusions), (r.status, r.unrecognized, labels(r))


@pytest.mark.parametrize("request_, criteria", [
    ("clientes qui acceptent les SMS", ["femmes", "consentement : SMS"]),
    ("clients dont la valeur prédite à 12 mois dépasse 1 000 €", ["valeur prédite : plus de 1000"]),
])
def test_french_words_for_a_consent_and_the_predicted_value(translator, request_, criteria):
    r = translator.translate(request_, A)
    assert r.status == "ok" and labels(r) == (criteria, []), (r.status, r.unrecognized, labels(r))


@pytest.mark.parametrize("request_, criteria, ignored", [
    ("clients ayant commandé en ligne ces 6 mois passés", ["commande en ligne au cours des 6 derniers mois"], []),
    ("clients ayant acheté des chaussures dans nos magasins (peu importe lequel)",
     ["achat en magasin, catégorie chaussures"], ["peu importe lequel"]),
])
def test_french_past_periods_and_whichever(translator, request_, criteria, ignored):
    """'les 6 mois passés' is a past period ('passés' was asked about); '(peu importe lequel)' says whichever: a
    bracket of examples, an aside."""
    r = translator.translate(request_, A)
    assert r.status == "ok" and labels(r) == (criteria, []), (r.status, r.unrecognized, labels(r))
    assert r.ignored == ignored, r.ignored


@pytest.mark.parametrize("request_, criteria", [
    ("tout client VIP qui habite en Espagne", ["VIP", "Espagne"]),
    ("chaque client VIP qui vit au Canada", ["VIP", "Canada"]),
])
def test_french_singular_verbs_of_residence(translator, request_, criteria):
    """'habite en', 'vit au' (the plural 'habitent en' was read; the singular asked about)."""
    r = translator.translate(request_, A)
    assert r.status == "ok" and labels(r) == (criteria, []), (r.status, r.unrecognized, labels(r))


@pytest.mark.parametrize("request_, criteria", [
    ("clients ayant passé 3 commandes ou plus au S1", ["commande en ligne (au moins 3 fois) du 2026-01-01 au 2026-06-30"]),
    ("clients de 30 ans ou plus", ["âge : au moins 30 ans"]),
])
def test_a_bound_said_after_the_counted_noun(translator, request_, criteria):
    """'3 commandes ou plus' is '3 or more orders': it was read 'at least 3' with a note, and 'ou' was said to be
    'not applied'; an age keeps its own phrase ('30 ans ou plus')."""
    r = translator.translate(request_, A)
    assert r.status == "ok" and labels(r) == (criteria, []) and not r.warnings, (r.status, r.warnings, labels(r))


@pytest.mark.parametrize("request_, criteria", [
    ("clients qui n'ont acheté qu'une fois", ["achat en magasin ou commande en ligne (exactement 1 fois)"]),
    ("clients qui n'ont que 2 commandes", ["commande en ligne (exactement 2 fois)"]),
])
def test_ne_que_restricts_a_count(translator, request_, criteria):
    """"n'ont acheté qu'une fois" is exactly once: the 'que' was the relative 'that' and the restriction was dropped,
    every buyer silently (set #9's first score showed none, the lead's reading of 'ne ... que' found it)."""
    r = translator.translate(request_, A)
    assert r.status == "ok" and labels(r)[0] == criteria, (r.status, labels(r), r.unrecognized)


def test_ne_que_on_a_device_is_every_order_on_it(translator, warehouse, catalog):
    """'n'ont commandé que sur l'appli': every order on the app, none with another device (or none recorded), as
    English 'ordered only on the app' (it was asked: the app is no channel of its own kind, but a value of the
    order's own dimension)."""
    r = same_audience(translator, warehouse, catalog, "clients qui n'ont commandé que sur l'appli",
                      "SELECT customer_id FROM ecom.orders WHERE status <> 'cancelled' GROUP BY customer_id "
                      "HAVING bool_and(device = 'app')")
    assert any("une autre valeur de « appareil »" in w for w in r.warnings), r.warnings


def test_ne_que_on_a_channel_excludes_the_other_channel(translator, warehouse, catalog):
    """'n'achètent qu'en ligne': online purchases and none in store (the other channel of the purchase; set #24's
    X33), said in a note; it was asked."""
    r = same_audience(translator, warehouse, catalog, "clients qui n'achètent qu'en ligne",
                      "SELECT customer_id FROM ecom.orders WHERE status <> 'cancelled' EXCEPT "
                      "SELECT customer_id FROM pos.transactions WHERE customer_id IS NOT NULL")
    assert any("une autre valeur de « canal »" in w for w in r.warnings), r.warnings


def test_a_negation_before_que_is_no_restriction(translator):
    """'ne ... pas que' is 'not only': the restriction's question would misread it."""
    r = translator.translate("clients qui n'ont pas acheté que des chaussures", A)
    assert all("rien d'autre" not in c.question for c in r.clarifications)


def test_an_amount_said_with_a_count_is_worded_each_not_a_total(translator):
    """The SQL counted orders over 100 each, while the French label said 'montant total : plus de 100': the marketer
    checking the label read another audience than the one built."""
    r = translator.translate("clients avec 3 commandes de plus de 100 € cette année", A)
    assert labels(r)[0] == ["commande en ligne (au moins 3 fois) (plus de 100 à chaque fois) depuis le 2026-01-01"]
    assert "FILTER (WHERE amount > 100) >= 3" in r.definition.criteria[0].sql


def test_a_share_of_spend_is_read_as_a_share_never_as_an_amount(translator):
    """'plus de 30 % des dépenses ... concernent le sport' read sports spend over 30 (euros), silently (set #13,
    fr13-041, after its first score); it was then asked; it is a share of the spend (test_translator_readings checks
    the audience)."""
    r = translator.translate("Clients dont plus de 30 % des dépenses de l'année écoulée concernent le sport", A)
    assert r.status == "ok" and "plus élevé que 30 % du montant" in labels(r)[0][0], (r.status, labels(r))
    assert "0.3 * sum(b)" in r.definition.criteria[0].sql


def test_an_amount_of_one_thing_bought_is_noted_in_french(translator):
    """'un produit de plus de 300 €' is read as one purchase (as English is, since 'un' says one event): its note
    was written in English."""
    r = translator.translate("clients qui ont acheté un produit de plus de 300 €", A)
    assert r.warnings and not any(english_words(w, frozenset({"€"})) for w in r.warnings), r.warnings
    assert any("lu comme un seul achat" in w for w in r.warnings), r.warnings


@pytest.mark.parametrize("request_, gold", [
    ("clients qui nont pas acheté depuis 6 mois",
     "SELECT customer_id FROM crm.customers WHERE customer_id NOT IN (SELECT customer_id FROM pos.transactions WHERE "
     "customer_id IS NOT NULL AND transaction_ts >= DATE '2026-09-30' - INTERVAL 6 MONTH UNION SELECT customer_id FROM "
     "ecom.orders WHERE status <> 'cancelled' AND order_ts >= DATE '2026-09-30' - INTERVAL 6 MONTH)"),
    ("jai besoin des clients VIP qui na jamais commandé en ligne",
     "SELECT customer_id FROM crm.customers WHERE loyalty_tier = 'vip' AND customer_id NOT IN (SELECT customer_id "
     "FROM ecom.orders WHERE status <> 'cancelled')"),
])
def test_an_elision_typed_without_its_apostrophe_is_read(translator, warehouse, catalog, request_, gold):
    """'qui nont pas acheté' asked what 'nont' was: typed in a hurry, the apostrophe is often left out."""
    same_audience(translator, warehouse, catalog, request_, gold)


@pytest.mark.parametrize("request_, want", [
    ("clients avec au moins 3 achats sur les 6 dern. mois", "au cours des 6 derniers mois"),
    ("people who bought smth online in the last 30 days", "in the last 30 days"),
])
def test_words_cut_short_in_a_hurry_are_read(translator, request_, want):
    """'6 dern. mois', 'returned smth' were asked about (outdoor #2)."""
    t = translator.translate(request_, A)
    assert t.status == "ok" and want in t.definition.criteria[0].label, (t.status, t.unrecognized)


def test_a_count_of_rated_events_counts_the_rated_ones_not_the_score_again(translator):
    """'(au moins 2 tickets notés)': 'notés' folded to 'notes', the score, and the count took unrated tickets too,
    silently (set #18): the rated tickets are counted (tests/test_rated_events.py); with its value ('notés 1 ou 2') it
    is the score, and of an average it restricts nothing."""
    counted = translator.translate("clients dont la note moyenne SAV est de 2 ou moins (au moins 2 tickets notés)", A)
    assert counted.status == "ok" and counted.definition.criteria[0].spec["measured"] == {"satisfaction": True}
    valued = translator.translate("tickets notés 1 ou 2 ce mois", A)
    assert valued.status == "ok" and "1 ou 2" in valued.definition.criteria[0].label
    average = translator.translate("une note moyenne SAV inférieure à 2,5 (sur les tickets notés)", A)
    assert average.status == "ok", [c.question for c in average.clarifications]


@pytest.mark.parametrize("request_, phrase", [
    ("clientes en CA inscrites depuis 2024", "en CA"),
    ("membres or en ca", "en ca"),
    ("les acheteurs web du CA", "CA"),
])
def test_an_abbreviation_that_is_also_a_stored_code_is_asked(translator, request_, phrase):
    """'en CA' is the chiffre d'affaires or Canada (the country's stored code): read as the measure with no ranking
    it became 'has bought', and 'du CA' read as the pronoun 'ça' restricted nothing, each silently."""
    t = translator.translate(request_, A)
    assert t.status == "clarify" and any(c.phrase == phrase for c in t.clarifications), t.definition.to_text()


def test_an_abbreviation_said_as_a_rankings_basis_is_the_measure(translator):
    t = translator.translate("les 30 meilleurs clients en CA sur 2025", A)
    assert t.status == "ok" and "30" in t.definition.criteria[0].label, [c.question for c in t.clarifications]


@pytest.mark.parametrize("request_, scores", [
    ("clientes avec des réclamations notées 1 ou 2", (1, 2)),
    ("clients avec une reclamation notee 4 ou 5", (4, 5)),
    ("des tickets SAV notées 1 ou 2 ce trimestre", (1, 2)),
])
def test_a_catalog_word_typed_in_its_feminine_reads_as_itself(translator, warehouse, catalog, request_, scores):
    """'notées' (as 'notée') was asked about while 'notés' read the score: 'noté' folds to the catalog's 'note', so
    its feminine and plural, with or without the accent, are read as it (lexicon._folded_agreement)."""
    gold = f"SELECT customer_id FROM service.tickets WHERE satisfaction_score IN {scores}"
    if "clientes" in request_:
        gold += " INTERSECT SELECT customer_id FROM crm.customers WHERE gender = 'female'"
    if "trimestre" in request_:
        gold += " AND created_at >= DATE '2026-07-01'"
    same_audience(translator, warehouse, catalog, request_, gold)


def test_only_a_participle_that_is_a_word_makes_a_feminine(catalog):
    """'notée' is French and reads the score; 'villée' is no word and is never made of 'ville'."""
    from assistant.translate.offline.lexicon import build_lexicon
    lex = build_lexicon(catalog, lang="fr")
    assert ("notees",) in lex.phrases and ("notee",) in lex.phrases
    assert ("villee",) not in lex.phrases and ("solde",) not in lex.phrases


def test_an_abbreviation_in_a_request_that_reads_nothing_else_is_not_understood(translator):
    """'notre CA par pays au T3' is a report, no audience: refused as before, never a question about Canada."""
    t = translator.translate("tu peux me sortir notre CA par pays au T3 ?", A)
    assert t.status == "refused" and "CA" in t.message, (t.status, [c.question for c in t.clarifications])


@pytest.mark.parametrize("request_, gold", [
    ("clients non VIP en Belgique",
     "SELECT customer_id FROM crm.customers WHERE loyalty_tier <> 'vip' AND country = 'BE'"),
    ("clientes non VIP",
     "SELECT customer_id FROM crm.customers WHERE loyalty_tier <> 'vip' AND gender = 'female'"),
])
def test_a_prefix_negation_denies_only_the_word_after_it(translator, warehouse, catalog, request_, gold):
    """'non' before 'VIP' denied the whole clause: the Belgians, or the women, were removed, silently."""
    same_audience(translator, warehouse, catalog, request_, gold)


@pytest.mark.parametrize("request_, said", [
    ("clients qui ont acheté des jouets entre juillet et septembre l'an dernier", "du 2025-07-01 au 2025-09-30"),
    ("customers who bought toys between July and September last year", "from 2025-07-01 to 2025-09-30"),
    ("clients qui ont acheté en juillet l'an passé", "du 2025-07-01 au 2025-07-31"),
    ("customers who bought in July of last year", "from 2025-07-01 to 2025-07-31"),
    ("clients qui ont acheté en mars cette année", "du 2026-03-01 au 2026-03-31"),
    ("clients qui ont acheté du parfum en février dernier", "du 2026-02-01 au 2026-02-28"),
    ("customers who bought perfume last September", "from 2025-09-01 to 2025-09-30"),   # September 2026 not over
    ("clients qui ont acheté depuis l'été", "depuis le 2026-06-01"),
    ("customers who bought since the summer", "since 2026-06-01"),
    # a quarter, a month or a season with its year in words: that year's ('Q2' alone was this year's, 'last year' asked)
    ("customers who bought in Q2 last year", "from 2025-04-01 to 2025-06-30"),
    ("customers who bought in the second quarter of last year", "from 2025-04-01 to 2025-06-30"),
    ("clients qui ont acheté au T2 de l'année dernière", "du 2025-04-01 au 2025-06-30"),
    ("clients qui ont acheté au deuxième trimestre l'an dernier", "du 2025-04-01 au 2025-06-30"),
    ("clients qui ont acheté en juillet de l'année dernière", "du 2025-07-01 au 2025-07-31"),
    ("customers who bought in summer last year", "from 2025-06-01 to 2025-08-31"),
])
def test_a_month_said_with_its_year_in_words_and_a_season_with_its_article(translator, request_, said):
    """'juillet l'an dernier', 'July of last year' are that calendar year's July (the month was read alone and 'last
    year' asked about); 'février dernier', 'last September' the latest one over; 'depuis l'été', 'since the summer'
    from the season's start ('since summer' was read, 'since the summer' asked)."""
    r = translator.translate(request_, A)
    assert r.status == "ok" and said in labels(r)[0][0], (r.status, r.unrecognized, labels(r))


def test_after_a_season_with_its_article_is_not_read_as_from_its_start(translator):
    """'after the summer' is once it is over: never read as 'since the summer' began."""
    r = translator.translate("customers who bought after the summer", A)
    assert r.status != "ok" or "2026-06-01" not in labels(r)[0][0], labels(r)


@pytest.mark.parametrize("request_", ["clients qui sont passés en boutique depuis janvier",
                                      "clients passés au magasin depuis janvier"])
def test_passing_by_a_store_is_a_store_visit(translator, warehouse, catalog, request_):
    """'passés en magasin', 'passés au magasin': a store visit, known by its ticket (as 'venus en magasin'); it was
    asked about."""
    same_audience(translator, warehouse, catalog, request_,
                  "SELECT customer_id FROM pos.transactions WHERE customer_id IS NOT NULL "
                  "AND transaction_ts >= DATE '2026-01-01'")


@pytest.mark.parametrize("request_, criteria", [
    ("Salut l'équipe, il me faudrait les VIP en Belgique", ["VIP", "Belgique"]),
    ("Bonjour à tous, il me faudrait les VIP en Belgique", ["VIP", "Belgique"]),
    ("Allo! J'aurais besoin des VIP en Belgique", ["VIP", "Belgique"]),          # Quebec
    ("Opé rentrée (BE) - ciblage svp : clients VIP en Belgique", ["VIP", "Belgique"]),
    ("cli VIP en Belgique qui ont acheté en magasin", ["VIP", "Belgique", "achat en magasin"]),
])
def test_whom_a_brief_greets_and_its_opening_words_are_no_criteria(translator, request_, criteria):
    """'l'équipe', 'à tous' after a greeting, Quebec's 'Allo', 'Opé' (opération) in a title, a politeness word before
    the audience label's colon, 'cli' for clients: each was asked about."""
    r = translator.translate(request_, A)
    assert r.status == "ok" and labels(r) == (criteria, []), (r.status, r.unrecognized, labels(r))


@pytest.mark.parametrize("request_, criteria, exclusions", [
    ("Valeur prédite 12 mois > 600 € mais aucun achat en boutique cette année",
     ["valeur prédite : plus de 600"], ["achat en magasin depuis le 2026-01-01"]),
    ("clients à forte CLV", ["forte valeur prédite"], []),
    ("customers with a high CLV", ["high predicted value"], []),
    ("clients avec un ticket SAV encore ouvert pour une demande de remboursement",
     ["ticket au service client, statut ouvert, motif remboursement"], []),
    ("clients qui restent au Canada", ["Canada"], []),                      # Quebec: 'rester' is to live
    ("Ont eu une commande annulée cette année et ont repassé commande ensuite",
     ["commande annulée depuis le 2026-01-01", "commande en ligne après (commande annulée depuis le 2026-01-01)"], []),
    ("clients qui ont pris des chaussures cette année",
     ["achat en magasin ou commande en ligne, catégorie chaussures depuis le 2026-01-01"], []),
])
def test_marketers_words_for_catalog_things(translator, request_, criteria, exclusions):
    """'valeur prédite 12 mois', 'forte CLV' / 'high CLV', 'demande de remboursement' / 'refund request', Quebec's
    'restent au', 'repassé commande', 'pris des ...' for bought: each was asked about."""
    r = translator.translate(request_, A)
    assert r.status == "ok" and labels(r) == (criteria, exclusions), (r.status, r.unrecognized, labels(r))


@pytest.mark.parametrize("request_", ["clients avec un ticket pris en charge ce mois-ci", "clients qui ont pris contact"])
def test_taken_alone_is_no_purchase(translator, request_):
    """'pris' is bought only before what was taken: 'pris en charge' is never read as a purchase."""
    r = translator.translate(request_, A)
    assert r.status != "ok" or not any("achat" in c for c in labels(r)[0]), labels(r)


@pytest.mark.parametrize("request_, criteria", [
    ("clients qui ont commandé au moins 3 fois sur les 3 derniers mois glissants",
     ["commande en ligne (au moins 3 fois) au cours des 3 derniers mois"]),
    ("clients contactables par e-mail", ["consentement : e-mail"]),
    ("clients VIP avec un dernier achat qui remonte à plus de 6 mois",
     ["VIP", "achat en magasin ou commande en ligne pour la dernière fois avant le 2026-03-30"]),
])
def test_a_rolling_count_of_months_reachable_by_email_and_a_latest_purchase_said_with_qui(translator, request_, criteria):
    """'les 3 derniers mois glissants' ('glissants' was asked about); 'contactables par e-mail' (its 'par e-mail' was
    the customer service's channel); '... qui remonte à plus de 6 mois' said with a relative ('qui' cut the verb
    from its time)."""
    r = translator.translate(request_, A)
    assert r.status == "ok" and labels(r) == (criteria, []), (r.status, r.unrecognized, labels(r))


@pytest.mark.parametrize("request_", ["clients venus en magasin sans rien acheter ce mois-ci",
                                      "clients passés en magasin sans rien acheter ce mois-ci",
                                      "customers who visited a store without buying anything this month"])
def test_a_store_visit_without_buying_in_a_period_said_once_is_asked(translator, request_):
    """The period said after the 'without' clause is the visit's too: a store visit is known by its purchase, so
    both in one period is asked (read apart: any store visit ever and no purchase this month, silently)."""
    r = translator.translate(request_, A)
    assert r.status == "clarify", labels(r)


def test_a_period_said_once_after_without_is_the_behaviours_too(translator):
    r = translator.translate("clients qui ont ajouté au panier sans commander en ligne ce mois-ci", A)
    assert r.status == "ok" and all("depuis le 2026-09-01" in c for c in labels(r)[0] + labels(r)[1]), labels(r)


def test_a_swiss_whole_amount_is_money(translator):
    """'800.-' is 800 in money (read as 800 purchases, silently: the '.' was dropped and '-' left)."""
    r = translator.translate("clients or et VIP avec au moins 800.- d'achats sur les 12 derniers mois", A)
    assert r.status == "ok" and labels(r)[0][1] == ("achat en magasin ou commande en ligne (montant total : au moins "
                                                    "800) au cours des 12 derniers mois"), labels(r)


@pytest.mark.parametrize("request_, criteria", [
    ("clients qui ont acheté sur l'année en cours", ["achat en magasin ou commande en ligne depuis le 2026-01-01"]),
    ("clients qui ont commandé le mois en cours", ["commande en ligne depuis le 2026-09-01"]),
    ("clients qui ont ouvert la NL ce mois-ci", ["message ouvert, objectif newsletter depuis le 2026-09-01"]),
    ("clients inscrits à la NL", ["consentement : e-mail"]),
    ("clients NL", ["Pays-Bas"]),           # 'NL' alone stays the Netherlands' code
])
def test_the_period_under_way_and_the_newsletter_by_its_initials(translator, request_, criteria):
    """'l'année en cours', 'le mois en cours' are this year, this month (asked about); 'la NL' is the newsletter
    (read as the Netherlands, silently, beside the e-mail opened)."""
    r = translator.translate(request_, A)
    assert r.status == "ok" and labels(r) == (criteria, []), (r.status, r.unrecognized, labels(r))


@pytest.mark.parametrize("request_, criteria", [
    ("ont ajouté de la beauté au panier", ["événement web, type d'événement ajout au panier, catégorie beauté"]),
    ("ont ajouté du sport au panier", ["événement web, type d'événement ajout au panier, catégorie sport"]),
    ("ont ouvert au moins 3 infolettres par courriel depuis le 1er juillet",
     ["message ouvert, canal e-mail, objectif newsletter (au moins 3 fois) depuis le 2026-07-01"]),
    ("customers who opened at least 3 newsletters by email since July",
     ["message opened, channel email, objective newsletter (at least 3 times) since 2026-07-01"]),
    ("clients qui ont écrit au SAV par mail", ["ticket au service client, canal e-mail"]),
    ("Aucun achat depuis 6 mois mais au moins 3 visites sur le site sur cette même période",
     ["non : achat en magasin ou commande en ligne au cours des 6 derniers mois",
      "visite du site ou de l'app (au moins 3 fois) au cours des 6 derniers mois"]),
    ("mails en bounce ce trimestre -> les clients concernés stp", ["message en bounce, canal e-mail depuis le 2026-07-01"]),
    ("clients en phase de réflexion", ["étape du parcours : considération"]),
])
def test_a_partitive_thing_a_messages_channel_said_with_par_and_the_same_period_again(translator, request_, criteria):
    """'ajouté de la beauté au panier' (a partitive in the thing's place: 'ajouté' was asked); 'par courriel', 'by
    email' of a message is its channel (only the customer service's channel said 'par'); 'sur cette même période';
    'les clients concernés' (the customers of the line before); 'en phase de réflexion': each was asked about."""
    r = translator.translate(request_, A)
    assert r.status == "ok" and labels(r) == (criteria, []), (r.status, r.unrecognized, labels(r))


@pytest.mark.parametrize("request_, criteria, exclusions", [
    ("Clients sans aucune visite sur le site depuis 6 mois mais venus en magasin sur la même période",
     ["achat en magasin au cours des 6 derniers mois"], ["visite du site ou de l'app au cours des 6 derniers mois"]),
    ("customers without any site visit in the last 6 months but came to a store in the same period",
     ["store purchase in the last 6 months"], ["site or app visit in the last 6 months"]),
    ("ont ouvert au moins 3 newsletters par mail depuis début juillet",
     ["message ouvert, canal e-mail, objectif newsletter (au moins 3 fois) depuis le 2026-07-01"], []),
    ("customers who opened at least 3 newsletters by email since June",
     ["message opened, channel email, objective newsletter (at least 3 times) since 2026-06-01"], []),
])
def test_but_and_a_behaviour_after_without_and_a_word_of_two_dimensions_beside_one_said(translator, request_, criteria,
                                                                                        exclusions):
    """'sans visite ... mais venus en magasin ...': 'but' and a behaviour turn back to the customers (read inside the
    exclusion, those who did both were removed, silently); 'newsletters par mail': the channel is said, so
    'newsletters' is the objective (read as the channel twice, the objective was dropped)."""
    r = translator.translate(request_, A)
    assert r.status == "ok" and labels(r) == (criteria, exclusions), (r.status, r.unrecognized, labels(r))


@pytest.mark.parametrize("request_, share", [
    ("clients dont la beauté pèse plus de 40 % de leurs dépenses depuis janvier",
     "montant pour achat en magasin ou commande en ligne, catégorie beauté depuis le 2026-01-01 plus élevé que 40 % du "
     "montant pour achat en magasin ou commande en ligne depuis le 2026-01-01"),
    ("customers for whom beauty weighs more than 40% of their spend since January",
     "spend on store purchase or online order, category beauty since 2026-01-01 more than 40% of spend on store "
     "purchase or online order since 2026-01-01"),
])
def test_a_share_of_spend_said_with_weighs(translator, request_, share):
    """'pèse plus de 40 % de leurs dépenses', 'weighs more than 40% of their spend': a share, as 'représente' ('pèse'
    was asked about)."""
    r = translator.translate(request_, A)
    assert r.status == "ok" and labels(r) == ([share], []), (r.status, r.unrecognized, labels(r))


@pytest.mark.parametrize("request_", ["Les visiteurs sur tablette arrivés depuis les réseaux sociaux en août",
                                      "visiteurs venus depuis les réseaux sociaux sur tablette en août"])
def test_arriving_from_a_traffic_source_said_with_depuis(translator, warehouse, catalog, request_):
    """'arrivés depuis les réseaux sociaux': 'depuis' inside the catalog's phrase stays the catalog's (rewritten 'from',
    'arrivés' was left alone and asked about); 'arrivés des réseaux sociaux' was read."""
    same_audience(translator, warehouse, catalog, request_,
                  "SELECT customer_id FROM web.sessions WHERE customer_id IS NOT NULL AND device_type = 'tablet' "
                  "AND traffic_source = 'social' AND started_at >= DATE '2026-08-01' AND started_at < DATE '2026-09-01'")


@pytest.mark.parametrize("request_", ["au moins 3 emails ouverts depuis juillet",
                                      "au moins 3 e-mails ouverts depuis juillet",
                                      "Au moins 3 mails ouverts depuis juillet"])
def test_a_participle_agrees_with_its_behaviour_though_the_catalog_writes_the_form_for_another_value(
        translator, warehouse, catalog, request_):
    """'ouverts' is written by the catalog for an open ticket: agreed with the e-mails, it is their opening too."""
    gold = ("SELECT m.customer_id FROM marketing.messages m JOIN marketing.campaigns c ON c.campaign_id = m.campaign_id "
            "WHERE c.channel = 'email' AND m.opened_at >= DATE '2026-07-01' AND m.opened_at < DATE '2026-10-01' "
            "GROUP BY m.customer_id HAVING count(*) >= 3")
    same_audience(translator, warehouse, catalog, request_, gold)
    tickets = translator.translate("clients avec une réclamation ouverte", dt.date(2026, 9, 30))
    assert [c.label for c in tickets.definition.criteria] == ["ticket au service client, statut ouvert"]


def test_et_plus_de_opens_a_second_condition(translator, warehouse, catalog):
    """'au moins 4 commandes cette année et plus de 1000 € dépensés': 'et plus de' is 'and more than', never the bound
    'or more' of the count before ('4 commandes et plus' still is): read so, 1000 was a count of orders."""
    same_audience(translator, warehouse, catalog,
                  "au moins 4 commandes cette année et plus de 1000 € dépensés en ligne cette année",
                  "SELECT customer_id FROM ecom.orders WHERE status <> 'cancelled' AND order_ts >= DATE '2026-01-01' "
                  "GROUP BY customer_id HAVING count(*) >= 4 AND sum(total_amount) > 1000", lang="fr")


def test_cible_is_a_word_of_the_brief_wherever_it_is(translator):
    """'Opé fidélité BE – cible : ...': lang_en's 'target', a word of a brief after a dash as at a line's opening
    ('cible' was asked about)."""
    r = translator.translate("Opé fidélité BE – cible : clientes belges niveau argent ou or", A)
    assert r.status == "ok" and sorted(labels(r)[0]) == ["Belgique", "femmes", "niveau argent ou niveau or"], \
        (r.status, r.unrecognized, r.definition.to_text())



@pytest.mark.parametrize("request_, said", [
    ("clients avec sept commandes", "au moins 7 fois"),
    ("clients ayant passé sept commandes en ligne", "au moins 7 fois"),
    ("clients ayant acheté en sept", "du 2026-09-01 au 2026-09-30"),
    ("clients ayant acheté depuis le 1er sept", "depuis le 2026-09-01"),
    ("clients ayant acheté en sept 2025", "du 2025-09-01 au 2025-09-30"),
])
def test_sept_is_seven_before_what_it_counts_and_september_with_a_day_a_year_or_a_period_word(translator, request_, said):
    """'sept commandes' was read as September, silently: the short form is the month only with a day, a year, a mark or a
    period's word, and nothing counted after it."""
    r = translator.translate(request_, A)
    assert r.status == "ok" and said in labels(r)[0][0], (r.status, labels(r))


@pytest.mark.parametrize("request_, gold", [
    ("clients qui ont commandé en ligne en 2025, et plus aucune commande en ligne depuis",
     "SELECT customer_id FROM ecom.orders WHERE status <> 'cancelled' AND order_ts >= DATE '2025-01-01' "
     "AND order_ts < DATE '2026-01-01' "
     "EXCEPT SELECT customer_id FROM ecom.orders WHERE status <> 'cancelled' AND order_ts >= DATE '2026-01-01'"),
    ("clients qui ont acheté en magasin l'été dernier et plus jamais acheté en magasin depuis",
     "SELECT customer_id FROM pos.transactions WHERE customer_id IS NOT NULL AND transaction_ts >= DATE '2026-06-01' "
     "AND transaction_ts < DATE '2026-09-01' "
     "EXCEPT SELECT customer_id FROM pos.transactions WHERE transaction_ts >= DATE '2026-09-01'"),
    ("customers who ordered online in 2025, and no online order since",
     "SELECT customer_id FROM ecom.orders WHERE status <> 'cancelled' AND order_ts >= DATE '2025-01-01' "
     "AND order_ts < DATE '2026-01-01' "
     "EXCEPT SELECT customer_id FROM ecom.orders WHERE status <> 'cancelled' AND order_ts >= DATE '2026-01-01'"),
])
def test_and_no_longer_is_a_second_condition_not_or_more(translator, warehouse, catalog, request_, gold):
    """'et plus aucune commande depuis' is 'ne ... plus' (and no longer): 'et plus' was read 'or more', and the two
    conditions became an OR, silently (pfr4-032)."""
    same_audience(translator, warehouse, catalog, request_, gold)


@pytest.mark.parametrize("request_, criteria", [
    # an elision before a digit ("d'1 an", "l'1") is the elided word, as before a word ("d'un an"): it was 'd', asked
    ("clients qui n'ont rien acheté depuis plus d'1 an",
     ["non : achat en magasin ou commande en ligne au cours des 12 derniers mois"]),
])
def test_an_elision_before_a_digit_is_the_elided_word(translator, request_, criteria):
    r = translator.translate(request_, A)
    assert not any(c.question.startswith("« d ") or "« d'1" in c.question for c in r.clarifications), \
        [c.question for c in r.clarifications]
    assert r.status == "ok" and labels(r)[0] == criteria, (r.status, [c.question for c in r.clarifications])


_TOP_VALUE_NOT_MESSAGED = """
    SELECT customer_id FROM (SELECT customer_id, percent_rank() OVER (ORDER BY predicted_clv_12m) AS pr
                             FROM ds.customer_scores) s WHERE pr >= 0.8
    EXCEPT SELECT customer_id FROM marketing.messages WHERE sent_at >= DATE '2026-09-30' - INTERVAL 45 DAY"""


@pytest.mark.parametrize("request_", [
    # the term's own share said again in a bracket is the term's (was: 'top 20' and 'prédite' asked; fr24-057)
    "Clients à forte valeur prédite (top 20 %) qui n'ont reçu aucun message de notre part depuis 45 jours",
    "High predicted value customers (top 20%) who have not received any message from us in 45 days",
])
def test_a_bracket_restating_a_terms_share(translator, warehouse, catalog, request_):
    same_audience(translator, warehouse, catalog, request_, _TOP_VALUE_NOT_MESSAGED)


@pytest.mark.parametrize("request_", ["High predicted value customers (top 10%)",
                                      "Clients à forte valeur prédite (top 10 %)"])
def test_a_bracket_with_another_share_than_the_terms_is_asked(translator, request_):
    r = translator.translate(request_, dt.date(2026, 9, 30))
    assert r.status == "clarify" and any("10" in q.phrase for q in r.clarifications), r.definition.to_text()


def test_a_belgian_dis_opening_a_request_says_nothing(translator):
    """'Dis, tu saurais me faire la liste ...' (Belgium): a word to open the request, as 'salut'; it was asked."""
    r = translator.translate("Dis, tu saurais me faire la liste des clients VIP en Belgique ?", A)
    assert r.status == "ok" and sorted(c.label for c in r.definition.criteria) == ["Belgique", "VIP"], r.unrecognized
