"""Verb forms, behaviour idioms and place or state phrases, in French and English: a behaviour said in another tense
than the catalog's participle, a misspelt verb, a light verb or an idiom around the catalog's own, where a customer
lives and what is on file. Each reads as the catalog's word or is still asked, never silently read as something else."""
from __future__ import annotations

import datetime as dt

import pytest

A = dt.date(2026, 9, 30)


def _read(translator, request_):
    r = translator.translate(request_, A)
    assert r.status == "ok", (request_, r.status, [c.question for c in r.clarifications], r.message)
    return sorted(c.label for c in r.definition.criteria), [c.label for c in r.definition.exclusions]


@pytest.mark.parametrize("request_, criteria, exclusions", [
    # the present's plural and the imperfect of a catalog participle ('commandé', 'acheté', 'cliqué sur')
    ("clients qui commandaient en ligne en 2025", ["commande en ligne du 2025-01-01 au 2025-12-31"], []),
    ("clients qui commandent en ligne", ["commande en ligne"], []),
    ("clientes qui achetaient en magasin en 2025", ["achat en magasin du 2025-01-01 au 2025-12-31", "femmes"], []),
    ("clients qui annulaient leur commande", ["commande annulée"], []),      # never the order itself
    ("clients qui visitaient le site", ["visite du site ou de l'app"], []),
    ("clients qui se désabonnaient des emails", ["désabonnement, canal e-mail"], []),
    ("clients qui consultaient des chaussures", ["événement web, type d'événement fiche produit vue, catégorie chaussures"], []),
    ("clients qui ajoutaient au panier sans commander",
     ["événement web, type d'événement ajout au panier"], ["commande en ligne"]),
    # English: the gerund of a catalog past form ('ordered', 'clicked on')
    ("customers who have been ordering online", ["online order"], []),
    ("customers who were clicking on emails", ["message clicked, channel email"], []),
])
def test_a_behaviour_in_another_tense_reads_as_the_catalogs_participle(translator, request_, criteria, exclusions):
    assert _read(translator, request_) == (sorted(criteria), exclusions)


@pytest.mark.parametrize("request_, criteria", [
    # a channel's consent said by its state: 'activées' of notifications, 'enabled' of push notifications
    ("clients avec les notifs push activées", ["consentement : notification push"]),
    ("clients VIP avec les notifications activées", ["VIP", "consentement : notification push"]),
    ("VIP customers with push notifications enabled", ["VIP", "opted in: push"]),
])
def test_a_consent_said_by_its_state_reads_the_channels_consent(translator, request_, criteria):
    assert _read(translator, request_) == (sorted(criteria), [])


@pytest.mark.parametrize("request_, asked", [
    # a French word is read as a catalog word only as its plural ('s', 'x'): 'activées' is never 'active' + 'es' (the
    # active customers, read without a word); alone, a consent word says nothing of whom: asked
    ("clients VIP avec un compte activées", "activées"),
    ("clients avec les notifs push désactivées", "désactivées"),
    ("VIP customers with an enabled account", "enabled"),
])
def test_a_state_word_not_said_of_a_channel_is_asked(translator, request_, asked):
    r = translator.translate(request_, A)
    assert r.status == "clarify" and any(asked in c.question for c in r.clarifications), r.clarifications
    assert "client actif" not in [c.label for c in r.definition.criteria] if r.definition else True


@pytest.mark.parametrize("request_, criteria, typed", [
    # a letter doubled in the wrong place is one slip (two edits, over the limit of a short word): read as the
    # catalog's verb, and said so
    ("ceux qui ont apellé le service à la clientèle depuis juin",
     ["ticket au service client, canal téléphone depuis le 2026-06-01"], "apellé"),
    ("clients qui ont anullé leur commande", ["commande annulée"], "anullé"),
])
def test_a_verb_with_a_misplaced_double_letter_reads_as_the_catalogs_verb(translator, request_, criteria, typed):
    r = translator.translate(request_, A)
    assert _read(translator, request_) == (sorted(criteria), [])
    assert any(typed in n for n in r.warnings), r.warnings
