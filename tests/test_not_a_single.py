"""'not a single purchase', 'pas un seul achat': none, read with no note ('read as at least 1' flagged a right reading,
and hid wrong ones behind it: paraphrase sets en_5 / fr_5); and 'never a single order' is 'never an order' when
another criterion needs one of those orders (no customer can match: asked, as 'never an order' is).

Checked by running the translation and a hand-written SQL of the same audience on the demo warehouse."""
from __future__ import annotations

import pytest

from translations import A, PURCHASES, same_audience

_NONE_6M = ("SELECT customer_id FROM crm.customers EXCEPT SELECT customer_id FROM (" + PURCHASES + ") p "
            "WHERE ts >= DATE '2026-09-30' - INTERVAL 6 MONTH")


@pytest.mark.parametrize("request_, lang", [
    ("not a single purchase in the last 6 months", None),
    ("pas un seul achat ces six derniers mois", "fr"),
])
def test_not_a_single_is_none_with_no_note(translator, warehouse, catalog, request_, lang):
    r = same_audience(translator, warehouse, catalog, request_, _NONE_6M, lang=lang)
    assert not any("at least 1" in w or "au moins 1" in w for w in r.warnings), r.warnings


@pytest.mark.parametrize("request_", [
    "two app orders or more, and never a single online order",
    "au moins deux commandes sur l'appli, et jamais une seule commande en ligne",
])
def test_never_a_single_one_of_what_another_criterion_needs_is_asked(translator, request_):
    r = translator.translate(request_, A)
    assert r.status == "clarify" and any("/" in q.phrase for q in r.clarifications), (r.status, r.warnings)
