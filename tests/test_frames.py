"""How a request is framed (assistant/translate/offline/frames.py): the words that ask for the list, remove part of
it, or say no condition are read as such in both languages, never asked about nor read as a criterion."""
from __future__ import annotations

import datetime as dt

import pytest

from assistant.translate.offline.translator import OfflineTranslator

A = dt.date(2026, 9, 30)


@pytest.fixture(scope="module")
def translator(catalog):
    return OfflineTranslator(catalog)


def read(translator, request: str):
    r = translator.translate(request, A)
    assert r.status == "ok", (request, r.status, r.unrecognized, [q.question for q in r.clarifications])
    return [c.label for c in r.definition.criteria], [c.label for c in r.definition.exclusions], r


@pytest.mark.parametrize("framed, plain, frame", [
    ("coucou, tu peux me sortir les membres gold en Espagne ? merci !", "les membres gold en Espagne",
     "tu peux me sortir"),
    ("Pourrais-tu me sortir les clientes VIP en Italie", "les clientes VIP en Italie",
     "Pourrais-tu me sortir"),
    ("Bonjour ! Est-ce que je pourrais avoir les membres VIP au Canada ?", "les membres VIP au Canada",
     "Est-ce que je pourrais avoir"),
    ("faut tous nos membres silver en Espagne", "nos membres silver en Espagne", "faut"),
    ("il me faudrait les clients belges", "les clients belges", "il me faudrait"),
    ("on voudrait les membres VIP en Italie", "les membres VIP en Italie", "on voudrait"),
    ("merci de construire une audience des clientes VIP", "les clientes VIP", "merci de construire"),
    ("j'aimerais extraire les clients canadiens", "les clients canadiens", "j'aimerais extraire"),
    ("hey, can u pull gold members in Spain? thx!", "gold members in Spain", "can u pull"),
    ("Could you build me women in France", "women in France", "Could you build me"),
    ("Looking for VIP customers in Canada", "VIP customers in Canada", "Looking for"),
    ("Hi, for this one please put together: VIP customers in Italy", "VIP customers in Italy",
     "please put together"),
])
def test_a_request_frame_asks_for_the_list(translator, framed, plain, frame):
    """The words that ask for the list were asked about one by one ('tu peux me sortir', 'u', 'Looking'): they are
    one politeness frame, shown as ignored, and the audience is the one the plain request reads."""
    criteria, exclusions, r = read(translator, framed)
    assert (criteria, exclusions) == read(translator, plain)[:2]
    assert any(frame in i for i in r.ignored), r.ignored


def test_je_cherche_asks_it_is_no_web_search(translator):
    """'je cherche les membres gold' was read, silently, as a web search by gold members: the speaker's 'je
    cherche' asks for the list; 'qui ont cherché' is still the behaviour."""
    criteria, _, r = read(translator, "je cherche les membres gold en Espagne")
    assert criteria == ["niveau or", "Espagne"], criteria
    searched, _, _ = read(translator, "clients qui ont cherché des chaussures sur le site")
    assert any("recherche" in c for c in searched), searched


def test_looking_for_mid_sentence_is_not_a_frame(translator):
    """Only at a clause's opening: 'visitors looking for running shoes' says a behaviour, never a request."""
    r = translator.translate("VIP customers in Spain looking for running shoes", A)
    assert "Looking for" not in r.ignored and "looking for" not in r.ignored, r.ignored


@pytest.mark.parametrize("request_, criteria, exclusions", [
    ("Clients VIP en Espagne. Enlève tous ceux qui ont un ticket non résolu chez nous.",
     ["VIP", "Espagne"], ["ticket au service client, statut ouvert ou en attente"]),
    ("membres gold en Espagne\n- on enlève les VIP", ["niveau or", "Espagne"], ["VIP"]),
    ("Gold members in Spain. Drop the VIPs.", ["gold", "Spain"], ["VIP"]),
    ("Gold members in Spain; then take out the VIPs", ["gold", "Spain"], ["VIP"]),
])
def test_an_imperative_to_remove_excludes(translator, request_, criteria, exclusions):
    """'Enlève tous ceux qui ...', 'Drop the VIPs' at a clause's opening remove what follows ('Enlève' was asked
    about; 'Drop the VIPs' required VIPs, a contradiction with gold)."""
    got, excluded, _ = read(translator, request_)
    assert (got, excluded) == (criteria, exclusions)


def test_a_participle_of_remove_is_no_exclusion(translator):
    """Only an imperative at a clause's opening excludes: 'retiré en magasin' is no imperative, after a noun nor
    opening a line."""
    for request in ("clients VIP ayant une commande retirée en magasin", "clients VIP\n- retiré en magasin cette semaine"):
        r = translator.translate(request, A)
        assert not (r.definition and r.definition.exclusions), r.definition.to_text()


@pytest.mark.parametrize("framed, plain", [
    ("Customers who got a win-back text message at any point in 2026", "Customers who got a win-back text message in 2026"),
    ("Clients qui ont reçu un texto de reconquête à un moment ou à un autre en 2026",
     "Clients qui ont reçu un texto de reconquête en 2026"),
    ("Bought shoes in 2025 but no shoes so far this year", "Bought shoes in 2025 but no shoes this year"),
    ("Lapsed customers who nevertheless opened an email in the last 60 days",
     "Lapsed customers who opened an email in the last 60 days"),
    ("clients qui ont néanmoins ouvert un e-mail ces 60 derniers jours", "clients qui ont ouvert un e-mail ces 60 derniers jours"),
    ("membres gold, aucun achat sur les 18 derniers mois, mais au moins deux achats avant ça",
     "membres gold, aucun achat sur les 18 derniers mois, mais au moins deux achats avant"),
])
def test_pointing_and_filler_words_say_no_condition(translator, framed, plain):
    """'at any point', 'à un moment ou à un autre', 'so far', 'nevertheless', 'néanmoins', 'avant ça' were asked
    about: they say no condition of their own."""
    assert read(translator, framed)[:2] == read(translator, plain)[:2]


def test_a_purpose_after_a_dash_is_an_aside_and_the_criteria_are_no_title(translator):
    """'Emails that bounced in the past 3 months - need those customers for a cleanup audience': what the list is for
    is an aside, so the words before the dash are the audience, not a title (were asked about, then dropped)."""
    criteria, _, r = read(translator, "Emails that bounced in the past 3 months - need those customers for a cleanup audience")
    assert any("bounced" in c for c in criteria) and r.ignored == ["need those customers for a cleanup audience"], \
        (criteria, r.ignored)
