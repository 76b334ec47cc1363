"""The conservation check (offline/conservation.py): what a request said and the parser read must be in the
definition, or be named in a warning. It flags a part a reading claimed and then dropped (a condition removed after
its words were used, a word that says every event no reading read), in English and French, and stays silent on
requests whose meaning is whole, including those whose words are used by the meaning of another phrase."""
from __future__ import annotations

import pytest

from assistant.meaning import EventCondition, GlossaryCondition, OrCondition, ValueCondition, to_spec
from assistant.translate.footprint import footprint
from assistant.translate.offline.parser import Parser
from translations import A

NOT_KEPT = ("was read but is not in the audience", "a été lu mais n'est pas dans l'audience")
NOT_APPLIED = ("is not applied in the audience", "n'est pas appliqué dans l'audience")


def _flags(r) -> list[str]:
    return [w for w in r.warnings if any(m in w for m in NOT_KEPT + NOT_APPLIED)]


# -- a part claimed then dropped is named -------------------------------------------------------------------------

def _dropping(kind):
    """A reading (run late in the parse) that drops every criterion of `kind` after its words were used: the shape
    of 37ac5fc's bug (a term claimed by a period's span, then lost)."""
    restated = Parser._definition_restated

    def dropped(self):
        restated(self)
        self.out.criteria[:] = [c for c in self.out.criteria if not isinstance(c, kind)]
    return dropped


@pytest.mark.parametrize("request_, phrase, reading", [
    ("VIP customers at high predicted value", "high predicted value", None),
    ("clients VIP à forte valeur prédite", "à forte valeur prédite", "forte valeur prédite"),
])
def test_a_term_dropped_after_its_words_were_read_is_named(translator, monkeypatch, request_, phrase, reading):
    monkeypatch.setattr(Parser, "_definition_restated", _dropping(GlossaryCondition))
    r = translator.translate(request_, A)
    assert [c.label for c in r.definition.criteria] == ["VIP"], r.definition.to_text()
    flag = _flags(r)
    assert len(flag) == 1 and phrase in flag[0] and (reading is None or f"({reading})" in flag[0]), r.warnings


@pytest.mark.parametrize("request_, phrase", [
    ("women in Spain who bought online this year", "bought online this year"),
    ("femmes en Espagne qui ont commandé en ligne cette année", "commandé en ligne"),
])
def test_a_behaviour_dropped_names_its_words_and_its_period(translator, monkeypatch, request_, phrase):
    monkeypatch.setattr(Parser, "_definition_restated", _dropping(EventCondition))
    r = translator.translate(request_, A)
    said = " ".join(_flags(r))
    assert all(w in said for w in phrase.split()), r.warnings     # the behaviour and its period, each named


@pytest.mark.parametrize("request_, word", [
    # 704db7d's shape: the words that say every event, no reading reading them ('ALL' was dropped silently)
    ("Night owls: customers whose online orders this year were ALL placed between 8pm and midnight - 2 orders minimum",
     "ALL"),
    ("customers whose orders in 2025 were all placed at the weekend", "all"),
    ("clients dont les commandes de 2025 ont toutes été passées le week-end", "toutes"),
    ("customers with at least 3 orders in 2025, all of them between €20 and €50", "all of them"),
    ("clients avec au moins 3 commandes en 2025, toutes entre 20 et 50 €", "toutes"),
    # 1f7fe7b's: ', only at the weekend'
    ("customers who ordered online this year, only at the weekend", "only"),
    ("clients qui ont commandé en ligne cette année, uniquement le week-end", "uniquement"),
])
def test_every_event_words_no_reading_read_are_named(translator, monkeypatch, request_, word):
    monkeypatch.setattr(Parser, "_all_events_said", lambda self: None)
    r = translator.translate(request_, A)
    assert any(f"'{word}'" in w or f"« {word} »" in w for w in _flags(r)), r.warnings


@pytest.mark.parametrize("request_, word", [
    # 20c868d's and 5ef5263's shapes: 'toujours' before a channel, or before a value behind 'avec'
    ("clients qui achètent toujours en magasin", "toujours"),
    ("clients qui ont acheté au moins 3 fois cette année, toujours en magasin", "toujours"),
    ("clients qui ont commandé en ligne en 2025, toujours avec le code WELCOME10", "toujours"),
    ("customers who ordered online in 2025, only with the code WELCOME10", "only"),
])
def test_every_event_words_said_of_a_value_no_reading_read_are_named(translator, monkeypatch, request_, word):
    monkeypatch.setattr(Parser, "_every_event_said", lambda self: None)
    r = translator.translate(request_, A)
    assert any(f"'{word}'" in w or f"« {word} »" in w for w in _flags(r)), r.warnings


# -- silent on requests whose meaning is whole --------------------------------------------------------------------

