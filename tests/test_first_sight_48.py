"""What set #48 (digital engagement and messages) found at first sight, each read in general, English and French,
against hand-written SQL: a negated behaviour's kinds said again after it ('bought nothing in that time - not in
store, not online'), personal data published ('publish their names on our Facebook page'), 'all the Belgians', 'email
unsubs', 'since they complained', and 'complained' as a ticket (not the do-not-contact list's reason)."""
from __future__ import annotations

import pytest

from translations import A, same_audience

SEARCHED = ("SELECT customer_id FROM web.events WHERE event_type = 'search' AND customer_id IS NOT NULL "
            "AND event_ts >= DATE '2026-08-31' AND event_ts < DATE '2026-10-01'")
BOUGHT_30 = ("SELECT customer_id FROM pos.transactions WHERE customer_id IS NOT NULL AND transaction_ts >= "
             "DATE '2026-08-31' AND transaction_ts < DATE '2026-10-01' UNION SELECT customer_id FROM ecom.orders "
             "WHERE status <> 'cancelled' AND order_ts >= DATE '2026-08-31' AND order_ts < DATE '2026-10-01'")


@pytest.mark.parametrize("request_", [
    "searched on the site in the last 30 days but bought nothing at all in that time - not in store, not online",
    "ont fait une recherche sur le site ces 30 derniers jours mais n'ont rien acheté sur la période - pas en magasin, "
    "pas en ligne",
])
def test_the_kinds_of_a_negated_behaviour_said_again_are_its_own(translator, warehouse, catalog, request_):
    r = same_audience(translator, warehouse, catalog, request_, f"{SEARCHED} EXCEPT ({BOUGHT_30})")
    assert len(r.definition.criteria) == 2


@pytest.mark.parametrize("request_", [
    "customers who searched on the site in the last 30 days but didn't buy anything, not in store and not online",
    "customers who searched on the site in the last 30 days but didn't buy anything - not in store, not online",
    "customers who searched on the site in the last 30 days but bought nothing, not in store, not online",
    "ont fait une recherche sur le site ces 30 derniers jours mais n'ont rien acheté, pas en magasin et pas en ligne",
])
def test_the_kinds_said_again_after_a_comma_or_in_the_clause_are_all_ruled_out(translator, warehouse, catalog,
                                                                               request_):
    """The first kind said again was read as the negated behaviour's own place (narrowed to the store), the next as
    an exclusion of its own with no period (every online buyer ever left out), silently."""
    r = same_audience(translator, warehouse, catalog, request_, f"{SEARCHED} EXCEPT ({BOUGHT_30})")
    assert len(r.definition.criteria) == 2 and not r.definition.exclusions, r.definition.to_text()


@pytest.mark.parametrize("request_", [
    "customers who searched on the site in the last 30 days but bought nothing - not in store",
    "customers who searched on the site in the last 30 days but bought nothing, not in store",
])
def test_one_kind_said_again_is_what_the_negation_rules_out(translator, warehouse, catalog, request_):
    same_audience(translator, warehouse, catalog, request_, f"{SEARCHED} EXCEPT ({BOUGHT_30.split(' UNION ')[0]})")


def test_a_kind_said_again_with_a_period_of_its_own_stays_apart(translator):
    r = translator.translate("searched on the site in the last 30 days but bought nothing at all in that time - not "
                             "in store in 2025", A)
    labels = [c.label for c in r.definition.criteria + r.definition.exclusions]
    assert len(labels) == 3 and any("2025" in label for label in labels), labels


@pytest.mark.parametrize("request_", [
    "Take the customers who complained this year and publish their names on our Facebook page",
    "Take the customers who complained this year and post their names and comments on our Facebook page",
    "Prends les clients qui ont porté plainte cette année pis publie leurs noms sur notre page Facebook",
])
def test_publishing_personal_data_is_refused(translator, request_):
    r = translator.translate(request_, A)
    assert r.status == "refused" and ("publish" in r.message or "publier" in r.message), r.message


