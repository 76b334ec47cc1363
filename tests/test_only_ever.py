"""An every-event word said before the behaviour's own word: 'only ever bought online', 'have only bought online',
'only ever ordered through the app', 'always ordered through the app' (French 'ont uniquement acheté en ligne', 'n'ont
jamais acheté qu'en ligne'): the behaviour kept, the same behaviour with another channel or value excluded, as 'only in
store' after it was. Checked against hand-written queries on the demo warehouse; the thing bought said bare ('only
bought shoes') stays asked."""
from __future__ import annotations

import pytest

from translations import asks, same_audience

UNTIL = "< DATE '2026-10-01'"
ONLINE = f"SELECT customer_id FROM ecom.orders WHERE status <> 'cancelled' AND order_ts {UNTIL}"
STORE = f"SELECT customer_id FROM pos.transactions WHERE customer_id IS NOT NULL AND transaction_ts {UNTIL}"
ONLY_ONLINE = f"SELECT customer_id FROM ({ONLINE}) o WHERE customer_id NOT IN ({STORE})"
APP = f"{ONLINE} AND device = 'app'"
NOT_APP = f"{ONLINE} AND (device IS NULL OR device <> 'app')"
ONLY_APP = f"SELECT customer_id FROM ({APP}) o WHERE customer_id NOT IN ({NOT_APP})"
ONLY_STORE = f"SELECT customer_id FROM ({STORE}) s WHERE customer_id NOT IN ({ONLINE})"


@pytest.mark.parametrize("request_, want", [
    ("customers who have only ever bought online", ONLY_ONLINE),
    ("customers who have only bought online", ONLY_ONLINE),
    ("clients qui ont uniquement acheté en ligne", ONLY_ONLINE),
    ("clients qui n'ont jamais acheté qu'en ligne", ONLY_ONLINE),
    ("customers who only ever ordered through the app", ONLY_APP),
    ("customers who always ordered through the app", ONLY_APP),
    ("clients qui ont toujours commandé via l'appli", ONLY_APP),
    ("clients qui ont toujours commande via l'appli", ONLY_APP),
    # the channel in the behaviour's own catalog phrase ('acheté en magasin' is the store purchase, one span)
    ("clients qui ont toujours acheté en magasin", ONLY_STORE),
    ("clients ayant toujours commandé en ligne", ONLY_ONLINE),
])
def test_every_event_of_the_behaviour_has_it(translator, warehouse, catalog, request_, want):
    r = same_audience(translator, warehouse, catalog, request_, want)
    assert r.warnings, "the reading is said in a note"


def test_the_thing_bought_said_bare_is_asked(translator):
    asks(translator, "customers who only bought shoes", "only")


@pytest.mark.parametrize("request_, want", [
    ("clients qui ont toujours un opt-in e-mail", "SELECT customer_id FROM crm.consents WHERE channel = 'email' AND opted_in"),
    ("clients qui n'ont toujours pas commandé en ligne",
     f"SELECT customer_id FROM crm.customers WHERE customer_id NOT IN ({ONLINE})"),
])
def test_toujours_before_no_participle_is_still(translator, warehouse, catalog, request_, want):
    """'toujours' between an auxiliary and its participle is 'always' (it was read 'still' and dropped, every app
    customer answered); before an article or 'pas' it stays 'still'."""
    same_audience(translator, warehouse, catalog, request_, want)
