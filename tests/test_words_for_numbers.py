"""Numbers said in words where a figure is read: a decade ('années nonante', 'quatre-vingt-dix'), a range ('forty to
fifty-five', 'de quarante à cinquante-cinq ans'); Belgian words ('Savoir me sortir ... ?', 'endéans les trente derniers
jours'); and the notes that quote them quote what was typed (a note quoted '' in English on a French request). Set
#34's first sight asked them all."""
from __future__ import annotations

import pytest

from translations import A, same_audience

AGED_40_TO_55 = """
SELECT customer_id FROM crm.customers WHERE gender = 'male'
  AND birth_date <= DATE '2026-09-30' - INTERVAL 40 YEAR AND birth_date > DATE '2026-09-30' - INTERVAL 56 YEAR"""


@pytest.mark.parametrize("request_", [
    "men aged forty to fifty-five", "men aged 40 to 55",
    "hommes âgés de quarante à cinquante-cinq ans", "hommes âgés de 40 à 55 ans",
])
def test_a_range_in_words_is_the_range_in_figures(translator, warehouse, catalog, request_):
    same_audience(translator, warehouse, catalog, request_, AGED_40_TO_55)


@pytest.mark.parametrize("request_", [
    "clients nés dans les années nonante", "clients nés dans les années quatre-vingt-dix",
    "clients nés dans les années 90", "customers born in the nineties",
])
def test_a_decade_in_words_is_the_decade(translator, warehouse, catalog, request_):
    same_audience(translator, warehouse, catalog, request_, """
SELECT customer_id FROM crm.customers WHERE birth_date >= DATE '1990-01-01' AND birth_date < DATE '2000-01-01'""")


def test_belgian_within_is_in_the_last(translator, warehouse, catalog):
    same_audience(translator, warehouse, catalog, "Clients ayant passé une commande endéans les trente derniers jours",
                  """SELECT customer_id FROM ecom.orders WHERE status <> 'cancelled'
                     AND order_ts >= DATE '2026-09-30' - INTERVAL 30 DAY AND order_ts < DATE '2026-10-01'""")


def test_belgian_savoir_asks_for_the_list(translator):
    r = translator.translate("Savoir me sortir les clients VIP de Bruxelles ? Merci, à tantôt", A)
    assert r.status == "ok" and "Savoir me sortir" in r.ignored, (r.unrecognized, r.ignored)


def test_a_note_quotes_the_words_a_number_was_read_from(translator):
    r = translator.translate("Inscrits en 2025 qui ont dépensé plus de 500 € dans leurs 90 premiers jours", A)
    assert r.warnings and not any("''" in w or "«  »" in w or "read as" in w for w in r.warnings), r.warnings