@pytest.mark.parametrize("request_", ["All the Belgians who've said yes to texts, please.",
                                      "Tous les Belges qui ont dit oui aux SMS"])
def test_all_the_customers_named_by_a_value_is_no_share(translator, warehouse, catalog, request_):
    same_audience(translator, warehouse, catalog, request_, """
SELECT customer_id FROM crm.customers WHERE country = 'BE'
INTERSECT SELECT customer_id FROM crm.consents WHERE channel = 'sms' AND opted_in""")


def test_all_the_stores_is_still_a_share(translator):
    r = translator.translate("bought in all the French stores this year", A)
    assert r.status == "clarify" and any("all the" in q.question for q in r.clarifications)


def test_email_unsubs_are_the_unsubscribers(translator, warehouse, catalog):
    same_audience(translator, warehouse, catalog, "email unsubs in August pls", """
SELECT m.customer_id FROM marketing.messages m JOIN marketing.campaigns c USING (campaign_id)
WHERE m.unsubscribed AND c.channel = 'email' AND m.sent_at >= DATE '2026-08-01' AND m.sent_at < DATE '2026-09-01'""")


def test_unsub_them_is_an_order_refused(translator):
    r = translator.translate("Please unsub all the Belgian customers", A)
    assert r.status == "refused", (r.status, r.message)


TICKETS_Q2 = ("SELECT customer_id, created_at FROM service.tickets WHERE created_at >= DATE '2026-04-01' "
              "AND created_at < DATE '2026-07-01'")
PURCHASES = ("SELECT customer_id, transaction_ts AS ts FROM pos.transactions WHERE customer_id IS NOT NULL "
             "AND transaction_ts < DATE '2026-10-01' UNION ALL SELECT customer_id, order_ts FROM ecom.orders "
             "WHERE status <> 'cancelled' AND order_ts < DATE '2026-10-01'")


@pytest.mark.parametrize("request_", [
    "complained to customer service between April and June and haven't bought anything since they complained",
    "complained to customer service between April and June and haven't bought anything since that complaint",
])
def test_since_they_complained_is_after_that_ticket(translator, warehouse, catalog, request_):
    same_audience(translator, warehouse, catalog, request_, f"""
SELECT customer_id FROM ({TICKETS_Q2}) t GROUP BY customer_id HAVING NOT EXISTS (
  SELECT 1 FROM ({PURCHASES}) p WHERE p.customer_id = t.customer_id AND p.ts > max(t.created_at))""")


@pytest.mark.parametrize("request_", ["customers who complained between April and June",
                                      "clients qui se sont plaints entre avril et juin"])
def test_complained_is_a_ticket(translator, warehouse, catalog, request_):
    same_audience(translator, warehouse, catalog, request_, f"SELECT customer_id FROM ({TICKETS_Q2})")


ABANDONERS_14 = ("SELECT customer_id FROM web.events WHERE event_type = 'add_to_cart' AND customer_id IS NOT NULL "
                 "AND event_ts >= DATE '2026-09-16' AND event_ts < DATE '2026-10-01' EXCEPT SELECT customer_id "
                 "FROM ecom.orders WHERE status <> 'cancelled' AND order_ts >= DATE '2026-09-16'")
OPENED_14 = ("SELECT m.customer_id FROM marketing.messages m JOIN marketing.campaigns c USING (campaign_id) "
             "WHERE c.channel = 'email' AND m.opened_at >= DATE '2026-09-16' AND m.opened_at < DATE '2026-10-01'")


@pytest.mark.parametrize("request_", [
    "Cart abandoners from the last 14 days (added to cart, no online order in that time) who have still opened at "
    "least one of our emails in the last 14 days",
    "Les abandonnistes panier des 14 derniers jours (ajout au panier, pas de commande en ligne sur la période) qui ont "
    "quand même ouvert au moins un de nos mails sur ces 14 jours",
])
def test_a_term_restated_in_brackets_is_the_term_said_in_a_note(translator, warehouse, catalog, request_):
    r = same_audience(translator, warehouse, catalog, request_, f"({ABANDONERS_14}) INTERSECT ({OPENED_14})")
    assert any("Added to cart" in w or "A ajouté au panier" in w for w in r.warnings), r.warnings


