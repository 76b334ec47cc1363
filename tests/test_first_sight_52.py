"""What set #52 (service, loyalty and scores) found at first sight, read in general, English and French, against
hand-written SQL: a state said now of the ticket said before ('un ticket SAV ces 80 derniers jours, aujourd'hui
clôturé': read as a ticket closed today, a ticket of its own, silently)."""
from __future__ import annotations

import pytest

from translations import A, same_audience

CLOSED_80 = """
SELECT DISTINCT customer_id FROM service.tickets WHERE status = 'closed'
  AND created_at >= DATE '2026-09-30' - INTERVAL 80 DAY"""


@pytest.mark.parametrize("request_", [
    "clients qui ont eu un ticket SAV ces huitante derniers jours, aujourd'hui clôturé",
    "clients qui ont eu un ticket SAV ces 80 derniers jours, maintenant clôturé",
    "customers who had a service ticket in the last 80 days, now closed",
])
def test_a_state_said_now_is_the_same_tickets(translator, warehouse, catalog, request_):
    r = same_audience(translator, warehouse, catalog, request_, CLOSED_80)
    assert len(r.definition.criteria) == 1, r.definition.to_text()


def test_today_before_anything_else_is_still_today(translator):

    r = translator.translate("clients qui ont acheté aujourd'hui en magasin", A)
    assert "2026-09-30" in r.definition.criteria[0].sql, r.definition.to_text()


@pytest.mark.parametrize("request_, tier", [("Our top-tier members who sit in the medium churn-risk band", "vip"),
                                            ("members in the lowest tier with a medium churn risk", "standard")])
def test_the_top_and_bottom_of_an_ordered_column(translator, warehouse, catalog, request_, tier):
    """'top-tier' was asked about (offered 'top category'): the ordered tier column's highest value."""
    r = translator.translate(request_, A)
    assert r.status == "ok" and any(f"'{tier}'" in c.sql for c in r.definition.criteria), r.definition.to_text()


def test_right_now_said_short(translator, warehouse, catalog):
    same_audience(translator, warehouse, catalog, "gold or above w/ an open ticket rn - need the list pls", """
SELECT customer_id FROM crm.customers WHERE loyalty_tier IN ('gold', 'vip')
INTERSECT SELECT customer_id FROM service.tickets WHERE status = 'open'""")


def test_a_request_said_to_customer_service(translator, warehouse, catalog):
    """'auprès du SAV' was asked about ('auprès')."""
    same_audience(translator, warehouse, catalog,
                  "Les clients qui ont fait une demande de remboursement auprès du SAV cette année", """
SELECT customer_id FROM service.tickets WHERE topic = 'refund' AND created_at >= DATE '2026-01-01'""")


def test_a_store_service_desk_is_the_store_channel(translator, warehouse, catalog):
    same_audience(translator, warehouse, catalog,
                  "Customers who gave a 5/5 rating to a ticket they raised at one of our store service desks this "
                  "year.", """
SELECT customer_id FROM service.tickets WHERE channel = 'store' AND satisfaction_score = 5
  AND created_at >= DATE '2026-01-01'""")


AVERAGE_BELOW_3 = """
SELECT customer_id FROM crm.customers WHERE loyalty_tier IN ('silver', 'gold', 'vip')
INTERSECT SELECT customer_id FROM service.tickets WHERE satisfaction_score IS NOT NULL
GROUP BY customer_id HAVING avg(satisfaction_score) < 3"""


@pytest.mark.parametrize("request_", [
    "silver members and above whose average satisfaction score on the tickets that they rated is below 3",
    "Les membres argent et au-dessus dont la note de satisfaction moyenne sur les tickets qu'ils ont notés est "
    "inférieure à 3",
])
def test_a_relative_of_the_behaviours_noun_keeps_its_average(translator, warehouse, catalog, request_):
    """'that they rated' opened a clause of its own: the average was lost, each ticket's score compared instead."""
    r = same_audience(translator, warehouse, catalog, request_, AVERAGE_BELOW_3)
    assert not any("left out" in w or "exclus" in w for w in r.warnings), r.warnings    # ('and above' keeps them)


def test_a_notes_labels_are_worded_once():
    """'hommes et femmes' (a note naming the values kept): its labels were the French ones, whose words the note's
    wording read again ('niveau or' became 'niveau ou')."""
    from assistant.wording import word_note
    note = ("'membres argent et or' read as silver or gold: customers with standard, or none on file, are left out "
            "(to keep everyone, leave the words out)")
    assert "niveau argent ou niveau or" in word_note(note, "fr", {"silver": "niveau argent", "gold": "niveau or"})
