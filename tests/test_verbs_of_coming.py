"""A verb of coming or going right before an infinitive says no behaviour of its own: 'venus acheter en magasin' is
'acheté en magasin' ('venus' was left unread and asked about, offered as 'venus de'); before anything else
('venus de Facebook', 'venus hier en magasin') the word reads as before."""
from __future__ import annotations

import pytest

from translations import same_audience

STORE_SEPTEMBER = ("SELECT customer_id FROM pos.transactions WHERE customer_id IS NOT NULL "
                   "AND transaction_ts >= DATE '2026-09-01' AND transaction_ts < DATE '2026-10-01'")


@pytest.mark.parametrize("request_", [
    "Clients venus acheter en magasin ce mois-ci",
    "les clients qui viennent acheter en boutique depuis le début du mois",
    "clientes et clients passés acheter en magasin ce mois-ci",
    "customers who came to buy in store this month",
])
def test_coming_to_buy_is_buying(translator, warehouse, catalog, request_):
    r = same_audience(translator, warehouse, catalog, request_, STORE_SEPTEMBER)
    assert not r.unrecognized and not r.clarifications, r.definition.to_text()


def test_the_verb_before_anything_else_reads_as_before(translator, warehouse, catalog):
    r = same_audience(translator, warehouse, catalog, "clients venus hier en magasin", """
SELECT customer_id FROM pos.transactions WHERE customer_id IS NOT NULL
AND transaction_ts >= DATE '2026-09-29' AND transaction_ts < DATE '2026-09-30'""")
    assert not r.unrecognized
