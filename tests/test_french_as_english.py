"""French requests whose English originals were read right, read the same (issue 17: as well understood as English).
Each was a French item of a blind set that failed where its English item passed."""
from __future__ import annotations

import pytest

from translations import eval_catalog_fixture, same_on

culture = eval_catalog_fixture("culture")

OPENED_3_EMAILS_60_DAYS = """
SELECT id_client FROM mkt.envoi WHERE canal = 'EMAIL' AND date_ouverture IS NOT NULL
  AND date_ouverture >= DATE '2026-09-30' - INTERVAL 60 DAY AND date_ouverture < DATE '2026-10-01'
GROUP BY id_client HAVING count(*) >= 3"""


@pytest.mark.parametrize("request_", ["Customers who opened at least 3 emails in the last 60 days",
                                      "Clients qui ont ouvert au moins 3 e-mails ces 60 derniers jours",
                                      "Clients qui ont ouvert au moins 3 e-mails sur les 60 derniers jours"])
def test_a_period_whose_unit_is_also_a_catalog_word(culture, request_):
    """The culture catalog calls its calendar's day of the week 'jours': 'ces 60 derniers jours' kept 'jours' as that
    catalog word, so the period was never read (asked about as an unknown phrase)."""
    same_on(culture, request_, OPENED_3_EMAILS_60_DAYS)


EXPIRING_30_DAYS = """
SELECT id_client FROM fidelite.adhesion WHERE date_debut <= DATE '2026-09-30' AND date_fin >= DATE '2026-09-30'
  AND date_fin <= DATE '2026-09-30' + INTERVAL 30 DAY"""


@pytest.mark.parametrize("request_", ["Members whose card expires in the next 30 days",
                                      "Adhérents dont la carte expire dans les 30 prochains jours"])
def test_a_phrase_opened_by_a_determiner_gives_way_to_the_longer_reading_after_it(culture, request_):
    """'la carte' (the catalog's 'member') and 'carte (qui) expire' (its 'membership expiring') share 'carte': the
    article is no more of the first than the noun is, so the second is read ('expire' was asked about)."""
    r = same_on(culture, request_, EXPIRING_30_DAYS)
    assert not r.unrecognized
