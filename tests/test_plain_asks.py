"""Phrases with one reading under the sets' conventions, read instead of asked: each by its audience on the demo
warehouse (a hand-written query), English and French alike."""
from __future__ import annotations

import pytest

from translations import same_audience

_OPENED_NOT_CLICKED = (
    "SELECT m.customer_id FROM marketing.messages m JOIN marketing.campaigns c USING (campaign_id) "
    "WHERE c.campaign_name = 'Private Sale Sep 2026 - email' AND m.customer_id IS NOT NULL "
    "GROUP BY m.customer_id HAVING count(m.opened_at) >= 1 AND count(m.clicked_at) = 0")


@pytest.mark.parametrize("request_", [
    "Ceux qui ont ouvert l'email Private Sale Sep 2026 mais n'ont jamais cliqué dedans",
    "Ceux qui ont ouvert l'email Private Sale Sep 2026 sans cliquer dedans",
    "Ceux qui ont ouvert l'email Private Sale Sep 2026 mais n'y ont jamais cliqué",
    "Those who opened the Private Sale Sep 2026 email but never clicked in it",
])
def test_dedans_after_a_click_is_the_message_said_before(translator, warehouse, catalog, request_):
    """'n'ont jamais cliqué dedans' (in it): the email opened, as 'y' and English 'in it'; it was asked about."""
    same_audience(translator, warehouse, catalog, request_, _OPENED_NOT_CLICKED)