def test_a_bracket_with_a_period_of_its_own_sets_the_terms_period(translator, warehouse, catalog):
    """'(aucun achat depuis 18 mois)' after 'clients inactifs' is no restatement: its length is the term's."""
    r = translator.translate("clients inactifs (aucun achat depuis 18 mois)", A)
    assert not any("tel que le catalogue le définit" in w for w in r.warnings), r.warnings
    assert "18" in r.definition.to_text()


def test_a_bracket_naming_something_else_after_a_term_is_read(translator):
    """'(bought in store this year)' after VIP names another behaviour than the term's own: a criterion."""
    r = translator.translate("VIP customers (bought in store this year)", A)
    assert any("store purchase" in c.label for c in r.definition.criteria), r.definition.to_text()


@pytest.mark.parametrize("request_", [
    "Rated a support ticket 1 or 2 this year and, since that ticket, haven't opened any of our emails",
    "Ont mis 1 ou 2 à un ticket SAV cette année et, depuis ce ticket, n'ont ouvert aucun de nos e-mails",
])
def test_since_that_ticket_said_before_the_clause_it_bounds(translator, warehouse, catalog, request_):
    rated = ("SELECT customer_id, created_at FROM service.tickets WHERE satisfaction_score IN (1, 2) "
             "AND created_at >= DATE '2026-01-01' AND created_at < DATE '2026-10-01'")
    opened = ("SELECT m.customer_id, m.opened_at FROM marketing.messages m JOIN marketing.campaigns c USING "
              "(campaign_id) WHERE c.channel = 'email' AND m.opened_at < DATE '2026-10-01'")
    r = same_audience(translator, warehouse, catalog, request_, f"""
SELECT customer_id FROM ({rated}) t GROUP BY customer_id HAVING NOT EXISTS (
  SELECT 1 FROM ({opened}) o WHERE o.customer_id = t.customer_id AND o.opened_at > max(t.created_at))""")
    assert len(r.definition.criteria) == 2


@pytest.mark.parametrize("request_", [
    "Subject: push re-engagement test 🔔\n\nHi team,\nFor the push test going out next week, could you build:\n"
    "- people living in France or Belgium\n- opted in to push\n",
    "Objet : test de réengagement push 🔔\n\nHello l'équipe,\nPour le test push de la semaine prochaine, vous pouvez "
    "me construire :\n- les clients qui habitent en France ou en Belgique\n- opt-in push\n",
    "For the push test going out next week, could you build: people living in France or Belgium, opted in to push",
])
def test_what_the_list_is_for_after_a_subject_line_and_a_greeting(translator, warehouse, catalog, request_):
    """The body's opening clause says what the list is for (a test): its words ('push', 'next week') are no criteria."""
    same_audience(translator, warehouse, catalog, request_, """
SELECT customer_id FROM crm.customers WHERE country IN ('FR', 'BE')
INTERSECT SELECT customer_id FROM crm.consents WHERE channel = 'push' AND opted_in""")


def test_since_closing_a_sentence_is_since_then_whatever_follows(translator, warehouse, catalog):
    """'... et plus aucune depuis. Natel renseigné.': the full stop ends 'depuis' (read 'from' the phone before it, the
    'none since' was lost without a word)."""
    watches = ("SELECT t.customer_id, t.transaction_ts AS ts FROM pos.transactions t JOIN pos.transaction_lines l "
               "USING (transaction_id) JOIN pim.products p USING (product_id) WHERE t.customer_id IS NOT NULL "
               "AND p.product_name LIKE '%Smartwatch%' AND t.transaction_ts < DATE '2026-10-01' UNION ALL "
               "SELECT o.customer_id, o.order_ts FROM ecom.orders o JOIN ecom.order_lines l USING (order_id) "
               "JOIN pim.products p USING (product_id) WHERE o.status <> 'cancelled' "
               "AND p.product_name LIKE '%Smartwatch%' AND o.order_ts < DATE '2026-10-01'")
    same_audience(translator, warehouse, catalog, "clients qui ont acheté une montre connectée il y a plus d'un an et "
                  "plus aucune depuis. Natel renseigné.", f"""
SELECT customer_id FROM ({watches}) w GROUP BY customer_id HAVING max(ts) < DATE '2025-09-30'
INTERSECT SELECT customer_id FROM crm.customers WHERE phone IS NOT NULL""")


