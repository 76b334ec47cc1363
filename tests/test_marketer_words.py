"""Words a marketer uses for the catalog's attributes and behaviours, read as the catalog's own in both languages:
each was asked about ('X is not something the catalog knows') though nothing in it was unclear. Checked by running
the translation and a hand-written SQL of the same audience on the demo warehouse (never by SQL text).

The sentences are ours, not the blind sets'.
"""
from __future__ import annotations

import pytest
from translations import A, asks, same_audience

SCORES = "SELECT customer_id FROM ds.customer_scores WHERE "


# -- an attribute, a linking verb and the word of its value ----------------------------------------------------


@pytest.mark.parametrize("request_, where", [
    ("gold members whose churn risk is low", "churn_risk < 0.3"),
    ("membres gold dont le risque de churn est faible", "churn_risk < 0.3"),
    ("gold members whose churn risk is high", "churn_risk > 0.7"),
    ("membres gold dont le risque de churn est élevé", "churn_risk > 0.7"),
])
def test_an_attribute_is_its_value_word(translator, warehouse, catalog, request_, where):
    """'whose churn risk is low' is the catalog's 'low churn risk' ('churn risk' was asked about; French, 'risque de
    churn est faible', was refused)."""
    same_audience(translator, warehouse, catalog, request_,
                  f"{SCORES}{where} AND customer_id IN (SELECT customer_id FROM crm.customers "
                  "WHERE loyalty_tier = 'gold')")


# -- a behaviour's verb said apart from its object ---------------------------------------------------------------

VIEWS = ("SELECT e.customer_id FROM web.events e JOIN pim.products p ON p.product_id = e.product_id "
         "WHERE e.customer_id IS NOT NULL AND e.event_type = 'product_view' AND p.category = '{category}' "
         "AND e.event_ts >= DATE '2026-09-30' - INTERVAL 90 DAY GROUP BY e.customer_id HAVING count(*) >= {n}")


@pytest.mark.parametrize("request_, category, n", [
    ("clients qui ont regardé au moins deux fiches produits beauté ces 90 derniers jours", "beauty", 2),
    ("clients qui ont consulté au moins 2 fiches produits high-tech ces 90 derniers jours", "electronics", 2),
    ("people who viewed at least 2 beauty product pages in the last 90 days", "beauty", 2),
    ("shoppers who looked at at least two electronics products in the last 90 days", "electronics", 2),
])
def test_a_count_between_a_verb_and_its_thing(translator, warehouse, catalog, request_, category, n):
    """'regardé au moins deux fiches produits': the count said between the verb and the thing; the verb was asked
    about ('regardé', 'viewed', 'looked at at least 2'), and 'product pages' was not the catalog's product view."""
    same_audience(translator, warehouse, catalog, request_, VIEWS.format(category=category, n=n))


SESSIONS = ("SELECT customer_id FROM web.sessions WHERE customer_id IS NOT NULL AND {where} "
            "AND started_at >= DATE '2026-09-30' - INTERVAL 60 DAY GROUP BY customer_id HAVING count(*) >= {n}")


@pytest.mark.parametrize("request_, where, n", [
    ("who visited on a tablet at least twice in the last 60 days", "device_type = 'tablet'", 2),
    ("visited us from paid search at least 3 times in the last 60 days", "traffic_source = 'paid_search'", 3),
    ("clients venus au moins 2 fois sur tablette ces 60 derniers jours", "device_type = 'tablet'", 2),
    ("clients arrivés au moins 3 fois par le référencement payant ces 60 derniers jours",
     "traffic_source = 'paid_search'", 3),
])
def test_a_bare_verb_before_the_values_of_its_behaviour(translator, warehouse, catalog, request_, where, n):
    """'visited on a tablet', 'venus ... sur tablette': the verb of 'visited the site' said without its object, the
    device naming the behaviour (a site visit: a store purchase has no device); 'visited', 'venus' were asked."""
    same_audience(translator, warehouse, catalog, request_, SESSIONS.format(where=where, n=n))


def test_a_bare_verb_before_a_place_of_its_behaviour(translator, warehouse, catalog):
    """'visited at least twice in store' is 'visited a store' (a store ticket), never a site visit."""
    for request_ in ("customers who visited at least twice in store in the last 60 days",
                     "clients venus au moins 2 fois en magasin ces 60 derniers jours"):
        same_audience(translator, warehouse, catalog, request_,
                      "SELECT customer_id FROM pos.transactions WHERE customer_id IS NOT NULL AND transaction_ts >= "
                      "DATE '2026-09-30' - INTERVAL 60 DAY GROUP BY customer_id HAVING count(*) >= 2")


# -- a score given to a contact with customer service --------------------------------------------------------------

TICKETS = ("SELECT customer_id FROM service.tickets WHERE {where} AND created_at >= DATE '2026-01-01'")


