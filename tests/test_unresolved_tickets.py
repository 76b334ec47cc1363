"""A ticket not yet settled ('toujours pas réglée', 'non réglée', 'an ongoing ticket', 'in progress'): the catalog's
unresolved status (open or pending), in English and French, checked against a hand-written query on the demo
warehouse. Not 'en cours': as a catalog word it took the period's words ('l'année en cours')."""
from __future__ import annotations

import pytest

from translations import A, same_audience

LILLE_UNRESOLVED_OLD = ("SELECT t.customer_id FROM service.tickets t JOIN crm.customers c USING (customer_id) "
                        "WHERE c.city = 'Lille' AND t.status IN ('open', 'pending') "
                        "AND t.created_at < DATE '2026-09-30' - INTERVAL 14 DAY")
UNRESOLVED_REFUND = "SELECT customer_id FROM service.tickets WHERE topic = 'refund' AND status IN ('open', 'pending')"


@pytest.mark.parametrize("request_, lang, gold", [
    ("Lillois avec une demande SAV toujours pas réglée créée il y a plus de 2 semaines", "fr", LILLE_UNRESOLVED_OLD),
    ("Lille customers with a support ticket still in progress opened more than 2 weeks ago", "en", LILLE_UNRESOLVED_OLD),
    ("clients avec un ticket remboursement non réglé", "fr", UNRESOLVED_REFUND),
    ("customers with an ongoing refund ticket", "en", UNRESOLVED_REFUND),
])
def test_a_ticket_not_settled_is_unresolved(translator, warehouse, catalog, request_, lang, gold):
    same_audience(translator, warehouse, catalog, request_, gold, lang=lang)


def test_the_period_under_way_keeps_its_words(translator):
    r = translator.translate("achats pendant l'année en cours", A)
    assert r.status == "ok" and r.definition.criteria[0].spec["window"], r.definition.to_text()
