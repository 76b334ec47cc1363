"""Words of a request's frame that carry no criterion, or only confirm what was read (offline/confirmations.py,
offline/frames.py, the presence words, inclusive writing): read so in English and French, checked by their audience
on the demo warehouse; and the lookalikes that could carry a criterion, still asked."""
from __future__ import annotations

import pytest

from translations import A, asks, same_audience

SESSIONS = "SELECT customer_id FROM web.sessions WHERE customer_id IS NOT NULL AND started_at >= DATE '2026-01-01' " \
           "AND started_at < DATE '2026-10-01' AND device_type = '{}'"
CONSENT = "SELECT customer_id FROM crm.consents WHERE opted_in AND channel = '{}'"
PURCHASES = ("SELECT customer_id, transaction_ts AS ts FROM pos.transactions WHERE customer_id IS NOT NULL "
             "UNION ALL SELECT customer_id, order_ts FROM ecom.orders WHERE status <> 'cancelled'")


def every(template: str, *values: str) -> str:
    return " INTERSECT ".join(template.format(v) for v in values)


@pytest.mark.parametrize("request_, gold", [
    # an opener of the frame, 'it's been', 'there's': no criterion
    ("It's been more than 500 days since their last purchase. Pull them, please.",
     f"SELECT customer_id FROM ({PURCHASES}) p GROUP BY customer_id "
     "HAVING date_diff('day', max(ts)::DATE, DATE '2026-09-30') > 500"),
    ("Ça fait plus de 500 jours depuis leur dernier achat.",
     f"SELECT customer_id FROM ({PURCHASES}) p GROUP BY customer_id "
     "HAVING date_diff('day', max(ts)::DATE, DATE '2026-09-30') > 500"),
    ("Est-ce que vous savez me sortir les membres VIP avec plus de 5.000 points sur leur carte ? Merci bien.",
     "SELECT customer_id FROM crm.customers WHERE loyalty_tier = 'vip' AND loyalty_points > 5000"),
    ("Do you know how to pull the VIP members with more than 5,000 points on their card?",
     "SELECT customer_id FROM crm.customers WHERE loyalty_tier = 'vip' AND loyalty_points > 5000"),
    # on file: the record by its name, said with the verb that says it is there
    ("customers even though there's no mobile number on their record",
     "SELECT customer_id FROM crm.customers WHERE phone IS NULL"),
    ("clients alors qu'aucun numéro de portable ne figure dans leur fiche",
     "SELECT customer_id FROM crm.customers WHERE phone IS NULL"),
    ("clients qui ont un cellulaire au dossier", "SELECT customer_id FROM crm.customers WHERE phone IS NOT NULL"),
    ("customers whose mobile number appears on their record",
     "SELECT customer_id FROM crm.customers WHERE phone IS NOT NULL"),
    # inclusive writing, a range's noun
    ("client·e·s domicilié·e·s en Allemagne", "SELECT customer_id FROM crm.customers WHERE country = 'DE'"),
    ("client.e.s inscrit.e.s en 2024",
     "SELECT customer_id FROM crm.customers WHERE signup_date >= DATE '2024-01-01' AND signup_date < DATE '2025-01-01'"),
    ("Client·e·s de la tranche 50-64 ans",
     "SELECT customer_id FROM crm.customers WHERE date_diff('year', birth_date, DATE '2026-09-30') - "
     "CASE WHEN strftime(birth_date, '%m-%d') > '09-30' THEN 1 ELSE 0 END BETWEEN 50 AND 64"),
    ("customers in the 50-64 bracket",
     "SELECT customer_id FROM crm.customers WHERE date_diff('year', birth_date, DATE '2026-09-30') - "
     "CASE WHEN strftime(birth_date, '%m-%d') > '09-30' THEN 1 ELSE 0 END BETWEEN 50 AND 64"),
    # an attribute's kind after its name; its name in apposition to its value
    ("customers whose churn risk score is above 0.8",
     "SELECT customer_id FROM ds.customer_scores WHERE churn_risk > 0.8"),
    ("VIP members - the loyalty tier - in Italy",
     "SELECT customer_id FROM crm.customers WHERE loyalty_tier = 'vip' AND country = 'IT'"),
    ("membres VIP, le niveau de fidélité, en Italie",
     "SELECT customer_id FROM crm.customers WHERE loyalty_tier = 'vip' AND country = 'IT'"),
    # the acquisition channel said as how they came, and an adverb of origin
    ("VIP members who originally came to us through a friend's referral",
     "SELECT customer_id FROM crm.customers WHERE loyalty_tier = 'vip' AND acquisition_channel = 'referral'"),
    ("membres VIP arrivés chez nous par le parrainage d'un ami",
     "SELECT customer_id FROM crm.customers WHERE loyalty_tier = 'vip' AND acquisition_channel = 'referral'"),
])
def test_frame_words_carry_no_criterion(translator, warehouse, catalog, request_, gold):
    r = same_audience(translator, warehouse, catalog, request_, gold)
    assert not r.unrecognized, r.unrecognized


