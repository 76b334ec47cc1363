"""How a request is framed (assistant/translate/offline/frames.py): the words that ask for the list, remove part of
it, or say no condition are read as such in both languages, never asked about nor read as a criterion."""
from __future__ import annotations

import datetime as dt

import pytest

A = dt.date(2026, 9, 30)     # the translator: conftest's, with the demo warehouse's values


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
    ("Hi, for this one please put together VIP customers in Italy", "VIP customers in Italy",
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
    # the present after 'on', the first person plural ('retire' was asked about)
    ("membres gold en Espagne. On retire tous les VIP.", ["niveau or", "Espagne"], ["VIP"]),
    ("membres gold en Espagne, excluons les VIP", ["niveau or", "Espagne"], ["VIP"]),
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


@pytest.mark.parametrize("request_, base", [
    ("Parmi les clients qui résident en Espagne, les 10 % qui ont le plus dépensé en magasin, seulement les femmes",
     "Espagne"),
    ("Among customers who live in Spain, the top 10% by store spend, women only", "Spain"),
])
def test_among_opening_a_request_names_the_ranking_base(translator, request_, base):
    """'Parmi nos clients qui ..., les 10 % qui ...': the clause 'among' opens is what the share is ranked among
    ('Parmi' was asked about, and the share ranked among everyone); what is said after a break is not its base."""
    r = translator.translate(request_, A)
    assert r.status == "ok", (r.status, r.unrecognized)
    top = next(c for c in r.definition.criteria if c.spec.get("kind") == "top" or "10" in c.label)
    assert base in top.label and "femmes" not in top.label and "women" not in top.label, top.label


FORWARDED_EN = ("---------- Forwarded message ----------\nFrom: Claire (CRM lead)\nSubject: Spring push - audience\n"
                "Hi, for this one please build:\n- VIP women, 30-45\n- and leave out customers in Spain\nThanks!")
FORWARDED_FR = ("---------- Message transféré ----------\nDe : Claire (responsable CRM)\nObjet : Push printemps - audience\n"
                "Bonjour, pour celle-ci merci de construire :\n- clientes VIP, 30-45 ans\n- et enlever les clients en Espagne\n"
                "Merci !")


@pytest.mark.parametrize("request_, banner, sender, subject", [
    (FORWARDED_EN, "---------- Forwarded message ----------", "From: Claire (CRM lead)", "Subject: Spring push - audience"),
    (FORWARDED_FR, "---------- Message transféré ----------", "De : Claire (responsable CRM)",
     "Objet : Push printemps - audience"),
])
def test_a_forwarded_emails_headers_are_no_criteria(translator, request_, banner, sender, subject):
    """The banner and the sender's line of a forwarded brief are asides, its subject line the title ('Claire',
    'CRM lead', 'Objet' were asked about, and 'push' in the subject read as a channel); each bullet is a clause of
    its own ('30-45' ended one and was read as a count of the next bullet's behaviour)."""
    criteria, exclusions, r = read(translator, request_)
    assert {banner, sender, subject} <= set(r.ignored), r.ignored
    assert len(criteria) == 3 and any("30" in c and "45" in c for c in criteria) and len(exclusions) == 1, \
        (criteria, exclusions)
    assert not any("push" in c.lower() for c in criteria + exclusions), criteria


def test_a_from_line_alone_is_no_email(translator):
    """Without a banner or a subject, 'From:' opens no header: its words are read (or asked about) as ever."""
    r = translator.translate("From: VIP customers in Spain", A)
    assert "From: VIP customers in Spain" not in r.ignored and r.definition.criteria, r.ignored


@pytest.mark.parametrize("request_", ["Can you remove SMS consent from all Belgian customers?",
                                      "Peux-tu retirer le consentement SMS de tous les clients belges ?"])
def test_an_order_to_remove_with_nothing_kept_is_another_task(translator, request_):
    """'Peux-tu retirer le consentement SMS de ...' changes data: read as an exclusion, it answered everyone but the
    Belgian SMS subscribers (the English twin did, silently)."""
    assert translator.translate(request_, A).status == "refused"


@pytest.mark.parametrize("request_, label", [
    ("Emails that bounced in the past 3 months", "message bounced, channel email in the last 3 months"),
    ("Les e-mails qui ont bouncé ces 3 derniers mois", "message en bounce, canal e-mail au cours des 3 derniers mois"),
])
def test_the_thing_before_a_relative_is_the_behaviours(translator, request_, label):
    """'Emails that bounced': the e-mails are what bounced (the e-mail consent was required, and the bounce of any
    channel); 'VIPs who bought' stays two criteria."""
    criteria, _, _ = read(translator, request_)
    assert criteria == [label], criteria
    assert read(translator, "VIPs who bought shoes")[0][0] == "VIP"


@pytest.mark.parametrize("request_, title, criteria, exclusions", [
    ("Brief Q4 - Relance appli\n• commandé via l'appli au moins 3 fois en 2026\n• exclure les VIP",
     "Brief Q4 - Relance appli", ["commande en ligne, appareil application (au moins 3 fois) du 2026-01-01 au 2026-12-31"],
     ["VIP"]),
    ("Q4 brief - App reactivation\n• ordered in the app at least 3 times in 2026\n• exclude VIPs",
     "Q4 brief - App reactivation", ["online order, device app (at least 3 times) from 2026-01-01 to 2026-12-31"],
     ["VIP"]),
])
def test_a_first_line_over_bullets_ending_with_a_title_word_is_the_title(translator, request_, title, criteria, exclusions):
    """'Relance appli' above the bullets names the campaign: 'Relance' was asked about, and 'App reactivation' read as
    the app and a win-back message, silently."""
    got, excluded, r = read(translator, request_)
    assert (got, excluded) == (criteria, exclusions) and title in r.ignored, (got, excluded, r.ignored)


def test_the_first_bullet_goes_on_with_the_line_before(translator):
    """'Relance running - Asics & Salomon\\n- ont acheté l'une des deux marques ...': the brands of the title line are
    what the first bullet points back at; later bullets are clauses of their own."""
    got, _, _ = read(translator, "Relance running - Asics & Salomon\n- ont acheté l'une des deux marques ces 18 derniers "
                                 "mois\n- clientes VIP, 30-45 ans")
    assert got[0].endswith("marque Asics ou Salomon au cours des 18 derniers mois"), got
    assert "femmes" in got and "âge : entre 30 et 45 ans" in got, got


@pytest.mark.parametrize("request_, title", [
    ("Opé Noël – boutiques lyonnaises (FR)\nCible : clients qui habitent Lyon", "Opé Noël – boutiques lyonnaises (FR)\nCible :"),
    ('Win-back brief - "Where did you go?"\nAudience: customers who live in Lyon', 'Win-back brief - "Where did you go?"\nAudience:'),
])
def test_an_audience_label_opening_a_line_ends_the_title(translator, request_, title):
    """'Cible :' and 'Audience:' at the start of a line end the title as they do after a separator ('Cible' and the
    quoted slogan's words were asked about)."""
    criteria, _, r = read(translator, request_)
    assert criteria == ["Lyon"] and r.ignored == [title], (criteria, r.ignored)


@pytest.mark.parametrize("request_, criteria, exclusions", [
    ("Clients qui habitent Lyon.\nExclusions : la liste repoussoir + toute personne avec un ticket SAV non résolu.",
     ["Lyon"], ["sur la liste : liste repoussoir", "ticket au service client, statut ouvert ou en attente"]),
    ("Customers who live in Lyon.\nExclusions: the do-not-contact list + anyone with an unresolved ticket.",
     ["Lyon"], ["on the do-not-contact list", "customer service ticket, status open or pending"]),
])
def test_an_exclusions_label_removes_what_it_lists(translator, request_, criteria, exclusions):
    """'Exclusions :' opening a line: each thing it lists ('+' between them) is removed on its own (they were read as
    criteria, 'Exclusions' asked about; then as one group of those on both)."""
    assert read(translator, request_)[:2] == (criteria, exclusions)


@pytest.mark.parametrize("request_, criteria, aside", [
    ("December birthdays who are opted in to email - for the birthday treat mailing",
     ["birth date in December", "opted in: email"], "for the birthday treat mailing"),
    ("Les anniversaires de décembre qui ont consenti aux e-mails - pour l'envoi Birthday Treat",
     ["date de naissance en décembre", "consentement : e-mail"], "pour l'envoi Birthday Treat"),
    ("Tous ceux qui fêtent leurs 30 ans cette année - on prépare un mailing « 30 ans et fabuleux »",
     ["nés en 1996"], "on prépare un mailing « 30 ans et fabuleux"),
])
def test_what_campaign_the_list_is_for_is_an_aside(translator, request_, criteria, aside):
    """'- for the birthday treat mailing' names the campaign, though 'birthday' is a catalog word: an aside (the
    words before the dash were dropped as a title and nothing was left; 'mailing' read as an e-mail and '30 ans' as
    an age of at least 30)."""
    got, _, r = read(translator, request_)
    assert got == criteria and r.ignored == [aside], (got, r.ignored)


@pytest.mark.parametrize("request_, criteria, purpose", [
    ("for the post-holiday survey I need US residents", ["United States"], "for the post-holiday survey"),
    ("For the Black Friday teaser, we need VIP customers", ["VIP"], "For the Black Friday teaser,"),
    ("pour la relance Black Friday il me faudrait les clients VIP", ["VIP"], "pour la relance Black Friday"),
    ("Pour l'opé rentrée, je voudrais les clients de Lyon", ["Lyon"], "Pour l'opé rentrée,"),
])
def test_what_campaign_the_list_is_for_opening_the_request_is_no_criterion(translator, request_, criteria, purpose):
    """'For the Black Friday teaser, we need ...': a lead-in naming what the list is for, up to the request's own words
    or a comma, says no condition ('Black Friday' was read as the campaign's messages received, 'survey' asked)."""
    got, _, r = read(translator, request_)
    assert got == criteria and purpose in r.ignored, (got, r.ignored)


@pytest.mark.parametrize("request_, criterion", [
    ("For the customers who got the Black Friday campaign, I need those in Paris", "message received"),
    ("For the VIP event, I need customers in Paris", "VIP"),
])
def test_a_lead_in_about_the_customers_is_read(translator, request_, criterion):
    """The customers' own words (their noun, a relative clause), or no title word: the lead-in says who."""
    r = translator.translate(request_, A)
    assert any(c.label.startswith(criterion) for c in r.definition.criteria), r.definition.to_text()


def test_a_behaviour_after_for_is_no_campaign(translator):
    """Only a title word at the end, or a name after it, makes a purpose: 'for those who opened the campaign email'
    says who."""
    r = translator.translate("VIP customers in Lyon, for those who opened the campaign email", A)
    assert not any("opened" in i for i in r.ignored), r.ignored


@pytest.mark.parametrize("framed, plain", [
    ("Montreal and Toronto customers, whatever their loyalty tier", "Montreal and Toronto customers"),
    ("Montreal customers, no matter their tier", "Montreal customers"),
    ("Les clients de Toronto, peu importe leur niveau de fidélité", "Les clients de Toronto"),
    ("Les clients de Toronto, quel que soit leur niveau", "Les clients de Toronto"),
])
def test_whatever_their_attribute_restricts_nothing(translator, framed, plain):
    """'whatever their loyalty tier', 'peu importe leur niveau de fidélité' say any tier (asked about; 'no matter
    their tier' read 'no tier on file')."""
    assert read(translator, framed)[:2] == read(translator, plain)[:2]


@pytest.mark.parametrize("request_, plain", [
    ("who has a phone number on file among our Lyon customers?", "Lyon customers with a phone number on file"),
    ("qui a un numéro de téléphone renseigné parmi les clients de Lyon ?",
     "les clients de Lyon avec un numéro de téléphone renseigné"),
])
def test_among_without_a_ranking_is_a_filter(translator, request_, plain):
    """With no ranking, 'among our Lyon customers' says which customers, like any criterion ('among' was asked
    about, and the phone's presence left unread)."""
    assert sorted(read(translator, request_)[0]) == sorted(read(translator, plain)[0])


@pytest.mark.parametrize("short, plain", [
    ("people who visited the site in the past month w/o buying anything in that month",
     "people who visited the site in the past month without buying anything in that month"),
    ("Ont fait une recherche sur le site pis ajouté qqch à leur wishlist dans la dernière semaine",
     "Ont fait une recherche sur le site pis ajouté quelque chose à leur wishlist dans la dernière semaine"),
    ("clients qui ont acheté à l'outlet de La Roca ou celui de Serravalle l'hiver dernier",
     "clients qui ont acheté à l'outlet de La Roca ou de Serravalle l'hiver dernier"),
])
def test_shorthands_and_the_one_of_a_noun_said_before(translator, short, plain):
    """'w/o', 'qqch' are typed for 'without', 'quelque chose' ('w', 'o', 'qqch' were asked about); 'celui de
    Serravalle' is the outlet of Serravalle ('celui' was asked about)."""
    assert read(translator, short)[:2] == read(translator, plain)[:2]


@pytest.mark.parametrize("request_", [
    "Tu peux passer en gold tous les membres argent qui ont plus de 5000 points ?",
    "Could you move all silver members with more than 5000 points to gold?",
])
def test_an_opener_before_another_tasks_verb_is_no_politeness(translator, request_):
    """'Tu peux passer en gold ...' asks to change the tier: reading 'Tu peux' as politeness answered silver and gold
    members with the points, silently. Asked (French) or refused as another task (English)."""
    r = translator.translate(request_, A)
    assert r.status in ("clarify", "refused") and (r.status == "refused" or "Tu peux" in r.unrecognized), (
        r.status, r.unrecognized, r.ignored)


@pytest.mark.parametrize("framed, plain, frame", [
    ("qqn peut me sortir les membres gold en Espagne ? merci", "les membres gold en Espagne", "qqn peut me sortir"),
    ("quelqu'un pourrait me sortir les clientes VIP en Italie", "les clientes VIP en Italie",
     "quelqu'un pourrait me sortir"),
    ("Hello, besoin des clientes VIP en Italie svp", "les clientes VIP en Italie", "besoin des"),
    ("j'aurais besoin des membres gold en Espagne", "les membres gold en Espagne", "j'aurais besoin des"),
    ("can someone pull gold members in Spain?", "gold members in Spain", "can someone pull"),
    ("tu peux me filer les membres gold en Espagne", "les membres gold en Espagne", "tu peux me filer"),
    ("ce serait possible d'avoir les clientes VIP en Italie ?", "les clientes VIP en Italie",
     "ce serait possible d'avoir"),
    ("any chance you could pull gold members in Spain?", "gold members in Spain", "any chance you could pull"),
    ("would be great to get gold members in Spain", "gold members in Spain", "would be great to get"),
])
def test_someone_asked_and_a_need_of_the_list_frame_the_request(translator, framed, plain, frame):
    """'qqn peut me sortir ...' (someone can get me), 'besoin des VIP' (need the VIPs), 'tu peux me filer', 'ce serait
    possible d'avoir', 'any chance you could pull' ask for the list: their words were asked about."""
    criteria, exclusions, r = read(translator, framed)
    assert (criteria, exclusions) == read(translator, plain)[:2]
    assert any(frame in i for i in r.ignored), r.ignored


@pytest.mark.parametrize("short, plain", [
    ("clients qui ont acheté en ligne ces 30j", "clients qui ont acheté en ligne ces 30 derniers jours"),
    ("clients qui ont acheté en ligne ces 6 mois", "clients qui ont acheté en ligne ces 6 derniers mois"),
    ("clients qui ont acheté en ligne ces 3sem", "clients qui ont acheté en ligne ces 3 dernières semaines"),
    ("customers who bought online in the last 30d", "customers who bought online in the last 30 days"),
    ("customers who bought online in the past 12mo", "customers who bought online in the past 12 months"),
    ("customers who bought online in the last 2yrs", "customers who bought online in the last 2 years"),
    ("customers who bought online in the last 12m", "customers who bought online in the last 12 months"),
])
def test_a_unit_cut_short_and_glued_to_its_number(translator, short, plain):
    """'30j', '30d', '12mo' are 30 days, 12 months: 'j', 'd' were asked about and the 30 read as a count of times."""
    assert read(translator, short)[:2] == read(translator, plain)[:2]


def test_m_glued_to_an_amount_is_no_month(translator):
    """'12m' is 12 months; '€1m' is an amount (a million, asked), never a period."""
    r = translator.translate("customers who spent more than €1m", A)
    assert r.status == "clarify" and "m" in r.unrecognized, (r.status, r.unrecognized)


@pytest.mark.parametrize("short, plain", [
    ("customers who spent more than 300 YTD", "customers who spent more than 300 this year"),
    ("customers who spent more than 300 year to date", "customers who spent more than 300 this year"),
    ("customers who ordered online MTD", "customers who ordered online this month"),
    ("clients qui ont dépensé plus de 300 € YTD", "clients qui ont dépensé plus de 300 € cette année"),
    ("clients qui ont commandé en ligne MTD", "clients qui ont commandé en ligne ce mois-ci"),
    ("clients avec un n° de portable renseigné", "clients avec un numéro de portable renseigné"),
    ("cust avec une commande en ligne", "clients avec une commande en ligne"),
    ("custs who ordered online", "customers who ordered online"),
    ("customers with a phone n° on file", "customers with a phone number on file"),
    ("customers who spent more than 500 LTM", "customers who spent more than 500 in the last 12 months"),
    ("customers who spent more than 500 L12M", "customers who spent more than 500 in the last 12 months"),
    ("clients qui ont dépensé plus de 500 € (TTM)", "clients qui ont dépensé plus de 500 € au cours des 12 derniers mois"),
    ("clients qui ont acheté en ligne L3M", "clients qui ont acheté en ligne au cours des 3 derniers mois"),
    ("customers who ordered online L30D", "customers who ordered online in the last 30 days"),
])
def test_shorthands_of_a_period_to_date_and_of_nouns(translator, short, plain):
    """'YTD', 'year to date' are this year so far ('YTD' was asked; 'year to date' lost 'to date' and asked 'year');
    'MTD' this month; 'LTM', 'TTM', 'L12M' the last twelve months ('L12M' was read as 'l', a count of 12 and 'm');
    'n°' numéro, 'cust' customers."""
    assert read(translator, short)[:2] == read(translator, plain)[:2]


def test_a_numero_sign_is_never_the_word_no(translator):
    """'nº' (with the ordinal sign) folded to 'no', read as a negation: 'un nº de portable renseigné' answered the
    customers with NO phone number, silently."""
    criteria, _, _ = read(translator, "clients avec un nº de portable renseigné")
    assert criteria == read(translator, "clients avec un numéro de portable renseigné")[0], criteria


@pytest.mark.parametrize("slang, plain", [
    ("Clients qui ont claqué plus de 500 € en ligne", "Clients qui ont dépensé plus de 500 € en ligne"),
    ("clients ayant lâché au moins 300 € en magasin", "clients ayant dépensé au moins 300 € en magasin"),
    ("customers who blew more than €500 online", "customers who spent more than €500 online"),
    ("customers who splashed out over $300 in store", "customers who spent over $300 in store"),
])
def test_a_slang_verb_of_spending_before_an_amount(translator, slang, plain):
    """'claqué plus de 500 €', 'blew more than €500' spent it ('claqué plus de 500' was asked about)."""
    assert read(translator, slang)[:2] == read(translator, plain)[:2]


@pytest.mark.parametrize("request_", ["clients VIP qui ont claqué la porte", "clients VIP qui ont claqué la porte 3 fois",
                                      "VIP customers who blew a gasket"])
def test_a_slang_verb_of_spending_without_an_amount_is_asked(translator, request_):
    """Before anything but an amount the verb is no spending: still asked, never read as a purchase."""
    r = translator.translate(request_, A)
    assert r.status != "ok" and any(w in " ".join(r.unrecognized) for w in ("claqué", "blew")), (r.status, r.unrecognized)


@pytest.mark.parametrize("framed, plain", [
    ("acheteurs de Lego ET de Djeco (peu importe qd)", "acheteurs de Lego ET de Djeco"),
    ("acheteurs de Lego peu importe quand", "acheteurs de Lego"),
    ("acheteurs de Lego, n'importe quand", "acheteurs de Lego"),
    ("Lego buyers, whenever", "Lego buyers"),
    ("Lego buyers, no matter when.", "Lego buyers"),
    ("Lego buyers any time", "Lego buyers"),
    ("Les clients bruxellois qui ont déjà acheté en ligne, une fois", "Les clients bruxellois qui ont déjà acheté en ligne"),
    ("Les clients VIP, une fois. Hors Belgique.", "Les clients VIP. Hors Belgique."),
])
def test_when_it_does_not_matter_and_a_belgian_une_fois_say_nothing(translator, framed, plain):
    """'peu importe qd', 'whenever' say any time: no condition (they were asked about); Belgian ', une fois' at a
    sentence's end stresses what was said, no count (asked, exactly or at least once)."""
    assert read(translator, framed)[:2] == read(translator, plain)[:2]


@pytest.mark.parametrize("request_, asked", [
    ("clients VIP qui ont acheté en ligne une fois", "une fois"),
    ("clients VIP qui ont acheté en ligne, une fois, puis en magasin", "une fois"),
    ("Lego buyers, whenever they visited", "whenever"),
])
def test_une_fois_and_whenever_elsewhere_are_still_asked(translator, request_, asked):
    """Without the comma, or before more of the sentence, 'une fois' may count the purchases and 'whenever' open a
    clause: asked, never dropped."""
    r = translator.translate(request_, A)
    assert r.status == "clarify" and any(asked in q.question for q in r.clarifications), (
        r.status, [q.question for q in r.clarifications])


@pytest.mark.parametrize("joined, plain", [
    ("les abandonnistes panier des 7 derniers jours", "les abandonnistes de panier des 7 derniers jours"),
    ("clients avec au moins 3 tickets caisse depuis le 1er janvier", "clients avec au moins 3 tickets de caisse depuis le 1er janvier"),
])
def test_two_catalog_words_side_by_side_without_de(translator, joined, plain):
    """Marketing French drops the 'de' of a compound ('abandonnistes panier', 'tickets caisse'): read as the catalog's
    phrase ('abandonnistes' was asked about, 'panier' read as a basket amount)."""
    assert read(translator, joined)[:2] == read(translator, plain)[:2]


@pytest.mark.parametrize("short, plain", [
    ("clients VIP qui ont acheté en ligne ds les 30 derniers jours", "clients VIP qui ont acheté en ligne dans les 30 derniers jours"),
    ("clients VIP qui n'ont jms acheté en ligne", "clients VIP qui n'ont jamais acheté en ligne"),
    ("ts les clients VIP qui ont acheté en ligne dps juin", "tous les clients VIP qui ont acheté en ligne depuis juin"),
    ("clients VIP tjs actifs", "clients VIP toujours actifs"),
    ("clients VIP qui ont acheté en mag cette année", "clients VIP qui ont acheté en magasin cette année"),
    ("clients VIP avec anniv en octobre", "clients VIP avec anniversaire en octobre"),
    ("clients VIP excl. membres gold", "clients VIP hors membres gold"),
    ("clients qui ont acheté en ligne ces 3 sem", "clients qui ont acheté en ligne ces 3 dernières semaines"),
    ("ppl who bought online in the last 3 wks", "people who bought online in the last 3 weeks"),
    ("customers who bought online in the prev 6 mos", "customers who bought online in the previous 6 months"),
    ("VIP customers who bought online excl. gold members", "VIP customers who bought online excluding gold members"),
    ("VIPs with a bday in October", "VIPs with a birthday in October"),
    ("can u gimme the VIP customers in Lyon", "can you give me the VIP customers in Lyon"),
    ("we wanna target VIP customers in Lyon", "we want to target VIP customers in Lyon"),
])
def test_the_words_of_a_quick_note(translator, short, plain):
    """A quick note's words ('ds', 'jms', 'dps', 'en mag', 'ppl', 'prev', 'excl', 'bday') and a unit cut short after
    its number ('3 sem', '6 mos'): each was asked about ('jms' left the negation out of the question's reading)."""
    assert read(translator, short)[:2] == read(translator, plain)[:2]


@pytest.mark.parametrize("short, plain", [
    ("women in Lyon who signed up thru the app", "women in Lyon who signed up through the app"),
    ("gold members with more than 2k loyalty pts", "gold members with more than 2000 loyalty points"),
    ("bought in store in 2025, at least 3 times that yr", "bought in store in 2025, at least 3 times that year"),
    ("Who's opted in to push but not to SMS?", "Who has opted in to push but not to SMS?"),
    ("who's a gold member in Madrid", "gold members in Madrid"),
    ("customers acquired via a marketplace (Amazon & co) in Spain", "customers acquired via a marketplace in Spain"),
    ("customers acquired via a marketplace (Amazon and co) in Spain", "customers acquired via a marketplace in Spain"),
    ("clients recrutés via une marketplace (Amazon & co) en Espagne", "clients recrutés via une marketplace en Espagne"),
    ("clients recrutés via une marketplace (Amazon et cie) en Espagne", "clients recrutés via une marketplace en Espagne"),
    ("VIP customers, i.e. those in Lyon", "VIP customers in Lyon"),
    ("clients VIP, c-à-d ceux de Lyon", "clients VIP de Lyon"),
    ("clients VIP, c'est-à-dire ceux de Lyon", "clients VIP de Lyon"),
    ("clients VIP (c.-à-d. ceux de Lyon)", "clients VIP de Lyon"),
])
def test_informal_spellings_and_abbreviations(translator, short, plain):
    """'thru', 'pts', 'yr', "Who's", '& co', 'c-à-d' are typed for 'through', 'points', 'year', 'who has', 'etc.'
    (a bracket of examples) and 'that is': each was asked about ('loyalty pts' was even read as messages)."""
    assert read(translator, short)[:2] == read(translator, plain)[:2]


def test_a_short_word_typed_in_capitals_is_a_name_not_a_shorthand(translator):
    """'une DS' is a name (a model, a brand): never 'dans', so it is still asked about when the catalog lacks it; the
    same letters typed lowercase are the note's 'dans'."""
    r = translator.translate("clients VIP qui ont acheté une DS ds les 30 derniers jours", A)
    assert r.status == "clarify" and r.unrecognized == ["DS"], (r.status, r.unrecognized)


@pytest.mark.parametrize("short, plain", [
    ("customers who bought online w/in the last 30 days", "customers who bought online within the last 30 days"),
    ("customers aged b/w 25 and 35", "customers aged between 25 and 35"),
])
def test_slashed_shorthands_of_grammar_words(translator, short, plain):
    """'w/in', 'b/w' are 'within', 'between' ('w/in' read 'with in' and a second, windowless purchase)."""
    assert read(translator, short)[:2] == read(translator, plain)[:2]


@pytest.mark.parametrize("request_", ["customers who spent ~500 online", "clients qui ont dépensé ~500 € en ligne"])
def test_a_tilde_is_approximate_and_asked(translator, request_):
    """'~500' is about 500: the tilde was dropped and the amount read as at least 500; asked as 'about' is."""
    r = translator.translate(request_, A)
    assert r.status == "clarify" and any("~" in q.question for q in r.clarifications), (
        r.status, [q.question for q in r.clarifications])


@pytest.mark.parametrize("polite, plain, said", [
    ("les VIP de Bruxelles s'il vous plaît, merci d'avance", "les VIP de Bruxelles", "merci d'avance"),
    ("les VIP de Bruxelles au plus vite", "les VIP de Bruxelles", "au plus vite"),
    ("bjr, les VIP de Bruxelles stp. cdlt", "les VIP de Bruxelles", "bjr"),
    ("VIPs in Brussels, thanks in advance", "VIPs in Brussels", "thanks in advance"),
    ("VIPs in Brussels as soon as possible", "VIPs in Brussels", "as soon as possible"),
])
def test_politeness_and_haste_said_in_words_are_shown_as_ignored(translator, polite, plain, said):
    """"s'il vous plaît", "merci d'avance", 'au plus vite', 'bjr', 'thanks in advance': no criterion, listed as
    ignored ('plaît', 'avance', 'vite', 'bjr' were asked about)."""
    criteria, exclusions, r = read(translator, polite)
    assert (criteria, exclusions) == read(translator, plain)[:2] and said in r.ignored, r.ignored


def test_dis_une_fois_opens_a_belgian_request(translator):
    """'Dis une fois, tu peux me sortir ...': Belgian 'say', no count ('une fois' and 'Dis' were asked about)."""
    assert read(translator, "Dis une fois, tu peux me sortir les VIP de Bruxelles ?")[:2] == \
        read(translator, "les VIP de Bruxelles")[:2]


def test_if_possible_is_still_asked(translator):
    """'with a phone number if possible' makes the phone optional: never read as politeness."""
    r = translator.translate("VIPs in Brussels with a phone number if possible", A)
    assert r.status == "clarify" and "possible" in " ".join(r.unrecognized), (r.status, r.unrecognized)


@pytest.mark.parametrize("heading, plain", [
    ("with over 3,000 loyalty points: women in Spain", "women in Spain with over 3,000 loyalty points"),
    ("whose churn risk is above 0.7: men in Italy", "men in Italy whose churn risk is above 0.7"),
    ("without a phone number on file: gold members in France", "gold members in France without a phone number on file"),
    ("more than 500 points - VIP customers in Madrid", "VIP customers in Madrid with more than 500 points"),
    ("avec plus de 3000 points de fidélité : femmes en Espagne", "femmes en Espagne avec plus de 3000 points de fidélité"),
    ("dont le risque de churn dépasse 0,7 : hommes en Italie", "hommes en Italie dont le risque de churn dépasse 0,7"),
    ("sans numéro de téléphone : membres gold en France", "membres gold en France sans numéro de téléphone"),
    ("plus de 500 points - clients VIP à Madrid", "clients VIP à Madrid avec plus de 500 points"),
])
def test_a_condition_said_before_the_separator_is_read_not_a_title(translator, warehouse, catalog, heading, plain):
    """'with over 3,000 loyalty points: women in Spain': words before a colon or a dash that open with 'with',
    'whose', 'without' (French 'avec', 'dont', 'sans'), or compare an attribute with a number, are a condition said
    first, never a campaign's title (they were dropped unsaid: every woman in Spain)."""
    from assistant.sql.compile import compile_sql
    from translations import keys

    got, want = (read(translator, r)[2] for r in (heading, plain))
    assert not got.ignored, got.ignored
    assert keys(warehouse, compile_sql(got.definition, catalog)) == keys(warehouse, compile_sql(want.definition, catalog))


def test_a_campaigns_title_with_a_number_is_still_a_title(translator):
    """A campaign's name with a year or a quarter ('Black Friday 2025 teaser:', 'Q4 - ...') stays a title."""
    for titled in ("Black Friday 2025 teaser: women in Madrid", "Q4 - winter reactivation campaign: women in Madrid"):
        assert read(translator, titled)[:2] == read(translator, "women in Madrid")[:2], titled


@pytest.mark.parametrize("titled, words", [
    ("mobile number on file: British men over 60", "mobile number"),
    ("Opted in to SMS: women in Madrid", "Opted in"),
    ("Bought shoes: women in Madrid", "Bought"),
    ("numéro de portable renseigné : hommes à Madrid", "numéro de portable"),
    ("ont acheté des chaussures : femmes à Madrid", "ont acheté"),
])
def test_an_attribute_or_a_behaviour_in_a_title_is_said_in_a_note(translator, titled, words):
    """A title that names an attribute or a behaviour may be a condition said first: not read, but never dropped
    without a word (the phone, the consent, the purchase were answered wider, unsaid)."""
    _, _, r = read(translator, titled)
    assert any(f"{words}" in w and ("title" in w or "titre" in w) for w in r.warnings), r.warnings


@pytest.mark.parametrize("titled", ["Relance SMS : femmes à Madrid", "SMS relaunch - women in Madrid",
                                    "Black Friday teaser: women in Madrid", "Tier upgrade comms: women in Madrid",
                                    "Churn prevention Q4: women in Madrid", "Store opening - women in Madrid"])
def test_a_campaigns_title_word_or_topic_is_no_condition_to_note(translator, titled):
    """A title word ('Relance', 'relaunch') or an attribute's or a behaviour's noun naming the campaign's topic
    ('Tier upgrade', 'Churn prevention', 'Store opening') is the campaign's: nothing to say."""
    assert read(translator, titled)[2].warnings == []


_BIRTHDAY_BRIEF = """
    SELECT c.customer_id FROM crm.customers c
    WHERE month(c.birth_date) = 10 AND c.loyalty_tier IN ('silver', 'gold', 'vip')
      AND c.customer_id IN (SELECT customer_id FROM pos.transactions WHERE customer_id IS NOT NULL
                              AND transaction_ts >= DATE '2026-09-30' - INTERVAL 12 MONTH
                            UNION SELECT customer_id FROM ecom.orders WHERE status <> 'cancelled'
                              AND order_ts >= DATE '2026-09-30' - INTERVAL 12 MONTH)
      AND c.customer_id IN (SELECT customer_id FROM crm.consents WHERE channel = 'email' AND opted_in)
      AND c.customer_id NOT IN (SELECT customer_id FROM crm.do_not_contact)"""


@pytest.mark.parametrize("request_, heading", [
    # the body's heading after a subject line and a greeting is set aside as a title is without a subject line
    # (was: 'envoi' and 'octobre' asked; blind fr24-054)
    ("Objet : ciblage anniversaire Club\nBonjour,\npour l'envoi d'octobre : les clients nés en octobre, niveau argent "
     "et au-dessus, avec au moins un achat sur les 12 derniers mois, opt-in e-mail. On enlève la liste repoussoir.\n"
     "Bonne journée, Claire (CRM)", "pour l'envoi d'octobre"),
    ("Subject: Club birthday targeting\nHi,\nfor the October send: customers born in October, silver, gold or VIP, "
     "with at least one purchase in the last 12 months, email opt-in. Remove the do-not-contact list.\nThanks, Claire",
     "for the October send"),
])
def test_a_heading_after_a_subject_and_a_greeting_is_the_title(translator, warehouse, catalog, request_, heading):
    from translations import same_audience
    r = same_audience(translator, warehouse, catalog, request_, _BIRTHDAY_BRIEF)
    assert heading in r.ignored, r.ignored


def test_the_audience_named_after_a_subject_is_still_said_in_a_note(translator):
    """'VIP de Lyon :' after a subject and a greeting is set aside as it is without a subject: with a note each."""
    r = translator.translate("Objet : ciblage\nBonjour,\nVIP de Lyon : ceux qui ont acheté en 2025", A)
    assert any("VIP" in w for w in r.warnings) and any("Lyon" in w for w in r.warnings), r.warnings
