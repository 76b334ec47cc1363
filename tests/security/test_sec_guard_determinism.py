"""Item 4 (guard part): what is dry-run and approved must be what is exported, so the guard refuses SQL whose
members change from one run to the next (samples, random(), the clock, LIMIT without ORDER BY)."""
from __future__ import annotations

import pytest

from assistant.errors import GuardError
from assistant.sql.guard import check_sql
from sql_fixtures import read_cases

CASES = read_cases("nondeterministic_rejects.sql")


@pytest.mark.parametrize("case", CASES, ids=[c["case"] for c in CASES])
def test_non_deterministic_sql_is_refused(case, catalog):
    with pytest.raises(GuardError) as info:
        check_sql(case["sql"], catalog)
    assert case["expect"].lower() in str(info.value).lower()
    assert info.value.hint


def test_limit_with_order_by_is_kept(catalog):
    check_sql("SELECT customer_id FROM (SELECT customer_id, sum(total_amount) AS s FROM ecom.orders GROUP BY customer_id "
              "ORDER BY s DESC, customer_id LIMIT 100) AS top", catalog)
