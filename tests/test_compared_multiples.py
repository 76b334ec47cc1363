"""One behaviour against a multiple of another said as a word: 'at least double what it was in Q2', 'dropped to less
than half of what they spent in Q2', 'at least doubled their spend in 2025 compared with 2024' (French 'au moins le
double de celui du T2', 'tombées à moins de la moitié de ce qu'ils ont dépensé au T2', 'ont au moins doublé leurs
dépenses en 2025 par rapport à 2024'): a meaning.VersusCondition with its share, the other side ending at a bracket
whose count is a behaviour of its own ('(minimum 2 visits in Q2)'). Read in English and French, checked against
hand-written queries on the demo warehouse; a multiple with no bound stays asked."""
from __future__ import annotations

import pytest

from translations import A, PURCHASES, asks, same_audience

Q2 = "ts >= TIMESTAMP '2026-04-01' AND ts < TIMESTAMP '2026-07-01'"
Q3 = "ts >= TIMESTAMP '2026-07-01' AND ts < TIMESTAMP '2026-10-01'"
Y2024 = "ts >= TIMESTAMP '2024-01-01' AND ts < TIMESTAMP '2025-01-01'"
Y2025 = "ts >= TIMESTAMP '2025-01-01' AND ts < TIMESTAMP '2026-01-01'"
VISITS = "SELECT customer_id, started_at AS ts, 1 AS amount FROM web.sessions WHERE customer_id IS NOT NULL"


def sides(rows: str, left: str, right: str, having: str, also: str = "") -> str:
    """Customers with an event on either side; `having` over l (left side's sum) and r (right side's)."""
    return (f"SELECT customer_id FROM (SELECT customer_id, coalesce(sum(amount) FILTER (WHERE {left}), 0) AS l, "
            f"coalesce(sum(amount) FILTER (WHERE {right}), 0) AS r, count(*) FILTER (WHERE {right}) AS n "
            f"FROM ({rows}) p WHERE ({left}) OR ({right}) GROUP BY customer_id) s WHERE {having} {also}")


CASES = [
    ("customers whose number of site visits in Q3 is at least double what it was in Q2 (minimum 2 visits in Q2)",
     "clients dont le nombre de visites sur le site au T3 est au moins le double de celui du T2 (2 visites minimum au T2)",
     sides(VISITS, Q3, Q2, "l >= 2 * r", "AND n >= 2")),
    ("customers whose Q3 spend dropped to less than half of what they spent in Q2",
     "clients dont les dépenses du T3 sont tombées à moins de la moitié de ce qu'ils ont dépensé au T2",
     sides(PURCHASES, Q3, Q2, "l < 0.5 * r")),
    ("customers who at least doubled their spend in 2025 compared with 2024 - only people who bought in 2024",
     "clients qui ont au moins doublé leurs dépenses en 2025 par rapport à 2024 - uniquement ceux qui ont acheté en 2024",
     sides(PURCHASES, Y2025, Y2024, "l >= 2 * r", "AND n >= 1")),
    ("customers whose spend over the last 6 months fell to less than half of what they spent in the 6 months before",
     "clients dont les dépenses des 6 derniers mois sont tombées à moins de la moitié de celles des 6 mois précédents",
     sides(PURCHASES, "ts >= DATE '2026-09-30' - INTERVAL 6 MONTH AND ts < TIMESTAMP '2026-10-01'",
           "ts >= DATE '2026-09-30' - INTERVAL 12 MONTH AND ts < DATE '2026-09-30' - INTERVAL 6 MONTH", "l < 0.5 * r")),
]


@pytest.mark.parametrize("english, french, want", CASES, ids=[c[0][:60] for c in CASES])
def test_read_in_english_and_french(translator, warehouse, catalog, english, french, want):
    for request_, lang in ((english, "en"), (french, "fr")):
        same_audience(translator, warehouse, catalog, request_, want, lang=lang)


def test_the_multiple_is_worded(translator):
    for request_, said in (("customers who at least doubled their spend in 2025 compared with 2024", "200%"),
                           ("clients qui ont au moins doublé leurs dépenses en 2025 par rapport à 2024", "200 %")):
        r = translator.translate(request_, A)
        assert r.status == "ok" and said in r.definition.criteria[0].label, r.definition.to_text()


def test_a_multiple_without_its_bound_is_at_least_it(translator, warehouse, catalog):
    # as 'twice as much' (French 'le double' reads it): at least twice
    for request_ in ("customers whose Q3 spend is double what they spent in Q2",
                     "clients dont les dépenses du T3 sont le double de ce qu'ils ont dépensé au T2"):
        same_audience(translator, warehouse, catalog, request_, sides(PURCHASES, Q3, Q2, "l >= 2 * r"))


@pytest.mark.parametrize("request_, phrase", [
    # half: at least? at most? no bound said with a fraction of the other side: asked (as 'half as much')
    ("customers whose Q3 spend is half what they spent in Q2", "half"),
])
def test_a_fraction_without_its_bound_is_asked(translator, request_, phrase):
    asks(translator, request_, phrase)


def test_a_multiple_said_first_in_its_clause_is_of_the_behaviour_before(translator, warehouse, catalog):
    """', and more than double what they spent online over the same period': the store spend said just before against
    the online spend of that same period (never the period right before it); its own total stays a criterion."""
    ytd = "ts >= TIMESTAMP '2026-01-01' AND ts < TIMESTAMP '2026-10-01'"
    store = ("SELECT customer_id, transaction_ts AS ts, total_amount AS amount, 's' AS ch FROM pos.transactions "
             "WHERE customer_id IS NOT NULL UNION ALL SELECT customer_id, order_ts, total_amount, 'o' FROM ecom.orders "
             "WHERE status <> 'cancelled'")
    want = sides(store, f"{ytd} AND ch = 's'", f"{ytd} AND ch = 'o'", "l > 2 * r AND l >= 500")
    for request_ in ("YTD in-store spend of at least 500, and more than double what they spent online over the same "
                     "period",
                     "Dépense en magasin depuis le début de l'année d'au moins 500 €, et plus du double de ce qu'ils ont "
                     "dépensé en ligne sur la même période"):
        r = same_audience(translator, warehouse, catalog, request_, want)
        assert r.warnings, "said in a note"