@pytest.mark.parametrize("request_, note", [("men & women aged 25 to 45", "other gender, or none on file"),
                                            ("hommes et femmes de 25 à 45 ans", "autre genre")])
def test_both_values_said_with_and_say_who_is_left_out(translator, request_, note):
    r = translator.translate(request_, A)
    assert r.status == "ok" and any(note in w for w in r.warnings), r.warnings


def test_values_said_with_or_leave_out_no_one_unsaid(translator):
    r = translator.translate("men or women in France", A)
    assert not r.warnings, r.warnings


@pytest.mark.parametrize("request_", [
    "received a message since July 1, no opens in that time - neither email nor push",
    "ont reçu un message depuis le 1er juillet, aucune ouverture sur la période - ni mail ni push -",
])
def test_values_of_a_negated_behaviours_dimension_said_after_it_are_its_own(translator, warehouse, catalog, request_):
    """'- ni mail ni push -' says which opens are ruled out (it was no consent to e-mail or push, silently)."""
    messages = ("SELECT m.customer_id, c.channel, m.sent_at, m.opened_at FROM marketing.messages m "
                "JOIN marketing.campaigns c USING (campaign_id)")
    same_audience(translator, warehouse, catalog, request_, f"""
SELECT customer_id FROM ({messages}) WHERE sent_at >= DATE '2026-07-01' AND sent_at < DATE '2026-10-01'
EXCEPT SELECT customer_id FROM ({messages}) WHERE channel IN ('email', 'push') AND opened_at >= DATE '2026-07-01'
AND opened_at < DATE '2026-10-01'""")


def test_a_behaviour_of_its_own_said_with_ni_stays_one_more(translator):
    r = translator.translate("Acheteurs Nike en boutique, jamais sur le site ni sur l'appli", A)
    assert len(r.definition.criteria) == 3, r.definition.to_text()


def test_a_phrase_with_a_word_misspelt_as_another_word_is_read_and_said(translator, warehouse, catalog):
    """'costumer' is a word of its own (never mended alone); in 'to costumer service' it is the catalog's 'to customer
    service', said in a note."""
    r = same_audience(translator, warehouse, catalog, "Customers who complained to costumer service in May",
                      "SELECT customer_id FROM service.tickets WHERE created_at >= DATE '2026-05-01' "
                      "AND created_at < DATE '2026-06-01'")
    assert any("to costumer service" in w and "to customer service" in w for w in r.warnings), r.warnings


def test_a_french_word_is_never_mended_into_an_english_phrase(translator):
    r = translator.translate("Clients résidant dans l'Hexagone", A)
    assert not any("residing" in w for w in r.warnings), r.warnings


OPENS_SINCE_JULY = ("SELECT m.customer_id, m.clicked_at FROM marketing.messages m JOIN marketing.campaigns c "
                    "USING (campaign_id) WHERE c.channel = 'email' AND m.opened_at >= DATE '2026-07-01' "
                    "AND m.opened_at < DATE '2026-10-01'")


@pytest.mark.parametrize("request_", ["email click-to-open rate of 50% or more since July 1",
                                      "Email CTOR of 50% or more since July 1",
                                      "CTOR e-mail de 50 % ou plus depuis le 1er juillet"])
