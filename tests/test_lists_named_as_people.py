"""A list of customers named with its article after an 'and' in an exclusion ('and of course the suppression list',
'et bien sûr la liste repoussoir') is a group of its own, like people named again: those on it are removed, whatever
else. Read into the group before, only the customers with an open ticket AND on the list were removed, silently."""
from __future__ import annotations

import pytest

from translations import A, same_audience

FRANCE_BUT_NO_OPEN_TICKET_NOR_LISTED = """
SELECT customer_id FROM crm.customers WHERE country = 'FR'
EXCEPT SELECT customer_id FROM service.tickets WHERE status = 'open'
EXCEPT SELECT customer_id FROM crm.do_not_contact"""


@pytest.mark.parametrize("request_", [
    "Customers in France, except those with an open ticket and of course the suppression list",
    "Clients en France, sauf ceux qui ont un ticket ouvert et bien sûr la liste repoussoir",
    "Clients en France.\nOn enlève ceux qui ont un ticket ouvert et la liste repoussoir.",
])
def test_a_list_named_after_and_is_a_group_of_its_own(translator, warehouse, catalog, request_):
    same_audience(translator, warehouse, catalog, request_, FRANCE_BUT_NO_OPEN_TICKET_NOR_LISTED)


def test_on_the_list_is_said_of_the_people_before(translator):
    """'and on the suppression list' is a state of those just named, not a group of its own: one group."""
    r = translator.translate("Customers in France, except those with an open ticket and on the suppression list", A)
    assert len(r.definition.exclusions) == 1