@pytest.mark.parametrize("request_, gold", [
    ("Which customers have said yes to all three - email, text messages and push?",
     every(CONSENT, "email", "sms", "push")),
    ("Quels clients ont dit oui aux trois canaux : e-mail, SMS et notifications push ?",
     every(CONSENT, "email", "sms", "push")),
    ("customers opted in to email, SMS and push - all 3 of them", every(CONSENT, "email", "sms", "push")),
    ("clients qui ont consenti à l'e-mail, au SMS et au push, tous les trois", every(CONSENT, "email", "sms", "push")),
    ("Who has been on the site from a desktop, a phone and a tablet - all three - this year?",
     every(SESSIONS, "desktop", "mobile", "tablet")),
    ("Qui est venu sur le site depuis un ordinateur, un smartphone et une tablette - les trois - cette année ?",
     every(SESSIONS, "desktop", "mobile", "tablet")),
])
def test_all_n_confirms_a_list_of_n_required_values(translator, warehouse, catalog, request_, gold):
    same_audience(translator, warehouse, catalog, request_, gold)


@pytest.mark.parametrize("request_", [
    "anyone who has received more than 10 messages over the past six months, all channels counted",
    "clients qui ont reçu plus de 10 messages ces six derniers mois, tous canaux confondus",
])
def test_all_channels_counted_confirms_no_channel(translator, warehouse, catalog, request_):
    r = same_audience(translator, warehouse, catalog, request_,
                      "SELECT customer_id FROM marketing.messages WHERE sent_at >= DATE '2026-09-30' - INTERVAL 6 MONTH "
                      "AND sent_at < DATE '2026-10-01' GROUP BY customer_id HAVING count(*) > 10")
    assert r.ignored == [request_.rsplit(", ", 1)[1]], r.ignored     # no channel: shown as such, in both languages


@pytest.mark.parametrize("request_, phrase", [
    # a channel was read: 'all channels' contradicts it
    ("anyone who has received more than 10 SMS over the past six months, all channels counted", "all channels counted"),
    ("clients qui ont reçu plus de 10 SMS ces six derniers mois, tous canaux confondus", "tous canaux confondus"),
    ("VIP customers in Montreal, whatever their loyalty tier", "whatever their loyalty tier"),
    # a count that is not the list's, a list read as 'or'
    ("Which customers have said yes to all four - email, text messages and push?", "said yes to all four"),
    ("Which customers have said yes to all three - email, SMS or push?", "said yes to all three"),
    ("Who has been on the site from a desktop and a tablet - all three - this year?", "three"),
    ("clients qui ont consenti aux trois canaux : e-mail et SMS", "ont consenti aux trois canaux"),
    # read of a fourth behaviour beside the three: never confirmed
    ("customers who bought Nike, Adidas and Puma - all three - this year", "three"),
    # a kind word, a range noun, an adverb with nothing they confirm
    ("VIP customers with a good score", "good score"),
    ("customers in the gold bracket", "bracket"),
    ("clients de la tranche or", "tranche"),
    ("customers who initially bought in store", "initially"),
    # an attribute's name beside a value of another: the title stays a title, the name is asked
    ("Gold - the lifecycle stage - in Italy", "lifecycle stage"),
])
def test_lookalikes_still_ask(translator, request_, phrase):
    asks(translator, request_, phrase)


def test_inclusive_writing_is_one_token():
    from assistant.translate.offline.text import tokenize
    assert [(t.text, t.norm) for t in tokenize("client·e·s tou·te·s abonné(e)s i.e. magasin.Les")] == [
        ("client·e·s", "clients"), ("tou·te·s", "tous"), ("abonné(e)s", "abonnes"), ("i", "i"), ("e", "e"),
        ("magasin", "magasin"), ("Les", "les")]


def test_the_first_purchase_dates_from_a_period(translator):
    """'date de ce trimestre', 'dates from this quarter': the period the first purchase was in, in both languages."""
    en = translator.translate("those whose very first beauty purchase dates from this quarter", A)
    fr = translator.translate("ceux dont le tout premier achat en beauté date de ce trimestre", A)
    assert en.status == fr.status == "ok", (en.unrecognized, fr.unrecognized)
    assert [c.spec for c in en.definition.criteria] == [c.spec for c in fr.definition.criteria]
