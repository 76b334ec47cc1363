"""Set #38's first sight:
- a latest behaviour said not to fall in the last N units ('pas vus sur le site depuis plus de 3 mois (dernière
  visite)', 'whose last visit wasn't in the last 3 months'): their latest one exists and falls before the period;
  customers who never visited were let through, silently;
- a ticket "that's" still open reads as "that is" (it was asked);
- a list to take something from the customers it names ('take them off the free-returns policy') is refused
  (tests/test_other_tasks.py): it had been answered, its purpose shown as ignored."""
from __future__ import annotations

import pytest

from translations import same_audience

LAST_VISIT_BEFORE = """
SELECT customer_id FROM web.sessions WHERE customer_id IS NOT NULL
GROUP BY customer_id HAVING max(started_at) < DATE '2026-06-30'"""


@pytest.mark.parametrize("request_", [
    "Customers we haven't seen on the site for more than 3 months (last visit)",
    "customers whose last site visit wasn't in the last 3 months",
    "Les clients qu'on n'a pas vus sur le site depuis plus de 3 mois (dernière visite)",
    "clients dont la dernière visite sur le site n'est pas dans les 3 derniers mois",
])
def test_a_latest_visit_not_in_the_last_months_is_one_before_them(translator, warehouse, catalog, request_):
    same_audience(translator, warehouse, catalog, request_, LAST_VISIT_BEFORE)


@pytest.mark.parametrize("request_", [
    "customers who haven't visited the site in the last 3 months",
    "clients qu'on n'a pas vus sur le site depuis plus de 3 mois",
])
def test_without_last_a_visit_not_said_keeps_those_who_never_visited(translator, warehouse, catalog, request_):
    same_audience(translator, warehouse, catalog, request_, """
SELECT customer_id FROM crm.customers EXCEPT
SELECT customer_id FROM web.sessions WHERE started_at >= DATE '2026-09-30' - INTERVAL 3 MONTH""")


def test_thats_reads_as_that_is(translator, warehouse):
    from assistant.sql.compile import compile_sql
    from translations import A, keys

    said, spelt = (translator.translate(f"Anyone with a product quality ticket {w} still open?", A)
                   for w in ("that's", "that is"))
    assert said.status == "ok" and not said.unrecognized, (said.status, said.unrecognized)
    assert keys(warehouse, compile_sql(said.definition, translator.catalog)) \
        == keys(warehouse, compile_sql(spelt.definition, translator.catalog)) != set()
