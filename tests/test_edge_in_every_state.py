"""'whose latest order was returned', 'dont la première commande a été retournée': the first (latest) order is taken
over every order, whatever its state (a cancelled order is an order too), then its state is checked; the same rule
as 'whose latest order was cancelled'. A noun of several tables ('purchase': store and online) keeps its events.

Checked by running the translation and a hand-written SQL of the same audience on the demo warehouse."""
from __future__ import annotations

import pytest

from translations import same_audience


def _edge_order(edge: str, status: str) -> str:
    """Customers whose first (`edge` 'min') or latest ('max') order, of every status, has this status."""
    return ("SELECT o.customer_id FROM ecom.orders o JOIN (SELECT customer_id, "
            f"{edge}(order_ts) AS ts FROM ecom.orders WHERE customer_id IS NOT NULL GROUP BY customer_id) e "
            f"ON e.customer_id = o.customer_id AND o.order_ts = e.ts WHERE o.status = '{status}'")


@pytest.mark.parametrize("request_, edge, status, lang", [
    ("customers whose latest order was returned", "max", "returned", None),
    ("shoppers whose most recent order was delivered", "max", "delivered", None),
    ("customers whose first order was returned", "min", "returned", None),
    ("clients dont la dernière commande a été retournée", "max", "returned", "fr"),
    ("clients dont la dernière commande est livrée", "max", "delivered", "fr"),
    ("clients dont la première commande a été retournée", "min", "returned", "fr"),
])
def test_the_edge_order_is_taken_over_every_order_then_its_state_checked(translator, warehouse, catalog, request_,
                                                                          edge, status, lang):
    same_audience(translator, warehouse, catalog, request_, _edge_order(edge, status), lang=lang)


def _edge_online_order(edge: str, status: str) -> str:
    """Customers whose first ('min') or latest ('max') online order, as the catalog defines it (never cancelled), has
    this status."""
    return ("SELECT o.customer_id FROM ecom.orders o JOIN (SELECT customer_id, "
            f"{edge}(order_ts) AS ts FROM ecom.orders WHERE status <> 'cancelled' GROUP BY customer_id) e "
            f"ON e.customer_id = o.customer_id AND o.order_ts = e.ts WHERE o.status = '{status}'")


@pytest.mark.parametrize("request_, edge, status, lang", [
    ("customers whose latest online order was returned", "max", "returned", None),
    ("clients dont la dernière commande en ligne a été livrée", "max", "delivered", "fr"),
    ("clients dont la première commande en ligne a été retournée", "min", "returned", "fr"),
])
def test_the_behaviour_named_with_its_channel_is_the_catalogs(translator, warehouse, catalog, request_, edge, status,
                                                             lang):
    """'online order', 'commande en ligne': the catalog's behaviour, which it defines without the cancelled ones."""
    same_audience(translator, warehouse, catalog, request_, _edge_online_order(edge, status), lang=lang)