@pytest.mark.parametrize("request_", [
    "VIP customers who bought in store in the last 6 months",
    "clients VIP qui ont acheté en magasin ces 6 derniers mois",
    "women aged 25 to 34 who opened an email this month",
    "femmes de 25 à 34 ans qui ont ouvert un e-mail ce mois-ci",
    "Cart abandoners from the past 2 weeks at high predicted value",
    "Abandonnistes panier des 2 dernières semaines à forte valeur prédite",
    "customers who spent more than €500 online since January, except those who unsubscribed",
    "clients qui ont dépensé plus de 500 € en ligne depuis janvier, sauf les désabonnés",
    "top 100 customers by spend in 2025",
    "les 100 meilleurs clients en dépenses en 2025",
    "customers whose orders in 2025 were all placed at the weekend",
    "clients dont les commandes de 2025 ont toutes été passées le week-end",
    "customers who ordered online this year, only at the weekend",
    "clients qui achètent toujours en magasin",
    "clients qui ont commandé en ligne en 2025, toujours avec le code WELCOME10",
    "customers with a ticket still pending",
    "clients avec un ticket toujours en attente",
])
def test_a_whole_meaning_is_not_flagged(translator, request_):
    r = translator.translate(request_, A)
    assert r.definition is not None and not _flags(r), r.warnings


# -- what another phrase's meaning uses is not flagged ------------------------------------------------------------

@pytest.mark.parametrize("request_", [
    # a column's word leading a value of another column
    "Gold or VIP members living in Spain or Italy",
    "VIP members living in the UK",
    "membres VIP habitant en Allemagne",
    # a behaviour's verb said of another behaviour
    "returned an order in 2026 and also opened a refund ticket in 2026",
    "ont retourné une commande en 2026 et ont aussi ouvert un ticket remboursement en 2026",
    # a value that defines a behaviour; a behaviour of the same records
    "customers who cancelled 2 or more orders in the past 12 months",
    "clients ayant annulé au moins une commande depuis juin",
    "Customers who clicked a win-back campaign in the last 6 months",
    # a number that is a value
    "Customers who rated a support ticket 1 or 2 out of 5",
    "clients qui ont mis 1/5 à un ticket livraison cette année",
    # months of any year said as a period; a period gone back to from today; a period after a behaviour
    "customers with a birthday in October",
    "Les femmes dont l'anniversaire tombe en octobre et qui sont optin email",
    "Les clients du Canada inscrits depuis plus de 3 ans",
    "who received the We Miss You email in September and then bought something within 5 days of getting it?",
    "premier achat fait sur l'appli en 2025, et passés en magasin depuis",
    "Got a win-back message in H1, bought within 30 days of receiving it, and are still active today",
    # a value read as its column's other values, or denied beside another value of its record
    "North American customers with a website order (not app) over 250 in the last 6 months",
    "anyone with a delivery complaint that still hasn't been resolved",
    "cust avec une commande expédiée mais pas encore livrée (en transit)",
    # a value on the side of an 'or' holding it whole; part of a name; a column named beside its number
    "Who bought a smartwatch on the web shop or app since May?",
    "Customers whose very first purchase with us was at the Rivoli flagship in Paris",
    "benelux men in the 50-64 age band",
    "Hommes du Benelux, tranche d'âge 50-64 ans",
    # a word of a column's own name said apart; a term's meaning said again in brackets
    "Le top 1 % des clients en solde de points fidélité",
    "Clients à forte valeur prédite (top 20 %) qui n'ont reçu aucun message de notre part depuis 45 jours",
])
def test_what_another_phrase_uses_is_not_flagged(translator, request_):
    r = translator.translate(request_, A)
    assert r.definition is not None and not _flags(r), r.warnings


# -- the footprint ------------------------------------------------------------------------------------------------

def test_the_footprint_walks_the_conditions_inside_an_or():
    vip = ValueCondition(0, 1, column="crm.customers.loyalty_tier", values=("vip",))
    order = EventCondition(2, 4, events=("online_order",), dims={"device": ("app",)})
    fp = footprint([to_spec(OrCondition(0, 4, groups=[[vip], [order]]))])
    assert {("value", "crm.customers.loyalty_tier", "vip"), ("event", "online_order"),
            ("dimvalue", "device", "app")} <= fp.keys
    assert fp.events == {"online_order"}


@pytest.mark.parametrize("request_, lang", [("more than 10 messages received in the last 6 months", "en"),
                                            ("plus de 10 messages reçus sur les 6 derniers mois", "fr")])
def test_an_indicators_own_period_said_is_held(translator, request_, lang):
    """The period of an indicator's label ('messages received in the last 6 months'), said in its words or others, is
    the indicator's own: nothing read is dropped (the check warned once the indicator took the period)."""
    r = translator.translate(request_, A, lang=lang)
    assert r.status == "ok" and not r.warnings, r.warnings
