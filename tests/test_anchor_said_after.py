"""A behaviour counted within a time of another named after it ('bought within 7 days of receiving an SMS', 'acheté
dans les 7 jours suivant l'envoi du SMS', '... suivant la réception du SMS Brand Days d'août'): the one before it is
the later one, the other its anchor (Follows), with the values and the period said after it. Checked against
hand-written queries on the demo warehouse in English and French; a pronoun ('of clicking it'), a negated behaviour
and words the anchor cannot hold stay asked."""
from __future__ import annotations

import pytest

from translations import A, same_audience

PURCHASES = ("SELECT customer_id, transaction_ts AS ts FROM pos.transactions WHERE customer_id IS NOT NULL "
             "AND transaction_ts < DATE '2026-10-01' UNION ALL SELECT customer_id, order_ts FROM ecom.orders "
             "WHERE status <> 'cancelled' AND order_ts < DATE '2026-10-01'")


def sms(where: str = "TRUE") -> str:
    return ("SELECT m.customer_id, m.sent_at AS ts FROM marketing.messages m JOIN marketing.campaigns c USING "
            f"(campaign_id) WHERE c.channel = 'sms' AND m.sent_at < DATE '2026-10-01' AND {where}")


def within(anchor: str, days: int) -> str:
    return (f"SELECT DISTINCT p.customer_id FROM ({PURCHASES}) p JOIN ({anchor}) a ON a.customer_id = p.customer_id "
            f"AND p.ts >= a.ts AND p.ts <= a.ts + INTERVAL {days} DAY")


CASES = [
    ("customers who bought within 7 days of receiving an SMS",
     "clients qui ont acheté dans les 7 jours suivant l'envoi du SMS", within(sms(), 7)),
    ("customers who bought within 7 days of receiving the Brand Days SMS in August",
     "clients qui ont acheté dans les 7 jours suivant la réception du SMS Brand Days d'août",
     within(sms("c.campaign_name LIKE 'Brand Days %' AND m.sent_at >= DATE '2026-08-01' "
                "AND m.sent_at < DATE '2026-09-01'"), 7)),
]


@pytest.mark.parametrize("english, french, want", CASES, ids=[c[0] for c in CASES])
def test_the_anchor_named_after_the_period_read_in_english_and_french(translator, warehouse, catalog, english, french,
                                                                      want):
    for request_, lang in ((english, "en"), (french, "fr")):
        r = same_audience(translator, warehouse, catalog, request_, want, lang=lang)
        specs = [c.spec for c in r.definition.criteria]
        assert len(specs) == 1 and specs[0]["after"]["within"] == 7, r.definition.to_text()
        assert specs[0]["after"]["anchor"]["events"] == ["message_received"]


@pytest.mark.parametrize("request_", [
    "opened an email in September and bought within 5 days of clicking it",     # 'it': the one before, not any click
    "customers who didn't buy within 7 days of receiving an SMS",                # the SMS must be said on its own
    "customers who bought within 7 days of receiving an SMS from a store manager",   # words no anchor holds
])
def test_what_the_anchor_after_cannot_hold_stays_asked(translator, request_):
    r = translator.translate(request_, A)
    assert r.status == "clarify", r.definition.to_text()