@pytest.mark.parametrize("request_, where", [
    ("clients qui ont mis 1 ou 2 à un ticket livraison cette année", "topic = 'delivery' AND satisfaction_score IN (1, 2)"),
    ("clients qui ont mis 1/5 à un ticket livraison cette année", "topic = 'delivery' AND satisfaction_score = 1"),
    ("clients qui ont donné 1 ou 2 à un échange par chat avec le SAV cette année",
     "channel = 'chat' AND satisfaction_score IN (1, 2)"),
    ("people who gave a 1 or 2 to a delivery ticket this year", "topic = 'delivery' AND satisfaction_score IN (1, 2)"),
    ("people who gave 5/5 to customer service this year", "satisfaction_score = 5"),
    ("people who rated a chat conversation with support 1 or 2 this year",
     "channel = 'chat' AND satisfaction_score IN (1, 2)"),
    ("clients ayant eu un échange par téléphone avec le service client cette année", "channel = 'phone'"),
])
def test_a_score_given_to_a_contact(translator, warehouse, catalog, request_, where):
    """'mis 1 ou 2 à', 'gave a 1 or 2 to' say a rating ('mis', '2' were asked about, '1' read as a count); 'a
    conversation with support', 'un échange par chat avec le SAV' is a ticket ('conversation', 'support', 'échange'
    were asked about; 'rated a chat conversation with support 1 or 2' read at least 2 tickets)."""
    same_audience(translator, warehouse, catalog, request_, TICKETS.format(where=where))


@pytest.mark.parametrize("request_", ["clients qui ont mis 2 articles au panier cette semaine",
                                      "people who gave 50 euros to a charity this year"])
def test_a_number_given_that_is_no_score(translator, request_):
    """Two articles put in a cart, fifty euros given: no rating read (asked, or refused, as before)."""
    r = translator.translate(request_, A)
    assert not any("satisf" in c.label.lower() for c in (r.definition.criteria if r.definition else [])), r.status


@pytest.mark.parametrize("request_", ["people who hit unsubscribe on one of our emails since July",
                                      "people who tapped the unsubscribe in an email since July",
                                      "ont cliqué sur se désabonner dans un e-mail depuis juillet",
                                      "ont cliqué sur le lien de désinscription d'un e-mail depuis juillet"])
def test_the_unsubscribe_link_used(translator, warehouse, catalog, request_):
    """'hit unsubscribe', 'cliqué sur se désabonner': the unsubscribe link used ('hit', 'désabonner' were asked; the
    French read a click)."""
    same_audience(translator, warehouse, catalog, request_,
                  "SELECT m.customer_id FROM marketing.messages m JOIN marketing.campaigns c "
                  "ON c.campaign_id = m.campaign_id WHERE m.unsubscribed AND c.channel = 'email' "
                  "AND m.sent_at >= DATE '2026-07-01'")


# -- what we hold of them -------------------------------------------------------------------------------------------

VIP_PHONE = ("SELECT customer_id FROM crm.customers WHERE loyalty_tier = 'vip' AND phone IS {known}NULL")


@pytest.mark.parametrize("request_, known", [
    ("clients VIP dont on a le numéro de téléphone", "NOT "),
    ("clients VIP pour qui nous avons un numéro de téléphone", "NOT "),
    ("VIP customers we have a phone number for", "NOT "),
    ("VIP customers we don't have a phone number for", ""),
    ("clients VIP dont on n'a pas le numéro de téléphone", ""),
])
def test_what_we_have_of_them_is_on_file(translator, warehouse, catalog, request_, known):
    """'dont on a le numéro de téléphone', 'we have a phone number for': the phone on file ('numéro de téléphone' was
    asked about; 'VIP customers we have a phone number for' dropped the phone without a word, and 'we don't have'
    read the VIPs' negation: not VIP)."""
    same_audience(translator, warehouse, catalog, request_, VIP_PHONE.format(known=known))


# -- channels: both of buying, every one of a behaviour ------------------------------------------------------------


@pytest.mark.parametrize("request_", ["customers who buy on both channels", "clients qui achètent sur les deux canaux"])
def test_buying_on_both_channels_is_omnichannel(translator, warehouse, catalog, request_):
    """'achètent sur les deux canaux': a store purchase and an online one, the catalog's omnichannel ('canaux',
    'channels' were asked about)."""
    same_audience(translator, warehouse, catalog, request_,
                  "SELECT customer_id FROM pos.transactions WHERE customer_id IS NOT NULL "
                  "INTERSECT SELECT customer_id FROM ecom.orders WHERE status <> 'cancelled'")


@pytest.mark.parametrize("request_", [
    "clients ayant reçu plus de 8 messages ces 30 derniers jours, tous canaux confondus",
    "clients ayant reçu plus de 8 messages ces 30 derniers jours (tous les canaux)",
    "customers who received more than 8 messages in the last 30 days, all channels combined",
])
def test_every_channel_restricts_nothing(translator, warehouse, catalog, request_):
    """'tous canaux confondus', 'all channels': any channel, no condition ('canaux', 'channels' were asked)."""
    same_audience(translator, warehouse, catalog, request_,
                  "SELECT customer_id FROM marketing.messages WHERE sent_at >= DATE '2026-09-30' - INTERVAL 30 DAY "
                  "GROUP BY customer_id HAVING count(*) > 8")


@pytest.mark.parametrize("request_, phrase", [("customers who received messages on both channels", "channels"),
                                              ("clients qui ont reçu des messages sur les deux canaux", "canaux")])
def test_both_channels_of_messages_is_still_asked(translator, request_, phrase):
    """Of messages, 'both channels' says two of their channels: the catalog cannot check that, so it is asked."""
    asks(translator, request_, phrase)