def test_the_click_to_open_rate_is_the_clicks_among_the_opens(translator, warehouse, catalog, request_):
    r = same_audience(translator, warehouse, catalog, request_, f"""
SELECT customer_id FROM ({OPENS_SINCE_JULY}) GROUP BY customer_id
HAVING count(*) FILTER (WHERE clicked_at IS NOT NULL) >= 0.5 * count(*)""")
    assert not r.warnings, r.warnings


def test_a_rates_own_words_are_no_value_left_out(translator):
    """'open' of 'open rate' is also a ticket's status: read by the rate, it is no word left out of the audience."""
    r = translator.translate("email open rate of 50% or more since July 1", A)
    assert r.status == "ok" and not r.warnings, r.warnings


def test_within_a_time_of_a_verb_said_again_is_after_the_behaviour_before(translator, warehouse, catalog):
    """'within two weeks of looking,': the browse said before, by a verb the catalog does not read (asked before)."""
    views = ("SELECT e.customer_id, e.event_ts AS ts FROM web.events e JOIN pim.products p USING (product_id) "
             "WHERE e.event_type = 'product_view' AND p.category = 'shoes' AND e.customer_id IS NOT NULL "
             "AND e.event_ts >= DATE '2026-01-01' AND e.event_ts < DATE '2026-10-01'")
    bought = ("SELECT t.customer_id, t.transaction_ts AS ts FROM pos.transactions t JOIN pos.transaction_lines l "
              "USING (transaction_id) JOIN pim.products p USING (product_id) WHERE p.category = 'shoes' "
              "AND t.customer_id IS NOT NULL AND t.transaction_ts < DATE '2026-10-01'")
    same_audience(translator, warehouse, catalog, "People who browsed shoes on our website this year and then, within "
                  "two weeks of looking, bought shoes in one of our stores", f"""
SELECT DISTINCT v.customer_id FROM ({views}) v JOIN ({bought}) b ON b.customer_id = v.customer_id
AND b.ts >= v.ts AND b.ts <= v.ts + INTERVAL 14 DAY""")


def test_after_they_unsubscribed_is_after_that_unsubscribe(translator):
    r = translator.translate("unsubscribed from our emails this year but made at least 2 purchases after they "
                             "unsubscribed", A)
    assert r.status == "ok" and "after (unsubscribed" in r.definition.criteria[-1].label, r.definition.to_text()


def test_a_closing_bracket_naming_the_test_is_an_aside(translator):
    """'(web-to-store test)' names what the list is for: 'web-to-store' was read as where they shop (one more
    online order, silently narrowing nothing but asking 'test')."""
    r = translator.translate("People who browsed shoes on our website this year and then, within two weeks of "
                             "looking, bought shoes in one of our stores (web-to-store test)", A)
    assert r.status == "ok" and len(r.definition.criteria) == 2, r.definition.to_text()


@pytest.mark.parametrize("request_", [
    "customers opted in to email but who haven't opened any in the last 6 months",
    "abonnés aux e-mails, mais qui n'en ont pas ouvert un seul ces 6 derniers mois",
])
def test_a_pronoun_after_a_consent_is_of_that_channels_messages(translator, warehouse, catalog, request_):
    r = same_audience(translator, warehouse, catalog, request_, """
SELECT customer_id FROM crm.consents WHERE channel = 'email' AND opted_in
EXCEPT SELECT m.customer_id FROM marketing.messages m JOIN marketing.campaigns c USING (campaign_id)
WHERE c.channel = 'email' AND m.opened_at >= DATE '2026-03-30' AND m.opened_at < DATE '2026-10-01'""")
    assert any("email" in w or "e-mail" in w for w in r.warnings), r.warnings


def test_a_behaviours_own_noun_after_a_consent_keeps_every_channel(translator):
    """'aucun message (tous canaux)': no pronoun, the messages of every channel."""
    r = translator.translate("opt-in email mais n'ont reçu aucun message de notre part depuis 6 mois", A)
    assert "canal" not in r.definition.criteria[-1].label, r.definition.to_text()
